"""The booklet designer driven as the office would: pick a page, move the member's name with
the keys, hide the card place, undo and redo, zoom, save, reopen; then the printed booklet
has the name where it was put and no card place, and the canvas's ink sits where the PDF's
does (one renderer)."""

from __future__ import annotations

import shutil
import subprocess

import pytest
from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QAction, QImage, QPainter
from PySide6.QtWidgets import QApplication

from app.printing.booklet import render_booklets
from app.printing.booklet_layout import PAGE_H_MM, PAGE_W_MM
from app.printing.booklet_pages import SINGLE
from app.services import booklet_layouts as bl
from app.services import booklets as bk
from app.ui.booklets.booklet_designer import BookletDesigner
from app.ui.i18n import install_translators

pytestmark = pytest.mark.skipif(not shutil.which("pdftoppm"), reason="poppler-utils missing")


@pytest.fixture
def designer(qtbot, demo_db):
    install_translators(QApplication.instance())
    win = BookletDesigner(demo_db)
    # pytest-qt closes its widgets before fixtures end: unsaved changes must not ask then
    qtbot.addWidget(win, before_close_func=lambda w: w.undo.setClean())
    win.show()
    qtbot.waitExposed(win)
    yield win
    win.undo.setClean()
    qtbot.keyClick(win.view.viewport(), Qt.Key.Key_Escape)
    qtbot.mouseClick(win.statusBar(), Qt.MouseButton.LeftButton)


def _select(win: BookletDesigner, index: int) -> None:
    win.scene.clearSelection()
    win.scene.items_by_index[index].setSelected(True)


def _trigger(win: BookletDesigner, name: str) -> None:
    win.findChild(QAction, f"designer_{name}").trigger()


def test_move_hide_undo_zoom_save_reopen_and_print(designer, qtbot, demo_db, tmp_path):
    w = designer
    assert w.name == "default" and w.built_in and w.windowTitle().startswith("Макет буклета")
    w.show_side("page3")
    name = next(i for i, e in enumerate(w.body["page3"]) if e.get("text") == "{full_name}")
    x0, y0 = w.body["page3"][name]["x"], w.body["page3"][name]["y"]
    _select(w, name)
    w.view.setFocus()
    for _ in range(3):
        qtbot.keyClick(w.view, Qt.Key.Key_Down, Qt.KeyboardModifier.ShiftModifier)
    qtbot.keyClick(w.view, Qt.Key.Key_Left)
    assert w.body["page3"][name]["y"] == pytest.approx(y0 + 3)
    assert w.body["page3"][name]["x"] == pytest.approx(x0 - 0.1)

    # hide the card place: gone from the canvas, faint with «Show hidden», undoable
    _select(w, 0)
    _trigger(w, "hide")
    assert w.body["page3"][0]["hidden"] is True and 0 not in w.scene.items_by_index
    _trigger(w, "showHidden")
    assert w.scene.items_by_index[0].opacity() < 0.5
    _trigger(w, "showHidden")
    w.undo.undo()
    assert "hidden" not in w.body["page3"][0] and 0 in w.scene.items_by_index
    w.undo.redo()
    assert w.body["page3"][0]["hidden"] is True

    # zoom: the box shows the per cent, 100-800 %
    w.zoom_box.setEditText("250 %")
    w.zoom_box.lineEdit().editingFinished.emit()
    assert w.view.zoom == pytest.approx(2.5) and "250 %" in w.zoom_label.text()
    w.set_zoom(20)
    assert w.zoom_box.currentText() == "800 %"
    w.set_zoom(1)

    assert w.save_as("office-booklet", "Буклет офиса")
    assert w.name == "office-booklet" and not w.built_in and w.undo.isClean()
    with demo_db.session() as s:
        assert bl.in_use(s) == "office-booklet"
        assert [i.version for i in bl.list_layouts(s) if i.name == "office-booklet"] == [1]
    again = BookletDesigner(demo_db)
    qtbot.addWidget(again)
    assert again.name == "office-booklet"
    assert again.body["page3"][0]["hidden"] is True
    assert again.body["page3"][name]["y"] == pytest.approx(y0 + 3)

    with demo_db.session() as s:
        content = bk.booklet_content(s, member_ids=[w.records[0].member_id])
    pdf = tmp_path / "booklet.pdf"
    render_booklets(content, pdf, SINGLE)
    page3 = subprocess.run(["pdftotext", "-f", "3", "-l", "3", "-bbox", str(pdf), "-"],
                           capture_output=True, text=True, check=True).stdout  # fmt: skip
    assert "Место" not in page3  # the hidden card place is not printed
    first = content.entries[0].full_name.split()[0]
    line = next(ln for ln in page3.splitlines() if f">{first}<" in ln)
    y_max = float(line.split('yMax="')[1].split('"')[0])
    assert (y0 + 3) * 72 / 25.4 < y_max < (y0 + 3 + 11) * 72 / 25.4  # in its moved box


def _ink_box(image: QImage, x0: int, y0: int, x1: int, y1: int):  # noqa: ANN202
    """The box of the ink (black, the grey of the organisation, the blue of the headings;
    the light grid and frames of the canvas are lighter than that)."""
    found = None
    for y in range(max(0, y0), min(image.height(), y1)):
        for x in range(max(0, x0), min(image.width(), x1)):
            c = image.pixelColor(x, y)
            if 0.299 * c.red() + 0.587 * c.green() + 0.114 * c.blue() < 150:
                if found is None:
                    found = [x, y, x, y]
                else:
                    found = [min(found[0], x), min(found[1], y), max(found[2], x), max(found[3], y)]
    return found


@pytest.mark.parametrize("page", ["page2", "page3"])
def test_the_canvas_and_the_printed_page_put_the_ink_in_the_same_places(
    designer, demo_db, tmp_path, page
):
    w = designer
    w.show_side(page)
    dpi = 100
    px = dpi / 25.4
    number = int(page[-1])
    with demo_db.session() as s:
        content = bk.booklet_content(s, member_ids=[w.records[0].member_id])
    pdf = tmp_path / "one.pdf"
    render_booklets(content, pdf, SINGLE)
    subprocess.run(["pdftoppm", "-r", str(dpi), "-f", str(number), "-l", str(number), "-png",
                    str(pdf), str(tmp_path / "p")], check=True)  # fmt: skip
    printed = QImage(str(next(tmp_path.glob("p*.png"))))
    screen = QImage(printed.width(), printed.height(), QImage.Format.Format_RGB32)
    screen.fill(0xFFFFFF)
    w.scene.clearSelection()
    painter = QPainter(screen)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    target = QRectF(0, 0, PAGE_W_MM * px, PAGE_H_MM * px)
    w.scene.render(painter, target, QRectF(0, 0, PAGE_W_MM, PAGE_H_MM))
    painter.end()
    compared = 0
    for e in w.body[page]:
        if e["type"] != "text":
            continue
        box = [round(e["x"] * px) + 3, round(e["y"] * px) + 3]
        box += [round((e["x"] + e["w"]) * px) - 3, round((e["y"] + e["h"]) * px) - 3]
        on_paper, on_screen = _ink_box(printed, *box), _ink_box(screen, *box)
        assert (on_paper is None) == (on_screen is None), e["text"]
        if on_paper:
            assert all(abs(a - b) <= 2 for a, b in zip(on_paper, on_screen, strict=True)), (
                e["text"], on_paper, on_screen,
            )  # fmt: skip
            compared += 1
    assert compared >= 4


def test_export_and_import_from_the_designer(designer, demo_db, tmp_path, monkeypatch):
    import json

    from PySide6.QtWidgets import QFileDialog

    w = designer
    out = tmp_path / "буклет.json"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), ""))
    _trigger(w, "export")
    body = json.loads(out.read_text(encoding="utf-8"))
    assert body["name"] == "default" and len(body["page3"]) == len(w.body["page3"])
    body["name"], body["title"] = "shared", "Буклет соседей"
    body["page1"][0]["text"] = "Профкардс: как начать"
    out.write_text(json.dumps(body, ensure_ascii=False), encoding="utf-8")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(out), ""))
    _trigger(w, "import")
    assert w.name == "shared" and not w.built_in
    assert w.scene.items_by_index[0].placed.lines[0].text.startswith("Профкардс:")
    with demo_db.session() as s:
        assert bl.in_use(s) == "shared"


def test_the_panel_edits_a_text_block_without_losing_its_lines(designer):
    w = designer
    w.show_side("page2")
    steps = next(i for i, e in enumerate(w.body["page2"]) if e.get("text") == "{app_steps}")
    _select(w, steps)
    panel = w.panel
    assert panel.max_lines.value() == w.body["page2"][steps]["max_lines"] == 16
    assert panel.block.isVisibleTo(panel) and not panel.text.isVisibleTo(panel)
    assert panel.list.currentData() == "number"
    panel.size.setValue(10.5)
    panel.size.editingFinished.emit()
    assert w.body["page2"][steps]["size"] == 10.5 and w.body["page2"][steps]["max_lines"] == 16
    panel.list.setCurrentIndex(panel.list.findData("bullet"))
    panel.list.activated.emit(panel.list.currentIndex())
    assert w.body["page2"][steps]["list"] == "bullet"
    assert w.scene.items_by_index[steps].placed.lines[0].text.startswith("•")
    panel.block.setPlainText("Первый шаг.\nВторой шаг.")
    panel.block.finished()
    placed = w.scene.items_by_index[steps].placed
    assert [ln.text for ln in placed.lines] == ["• Первый шаг.", "• Второй шаг."]
    w.undo.undo()
    assert w.body["page2"][steps]["text"] == "{app_steps}"


def test_the_fit_check_finds_a_name_too_long_for_the_booklet(designer, demo_db, monkeypatch):
    from app.models.members import create_member
    from app.models.organisations import get_by_code

    w = designer
    long = (
        "Непомещающаяся-Длиннофамильная-Предлиннейшая-Растянутая-Бесконечная-Широчайшая-Невероятная"
    )
    with demo_db.session() as s:
        org = get_by_code(s, w.records[0].organisation_code)
        planted = create_member(
            s, {"last_name": long, "first_name": "Анна", "organisation_id": org.id}
        ).id
    opened = []
    monkeypatch.setattr(
        "app.ui.designer.fit_dialog.FitDialog.exec", lambda self: opened.append(self)
    )
    _trigger(w, "fitCheck")
    result = w.last_fit
    assert [m.member_id for m in result.misfits] == [planted]
    assert result.misfits[0].element == "ФИО" and not result.problems
    assert "страница 3: ФИО" in result.worst and opened
