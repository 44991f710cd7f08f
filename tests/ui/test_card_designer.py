"""The card designer driven as a user would: add, move (mouse and keys), resize, align, undo,
save, reopen; then a card printed with the saved layout has the element where it was put."""

from __future__ import annotations

import shutil
import subprocess

import pytest
from PySide6.QtCore import QEvent, QPointF, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QApplication
from reportlab.lib.units import mm

from app.models import cards as card_ops
from app.printing.card_templates import CARD_H
from app.printing.card_text import ASCENT
from app.printing.cards_pdf import card_printer_pdf
from app.services.layouts import load_layout
from app.ui.cards.designer.window import DesignerWindow
from app.ui.i18n import install_translators

pytestmark = pytest.mark.skipif(not shutil.which("pdftotext"), reason="pdftotext is missing")


@pytest.fixture
def designer(qtbot, demo_db):
    install_translators(QApplication.instance())
    win = DesignerWindow(demo_db, "default")
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    yield win
    win.undo.setClean()  # closing asks about unsaved changes otherwise
    # leave no button or modifier "held" for the next test's selections
    qtbot.keyClick(win.view.viewport(), Qt.Key.Key_Escape)
    qtbot.mouseClick(win.statusBar(), Qt.MouseButton.LeftButton)


def _mouse(view, kind: QEvent.Type, scene_point: QPointF, buttons) -> None:  # noqa: ANN001
    pos = QPointF(view.mapFromScene(scene_point))
    global_pos = QPointF(view.viewport().mapToGlobal(pos.toPoint()))
    event = QMouseEvent(kind, pos, global_pos, Qt.MouseButton.LeftButton, buttons,
                        Qt.KeyboardModifier.NoModifier)  # fmt: skip
    QApplication.sendEvent(view.viewport(), event)


def drag(view, start: QPointF, end: QPointF) -> None:  # noqa: ANN001
    left = Qt.MouseButton.LeftButton
    _mouse(view, QEvent.Type.MouseButtonPress, start, left)
    for k in range(1, 6):
        _mouse(view, QEvent.Type.MouseMove, start + (end - start) * (k / 5), left)
    _mouse(view, QEvent.Type.MouseButtonRelease, end, Qt.MouseButton.NoButton)


def test_add_move_resize_align_undo_save_reopen_and_print(designer, qtbot, demo_db, tmp_path):
    w = designer
    count = len(w.body["front"])
    w.findChild(type(w.undo.createUndoAction(w)), "designer_add_text").trigger()
    assert len(w.body["front"]) == count + 1
    new = count
    assert w.scene.selected_indices() == [new]
    assert w.body["front"][new]["x"] == 10 and w.body["front"][new]["y"] == 10

    # the mouse: drag the element by its middle 12 mm right and 6 mm down; it snaps to the
    # 0.5 mm grid or to a neighbour's edge or centre within 0.8 mm
    drag(w.view, QPointF(30, 12.5), QPointF(42, 18.5))
    x, y = w.body["front"][new]["x"], w.body["front"][new]["y"]
    assert abs(x - 22) <= 0.81 and abs(y - 16) <= 0.81

    # the keys: 0.1 mm, with Shift 1 mm
    w.view.setFocus()
    qtbot.keyClick(w.view.viewport(), Qt.Key.Key_Right)
    qtbot.keyClick(w.view.viewport(), Qt.Key.Key_Down, Qt.KeyboardModifier.ShiftModifier)
    assert (w.body["front"][new]["x"], w.body["front"][new]["y"]) == (
        round(x + 0.1, 2),
        round(y + 1, 2),
    )
    x = round(x + 0.1, 2)

    # resize by the handle in the bottom-right corner: 40 x 5 -> 30 x 7
    item = w.scene.items_by_index[new]
    corner = item.mapToScene(item.rect().bottomRight() - QPointF(0.3, 0.3))
    drag(w.view, corner, corner + QPointF(-10, 2))
    size = (w.body["front"][new]["w"], w.body["front"][new]["h"])
    assert size == pytest.approx((30.0, 7.0), abs=0.15)  # a screen pixel is 0.1 mm here

    # align: the new text and the card-number text, left edges together
    number = next(i for i, e in enumerate(w.body["front"]) if e.get("text") == "№ {card_number}")
    w.scene.clearSelection()
    w.scene.items_by_index[new].setSelected(True)
    w.scene.items_by_index[number].setSelected(True)
    w.findChild(type(w.undo.createUndoAction(w)), "designer_align_left").trigger()
    assert w.body["front"][new]["x"] == w.body["front"][number]["x"] == 4

    # undo the alignment, then redo it
    w.undo.undo()
    assert w.body["front"][new]["x"] == x
    w.undo.redo()
    assert w.body["front"][new]["x"] == 4

    # the side panel: the text becomes the region's short title
    w.scene.clearSelection()
    w.scene.items_by_index[new].setSelected(True)
    w.panel.text.setText("Профком {organisation_short}")
    w.panel.text.editingFinished.emit()
    assert w.body["front"][new]["text"] == "Профком {organisation_short}"

    # save under the office's name (a built-in layout is never overwritten), reopen
    assert w.save_as("office", "Билет офиса")
    assert w.undo.isClean() and not w.built_in
    again = DesignerWindow(demo_db, "office")
    qtbot.addWidget(again)
    assert again.body["front"] == w.body["front"]
    assert again.body["title"] == "Билет офиса"

    # a card printed with the saved layout: the text is where the designer put it
    with demo_db.session() as s:
        template, version = load_layout(s, "office")
        record = card_ops.prepare_print(s)[0]
    assert version == 1
    pdf = card_printer_pdf([record], template, tmp_path / "card.pdf")
    words = subprocess.run(
        ["pdftotext", "-bbox", "-f", "1", "-l", "1", str(pdf), "-"],
        capture_output=True, text=True, check=True,
    ).stdout  # fmt: skip
    line = next(x for x in words.splitlines() if ">Профком<" in x)
    x_min = float(line.split('xMin="')[1].split('"')[0])
    y_min = float(line.split('yMin="')[1].split('"')[0])
    element = template.front[new]
    assert abs(x_min - element["x"] * mm) < 0.6
    size = element["size"]
    top_of_capitals = element["y"] * mm + (ASCENT * size - 0.8 * size)  # top-aligned box
    assert abs(y_min - top_of_capitals) < 0.35 * size
    assert 0 < element["y"] < CARD_H


def test_a_bad_value_is_refused_and_the_layout_stays(designer, qtbot, monkeypatch):
    w = designer
    shown: list[str] = []
    monkeypatch.setattr(
        "app.ui.designer.editor.show_error", lambda _p, error: shown.append(str(error))
    )
    w.scene.items_by_index[0].setSelected(True)
    before = [dict(e) for e in w.body["front"]]
    w.change_selected({"w": 200.0})
    assert shown and "выходит за край билета" in shown[0]
    assert w.body["front"] == before and w.undo.count() == 0


def test_fit_check_lists_a_planted_long_surname(designer, demo_db, monkeypatch):
    from app.models.members import create_member
    from app.models.print_selection import select_for_print

    with demo_db.session() as s:
        org = select_for_print(s)[0]
        from app.models.organisations import get_by_code

        planted = create_member(
            s,
            {
                "last_name": "Длиннофамильная-Предлиннейшая-Непомещающаяся",
                "first_name": "Анна",
                "organisation_id": get_by_code(s, org.organisation_code).id,
            },
        ).id
    opened: list = []
    monkeypatch.setattr(
        "app.ui.designer.fit_dialog.FitDialog.exec", lambda self: opened.append(self)
    )
    designer.fit_check()
    (dialog,) = opened
    assert [m.member_id for m in designer.last_fit.misfits] == [planted]
    assert dialog.table.item(0, 0).text().startswith("Длиннофамильная")


def _ink_box(image, x0: int, y0: int, x1: int, y1: int):  # noqa: ANN001, ANN202
    """The box of the black pixels (text is pure black) inside a rectangle of `image`."""
    found = None
    for y in range(max(0, y0), min(image.height(), y1)):
        for x in range(max(0, x0), min(image.width(), x1)):
            c = image.pixelColor(x, y)
            if c.red() < 90 and c.green() < 90 and c.blue() < 90:
                if found is None:
                    found = [x, y, x, y]
                else:
                    found = [min(found[0], x), min(found[1], y), max(found[2], x), max(found[3], y)]
    return found


def test_the_canvas_and_the_printed_card_put_the_ink_in_the_same_places(designer, tmp_path):
    """The canvas painted to an image and the PDF rendered by poppler, both at 150 dpi: the
    black ink of every text element has the same box (within 2 px = 0.34 mm)."""
    from PySide6.QtCore import QRectF
    from PySide6.QtGui import QImage, QPainter

    from app.printing.card_templates import CARD_W

    dpi = 150
    px = dpi / 25.4
    w, h = round(CARD_W * px), round(CARD_H * px)
    record = designer.records[designer.record_index]
    pdf = card_printer_pdf([record], load_layout_default(), tmp_path / "one.pdf")
    subprocess.run(
        ["pdftoppm", "-r", str(dpi), "-f", "1", "-l", "1", "-png", str(pdf), str(tmp_path / "p")],
        check=True,
    )
    from PySide6.QtGui import QImage as Img

    printed = Img(str(next(tmp_path.glob("p*.png"))))
    screen = QImage(printed.width(), printed.height(), QImage.Format.Format_RGB32)
    screen.fill(0xFFFFFF)
    painter = QPainter(screen)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    designer.scene.render(painter, QRectF(0, 0, w, h), QRectF(0, 0, CARD_W, CARD_H))
    painter.end()
    compared = 0
    for e in designer.body["front"]:
        if e["type"] != "text":
            continue
        box = [round(e["x"] * px) + 3, round(e["y"] * px) + 3]
        box += [round((e["x"] + e["w"]) * px) - 3, round((e["y"] + e["h"]) * px) - 3]
        on_paper, on_screen = _ink_box(printed, *box), _ink_box(screen, *box)
        assert (on_paper is None) == (on_screen is None), e["text"]
        if on_paper:
            assert all(abs(a - b) <= 2 for a, b in zip(on_paper, on_screen, strict=True)), (
                e["text"],
                on_paper,
                on_screen,
            )
            compared += 1
    assert compared >= 5


def load_layout_default():  # noqa: ANN201
    from app.printing.card_templates import load_template

    return load_template("default")


def test_the_rulers_stay_at_the_edges_and_follow_scroll_and_zoom(designer, qtbot):
    """Issue 19, point 3: the rulers sit in the view's margins, and the millimetre under a
    ruler's pixel is the scene's millimetre under the viewport's pixel, at any zoom."""
    w = designer
    view, top, left = w.view, w.view.rulers.top, w.view.rulers.left
    for zoom, scroll in ((1.0, 0), (4.0, 200), (8.0, 900)):
        w.set_zoom(zoom)
        view.horizontalScrollBar().setValue(scroll)
        view.verticalScrollBar().setValue(scroll)
        qtbot.wait(10)
        viewport = view.viewport().geometry()
        assert top.geometry().bottom() + 1 == viewport.top()  # glued to the top edge
        assert left.geometry().right() + 1 == viewport.left()
        assert top.isVisible() and left.isVisible()
        for pixel in (0, 150):
            scene = view.mapToScene(pixel, pixel)
            assert top.mm_at(pixel) == pytest.approx(scene.x())
            assert left.mm_at(pixel) == pytest.approx(scene.y())
        assert w.zoom_box.currentText() == f"{round(zoom * 100)} %"
        assert w.zoom_label.text() == f"Масштаб: {round(zoom * 100)} %"
    w.set_zoom(8.0)
    assert top.mm_at(100) - top.mm_at(0) == pytest.approx(100 / view.transform().m11())
