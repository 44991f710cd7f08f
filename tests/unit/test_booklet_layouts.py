"""The booklet's layout (issue 19): one renderer for the designer's canvas and the PDF,
hidden elements, versions, files, and the exchange carrying it to the districts."""

from __future__ import annotations

import copy
import json
import shutil
import subprocess
from pathlib import Path

import pytest
from reportlab.lib.units import mm
from sqlalchemy import select

from app.errors import ValidationError
from app.models import ChangeLogEntry, OrgKind
from app.models.members import create_member
from app.models.organisations import create_org, region
from app.printing.booklet import render_booklets, typeset
from app.printing.booklet_content import BookletContent, BookletEntry, BookletTexts, default_texts
from app.printing.booklet_layout import BookletRenderer, load_builtin, parse_layout, text_values
from app.printing.booklet_pages import SINGLE
from app.services import booklet_layouts as bl
from app.services import booklets as bk

POPPLER = pytest.mark.skipif(not shutil.which("pdftotext"), reason="pdftotext is not installed")
ENTRY = BookletEntry(
    "Иванова Анна Сергеевна", "2460000000048", "Школа № 7", "Иванова", "Анна", "Сергеевна"
)


@pytest.fixture
def people(region_db):
    with region_db.session() as s:
        school = create_org(
            s, kind=OrgKind.PRIMARY, parent_id=region(s).id, name="Школа № 7", code="R-07"
        )
        create_member(
            s, {"last_name": "Иванова", "first_name": "Анна", "organisation_id": school.id}
        )
    return region_db


def _texts() -> BookletTexts:
    return BookletTexts.from_dict({**default_texts(), "organisation_name": "Областная организация"})


def _words(pdf: Path) -> list[list[tuple[str, float, float, float, float]]]:
    out = subprocess.run(["pdftotext", "-bbox", str(pdf), "-"], capture_output=True, text=True,
                         check=True).stdout  # fmt: skip
    pages: list[list] = []
    for line in out.splitlines():
        line = line.strip()
        if line.startswith("<page"):
            pages.append([])
        elif line.startswith("<word"):
            attrs = dict(p.split("=", 1) for p in line[6 : line.index(">")].split() if "=" in p)
            text = line[line.index(">") + 1 : line.rindex("<")]
            pages[-1].append((text, *(float(attrs[k].strip('"')) for k in
                                      ("xMin", "yMin", "xMax", "yMax"))))  # fmt: skip
    return pages


@POPPLER
def test_every_text_line_prints_where_the_designer_places_it(tmp_path):
    layout = load_builtin("default")
    pdf = tmp_path / "single.pdf"
    render_booklets(BookletContent(_texts(), entries=[ENTRY], layout=layout), pdf, SINGLE)
    renderer = BookletRenderer(layout, text_values(_texts(), typeset))
    values = {"full_name": ENTRY.full_name, "card_number": ENTRY.card_number,
              "organisation_short": ENTRY.organisation}  # fmt: skip
    checked = 0
    for words, page in zip(_words(pdf), ("page1", "page2", "page3", "page4"), strict=True):
        for placed in renderer.place(page, values):
            if placed.kind != "text":
                continue
            for line in placed.lines:
                first = line.text.split()[0].split("\u00a0")[0]
                word = next(
                    w for w in words
                    if w[0].split("\u00a0")[0] == first.replace("&", "&amp;")
                    and abs(w[1] - line.x * mm) < 0.6 and w[2] < line.baseline * mm < w[4]
                )  # fmt: skip
                assert word, (page, line.text)
                # and the line stays inside its element's box
                assert (
                    placed.x - 0.01 <= line.x <= line.x + line.width <= placed.x + placed.w + 0.01
                )
                checked += 1
    assert checked >= 40
    assert (
        "Иванова Анна Сергеевна"
        in subprocess.run(
            ["pdftotext", "-f", "3", "-l", "3", str(pdf), "-"], capture_output=True, text=True
        ).stdout
    )


@POPPLER
def test_a_hidden_element_is_placed_but_not_printed(tmp_path):
    body = load_builtin("default").body()
    body["page1"][0]["hidden"] = True  # the title
    body["page3"][0]["hidden"] = True  # the card place
    layout = parse_layout(body, "office")
    pdf = tmp_path / "hidden.pdf"
    render_booklets(BookletContent(_texts(), entries=[ENTRY], layout=layout), pdf, SINGLE)
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True).stdout
    assert "Как работать" not in text and "Место для профсоюзного билета" not in text
    assert "Электронный профсоюзный билет" in text  # the subtitle still prints
    placed = BookletRenderer(layout, text_values(_texts())).place("page1", {})
    assert placed[0].element["hidden"] and placed[0].lines  # the designer can show it faintly


def test_office_layouts_get_versions_audit_and_print(people, tmp_path):
    body = load_builtin("default").body()
    body["title"] = "Буклет Курской области"
    body["page3"][1]["y"] = 120.0  # the member's name lower down
    with people.session() as s:
        assert bl.save_layout(s, "kursk", body) == 1
        body["page1"][0]["size"] = 28
        assert bl.save_layout(s, "kursk", body) == 2
        assert bl.in_use(s) == "kursk"  # saved to be printed
        with pytest.raises(ValidationError, match="встроен"):
            bl.save_layout(s, "default", body)
        content = bk.booklet_content(s)
        logged = s.scalars(
            select(ChangeLogEntry)
            .where(ChangeLogEntry.entity == "booklet_layout", ChangeLogEntry.action == "update")
            .order_by(ChangeLogEntry.at)
        ).all()
        versions = [json.loads(e.new_value)["version"] for e in logged]
    assert versions == [1, 2]
    assert content.layout.pages["page3"][1]["y"] == 120.0
    renderer = BookletRenderer(content.layout, text_values(content.texts))
    name = next(p for p in renderer.place("page3", {"full_name": "Иванова Анна"})
                if p.element.get("text") == "{full_name}")  # fmt: skip
    assert 120 < name.lines[0].baseline < 131


def test_export_import_and_bad_files(people, tmp_path):
    out = tmp_path / "booklet.json"
    with people.session() as s:
        bl.export_layout(s, "default", out)
    body = json.loads(out.read_text(encoding="utf-8"))
    body["name"] = "shared"
    out.write_text(json.dumps(body, ensure_ascii=False), encoding="utf-8")
    with people.session() as s:
        assert bl.import_layout(s, out) == ("shared", 1)
    broken = copy.deepcopy(body)
    broken["page2"][3]["text"] = "{steps}"
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps(broken, ensure_ascii=False), encoding="utf-8")
    with people.session() as s, pytest.raises(ValidationError) as refused:
        bl.import_layout(s, bad)
    assert "страница 2, элемент 4" in str(refused.value) and "шаги в приложении" in str(
        refused.value
    )
    twice = copy.deepcopy(body)
    twice["page1"].append({"type": "card_place", "x": 31.2, "y": 24})
    bad.write_text(json.dumps(twice, ensure_ascii=False), encoding="utf-8")
    with people.session() as s, pytest.raises(ValidationError, match="больше одного места"):
        bl.import_layout(s, bad)
    from app.services import layouts

    card = tmp_path / "card.json"
    with people.session() as s:
        layouts.export_layout(s, "default", card)
        with pytest.raises(ValidationError, match="не макет буклета"):
            bl.import_layout(s, card)
        assert [i.version for i in bl.list_layouts(s) if i.name == "shared"] == [1]
