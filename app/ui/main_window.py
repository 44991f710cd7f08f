"""The main window: organisation tree, member table with instant search, the menus.

Capabilities beyond members (cards, booklets, stock, reports, exchange, security) add
their menus and actions through app.ui.extensions, so this module stays about members; what
is done to a member or an organisation is in app.ui.members.member_actions.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QSplitter,
    QTableView,
    QToolBar,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from .. import APP_NAME
from ..models.limits import SEARCH_MAX
from ..models.member_view import MemberFilter
from ..models.permissions import Permission, allowed
from ..models.settings import get_setting
from . import extensions
from .errors import show_error
from .help_menu import HelpMenu
from .members.member_actions import MemberActions
from .members.member_export import MemberExport
from .members.member_table import MemberTableModel
from .members.org_tree import OrgIdRole, OrgTreeModel
from .members.search_pacer import SearchPacer
from .tasks import TaskRunner

if TYPE_CHECKING:
    from ..models import Database
    from ..models.fastread import Reader


class MainWindow(MemberActions):
    def __init__(self, db: Database | None, *, light: Reader | None = None) -> None:
        """`db` None and `light` a plain reader: a light start (app.__main__). The tree and
        the first list are read through `light`, the features' menus and every action that
        needs the database wait for `attach(db)`, which comes just after the first paint."""
        super().__init__()
        self.setObjectName("mainWindow")
        self.db = db
        self._light = light
        self.on_attach: list = []  # what a light start's features do once attached
        self.tasks = TaskRunner(self)
        self.menus: dict[str, QMenu] = {}
        self.toolbar = QToolBar(self.tr("Main toolbar"), objectName="mainToolbar")
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.addToolBar(self.toolbar)

        plain = light.conn if light is not None else None
        self.org_model = OrgTreeModel(db, self, light=plain)
        self.org_tree = QTreeView(objectName="orgTree")
        self.org_tree.setModel(self.org_model)
        self.org_tree.setUniformRowHeights(True)
        self.org_tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.org_tree.header().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.org_tree.header().setStretchLastSection(False)
        self.org_tree.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)

        self.member_model = MemberTableModel(db, self, light=plain)
        self.member_table = QTableView(objectName="memberTable")
        self.member_table.setModel(self.member_model)
        self.member_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.member_table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.member_table.setSortingEnabled(True)
        self.member_table.horizontalHeader().setSortIndicator(0, Qt.SortOrder.AscendingOrder)
        self.member_table.verticalHeader().setVisible(False)
        self.member_table.verticalHeader().setDefaultSectionSize(24)
        self.member_table.setAlternatingRowColors(True)
        self.member_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.member_table.doubleClicked.connect(
            lambda _: self.edit_member() if self.db is not None else None
        )
        self.member_table.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        header = self.member_table.horizontalHeader()
        for column, width in enumerate(MemberTableModel.COLUMN_WIDTHS):
            header.resizeSection(column, width)

        self.search = QLineEdit(objectName="memberSearch")
        self.search.setPlaceholderText(self.tr("Search by name, phone or card number"))
        self.search.setClearButtonEnabled(True)
        self.search.setMaxLength(SEARCH_MAX)  # a longer text is no name, phone or number
        self.search.setToolTip(
            self.tr("Type any part of a name; letter case and ё/е do not matter")
        )
        self.status_filter = QComboBox(objectName="statusFilter")
        self.status_filter.addItem(self.tr("Current members"), "active")
        self.status_filter.addItem(self.tr("Left"), "left")
        self.status_filter.addItem(self.tr("All"), "all")
        self.category_filter = QComboBox(objectName="categoryFilter")
        self.category_filter.addItem(self.tr("All categories"), None)
        self.category_filter.addItem(self.tr("Workers"), "worker")
        self.category_filter.addItem(self.tr("Students"), "student")
        self.category_filter.addItem(self.tr("Pensioners"), "pensioner")
        self.count_label = QLabel(objectName="memberCount")

        filters = QHBoxLayout()
        filters.addWidget(self.search, 3)
        filters.addWidget(self.status_filter)
        filters.addWidget(self.category_filter)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addLayout(filters)
        self.filter_row = filters  # extensions may add filter widgets here ...
        self.filter_hooks: list = []  # ... and functions that adjust the MemberFilter
        right_layout.addWidget(self.member_table)
        splitter = QSplitter()
        splitter.addWidget(self.org_tree)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([310, 1050])
        self.setCentralWidget(splitter)

        self._search_pacer = SearchPacer(self, self.apply_filter)
        self.search.textChanged.connect(lambda _: self._search_pacer.typed())
        self.status_filter.currentIndexChanged.connect(lambda _: self.apply_filter())
        self.category_filter.currentIndexChanged.connect(lambda _: self.apply_filter())

        self._create_actions()
        if db is not None:
            self._install_features()
        else:  # until attach: what needs the database is not offered yet
            extensions.install_all(self, light=True)
            for action in self._needs_db:
                action.setEnabled(False)
        self._update_title()
        self._create_status_bar()
        self._fit_to_screen(1360, 760)

        self.org_model.reload()
        self.org_tree.expandToDepth(0)
        # start on the region (the whole tree): set before the signal is connected, so the
        # tree taking focus on show does not pick a row and load the list a second time
        if self.org_model.rowCount():
            self.org_tree.setCurrentIndex(self.org_model.index(0, 0))
        self.org_tree.selectionModel().currentChanged.connect(lambda *_: self.apply_filter())
        self.member_model.modelReset.connect(self._update_count)
        self.member_model.rowsInserted.connect(lambda *_: self._update_count())
        self.member_table.selectionModel().selectionChanged.connect(
            lambda *_: self._update_actions()
        )
        self.apply_filter()

    def _install_features(self) -> None:
        extensions.install_all(self)
        HelpMenu(self).install()

    def attach(self, db: Database) -> None:
        """A light start's Database, handed over after the first paint: the features'
        menus, the actions, and a filter the user chose meanwhile. The rows shown stay (the
        same file, read by the same SQL), so nothing visibly reloads."""
        self.db = db
        self.org_model.attach(db)
        pending = self.member_model.attach(db)
        self._light = None
        extensions.install_all(self, light=False)
        HelpMenu(self).install()
        for action in self._needs_db:
            action.setEnabled(action.isVisible())
        for hook in self.on_attach:
            hook()
        self._update_title()
        if pending or self._search_pacer.waiting():
            self.apply_filter()
        else:
            self._update_actions()

    def _create_status_bar(self) -> None:
        """Which organisation is shown (left) and how many members are listed (right)."""
        self.org_label = QLabel(objectName="shownOrganisation")
        self.selection_label = QLabel(objectName="selectedCount")
        self.statusBar().addWidget(self.org_label, 1)
        self.statusBar().addPermanentWidget(self.selection_label)
        self.statusBar().addPermanentWidget(self.count_label)
        self.member_table.selectionModel().selectionChanged.connect(
            lambda *_: self._update_selection_count()
        )

    def _fit_to_screen(self, width: int, height: int) -> None:
        screen = self.screen().availableGeometry() if self.screen() else None
        if screen is not None:  # room for the window frame on a 1366 x 768 office screen
            width, height = min(width, screen.width() - 20), min(height, screen.height() - 50)
        self.resize(width, height)

    # --- actions -------------------------------------------------------------------------
    def menu(self, title: str) -> QMenu:
        """The menu with this (translated) title, created on first use.

        Menus are matched without their mnemonic, so "&Буклеты" and "Бу&клеты" from two
        capabilities end up in one menu.
        """
        key = title.replace("&", "")
        if key not in self.menus:
            self.menus[key] = self.menuBar().addMenu(title)
        return self.menus[key]

    def add_action(
        self,
        menu_title: str,
        text: str,
        slot,  # noqa: ANN001
        *,
        shortcut: QKeySequence | str | None = None,
        tip: str = "",
        name: str = "",
        toolbar: bool = False,
        permission: Permission | None = None,
    ) -> QAction:
        """A menu action; one the user's role does not allow is not offered at all."""
        action = QAction(text, self)
        role = self.db.user_role if self.db is not None else ""  # a light start: no users
        if permission is not None and not allowed(role, permission):
            action.setVisible(False)
            action.setEnabled(False)
        if name:
            action.setObjectName(name)
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))
        action.setToolTip(tip or text.replace("&", ""))
        action.setStatusTip(tip or text.replace("&", ""))
        action.triggered.connect(lambda _checked=False: slot())
        self.menu(menu_title).addAction(action)
        if toolbar:
            self.toolbar.addAction(action)
        return action

    def _create_actions(self) -> None:
        file_menu = self.tr("&File")
        members = self.tr("&Members")
        orgs = self.tr("&Organisations")
        self.menu(file_menu)
        self.menu(members)
        self.menu(orgs)
        self.action_add_member = self.add_action(
            members,
            self.tr("&Add member…"),
            self.add_member,
            shortcut="Ctrl+N",
            tip=self.tr("Add a new member to the selected organisation"),
            name="actionAddMember",
            permission=Permission.EDIT_MEMBERS,
            toolbar=True,
        )
        self.action_edit_member = self.add_action(
            members,
            self.tr("&Edit member…"),
            self.edit_member,
            shortcut="Return",
            tip=self.tr("Open the selected member's record"),
            name="actionEditMember",
            toolbar=True,
        )
        self.action_leave = self.add_action(
            members,
            self.tr("Mark as &left…"),
            self.mark_left,
            tip=self.tr("Record the date and reason the member left; the record is kept"),
            name="actionMarkLeft",
            permission=Permission.EDIT_MEMBERS,
        )
        self.action_restore = self.add_action(
            members,
            self.tr("&Restore membership"),
            self.restore_membership,
            tip=self.tr("Undo a leave recorded by mistake"),
            name="actionRestoreMembership",
            permission=Permission.EDIT_MEMBERS,
        )
        self.action_move = self.add_action(
            members,
            self.tr("&Move to another organisation…"),
            self.move_member,
            tip=self.tr("Transfer the member; the move is kept in history"),
            name="actionMoveMember",
            permission=Permission.EDIT_MEMBERS,
        )
        self.menu(members).addSeparator()
        self.add_action(
            members,
            self.tr("&Find"),
            lambda: (self.search.setFocus(), self.search.selectAll()),
            shortcut=QKeySequence.StandardKey.Find,
            tip=self.tr("Jump to the search field"),
            name="actionFind",
        )
        self.action_export = self.add_action(
            members,
            self.tr("E&xport list…"),
            MemberExport(self).run,
            shortcut="Ctrl+E",
            tip=self.tr("Save the members of the selected organisation to Excel or CSV"),
            name="actionExportMembers",
            permission=Permission.EXPORT_PERSONAL,
        )
        self.action_add_org = self.add_action(
            orgs,
            self.tr("&Add organisation…"),
            self.add_org,
            tip=self.tr("Add an organisation under the selected one"),
            name="actionAddOrg",
            permission=Permission.EDIT_ORGS,
        )
        self.action_edit_org = self.add_action(
            orgs,
            self.tr("&Edit organisation…"),
            self.edit_org,
            tip=self.tr("Edit the selected organisation"),
            name="actionEditOrg",
            permission=Permission.EDIT_ORGS,
        )
        for action in (
            self.action_add_member,
            self.action_edit_member,
            self.action_leave,
            self.action_restore,
            self.action_move,
        ):
            self.member_table.addAction(action)
        for action in (self.action_add_org, self.action_edit_org):
            self.org_tree.addAction(action)
        # enabled by attach on a light start (the member ones by _update_actions)
        self._needs_db = [self.action_add_member, self.action_export, *self.org_tree.actions()]
        self.add_action(
            file_menu,
            self.tr("E&xit"),
            self.close,
            shortcut=QKeySequence.StandardKey.Quit,
            tip=self.tr("Close the program"),
            name="actionExit",
        )

    def _update_actions(self) -> None:
        has_member = self.db is not None and self.current_member_id() is not None
        for action in (
            self.action_edit_member,
            self.action_leave,
            self.action_move,
            self.action_restore,
        ):
            action.setEnabled(has_member)

    def _update_title(self) -> None:
        title = APP_NAME
        if self.db is None:  # a light start: a plain file, read through the reader
            from ..models.fastread.window import setting

            title = f"{APP_NAME} — {self._light.path.name}"
            if setting(self._light.conn, "demo", False):
                title += " " + self.tr("[DEMO DATA]")
            self.setWindowTitle(title)
            return
        if self.db.path is not None:
            title = f"{APP_NAME} — {self.db.path.name}"
        else:  # several workstations share it: say which server
            url = self.db.engine.url
            where = self.tr("{0} on server {1}").format(url.database, url.host or "localhost")
            title = f"{APP_NAME} — {where}"
        with self.db.session() as s:
            if get_setting(s, "demo", False):
                title += " " + self.tr("[DEMO DATA]")
        self.setWindowTitle(title)

    # --- selection -------------------------------------------------------------------------
    def current_org_id(self) -> str | None:
        index = self.org_tree.currentIndex()
        if not index.isValid():
            return None
        return index.siblingAtColumn(0).data(OrgIdRole)

    def current_member_id(self) -> str | None:
        index = self.member_table.currentIndex()
        selected = self.member_table.selectionModel().selectedRows()
        if not selected or not index.isValid():
            return None
        return self.member_model.member_id(index.row())

    def selected_member_ids(self) -> list[str]:
        rows = sorted(i.row() for i in self.member_table.selectionModel().selectedRows())
        return [m for m in (self.member_model.member_id(r) for r in rows) if m]

    def _current_member_name(self) -> str:
        index = self.member_table.currentIndex()
        return index.siblingAtColumn(0).data() if index.isValid() else ""

    # --- filtering -------------------------------------------------------------------------
    def current_filter(self) -> MemberFilter:
        org_id = self.current_org_id()
        org_ids = self.org_model.subtree_ids(org_id) if org_id else None
        if org_id and len(self.org_model.roots) == 1 and self.org_model.roots[0].id == org_id:
            org_ids = None  # the region holds everyone: no list of thousands of ids
        header = self.member_table.horizontalHeader()
        member_filter = MemberFilter(
            org_ids=org_ids,
            status=self.status_filter.currentData(),
            category=self.category_filter.currentData(),
            query=self.search.text(),
            sort=MemberTableModel.COLUMNS[header.sortIndicatorSection()],
            descending=header.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder,
        )
        for hook in self.filter_hooks:
            hook(member_filter)
        return member_filter

    def apply_filter(self) -> None:
        self._search_pacer.stop()  # a search typed meanwhile is in this filter already
        try:
            self.member_model.set_filter(self.current_filter())
        except Exception as error:  # noqa: BLE001 - shown to the user, the window stays up
            show_error(self, error)
            return
        self._update_count()
        self._update_actions()

    def _update_count(self) -> None:
        rows = self.member_model.rowCount()
        org_id = self.current_org_id()
        node = self.org_model.find_node(org_id) if org_id else None
        self.org_label.setText(node.display_name if node else "")
        self.org_label.setToolTip(node.name if node else "")
        # the date of leaving says nothing in a list of current members
        left_column = MemberTableModel.COLUMNS.index("left_on")
        self.member_table.setColumnHidden(left_column, self.member_model.filter.status == "active")
        self._update_selection_count()
        if self.member_model.is_partial:
            self.count_label.setText(self.tr("more than %Ln found", "", rows))
            self.count_label.setToolTip(
                self.tr("Many members match: scroll down for the rest, or type more letters")
            )
        else:
            self.count_label.setText(self.tr("%Ln member(s)", "", rows))
            self.count_label.setToolTip("")

    def _update_selection_count(self) -> None:
        selected = len(self.member_table.selectionModel().selectedRows())
        self.selection_label.setText(self.tr("selected: %Ln", "", selected) if selected > 1 else "")

    def refresh(self, select_member: str | None = None) -> None:
        """After a change: counts in the tree, the table, and the selection kept."""
        current_org = self.current_org_id()
        self.org_model.reload()
        self.org_tree.expandToDepth(0)
        if current_org:
            self._select_org(current_org)
        self.apply_filter()
        if select_member:
            self.select_member(select_member)

    def _select_org(self, org_id: str) -> None:
        matches = self.org_model.match(
            self.org_model.index(0, 0),
            OrgIdRole,
            org_id,
            1,
            Qt.MatchFlag.MatchRecursive | Qt.MatchFlag.MatchExactly,
        )
        if matches:
            self.org_tree.blockSignals(True)
            self.org_tree.setCurrentIndex(matches[0])
            self.org_tree.blockSignals(False)

    def select_member(self, member_id: str) -> None:
        for row in range(min(self.member_model.rowCount(), 5000)):
            if self.member_model.member_id(row) == member_id:
                index = self.member_model.index(row, 0)
                self.member_table.selectionModel().setCurrentIndex(
                    index,
                    QItemSelectionModel.SelectionFlag.ClearAndSelect
                    | QItemSelectionModel.SelectionFlag.Rows,
                )
                self.member_table.scrollTo(index)
                return

    def closeEvent(self, event) -> None:  # noqa: ANN001, N802
        self._search_pacer.stop()  # a search typed just before closing has nobody to show to
        self.tasks.wait(5000)
        super().closeEvent(event)


__all__ = ["MainWindow", "QModelIndex"]
