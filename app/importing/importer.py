"""The import: a file in, members created or updated, bad rows reported, one transaction.

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
memory does not grow with the file. Rows are parsed in parsing.py and written in
writing.py (its look-ups in lookups.py, the stored forms of rows in stored.py); this module
holds the public functions and the order of the work.
"""

from __future__ import annotations

import datetime as dt
import itertools
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session

from ..models.audit import log_event
from ..models.backup import backup_before_change
from ..models.entities import Organisation, OrgKind
from ..models.errors import PermissionDeniedError, ValidationError
from ..models.export import CATEGORY_TITLES, LEAVE_REASON_TITLES, SEX_TITLES
from ..models.organisations import get_by_code
from ..models.permissions import Permission, require
from ..models.settings import get_setting, set_setting
from . import values as cell
from .deferral import DeferredIndexes, page_cache
from .headers import (
    FIELD_TITLES,
    HEADER_SEARCH_ROWS,
    Layout,
    detect_layout,
    normalise_title,
    recognise,
)
from .parsing import EMPTY_ROW, Organisations, ParsedRow, RowParser, RowRefused
from .reading import RowSource
from .results import ImportCancelled, ImportResult, RowError
from .writing import Writer

BATCH_ROWS = 1000
IMPORT_CACHE_KIB = 64 * 1024
Report = Callable[[int, int, str], bool]


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
    error: str  # the row is refused: why
    skipped: str = ""  # not a person (a total, a heading...): why
    # field -> (the cell as written, why it stays empty): shown highlighted
    warnings: dict[str, tuple[str, str]] = field(default_factory=dict)


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
    parser = RowParser(layout, Organisations(session), org_id, today or dt.date.today())
    shown: list[PreviewRow] = []
    with RowSource(path, sheet) as source:
        for number, values in source.rows():
            if number <= layout.header_row:
                continue
            reason = parser.not_a_person(values)
            if reason == EMPTY_ROW:
                continue
            if reason:
                shown.append(PreviewRow(number, {}, "", reason))
            else:
                shown.append(_preview_row(parser, number, values))
            if len(shown) >= limit:
                break
    return shown


def _preview_row(parser: RowParser, number: int, values: list[Any]) -> PreviewRow:
    try:
        row = parser.parse(number, values)
    except cell.CellError as error:
        return PreviewRow(number, {}, str(error))
    texts = {
        k: _TITLES.get(k, {}).get(v, cell.text_of(v))
        for k, v in row.values.items()
        if v not in (None, "")
    }
    if row.card:
        texts["card_number"] = row.card
    problems = {w.column: w.message for w in row.warnings}
    warnings = {
        key: (value, problems.get(title, "Только год: загрузится без даты, год сохранится."))
        for key, (title, value) in row.kept.items()
    }
    return PreviewRow(number, texts, "", "", warnings)


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
            RowSource(path, sheet, reads_all=True) as source,
            page_cache(session, IMPORT_CACHE_KIB),
        ):
            _run(session, source, result, layout, overrides, default_org, today, report)
    except BaseException:
        # nothing half-done may be committed, whatever the caller does with the session
        session.rollback()
        raise
    result.errors.sort(key=lambda e: e.row)
    result.warnings.sort(key=lambda e: e.row)
    result.skipped_rows.sort(key=lambda e: e.row)
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
                "errors": len(result.errors),
                "warnings": len(result.warnings),
            },
        )
        session.flush()
    return result


def _run(
    session: Session,
    source: RowSource,
    result: ImportResult,
    layout: Layout | None,
    overrides: dict[str, str | None] | None,
    default_org: str | None,
    today: dt.date,
    report: Report | None,
) -> None:
    rows = source.rows()
    head = list(itertools.islice(rows, HEADER_SEARCH_ROWS))
    if layout is None:
        if overrides is None:
            overrides = remembered_mapping(session)
        layout = detect_layout(head, overrides)
    layout.check()
    result.layout, result.sheet = layout, source.sheet
    if default_org is None and not layout.fields() & {"organisation", "organisation_code"}:
        raise ValidationError(
            "В файле нет столбца «Организация»: выберите организацию, в которую загрузить список."
        )
    orgs = Organisations(session)
    if default_org is not None and not orgs.in_scope(default_org):
        raise PermissionDeniedError(
            "Вам открыт доступ только к своей организации: загрузить список в эту нельзя."
        )
    parser = RowParser(layout, orgs, default_org, today)
    db = session.info.get("db")
    if not result.dry_run and db is not None:
        session.flush()
        backup_before_change(db, "before-import")
    total = max(source.total_rows - layout.header_row, 0)
    index = DeferredIndexes(session)
    writer = Writer(session, result, today, index.begin(total), orgs.in_scope)
    writer.marker_waits = index.card_start is not None
    writer.before_writing = index.new_rows

    def progress(done: int) -> None:
        if report is not None and not report(done, max(total, done), f"Прочитано строк: {done}"):
            raise ImportCancelled()

    progress(0)
    done = 0
    batch: list[ParsedRow] = []
    empty: list[int] = []  # empty rows count only when a row follows (not the sheet's tail)
    for number, values in itertools.chain(head, rows):
        if number <= layout.header_row:
            continue
        done += 1
        reason = parser.not_a_person(values)
        if reason == EMPTY_ROW:
            empty.append(number)
            continue
        for blank in empty:
            result.skip(blank, EMPTY_ROW)
        empty = []
        if reason:
            result.skip(number, reason)
            continue
        try:
            batch.append(parser.parse(number, values))
        except RowRefused as refused:
            result.errors.append(refused.issue)
        except cell.CellError as error:
            result.errors.append(RowError(number, str(error)))
        if len(batch) >= BATCH_ROWS:
            writer.apply(batch)
            batch = []
            progress(done)
    writer.apply(batch)
    writer.close()
    progress(done)
    if parser.year_rows:
        title = parser.titles.get("birth_year", FIELD_TITLES["birth_year"])
        result.warnings.append(
            RowError(
                layout.header_row,
                f"В столбце «{title}» только год, а не дата рождения (строк: "
                f"{parser.year_rows}): эти члены Профсоюза загружены без даты рождения, год "
                "сохранён в их карточках.",
                title,
                "",
            )
        )
    if not result.dry_run:
        index.finish(mark_cards=writer.cards_to_mark)


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
