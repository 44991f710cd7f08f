"""Table cells and hints shared by the parts of the stock window."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtGui import QStandardItem
from PySide6.QtWidgets import QAbstractItemView, QTableView

from ...models.errors import ProfdeskError

IdRole = Qt.ItemDataRole.UserRole + 1
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


def _cell(text: str, key: str | None = None, number: bool = False) -> QStandardItem:
    item = QStandardItem(text)
    item.setEditable(False)
    if key is not None:
        item.setData(key, IdRole)
    if number:
        item.setTextAlignment(RIGHT)
    return item


def _n(value: int) -> str:
    return f"{value:,}".replace(",", "\u00a0")


def _d(day: dt.date | None) -> str:
    return f"{day.day:02d}.{day.month:02d}.{day.year:04d}" if day else ""


def _table(name: str) -> QTableView:
    table = QTableView(objectName=name)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.verticalHeader().setVisible(False)
    table.verticalHeader().setDefaultSectionSize(24)
    table.setAlternatingRowColors(True)
    table.horizontalHeader().setStretchLastSection(True)
    return table


class _Hint(ProfdeskError):
    """A note for the user ("select a shipment first"), shown the way errors are."""
