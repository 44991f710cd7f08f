"""The statistical report against figures counted here, one member row at a time."""

from __future__ import annotations

import datetime as dt
import json
import math
import random
from fractions import Fraction

import pytest
from sqlalchemy import select

from app.models import Card, ChangeLogEntry, Member, MemberTransfer, Organisation
from app.models.errors import PermissionDeniedError, ValidationError
from app.models.members import move_member
from app.models.organisations import create_org, region
from app.models.report import (
    attention_threshold,
    build_report,
    growth,
    report_records,
    set_attention_threshold,
)

D = dt.date(2025, 6, 30)
PERIOD = (dt.date(2025, 1, 1), dt.date(2025, 6, 30))
REASONS = ["own_wish", "dismissal", "retirement", "death", "transfer"]


def _org(s, kind, code, parent, employees=0, students=0, active=True):
    org = create_org(
        s,
        kind=kind,
        code=code,
        name=f"Организация {code}",
        parent_id=parent.id,
        employees=employees,
        students=students,
        active=active,
    )
    return org


def _member(s, org, **values):
    defaults = {
        "last_name": "Иванова",
        "first_name": "Анна",
        "patronymic": "",
        "category": "worker",
        "birth_date": dt.date(1980, 5, 5),
        "joined_on": dt.date(2010, 1, 1),
    }
    member = Member(organisation_id=org.id, **(defaults | values))
    s.add(member)
    s.flush()
    return member


def _random_date(rng, start, end):
    if rng.random() < 0.08:
        return None
    return start + dt.timedelta(days=rng.randint(0, (end - start).days))


def _near(rng, day):
    """A date on, just before or just after `day`, or anywhere in a wide range."""
    choice = rng.random()
    if choice < 0.2:
        return day
    if choice < 0.3:
        return day - dt.timedelta(days=1)
    if choice < 0.4:
        return day + dt.timedelta(days=1)
    return _random_date(rng, day - dt.timedelta(days=900), day + dt.timedelta(days=200))


@pytest.fixture
def report_db(region_db):
    """Region -> two territorials -> primaries, a primary under the region, an inactive
    primary, members directly in a territorial, and members on every boundary of D."""
    rng = random.Random(46)
    with region_db.session() as s:
        top = region(s)
        t1 = _org(s, "territorial", "T1", top, employees=3)
        t2 = _org(s, "territorial", "T2", top)
        orgs = [
            t1,
            _org(s, "primary", "T1-1", t1, employees=120),
            _org(s, "primary", "T1-2", t1, employees=45, students=300),
            _org(s, "primary", "T2-1", t2, employees=80),
            _org(s, "primary", "T2-2", t2, employees=0, students=0, active=False),
            _org(s, "primary", "R-1", top, students=900),
        ]
        # the boundaries, all in T1-1
        p = orgs[1]
        _member(s, p, last_name="Вступила", joined_on=D)
        _member(s, p, last_name="Завтра", joined_on=D + dt.timedelta(days=1))
        _member(s, p, last_name="Вышла", left_on=D, leave_reason="own_wish")
        _member(s, p, last_name="Выйдет", left_on=D + dt.timedelta(days=1), leave_reason="death")
        _member(s, p, last_name="Тридцатьпять", birth_date=dt.date(1990, 6, 30))
        _member(s, p, last_name="Молодая", birth_date=dt.date(1990, 7, 1))
        _member(s, p, last_name="Учтена", e_registered_on=D, consent_on=D)
        _member(s, p, last_name="Неучтена", e_registered_on=D + dt.timedelta(days=1))
        _member(s, p, last_name="Согласиепозже", consent_on=D + dt.timedelta(days=1))
        _member(s, p, last_name="Безданных", joined_on=None, birth_date=None)
        members = []
        for _ in range(420):
            org = rng.choice(orgs)
            category = rng.choices(["worker", "student", "pensioner"], [70, 20, 10])[0]
            joined = _near(rng, D)
            left = _near(rng, D) if rng.random() < 0.35 else None
            if left and joined and left < joined:
                left = joined
            m = _member(
                s,
                org,
                category=category,
                birth_date=_near(rng, D.replace(year=D.year - 35)),
                joined_on=joined,
                left_on=left,
                leave_reason=rng.choice([*REASONS, None]) if left else None,
                e_registered_on=_near(rng, D) if rng.random() < 0.8 else None,
                consent_on=_near(rng, D) if rng.random() < 0.7 else None,
            )
            members.append(m)
        # moves between organisations, before, on and after D; some members move twice
        primaries = [o for o in orgs if o.kind == "primary"]
        for m in members[300:360]:
            first = _near(rng, D) or D
            move_member(
                s, m.id, rng.choice([o for o in primaries if o.id != m.organisation_id]).id, first
            )
            if rng.random() < 0.3:
                target = rng.choice([o for o in orgs if o.id != m.organisation_id])
                move_member(s, m.id, target.id, first + dt.timedelta(days=rng.randint(1, 60)))
        number = 0
        for m in members[:300]:
            reissued = rng.choice([1, 1, 1, 2])  # some members have a reissued card
            for i in range(reissued):
                number += 1
                status = rng.choice(["to_print", "printed", "issued", "lost"])
                if i < reissued - 1:
                    status = "lost"  # the older card was closed: one current card per member
                s.add(
                    Card(
                        member_id=m.id,
                        number=f"24600000{number:05d}",
                        status=status,
                        is_current=status != "lost",
                        created_on=_near(rng, D) or D,
                        printed_on=_near(rng, D) if status != "to_print" else None,
                        handed_on=_near(rng, D) if status in ("issued", "lost") else None,
                        closed_on=_near(rng, D) if status == "lost" else None,
                    )
                )
    return region_db


# --- the figures counted independently ------------------------------------------------------
def _age(birth: dt.date, day: dt.date) -> int:
    return day.year - birth.year - ((day.month, day.day) < (birth.month, birth.day))


def _pct(part: int, whole: int) -> float | None:
    if not whole:
        return None
    return math.floor(Fraction(part * 1000, whole) + Fraction(1, 2)) / 10


def _card_valid(card: Card, day: dt.date) -> bool:
    if card.printed_on is not None:
        produced = card.printed_on
    elif card.handed_on is not None:
        produced = card.handed_on
    elif card.status != "to_print":
        produced = card.created_on
    else:
        return False
    if produced > day:
        return False
    if card.closed_on is not None:
        return card.closed_on > day
    return card.status != "lost"


def expected_figures(db, day, start=None, end=None) -> dict[str, dict]:
    with db.session() as s:
        orgs = list(s.scalars(select(Organisation)))
        members = list(s.scalars(select(Member)))
        cards = list(s.scalars(select(Card)))
        moves = list(s.scalars(select(MemberTransfer)))
    by_id = {o.id: o for o in orgs}
    moves_of: dict[str, list[MemberTransfer]] = {}
    for move in sorted(moves, key=lambda t: (t.moved_on, t.recorded_at)):
        moves_of.setdefault(move.member_id, []).append(move)

    def org_on_day(m: Member) -> str:
        history = moves_of.get(m.id)
        if not history:
            return m.organisation_id
        done = [t for t in history if t.moved_on <= day]
        return done[-1].to_organisation_id if done else history[0].from_organisation_id

    cards_of: dict[str, list[Card]] = {}
    for card in cards:
        cards_of.setdefault(card.member_id, []).append(card)
    keys = [
        "primaries",
        "employees",
        "student_headcount",
        "members",
        "workers",
        "students",
        "pensioners",
        "youth",
        "e_registered",
        "cards_issued",
        "no_consent",
        "joined",
        "left",
    ]
    totals = {o.code: dict.fromkeys(keys, 0) | {"left_by_reason": {}} for o in orgs}

    def chain(org_id):
        while org_id is not None:
            yield by_id[org_id].code
            org_id = by_id[org_id].parent_id

    for org in orgs:
        for code in chain(org.id):
            totals[code]["employees"] += org.employees
            totals[code]["student_headcount"] += org.students
            totals[code]["primaries"] += org.kind == "primary" and org.active
    in_period = start is not None or end is not None

    def within(day_value):
        return (
            in_period
            and day_value is not None
            and (start is None or day_value >= start)
            and (end is None or day_value <= end)
        )

    for m in members:
        counts = dict.fromkeys(keys, 0)
        joined_by_day = m.joined_on is None or m.joined_on <= day
        still_in = m.left_on is None or m.left_on > day
        if joined_by_day and still_in:
            counts["members"] = 1
            counts[
                {"worker": "workers", "student": "students", "pensioner": "pensioners"}[m.category]
            ] = 1
            counts["youth"] = int(m.birth_date is not None and _age(m.birth_date, day) < 35)
            counts["e_registered"] = int(m.e_registered_on is not None and m.e_registered_on <= day)
            counts["no_consent"] = int(m.consent_on is None or m.consent_on > day)
            counts["cards_issued"] = int(any(_card_valid(c, day) for c in cards_of.get(m.id, [])))
        counts["joined"] = int(within(m.joined_on))
        counts["left"] = int(within(m.left_on))
        for code in chain(org_on_day(m)):
            for key, value in counts.items():
                totals[code][key] += value
            if counts["left"]:
                reasons = totals[code]["left_by_reason"]
                reasons[m.leave_reason or ""] = reasons.get(m.leave_reason or "", 0) + 1
    for t in totals.values():
        t["coverage_workers_pct"] = _pct(t["workers"], t["employees"])
        t["coverage_students_pct"] = _pct(t["students"], t["student_headcount"])
        t["youth_pct"] = _pct(t["youth"], t["members"])
        t["e_registered_pct"] = _pct(t["e_registered"], t["members"])
        t["left_by_reason"] = dict(sorted(t["left_by_reason"].items()))
        if not in_period:  # no period asked: nothing to say about joining and leaving
            t["joined"] = t["left"] = t["left_by_reason"] = None
    return totals


@pytest.mark.parametrize(
    ("day", "period"),
    [
        (D, PERIOD),
        (D, (None, None)),
        (D - dt.timedelta(days=1), PERIOD),
        (dt.date(2024, 2, 29), (None, D)),
    ],
)
def test_every_figure_at_every_level_matches_the_member_rows(report_db, day, period):
    with report_db.session() as s:
        report = build_report(s, day, *period)
    got = report_records(report)
    want = expected_figures(report_db, day, *period)
    assert set(got) == set(want)
    for code, expected in want.items():
        actual = {k: got[code][k] for k in expected}
        assert actual == expected, code
    # the region equals the sum of its children plus its own direct members
    root = report.root
    for key in ("members", "youth", "e_registered", "cards_issued", "employees", "left"):
        children = sum(getattr(c.figures, key) for c in root.children)
        assert getattr(root.figures, key) == children + getattr(root.own, key)


def _figure(db, code, key, day=D):
    with db.session() as s:
        return getattr(build_report(s, day).by_code()[code].figures, key)


def _change(db, last_name, **values):
    with db.session() as s:
        member = s.scalars(select(Member).where(Member.last_name == last_name)).one()
        for key, value in values.items():
            setattr(member, key, value)


@pytest.mark.parametrize(
    ("last_name", "change", "key", "delta"),
    [
        ("Вступила", {"joined_on": D + dt.timedelta(days=1)}, "members", -1),
        ("Завтра", {"joined_on": D}, "members", +1),
        ("Вышла", {"left_on": D + dt.timedelta(days=1)}, "members", +1),
        ("Выйдет", {"left_on": D}, "members", -1),
        ("Тридцатьпять", {"birth_date": dt.date(1990, 7, 1)}, "youth", +1),
        ("Молодая", {"birth_date": dt.date(1990, 6, 30)}, "youth", -1),
        ("Учтена", {"e_registered_on": D + dt.timedelta(days=1)}, "e_registered", -1),
        ("Неучтена", {"e_registered_on": D}, "e_registered", +1),
        ("Учтена", {"consent_on": D + dt.timedelta(days=1)}, "no_consent", +1),
        ("Согласиепозже", {"consent_on": D}, "no_consent", -1),
    ],
)
def test_one_day_across_a_boundary_changes_one_count(report_db, last_name, change, key, delta):
    """Joined on D counts, left on D does not, 35 on D is not youth, registered on D is."""
    before = _figure(report_db, "T1-1", key), _figure(report_db, "R46", key)
    _change(report_db, last_name, **change)
    after = _figure(report_db, "T1-1", key), _figure(report_db, "R46", key)
    assert after == (before[0] + delta, before[1] + delta)


def test_a_member_born_on_29_february_grows_older_on_1_march(region_db):
    with region_db.session() as s:
        p = _org(s, "primary", "P", region(s), employees=10)
        _member(s, p, birth_date=dt.date(1960, 2, 29), joined_on=dt.date(1990, 1, 1))
    with region_db.session() as s:  # report dates stay within today + 1 year (limits)
        assert build_report(s, dt.date(1995, 2, 28)).root.figures.youth == 1
        assert build_report(s, dt.date(1995, 3, 1)).root.figures.youth == 0
        assert build_report(s, dt.date(1996, 2, 28)).root.figures.youth == 0


def test_report_for_one_organisation_and_growth_between_dates(report_db):
    with report_db.session() as s:
        t1 = build_report(s, D, org_code="T1")
        earlier = build_report(s, D - dt.timedelta(days=180), org_code="T1")
        whole = build_report(s, D)
    assert t1.root.code == "T1" and [r.code for r in t1.rows()] == ["T1", "T1-1", "T1-2"]
    assert t1.root.figures.members == whole.by_code()["T1"].figures.members
    change = growth(t1, earlier)
    assert change["T1"].members == t1.root.figures.members - earlier.root.figures.members
    assert change["T1-1"].e_registered == (
        t1.by_code()["T1-1"].figures.e_registered - earlier.by_code()["T1-1"].figures.e_registered
    )


def test_refusals_and_the_threshold_setting(report_db):
    with report_db.session() as s, pytest.raises(ValidationError, match="периода"):
        build_report(s, D, D, D - dt.timedelta(days=1))
    with report_db.session() as s:
        assert attention_threshold(s) == 90.0
        set_attention_threshold(s, 91.1)
    with report_db.session() as s:
        assert attention_threshold(s) == 91.1
        with pytest.raises(ValidationError):
            set_attention_threshold(s, 120)
    report_db.user_role = "viewer"
    with report_db.session() as s:
        build_report(s, D)  # a viewer may see reports
        with pytest.raises(PermissionDeniedError):
            set_attention_threshold(s, 50)
    report_db.user_role = ""
    with report_db.session() as s:
        assert not s.scalars(select(ChangeLogEntry).where(ChangeLogEntry.action == "export")).all()
    assert json.dumps(report_records(build_report_quick(report_db)))


def build_report_quick(db):
    with db.session() as s:
        return build_report(s, D)


def test_a_user_limited_to_a_territorial_sees_only_its_subtree(report_db):
    with report_db.session() as s:
        t2 = s.scalars(select(Organisation).where(Organisation.code == "T2")).one()
        whole = build_report(s, D)
    report_db.user_org_id = t2.id
    try:
        with report_db.session() as s:
            own = build_report(s, D)
            assert own.root.code == "T2"
            assert own.root.figures.members == whole.by_code()["T2"].figures.members
            assert build_report(s, D, org_code="T2-1").root.code == "T2-1"
            with pytest.raises(PermissionDeniedError, match="недоступен"):
                build_report(s, D, org_code="T1")
    finally:
        report_db.user_org_id = None
