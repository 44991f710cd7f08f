"""The member table: ordered row ids in memory, rows fetched a page at a time as they show.

Holding 250,000 integers is cheap; holding 250,000 ORM objects is not. Pages are cached
with a small limit, so scrolling end to end keeps memory flat.
"""

from __future__ import annotations

import datetime as dt
from collections import OrderedDict
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QGuiApplication

from ...models.member_view import MemberFilter, MemberRow
from ...models.text import readable_phone

if TYPE_CHECKING:
    import sqlite3

    from ...models import Database

PAGE_SIZE = 200
MAX_CACHED_PAGES = 50
# A search loads its first rows at once and the rest when the table is scrolled to them.
SEARCH_FIRST_ROWS = 1000

Index = QModelIndex | QPersistentModelIndex


def ru_date(value: dt.date | None) -> str:
    return f"{value.day:02d}.{value.month:02d}.{value.year:04d}" if value else ""


class MemberTableModel(QAbstractTableModel):
    MemberIdRole = Qt.ItemDataRole.UserRole + 1

    # sort keys of member_list.SORT_COLUMNS, in column order
    COLUMNS: list[str] = [
        "name",
        "birth_date",
        "category",
        "organisation",
        "position",
        "phone",
        "joined_on",
        "e_registered_on",
        "card_number",
        "left_on",
    ]
    # wide enough for the Russian titles and values: «Дата рождения», «+7 910 123-45-67»
    COLUMN_WIDTHS: tuple[int, ...] = (250, 112, 100, 200, 190, 130, 95, 95, 120, 95)

    def __init__(
        self, db: Database | None, parent: Any = None, *, light: sqlite3.Connection | None = None
    ) -> None:
        """`db` None: a light start (app.__main__) reads the first list through `light`, a
        plain read-only connection, until `attach` hands the Database over."""
        super().__init__(parent)
        self.db = db
        self._light = light
        self.pending = False  # a filter asked for before the Database was handed over
        self.filter = MemberFilter()
        self._rowids: list[int] = []
        self._loaded = False
        self._partial = False  # only the first SEARCH_FIRST_ROWS of a search are loaded
        self._pages: OrderedDict[int, list[MemberRow]] = OrderedDict()
        self._headers = self._column_titles()
        self._categories = {
            "worker": self.tr("worker"),
            "student": self.tr("student"),
            "pensioner": self.tr("pensioner"),
        }

    def _column_titles(self) -> list[str]:
        # in COLUMNS order, spelled out so that lupdate sees each title
        return [
            self.tr("Full name"),
            self.tr("Birth date"),
            self.tr("Category"),
            self.tr("Organisation"),
            self.tr("Position"),
            self.tr("Phone"),
            self.tr("Joined"),
            self.tr("E-registered"),
            self.tr("Card number"),
            self.tr("Left"),
        ]

    # --- loading -------------------------------------------------------------------------
    def set_filter(self, member_filter: MemberFilter) -> None:
        self.filter = member_filter
        self.reload()

    def attach(self, db: Database) -> bool:
        """The Database of a light start, handed over: True when a filter waits for it."""
        self.db, self._light = db, None
        return self.pending

    def reload(self) -> None:
        if self.db is None:
            if not self.filter.is_browse:
                self.pending = True  # shown once the Database is handed over (attach)
                return
            from ...models.fastread.window import browse_rowids

            rowids, complete = browse_rowids(self._light), True
        else:
            rowids, complete = self._first_rowids()
        self.pending = False
        self.beginResetModel()
        self._partial = not complete
        self._rowids = rowids
        self._loaded = True
        self._pages.clear()
        self.endResetModel()

    def _first_rowids(self) -> tuple[list[int], bool]:
        from ...models.member_list import first_member_rowids

        # sorting 250,000 members by a column other than the name takes about a second
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            with self.db.session() as s:
                return first_member_rowids(s, self.filter, SEARCH_FIRST_ROWS)
        finally:
            QGuiApplication.restoreOverrideCursor()

    @property
    def is_partial(self) -> bool:
        """True while a broad search shows only its first rows (the rest come on scrolling)."""
        return self._partial

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008, N802
        return not parent.isValid() and self._partial

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008, N802
        """Load the whole result of a broad search, keeping the rows already shown."""
        if parent.isValid() or not self._partial or self.db is None:
            return
        from ...models.member_list import member_rowids

        with self.db.session() as s:
            rowids = member_rowids(s, self.filter)
        self._partial = False
        shown = len(self._rowids)
        if rowids[:shown] != self._rowids:  # the data changed meanwhile: start over
            self.beginResetModel()
            self._rowids = rowids
            self._pages.clear()
            self.endResetModel()
        elif len(rowids) > shown:
            self.beginInsertRows(QModelIndex(), shown, len(rowids) - 1)
            self._rowids = rowids
            self.endInsertRows()

    def refresh_rows(self) -> None:
        """After an edit: drop cached pages so visible rows show the new values."""
        self._pages.clear()
        if self._rowids:
            self.dataChanged.emit(
                self.index(0, 0), self.index(len(self._rowids) - 1, self.columnCount() - 1)
            )

    def _row(self, row: int) -> MemberRow | None:
        page_no = row // PAGE_SIZE
        page = self._pages.get(page_no)
        if page is None:
            start = page_no * PAGE_SIZE
            page = self._fetch(self._rowids[start : start + PAGE_SIZE])
            self._pages[page_no] = page
            while len(self._pages) > MAX_CACHED_PAGES:
                self._pages.popitem(last=False)
        else:
            self._pages.move_to_end(page_no)
        offset = row % PAGE_SIZE
        return page[offset] if offset < len(page) else None

    def _fetch(self, rowids: list[int]) -> list[MemberRow]:
        if self.db is None:
            from ...models.fastread.window import member_rows

            return member_rows(self._light, rowids)
        from ...models.member_list import fetch_rows

        with self.db.session() as s:
            return fetch_rows(s, rowids)

    def member_id(self, row: int) -> str | None:
        record = self._row(row)
        return record.id if record else None

    def row_of_member(self, member_id: str) -> int | None:
        for page_no, page in self._pages.items():
            for offset, record in enumerate(page):
                if record.id == member_id:
                    return page_no * PAGE_SIZE + offset
        return None

    # --- Qt model API ------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rowids)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self._headers[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        record = self._row(index.row())
        if record is None:
            return None
        if role == self.MemberIdRole:
            return record.id
        key = self.COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(record, key)
        if role == Qt.ItemDataRole.ForegroundRole and record.left_on is not None:
            from PySide6.QtGui import QColor

            return QColor("#808080")
        return None

    def _display(self, r: MemberRow, key: str) -> str:
        match key:
            case "name":
                return r.full_name
            case "birth_date" | "joined_on" | "e_registered_on" | "left_on":
                return ru_date(getattr(r, key))
            case "category":
                return self._categories.get(r.category, r.category)
            case "card_number":
                return r.card_number or ""
            case "phone":
                return readable_phone(r.phone)
            case _:
                return getattr(r, key) or ""

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        key = self.COLUMNS[column]
        descending = order == Qt.SortOrder.DescendingOrder
        if self._loaded and (key, descending) == (self.filter.sort, self.filter.descending):
            return  # the view re-announces its sort order; nothing to do
        self.filter.sort = key
        self.filter.descending = descending
        if self._loaded:  # before the first set_filter there is nothing to re-sort
            self.reload()
