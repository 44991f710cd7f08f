"""What the main window does to a member or an organisation: add, edit, mark as left, restore,
move; add and edit an organisation. Each opens its form or dialog and refreshes the window.

MainWindow (app.ui.main_window) builds on this class: it owns the tree, the table and
`refresh`, which these actions read and call.
"""

from __future__ import annotations

from PySide6.QtWidgets import QMainWindow

from ..errors import show_error

# The forms and the domain load with the first action: the window's first paint needs none
# of them (and no SQLAlchemy, on a light start: app.__main__).


class MemberActions(QMainWindow):
    # --- member actions -----------------------------------------------------------------
    def add_member(self) -> None:
        from .member_form import MemberForm

        default_org = self.current_org_id()
        dialog = MemberForm(self.db, self.org_model.all_nodes(), None, default_org, self)
        if dialog.exec():
            self.refresh(dialog.saved_member_id)

    def edit_member(self) -> None:
        from .member_form import MemberForm

        member_id = self.current_member_id()
        if member_id is None:
            return
        dialog = MemberForm(self.db, self.org_model.all_nodes(), member_id, parent=self)
        if dialog.exec():
            self.member_model.refresh_rows()
            self.refresh(member_id)

    def mark_left(self) -> None:
        from .member_dialogs import LeaveDialog

        member_id = self.current_member_id()
        if member_id and LeaveDialog(self.db, member_id, self._current_member_name(), self).exec():
            self.refresh()

    def restore_membership(self) -> None:
        from ...models.members import restore_membership

        member_id = self.current_member_id()
        if member_id is None:
            return
        try:
            with self.db.session() as s:
                restore_membership(s, member_id)
        except Exception as error:  # noqa: BLE001
            show_error(self, error)
            return
        self.refresh(member_id)

    def move_member(self) -> None:
        from .member_dialogs import MoveDialog

        member_id = self.current_member_id()
        if member_id is None:
            return
        dialog = MoveDialog(
            self.db, member_id, self._current_member_name(), self.org_model.all_nodes(), self
        )
        if dialog.exec():
            self.refresh()

    # --- organisations --------------------------------------------------------------------
    def add_org(self) -> None:
        from .org_form import OrgForm

        dialog = OrgForm(
            self.db, self.org_model.all_nodes(), parent_id=self.current_org_id(), parent=self
        )
        if dialog.exec():
            self.refresh()

    def edit_org(self) -> None:
        from .org_form import OrgForm

        org_id = self.current_org_id()
        if org_id is None:
            return
        dialog = OrgForm(self.db, self.org_model.all_nodes(), org_id=org_id, parent=self)
        if dialog.exec():
            self.refresh()
