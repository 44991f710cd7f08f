"""The office's card layouts: one renderer for screen and PDF, versions, files, the fit check."""

from __future__ import annotations

import base64
import json
import shutil
import subprocess
from pathlib import Path

import pytest
from reportlab.lib.units import mm

from app.errors import ValidationError
from app.models import OrgKind
from app.models import card_batches as batch_ops
from app.models import cards as card_ops
from app.models.members import create_member
from app.models.organisations import create_org, region
from app.paths import resource
from app.printing.card_layout import place_side, safe_area_problems
from app.printing.card_renderer import CardRenderer
from app.printing.card_templates import CARD_H, load_template, parse_template
from app.printing.cards_pdf import card_printer_pdf
from app.services import layouts
from app.services.fit_check import fit_check

POPPLER = pytest.mark.skipif(not shutil.which("pdftotext"), reason="pdftotext is not installed")


@pytest.fixture
def people(region_db):
    with region_db.session() as s:
        school = create_org(
            s, kind=OrgKind.PRIMARY, parent_id=region(s).id, name="Школа № 7", code="R-07"
        )
        for last in ("Иванова", "Петрова", "Сидорова"):
            create_member(
                s, {"last_name": last, "first_name": "Анна", "organisation_id": school.id}
            )
    return region_db


def _office_body(**changes) -> dict:
    body = layouts.template_body(load_template("default"))
    body["name"], body["title"] = "office", "Билет офиса"
    body.update(changes)
    return body


def _words(pdf: Path) -> list[list[tuple[str, float, float, float, float]]]:
    """Each page's words as (text, xMin, yMin, xMax, yMax) in points from the top-left."""
    html = subprocess.run(
        ["pdftotext", "-bbox", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    pages: list[list] = []
    for line in html.splitlines():
        line = line.strip()
        if line.startswith("<page"):
            pages.append([])
        elif line.startswith("<word"):
            attrs = dict(
                part.split("=", 1) for part in line[6 : line.index(">")].split() if "=" in part
            )
            text = line[line.index(">") + 1 : line.rindex("<")]
            pages[-1].append(
                (text, *(float(attrs[k].strip('"')) for k in ("xMin", "yMin", "xMax", "yMax")))
            )
    return pages


@POPPLER
def test_the_pdf_puts_every_text_line_where_the_designer_places_it(people, tmp_path):
    with people.session() as s:
        records = card_ops.prepare_print(s, "R-07")[:1]
    template = load_template("default")
    pdf = card_printer_pdf(records, template, tmp_path / "card.pdf")
    renderer = CardRenderer(template)
    pages = _words(pdf)
    checked = 0
    for page, side in zip(pages, ("front", "back"), strict=True):
        for placed in place_side(renderer, records[0], side):
            for line in placed.lines:
                first = line.text.split()[0]
                word = next(
                    w
                    for w in page
                    if w[0] == first.replace("&", "&amp;") and abs(w[1] - line.x * mm) < 0.5
                )
                assert word[2] < line.baseline * mm < word[4]
                checked += 1
    assert checked >= 10


def test_placed_text_stays_inside_its_box_and_shrinks_a_long_surname(people):
    with people.session() as s:
        record = card_ops.prepare_print(s, "R-07")[0]
    long = record.__class__(
        **{**record.__dict__, "last_name": "Константинопольская-Рождественская"}
    )
    renderer = CardRenderer(load_template("default"))
    surname = next(
        p for p in place_side(renderer, long, "front") if p.element.get("text") == "{last_name}"
    )
    assert surname.size < 14
    (line,) = surname.lines
    assert surname.x <= line.x and line.x + line.width <= surname.x + surname.w + 1e-6
    assert 0 < line.baseline < CARD_H


def test_a_saved_layout_gets_versions_and_prints_with_the_version_of_its_batch(people, tmp_path):
    body = _office_body()
    with people.session() as s:
        assert layouts.save_layout(s, "office", body) == 1
        body["front"][7]["size"] = 10  # {last_name}: smaller
        assert layouts.save_layout(s, "office", body) == 2
        first, v1 = layouts.load_layout(s, "office", 1)
        latest, v2 = layouts.load_layout(s, "office")
        names = {i.name: i for i in layouts.list_layouts(s)}
    assert (v1, v2) == (1, 2)
    assert first.front[7]["size"] == 14 and latest.front[7]["size"] == 10
    assert names["office"].version == 2 and not names["office"].built_in
    assert names["default"].built_in
    with people.session() as s:
        records = card_ops.prepare_print(s, "R-07")
        batch = batch_ops.create_batch(s, records, "office", "card", "", "", 1)
    with people.session() as s:
        info = batch_ops.list_batch(s, batch)
        again, _ = layouts.load_layout(s, info.template, info.template_version)
    assert info.template_version == 1 and again.front[7]["size"] == 14


def test_a_built_in_layout_is_read_only(people):
    with people.session() as s, pytest.raises(ValidationError, match="встроен"):
        layouts.save_layout(s, "default", _office_body(name="default"))


@pytest.mark.parametrize(
    ("change", "words"),
    [
        ({"type": "hologram", "x": 1, "y": 1, "w": 2, "h": 2}, "неизвестный тип"),
        ({"type": "box", "x": 5, "y": 5, "w": -3, "h": 2}, "больше нуля"),
        ({"type": "text", "text": "Привет", "x": 80, "y": 5, "w": 20, "h": 4}, "выходит за край"),
        (
            {"type": "text", "text": "Привет", "font": "comic", "x": 5, "y": 5, "w": 20, "h": 4},
            "шрифт",
        ),
        ({"type": "image", "source": "нет.png", "x": 5, "y": 5, "w": 9, "h": 9}, "картинки"),
        ({"type": "text", "text": "{salary}", "x": 5, "y": 5, "w": 20, "h": 4}, "неизвестное поле"),
    ],
)
def test_a_bad_layout_file_is_refused_naming_the_element(people, tmp_path, change, words):
    with people.session() as s:
        layouts.save_layout(s, "office", _office_body())
    bad = _office_body()
    bad["back"].append(change)
    path = tmp_path / "bad.json"
    path.write_text(json.dumps(bad, ensure_ascii=False), encoding="utf-8")
    with people.session() as s, pytest.raises(ValidationError) as caught:
        layouts.import_layout(s, path)
    message = str(caught.value)
    assert words in message and "оборот, элемент 9" in message and "\n" not in message
    with people.session() as s:  # the layout in use is untouched
        assert layouts.load_layout(s, "office")[1] == 1


def test_a_huge_image_or_file_is_refused(people, tmp_path):
    big = tmp_path / "big.png"
    big.write_bytes(b"\x89PNG" + b"0" * (50 * 2**20))
    with pytest.raises(ValidationError, match="больше 2 МБ"):
        layouts.embed_image(big)
    with people.session() as s, pytest.raises(ValidationError, match="больше 20 МБ"):
        layouts.import_layout(s, big)
    not_image = _office_body()
    not_image["front"].append(
        {
            "type": "image",
            "data": base64.b64encode(b"hello").decode(),
            "x": 5,
            "y": 5,
            "w": 5,
            "h": 5,
        }
    )
    with pytest.raises(ValidationError, match="не изображение"):
        parse_template(not_image, "office")


def test_export_embeds_images_and_import_makes_a_new_version(people, tmp_path):
    logo = layouts.embed_image(resource("images", "emblem.png"))
    body = _office_body()
    body["back"].append({"type": "image", "data": logo, "x": 70, "y": 42, "w": 10, "h": 7})
    with people.session() as s:
        layouts.save_layout(s, "office", body)
        layouts.export_layout(s, "office", tmp_path / "office.json")
    shipped = json.loads((tmp_path / "office.json").read_text(encoding="utf-8"))
    assert shipped["name"] == "office" and shipped["back"][-1]["data"] == logo
    with people.session() as s:
        assert layouts.import_layout(s, tmp_path / "office.json") == ("office", 2)
        template, _ = layouts.load_layout(s, "office")
        records = card_ops.prepare_print(s, "R-07")
    pdf = card_printer_pdf(records[:1], template, tmp_path / "logo.pdf")
    assert b"/Subtype /Image" in pdf.read_bytes()


def test_fit_check_finds_a_planted_long_surname(people):
    with people.session() as s:
        from app.models.organisations import get_by_code

        org_id = get_by_code(s, "R-07").id
        planted = create_member(
            s,
            {
                "last_name": "Непомещающаяся-Длиннофамильная-Предлиннейшая",
                "first_name": "Анна",
                "organisation_id": org_id,
            },
        ).id
        result = fit_check(load_template("default"), s)
    assert result.members == 4
    assert [(m.member_id, m.element) for m in result.misfits] == [(planted, "текст {last_name}")]
    assert result.misfits[0].full_name.startswith("Непомещающаяся")
    worst = result.worst["лицо: текст {last_name}"]
    assert worst.member_id == planted


def test_safe_area_and_quiet_zone_problems_are_named():
    body = _office_body()
    body["back"][4].update(w=30)  # the barcode's box: narrower than its quiet zones
    body["front"].append({"type": "text", "text": "Край", "x": 1, "y": 20, "w": 10, "h": 4})
    messages = [p.message for p in safe_area_problems(parse_template(body, "office"))]
    assert any("тихая зона обрезана" in m for m in messages)
    assert "Текст Край заходит за безопасное поле 3 мм." in messages


@pytest.mark.parametrize("name", ["default", "ean13"])
def test_the_built_in_layouts_keep_texts_and_logos_inside_the_safe_area(name):
    assert safe_area_problems(load_template(name)) == []


@POPPLER
def test_a_hidden_element_is_not_printed_nor_checked(people, tmp_path):
    """Issue 19, point 2: hidden stays in the layout, prints nothing, is not fit-checked."""
    body = _office_body()
    surname = next(i for i, e in enumerate(body["front"]) if e.get("text") == "{last_name}")
    body["front"][surname]["hidden"] = True
    body["front"][surname]["x"] = 0.5  # would cross the safe area if it printed
    with people.session() as s:
        layouts.save_layout(s, "office", body)
        template, _version = layouts.load_layout(s, "office")
        records = card_ops.prepare_print(s, "R-07")[:1]
        report = fit_check(template, s)
    assert template.front[surname]["hidden"] is True  # saved and read back
    pdf = card_printer_pdf(records, template, tmp_path / "card.pdf")
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True).stdout
    assert records[0].last_name.upper() not in text and records[0].first_name in text
    assert not safe_area_problems(template)
    assert not any(w.startswith("лицо: текст {last_name}") for w in report.worst)
    placed = place_side(CardRenderer(template), records[0], "front")[surname]
    assert placed.lines  # the designer can still draw it faintly
