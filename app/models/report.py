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
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from .entities import Organisation
from .errors import PermissionDeniedError, ValidationError
from .organisations import OrgNode, get_by_code
from .permissions import Permission, require
from .report_counts import Figures, own_figures
from .report_figures import (  # noqa: F401 - their home before
    Report,
    ReportRow,
    assemble_forest,
    check_dates,
    report_records,
    roll_up,
    row_record,
)
from .settings import get_setting, set_setting

ATTENTION_THRESHOLD_KEY = "report.e_registration_threshold"
DEFAULT_ATTENTION_THRESHOLD = 90.0


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
    return assemble_forest(session.execute(select(*columns).order_by(Organisation.name)))


def build_report(
    session: Session,
    as_of: dt.date,
    period_from: dt.date | None = None,
    period_to: dt.date | None = None,
    org_code: str | None = None,
) -> Report:
    """The report for the whole tree, or for one organisation and everything under it."""
    require(session, Permission.REPORTS)
    check_dates(as_of, period_from, period_to)
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
    return Report(as_of, period_from, period_to, roll_up(root_node, own, inactive, 0))


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
