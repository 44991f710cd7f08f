"""The organisation tree on the left of the main window, with member counts."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel

from ...models.org_nodes import OrgNode

if TYPE_CHECKING:
    import sqlite3

    from ...models import Database

OrgIdRole = Qt.ItemDataRole.UserRole + 1
OrgKindRole = Qt.ItemDataRole.UserRole + 2


class OrgTreeModel(QStandardItemModel):
    def __init__(
        self,
        db: Database | None,
        parent=None,  # noqa: ANN001
        *,
        light: sqlite3.Connection | None = None,
    ) -> None:
        """`db` None: a light start reads the tree through `light` (see MemberTableModel)."""
        super().__init__(parent)
        self.db = db
        self._light = light
        self.roots: list[OrgNode] = []
        self.setHorizontalHeaderLabels([self.tr("Organisation"), self.tr("Members")])

    def attach(self, db: Database) -> None:
        self.db, self._light = db, None

    def reload(self) -> None:
        if self.db is None:  # the same SQL as load_tree's on SQLite, without SQLAlchemy
            from ...models.fastread.queries import load_tree as plain_load_tree

            self.roots = plain_load_tree(self._light, None)
        else:
            from ...models.organisations import load_tree

            with self.db.session() as s:
                self.roots = load_tree(s)
        self.removeRows(0, self.rowCount())
        self._code_label = self.tr("Code")
        self._locale = QLocale()  # Russian once translators are installed: 12 345
        for node in self.roots:
            self._add(self.invisibleRootItem(), node)

    def _add(self, parent: QStandardItem, node: OrgNode) -> int:
        """Add the node and its subtree; return the members counted under it."""
        name = QStandardItem(node.display_name)
        name.setData(node.id, OrgIdRole)
        name.setData(node.kind, OrgKindRole)
        name.setToolTip(f"{node.name}\n{self._code_label}: {node.code}")
        name.setEditable(False)
        count = QStandardItem()
        count.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        count.setEditable(False)
        parent.appendRow([name, count])
        total = node.active_members + sum(self._add(name, child) for child in node.children)
        count.setText(self._locale.toString(total))
        return total

    def find_node(self, org_id: str) -> OrgNode | None:
        for root in self.roots:
            for node in root.walk():
                if node.id == org_id:
                    return node
        return None

    def subtree_ids(self, org_id: str) -> list[str]:
        node = self.find_node(org_id)
        return [n.id for n in node.walk()] if node else [org_id]

    def all_nodes(self) -> list[OrgNode]:
        return [n for root in self.roots for n in root.walk()]
