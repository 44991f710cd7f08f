"""Card barcodes as vector bars: python-barcode encodes, we draw whole-dot rectangles.

At 300 dpi a dot is 25.4/300 mm. A module of a whole number of dots prints every bar the
same width on a 300-dpi card printer: 3 dots (0.254 mm) for Code 128, 4 dots (0.339 mm)
for EAN-13, whose module must be at least 0.264 mm. Quiet zones: 10 modules each side for
Code 128, 11 left and 7 right for EAN-13.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..errors import ValidationError

DOT_MM = 25.4 / 300
CODE128 = "code128"
EAN13 = "ean13"


@dataclass(frozen=True)
class Symbology:
    name: str
    module_dots: int
    quiet_left: int  # modules
    quiet_right: int

    @property
    def module_mm(self) -> float:
        return self.module_dots * DOT_MM


SYMBOLOGIES = {
    CODE128: Symbology(CODE128, 3, 10, 10),
    EAN13: Symbology(EAN13, 4, 11, 7),
}


def symbology(name: str) -> Symbology:
    try:
        return SYMBOLOGIES[name]
    except KeyError:
        raise ValidationError(f"Штрихкод «{name}» не поддерживается: code128 или ean13.") from None


def modules(kind: str, number: str) -> str:
    """The module string ('1' bar, '0' space) without quiet zones. python-barcode is
    imported here: the layouts (SYMBOLOGIES) are read without it."""
    from barcode.codex import Code128
    from barcode.ean import EuropeanArticleNumber13

    if kind == EAN13:
        if not (len(number) == 13 and number.isdigit()):
            raise ValidationError(f"Номер «{number}» не подходит для EAN-13: нужно 13 цифр.")
        code = EuropeanArticleNumber13(number[:12])
        if code.get_fullcode() != number:
            raise ValidationError(f"У номера «{number}» неверная контрольная цифра EAN-13.")
        return code.build()[0]
    if kind == CODE128:
        if not number:
            raise ValidationError("Пустой номер билета нельзя напечатать штрихкодом.")
        return Code128(number).build()[0]
    symbology(kind)
    raise AssertionError(kind)


def bar_runs(module_string: str) -> list[tuple[int, int]]:
    """(first module, width in modules) of each bar, neighbouring bar modules merged."""
    runs: list[tuple[int, int]] = []
    start = -1
    for i, m in enumerate(module_string):
        if m == "1":
            if start < 0:
                start = i
        elif start >= 0:
            runs.append((start, i - start))
            start = -1
    if start >= 0:
        runs.append((start, len(module_string) - start))
    return runs


def total_width_mm(kind: str, module_count: int, module_mm: float | None = None) -> float:
    """Width of the symbol with its quiet zones."""
    sym = symbology(kind)
    return (module_count + sym.quiet_left + sym.quiet_right) * (module_mm or sym.module_mm)
