"""`cards layouts check` on the CLI's light path (app.models.fastread.fit, widths from
app.printing.font_widths) answers exactly what the SQLAlchemy path with reportlab's own
measuring answers: the members counted, every misfit, the problems and the widest text of
each element (the member named for it too), on names made to be hard: long and hyphenated,
with ё, wide Ш/Щ/Ж next to narrow і/l, equal full names in two organisations, a member
without a card, a closed card longer than any current one, and a long name that has left."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from app.models import Card, Member, OrgKind, open_database
from app.models.fastread import open_reader
from app.models.members import create_member
from app.models.organisations import create_org, region
from app.printing import font_widths
from app.services import layouts
from app.services.fit_check import fit_check, light_fit_check

pytestmark = [pytest.mark.sqlite_only, pytest.mark.plain_file]

PEOPLE = [  # (surname, first name, patronymic)
    ("Непомещающаяся-Длиннофамильная-Предлиннейшая", "Анна", "Ивановна"),
    ("Щукина-Шишкина-Жемчужникова-Щербакова", "Шахризада", "Жоржевна"),
    ("Іllіnі-Lііl-Іlііl-Lіlіlі-Іlіlіlі-Lіl", "Іліі", "Lіl"),
    ("Пономарёва", "Алёна", "Фёдоровна"),
    ("Ёжикова", "Ёлка", ""),
    ("Шишкина", "Жанна", "Щукиновна-Щербаковна-Жемчужниковна"),
    ("Ли", "Ия", "Ильич"),
]
LONG_ORG = (
    "Первичная профсоюзная организация муниципального бюджетного общеобразовательного "
    "учреждения «Средняя общеобразовательная школа № 112 имени Героя Советского Союза "
    "Щербакова-Жемчужникова» города Шиханы Щучинского района"
)


@pytest.fixture
def tricky(demo_db, db_path):
    """The demo with the names above (twice each, in two organisations), an office layout
    "tight" with narrow boxes and every field, and the day's copy made."""
    with demo_db.session() as s:
        top = region(s).id
        long_org = create_org(s, kind=OrgKind.PRIMARY, parent_id=top, name=LONG_ORG, code="LO")
        short = create_org(s, kind=OrgKind.PRIMARY, parent_id=top, name="ЖЩШ", code="Ж1")
        for org in (long_org, short):
            for last, first, patr in PEOPLE:
                create_member(
                    s,
                    {
                        "last_name": last, "first_name": first, "patronymic": patr,
                        "organisation_id": org.id,
                    },
                )  # fmt: skip
        gone = create_member(
            s, {"last_name": "Ушедшая" * 9, "first_name": "Анна", "organisation_id": short.id}
        )
        gone.left_on = dt.date(2024, 5, 1)
        holder = s.scalars(
            select(Member).where(Member.left_on.is_(None), Member.card_number_sort.is_not(None))
        ).first()
        s.add(Card(member_id=holder.id, number="9" * 24, is_current=False, status="lost"))
        body = layouts.template_body(layouts.load_layout(s, "default")[0])
        for side in ("front", "back"):
            for e in body[side]:
                if e["type"] == "text":
                    e["w"] = min(e["w"], 30)
        body["front"] += [
            {"type": "text", "text": "{full_name}", "x": 4, "y": 20, "w": 40, "h": 4, "size": 9},
            {"type": "text", "text": "{organisation_short}", "x": 4, "y": 30, "w": 35, "h": 4},
            {
                "type": "text", "text": "{last_name} {first_name}, {region}", "x": 4, "y": 40,
                "w": 60, "h": 6, "max_lines": 2, "size": 7, "min_size": 5, "upper": True,
            },
        ]  # fmt: skip
        layouts.save_layout(s, "tight", body)
    demo_db.close()
    open_database(db_path).close()  # the second open of the day makes the checked copy
    return db_path


def _both(path, name: str) -> tuple[dict, dict]:
    reader = open_reader(str(path))
    assert reader is not None  # a plain file, the day's copy made: the light path reads it
    try:
        light = light_fit_check(reader, name)
    finally:
        reader.close()
    db = open_database(path)
    try:
        with db.session() as s:
            normal = fit_check(layouts.load_layout(s, name)[0], s)
    finally:
        db.close()
    assert light is not None
    return light.as_json(), normal.as_json()


@pytest.mark.parametrize("name", ["default", "tight"])
def test_the_light_check_answers_as_the_normal_one(tricky, name):
    light, normal = _both(tricky, name)
    assert light == normal
    assert list(light["worst"]) == list(normal["worst"])  # the layout's order of elements
    assert light["members"] == normal["members"] > 500
    if name == "tight":
        assert len(light["misfits"]) > 20 and light["problems"] == []
        elements = {m["element"] for m in light["misfits"]}
        assert {"текст {full_name}", "текст {organisation_short}"} <= elements
        assert not any("Ушедшая" in m["full_name"] for m in light["misfits"])
        # the card numbers' widest is the closed card's 24 digits, which no member holds:
        # the check (as before) names no widest card number then
        assert len(light["worst"]) == 8
        assert not any("card_number" in element for element in light["worst"])


@pytest.mark.parametrize("name", ["default", "tight"])
def test_the_width_table_gives_reportlabs_verdicts(tricky, name, monkeypatch):
    """The same check measured by reportlab itself (no table): the same report."""
    table, _normal = _both(tricky, name)
    monkeypatch.setattr(font_widths, "_face", lambda font: None)
    by_reportlab, normal = _both(tricky, name)
    assert table == by_reportlab == normal


def test_an_unknown_layout_is_left_to_the_normal_path(tricky):
    reader = open_reader(str(tricky))
    try:
        assert light_fit_check(reader, "нет-такого") is None
    finally:
        reader.close()
