"""The width table (resources/fonts/widths.json) measures as reportlab does, to the bit, for
every character a name can hold; a font file that is not the one measured is noticed."""

from __future__ import annotations

import hashlib
import json
import random
import shutil

import pytest
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import getFont, stringWidth

from app.paths import resource
from app.printing import font_widths, fonts

NAMES = [
    "Непомещающаяся-Длиннофамильная-Предлиннейшая",
    "ЩУКИНА-ШИШКИНА ЖЕМЧУЖНИКОВА",
    "Іllіnі Lііl",
    "Пономарёва Алёна Фёдоровна",
    "Ёжикова  Ёлка",
    "О’Коннор д’Артаньян",
    "Школа № 7 «Радуга» — 1\u00a0корпус…",
    "\U0001f600 эмодзи и \u0301 ударение",
    "",
]
SIZES = [1, 4.5, 5, 5.25, 6.5, 7, 7.75, 8, 8.5, 11, 14, 72, 0.1 * 3, 7.1 - 0.25]


@pytest.fixture(scope="module", autouse=True)
def registered():
    fonts.register_fonts()


@pytest.mark.parametrize("font", list(fonts.FILES))
def test_the_table_is_reportlabs_reading_of_the_shipped_file(font):
    entry = json.loads(resource(*font_widths.TABLE).read_text(encoding="utf-8"))[font]
    data = resource("fonts", fonts.FILES[font]).read_bytes()
    # a replaced font file: run `python tools/font_widths.py` and commit the table
    assert entry["sha256"] == hashlib.sha256(data).hexdigest(), "run tools/font_widths.py"
    face = getFont(font).face
    assert {int(k): v for k, v in entry["widths"].items()} == face.charWidths
    assert entry["default"] == face.defaultWidth


@pytest.mark.parametrize("font", list(fonts.FILES))
def test_every_character_measures_as_reportlab_measures_it(font):
    """All of the Basic Multilingual Plane and a little beyond, one character at a time."""
    assert font_widths._face(font) is not None  # noqa: SLF001 - the table is in use
    measure = font_widths.measurer(font)
    for code in range(0x20000):
        if 0xD800 <= code < 0xE000:
            continue  # surrogates: not characters of a Python string read from a file
        char = chr(code)
        expected = stringWidth(char, font, 1)
        assert measure(char) == expected, hex(code)
        assert font_widths.string_width(char, font, 8.5) == stringWidth(char, font, 8.5)


@pytest.mark.parametrize("font", list(fonts.FILES))
def test_texts_measure_to_the_same_float_at_every_size(font):
    face = getFont(font).face
    alphabet = [chr(c) for c in face.charWidths] + ["\U0001f600", "\x00", "\u0301"]
    rng = random.Random(18)
    texts = NAMES + ["".join(rng.choices(alphabet, k=rng.randint(1, 90))) for _ in range(3000)]
    for text in texts:
        for size in SIZES:
            assert font_widths.string_width(text, font, size) == stringWidth(text, font, size)
    assert mm == font_widths.MM


def test_a_changed_font_file_is_measured_by_reportlab(tmp_path, monkeypatch):
    """A font file that is not the one the table was made from (an update without running
    the tool): its widths come from reportlab, never from the stale table."""
    fonts_dir = tmp_path / "fonts"
    shutil.copytree(resource("fonts"), fonts_dir)
    changed = fonts_dir / fonts.FILES[fonts.BOLD]
    changed.write_bytes(changed.read_bytes() + b"\0")
    monkeypatch.setattr(font_widths, "resource", lambda *parts: tmp_path.joinpath(*parts))
    font_widths._face.cache_clear()  # noqa: SLF001
    calls = []
    monkeypatch.setattr(font_widths, "_reportlab_width", lambda *args: calls.append(args) or 1.0)
    try:
        assert font_widths._face(fonts.REGULAR) is not None  # noqa: SLF001 - unchanged
        assert font_widths._face(fonts.BOLD) is None  # noqa: SLF001
        assert font_widths.string_width("Щука", fonts.BOLD, 8) == 1.0
        assert calls == [("Щука", fonts.BOLD, 8)]
        assert font_widths.string_width("Щука", fonts.REGULAR, 8) == stringWidth(
            "Щука", fonts.REGULAR, 8
        )
    finally:
        font_widths._face.cache_clear()  # noqa: SLF001
