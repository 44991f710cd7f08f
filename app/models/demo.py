"""Demo data that looks like a real regional organisation (Kursk oblast), seeded.

The same seed gives the same organisations and people, whatever day it is run: dates are
drawn relative to a fixed reference day. Members are written with bulk inserts (and no
change log), so 250,000 go in well within a minute.
"""

from __future__ import annotations

import datetime as dt
import json
import random
import uuid
from collections.abc import Callable

from sqlalchemy import bindparam, insert, select, update
from sqlalchemy.orm import Session

from ..paths import resource
from .base import utcnow
from .entities import Card, Category, LeaveReason, Member, Organisation, OrgKind
from .errors import ValidationError
from .installation import init_region, is_empty
from .settings import set_setting
from .text import search_key

REFERENCE_DAY = dt.date(2026, 6, 1)
REGION_NAME = "Курская областная организация Общероссийского Профсоюза образования"
Progress = Callable[[int, int], None]
BULK_CACHE_KIB = -65536  # PRAGMA cache_size in KiB (negative) while loading members

_PRIMARY_KINDS = [  # kind, weight, name pattern
    ("school", 50, "МБОУ «Средняя общеобразовательная школа № {n}» {place}"),
    ("kindergarten", 30, "МБДОУ «Детский сад № {n}» {place}"),
    ("additional", 8, "МБУ ДО «Дом детского творчества» {place}"),
    ("school", 12, "МКОУ «Основная общеобразовательная школа № {n}» {place}"),
]
_TYPE_LABELS = {
    "school": "школа",
    "kindergarten": "детский сад",
    "additional": "дополнительное образование",
    "college": "колледж",
    "university_staff": "вуз (сотрудники)",
    "university_students": "вуз (студенты)",
    "institute": "институт повышения квалификации",
}


def _uuid(rng: random.Random) -> str:
    return str(uuid.UUID(int=rng.getrandbits(128), version=4))


def _date_between(rng: random.Random, start: dt.date, end: dt.date) -> dt.date:
    span = (end - start).days
    return start + dt.timedelta(days=rng.randint(0, max(span, 0)))


def generate(
    session: Session, members: int = 5000, seed: int = 1, progress: Progress | None = None
) -> None:
    """Fill an empty (or freshly initialised) database with a whole region."""
    if members < 0:
        raise ValidationError("Число членов Профсоюза не может быть отрицательным.")
    names = json.loads(resource("demo", "names.json").read_text(encoding="utf-8"))
    rng = random.Random(seed)
    if is_empty(session):
        region_org = init_region(session, REGION_NAME, "46")
    else:
        from .organisations import region

        region_org = region(session)
        if region_org is None or session.query(Organisation).count() > 1:
            raise ValidationError(
                "Демонстрационные данные загружаются только в новую, пустую базу."
            )
    region_org.short_name = "Курская областная организация"
    set_setting(session, "demo", True)

    # chairmen and the campaign marks draw from their own generators, so the organisations
    # and members of a seed stay what they were before these were added
    chairs = random.Random(f"chairs-{seed}")
    region_org.chair, region_org.chair_phone = _person(chairs, names), _mobile(chairs)
    primaries = _make_orgs(session, rng, names, region_org, members, chairs)
    session.flush()
    _make_members(session, rng, names, primaries, members, progress)
    session.flush()
    from .cards import give_demo_cards

    give_demo_cards(session)
    _mark_booklets_and_profkards(session, random.Random(f"marks-{seed}"))


def _make_orgs(
    session: Session,
    rng: random.Random,
    names: dict,
    region_org: Organisation,
    members: int,
    chairs: random.Random,
) -> list[tuple[str, str, int]]:
    """Organisations; returns (id, institution type, member target) for each primary."""
    primary_count = max(30, min(3000, members // 90))
    direct = names["region_subordinate"]
    territorial_count = len(names["territorials"])
    per_territorial = max(1, (primary_count - len(direct)) // territorial_count)
    rows: list[dict] = []
    primaries: list[tuple[str, str, int]] = []
    now = utcnow()

    def org_row(**values) -> dict:
        base = {
            "id": _uuid(rng),
            "short_name": "",
            "institution_type": "",
            "employees": 0,
            "students": 0,
            "chair": "",
            "chair_phone": "",
            "registrar_name": "",
            "registrar_phone": "",
            "registrar_email": "",
            "active": True,
            "created_at": now,
            "updated_at": now,
        }
        base.update(values)
        rows.append(base)
        return base

    weights = [w for _, w, _ in _PRIMARY_KINDS]
    for t_index, (t_name, t_short, place, place_full) in enumerate(names["territorials"], 1):
        territorial = org_row(
            kind=OrgKind.TERRITORIAL,
            parent_id=region_org.id,
            name=f"{t_name} Профсоюза образования",
            short_name=t_short,
            code=f"T{t_index:02d}",
            chair=_person(rng, names),
        )
        counters: dict[str, int] = {}
        for p_index in range(1, per_territorial + 1):
            kind, _, pattern = rng.choices(_PRIMARY_KINDS, weights)[0]
            counters[pattern] = counters.get(pattern, 0) + 1
            name = pattern.format(n=counters[pattern], place=place_full)
            short = name.split("«")[1].split("»")[0] + f", {place}"
            short = short.replace("Средняя общеобразовательная школа", "СОШ")
            short = short.replace("Основная общеобразовательная школа", "ООШ")
            primary = org_row(
                kind=OrgKind.PRIMARY,
                parent_id=territorial["id"],
                name=f"Первичная профсоюзная организация {name}",
                short_name=short,
                code=f"T{t_index:02d}-{p_index:03d}",
                institution_type=_TYPE_LABELS[kind],
                registrar_name=_person(rng, names),
                registrar_phone=f"+7910{rng.randint(1000000, 9999999)}",
            )
            primaries.append((primary["id"], kind, 0))
    for d_index, (name, short, kind) in enumerate(direct, 1):
        primary = org_row(
            kind=OrgKind.PRIMARY,
            parent_id=region_org.id,
            name=f"Первичная профсоюзная организация {name}",
            short_name=short,
            code=f"R-{d_index:02d}",
            institution_type=_TYPE_LABELS[kind],
            registrar_name=_person(rng, names),
        )
        primaries.append((primary["id"], kind, 0))

    sizes = {
        "school": 3,
        "kindergarten": 1.2,
        "additional": 1,
        "college": 6,
        "university_staff": 12,
        "university_students": 30,
        "institute": 1.5,
    }
    total_weight = sum(sizes[k] for _, k, _ in primaries)
    targets = []
    for org_id, kind, _ in primaries:
        target = max(1, round(members * sizes[kind] / total_weight))
        targets.append((org_id, kind, target))
    # employees (or students) so that coverage lands between 60 and 100 %
    for row in rows:
        for org_id, kind, target in targets:
            if row["id"] == org_id:
                headcount = max(target, round(target / rng.uniform(0.6, 1.0)))
                if kind == "university_students":
                    row["students"] = headcount
                    row["employees"] = 0
                else:
                    row["employees"] = headcount
    for row in rows:  # every organisation has its chairman (territorial ones kept theirs)
        row["chair"] = row["chair"] or _person(chairs, names)
        row["chair_phone"] = _mobile(chairs)
    session.execute(insert(Organisation), rows)
    return targets


def _person(rng: random.Random, names: dict) -> str:
    female = rng.random() < 0.8
    surname = rng.choice(names["surnames_male"])
    if female:
        surname = _female_surname(surname)
    first = rng.choice(names["first_names_female" if female else "first_names_male"])
    patronymic = rng.choice(names["patronymic_roots"])[2 if female else 1]
    return f"{surname} {first} {patronymic}"


_MOBILE_CODES = ("910", "915", "920", "930", "951", "960", "961", "980", "903", "906")


def _mobile(rng: random.Random) -> str:
    """A Russian mobile number as stored: '+79101234567'."""
    return f"+7{rng.choice(_MOBILE_CODES)}{rng.randint(1000000, 9999999)}"


BOOKLETS_FROM = dt.date(2025, 6, 1)  # the booklet campaign of the demo region began then
BOOKLET_SHARE = 0.62  # of the members handed a card
PROFKARDS_SHARE = 0.55  # of the members with the booklet


def _mark_booklets_and_profkards(session: Session, rng: random.Random) -> int:
    """A campaign under way: most card holders handed the booklet «Как работать в
    Профкардс?» (from BOOKLETS_FROM to the reference day), about half of them then joined
    PROFKARDS. Returns how many got a booklet."""
    holders = session.execute(
        select(Member.id, Card.handed_on)
        .join(Card, (Card.member_id == Member.id) & Card.is_current.is_(True))
        .where(Member.left_on.is_(None), Card.handed_on.is_not(None))
        .order_by(Member.organisation_id, Member.sort_key)
    ).all()
    rows = []
    for member_id, handed_on in holders:
        if rng.random() >= BOOKLET_SHARE:
            continue
        booklet = _date_between(rng, max(handed_on, BOOKLETS_FROM), REFERENCE_DAY)
        profkards = None
        if rng.random() < PROFKARDS_SHARE:  # a few days to three months after the booklet
            later = booklet + dt.timedelta(days=rng.randint(3, 90))
            profkards = min(later, max(booklet, REFERENCE_DAY))
        rows.append({"key": member_id, "booklet": booklet, "profkards": profkards})
    table = Member.__table__
    marks = (
        update(table)
        .where(table.c.id == bindparam("key"))
        .values(booklet_on=bindparam("booklet"), profkards_on=bindparam("profkards"))
    )
    for start in range(0, len(rows), 10000):  # Core executemany: no version check, no log
        session.execute(marks, rows[start : start + 10000])
    return len(rows)


def _female_surname(male: str) -> str:
    if male.endswith(("ов", "ев", "ёв", "ин", "ын")):
        return male + "а"
    if male.endswith("ий"):
        return male[:-2] + "ая"
    return male  # Бойко, Черных, Шевченко do not change


def _make_members(
    session: Session,
    rng: random.Random,
    names: dict,
    primaries: list[tuple[str, str, int]],
    members: int,
    progress: Progress | None,
) -> None:
    assigned = sum(t for _, _, t in primaries)
    plan = list(primaries)
    # trim or pad so the total is exactly `members`
    while assigned > members and plan:
        i = rng.randrange(len(plan))
        org_id, kind, target = plan[i]
        take = min(target, assigned - members)
        plan[i] = (org_id, kind, target - take)
        assigned -= take
    while assigned < members:
        i = rng.randrange(len(plan))
        org_id, kind, target = plan[i]
        plan[i] = (org_id, kind, target + 1)
        assigned += 1

    if session.connection().dialect.name != "sqlite":
        _insert_members_portably(session, rng, names, plan, members, progress)
        return
    # Straight to the driver with one prepared INSERT: SQLAlchemy's bulk insert splits
    # rows by which columns are None and costs more than SQLite itself at this scale.
    cursor = session.connection().connection.driver_connection.cursor()
    now = utcnow().isoformat(sep=" ")
    sql = (
        f"INSERT INTO member ({', '.join(_MEMBER_COLUMNS)}, created_at, updated_at) "
        f"VALUES ({', '.join('?' * (len(_MEMBER_COLUMNS) + 2))})"
    )
    fts_trigger = _suspend_fts_trigger(cursor)
    # a bigger page cache for the load: the random UUID keys touch pages all over the index
    cache_size = cursor.execute("PRAGMA cache_size").fetchone()[0]
    cursor.execute(f"PRAGMA cache_size={BULK_CACHE_KIB}")
    try:
        batch: list[tuple] = []
        done = 0
        reasons = [r.value for r in LeaveReason]
        reason_weights = [50, 15, 25, 3, 7]
        for org_id, kind, target in plan:
            positions = names["positions"][kind]
            for _ in range(target):
                row = _member_row(rng, names, org_id, kind, positions, reasons, reason_weights)
                batch.append((*(row[c] for c in _MEMBER_COLUMNS), now, now))
                if len(batch) >= 10000:
                    cursor.executemany(sql, batch)
                    done += len(batch)
                    batch.clear()
                    if progress:
                        progress(done, members)
        if batch:
            cursor.executemany(sql, batch)
            done += len(batch)
        if fts_trigger:
            cursor.execute("INSERT INTO member_fts(member_fts) VALUES ('rebuild')")
    finally:
        if fts_trigger:
            cursor.execute(fts_trigger)
        cursor.execute(f"PRAGMA cache_size={int(cache_size)}")
        cursor.close()
    if progress:
        progress(done, members)


_MEMBER_COLUMNS = (
    "id",
    "last_name",
    "first_name",
    "patronymic",
    "birth_date",
    "sex",
    "category",
    "position",
    "phone",
    "email",
    "organisation_id",
    "joined_on",
    "left_on",
    "leave_reason",
    "e_registered_on",
    "consent_on",
    "notes",
    "sort_key",
    "search_text",
    "identity_key",
)


_DATE_COLUMNS = ("birth_date", "joined_on", "left_on", "e_registered_on", "consent_on")


def _insert_members_portably(session, rng, names, plan, members, progress) -> None:  # noqa: ANN001
    """The same rows through SQLAlchemy Core, for a server database (PostgreSQL)."""
    from .entities import Member

    table = Member.__table__
    now = utcnow()
    reasons = [r.value for r in LeaveReason]
    reason_weights = [50, 15, 25, 3, 7]
    batch: list[dict] = []
    done = 0
    for org_id, kind, target in plan:
        positions = names["positions"][kind]
        for _ in range(target):
            row = _member_row(rng, names, org_id, kind, positions, reasons, reason_weights)
            for column in _DATE_COLUMNS:
                if row[column]:
                    row[column] = dt.date.fromisoformat(row[column])
            batch.append({**row, "created_at": now, "updated_at": now})
            if len(batch) >= 10000:
                session.execute(table.insert(), batch)
                done += len(batch)
                batch.clear()
                if progress:
                    progress(done, members)
    if batch:
        session.execute(table.insert(), batch)
        done += len(batch)
    if progress:
        progress(done, members)


def _iso(day: dt.date | None) -> str | None:
    return day.isoformat() if day else None


def _suspend_fts_trigger(cursor) -> str | None:  # noqa: ANN001 - a sqlite3 cursor
    """Drop the search index's insert trigger for the bulk load (inside the same
    transaction) and return its SQL to put it back; the index is rebuilt once at the end,
    which is several times faster than one index insert per row."""
    found = cursor.execute(
        "SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = 'member_fts_ai'"
    ).fetchone()
    if found is None:
        return None
    cursor.execute("DROP TRIGGER member_fts_ai")
    return found[0]


def _member_row(
    rng: random.Random,
    names: dict,
    org_id: str,
    kind: str,
    positions: list[str],
    reasons: list[str],
    reason_weights: list[int],
) -> dict:
    female = rng.random() < (0.55 if kind == "university_students" else 0.82)
    surname = rng.choice(names["surnames_male"])
    if female:
        surname = _female_surname(surname)
    first = rng.choice(names["first_names_female" if female else "first_names_male"])
    patronymic = rng.choice(names["patronymic_roots"])[2 if female else 1]
    if kind == "university_students":
        category = Category.STUDENT
        birth = _date_between(rng, dt.date(2002, 9, 1), dt.date(2008, 8, 31))
    elif rng.random() < 0.05:
        category = Category.PENSIONER
        birth = _date_between(rng, dt.date(1940, 1, 1), dt.date(1966, 12, 31))
    else:
        category = Category.WORKER
        birth = _date_between(rng, dt.date(1958, 1, 1), dt.date(2004, 12, 31))
    adult = (
        birth.replace(year=birth.year + 18)
        if not (birth.month == 2 and birth.day == 29)
        else dt.date(birth.year + 18, 3, 1)
    )
    joined = _date_between(rng, max(adult, dt.date(1985, 1, 1)), REFERENCE_DAY)
    e_registered = None
    if rng.random() < 0.91:
        e_registered = _date_between(rng, max(joined, dt.date(2019, 1, 1)), REFERENCE_DAY)
    left_on = leave_reason = None
    if rng.random() < 0.06:
        left_on = _date_between(rng, joined, REFERENCE_DAY)
        leave_reason = rng.choices(reasons, reason_weights)[0]
    consent = e_registered if e_registered and rng.random() < 0.93 else None
    phone = f"+79{rng.randint(100000000, 999999999)}" if rng.random() < 0.85 else None
    sort_key = search_key(f"{surname} {first} {patronymic}")
    return {
        "id": _uuid(rng),
        "last_name": surname,
        "first_name": first,
        "patronymic": patronymic,
        "birth_date": birth.isoformat(),
        "sex": "F" if female else "M",
        "category": category.value,
        "position": rng.choice(positions) if category != Category.PENSIONER else "",
        "phone": phone,
        "email": None,
        "organisation_id": org_id,
        "joined_on": joined.isoformat(),
        "left_on": _iso(left_on),
        "leave_reason": leave_reason,
        "e_registered_on": _iso(e_registered),
        "consent_on": _iso(consent),
        "notes": "",
        "sort_key": sort_key,
        "search_text": f"{sort_key} {phone[-10:] if phone else ''}".strip(),
        "identity_key": f"{sort_key}|{birth.isoformat()}",
    }
