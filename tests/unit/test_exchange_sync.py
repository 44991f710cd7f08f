"""A region and two district copies as separate databases, exchanging real files."""

from __future__ import annotations

import datetime as dt
import hashlib
import struct
from pathlib import Path

import pytest
from sqlalchemy import func, select

from app.exchange import (
    ExchangeFileError,
    export_exchange,
    import_exchange,
    is_regional,
    list_conflicts,
    resolve_conflict,
)
from app.exchange.fileformat import MAGIC
from app.exchange.records import Codec, scope_of
from app.models import Card, ChangeLogEntry, Member, Organisation, demo, open_database
from app.models.members import create_member, move_member, update_member
from app.models.organisations import create_org, get_by_code, region, update_org

PASS = "общая фраза обмена 2026"


class Copy:
    """One installation: its database and the files it writes."""

    def __init__(self, folder: Path, name: str, location: Path | str | None = None) -> None:
        self.folder = folder
        self.name = name
        self.db = open_database(location or folder / f"{name}.sqlite3")
        self.files = 0

    def export(self, org: str | None = None, **kw) -> Path:
        self.files += 1
        path = self.folder / f"{self.name}-{self.files}.pdx"
        with self.db.session() as s:
            export_exchange(s, path, PASS, org, **kw)
        return path

    def load(self, path: Path, passphrase: str = PASS, dry_run: bool = False):  # noqa: ANN201
        with self.db.session() as s:
            return import_exchange(s, path, passphrase, dry_run=dry_run)

    def member(self, member_id: str) -> Member:
        with self.db.session() as s:
            return s.get(Member, member_id)

    def edit(self, member_id: str, **values) -> None:
        with self.db.session() as s:
            update_member(s, member_id, values)

    def conflicts(self):  # noqa: ANN201
        with self.db.session() as s:
            return list_conflicts(s)

    def resolve_all(self, take: str) -> None:
        for c in self.conflicts():
            with self.db.session() as s:
                resolve_conflict(s, c.id, take)

    def snapshot(self, org_code: str) -> dict:
        """Every exchanged column of every record in the organisation's subtree."""
        out = {}
        with self.db.session() as s:
            scope = scope_of(s, get_by_code(s, org_code).id)
            for entity, model in (
                ("organisation", Organisation),
                ("member", Member),
                ("card", Card),
            ):
                codec = Codec.of(model)
                ids = scope.entity_ids(s, entity, model)
                table = model.__table__
                rows = s.execute(
                    select(table.c.id, *[table.c[c] for c in codec.columns]).where(
                        table.c.id.in_(ids)
                    )
                )
                out[entity] = {r[0]: tuple(r[1:]) for r in rows}
        return out

    def close(self) -> None:
        self.db.close()


@pytest.fixture
def copies(tmp_path: Path, db_path):
    """The region with a demo tree (on a SQLite file or on a PostgreSQL server, as a large
    regional office may run it) and the copies of districts T01 and T02 made from it."""
    reg = Copy(tmp_path, "region", db_path)
    with reg.db.session(log_changes=False) as s:
        demo.generate(s, members=500, seed=11)
    t1, t2 = Copy(tmp_path, "t01"), Copy(tmp_path, "t02")
    report = t1.load(reg.export("T01"))
    assert report.district_created and report.created > 3
    t2.load(reg.export("T02"))
    yield reg, t1, t2
    for c in (reg, t1, t2):
        c.close()


def members_of(copy: Copy, org_code: str) -> list[str]:
    with copy.db.session() as s:
        orgs = scope_of(s, get_by_code(s, org_code).id).org_ids
        return list(
            s.scalars(
                select(Member.id).where(Member.organisation_id.in_(orgs)).order_by(Member.sort_key)
            )
        )


def primary_of(copy: Copy, org_code: str) -> str:
    with copy.db.session() as s:
        t = get_by_code(s, org_code)
        return s.scalar(select(Organisation.id).where(Organisation.parent_id == t.id).limit(1))


def sync(reg: Copy, district: Copy, code: str) -> None:
    """District to region and back, twice, as the offices do over two weeks."""
    for _ in range(2):
        reg.load(district.export())
        district.load(reg.export(code))


def test_district_copy_holds_only_its_organisation(copies) -> None:
    reg, t1, t2 = copies
    with t1.db.session() as s:
        assert not is_regional(s)
        codes = set(s.scalars(select(Organisation.code)))
        assert codes == {"R46"} | {c for c in codes if c.startswith("T01")}
        assert s.scalar(select(func.count()).select_from(Member)) == len(members_of(reg, "T01"))
    with reg.db.session() as s:
        assert is_regional(s)
    assert t1.snapshot("T01") == reg.snapshot("T01")
    assert t2.snapshot("T02") == reg.snapshot("T02")


def test_edits_on_both_sides_and_two_districts_merge(copies) -> None:
    reg, t1, t2 = copies
    a, b = members_of(reg, "T01")[:2]
    c = members_of(reg, "T02")[0]
    t1.edit(a, phone="+7 900 100 00 01")
    t1.edit(b, position="Завуч")
    reg.edit(a, notes="Переоформить билет")  # another field of the same member
    t2.edit(c, position="Воспитатель")
    with t1.db.session() as s:
        new_id = create_member(
            s,
            {
                "last_name": "Новикова",
                "first_name": "Вера",
                "organisation_id": primary_of(t1, "T01"),
                "birth_date": dt.date(1991, 3, 4),
            },
        ).id
    report = reg.load(t1.export())
    assert (report.created, report.updated, report.conflicts, report.refused) == (1, 2, 0, 0)
    reg.load(t2.export())
    assert reg.member(a).phone == "+79001000001" and reg.member(a).notes == "Переоформить билет"
    assert reg.member(b).position == "Завуч" and reg.member(c).position == "Воспитатель"
    assert reg.member(new_id).last_name == "Новикова"
    t1.load(reg.export("T01"))
    t2.load(reg.export("T02"))
    assert t1.member(a).notes == "Переоформить билет"
    assert t1.snapshot("T01") == reg.snapshot("T01")
    assert t2.snapshot("T02") == reg.snapshot("T02")
    assert not reg.conflicts() and not t1.conflicts()
    # the change log says which installation made each change
    with reg.db.session() as s:
        origin = s.scalar(
            select(ChangeLogEntry.installation_id).where(
                ChangeLogEntry.entity_id == b, ChangeLogEntry.field == "position"
            )
        )
    assert origin == t1.db.installation_id


def test_same_field_on_both_sides_waits_then_copies_agree(copies) -> None:
    reg, t1, _ = copies
    a = members_of(reg, "T01")[0]
    t1.edit(a, phone="+7 900 111 11 11")
    reg.edit(a, phone="+7 900 222 22 22")
    report = reg.load(t1.export())
    assert report.conflicts == 1 and report.updated == 0
    assert reg.member(a).phone == "+79002222222"  # nothing silently overwritten
    [conflict] = reg.conflicts()
    assert (conflict.field, conflict.here, conflict.there) == (
        "phone",
        "+79002222222",
        "+79001111111",
    )
    assert conflict.here_from == "эта база" and "район" in conflict.there_from
    t1.load(reg.export("T01"))
    assert t1.member(a).phone == "+79001111111"
    assert [c.there for c in t1.conflicts()] == ["+79002222222"]
    # the district decides; the decision travels and settles the region's copy too
    t1.resolve_all("here")
    sync(reg, t1, "T01")
    assert reg.member(a).phone == t1.member(a).phone == "+79001111111"
    assert not reg.conflicts() and not t1.conflicts()
    assert t1.snapshot("T01") == reg.snapshot("T01")


def test_file_twice_out_of_order_and_lost(copies) -> None:
    reg, t1, _ = copies
    a, b, c = members_of(reg, "T01")[:3]
    sync(reg, t1, "T01")  # both sides now know what the other holds
    t1.edit(a, position="Первая правка")
    first = t1.export()
    t1.edit(a, position="Вторая правка")
    t1.edit(b, position="Только во втором")
    second = t1.export()
    assert reg.load(second).updated == 2
    late = reg.load(first)  # the older file arrives after the newer one
    assert (late.created, late.updated, late.conflicts) == (0, 0, 0)
    again = reg.load(second)
    assert (again.created, again.updated, again.conflicts, again.refused) == (0, 0, 0, 0)
    assert reg.member(a).position == "Вторая правка"
    # the region's file is lost on the way; the next one still carries its changes
    reg.edit(b, notes="Из потерянного файла")
    reg.export("T01")  # lost
    reg.edit(c, notes="Из следующего файла")
    t1.load(reg.export("T01"))
    assert t1.member(b).notes == "Из потерянного файла"
    assert t1.member(c).notes == "Из следующего файла"
    assert t1.snapshot("T01") == reg.snapshot("T01")


def test_member_moved_by_region_to_another_district(copies) -> None:
    reg, t1, t2 = copies
    sync(reg, t1, "T01")
    sync(reg, t2, "T02")
    a, b = members_of(reg, "T01")[:2]
    t1.edit(b, position="Ещё не отправлено")  # b is moved too, but holds an unsent edit
    with reg.db.session() as s:
        move_member(s, a, primary_of(reg, "T02"))
        move_member(s, b, primary_of(reg, "T02"))
    report = t1.load(reg.export("T01"))
    assert report.moved_out == 1 and t1.member(a) is None
    assert t1.member(b) is not None and report.refused == 1  # kept, and said so
    t2.load(reg.export("T02"))
    assert t2.member(a).organisation_id == primary_of(reg, "T02")
    assert t2.snapshot("T02") == reg.snapshot("T02")


def test_later_files_carry_only_changes(copies) -> None:
    reg, t1, _ = copies
    sync(reg, t1, "T01")
    a = members_of(reg, "T01")[0]
    t1.edit(a, position="Методист")
    with t1.db.session() as s:
        path = t1.folder / "delta.pdx"
        result = export_exchange(s, path, PASS)
    # the changed member, and its card when it has one: a member travels with its cards
    assert not result.full and result.records["member"] == 1
    assert set(result.records) <= {"member", "card"} and result.records.get("card", 0) <= 1


def _count(copy: Copy) -> tuple[int, int]:
    with copy.db.session() as s:
        return (
            s.scalar(select(func.count()).select_from(ChangeLogEntry)),
            s.scalar(select(func.count()).select_from(Member)),
        )


def test_damaged_tampered_foreign_and_wrong_passphrase_change_nothing(copies, tmp_path) -> None:
    reg, t1, t2 = copies
    t1.edit(members_of(reg, "T01")[0], position="Не должно попасть")
    good = t1.export().read_bytes()
    before = _count(reg)

    def attempt(data: bytes, passphrase: str = PASS) -> str:
        path = tmp_path / "bad.pdx"
        path.write_bytes(data)
        with pytest.raises(ExchangeFileError) as error:
            reg.load(path, passphrase)
        return str(error.value)

    assert "Неверная парольная фраза" in attempt(good, "другая фраза обмена")
    assert "повреждён" in attempt(good[: len(good) // 2])
    flipped = bytearray(good)
    flipped[len(good) // 2] ^= 0x01
    assert "повреждён" in attempt(bytes(flipped))
    assert "не файл обмена" in attempt(b"%PDF-1.7 not an exchange file" * 10)
    # someone edits the manifest and fixes the checksum: the encryption still notices
    (length,) = struct.unpack(">I", good[len(MAGIC) : len(MAGIC) + 4])
    header = good[len(MAGIC) + 4 : len(MAGIC) + 4 + length]
    forged = header.replace(b"T01", b"T02")
    body = good[: len(MAGIC) + 4] + forged + good[len(MAGIC) + 4 + length : -32]
    assert "изменён после выгрузки" in attempt(body + hashlib.sha256(body).digest())
    # a district's file given to the other district
    with pytest.raises(ExchangeFileError, match="не той региональной базой"):
        t2.load(t1.export())
    assert _count(reg) == before


def test_district_writing_outside_its_organisation_is_refused(copies) -> None:
    reg, t1, _ = copies
    with t1.db.session() as s:
        top = region(s)
        update_org(s, top.id, name="Переименовано районом")
        create_org(s, kind="primary", parent_id=top.id, name="Школа района", code="X-1")
    a = members_of(reg, "T01")[0]
    t1.edit(a, position="Своё можно")
    report = reg.load(t1.export())
    assert report.refused == 2 and report.updated == 1
    reasons = {r["reason"] for r in report.refused_items}
    assert any("вне" in r for r in reasons)
    with reg.db.session() as s:
        assert region(s).name != "Переименовано районом"
        assert s.scalar(select(Organisation).where(Organisation.code == "X-1")) is None
    t1.load(reg.export("T01"))
    with t1.db.session() as s:  # the region's word comes back for its own records
        assert region(s).name == reg_name(reg)
    assert reg.member(a).position == "Своё можно"


def reg_name(reg: Copy) -> str:
    with reg.db.session() as s:
        return region(s).name


def test_new_member_typed_in_two_places_is_proposed_as_duplicate(copies) -> None:
    reg, t1, _ = copies
    person = {
        "last_name": "Петрова",
        "first_name": "Анна",
        "patronymic": "Ивановна",
        "birth_date": dt.date(1990, 5, 5),
        "organisation_id": primary_of(reg, "T01"),
    }
    with reg.db.session() as s:
        here = create_member(s, dict(person, phone="+7 900 555 55 55")).id
    with t1.db.session() as s:
        there = create_member(s, dict(person, last_name="ПЕТРОВА", email="anna@example.ru")).id
    report = reg.load(t1.export())
    assert report.created == 1 and report.conflicts == 1
    [dup] = reg.conflicts()
    assert dup.kind == "duplicate" and dup.entity_id == here
    with reg.db.session() as s:
        resolve_conflict(s, dup.id, "here")
    kept = reg.member(here)
    assert reg.member(there) is None
    assert kept.email == "anna@example.ru" and kept.phone == "+79005555555"
    sync(reg, t1, "T01")
    assert t1.member(there) is None and t1.member(here).email == "anna@example.ru"
    assert not reg.conflicts() and not t1.conflicts()
    assert t1.snapshot("T01") == reg.snapshot("T01")


def test_dry_run_changes_nothing(copies) -> None:
    reg, t1, _ = copies
    a = members_of(reg, "T01")[0]
    t1.edit(a, position="Пробный")
    path = t1.export()
    before = _count(reg)
    report = reg.load(path, dry_run=True)
    assert report.updated == 1 and report.dry_run
    assert _count(reg) == before and reg.member(a).position != "Пробный"
    assert reg.load(path).updated == 1


def test_card_state_travels_and_numbers_stay_regional(copies) -> None:
    reg, t1, _ = copies
    a = members_of(reg, "T01")[0]
    with reg.db.session() as s:  # the demo may have given the member a card already
        card = s.scalar(select(Card).where(Card.member_id == a, Card.is_current.is_(True)))
        if card is None:
            card = Card(member_id=a, number="2469000000008")
            s.add(card)
        number = card.number
    t1.load(reg.export("T01"))
    with t1.db.session() as s:
        card = s.scalar(select(Card).where(Card.member_id == a))
        assert card.number == number
        card.status = "issued"
        card.handed_on = dt.date(2026, 11, 20)
        card.number = "2469999999999"  # a district may not renumber
    report = reg.load(t1.export())
    assert report.refused == 1
    assert "номера билетов" in report.refused_items[0]["reason"]
    with reg.db.session() as s:
        assert s.scalar(select(Card.number).where(Card.member_id == a)) == number


def test_empty_database_accepts_only_a_full_region_file(copies, tmp_path) -> None:
    reg, t1, _ = copies
    fresh = Copy(tmp_path, "fresh")
    with pytest.raises(ExchangeFileError, match="Новую копию района"):
        fresh.load(t1.export())
    assert _count(fresh) == (0, 0)
    fresh.close()


@pytest.mark.slow
@pytest.mark.parametrize("seed", [1, 2])
def test_random_edits_and_unreliable_delivery_lose_nothing(copies, seed: int) -> None:
    """Edits on both sides, files lost, late, or delivered twice: the last value written
    of every field is always either in force or waiting as a conflict, on both sides; once
    conflicts are settled and files go both ways, the copies agree."""
    import random

    rng = random.Random(seed)
    reg, t1, _ = copies
    members = members_of(reg, "T01")[:4]
    fields = ("position", "notes")
    last: dict[tuple[str, str], str] = {}
    outbox: dict[str, list[Path]] = {"reg": [], "t1": []}
    sides = {"reg": reg, "t1": t1}
    for step in range(10):
        for name, side in sides.items():
            for _ in range(rng.randint(0, 2)):
                m, f = rng.choice(members), rng.choice(fields)
                value = f"{name}-{step}-{rng.randint(0, 999)}"
                side.edit(m, **{f: value})
                last[(m, f)] = value
            outbox[name].append(side.export("T01" if name == "reg" else None))
        for sender, receiver in (("reg", "t1"), ("t1", "reg")):
            files = outbox[sender]
            fate = rng.choice(["latest", "older", "twice", "lost"])
            if fate == "lost" or not files:
                continue
            chosen = files[-1] if fate != "older" else rng.choice(files)
            sides[receiver].load(chosen)
            if fate == "twice":
                assert sides[receiver].load(chosen).updated == 0
    for name, side in sides.items():
        waiting = {(c.entity_id, c.field): (c.here, c.there) for c in side.conflicts()}
        for (m, f), value in last.items():
            here = getattr(side.member(m), f)
            if here != value:
                # not yet delivered, or waiting: then the other copy holds it
                other = sides["t1" if name == "reg" else "reg"]
                in_force_there = getattr(other.member(m), f) == value
                assert in_force_there or value in waiting.get((m, f), ()), (name, m, f, value)
    for _ in range(2):
        reg.load(t1.export())
        t1.load(reg.export("T01"))
    pending = {(c.entity_id, c.field): c.there for c in reg.conflicts()}
    assert set(pending) == {(c.entity_id, c.field) for c in t1.conflicts()}
    reg.resolve_all("there")
    for _ in range(2):
        t1.load(reg.export("T01"))
        reg.load(t1.export())
    assert not reg.conflicts() and not t1.conflicts()
    assert t1.snapshot("T01") == reg.snapshot("T01")
    for (m, f), value in last.items():
        # the last value written is in force, unless a person just chose the other one
        expected = pending.get((m, f), value)
        assert getattr(reg.member(m), f) == getattr(t1.member(m), f) == expected, (m, f)


def test_the_regions_card_layouts_reach_the_district_and_not_back(copies) -> None:
    from app.printing.card_templates import load_template
    from app.services import layouts

    reg, t1, _t2 = copies
    body = layouts.template_body(load_template("default"))
    body["title"] = "Билет Курской области"
    with reg.db.session() as s:
        layouts.save_layout(s, "kursk", body)
        body["front"][5]["text"] = "БИЛЕТ ОБЛАСТИ"
        layouts.save_layout(s, "kursk", body)
    report = t1.load(reg.export("T01"))
    assert report.created >= 2
    with t1.db.session() as s:
        template, version = layouts.load_layout(s, "kursk")
        first, _ = layouts.load_layout(s, "kursk", 1)
        assert version == 2 and template.front[5]["text"] == "БИЛЕТ ОБЛАСТИ"
        assert first.front[5]["text"] == "ЕДИНЫЙ ЭЛЕКТРОННЫЙ ПРОФСОЮЗНЫЙ БИЛЕТ"
        layouts.save_layout(s, "district", body)  # the district's own layout stays its own
    again = t1.load(reg.export("T01"))  # the same versions twice: nothing new
    assert again.created == 0
    reg.load(t1.export())
    with reg.db.session() as s:
        assert [i.name for i in layouts.list_layouts(s) if not i.built_in] == ["kursk"]


def test_the_districts_monthly_snapshots_reach_the_region(copies) -> None:
    from app.models.progress import progress
    from app.models.snapshots import ProgressSnapshot, fill_missing, month_start, take_snapshot

    reg, t1, _t2 = copies
    today = dt.date.today()
    last_month = month_start(today) - dt.timedelta(days=1)
    with t1.db.session() as s:
        take_snapshot(s, last_month)  # the district took last month's figures in that month
        take_snapshot(s, today)
        district = progress(s, "T01", 2, today)
        t1_id = s.info["installation_id"]
        subtree = scope_of(s, get_by_code(s, "T01").id).org_ids
    with reg.db.session() as s:
        take_snapshot(s, today)  # the region's own first start of the month
    reg.load(t1.export())
    with reg.db.session() as s:
        fill_missing(s, 3)  # the region rebuilds its missing months: not over the district's
        rows = list(
            s.scalars(
                select(ProgressSnapshot).where(
                    ProgressSnapshot.organisation_id.in_(subtree),
                    ProgressSnapshot.month >= month_start(last_month),
                )
            )
        )
        assert rows and {(r.source, r.reconstructed) for r in rows} == {(t1_id, False)}
        at_region = progress(s, "T01", 2, today)
        whole = progress(s, None, 2, today)
    assert [(m.day, m.members, m.e_registered) for m in at_region] == [
        (m.day, m.members, m.e_registered) for m in district
    ]
    assert whole[-1].members > at_region[-1].members  # the region sums every district
    # back at the district, its own rows stay its own; the region's months fill the gaps
    with reg.db.session() as s:
        fill_missing(s, 6)
    t1.load(reg.export("T01"))
    with t1.db.session() as s:
        own = s.scalars(select(ProgressSnapshot).where(ProgressSnapshot.source == t1_id)).all()
        assert len(own) == len(rows)
        earlier = s.scalars(
            select(ProgressSnapshot).where(ProgressSnapshot.month < month_start(last_month))
        ).all()
        assert earlier and all(r.reconstructed and r.source != t1_id for r in earlier)
    # a district copy made now from the region's file starts with the months too
    fresh = Copy(reg.folder, "t01-new")
    try:
        fresh.load(reg.export("T01", full=True))
        with fresh.db.session() as s:
            months = s.scalars(select(ProgressSnapshot.month).distinct()).all()
            assert len(months) >= 3
    finally:
        fresh.close()


def test_the_regions_booklet_layout_reaches_the_district_and_prints_there(copies) -> None:
    from app.printing.booklet_layout import load_builtin
    from app.services import booklet_layouts as bl

    reg, t1, _t2 = copies
    body = load_builtin("default").body()
    body["title"] = "Буклет Курской области"
    body["page3"][1]["y"] = 118.0
    with reg.db.session() as s:
        bl.save_layout(s, "kursk-booklet", body)  # saved: the region prints with it
    report = t1.load(reg.export("T01"))
    assert report.created >= 1
    with t1.db.session() as s:
        assert bl.in_use(s) == "kursk-booklet"  # the district prints the region's booklet
        layout = bl.layout_in_use(s)
        assert layout.title == "Буклет Курской области" and layout.pages["page3"][1]["y"] == 118
        from app.services import layouts

        assert "kursk-booklet" not in {i.name for i in layouts.list_layouts(s)}  # not a card
    assert t1.load(reg.export("T01")).created == 0  # the same version twice: nothing new
