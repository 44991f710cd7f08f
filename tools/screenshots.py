"""Screenshots for the Russian user guide, made from the real program on demo data.

    python tools/screenshots.py [OUT_DIR]      # default docs/ru/img

Runs offscreen (no display needed): a fresh demo database in a temporary folder, the
real main window and dialogs, each grabbed to a PNG. The guide references these files;
tests/ui/test_user_guide.py fails when one is missing.
"""

from __future__ import annotations

import os
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402

from app.models import demo, open_database  # noqa: E402
from app.ui.i18n import install_translators  # noqa: E402
from app.ui.main_window import MainWindow  # noqa: E402

Shot = Callable[[MainWindow], QWidget]
SHOTS: dict[str, Shot] = {}


def shot(name: str) -> Callable[[Shot], Shot]:
    def register(make: Shot) -> Shot:
        SHOTS[name] = make
        return make

    return register


@shot("main-window")
def _main_window(window: MainWindow) -> QWidget:
    return window


@shot("search")
def _search(window: MainWindow) -> QWidget:
    window.search.setText("ёлкина")
    window.apply_filter()
    return window


@shot("member-form")
def _member_form(window: MainWindow) -> QWidget:
    from app.ui.member_form import MemberForm

    window.search.clear()
    window.apply_filter()
    member_id = window.member_model.member_id(0)
    return MemberForm(window.db, window.org_model.all_nodes(), member_id, parent=window)


@shot("org-form")
def _org_form(window: MainWindow) -> QWidget:
    from app.ui.org_form import OrgForm

    node = window.org_model.roots[0].children[0]
    return OrgForm(window.db, window.org_model.all_nodes(), org_id=node.id, parent=window)


def make_all(out_dir: Path) -> list[Path]:
    out_dir.mkdir(parents=True, exist_ok=True)
    app = QApplication.instance() or QApplication([])
    translators = install_translators(app)  # noqa: F841 - alive while grabbing
    written = []
    with tempfile.TemporaryDirectory() as tmp:
        db = open_database(Path(tmp) / "demo.sqlite3")
        with db.session(log_changes=False) as s:
            demo.generate(s, members=3000, seed=1)
        window = MainWindow(db)
        window.resize(1280, 720)
        window.show()
        app.processEvents()
        for name, make in SHOTS.items():
            widget = make(window)
            widget.show()
            for _ in range(5):
                app.processEvents()
            path = out_dir / f"{name}.png"
            widget.grab().save(str(path))
            written.append(path)
            if widget is not window:
                widget.close()
        window.close()
        db.close()
    return written


if __name__ == "__main__":
    target = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "docs" / "ru" / "img"
    for path in make_all(target):
        print(path)
