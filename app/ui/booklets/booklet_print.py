"""Whom to print booklets for: selected members, an organisation, the list, or blank ones."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ...printing.booklet_pages import IMPOSED, SINGLE


@dataclass
class BookletRequest:
    """What the user chose; exactly one of member_ids / org_code / blank is used."""

    member_ids: list[str] | None = None
    org_code: str | None = None
    blank: int = 0
    pages: str = IMPOSED


class BookletPrintDialog(QDialog):
    """The choice of members and page layout; `request()` gives the answer."""

    def __init__(
        self,
        selected_ids: list[str],
        org: tuple[str, str] | None,
        list_ids: list[str] | None,
        allow_blank: bool = True,
        title: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("bookletPrintDialog")
        self.setWindowTitle(title or self.tr("Print booklets"))
        self.selected_ids = selected_ids
        self.org = org  # (code, name)
        self.list_ids = list_ids

        self.group = QButtonGroup(self)
        self.selected = QRadioButton(
            self.tr("Selected members (%n)", "", len(selected_ids)), objectName="forSelected"
        )
        self.selected.setEnabled(bool(selected_ids))
        self.organisation = QRadioButton(objectName="forOrganisation")
        if org:
            self.organisation.setText(
                self.tr("Organisation «{0}» with its subordinates").format(org[1])
            )
        else:
            self.organisation.setText(self.tr("The whole region"))
        self.in_list = QRadioButton(
            self.tr("Members shown in the list (%n)", "", len(list_ids or [])),
            objectName="forList",
        )
        self.in_list.setVisible(list_ids is not None)
        self.in_list.setEnabled(bool(list_ids))
        self.blank = QRadioButton(self.tr("Blank booklets for stock:"), objectName="forBlank")
        self.blank_count = QSpinBox(objectName="blankCount")
        self.blank_count.setRange(1, 100000)
        self.blank_count.setValue(100)
        self.blank_count.setEnabled(False)
        self.blank.toggled.connect(self.blank_count.setEnabled)
        self.blank.setVisible(allow_blank)
        self.blank_count.setVisible(allow_blank)
        for button in (self.selected, self.organisation, self.in_list, self.blank):
            self.group.addButton(button)
        (self.selected if selected_ids else self.organisation).setChecked(True)

        blank_row = QHBoxLayout()
        blank_row.addWidget(self.blank)
        blank_row.addWidget(self.blank_count)
        blank_row.addStretch(1)

        self.pages = QComboBox(objectName="pageMode")
        self.pages.addItem(self.tr("A4 sheets for printing on both sides"), IMPOSED)
        self.pages.addItem(self.tr("Single A5 pages in order (for a print shop)"), SINGLE)
        hint = QLabel(
            self.tr(
                "Print on both sides with <b>flip on the short edge</b>: page 4 and the cover "
                "on one side, pages 2 and 3 on the other. Print one sheet first and check "
                "that the back is not upside down. Members without a card number get one; "
                "the order is the same as in the card batch."
            )
        )
        hint.setWordWrap(True)
        hint.setMinimumWidth(500)
        hint.setMinimumHeight(hint.heightForWidth(500))

        form = QFormLayout()
        form.addRow(self.tr("Pages:"), self.pages)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Make PDF"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Booklets for:")))
        for button in (self.selected, self.organisation, self.in_list):
            layout.addWidget(button)
        layout.addLayout(blank_row)
        layout.addLayout(form)
        layout.addWidget(hint)
        layout.addWidget(buttons)
        self.resize(520, 0)

    def request(self) -> BookletRequest:
        pages = self.pages.currentData()
        if self.blank.isChecked():
            return BookletRequest(blank=self.blank_count.value(), pages=pages)
        if self.selected.isChecked():
            return BookletRequest(member_ids=list(self.selected_ids), pages=pages)
        if self.in_list.isChecked():
            return BookletRequest(member_ids=list(self.list_ids or []), pages=pages)
        return BookletRequest(org_code=self.org[0] if self.org else None, pages=pages)
