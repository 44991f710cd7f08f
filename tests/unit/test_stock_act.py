"""The transfer act: quantities in Russian words, and the words in the PDF itself."""

from __future__ import annotations

import datetime as dt
import shutil
import subprocess

import pytest

from app.printing.ru_numbers import number_words, plural, quantity_text
from app.printing.transfer_act import TransferAct, write_transfer_act


@pytest.mark.parametrize(
    ("n", "text"),
    [
        (0, "0\u00a0(ноль) экземпляров"),
        (1, "1\u00a0(один) экземпляр"),
        (2, "2\u00a0(два) экземпляра"),
        (4, "4\u00a0(четыре) экземпляра"),
        (5, "5\u00a0(пять) экземпляров"),
        (11, "11\u00a0(одиннадцать) экземпляров"),
        (14, "14\u00a0(четырнадцать) экземпляров"),
        (21, "21\u00a0(двадцать один) экземпляр"),
        (112, "112\u00a0(сто двенадцать) экземпляров"),
        (1000, "1\u00a0000\u00a0(одна тысяча) экземпляров"),
        (2500, "2\u00a0500\u00a0(две тысячи пятьсот) экземпляров"),
        (5001, "5\u00a0001\u00a0(пять тысяч один) экземпляр"),
        (11000, "11\u00a0000\u00a0(одиннадцать тысяч) экземпляров"),
        (22222, "22\u00a0222\u00a0(двадцать две тысячи двести двадцать два) экземпляра"),
    ],
)
def test_quantity_in_words(n, text):
    assert quantity_text(n) == text


def test_big_numbers_and_plurals():
    assert number_words(2_000_000) == "два миллиона"
    assert number_words(1_001_000) == "один миллион одна тысяча"
    assert number_words(25_000) == "двадцать пять тысяч"
    forms = ("буклет", "буклета", "буклетов")
    assert [plural(n, forms) for n in (1, 3, 7, 12, 101, 111, 1002)] == [
        "буклет",
        "буклета",
        "буклетов",
        "буклетов",
        "буклет",
        "буклетов",
        "буклета",
    ]


def pdf_text(path) -> str:
    out = subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True)
    return " ".join(out.stdout.replace("\u00a0", " ").split())


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler-utils")
def test_act_pdf_carries_quantity_in_words(tmp_path):
    act = TransferAct(
        number=7,
        date=dt.date(2026, 2, 3),
        from_name="Курская областная организация Профсоюза",
        to_name="Беловская районная организация Профсоюза",
        edition="Как работать в Профкардс? 2026",
        edition_year=2026,
        quantity=2500,
        received_by="Иванова А. П.",
        received_on=dt.date(2026, 2, 5),
        received_quantity=2480,
    )
    target = write_transfer_act(act, tmp_path / "акт № 7.pdf")
    text = pdf_text(target)
    assert "АКТ ПРИЁМА-ПЕРЕДАЧИ № 7" in text
    assert "2 500 (две тысячи пятьсот) экземпляров" in text
    assert "2 480 (две тысячи четыреста восемьдесят) экземпляров" in text
    assert "Курская областная организация Профсоюза" in text
    assert "Беловская районная организация Профсоюза" in text
    assert "«03» февраля 2026 г." in text and "«05» февраля 2026 г." in text
    assert "Передал" in text and "Принял" in text and "Иванова А. П." in text
    assert text.count("(подпись)") == 2
    fonts = subprocess.run(["pdffonts", str(target)], capture_output=True, text=True).stdout
    assert "PTSans-Regular" in fonts and "PTSans-Bold" in fonts
    assert list(tmp_path.iterdir()) == [target]  # no temporary file left behind
