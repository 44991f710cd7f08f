"""The first-start wizard: what a new office sees when its database is empty.

Four ways on: a regional office sets up its organisation (and first administrator) and
then imports its member lists or builds the tree by hand; anyone may explore the program
on demo data kept in a separate file; a district office opens the file the region sent.
The decisions themselves are in app.services.first_start; this module only asks.
"""

from __future__ import annotations

import importlib.util
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QApplication,
    QButtonGroup,
    QCheckBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from ..models import Database
from ..services import first_start as domain
from .errors import show_error

# what the main window does next
NEXT_IMPORT = "import"
NEXT_TREE = "tree"
NEXT_NONE = ""

IMPORT_ACTIONS = ("actionImportMembers", "actionImport", "actionImportWizard")


@dataclass
class FirstStartOutcome:
    db: Database  # the database the main window opens (the demo one for "demo")
    next_step: str = NEXT_NONE


class FirstStartWizard(QWizard):
    PAGE_WELCOME, PAGE_REGION, PAGE_ADMIN, PAGE_BEGIN, PAGE_DEMO, PAGE_DISTRICT = range(6)

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("firstStartWizard")
        self.db = db
        self.outcome: FirstStartOutcome | None = None
        self.setWindowTitle(self.tr("Profdesk: first start"))
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, False)
        self.resize(640, 460)
        self.with_users = domain.users_available()
        self.with_exchange = domain.exchange_available()

        self._build_welcome()
        self._build_region()
        self._build_admin()
        self._build_begin()
        self._build_demo()
        self._build_district()
        self.setStartId(self.PAGE_WELCOME)

    # --- pages ----------------------------------------------------------------------------
    def _page(
        self, page_id: int, title: str, subtitle: str = ""
    ) -> tuple[QWizardPage, QVBoxLayout]:
        page = QWizardPage()
        page.setTitle(title)
        if subtitle:
            page.setSubTitle(subtitle)
        layout = QVBoxLayout(page)
        self.setPage(page_id, page)
        return page, layout

    def _build_welcome(self) -> None:
        page, layout = self._page(
            self.PAGE_WELCOME,
            self.tr("Welcome to Profdesk"),
            self.tr("The database is empty. Choose how you begin; you can change it later."),
        )
        self.choice = QButtonGroup(page)
        self.choose_region = QRadioButton(
            self.tr("&Regional office: set up the regional organisation"),
            objectName="chooseRegion",
        )
        self.choose_demo = QRadioButton(
            self.tr("&Look around on demo data (a separate file, real data stays empty)"),
            objectName="chooseDemo",
        )
        self.choose_district = QRadioButton(
            self.tr("&District office: open the file received from the region"),
            objectName="chooseDistrict",
        )
        self.choose_region.setChecked(True)
        for button in (self.choose_region, self.choose_demo, self.choose_district):
            self.choice.addButton(button)
            layout.addWidget(button)
        if self.db.path is None:  # a database server: the demo file has nowhere to go
            self.choose_demo.setEnabled(False)
        if not self.with_exchange:
            self.choose_district.setEnabled(False)
            self.choose_district.setToolTip(
                self.tr("Exchange with districts is not available in this version")
            )
        layout.addStretch(1)

    def _build_region(self) -> None:
        page, layout = self._page(
            self.PAGE_REGION,
            self.tr("Regional organisation"),
            self.tr(
                "The organisation at the top of the tree and the region code for card numbers."
            ),
        )
        self.region_name = QLineEdit(objectName="regionName")
        self.region_name.setPlaceholderText(self.tr("e.g. Kursk regional organisation"))
        self.region_code = QLineEdit(objectName="regionCode")
        self.region_code.setInputMask("99")
        self.region_code.setMaximumWidth(60)
        self.region_code.setWhatsThis(
            self.tr(
                "Two digits of the region (46 for the Kursk region). Every card number the "
                "program issues begins with them."
            )
        )
        form = QFormLayout()
        name_label = QLabel(self.tr("&Name:"))
        name_label.setBuddy(self.region_name)
        code_label = QLabel(self.tr("Region &code:"))
        code_label.setBuddy(self.region_code)
        form.addRow(name_label, self.region_name)
        form.addRow(code_label, self.region_code)
        layout.addLayout(form)
        layout.addStretch(1)
        page.validatePage = self._validate_region  # type: ignore[method-assign]

    def _build_admin(self) -> None:
        page, layout = self._page(
            self.PAGE_ADMIN,
            self.tr("Administrator"),
            self.tr(
                "The administrator signs in with this name and password and creates the "
                "accounts of the other staff."
            ),
        )
        self.admin_login = QLineEdit("admin", objectName="adminLogin")
        self.admin_password = QLineEdit(objectName="adminPassword")
        self.admin_password.setEchoMode(QLineEdit.EchoMode.Password)
        self.admin_password2 = QLineEdit(objectName="adminPassword2")
        self.admin_password2.setEchoMode(QLineEdit.EchoMode.Password)
        form = QFormLayout()
        for text, widget in (
            (self.tr("&User name:"), self.admin_login),
            (self.tr("&Password:"), self.admin_password),
            (self.tr("Password &again:"), self.admin_password2),
        ):
            label = QLabel(text)
            label.setBuddy(widget)
            form.addRow(label, widget)
        layout.addLayout(form)
        layout.addStretch(1)
        page.validatePage = self._validate_admin  # type: ignore[method-assign]

    def _build_begin(self) -> None:
        page, layout = self._page(
            self.PAGE_BEGIN,
            self.tr("Where do the members come from?"),
            self.tr("Press Finish to save the regional organisation and open the program."),
        )
        self.begin_choice = QButtonGroup(page)
        self.begin_import = QRadioButton(
            self.tr("&Import the member lists we already have (Excel or CSV)"),
            objectName="beginImport",
        )
        self.begin_tree = QRadioButton(
            self.tr("&Build the organisation tree by hand, then add members"),
            objectName="beginTree",
        )
        self.begin_import.setChecked(True)
        for button in (self.begin_import, self.begin_tree):
            self.begin_choice.addButton(button)
            layout.addWidget(button)
        layout.addStretch(1)
        page.setFinalPage(True)
        page.validatePage = self._finish_region  # type: ignore[method-assign]

    def _build_demo(self) -> None:
        page, layout = self._page(
            self.PAGE_DEMO,
            self.tr("Demo data"),
            self.tr("A made-up region with thousands of members, to try everything safely."),
        )
        path = domain.demo_path_for(self.db.path) if self.db.path else None
        text = QLabel(
            self.tr(
                "The demo data is kept in a separate file:\n{0}\n\nThe window title says "
                "[DEMO DATA]. Your real database stays empty, and this wizard opens again "
                "at the next start so you can set it up."
            ).format(path or "")
        )
        text.setWordWrap(True)
        text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(text)
        layout.addStretch(1)
        page.setFinalPage(True)
        page.validatePage = self._finish_demo  # type: ignore[method-assign]

    def _build_district(self) -> None:
        page, layout = self._page(
            self.PAGE_DISTRICT,
            self.tr("File from the region"),
            self.tr(
                "The regional office exports a file for your territorial organisation and "
                "tells you its passphrase."
            ),
        )
        self.district_file = QLineEdit(objectName="districtFile")
        browse = QPushButton(self.tr("&Browse…"), objectName="districtBrowse")
        browse.clicked.connect(self._browse_district_file)
        row = QHBoxLayout()
        row.addWidget(self.district_file, 1)
        row.addWidget(browse)
        self.district_passphrase = QLineEdit(objectName="districtPassphrase")
        self.district_passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        form = QFormLayout()
        file_label = QLabel(self.tr("&File:"))
        file_label.setBuddy(self.district_file)
        pass_label = QLabel(self.tr("Pass&phrase:"))
        pass_label.setBuddy(self.district_passphrase)
        form.addRow(file_label, row)
        form.addRow(pass_label, self.district_passphrase)
        layout.addLayout(form)
        self._build_encryption(layout)
        layout.addStretch(1)
        page.setFinalPage(True)
        page.validatePage = self._finish_district  # type: ignore[method-assign]

    def _build_encryption(self, layout: QVBoxLayout) -> None:
        """A district copy often lives on a laptop that travels: offer to encrypt it."""
        self.district_encrypt = QCheckBox(
            self.tr("&Encrypt the database with a password (for a laptop that travels)"),
            objectName="districtEncrypt",
        )
        self.district_db_password = QLineEdit(objectName="districtDbPassword")
        self.district_db_password2 = QLineEdit(objectName="districtDbPassword2")
        for edit in (self.district_db_password, self.district_db_password2):
            edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.district_remember = QCheckBox(
            self.tr("Remember the key in this computer's password store (no password at start)"),
            objectName="districtRemember",
        )
        note = QLabel(
            self.tr(
                "Without the password (or a plain backup kept elsewhere) the data cannot be "
                "recovered by anyone: write it down and keep it apart from the laptop."
            )
        )
        note.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Database password:"), self.district_db_password)
        form.addRow(self.tr("Repeat it:"), self.district_db_password2)
        box = QWidget(objectName="districtEncryption")
        inner = QVBoxLayout(box)
        inner.setContentsMargins(20, 0, 0, 0)
        inner.addLayout(form)
        inner.addWidget(self.district_remember)
        inner.addWidget(note)
        box.setEnabled(False)
        self.district_encrypt.toggled.connect(box.setEnabled)
        layout.addWidget(self.district_encrypt)
        layout.addWidget(box)
        if not domain.encryption_available():
            self.district_encrypt.setEnabled(False)

    # --- navigation ------------------------------------------------------------------------
    def nextId(self) -> int:  # noqa: N802 - Qt override
        current = self.currentId()
        if current == self.PAGE_WELCOME:
            if self.choose_demo.isChecked():
                return self.PAGE_DEMO
            if self.choose_district.isChecked():
                return self.PAGE_DISTRICT
            return self.PAGE_REGION
        if current == self.PAGE_REGION:
            return self.PAGE_ADMIN if self.with_users else self.PAGE_BEGIN
        if current == self.PAGE_ADMIN:
            return self.PAGE_BEGIN
        return -1

    # --- checks and the work ---------------------------------------------------------------
    def region_setup(self) -> domain.RegionSetup:
        return domain.RegionSetup(
            name=self.region_name.text(),
            region_code=self.region_code.text(),
            admin_login=self.admin_login.text() if self.with_users else "",
            admin_password=self.admin_password.text() if self.with_users else "",
        )

    def _validate_region(self) -> bool:
        setup = self.region_setup()
        setup.admin_login, setup.admin_password = "-", "-"  # the next page asks for these
        return self._check(lambda: domain.check_region_setup(setup))

    def _validate_admin(self) -> bool:
        if self.admin_password.text() != self.admin_password2.text():
            show_error(
                self,
                domain.ValidationError(
                    self.tr("The two passwords differ: type the same password twice.")
                ),
            )
            return False
        setup = self.region_setup()

        def check() -> None:
            domain.check_region_setup(setup)
            from ..models.users import check_password_rules

            check_password_rules(setup.admin_password)

        return self._check(check)

    def _check(self, check) -> bool:  # noqa: ANN001
        try:
            check()
        except Exception as error:  # noqa: BLE001 - the user's sentence, the page stays
            show_error(self, error)
            return False
        return True

    def _finish_region(self) -> bool:
        setup = self.region_setup()

        def work() -> None:
            with self.db.session() as s:
                domain.set_up_region(s, setup)
            if self.with_users:
                self.db.user_login = setup.admin_login.strip()
                self.db.user_role = "administrator"

        if not self._busy(work):
            return False
        next_step = NEXT_IMPORT if self.begin_import.isChecked() else NEXT_TREE
        self.outcome = FirstStartOutcome(self.db, next_step)
        return True

    def _finish_demo(self) -> bool:
        holder: list[Database] = []
        if not self._busy(lambda: holder.append(domain.open_demo_database(self.db.path))):
            return False
        self.outcome = FirstStartOutcome(holder[0])
        return True

    def _finish_district(self) -> bool:
        path = Path(self.district_file.text().strip())
        passphrase = self.district_passphrase.text()

        def work() -> None:
            if self.district_encrypt.isChecked():  # before any member is written
                domain.encrypt_new_copy(
                    self.db,
                    self.district_db_password.text(),
                    self.district_db_password2.text(),
                    remember=self.district_remember.isChecked(),
                )
            with self.db.session() as s:
                domain.import_district_file(s, path, passphrase)

        if not self._busy(work):
            return False
        self.outcome = FirstStartOutcome(self.db)
        return True

    def _busy(self, work) -> bool:  # noqa: ANN001
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            work()
        except Exception as error:  # noqa: BLE001
            QApplication.restoreOverrideCursor()
            show_error(self, error)
            return False
        QApplication.restoreOverrideCursor()
        return True

    def _browse_district_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("File from the region"), "", self.tr("Exchange files (*.pdx);;All (*)")
        )
        if path:
            self.district_file.setText(path)


def run_first_start(db: Database) -> FirstStartOutcome | None:
    """Show the wizard; None when the user cancelled (the database is left empty)."""
    wizard = FirstStartWizard(db)
    if not wizard.exec() or wizard.outcome is None:
        return None
    return wizard.outcome


def continue_in_window(window, outcome: FirstStartOutcome) -> None:  # noqa: ANN001 - MainWindow
    """After the wizard, take the user to the next job in the main window."""
    if outcome.next_step == NEXT_IMPORT:
        action = next(
            (a for name in IMPORT_ACTIONS if (a := window.findChild(QAction, name)) is not None),
            None,
        )
        if (
            action is not None
            and importlib.util.find_spec("app.ui.members.import_wizard") is not None
        ):
            QTimer.singleShot(0, action.trigger)
            return
        window.statusBar().showMessage(
            QCoreApplication.translate(
                "FirstStart", "Add the organisations, then import or add the members."
            ),
            15000,
        )
    if outcome.next_step in (NEXT_TREE, NEXT_IMPORT):
        root = window.org_model.index(0, 0)
        if root.isValid():
            window.org_tree.setCurrentIndex(root)
        window.statusBar().showMessage(
            QCoreApplication.translate(
                "FirstStart",
                "Select an organisation and use Organisations → Add organisation… "
                "to build the tree under it.",
            ),
            30000,
        )
        if outcome.next_step == NEXT_TREE:
            QTimer.singleShot(0, window.add_org)
