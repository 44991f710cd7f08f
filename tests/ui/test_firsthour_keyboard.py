"""The member form without a mouse: Tab walks the fields in order, every label has its key."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel

from app.ui.i18n import install_translators
from app.ui.main_window import MainWindow
from app.ui.members.member_form import MemberForm

FIELDS = [
    "lastName",
    "firstName",
    "patronymic",
    "birthDate",
    "sex",
    "category",
    "organisation",
    "position",
    "phone",
    "email",
    "joinedOn",
    "eRegisteredOn",
    "consentOn",
    "notes",
]


def owner_name(widget) -> str:  # noqa: ANN001
    """The form field that holds the focus (a combo box's line edit belongs to the box)."""
    while widget is not None and widget.objectName() not in FIELDS:
        if widget.objectName() in ("qt_spinbox_lineedit",) or not widget.objectName():
            widget = widget.parentWidget()
            continue
        return widget.objectName()
    return widget.objectName() if widget is not None else ""


def test_tab_walks_the_member_form_top_to_bottom_then_save(qtbot, demo_db):
    install_translators(QApplication.instance())
    window = MainWindow(demo_db)
    qtbot.addWidget(window)
    form = MemberForm(demo_db, window.org_model.all_nodes(), parent=window)
    qtbot.addWidget(form)
    form.show()
    qtbot.waitExposed(form)
    form.activateWindow()
    form.last_name.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is form.last_name, timeout=2000)
    seen = [owner_name(QApplication.focusWidget())]
    for _ in range(len(FIELDS) - 1):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        seen.append(owner_name(QApplication.focusWidget()))
    assert seen == FIELDS
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    save = form.buttons.buttons()[0]
    assert QApplication.focusWidget() is save


def test_every_member_form_label_has_its_own_key(qtbot, demo_db):
    install_translators(QApplication.instance())
    form = MemberForm(demo_db, [], parent=None)
    qtbot.addWidget(form)
    keys = {}
    for label in form.findChildren(QLabel):
        buddy = label.buddy()
        if buddy is None:
            continue
        text = label.text()
        assert "&" in text, f"{text} has no Alt key"
        letter = text[text.index("&") + 1].lower()
        assert letter not in keys, f"Alt+{letter}: {text} and {keys.get(letter)}"
        keys[letter] = text
    assert len(keys) == len(FIELDS)


def test_a_date_is_typed_as_digits_without_the_mouse(qtbot, demo_db):
    form = MemberForm(demo_db, [], parent=None)
    qtbot.addWidget(form)
    form.show()
    form.birth_date.setFocus()
    form.birth_date.lineEdit().selectAll()
    qtbot.keyClicks(form.birth_date, "15031990")
    assert str(form.birth_date.value()) == "1990-03-15"
