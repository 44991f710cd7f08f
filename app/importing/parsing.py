"""One spreadsheet row -> the member fields it holds, checked, or the reason it cannot go in."""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..models.changes import member_keys
from ..models.entities import Organisation, OrgKind
from ..models.errors import ValidationError
from ..models.limits import text_problem
from ..models.members import clean_member
from ..models.organisations import subtree_ids
from ..models.text import search_key, split_full_name, tidy_name
from . import values as cell
from .headers import DATE_FIELDS, FIELD_TITLES, Layout
from .results import RowError

NAME_FIELDS = ("last_name", "first_name", "patronymic")
_DATE = dt.date
NAME_CACHE = 5_000  # distinct name cells remembered (bounded: memory stays flat)


_QUOTES = re.compile(r"[«»\"'“”„]")
_NUMBER_SIGN = re.compile(r"№\s*")


def org_key(name: str) -> str:
    """'МБОУ «СОШ №1»' and 'мбоу "сош № 1"' are the same organisation."""
    return search_key(_NUMBER_SIGN.sub("№ ", _QUOTES.sub(" ", name)))


class Organisations:
    """Organisation codes and names -> ids, looked up once per import."""

    def __init__(self, session: Session) -> None:
        self.kinds: dict[str, str] = {}
        self.by_code: dict[str, str] = {}
        self.by_name: dict[str, str] = {}
        rows = session.execute(
            select(
                Organisation.id,
                Organisation.code,
                Organisation.name,
                Organisation.short_name,
                Organisation.kind,
            )
        )
        for org_id, code, name, short_name, kind in rows:
            self.kinds[org_id] = kind
            self.by_code[search_key(code)] = org_id
            for text in (name, short_name):
                if text:
                    self.by_name.setdefault(org_key(text), org_id)
        self._cache: dict[tuple[str, bool], str] = {}
        # a user limited to one organisation imports into its subtree only
        db = session.info.get("db")
        scope = getattr(db, "user_org_id", None)
        self.allowed: set[str] | None = set(subtree_ids(session, scope)) if scope else None

    def in_scope(self, org_id: str) -> bool:
        return self.allowed is None or org_id in self.allowed

    def find(self, value: object, code_first: bool) -> str:
        text = cell.text_of(value)
        key = (text, code_first)
        found = self._cache.get(key)
        if found is not None:
            return found
        code, name = search_key(text), org_key(text)
        if code_first:
            org_id = self.by_code.get(code) or self.by_name.get(name)
        else:
            org_id = self.by_name.get(name) or self.by_code.get(code)
        if org_id is None:
            raise cell.CellError(f"Организация «{text}» не найдена: проверьте код или название.")
        if self.kinds[org_id] == OrgKind.REGION:
            raise cell.CellError(
                "Членов Профсоюза учитывают в первичной организации, а не в региональной."
            )
        if not self.in_scope(org_id):
            raise cell.CellError(f"Организация «{text}» вне вашего доступа.")
        self._cache[key] = org_id
        return org_id


@dataclass(slots=True)
class ParsedRow:
    number: int
    values: dict[str, Any]  # member fields present in the row (empty cells left out)
    organisation_id: str
    identity_key: str
    card: str | None
    file_id: str
    derived: dict[str, str]  # the member's derived keys as this row alone makes them
    warnings: list[RowError] = field(default_factory=list)
    # field -> (column title, the cell as written) for values that could not go in
    kept: dict[str, tuple[str, str]] = field(default_factory=dict)
    card_cell: tuple[str, str] = ("", "")  # the card number's column title and cell


def _date_converter(key: str) -> Callable[[Any], dt.date | None]:
    label = FIELD_TITLES[key]
    return lambda value: cell.parse_date(value, label)


# field -> cell value to the value clean_member checks; choices are few, so remembered
_CONVERTERS: dict[str, Callable[[Any], Any]] = {
    **{key: _date_converter(key) for key in DATE_FIELDS},
    "category": functools.lru_cache(maxsize=256)(cell.parse_category),
    "sex": functools.lru_cache(maxsize=256)(cell.parse_sex),
    "leave_reason": functools.lru_cache(maxsize=256)(cell.parse_leave_reason),
    "position": cell.text_of,
    "email": cell.text_of,
    "notes": cell.text_of,
    "phone": cell.text_of,
}
EMPTY_ROW = "пустая строка"
# a field that cannot stay empty: what the member has instead, said in the warning
_KEPT_AS = {
    "category": " Категория не изменена (у нового члена Профсоюза — «работающий»).",
}
IDENTITY_FIELDS = frozenset({*NAME_FIELDS, "birth_date"})
_NOT_A_NAME = re.compile(r"[^\w\s\-'’ʼ.]|[\d_]")
_TOTAL = re.compile(r"^(итого|всего)\b")
_SIGNATURE = re.compile(
    r"^(председател|руководител|директор|заведующ|ответственн|исполнител|составил|подпись|"
    r"секретар|главный бухгалтер|м\.?\s?п\.?$)"
)


def as_written(value: Any) -> str:
    """A cell for a message: text exactly as typed, a number or date as the sheet shows it."""
    return value if value.__class__ is str else cell.text_of(value)


def _blank(value: Any) -> bool:
    return value is None or (value.__class__ is str and not value.strip())


class RowParser:
    """One spreadsheet row -> a ParsedRow, or cell.CellError with the reason."""

    def __init__(self, layout: Layout, orgs: Organisations, default_org: str | None, today):
        self.columns = sorted(layout.mapping.items())
        self.titles = {
            key: (layout.titles[i] if i < len(layout.titles) else "") or FIELD_TITLES[key]
            for i, key in self.columns
        }
        self.order = {title: n for n, title in enumerate(self.titles.values())}
        self.name_columns = [i for i, k in self.columns if k in ("full_name", "last_name")]
        # (column, field, its converter or None, a date field) in the file's column order
        self.plan = [(i, k, _CONVERTERS.get(k), k in DATE_FIELDS) for i, k in self.columns]
        self.orgs = orgs
        self.default_org = default_org
        self.today = today
        self.full_name = "full_name" in self.titles
        self._names: dict[tuple[str, Any], tuple[str, str | None, bool]] = {}
        self._signatures: dict[str, bool] = {}  # name cell -> a signature line's
        self.year_rows = 0  # rows whose «Год рождения» held a year (one warning at the end)

    def is_blank(self, values: Sequence[Any]) -> bool:
        width = len(values)
        for index, _ in self.columns:
            if index < width:
                value = values[index]
                if value is not None and (value.__class__ is not str or value.strip()):
                    return False
        return True

    def not_a_person(self, values: Sequence[Any]) -> str | None:
        """Why a row is not about a person (a total, a signature, a heading), or None.
        Runs on every row: the cheap tests come first, folding only where they hit."""
        filled = []
        for i, v in enumerate(values):  # one pass: the filled cells, and a total among them
            if v.__class__ is str:
                text = v.lstrip()
                if not text:
                    continue
                # «итого»/«всего»: its second letter (casefolded, as search_key does) is
                # т or с; «Иван», «Вера» and most names stop here without being folded
                if (
                    text[0] in "ИиВв"
                    and text[1:2].casefold()[:1] in "тс"
                    and _TOTAL.match(search_key(v))
                ):
                    return f"итоговая строка «{as_written(v)}»"
            elif v is None:
                continue
            filled.append((i, v))
        if not filled:
            return EMPTY_ROW
        if self.is_blank(values):
            shown = " ".join(as_written(v).strip() for _, v in filled)
            return f"в столбцах списка ничего нет, только «{shown}»"
        width = len(values)
        for index in self.name_columns:
            name = values[index] if index < width else None
            if name.__class__ is not str:
                continue
            signature = self._signatures.get(name)
            if signature is None:  # surnames repeat down a list: each one is tested once
                signature = "__" in name or bool(
                    _SIGNATURE.match(name.strip()[:20].lower().replace("ё", "е"))
                )
                if len(self._signatures) > NAME_CACHE:
                    self._signatures.clear()
                self._signatures[name] = signature
            if signature:
                return f"строка подписи «{as_written(name)}»"
        if len(filled) == 1 and filled[0][0] in self.name_columns:
            text = cell.text_of(filled[0][1])
            words = text.split()
            if (
                len(words) == 1
                or text.endswith(":")
                or any(w[:1].islower() for w in words[1:])
                or _NOT_A_NAME.search(text)
            ):
                return f"заголовок раздела «{as_written(filled[0][1])}»"
        return None

    def _name(self, key: str, value: Any) -> tuple[str, str | None, bool]:
        """A name cell -> (tidied, the limits' sentence or None, not a name). Remembered:
        first names and patronymics repeat on every page of a list. Text only: 1 and True
        are one dict key, but not one name."""
        found = self._names.get((key, value)) if value.__class__ is str else None
        if found is None:
            name = tidy_name(cell.text_of(value))
            found = (name, text_problem("member", key, name), bool(_NOT_A_NAME.search(name)))
            if value.__class__ is str:
                if len(self._names) > NAME_CACHE:
                    self._names.clear()
                self._names[(key, value)] = found
        return found

    def _split(self, value: Any) -> list[tuple[str, str | None, bool]]:
        names = split_full_name(cell.text_of(value))
        return [
            (name, text_problem("member", key, name), bool(_NOT_A_NAME.search(name)))
            for key, name in zip(NAME_FIELDS, names, strict=True)
        ]

    def parse(self, number: int, raw: Sequence[Any]) -> ParsedRow:
        """Runs on every row: the common path is plain lookups, the reasons are made only
        when a cell has a problem."""
        width = len(raw)
        got: dict[str, Any] = {}
        values: dict[str, Any] = {}
        # the cells read in the same pass; a cell that cannot be read is said after the
        # names (a refused name is the reason given first)
        failed: list[tuple[str, cell.CellError]] = []
        for index, key, convert, is_date in self.plan:
            if index >= width:
                continue
            value = raw[index]
            if value is None or (value.__class__ is str and not value.strip()):
                continue
            got[key] = value
            if convert is None:
                continue
            if is_date and value.__class__ is _DATE:
                values[key] = value  # a date cell: what parse_date would give back
                continue
            try:
                values[key] = convert(value)
            except cell.CellError as error:
                failed.append((key, error))
        warnings: list[RowError] = []
        kept: dict[str, tuple[str, str]] = {}

        def problem(key: str, message: str) -> RowError:
            return RowError(number, message, self.titles.get(key, ""), as_written(got.get(key)))

        def warn(key: str, message: str) -> None:
            """The field stays empty; the cell is kept for the member card. No message:
            kept only (a «Год рождения» column is warned about once, by the importer)."""
            source = key if key in got else ("birth_year" if key == "birth_date" else key)
            issue = problem(source, message)
            if message:
                warnings.append(issue)
            kept[key] = (issue.column, issue.value)

        def refuse(key: str, message: str) -> cell.CellError:
            return RowRefused(problem(key, message))

        full = "full_name" in got
        if self.full_name:
            checked = self._split(got.get("full_name"))
        else:
            checked = [self._name(k, got.get(k)) for k in NAME_FIELDS]
        last, first, middle = checked
        names = (last[0], first[0], middle[0])
        if last[1] or first[1] or middle[1] or last[2] or first[2] or middle[2]:
            # too long, or a formula: said before «not a name», which would hide why
            for key, (_, sentence, _) in zip(NAME_FIELDS, checked, strict=True):
                if sentence:
                    raise refuse("full_name" if full else key, sentence)
            for key, (_, _, bad) in zip(NAME_FIELDS, checked, strict=True):
                if bad:
                    column = "full_name" if full else key
                    shown = as_written(got.get(column))
                    raise refuse(column, f"«{shown}» не похоже на фамилию, имя и отчество.")
        if not names[0]:
            raise refuse("full_name" if self.full_name else "last_name", "Не указана фамилия.")
        if not names[1]:
            raise refuse("full_name" if self.full_name else "first_name", "Не указано имя.")
        # the names are checked above with the limits' rules (text_problem) and tidied by
        # split_full_name/tidy_name: clean_member gets the other fields only
        for key, error in failed:
            if isinstance(error, cell.PartialDate):
                if key in IDENTITY_FIELDS:
                    warn(key, f"{error} Член Профсоюза загружен без даты рождения.")
                else:
                    warn(key, str(error))
            elif key in IDENTITY_FIELDS:
                raise refuse(key, str(error)) from None
            else:
                warn(key, str(error) + _KEPT_AS.get(key, ""))
        if "birth_year" in got and values.get("birth_date") is None and "birth_date" not in kept:
            self._birth_year(got["birth_year"], values, warn, refuse)
        cleaned = self._clean(values, warn, refuse, got)
        # the names are tidy already (and split_full_name's 'оглы' stays lower case)
        cleaned["last_name"], cleaned["first_name"], cleaned["patronymic"] = names
        for key in ("left_on", "leave_reason"):
            if values.get(key) is not None:
                cleaned[key] = values[key]
        if "left_on" in cleaned or "leave_reason" in cleaned:
            self._check_leaving(cleaned, warn)
        try:
            org_id = self._organisation(got)
        except cell.CellError as error:
            key = "organisation_code" if "organisation_code" in got else "organisation"
            raise refuse(key, str(error)) from None
        sort_key, search_text, identity_key = member_keys(
            *names, cleaned.get("birth_date"), cleaned.get("phone")
        )
        card = None
        if "card_number" in got:
            try:
                card = cell.card_number(got["card_number"])
            except cell.CellError as error:
                warn("card_number", str(error))
        file_id = cell.text_of(got.get("id"))
        derived = {
            "sort_key": sort_key,
            "search_text": search_text,
            "identity_key": identity_key,
        }
        if len(warnings) > 1:  # in the file's column order
            warnings.sort(key=lambda w: self.order.get(w.column, 0))
        parsed = ParsedRow(
            number, cleaned, org_id, identity_key, card, file_id, derived, warnings, kept
        )
        if card:
            parsed.card_cell = (self.titles["card_number"], as_written(got["card_number"]))
        return parsed

    def _birth_year(self, value: Any, values: dict[str, Any], warn, refuse) -> None:  # noqa: ANN001
        """«Год рождения»: a real date is used; a year is kept, counted, warned once."""
        try:
            values["birth_date"] = cell.parse_date(value, FIELD_TITLES["birth_year"])
        except cell.PartialDate:
            self.year_rows += 1
            warn("birth_date", "")
        except cell.CellError as error:
            raise refuse("birth_year", str(error)) from None

    def _clean(self, values: dict[str, Any], warn, refuse, got) -> dict[str, Any]:  # noqa: ANN001
        """clean_member's rules (shared with the member form): a broken identity field
        refuses the row; any other broken field is left out with a warning."""
        while True:
            try:
                return clean_member(values, self.today)
            except ValidationError as error:
                bad = error.field_errors or {}
                identity = [k for k in bad if k in IDENTITY_FIELDS]
                if identity or not bad:
                    key = identity[0] if identity else ""
                    if key in NAME_FIELDS and key not in got:
                        key = "full_name"
                    message = bad[identity[0]] if identity else str(error)
                    raise refuse(key, message) from None
                for key, message in bad.items():
                    warn(key, message)
                    values.pop(key, None)

    def _check_leaving(self, values: dict[str, Any], warn) -> None:  # noqa: ANN001
        left_on = values.get("left_on")
        problem = ""
        if left_on is None:
            if values.get("leave_reason"):
                warn("leave_reason", "Указана причина выхода, но нет даты выхода.")
                values.pop("leave_reason")
            return
        if left_on > self.today:
            problem = "Дата выхода не может быть в будущем."
        elif values.get("joined_on") is not None and left_on < values["joined_on"]:
            problem = "Дата выхода раньше даты вступления."
        if problem:
            warn("left_on", problem)
            values.pop("left_on")
            values.pop("leave_reason", None)

    def _organisation(self, got: dict[str, Any]) -> str:
        if "organisation_code" in got:
            return self.orgs.find(got["organisation_code"], code_first=True)
        if "organisation" in got:
            return self.orgs.find(got["organisation"], code_first=False)
        if self.default_org is None:
            raise cell.CellError("Не указана организация.")
        return self.default_org


class RowRefused(cell.CellError):
    """A row that cannot go in, with the row, column and cell it is about."""

    def __init__(self, issue: RowError) -> None:
        super().__init__(issue.message)
        self.issue = issue
