"""Which column holds what: Russian titles as offices write them, found in the top rows.

A title is compared after folding case, "ё" and spacing and dropping punctuation, so
"ДАТА  РОЖДЕНИЯ:", "Дата рождения" and "дата рождения (дд.мм.гггг)" all mean birth_date.
Every title of app.models.export.EXPORT_COLUMNS is known, so an exported file reads back.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from ..models.errors import ValidationError
from ..models.export import EXPORT_COLUMNS
from ..models.text import search_key
from .values import text_of

# field -> the label shown to the user (wizard, error messages)
FIELD_TITLES: dict[str, str] = {
    "full_name": "ФИО",
    "last_name": "Фамилия",
    "first_name": "Имя",
    "patronymic": "Отчество",
    "birth_date": "Дата рождения",
    "birth_year": "Год рождения",
    "sex": "Пол",
    "category": "Категория",
    "position": "Должность",
    "phone": "Телефон",
    "email": "Электронная почта",
    "joined_on": "Дата вступления",
    "left_on": "Дата выхода",
    "leave_reason": "Причина выхода",
    "e_registered_on": "Дата постановки на электронный учёт",
    "consent_on": "Дата согласия на обработку персональных данных",
    "card_number": "Номер профсоюзного билета",
    "organisation": "Организация",
    "organisation_code": "Код организации",
    "notes": "Примечание",
    "id": "Идентификатор",
}
DATE_FIELDS = ("birth_date", "joined_on", "left_on", "e_registered_on", "consent_on")

_ALIASES: dict[str, tuple[str, ...]] = {
    "full_name": (
        "фио",
        "ф и о",
        "фамилия имя отчество",
        "фамилия имя и отчество",
        "фио члена профсоюза",
        "фио полностью",
    ),
    "last_name": ("фамилия",),
    "first_name": ("имя",),
    "patronymic": ("отчество",),
    "birth_date": ("дата рождения", "день рождения", "дата рожд", "д р", "др"),
    "birth_year": ("год рождения", "г р", "гр", "год рожд"),
    "sex": ("пол",),
    "category": ("категория", "категория члена профсоюза", "статус"),
    "position": ("должность", "профессия", "должность профессия", "занимаемая должность"),
    "phone": (
        "телефон",
        "тел",
        "номер телефона",
        "мобильный телефон",
        "контактный телефон",
        "сотовый телефон",
        "моб телефон",
    ),
    "email": (
        "электронная почта",
        "эл почта",
        "email",
        "e mail",
        "адрес электронной почты",
        "почта",
    ),
    "joined_on": (
        "дата вступления",
        "дата вступления в профсоюз",
        "дата приема в профсоюз",
        "дата постановки на учет в профсоюзе",
    ),
    "left_on": ("дата выхода", "дата выхода из профсоюза", "дата выбытия", "дата исключения"),
    "leave_reason": ("причина выхода", "причина выбытия", "причина выхода из профсоюза"),
    "e_registered_on": (
        "дата постановки на электронный учет",
        "дата постановки на эл учет",
        "электронный учет",
        "дата электронного учета",
        "дата постановки на электронный учет в профсоюзе",
    ),
    "consent_on": (
        "дата согласия на обработку персональных данных",
        "дата согласия",
        "согласие на обработку персональных данных",
        "согласие на обработку пд",
        "дата согласия на обработку пд",
    ),
    "card_number": (
        "номер профсоюзного билета",
        "номер билета",
        "профсоюзный билет",
        "билет",
        "номер электронного профсоюзного билета",
        "номер карты",
        "номер карточки",
        "номер профбилета",
    ),
    "organisation": (
        "организация",
        "первичная организация",
        "первичная профсоюзная организация",
        "ппо",
        "наименование организации",
        "название организации",
        "место работы",
        "образовательная организация",
        "учреждение",
    ),
    "organisation_code": ("код организации", "код ппо", "код"),
    "notes": ("примечание", "примечания", "комментарий"),
    "id": ("идентификатор", "id"),
}
# the export's own titles, whatever they are now
_EXPORT_KEYS = {"organization_code": "organisation_code"}

_PUNCTUATION = re.compile(r"[^\w\s]|_")
_BRACKETS = re.compile(r"\([^)]*\)")
HEADER_SEARCH_ROWS = 30


def normalise_title(text: object) -> str:
    """'  ДАТА  Рождения (дд.мм.гггг):' -> 'дата рождения'."""
    folded = search_key(_BRACKETS.sub(" ", text_of(text)).replace("№", " номер "))
    return " ".join(_PUNCTUATION.sub(" ", folded).split())


def _known_titles() -> dict[str, str]:
    known: dict[str, str] = {}
    for key, aliases in _ALIASES.items():
        for alias in aliases:
            known[normalise_title(alias)] = key
    for key, title in EXPORT_COLUMNS.items():
        # the XLSX export's Russian titles and the CSV export's machine keys
        known[normalise_title(title)] = _EXPORT_KEYS.get(key, key)
        known[normalise_title(key)] = _EXPORT_KEYS.get(key, key)
    return known


KNOWN_TITLES = _known_titles()


def recognise(title: object, overrides: dict[str, str | None] | None = None) -> str | None:
    """The field a column title means, or None; `overrides` (title -> field) come first."""
    norm = normalise_title(title)
    if not norm:
        return None
    if overrides and norm in overrides:
        return overrides[norm] or None
    found = KNOWN_TITLES.get(norm)
    if found is None and "номер" in norm.split():  # "Билет №", "№ билета"
        found = KNOWN_TITLES.get(" ".join(w for w in norm.split() if w != "номер"))
    return found


@dataclass
class Layout:
    """Where the header is and which column is which field (column index -> field)."""

    header_row: int  # as the spreadsheet numbers rows, from 1
    titles: list[str]
    mapping: dict[int, str] = field(default_factory=dict)

    def fields(self) -> set[str]:
        return set(self.mapping.values())

    def check(self) -> None:
        """Refuse a mapping the import cannot work with, in one sentence."""
        fields = list(self.mapping.values())
        twice = sorted({f for f in fields if fields.count(f) > 1}, key=list(FIELD_TITLES).index)
        if twice:
            raise ValidationError(
                f"Столбец «{FIELD_TITLES[twice[0]]}» выбран для нескольких колонок: оставьте один."
            )
        has = set(fields)
        if "full_name" not in has and not {"last_name", "first_name"} <= has:
            raise ValidationError(
                "В файле не найдены столбцы с ФИО: нужен столбец «ФИО» или столбцы "
                "«Фамилия» и «Имя»."
            )
        if "full_name" in has and has & {"last_name", "first_name", "patronymic"}:
            raise ValidationError(
                "Выбраны и столбец «ФИО», и отдельные «Фамилия»/«Имя»/«Отчество»: оставьте "
                "что-то одно."
            )


def mapping_for(titles: Sequence[object], overrides: dict[str, str | None] | None = None) -> dict:
    """Column index -> field for a header row; a field taken twice keeps its first column."""
    mapping: dict[int, str] = {}
    for index, title in enumerate(titles):
        key = recognise(title, overrides)
        if key and key not in mapping.values():
            mapping[index] = key
    fields = set(mapping.values())
    if "full_name" in fields and fields & {"last_name", "first_name"}:
        # both "ФИО" and separate name columns: the separate ones are the surer
        mapping = {i: k for i, k in mapping.items() if k != "full_name"}
    return mapping


def _score(mapping: dict[int, str]) -> int:
    fields = set(mapping.values())
    if "full_name" not in fields and "last_name" not in fields:
        return 0
    return len(fields)


def detect_layout(
    rows: Iterable[tuple[int, Sequence[object]]],
    overrides: dict[str, str | None] | None = None,
) -> Layout:
    """Find the header among the first rows: the one naming the most known fields."""
    best: Layout | None = None
    best_score = 0
    for number, values in rows:
        if number > HEADER_SEARCH_ROWS:
            break
        mapping = mapping_for(values, overrides)
        score = _score(mapping)
        if score > best_score and score >= 2:
            best = Layout(number, [text_of(v) for v in values], mapping)
            best_score = score
    if best is None:
        raise ValidationError(
            "В первых строках файла не найдена строка заголовков: нужны столбцы «ФИО» "
            "(или «Фамилия», «Имя») и, например, «Дата рождения»."
        )
    while best.titles and not best.titles[-1]:
        best.titles.pop()
    return best
