"""The Russian user guide: its pictures exist, it names every menu action, it opens on F1."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication

from app.ui.i18n import install_translators
from app.ui.main_window import MainWindow
from app.ui.user_guide import guide_dir

ROOT = Path(__file__).resolve().parents[2]
IMAGE = re.compile(r"!\[[^\]]*\]\(([^)\s]+)\)")
LINK = re.compile(r"(?<!!)\[[^\]]*\]\(([^)#\s]+\.md)(#[^)]*)?\)")


def chapters() -> list[Path]:
    return sorted(guide_dir().glob("*.md"))


def guide_text() -> str:
    """The whole guide in lower case (a name may begin a sentence or sit inside one)."""
    return "\n".join(p.read_text(encoding="utf-8") for p in chapters()).lower()


def referenced_images() -> set[str]:
    return {m for p in chapters() for m in IMAGE.findall(p.read_text(encoding="utf-8"))}


def plain(text: str) -> str:
    return text.replace("&", "").replace("…", "").replace("...", "").strip()


def menu_actions(window: MainWindow) -> list[QAction]:
    """Every action of the menus (and the toolbar), with text, as the user sees them."""
    found: list[QAction] = []

    def walk(actions: list[QAction]) -> None:
        for action in actions:
            if action.menu() is not None:
                walk(action.menu().actions())
            elif not action.isSeparator() and action.text():
                found.append(action)

    walk(window.menuBar().actions())
    walk(window.toolbar.actions())
    return found


@pytest.fixture
def window(qtbot, demo_db) -> MainWindow:
    install_translators(QApplication.instance())
    w = MainWindow(demo_db)
    qtbot.addWidget(w)
    return w


def test_the_guide_has_its_chapters_and_the_links_between_them_work():
    names = {p.name for p in chapters()}
    assert "index.md" in names and len(names) >= 8
    for chapter in chapters():
        for target, _anchor in LINK.findall(chapter.read_text(encoding="utf-8")):
            assert (guide_dir() / target).is_file(), f"{chapter.name} links to missing {target}"


def test_every_screenshot_the_guide_references_exists():
    images = referenced_images()
    assert len(images) >= 8
    missing = sorted(i for i in images if not (guide_dir() / i).is_file())
    assert not missing, f"screenshots missing (run tools/screenshots.py): {missing}"


def test_the_guide_names_every_menu_action(window):
    text = guide_text()
    actions = menu_actions(window)
    assert len(actions) >= 15
    missing = [plain(a.text()) for a in actions if plain(a.text()).lower() not in text]
    assert not missing, f"actions the guide does not name: {missing}"


def test_the_guide_names_every_action_of_the_main_window(window):
    """Menu titles, the toolbar and the start page's own toggles included."""
    text = guide_text()
    actions = [a for a in window.findChildren(QAction) if a.text()]
    assert len(actions) > len(menu_actions(window))
    missing = sorted({plain(a.text()) for a in actions if plain(a.text()).lower() not in text})
    assert not missing, f"actions the guide does not name: {missing}"


def test_every_action_has_a_tooltip_and_a_status_tip(window):
    for action in menu_actions(window):
        assert action.toolTip().strip(), action.objectName()
        assert action.statusTip().strip(), action.objectName()


def test_shortcuts_of_the_everyday_jobs_are_listed_in_the_guide(window):
    shortcuts = (guide_dir() / "shortcuts.md").read_text(encoding="utf-8")
    with_keys = [a for a in menu_actions(window) if not a.shortcut().isEmpty()]
    assert len(with_keys) >= 5
    for action in with_keys:
        key = action.shortcut().toString()
        assert key in shortcuts, f"{key} ({plain(action.text())}) not in shortcuts.md"
        assert plain(action.text()) in shortcuts


def test_f1_opens_the_guide_with_its_pictures(qtbot, window):
    action = window.findChild(QAction, "actionUserGuide")
    assert action.shortcut().toString() == "F1"
    action.trigger()
    guide = window.user_guide
    qtbot.waitUntil(guide.isVisible, timeout=3000)
    browser = guide.browser
    assert "Руководство" in browser.toPlainText()
    guide.open_page("first-start.md")
    assert "Мастер первого запуска" in browser.toPlainText()
    # the pictures are found and laid out (an image that is not found is drawn as a tiny box)
    html = browser.toHtml()
    assert "img/" in html
    first = IMAGE.findall((guide_dir() / "first-start.md").read_text(encoding="utf-8"))[0]
    image = browser.loadResource(2, browser.source().resolved(first))  # 2 = ImageResource
    assert image is not None and not image.isNull()


def test_whats_this_action_is_in_the_help_menu(window):
    action = window.findChild(QAction, "actionWhatsThis")
    assert action.shortcut().toString() == "Shift+F1"


@pytest.mark.slow
def test_screenshot_script_makes_every_picture_the_guide_uses(tmp_path):
    result = subprocess.run(
        [sys.executable, str(ROOT / "tools" / "screenshots.py"), str(tmp_path)],
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    made = {p.name for p in tmp_path.glob("*.png")}
    wanted = {Path(i).name for i in referenced_images()}
    assert wanted <= made, f"the script did not make: {sorted(wanted - made)}"
    for name in made:
        assert (tmp_path / name).stat().st_size > 2000  # a picture, not an empty grab


def test_the_guide_names_every_action_of_the_card_designer(qtbot, demo_db):
    from app.ui.cards.designer.window import DesignerWindow

    install_translators(QApplication.instance())
    designer = DesignerWindow(demo_db, "default")
    qtbot.addWidget(designer)
    text = guide_text()
    actions = [a for a in designer.findChildren(QAction) if a.objectName().startswith("designer_")]
    assert len(actions) >= 25
    missing = sorted({plain(a.text()) for a in actions if plain(a.text()).lower() not in text})
    assert not missing, f"designer actions the guide does not name: {missing}"


def test_the_guide_names_every_action_of_the_booklet_designer(qtbot, demo_db):
    from app.ui.booklets.booklet_designer import BookletDesigner

    install_translators(QApplication.instance())
    designer = BookletDesigner(demo_db)
    qtbot.addWidget(designer)
    text = guide_text()
    actions = [a for a in designer.findChildren(QAction) if a.objectName().startswith("designer_")]
    assert len(actions) >= 25
    missing = sorted({plain(a.text()) for a in actions if plain(a.text()).lower() not in text})
    assert not missing, f"designer actions the guide does not name: {missing}"
