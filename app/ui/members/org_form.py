"""The organisation editor."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ...models import Database, Organisation, OrgKind
from ...models.errors import ProfdeskError, ValidationError
from ...models.organisations import OrgNode, create_org, update_org
from ...models.text import readable_phone
from ..errors import show_error
from ..widgets import OrgPicker


class OrgForm(QDialog):
    def __init__(
        self,
        db: Database,
        orgs: list[OrgNode],
        org_id: str | None = None,
        parent_id: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("orgForm")
        self.db = db
        self.org_id = org_id
        self.saved_org_id: str | None = None
        self.setWindowTitle(
            self.tr("New organisation") if org_id is None else self.tr("Organisation")
        )

        self.kind = QComboBox(objectName="orgKind")
        self.kind.addItem(self.tr("primary organisation"), OrgKind.PRIMARY.value)
        self.kind.addItem(self.tr("territorial organisation"), OrgKind.TERRITORIAL.value)
        self.kind.addItem(self.tr("regional organisation"), OrgKind.REGION.value)
        parents = [n for n in orgs if n.kind in (OrgKind.REGION, OrgKind.TERRITORIAL)]
        self.parent_org = OrgPicker(parents)
        self.parent_org.setObjectName("parentOrg")
        self.name = QLineEdit(objectName="orgName")
        self.short_name = QLineEdit(objectName="orgShortName")
        self.code = QLineEdit(objectName="orgCode")
        self.code.setWhatsThis(
            self.tr("A short unique code, e.g. T05-012; used in files and the CLI.")
        )
        self.institution_type = QLineEdit(objectName="institutionType")
        self.employees = QSpinBox(objectName="employees")
        self.employees.setRange(0, 1_000_000)
        self.employees.setWhatsThis(self.tr("People who work there: the base of coverage in %."))
        self.students = QSpinBox(objectName="students")
        self.students.setRange(0, 1_000_000)
        self.students.setWhatsThis(
            self.tr("Students of a college or university: the base of student coverage in %.")
        )
        self.kind.setWhatsThis(
            self.tr(
                "Primary organisations hold the members; territorial (district, town) "
                "organisations group the primary ones; the regional one is at the top."
            )
        )
        self.short_name.setWhatsThis(
            self.tr("Shown in the tree, the lists and on booklets when the full name is long.")
        )
        self.chair = QLineEdit(objectName="chair")
        self.chair.setPlaceholderText(self.tr("Surname First name Patronymic"))
        self.chair_phone = QLineEdit(objectName="chairPhone")
        self.chair_phone.setPlaceholderText("+7 910 123-45-67")
        self.chair_phone.setWhatsThis(
            self.tr("The ranking window and the sheets for the chairmen show it.")
        )
        self.registrar_name = QLineEdit(objectName="registrarName")
        self.registrar_phone = QLineEdit(objectName="registrarPhone")
        self.registrar_email = QLineEdit(objectName="registrarEmail")
        self.registrar_name.setWhatsThis(
            self.tr("The person who puts the organisation's members on electronic registration.")
        )
        self.active = QCheckBox(self.tr("active"), objectName="orgActive")
        self.active.setChecked(True)

        form = QFormLayout()
        for label, widget in (
            (self.tr("&Kind"), self.kind),
            (self.tr("&Parent organisation"), self.parent_org),
            (self.tr("&Name*"), self.name),
            (self.tr("S&hort name"), self.short_name),
            (self.tr("&Code*"), self.code),
            (self.tr("&Institution type"), self.institution_type),
            (self.tr("&Employees"), self.employees),
            (self.tr("&Students"), self.students),
            (self.tr("C&hairman (full name)"), self.chair),
            (self.tr("Chairman's ph&one"), self.chair_phone),
            (self.tr("&Registrar"), self.registrar_name),
            (self.tr("Registrar's &phone"), self.registrar_phone),
            (self.tr("Registrar's e-&mail"), self.registrar_email),
            ("", self.active),
        ):
            caption = QLabel(label)
            caption.setBuddy(widget)
            form.addRow(caption, widget)
        self.error_label = QLabel(objectName="formError")
        self.error_label.setStyleSheet("color: #c0392b;")
        self.error_label.hide()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        self.setMinimumWidth(640)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(buttons)
        if org_id:
            self._load(org_id)
        else:
            self.parent_org.set_org_id(parent_id)

    def _load(self, org_id: str) -> None:
        with self.db.session() as s:
            org = s.get(Organisation, org_id)
            assert org is not None
        self.kind.setCurrentIndex(self.kind.findData(org.kind))
        self.parent_org.set_org_id(org.parent_id)
        self.name.setText(org.name)
        self.name.setCursorPosition(0)  # long names: show their beginning
        self.short_name.setText(org.short_name)
        self.code.setText(org.code)
        self.institution_type.setText(org.institution_type)
        self.employees.setValue(org.employees)
        self.students.setValue(org.students)
        self.chair.setText(org.chair)
        self.chair_phone.setText(readable_phone(org.chair_phone))
        self.registrar_name.setText(org.registrar_name)
        self.registrar_phone.setText(readable_phone(org.registrar_phone))
        self.registrar_email.setText(org.registrar_email)
        self.active.setChecked(org.active)

    def save(self) -> None:
        values = {  # the phones are read by the model, as the CLI's are (one rule, one sentence)
            "kind": self.kind.currentData(),
            "parent_id": self.parent_org.org_id(),
            "name": self.name.text(),
            "short_name": self.short_name.text().strip(),
            "code": self.code.text(),
            "institution_type": self.institution_type.text().strip(),
            "employees": self.employees.value(),
            "students": self.students.value(),
            "chair": self.chair.text().strip(),
            "chair_phone": self.chair_phone.text(),
            "registrar_name": self.registrar_name.text().strip(),
            "registrar_phone": self.registrar_phone.text(),
            "registrar_email": self.registrar_email.text().strip(),
            "active": self.active.isChecked(),
        }
        try:
            with self.db.session() as s:
                if self.org_id is None:
                    org = create_org(s, **values)
                else:
                    org = update_org(s, self.org_id, **values)
                self.saved_org_id = org.id
        except ValidationError as error:
            self.error_label.setText("\n".join(error.field_errors.values()) or str(error))
            self.error_label.show()
            return
        except ProfdeskError as error:
            show_error(self, error)
            return
        self.accept()
