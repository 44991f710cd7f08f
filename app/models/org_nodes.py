"""The organisation tree as plain data: what the tree view, the reports and the stock
balances walk. Plain Python (no SQLAlchemy): app.models.organisations fills it through
SQLAlchemy, the light read path (app.models.fastread) through sqlite3."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from .kinds import OrgKind
from .text import search_key


@dataclass
class OrgNode:
    """An organisation as the tree view and reports see it: plain data, children nested."""

    id: str
    code: str
    name: str
    short_name: str
    kind: str
    parent_id: str | None
    employees: int
    students: int
    active_members: int = 0  # members of this organisation itself who have not left
    children: list[OrgNode] = field(default_factory=list)

    @property
    def display_name(self) -> str:
        return self.short_name or self.name

    def total_active_members(self) -> int:
        return self.active_members + sum(c.total_active_members() for c in self.children)

    def walk(self):  # noqa: ANN201 - generator of OrgNode
        yield self
        for child in self.children:
            yield from child.walk()


# what load_tree reads of each organisation, in OrgNode's order
NODE_COLUMNS = ("id", "code", "name", "short_name", "kind", "parent_id", "employees", "students")


def assemble_tree(
    rows: Iterable[tuple], counts: Mapping[str, int], scope: str | None
) -> list[OrgNode]:
    """The forest of organisations from rows of NODE_COLUMNS and the active members counted
    per organisation; children sorted by name. `scope`: the root of a user limited to one
    organisation's subtree (that subtree is the only root then)."""
    nodes: dict[str, OrgNode] = {}
    for row in rows:
        nodes[row[0]] = OrgNode(*row, active_members=counts.get(row[0], 0))
    roots: list[OrgNode] = []
    for node in nodes.values():
        parent = nodes.get(node.parent_id) if node.parent_id else None
        (parent.children if parent else roots).append(node)
    for node in nodes.values():
        node.children.sort(key=tree_order)
    roots.sort(key=tree_order)
    if scope and scope in nodes:
        return [nodes[scope]]
    return roots


_KIND_ORDER = {OrgKind.REGION: 0, OrgKind.TERRITORIAL: 1, OrgKind.PRIMARY: 2}
_NUMBER = re.compile(r"(\d+)")


def tree_order(node: OrgNode) -> tuple:
    """Territorials before primaries, then by the name shown, ё as е and "№ 2" before
    "№ 10"."""
    parts = _NUMBER.split(search_key(node.display_name))
    return (
        _KIND_ORDER.get(node.kind, 3),
        [int(p) if i % 2 else p for i, p in enumerate(parts)],
    )
