"""A sheet's cell never runs text off the page: a word wider than its column is broken."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth

from app.printing import fonts
from app.printing.sheet_table import SIZE, _wrap


def test_a_name_without_spaces_is_broken_inside_its_column() -> None:
    fonts.register_fonts()
    width = 50 * mm
    for text in ("Д" * 319 + "…", "Иванова " + "Д" * 300 + "…", "Иванова Анна Петровна"):
        lines = _wrap(text, width)
        assert all(stringWidth(line, fonts.REGULAR, SIZE) <= width for line in lines)
        assert "".join(lines).replace(" ", "") == text.replace(" ", "")  # nothing lost
    assert _wrap("Иванова Анна Петровна", width) == ["Иванова Анна Петровна"]
