"""The import: rows in, members created or updated, bad rows reported, one transaction.

How a row becomes a member:
- the name comes from "ФИО" (split in three) or from separate columns, tidied;
- the person is found by Member.identity_key (full name and birth date, ё = е): found ->
  the row's non-empty values update the record (empty cells never erase anything);
  not found -> a new member; a second row of the same person updates the same member;
- a card number goes into the card table as a number issued elsewhere, exactly as it is;
- a row that breaks a rule is reported with its spreadsheet row number and a reason and
  changes nothing; the rest of the file still goes in.

Counts are by row: every data row is created, updated (changed an existing member),
skipped (nothing new in it) or an error. Rows are read in batches: one query finds the
batch's people, bulk statements write them, and the change log gets the same entries the
ORM listener (app.models.changes) would write, so 50,000 rows go in within seconds and
memory does not grow with the file.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import functools
import itertools
import json
import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from operator import itemgetter
from pathlib import Path
from types import SimpleNamespace
from typing import Any

from sqlalchemy import insert, literal_column, select
from sqlalchemy.orm import Session

from ..models.audit import log_event
from ..models.backup import backup_database
from ..models.base import new_id, utcnow
from ..models.changes import UNLOGGED_FIELDS, refresh_member_keys, to_text
from ..models.entities import (
    Card,
    CardStatus,
    Category,
    ChangeLogEntry,
    Member,
    MemberTransfer,
    Organisation,
    OrgKind,
)
from ..models.errors import ProfdeskError, ValidationError
from ..models.export import CATEGORY_TITLES, LEAVE_REASON_TITLES, SEX_TITLES
from ..models.members import clean_member
from ..models.organisations import get_by_code
from ..models.permissions import Permission, require
from ..models.settings import get_setting, set_setting
from ..models.text import search_key, split_full_name, tidy_name
from . import values as cell
from .headers import (
    DATE_FIELDS,
    FIELD_TITLES,
    HEADER_SEARCH_ROWS,
    Layout,
    detect_layout,
    normalise_title,
    recognise,
)
from .reading import Prefetch, RowSource

BATCH_ROWS = 1000
IMPORT_CACHE_KIB = 64 * 1024
Report = Callable[[int, int, str], bool]

MEMBER_TABLE = Member.__table__
CARD_TABLE = Card.__table__
LOG_TABLE = ChangeLogEntry.__table__
MEMBER_COLUMNS = [c.key for c in MEMBER_TABLE.columns]
LOG_COLUMNS = [
    "at",
    "installation_id",
    "user_login",
    "action",
    "entity",
    "entity_id",
    "field",
    "old_value",
    "new_value",
]
LOGGED_COLUMNS = [c for c in MEMBER_COLUMNS if c not in UNLOGGED_FIELDS]
LOGGED_INDEXES = [MEMBER_COLUMNS.index(c) for c in LOGGED_COLUMNS]
NAME_FIELDS = ("last_name", "first_name", "patronymic")


class ImportCancelled(ProfdeskError):
    def __init__(self) -> None:
        super().__init__("Загрузка отменена: ничего не записано.")


@dataclass
class RowError:
    row: int
    message: str


@dataclass
class ImportResult:
    created: int = 0
    updated: int = 0
    skipped: int = 0
    errors: list[RowError] = field(default_factory=list)
    dry_run: bool = False

    def as_dict(self) -> dict[str, Any]:
        return {
            "created": self.created,
            "updated": self.updated,
            "skipped": self.skipped,
            "errors": [{"row": e.row, "message": e.message} for e in self.errors],
        }


@dataclass
class Preview:
    """What the wizard shows before importing: the header found and the first rows."""

    layout: Layout
    rows: list[tuple[int, list[Any]]]
    sheet: str | None


def inspect_file(
    path: str | Path,
    sheet: str | None = None,
    overrides: dict[str, str | None] | None = None,
    preview_rows: int = 50,
) -> Preview:
    """The header row, the column mapping and the first data rows, without importing."""
    with RowSource(path, sheet) as source:
        rows = source.rows()
        head = list(itertools.islice(rows, HEADER_SEARCH_ROWS))
        layout = detect_layout(head, overrides)
        sample: list[tuple[int, list[Any]]] = []
        for number, values in itertools.chain(head, rows):
            if number <= layout.header_row or not any(cell.text_of(x) for x in values):
                continue
            sample.append((number, list(values)))
            if len(sample) >= preview_rows:
                break
        return Preview(layout, sample, source.sheet)


MAPPING_SETTING = "import.column_map"


def remembered_mapping(session: Session) -> dict[str, str | None]:
    """The user's own column choices: normalised title -> field (None: not imported)."""
    return dict(get_setting(session, MAPPING_SETTING, {}) or {})


def remember_mapping(session: Session, layout: Layout) -> None:
    """Keep the columns where the user chose differently from the built-in titles."""
    saved = remembered_mapping(session)
    for index, title in enumerate(layout.titles):
        norm = normalise_title(title)
        if not norm:
            continue
        chosen = layout.mapping.get(index)
        if recognise(title) != chosen:
            saved[norm] = chosen
        else:
            saved.pop(norm, None)
    set_setting(session, MAPPING_SETTING, saved)


_TITLES = {"category": CATEGORY_TITLES, "sex": SEX_TITLES, "leave_reason": LEAVE_REASON_TITLES}


@dataclass
class PreviewRow:
    row: int
    values: dict[str, str]  # field -> the value as it will be stored, as text
    error: str


def preview_import(
    session: Session,
    path: str | Path,
    layout: Layout,
    *,
    sheet: str | None = None,
    org_id: str | None = None,
    limit: int = 50,
    today: dt.date | None = None,
) -> list[PreviewRow]:
    """The first rows as the import will read them, each with its problem if it has one."""
    parser = _RowParser(layout, _Organisations(session), org_id, today or dt.date.today())
    shown: list[PreviewRow] = []
    with RowSource(path, sheet) as source:
        for number, values in source.rows():
            if number <= layout.header_row or parser.is_blank(values):
                continue
            try:
                row = parser.parse(number, values)
            except cell.CellError as error:
                shown.append(PreviewRow(number, {}, str(error)))
            else:
                texts = {
                    k: _TITLES.get(k, {}).get(v, cell.text_of(v))
                    for k, v in row.values.items()
                    if v not in (None, "")
                }
                if row.card:
                    texts["card_number"] = row.card
                shown.append(PreviewRow(number, texts, ""))
            if len(shown) >= limit:
                break
    return shown


class _Organisations:
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
                    self.by_name.setdefault(search_key(text), org_id)
        self._cache: dict[tuple[str, bool], str] = {}

    def find(self, value: object, code_first: bool) -> str:
        text = cell.text_of(value)
        key = (text, code_first)
        if key not in self._cache:
            folded = search_key(text)
            tables = (self.by_code, self.by_name) if code_first else (self.by_name, self.by_code)
            org_id = tables[0].get(folded) or tables[1].get(folded)
            if org_id is None:
                raise cell.CellError(
                    f"Организация «{text}» не найдена: проверьте код или название."
                )
            if self.kinds[org_id] == OrgKind.REGION:
                raise cell.CellError(
                    "Членов Профсоюза учитывают в первичной организации, а не в региональной."
                )
            self._cache[key] = org_id
        return self._cache[key]


@dataclass
class _Row:
    number: int
    values: dict[str, Any]  # member fields present in the row (empty cells left out)
    organisation_id: str
    identity_key: str
    card: str | None
    file_id: str


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


class _RowParser:
    """One spreadsheet row -> a _Row, or cell.CellError with the reason."""

    def __init__(self, layout: Layout, orgs: _Organisations, default_org: str | None, today):
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

    def parse(self, number: int, raw: Sequence[Any]) -> _Row:
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
            phone=None,
        )
        refresh_member_keys(keys)
        card = cell.card_number(got["card_number"]) if "card_number" in got else None
        file_id = cell.text_of(got.get("id"))
        return _Row(number, cleaned, org_id, keys.identity_key, card, file_id)

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


class _Writer:
    """Applies batches of parsed rows to the database with bulk statements."""

    def __init__(
        self, session: Session, result: ImportResult, today: dt.date, fts_start: int | None
    ) -> None:
        self.session = session
        self.fts_start = fts_start  # set: the search index is filled at the end (see below)
        self.result = result
        self.today = today
        self.installation_id = session.info.get("installation_id", "")
        self.user_login = session.info.get("user_login", "")

    def apply(self, rows: list[_Row]) -> None:
        if not rows:
            return
        session = self.session
        keys = {r.identity_key for r in rows}
        found: dict[str, list[dict]] = {}
        query = (
            select(MEMBER_TABLE, literal_column("member.rowid").label("rowid"))
            .where(MEMBER_TABLE.c.identity_key.in_(keys))
            .order_by(MEMBER_TABLE.c.created_at)
        )
        for record in session.execute(query).mappings().all():  # one fetch, not one per row
            found.setdefault(record["identity_key"], []).append(dict(record))
        numbers = {r.card for r in rows if r.card}
        card_owner: dict[str, str] = {}
        if numbers:
            card_owner = dict(
                session.execute(
                    select(CARD_TABLE.c.number, CARD_TABLE.c.member_id).where(
                        CARD_TABLE.c.number.in_(numbers)
                    )
                ).all()
            )
        member_ids = [m["id"] for ms in found.values() for m in ms]
        current_card: dict[str, str] = {}
        if member_ids:
            current_card = dict(
                session.execute(
                    select(CARD_TABLE.c.member_id, CARD_TABLE.c.number).where(
                        CARD_TABLE.c.member_id.in_(member_ids),
                        CARD_TABLE.c.is_current.is_(True),
                    )
                ).all()
            )

        originals: dict[str, dict] = {}  # member id -> the row as it is in the database
        members: dict[str, dict] = {}  # identity key -> the member as this batch leaves it
        created: set[str] = set()
        touched: set[str] = set()  # existing members a row changed
        new_cards: list[dict] = []
        for row in rows:
            member = members.get(row.identity_key)
            if member is None:
                candidates = found.get(row.identity_key, [])
                member = next((m for m in candidates if m["id"] == row.file_id), None)
                member = member or (candidates[0] if candidates else None)
                if member is not None:
                    originals[member["id"]] = member
                    member = dict(member)
            is_new = member is None
            if is_new:
                member = self._new_member(row)
            if row.card:
                owner = card_owner.get(row.card)
                if owner is not None and owner != member["id"]:
                    self._error(
                        row, f"Номер билета {row.card} уже записан другому члену Профсоюза."
                    )
                    continue
                current = current_card.get(member["id"])
                if current is not None and current != row.card:
                    self._error(
                        row,
                        f"У члена Профсоюза уже есть билет № {current}, а в файле — № {row.card}.",
                    )
                    continue
            changed = is_new or self._merge(member, row)
            if changed and not is_new:
                touched.add(member["id"])
            members[row.identity_key] = member
            if row.card and current_card.get(member["id"]) is None:
                card_owner[row.card] = member["id"]
                current_card[member["id"]] = row.card
                new_cards.append(self._card(member["id"], row.card))
                changed = True
            if is_new:
                created.add(member["id"])
                self.result.created += 1
            elif changed:
                self.result.updated += 1
            else:
                self.result.skipped += 1
        self._write(
            [m for m in members.values() if m["id"] in created or m["id"] in touched],
            originals,
            created,
            new_cards,
        )

    def _error(self, row: _Row, message: str) -> None:
        self.result.errors.append(RowError(row.number, message))

    def _new_member(self, row: _Row) -> dict:
        member = {c: None for c in MEMBER_COLUMNS}
        member.update(
            id=new_id(),
            patronymic="",
            category=Category.WORKER.value,
            position="",
            notes="",
            organisation_id=row.organisation_id,
        )
        member.update(row.values)
        if member["email"] == "":
            member["email"] = None
        return member

    def _merge(self, member: dict, row: _Row) -> bool:
        """Put the row's values into `member`; True when anything changed."""
        changed = False
        for key, value in row.values.items():
            old = member.get(key)
            if value is None or value == "" or value == old:
                continue
            if key in NAME_FIELDS and value.count("ё") <= (old or "").count("ё"):
                continue  # same name by identity (ё = е, case): keep the stored spelling
            member[key] = value
            changed = True
        if row.organisation_id != member["organisation_id"]:
            member["organisation_id"] = row.organisation_id
            changed = True
        return changed

    def _card(self, member_id: str, number: str) -> dict:
        return {
            "id": new_id(),
            "member_id": member_id,
            "number": number,
            "status": CardStatus.ISSUED.value,
            "is_current": True,
            "issued_here": False,
            "created_on": self.today,
            "printed_on": None,
            "handed_on": None,
            "closed_on": None,
        }

    def _log(self, action: str, member_id: str, name: str = "", old=None, new=None) -> tuple:
        at = _sql_value(self.now)
        return (
            at,
            self.installation_id,
            self.user_login,
            action,
            "member",
            member_id,
            name,
            old,
            new,
        )

    def _write(
        self,
        members: list[dict],
        originals: dict[str, dict],
        created: set[str],
        new_cards: list[dict],
    ) -> None:
        self.now = utcnow()
        inserts: list[tuple] = []
        updates: list[tuple] = []
        fts_changes: list[tuple[int, str, str]] = []
        transfers: list[dict] = []
        log: list[tuple] = []
        for member in members:
            _derive_keys(member)
            if member["id"] in created:
                member["created_at"] = member["updated_at"] = self.now
                stored = tuple([_sql_value(member[c]) for c in MEMBER_COLUMNS])
                inserts.append(stored)
                # the logged columns are text, dates and None: stored as to_text() writes them
                snapshot = dict(
                    zip(LOGGED_COLUMNS, itemgetter(*LOGGED_INDEXES)(stored), strict=True)
                )
                log.append(
                    self._log("create", member["id"], new=json.dumps(snapshot, ensure_ascii=False))
                )
                continue
            old = originals[member["id"]]
            diffs = [
                c
                for c in LOGGED_COLUMNS
                if member[c] != old[c] and to_text(member[c]) != to_text(old[c])
            ]
            if not diffs:
                continue
            member["updated_at"] = self.now
            for c in diffs:
                log.append(
                    self._log("update", member["id"], c, to_text(old[c]), to_text(member[c]))
                )
            if "organisation_id" in diffs:
                transfers.append(
                    {
                        "id": new_id(),
                        "member_id": member["id"],
                        "from_organisation_id": old["organisation_id"],
                        "to_organisation_id": member["organisation_id"],
                        "moved_on": self.today,
                        "recorded_at": self.now,
                    }
                )
            updates.append(
                tuple(_sql_value(member[c]) for c in MEMBER_COLUMNS if c != "id") + (member["id"],)
            )
            if (
                self.fts_start is not None
                and old["rowid"] <= self.fts_start
                and old["search_text"] != member["search_text"]
            ):
                fts_changes.append((old["rowid"], old["search_text"], member["search_text"]))
        connection = self.session.connection()
        if inserts:
            connection.exec_driver_sql(_insert_sql(MEMBER_TABLE.name, MEMBER_COLUMNS), inserts)
        if updates:
            connection.exec_driver_sql(_UPDATE_MEMBER_SQL, updates)
        if fts_changes:  # the update trigger is off during the import: keep the index in step
            connection.exec_driver_sql(
                "INSERT INTO member_fts(member_fts, rowid, search_text) VALUES ('delete', ?, ?)",
                [(rowid, old) for rowid, old, _ in fts_changes],
            )
            connection.exec_driver_sql(
                "INSERT INTO member_fts(rowid, search_text) VALUES (?, ?)",
                [(rowid, new) for rowid, _, new in fts_changes],
            )
        if transfers:
            self.session.execute(insert(MemberTransfer.__table__), transfers)
        if new_cards:
            self.session.execute(insert(CARD_TABLE), new_cards)
        if log:
            connection.exec_driver_sql(_insert_sql(LOG_TABLE.name, LOG_COLUMNS), log)


def _sql_value(value: Any) -> Any:
    """A value as SQLAlchemy's SQLite types store it (dates as ISO text)."""
    if value is None or value.__class__ is str:
        return value
    if isinstance(value, bool):
        return int(value)
    if isinstance(value, dt.datetime):
        return value.strftime("%Y-%m-%d %H:%M:%S.%f")
    if isinstance(value, dt.date):
        return value.isoformat()
    return value


def _insert_sql(table: str, columns: Sequence[str]) -> str:
    names = ", ".join(f'"{c}"' for c in columns)
    return f'INSERT INTO "{table}" ({names}) VALUES ({", ".join("?" * len(columns))})'


_UPDATE_MEMBER_SQL = (
    f'UPDATE "{MEMBER_TABLE.name}" SET '
    + ", ".join(f'"{c}" = ?' for c in MEMBER_COLUMNS if c != "id")
    + ' WHERE "id" = ?'
)


def _derive_keys(member: dict) -> None:
    keys = SimpleNamespace(
        last_name=member["last_name"],
        first_name=member["first_name"],
        patronymic=member["patronymic"] or "",
        birth_date=member["birth_date"],
        phone=member["phone"],
    )
    refresh_member_keys(keys)
    member["sort_key"] = keys.sort_key
    member["search_text"] = keys.search_text
    member["identity_key"] = keys.identity_key


def import_members(
    session: Session,
    path: str | Path,
    *,
    sheet: str | None = None,
    org_code: str | None = None,
    org_id: str | None = None,
    layout: Layout | None = None,
    overrides: dict[str, str | None] | None = None,
    dry_run: bool = False,
    report: Report | None = None,
    today: dt.date | None = None,
) -> ImportResult:
    """Import members from an .xlsx or .csv file in this session's transaction.

    The organisation comes from the row ("Организация"/"Код организации") or else from
    `org_code`/`org_id`. `layout` fixes the header row and column mapping (the wizard's);
    without it they are found in the file, `overrides` (normalised title -> field or
    None) first. A dry run does everything, then rolls the session back. `report(done,
    total, text)` returning False cancels: ImportCancelled is raised and the caller's
    session rolls back, so nothing is written.
    """
    require(session, Permission.IMPORT)
    path = Path(path)
    today = today or dt.date.today()
    result = ImportResult(dry_run=dry_run)
    default_org = _default_org(session, org_code, org_id)
    try:
        with (
            RowSource(path, sheet) as source,
            Prefetch(source.rows()) as rows,
            _page_cache(session, IMPORT_CACHE_KIB),
        ):
            _run(session, source, rows, result, layout, overrides, default_org, today, report)
    except BaseException:
        # nothing half-done may be committed, whatever the caller does with the session
        session.rollback()
        raise
    result.errors.sort(key=lambda e: e.row)
    if dry_run:
        session.rollback()
    else:
        log_event(
            session,
            "import",
            "member",
            details={
                "file": path.name,
                "created": result.created,
                "updated": result.updated,
                "skipped": result.skipped,
            },
        )
        session.flush()
    return result


def _run(
    session: Session,
    source: RowSource,
    rows: Iterable[tuple[int, Sequence[Any]]],
    result: ImportResult,
    layout: Layout | None,
    overrides: dict[str, str | None] | None,
    default_org: str | None,
    today: dt.date,
    report: Report | None,
) -> None:
    rows = iter(rows)
    head = list(itertools.islice(rows, HEADER_SEARCH_ROWS))
    if layout is None:
        if overrides is None:
            overrides = remembered_mapping(session)
        layout = detect_layout(head, overrides)
    layout.check()
    if default_org is None and not layout.fields() & {"organisation", "organisation_code"}:
        raise ValidationError(
            "В файле нет столбца «Организация»: выберите организацию, в которую загрузить список."
        )
    parser = _RowParser(layout, _Organisations(session), default_org, today)
    db = session.info.get("db")
    if not result.dry_run and db is not None and getattr(db, "path", None):
        session.flush()
        backup_database(db.path, reason="before-import")
    index = _DeferredSearchIndex(session)
    writer = _Writer(session, result, today, index.begin())
    total = max(source.total_rows - layout.header_row, 0)

    def progress(done: int) -> None:
        if report is not None and not report(done, max(total, done), f"Прочитано строк: {done}"):
            raise ImportCancelled()

    progress(0)
    done = 0
    batch: list[_Row] = []
    for number, values in itertools.chain(head, rows):
        if number <= layout.header_row:
            continue
        done += 1
        if parser.is_blank(values):
            continue
        try:
            batch.append(parser.parse(number, values))
        except cell.CellError as error:
            result.errors.append(RowError(number, str(error)))
        if len(batch) >= BATCH_ROWS:
            writer.apply(batch)
            batch = []
            progress(done)
    writer.apply(batch)
    progress(done)
    if not result.dry_run:
        index.finish()


@contextlib.contextmanager
def _page_cache(session: Session, kib: int) -> Iterator[None]:
    """A bigger SQLite page cache while importing: the member indexes (uuid, names) take
    rows in random order, and with the default 2 MB every batch re-reads their pages.
    Bounded, so memory still does not grow with the file; the old size comes back after."""
    connection = session.connection()
    old = connection.exec_driver_sql("PRAGMA cache_size").scalar_one()
    connection.exec_driver_sql(f"PRAGMA cache_size = {-int(kib)}")
    try:
        yield
    finally:
        # after a failure the connection may be unusable: the pool discards it then anyway
        with contextlib.suppress(Exception):
            session.connection().exec_driver_sql(f"PRAGMA cache_size = {int(old)}")


class _DeferredSearchIndex:
    """The member search index (FTS5, kept by triggers) filled once at the end.

    A trigger firing per inserted row costs several times the insert itself; one
    INSERT ... SELECT over the new rows does the same work in a fraction of the time. The
    insert and update triggers are dropped inside the import's transaction and created
    again, exactly as they were, before it ends; a rollback brings them back by itself.
    """

    TRIGGERS = ("member_fts_ai", "member_fts_au")

    def __init__(self, session: Session) -> None:
        self.session = session
        self.start: int | None = None
        self.triggers: list[str] = []

    def begin(self) -> int | None:
        """Drop the triggers; the highest member rowid before the import (None: not done)."""
        connection = self.session.connection()
        found = connection.exec_driver_sql(
            "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND name IN (?, ?)",
            self.TRIGGERS,
        ).all()
        if len(found) != len(self.TRIGGERS):
            return None
        # a write first, so that the driver has opened the transaction the DROP belongs to
        connection.exec_driver_sql('UPDATE member SET "id" = "id" WHERE 0')
        self.start = connection.exec_driver_sql(
            "SELECT coalesce(max(rowid), 0) FROM member"
        ).scalar_one()
        for name, sql in found:
            connection.exec_driver_sql(f'DROP TRIGGER "{name}"')
            self.triggers.append(sql)
        return self.start

    def finish(self) -> None:
        if self.start is None:
            return
        connection = self.session.connection()
        connection.exec_driver_sql(
            "INSERT INTO member_fts(rowid, search_text) "
            "SELECT rowid, search_text FROM member WHERE rowid > ?",
            (self.start,),
        )
        for sql in self.triggers:
            connection.exec_driver_sql(sql)
        self.start = None


def _default_org(session: Session, org_code: str | None, org_id: str | None) -> str | None:
    if org_code:
        org = get_by_code(session, org_code)
    elif org_id:
        org = session.get(Organisation, org_id)
        if org is None:
            raise ValidationError("Организация не найдена: возможно, её удалили.")
    else:
        return None
    if org.kind == OrgKind.REGION:
        raise ValidationError(
            "Членов Профсоюза загружают в первичную организацию, а не в региональную."
        )
    return org.id
