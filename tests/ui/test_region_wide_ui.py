"""A district operator opens the designer and the booklet text, but every control that would
change the region's layouts or texts is disabled and its tooltip says why (issue 19.5)."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QLabel, QPushButton

from app.models import OrgKind
from app.models.organisations import create_org, region
from app.ui.booklets.booklet_editor import BookletEditor
from app.ui.cards.designer.window import DesignerWindow
from app.ui.i18n import install_translators

WHY = "общие для всей области"


@pytest.fixture
def district_operator(region_db):
    with region_db.session() as s:
        t01 = create_org(
            s, kind=OrgKind.TERRITORIAL, parent_id=region(s).id, name="Обоянская РО", code="T01"
        )
    region_db.user_role, region_db.user_org_id = "operator", t01.id
    yield region_db
    region_db.user_role, region_db.user_org_id = "", None


def test_the_designer_is_read_only_for_a_district_operator(qtbot, district_operator):
    install_translators(QApplication.instance())
    win = DesignerWindow(district_operator, "default")
    qtbot.addWidget(win)
    for name in ("designer_save", "designer_saveAs"):
        action = win.findChild(QAction, name)
        assert not action.isEnabled() and WHY in action.toolTip()
    assert WHY in win.findChild(QLabel, "regionWideRefusal").text()
    assert win.findChild(QAction, "designer_fitCheck").isEnabled()  # looking is allowed


def test_the_booklet_designer_is_read_only_for_a_district_operator(qtbot, district_operator):
    from app.ui.booklets.booklet_designer import BookletDesigner

    install_translators(QApplication.instance())
    win = BookletDesigner(district_operator)
    qtbot.addWidget(win)
    for name in ("designer_save", "designer_saveAs", "designer_import", "designer_use"):
        action = win.findChild(QAction, name)
        assert not action.isEnabled() and WHY in action.toolTip(), name
    assert win.findChild(QAction, "designer_export").isEnabled()  # sharing is allowed


def test_the_booklet_text_is_read_only_for_a_district_operator(qtbot, district_operator):
    install_translators(QApplication.instance())
    editor = BookletEditor(district_operator)
    qtbot.addWidget(editor)
    save = editor.buttons.button(QDialogButtonBox.StandardButton.Save)
    assert not save.isEnabled() and WHY in save.toolTip()
    assert not editor.findChild(QPushButton, "chooseEmblem").isEnabled()
    assert editor.edits["title"].isReadOnly()
    assert not editor.side_one.pixmap().isNull()  # the preview still shows the booklet


def test_an_unlimited_operator_may_change_them(qtbot, region_db):
    region_db.user_role = "operator"
    try:
        win = DesignerWindow(region_db, "default")
        qtbot.addWidget(win)
        assert win.findChild(QAction, "designer_saveAs").isEnabled()
        assert win.findChild(QLabel, "regionWideRefusal") is None
    finally:
        region_db.user_role = ""
