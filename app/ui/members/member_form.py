"""The member form: add or edit one member, with validation and a duplicate warning."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from ...models import Database, OrgKind
from ...models.errors import ProfdeskError, ValidationError
from ...models.import_values import KeptValue, kept_values
from ...models.members import (
    MEMBER_FIELDS,
    clean_member,
    create_member,
    find_duplicates,
    get_member,
    update_member,
)
from ...models.organisations import OrgNode
from ..errors import show_error
from ..widgets import OptionalDateEdit, OrgPicker

ERROR_STYLE = "border: 1px solid #c0392b;"


class MemberForm(QDialog):
    """objectName memberForm; saves on OK and keeps the dialog open when something is wrong."""

    def __init__(
        self,
        db: Database,
        orgs: list[OrgNode],
        member_id: str | None = None,
        default_org_id: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("memberForm")
        self.db = db
        self.member_id = member_id
        self.saved_member_id: str | None = None
        self.setWindowTitle(self.tr("New member") if member_id is None else self.tr("Member"))

        self.last_name = QLineEdit(objectName="lastName")
        self.first_name = QLineEdit(objectName="firstName")
        self.patronymic = QLineEdit(objectName="patronymic")
        self.birth_date = OptionalDateEdit()
        self.birth_date.setObjectName("birthDate")
        self.sex = QComboBox(objectName="sex")
        self.sex.addItem("", None)
        self.sex.addItem(self.tr("male"), "M")
        self.sex.addItem(self.tr("female"), "F")
        self.category = QComboBox(objectName="category")
        self.category.addItem(self.tr("worker"), "worker")
        self.category.addItem(self.tr("student"), "student")
        self.category.addItem(self.tr("pensioner"), "pensioner")
        self.position = QLineEdit(objectName="position")
        self.phone = QLineEdit(objectName="phone")
        self.phone.setPlaceholderText("+7 910 123-45-67")
        self.email = QLineEdit(objectName="email")
        primaries = [n for n in orgs if n.kind == OrgKind.PRIMARY]
        self.organisation = OrgPicker(primaries)
        self.organisation.setObjectName("organisation")
        self.joined_on = OptionalDateEdit()
        self.joined_on.setObjectName("joinedOn")
        self.e_registered_on = OptionalDateEdit()
        self.e_registered_on.setObjectName("eRegisteredOn")
        self.e_registered_on.setWhatsThis(
            self.tr("The date the member was put on electronic registration.")
        )
        self.consent_on = OptionalDateEdit()
        self.consent_on.setObjectName("consentOn")
        self.consent_on.setWhatsThis(
            self.tr(
                "The date the signed consent to personal data processing was received "
                "(a separate document under 152-FZ)."
            )
        )
        self.category.setWhatsThis(
            self.tr(
                "Worker, student or non-working pensioner: the report counts coverage and "
                "youth by category."
            )
        )
        self.birth_date.setWhatsThis(
            self.tr(
                "With the full name it tells one person from another: a second record with "
                "the same name and birth date is flagged as a possible duplicate."
            )
        )
        self.joined_on.setWhatsThis(
            self.tr("The date the member joined the union; the report counts members by it.")
        )
        self.organisation.setWhatsThis(
            self.tr("The primary organisation where the member is registered.")
        )
        self.notes = QPlainTextEdit(objectName="notes")
        self.notes.setTabChangesFocus(True)
        self.notes.setFixedHeight(60)

        form = QFormLayout()
        self._labels: dict[str, QLabel] = {}
        rows = [
            ("last_name", self.tr("&Surname*"), self.last_name),
            ("first_name", self.tr("&First name*"), self.first_name),
            ("patronymic", self.tr("Pa&tronymic"), self.patronymic),
            ("birth_date", self.tr("&Birth date"), self.birth_date),
            ("sex", self.tr("Se&x"), self.sex),
            ("category", self.tr("&Category"), self.category),
            ("organisation_id", self.tr("&Organisation*"), self.organisation),
            ("position", self.tr("Pos&ition"), self.position),
            ("phone", self.tr("P&hone"), self.phone),
            ("email", self.tr("&E-mail"), self.email),
            ("joined_on", self.tr("&Joined on"), self.joined_on),
            ("e_registered_on", self.tr("E-re&gistered on"), self.e_registered_on),
            ("consent_on", self.tr("Co&nsent received on"), self.consent_on),
            ("notes", self.tr("&Notes"), self.notes),
        ]
        self._fields: dict[str, QWidget] = {}
        for key, label, widget in rows:
            caption = QLabel(label)
            caption.setBuddy(widget)
            form.addRow(caption, widget)
            self._fields[key] = widget
            self._labels[key] = caption

        # cells an import could not read (a year in «Дата вступления», two phones): shown as
        # the office wrote them, nothing typed in a list is lost
        self.imported_label = QLabel(objectName="importedValues")
        self.imported_label.setWordWrap(True)
        self.imported_label.setStyleSheet("background: #fff2b3; padding: 4px;")
        self.imported_label.hide()

        self.error_label = QLabel(objectName="formError")
        self.error_label.setStyleSheet("color: #c0392b;")
        self.error_label.setWordWrap(True)
        self.error_label.hide()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        self.buttons = buttons

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.imported_label)
        layout.addWidget(self.error_label)
        layout.addWidget(buttons)
        # Tab walks the fields top to bottom, then Save and Cancel: the form without a mouse
        order = [widget for _key, _label, widget in rows] + buttons.buttons()
        for before, after in zip(order, order[1:], strict=False):
            QWidget.setTabOrder(before, after)

        if member_id is not None:
            self._load(member_id)
        else:
            self.organisation.set_org_id(default_org_id)
        self.last_name.setFocus()

    def _load(self, member_id: str) -> None:
        with self.db.session() as s:
            m = get_member(s, member_id)
            kept = kept_values(s, member_id)
        self._show_kept(kept)
        # what this form showed, so that a save after someone else's is refused (see update_member)
        self._loaded_version = m.version
        self._loaded_values = {key: getattr(m, key) for key in MEMBER_FIELDS}
        self.last_name.setText(m.last_name)
        self.first_name.setText(m.first_name)
        self.patronymic.setText(m.patronymic)
        self.birth_date.set_value(m.birth_date)
        self.sex.setCurrentIndex(max(0, self.sex.findData(m.sex)))
        self.category.setCurrentIndex(max(0, self.category.findData(m.category)))
        self.position.setText(m.position)
        self.phone.setText(m.phone or "")
        self.email.setText(m.email or "")
        self.organisation.set_org_id(m.organisation_id)
        self.organisation.setEnabled(False)  # moving is its own action with its own history
        self.organisation.setToolTip(self.tr("Use “Move to another organisation” to change it."))
        self.joined_on.set_value(m.joined_on)
        self.e_registered_on.set_value(m.e_registered_on)
        self.consent_on.set_value(m.consent_on)
        self.notes.setPlainText(m.notes)

    def _show_kept(self, kept: list[KeptValue]) -> None:
        if not kept:
            return
        lines = [
            self.tr(
                "From an imported list, as written there (not recognised, so the field "
                "was left empty):"
            )
        ]
        for value in kept:
            line = (
                self.tr("«%1»: %2 (imported %3)")
                .replace("%1", value.column_title)
                .replace("%2", value.value)
                .replace("%3", value.imported_on.strftime("%d.%m.%Y"))
            )
            lines.append(line)
            widget = self._fields.get(value.field)
            if widget is not None:
                widget.setToolTip(line)
        self.imported_label.setText("\n".join(lines))
        self.imported_label.show()

    def values(self) -> dict[str, Any]:
        return {
            "last_name": self.last_name.text(),
            "first_name": self.first_name.text(),
            "patronymic": self.patronymic.text(),
            "birth_date": self.birth_date.value(),
            "sex": self.sex.currentData(),
            "category": self.category.currentData(),
            "position": self.position.text(),
            "phone": self.phone.text(),
            "email": self.email.text(),
            "organisation_id": self.organisation.org_id(),
            "joined_on": self.joined_on.value(),
            "e_registered_on": self.e_registered_on.value(),
            "consent_on": self.consent_on.value(),
            "notes": self.notes.toPlainText(),
        }

    def _show_errors(self, error: ValidationError) -> None:
        for key, widget in self._fields.items():
            widget.setStyleSheet(ERROR_STYLE if key in error.field_errors else "")
            widget.setToolTip(error.field_errors.get(key, ""))
        messages = list(error.field_errors.values()) or [str(error)]
        self.error_label.setText("\n".join(messages))
        self.error_label.show()
        first_bad = next((k for k in self._fields if k in error.field_errors), None)
        if first_bad:
            self._fields[first_bad].setFocus()

    def save(self) -> None:
        values = self.values()
        if self.member_id is not None:
            values.pop("organisation_id")
        try:
            cleaned = clean_member(values)
        except ValidationError as error:
            self._show_errors(error)
            return
        if not self._confirm_not_duplicate(cleaned):
            return
        try:
            with self.db.session() as s:
                if self.member_id is None:
                    member = create_member(s, cleaned)
                else:
                    member = update_member(
                        s,
                        self.member_id,
                        cleaned,
                        expected_version=getattr(self, "_loaded_version", None),
                        original=getattr(self, "_loaded_values", None),
                    )
                self.saved_member_id = member.id
        except ValidationError as error:
            self._show_errors(error)
            return
        except ProfdeskError as error:
            show_error(self, error)
            return
        self.accept()

    def _confirm_not_duplicate(self, values: dict[str, Any]) -> bool:
        with self.db.session() as s:
            twins = find_duplicates(
                s,
                values["last_name"],
                values["first_name"],
                values.get("patronymic", ""),
                values.get("birth_date"),
                exclude_id=self.member_id,
            )
            described = [f"{t.full_name}, {t.organisation.display_name}" for t in twins[:5]]
        if not twins:
            return True
        answer = QMessageBox.warning(
            self,
            self.tr("Possible duplicate"),
            self.tr(
                "A member with the same full name and birth date is already recorded:\n{0}\n\n"
                "Save this record anyway?"
            ).format("\n".join(described)),
            QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        return answer == QMessageBox.StandardButton.Save
