"""Small widgets the forms share: an optional date field and an organisation picker."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QComboBox, QCompleter, QDateEdit, QDateTimeEdit, QWidget

from ..models.organisations import OrgNode

EMPTY_DATE = QDate(1900, 1, 1)


class OptionalDateEdit(QDateEdit):
    """A date field that can stay empty (shown blank), in dd.MM.yyyy with a calendar."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setDisplayFormat("dd.MM.yyyy")
        self.setCalendarPopup(True)
        self.setMinimumDate(EMPTY_DATE)
        self.setMaximumDate(QDate(2100, 12, 31))
        self.setSpecialValueText(" ")
        self.setDate(EMPTY_DATE)
        self.calendarWidget().setFirstDayOfWeek(Qt.DayOfWeek.Monday)
        self._advanced = False  # the last digit filled a part and moved on by itself

    def focusNextPrevChild(self, next: bool) -> bool:  # noqa: A002, N802 - Qt's names
        # QDateTimeEdit walks its day/month/year sections on Tab and, while the field is
        # empty, never lets go: Tab goes to the next field here (sections: arrows or ".").
        return QWidget.focusNextPrevChild(self, next)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt's name
        """Type a date as 15.03.1990 or 15031990: a digit in the empty field starts a date,
        a dot goes to the next part (unless the part just filled itself), and Delete on a
        fully selected date empties the field again."""
        if self.value() is None and event.text().isdigit():
            self.setDate(QDate.currentDate())
            self.setSelectedSection(QDateTimeEdit.Section.DaySection)
        elif event.text() in (".", ",", "/") and event.text():
            if self.value() is not None and not self._advanced:
                index = self.currentSectionIndex() + 1
                if index < self.sectionCount():
                    self.setCurrentSectionIndex(index)
                    self.setSelectedSection(self.currentSection())
            self._advanced = False
            return
        elif event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and (
            self.value() is not None and len(self.lineEdit().selectedText()) == len(self.text())
        ):
            self.clear_value()
            return
        before = self.currentSectionIndex()
        super().keyPressEvent(event)
        self._advanced = event.text().isdigit() and self.currentSectionIndex() != before

    def value(self) -> dt.date | None:
        qdate = self.date()
        return None if qdate == EMPTY_DATE else dt.date(qdate.year(), qdate.month(), qdate.day())

    def set_value(self, value: dt.date | None) -> None:
        self.setDate(QDate(value.year, value.month, value.day) if value else EMPTY_DATE)

    def clear_value(self) -> None:
        self.setDate(EMPTY_DATE)


class OrgPicker(QComboBox):
    """Pick an organisation by typing any part of its name; holds organisation ids."""

    def __init__(self, nodes: list[OrgNode], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        for node in nodes:
            self.addItem(f"{node.display_name} ({node.code})", node.id)
        completer = QCompleter(self.model(), self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.setCompleter(completer)
        self.setMinimumContentsLength(40)
        self.setCurrentIndex(-1)

    def org_id(self) -> str | None:
        index = self.findText(self.currentText())
        return self.itemData(index) if index >= 0 else None

    def set_org_id(self, org_id: str | None) -> None:
        self.setCurrentIndex(self.findData(org_id) if org_id else -1)
