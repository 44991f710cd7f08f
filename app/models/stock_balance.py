"""The booklet balances of the organisation tree, computed from the ledger's sums.

Plain Python (no SQLAlchemy): app.models.stock_queries gives it the sums read through
SQLAlchemy or (on SQLite) through app.models.fastread's SQL, which the light read path of
`stock balance` runs too.

"Members without a booklet" of an organisation = the active members (not left) of the
organisation and of every organisation under it, minus the booklets handed out to members
by the organisation and every organisation under it; never below zero.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from .kinds import MovementKind
from .org_nodes import OrgNode


@dataclass
class BalanceRow:
    org_id: str
    code: str
    name: str
    kind: str
    parent_id: str | None
    depth: int
    received: int = 0  # print runs from the printer plus shipments received
    shipped: int = 0  # passed on to organisations below
    handed_out: int = 0
    written_off: int = 0
    in_transit: int = 0  # sent to this organisation, not yet confirmed
    members: int = 0  # active members here and below
    handed_out_below: int = 0  # handed out here and below
    children: list[BalanceRow] = field(default_factory=list)

    @property
    def on_hand(self) -> int:
        return self.received - self.shipped - self.handed_out - self.written_off

    @property
    def without_booklet(self) -> int:
        return max(0, self.members - self.handed_out_below)

    def as_dict(self) -> dict:
        return {
            "org_id": self.org_id,
            "code": self.code,
            "name": self.name,
            "kind": self.kind,
            "received": self.received,
            "shipped": self.shipped,
            "handed_out": self.handed_out,
            "written_off": self.written_off,
            "on_hand": self.on_hand,
            "in_transit": self.in_transit,
            "members": self.members,
            "members_without_booklet": self.without_booklet,
        }


def build_balances(
    tree: list[OrgNode], sums: Mapping[tuple[str, str], int], transit: Mapping[str, int]
) -> list[BalanceRow]:
    """The tree (roots) with every figure: `sums` (organisation, movement kind) -> net
    quantity, `transit` organisation -> booklets sent to it and not yet received."""

    def build(node: OrgNode, depth: int) -> BalanceRow:
        row = BalanceRow(node.id, node.code, node.display_name, node.kind, node.parent_id, depth)
        get = lambda kind: sums.get((node.id, kind), 0)  # noqa: E731
        row.received = get(MovementKind.RECEIPT) + get(MovementKind.SHIP_IN)
        row.shipped = get(MovementKind.SHIP_OUT)
        row.handed_out = get(MovementKind.HANDOUT)
        row.written_off = get(MovementKind.WRITEOFF)
        row.in_transit = int(transit.get(node.id, 0) or 0)
        row.children = [build(child, depth + 1) for child in node.children]
        # load_tree has counted each organisation's own active members already
        row.members = node.active_members + sum(c.members for c in row.children)
        row.handed_out_below = row.handed_out + sum(c.handed_out_below for c in row.children)
        return row

    return [build(root, 0) for root in tree]


def flatten_balances(roots: list[BalanceRow], org_id: str | None = None) -> list[BalanceRow]:
    """Depth-first rows; with org_id only that organisation and those under it."""
    out: list[BalanceRow] = []

    def walk(row: BalanceRow, inside: bool) -> None:
        inside = inside or row.org_id == org_id
        if inside or org_id is None:
            out.append(row)
        for child in row.children:
            walk(child, inside)

    for root in roots:
        walk(root, False)
    return out
