"""The statistical report as plain data: each organisation's figures, the tree they roll
up, and the records of `report --json` (the definitions: app.models.report).

No SQLAlchemy: the normal path (app.models.report, app.models.report_counts) and the light
read path (app.models.fastread.report) count alike and roll up with the same code.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, fields
from decimal import ROUND_HALF_UP, Decimal
from operator import itemgetter
from typing import Any

from .errors import ValidationError
from .kinds import Category, OrgKind
from .limits import check_date
from .org_nodes import OrgNode

YOUTH_AGE = 35


def organisations_then(moves: Iterable[Sequence[Any]], day: Any) -> dict[str, str]:
    """member id -> organisation on `day`, for members who moved after it.

    On D a member is in the organisation of their last move on or before D, or, if every
    move came after D, in the organisation the first of them started from. `moves`: (member
    id, day moved, when recorded, from, to), days comparable with `day` (dates, or SQLite's
    ISO text on the light path)."""
    then: dict[str, str] = {}
    moved_later: set[str] = set()
    for member_id, moved_on, _, from_org, to_org in sorted(moves, key=itemgetter(0, 1, 2)):
        if moved_on > day:
            moved_later.add(member_id)
            then.setdefault(member_id, from_org)  # before the first move
        else:
            then[member_id] = to_org
    return {m: then[m] for m in moved_later}


def percent(part: int, whole: int) -> float | None:
    """part / whole in %, rounded half up to one decimal; None when whole is 0."""
    if not whole:
        return None
    value = (Decimal(part) * 100 / Decimal(whole)).quantize(Decimal("0.1"), ROUND_HALF_UP)
    return float(value)


@dataclass
class Figures:
    """The counts of one organisation (own members only, or rolled up)."""

    primaries: int = 0
    employees: int = 0
    student_headcount: int = 0  # the organisation's students (not members)
    members: int = 0
    workers: int = 0
    students: int = 0  # student members
    pensioners: int = 0
    youth: int = 0
    e_registered: int = 0
    cards_issued: int = 0
    no_consent: int = 0
    joined: int = 0
    left: int = 0
    left_by_reason: dict[str, int] = field(default_factory=dict)

    def add(self, other: Figures) -> None:
        mine, theirs = self.__dict__, other.__dict__
        for name in COUNT_FIELDS:
            mine[name] += theirs[name]
        for reason, count in other.left_by_reason.items():
            self.left_by_reason[reason] = self.left_by_reason.get(reason, 0) + count

    def copy(self) -> Figures:
        twin = Figures(**self.__dict__)
        twin.left_by_reason = dict(self.left_by_reason)
        return twin

    @property
    def coverage_workers_pct(self) -> float | None:
        return percent(self.workers, self.employees)

    @property
    def coverage_students_pct(self) -> float | None:
        return percent(self.students, self.student_headcount)

    @property
    def youth_pct(self) -> float | None:
        return percent(self.youth, self.members)

    @property
    def e_registered_pct(self) -> float | None:
        return percent(self.e_registered, self.members)

    @property
    def no_consent_pct(self) -> float | None:
        return percent(self.no_consent, self.members)


# the counts of Figures (every field but left_by_reason), summed by Figures.add
COUNT_FIELDS = tuple(f.name for f in fields(Figures) if f.name != "left_by_reason")


def youth_cutoff(as_of: dt.date) -> dt.date:
    """Members born after this day are younger than 35 on `as_of`."""
    year = as_of.year - YOUTH_AGE
    if as_of.month == 2 and as_of.day == 29:
        return dt.date(year, 2, 28)
    return as_of.replace(year=year)


MEMBER_COUNTS = (
    "members",
    "workers",
    "students",
    "pensioners",
    "youth",
    "e_registered",
    "no_consent",
    "cards_issued",
    "joined",
    "left",
)


def one_member(
    flags: list, period_from: dt.date | None, period_to: dt.date | None
) -> tuple[tuple[int, ...], str | None]:
    """One member's counts (in MEMBER_COUNTS order) and leave reason if they left in the
    period, from a row of MOVED_MEMBERS_SQL (dates there are ISO text)."""
    category, on_date, young, registered, no_consent, joined, left, reason, card = flags
    # SQLite hands dates back as ISO text, PostgreSQL as dates: compare them as text
    joined = joined.isoformat() if isinstance(joined, dt.date) else joined
    left = left.isoformat() if isinstance(left, dt.date) else left
    on = int(bool(on_date))
    joined_in = left_in = 0
    if period_from is not None or period_to is not None:
        start = period_from.isoformat() if period_from else "0000-00-00"
        end = period_to.isoformat() if period_to else "9999-99-99"
        joined_in = int(joined is not None and start <= joined <= end)
        left_in = int(left is not None and start <= left <= end)
    counts = (
        on,
        on * (category == Category.WORKER),
        on * (category == Category.STUDENT),
        on * (category == Category.PENSIONER),
        on * int(young),
        on * int(registered),
        on * int(no_consent),
        on * int(card),
        joined_in,
        left_in,
    )
    return counts, (reason or "") if left_in else None


def shift(figures: Figures, counts: tuple[int, ...], reason: str | None, sign: int) -> None:
    for name, count in zip(MEMBER_COUNTS, counts, strict=True):
        if count:
            setattr(figures, name, getattr(figures, name) + sign * count)
    if reason is not None:
        total = figures.left_by_reason.get(reason, 0) + sign
        if total:
            figures.left_by_reason[reason] = total
        else:
            figures.left_by_reason.pop(reason, None)


@dataclass
class ReportRow:
    """One organisation of the report with its rolled-up figures and its children."""

    org_id: str
    code: str
    name: str
    full_name: str
    kind: str
    level: int  # 0 for the report's root
    figures: Figures
    own: Figures  # the organisation's direct members only
    children: list[ReportRow] = field(default_factory=list)

    def walk(self):  # noqa: ANN201 - generator of ReportRow, depth first
        yield self
        for child in self.children:
            yield from child.walk()


@dataclass
class Report:
    as_of: dt.date
    period_from: dt.date | None
    period_to: dt.date | None
    root: ReportRow

    def rows(self) -> list[ReportRow]:
        return list(self.root.walk())

    def by_code(self) -> dict[str, ReportRow]:
        return {row.code: row for row in self.root.walk()}

    def territorials(self) -> list[ReportRow]:
        """The organisations the chart compares: territorial ones under the root."""
        return [r for r in self.root.walk() if r.kind == OrgKind.TERRITORIAL]

    @property
    def has_period(self) -> bool:
        return self.period_from is not None or self.period_to is not None


def check_dates(as_of: dt.date, period_from: dt.date | None, period_to: dt.date | None) -> None:
    """The report's dates, each within the program's range, the period in order."""
    check_date(as_of, "Дата отчёта")
    check_date(period_from, "Начало периода")
    check_date(period_to, "Конец периода")
    if period_from and period_to and period_from > period_to:
        raise ValidationError("Начало периода позже его конца: проверьте даты.")


def assemble_forest(rows: Iterable[Sequence]) -> tuple[list[OrgNode], set[str]]:
    """The organisation tree from rows (id, code, name, short_name, kind, parent_id,
    employees, students, active) in name order, children by kind then name; and the ids
    of inactive organisations."""
    nodes: dict[str, OrgNode] = {}
    inactive: set[str] = set()
    for row in rows:
        *values, active = row
        node = OrgNode(*values)
        nodes[node.id] = node
        if not active:
            inactive.add(node.id)
    roots: list[OrgNode] = []
    for node in nodes.values():
        parent = nodes.get(node.parent_id) if node.parent_id else None
        (parent.children if parent else roots).append(node)
    kind_order = {OrgKind.REGION: 0, OrgKind.TERRITORIAL: 1, OrgKind.PRIMARY: 2}
    for node in nodes.values():
        node.children.sort(key=lambda n: (kind_order.get(n.kind, 3), n.name))
    return roots, inactive


def roll_up(node: OrgNode, own: dict[str, Figures], inactive: set[str], level: int) -> ReportRow:
    mine = own[node.id].copy() if node.id in own else Figures()
    mine.employees = node.employees
    mine.student_headcount = node.students
    mine.primaries = 1 if node.kind == OrgKind.PRIMARY and node.id not in inactive else 0
    total = Figures()
    total.add(mine)
    row = ReportRow(
        org_id=node.id,
        code=node.code,
        name=node.display_name,
        full_name=node.name,
        kind=node.kind,
        level=level,
        figures=total,
        own=mine,
    )
    for child in node.children:
        child_row = roll_up(child, own, inactive, level + 1)
        row.children.append(child_row)
        total.add(child_row.figures)
    return row


# --- plain records for JSON and printing ----------------------------------------------------
def row_record(row: ReportRow, parent_code: str | None = None, period: bool = True) -> dict:
    """One organisation's figures under stable English keys (the CLI's JSON).

    joined, left and left_by_reason are null when the report has no period.
    """
    f = row.figures
    return {
        "code": row.code,
        "name": row.name,
        "kind": row.kind,
        "level": row.level,
        "parent_code": parent_code,
        "primaries": f.primaries,
        "employees": f.employees,
        "student_headcount": f.student_headcount,
        "members": f.members,
        "workers": f.workers,
        "students": f.students,
        "pensioners": f.pensioners,
        "coverage_workers_pct": f.coverage_workers_pct,
        "coverage_students_pct": f.coverage_students_pct,
        "youth": f.youth,
        "youth_pct": f.youth_pct,
        "e_registered": f.e_registered,
        "e_registered_pct": f.e_registered_pct,
        "cards_issued": f.cards_issued,
        "no_consent": f.no_consent,
        "joined": f.joined if period else None,
        "left": f.left if period else None,
        "left_by_reason": dict(sorted(f.left_by_reason.items())) if period else None,
        "own_members": row.own.members,
    }


def report_records(report: Report) -> dict[str, dict]:
    """Per organisation code (depth first, the tree's order), the figures as plain data."""
    records: dict[str, dict] = {}

    def visit(row: ReportRow, parent: str | None) -> None:
        records[row.code] = row_record(row, parent, report.has_period)
        for child in row.children:
            visit(child, row.code)

    visit(report.root, None)
    return records
