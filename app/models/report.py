"""The statistical report as of a date D, rolled up primary -> territorial -> region.

Definitions (the statistics section of the domain notes):
- a member on D joined on or before D (a member without a join date counts as joined)
  and has not left on or before D; counted by category (worker, student, pensioner);
- coverage of workers = worker members / employees, of students = student members /
  students, in % with one decimal (no percentage when the headcount is 0);
- youth: members younger than 35 on D (a member whose 35th birthday is D is 35; one born
  on 29 February has birthdays on 1 March in common years); no birth date, no youth;
- e-registered: members with e_registered_on on or before D, and their % of members;
- cards issued: members on D holding a card valid on D. A card is valid on D when it was
  produced on or before D (printed_on, else handed_on, else for a card already printed or
  issued, say an imported number, created_on) and was not closed on or before D (a card
  marked lost without a closing date counts as closed); reissued cards count once;
- without consent: members on D with no consent date or one after D;
- joined / left in the period [from, to], both ends included, by reason for leaving;
- primaries: active primary organisations.

Counting is done by SQL aggregates grouped by organisation (app.models.report_counts); the
sums up the tree are done here, over the organisation tree (OrgNode, as
app.models.organisations.load_tree builds it). A figure at a level is the sum of its children plus the organisation's own direct
members. A member who moved counts in the organisation they belonged to on D (from
member_transfer), and so do their joining and leaving in the period.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field, fields
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from .entities import Organisation, OrgKind
from .errors import PermissionDeniedError, ValidationError
from .limits import check_date
from .organisations import OrgNode, get_by_code
from .permissions import Permission, require
from .report_counts import Figures, own_figures
from .settings import get_setting, set_setting

ATTENTION_THRESHOLD_KEY = "report.e_registration_threshold"
DEFAULT_ATTENTION_THRESHOLD = 90.0


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


def load_org_forest(session: Session) -> tuple[list[OrgNode], set[str]]:
    """The organisation tree (as load_tree orders it) without member counts, and the ids of
    inactive organisations. load_tree's own member count costs a second at 250,000 members.
    """
    columns = (
        Organisation.id,
        Organisation.code,
        Organisation.name,
        Organisation.short_name,
        Organisation.kind,
        Organisation.parent_id,
        Organisation.employees,
        Organisation.students,
        Organisation.active,
    )
    nodes: dict[str, OrgNode] = {}
    inactive: set[str] = set()
    for row in session.execute(select(*columns).order_by(Organisation.name)):
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


def build_report(
    session: Session,
    as_of: dt.date,
    period_from: dt.date | None = None,
    period_to: dt.date | None = None,
    org_code: str | None = None,
) -> Report:
    """The report for the whole tree, or for one organisation and everything under it."""
    require(session, Permission.REPORTS)
    check_date(as_of, "Дата отчёта")
    check_date(period_from, "Начало периода")
    check_date(period_to, "Конец периода")
    if period_from and period_to and period_from > period_to:
        raise ValidationError("Начало периода позже его конца: проверьте даты.")
    root_id = get_by_code(session, org_code).id if org_code else None
    forest, inactive = load_org_forest(session)
    if not forest:
        raise ValidationError("В базе нет ни одной организации: отчёт строить не из чего.")
    nodes = {n.id: n for tree in forest for n in tree.walk()}
    # a user limited to one organisation sees only its subtree
    allowed_root = getattr(session.info.get("db"), "user_org_id", None)
    if allowed_root in nodes:
        if root_id is None:
            root_id = allowed_root
        elif root_id not in {n.id for n in nodes[allowed_root].walk()}:
            raise PermissionDeniedError(
                "Отчёт по этой организации вам недоступен: вы работаете только со своей "
                "организацией и её подчинёнными."
            )
    root_node = nodes[root_id] if root_id else forest[0]
    own = own_figures(session, as_of, period_from, period_to)
    return Report(as_of, period_from, period_to, _roll_up(root_node, own, inactive, 0))


def _roll_up(node: OrgNode, own: dict[str, Figures], inactive: set[str], level: int) -> ReportRow:
    mine = Figures(
        **{f.name: getattr(own.get(node.id, Figures()), f.name) for f in fields(Figures)}
    )
    mine.left_by_reason = dict(mine.left_by_reason)
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
        child_row = _roll_up(child, own, inactive, level + 1)
        row.children.append(child_row)
        total.add(child_row.figures)
    return row


# --- comparison with another date ------------------------------------------------------------
@dataclass
class Growth:
    members: int
    e_registered: int
    e_registered_pct_points: float | None  # change of the percentage, in points


def growth(current: Report, previous: Report) -> dict[str, Growth]:
    """Per organisation code, how the figures changed from `previous` to `current`."""
    before = previous.by_code()
    result: dict[str, Growth] = {}
    for row in current.root.walk():
        old = before.get(row.code)
        old_figures = old.figures if old else Figures()
        now_pct, old_pct = row.figures.e_registered_pct, old_figures.e_registered_pct
        points = None
        if now_pct is not None and old_pct is not None:
            points = float(Decimal(str(now_pct)) - Decimal(str(old_pct)))
        result[row.code] = Growth(
            members=row.figures.members - old_figures.members,
            e_registered=row.figures.e_registered - old_figures.e_registered,
            e_registered_pct_points=points,
        )
    return result


# --- the attention threshold ------------------------------------------------------------------
def attention_threshold(session: Session) -> float:
    """E-registration % below which a figure is highlighted (set by the office)."""
    return float(get_setting(session, ATTENTION_THRESHOLD_KEY, DEFAULT_ATTENTION_THRESHOLD))


def set_attention_threshold(session: Session, value: float) -> None:
    require(session, Permission.SETTINGS)
    if not 0 <= value <= 100:
        raise ValidationError("Порог должен быть от 0 до 100 %.")
    set_setting(session, ATTENTION_THRESHOLD_KEY, round(float(value), 1))


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
