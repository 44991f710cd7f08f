"""One spreadsheet row -> the member fields it holds, checked, or the reason it cannot go in."""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from types import SimpleNamespace
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..models.changes import refresh_member_keys
from ..models.entities import Organisation, OrgKind
from ..models.errors import ValidationError
from ..models.limits import text_problems
from ..models.members import clean_member
from ..models.organisations import subtree_ids
from ..models.text import search_key, split_full_name, tidy_name
from . import values as cell
from .headers import DATE_FIELDS, FIELD_TITLES, Layout

NAME_FIELDS = ("last_name", "first_name", "patronymic")


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
        if key not in self._cache:
            code, name = search_key(text), org_key(text)
            if code_first:
                org_id = self.by_code.get(code) or self.by_name.get(name)
            else:
                org_id = self.by_name.get(name) or self.by_code.get(code)
            if org_id is None:
                raise cell.CellError(
                    f"Организация «{text}» не найдена: проверьте код или название."
                )
            if self.kinds[org_id] == OrgKind.REGION:
                raise cell.CellError(
                    "Членов Профсоюза учитывают в первичной организации, а не в региональной."
                )
            if not self.in_scope(org_id):
                raise cell.CellError(f"Организация «{text}» вне вашего доступа.")
            self._cache[key] = org_id
        return self._cache[key]


@dataclass
class ParsedRow:
    number: int
    values: dict[str, Any]  # member fields present in the row (empty cells left out)
    organisation_id: str
    identity_key: str
    card: str | None
    file_id: str
    derived: dict[str, str]  # the member's derived keys as this row alone makes them


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
_DIGIT = re.compile(r"\d")


class RowParser:
    """One spreadsheet row -> a ParsedRow, or cell.CellError with the reason."""

    def __init__(self, layout: Layout, orgs: Organisations, default_org: str | None, today):
        self.columns = sorted(layout.mapping.items())
        self.orgs = orgs
        self.default_org = default_org
        self.today = today

    def is_blank(self, values: Sequence[Any]) -> bool:
        width = len(values)
        for index, _ in self.columns:
            if index < width:
                value = values[index]
                if value is not None and (value.__class__ is not str or value.strip()):
                    return False
        return True

    def parse(self, number: int, raw: Sequence[Any]) -> ParsedRow:
        width = len(raw)
        got: dict[str, Any] = {}
        for index, key in self.columns:
            value = raw[index] if index < width else None
            if value is None or (isinstance(value, str) and not value.strip()):
                continue
            got[key] = value
        full_name = got.get("full_name")
        if full_name is not None:
            names = split_full_name(cell.text_of(full_name))
        else:
            names = tuple(tidy_name(cell.text_of(got.get(k))) for k in NAME_FIELDS)
        bad_name = text_problems("member", dict(zip(NAME_FIELDS, names, strict=True)))
        if bad_name:
            raise cell.CellError(next(iter(bad_name.values())))
        if _DIGIT.search("".join(names)):
            shown = " ".join(n for n in names if n)
            raise cell.CellError(f"«{shown}» не похоже на фамилию, имя и отчество.")
        if not names[0]:
            raise cell.CellError("Не указана фамилия.")
        if not names[1]:
            raise cell.CellError("Не указано имя.")
        values: dict[str, Any] = {}  # checked by clean_member (names are checked above)
        for key, value in got.items():
            convert = _CONVERTERS.get(key)
            if convert is not None:
                values[key] = convert(value)
        try:
            cleaned = clean_member(values, self.today)
        except ValidationError as error:
            raise cell.CellError(str(error)) from None
        # the names are tidy already (and split_full_name's 'оглы' stays lower case)
        cleaned.update(zip(NAME_FIELDS, names, strict=True))
        for key in ("left_on", "leave_reason"):
            if values.get(key) is not None:
                cleaned[key] = values[key]
        self._check_leaving(cleaned)
        org_id = self._organisation(got)
        keys = SimpleNamespace(
            last_name=cleaned["last_name"],
            first_name=cleaned["first_name"],
            patronymic=cleaned["patronymic"],
            birth_date=cleaned.get("birth_date"),
            phone=cleaned.get("phone"),
        )
        refresh_member_keys(keys)
        card = cell.card_number(got["card_number"]) if "card_number" in got else None
        file_id = cell.text_of(got.get("id"))
        derived = {
            "sort_key": keys.sort_key,
            "search_text": keys.search_text,
            "identity_key": keys.identity_key,
        }
        return ParsedRow(number, cleaned, org_id, keys.identity_key, card, file_id, derived)

    def _check_leaving(self, values: dict[str, Any]) -> None:
        left_on = values.get("left_on")
        if left_on is None:
            if values.get("leave_reason"):
                raise cell.CellError("Указана причина выхода, но нет даты выхода.")
            return
        if left_on > self.today:
            raise cell.CellError("Дата выхода не может быть в будущем.")
        joined = values.get("joined_on")
        if joined is not None and left_on < joined:
            raise cell.CellError("Дата выхода раньше даты вступления.")

    def _organisation(self, got: dict[str, Any]) -> str:
        if "organisation_code" in got:
            return self.orgs.find(got["organisation_code"], code_first=True)
        if "organisation" in got:
            return self.orgs.find(got["organisation"], code_first=False)
        if self.default_org is None:
            raise cell.CellError("Не указана организация.")
        return self.default_org
