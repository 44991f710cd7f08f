"""Screenshots for the Russian user guide, made from the real program on demo data.

    python tools/screenshots.py [OUT_DIR]      # default resources/guide/img

Runs offscreen (no display needed): a fresh demo database in a temporary folder, the
real main window and dialogs, each grabbed to a PNG. The guide references these files;
tests/ui/test_user_guide.py fails when one is missing.

A shot is registered with @shot(name) and returns the widget to grab. A dialog that an
action opens modally is grabbed through `action_dialog(name, "actionXxx")`: the action is
triggered as a user would, the dialog it opens is grabbed and cancelled. A shot whose
action is not in this build (a capability not merged) is skipped.
"""

from __future__ import annotations

import importlib.util
import os
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from PySide6.QtCore import Qt, QTimer  # noqa: E402
from PySide6.QtGui import QAction  # noqa: E402
from PySide6.QtWidgets import QApplication, QDialog, QWidget  # noqa: E402
from sqlalchemy import select  # noqa: E402

from app.models import Organisation, demo, open_database  # noqa: E402
from app.ui.i18n import install_translators  # noqa: E402
from app.ui.main_window import MainWindow  # noqa: E402

DEFAULT_OUT = ROOT / "resources" / "guide" / "img"
SKIP = object()  # returned by a shot that cannot be made in this build

Shot = Callable[[MainWindow, Path], "QWidget | object | None"]
SHOTS: dict[str, Shot] = {}


def shot(name: str) -> Callable[[Shot], Shot]:
    def register(make: Shot) -> Shot:
        SHOTS[name] = make
        return make

    return register


def settle(rounds: int = 8) -> None:
    app = QApplication.instance()
    for _ in range(rounds):
        app.processEvents()


def wait(seconds: float) -> None:
    """Let the program work (a report built on a worker thread) for a while."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        settle(1)
        time.sleep(0.05)


def grab_modal_of(window: MainWindow, trigger: Callable[[], None], path: Path) -> bool:
    """Run `trigger`; grab the window it opens to `path`, then close that window.

    A modal dialog is grabbed from inside its own event loop; a non-modal window (one that
    `trigger` shows and returns) is found among the new top-level windows afterwards.
    """
    grabbed: list[bool] = []
    finished: list[bool] = []
    before = {id(w) for w in QApplication.topLevelWidgets() if w.isVisible()}

    def take() -> None:
        if finished:
            return
        dialog = QApplication.activeModalWidget()
        if dialog is None or not dialog.isVisible():
            if len(grabbed) < 300:  # the dialog may come after a preparation (a busy machine)
                grabbed.append(False)
                QTimer.singleShot(100, take)
            return
        settle()
        dialog.grab().save(str(path))
        grabbed.append(True)
        if isinstance(dialog, QDialog):
            dialog.reject()
        else:
            dialog.close()

    QTimer.singleShot(200, take)
    trigger()
    settle()
    if grabbed and grabbed[-1]:
        finished.append(True)
        return True
    finished.append(True)
    opened = [
        w
        for w in QApplication.topLevelWidgets()
        if w.isVisible() and id(w) not in before and w.isWindow()
    ]
    if not opened:
        return False
    wait(3)
    opened[0].grab().save(str(path))
    opened[0].close()
    settle()
    return True


def action_dialog(name: str, action_name: str, prepare: Callable[[MainWindow], None] = None):
    """Register a shot of the modal dialog the action opens (skipped when no such action)."""

    def make(window: MainWindow, path: Path):  # noqa: ANN202
        action = window.findChild(QAction, action_name)
        if action is None:
            return SKIP
        for _attempt in range(2):  # a busy machine may need a second try
            if prepare is not None:
                prepare(window)
            if grab_modal_of(window, action.trigger, path):
                return path
            wait(1)
        return SKIP

    SHOTS[name] = make


def select_first_member(window: MainWindow) -> None:
    window.search.clear()
    window._search_pacer.stop()  # no late re-filter that would drop the selection
    window.apply_filter()
    settle()
    window.member_table.selectRow(0)
    settle()


def select_first_territorial(window: MainWindow) -> None:
    index = window.org_model.index(0, 0, window.org_model.index(0, 0))
    window.org_tree.setCurrentIndex(index)
    settle()


# --- the first start -------------------------------------------------------------------
def _wizard(window: MainWindow, page: int) -> QWidget:
    from app.ui.first_start import FirstStartWizard

    wizard = FirstStartWizard(window.db, window)
    if page >= 1:
        wizard.restart()
        wizard.next()
        wizard.region_name.setText("Курская областная организация Профсоюза")
        wizard.region_code.setText("46")
    return wizard


@shot("first-start-welcome")
def _first_start_welcome(window: MainWindow, path: Path) -> QWidget:
    return _wizard(window, 0)


@shot("first-start-region")
def _first_start_region(window: MainWindow, path: Path) -> QWidget:
    return _wizard(window, 1)


# --- members ------------------------------------------------------------------------------
@shot("main-window")
def _main_window(window: MainWindow, path: Path) -> QWidget:
    return window


@shot("start-page")
def _start_page(window: MainWindow, path: Path) -> QWidget:
    window.start_page.refresh()  # counted now, not after the window's first paint
    return window.start_page


@shot("search")
def _search(window: MainWindow, path: Path) -> QWidget:
    window.search.setText("ёлкина")
    window.apply_filter()
    return window


@shot("member-form")
def _member_form(window: MainWindow, path: Path) -> QWidget:
    from app.ui.members.member_form import MemberForm

    window.search.clear()
    window._search_pacer.stop()
    window.apply_filter()
    member_id = window.member_model.member_id(0)
    return MemberForm(window.db, window.org_model.all_nodes(), member_id, parent=window)


@shot("org-form")
def _org_form(window: MainWindow, path: Path) -> QWidget:
    from app.ui.members.org_form import OrgForm

    node = window.org_model.roots[0].children[0]
    return OrgForm(window.db, window.org_model.all_nodes(), org_id=node.id, parent=window)


action_dialog("leave-dialog", "actionMarkLeft", select_first_member)
action_dialog("move-dialog", "actionMoveMember", select_first_member)

# --- booklets and stock ---------------------------------------------------------------------
action_dialog("booklet-print", "actionPrintBooklets", select_first_territorial)
action_dialog("booklet-text", "actionBookletText")


@shot("booklet-stock")
def _booklet_stock(window: MainWindow, path: Path):  # noqa: ANN202
    action = window.findChild(QAction, "actionBookletStock")
    if action is None:
        return SKIP
    action.trigger()
    settle()
    stock = window.stock_window
    stock.resize(1200, 640)
    return stock


# --- capabilities merged later: shown when their actions exist -------------------------------
action_dialog("import-wizard", "actionImportMembers", select_first_territorial)
action_dialog("cards-print", "actionPrintCards", select_first_territorial)
action_dialog("cards-printer-profiles", "actionPrinterProfiles")
action_dialog("cards-batches", "actionCardBatches")


@shot("card-designer")
def _card_designer(window: MainWindow, path: Path):  # noqa: ANN202
    from app.ui.cards.designer.window import DesignerWindow

    designer = DesignerWindow(window.db, "default", window)
    designer.setWindowFlag(Qt.WindowType.Window, True)
    designer.scene.items_by_index[7].setSelected(True)  # the surname: its properties show
    return designer


@shot("card-designer-back")
def _card_designer_back(window: MainWindow, path: Path):  # noqa: ANN202
    from app.ui.cards.designer.window import DesignerWindow

    designer = DesignerWindow(window.db, "default", window)
    designer.setWindowFlag(Qt.WindowType.Window, True)
    designer.show_side("back")
    designer.scene.items_by_index[4].setSelected(True)  # the barcode
    return designer


@shot("card-designer-fit")
def _card_designer_fit(window: MainWindow, path: Path):  # noqa: ANN202
    from app.printing.card_templates import load_template
    from app.services.fit_check import fit_check
    from app.ui.designer.fit_dialog import FitDialog

    with window.db.session() as s:
        result = fit_check(load_template("default"), s)
    return FitDialog(result, window)


@shot("booklet-designer")
def _booklet_designer(window: MainWindow, path: Path):  # noqa: ANN202
    from app.ui.booklets.booklet_designer import BookletDesigner

    designer = BookletDesigner(window.db, None, window)
    designer.setWindowFlag(Qt.WindowType.Window, True)
    designer.resize(1280, 900)
    designer.show_side("page3")
    designer.scene.items_by_index[1].setSelected(True)  # the member's name: its properties
    return designer


@shot("booklet-designer-cover")
def _booklet_designer_cover(window: MainWindow, path: Path):  # noqa: ANN202
    from app.ui.booklets.booklet_designer import BookletDesigner

    designer = BookletDesigner(window.db, None, window)
    designer.setWindowFlag(Qt.WindowType.Window, True)
    designer.resize(1280, 900)
    designer.scene.items_by_index[0].setSelected(True)  # the title
    designer.toggle_hidden()  # hidden: shown faintly with «Show hidden»
    designer.show_hidden_action.setChecked(True)
    designer.show_hidden_changed()
    designer.undo.setClean()
    return designer


@shot("report")
def _report(window: MainWindow, path: Path):  # noqa: ANN202
    action = window.findChild(QAction, "actionStatisticalReport")
    if action is None:
        return SKIP
    action.trigger()
    report = window.report_window
    report.resize(1280, 640)
    report.build()
    for _ in range(100):  # built on a worker thread
        wait(0.1)
        if report.tree.model() is not None and report.tree.model().rowCount() > 0:
            break
    wait(0.3)
    return report


@shot("work-lists")
def _work_lists(window: MainWindow, path: Path):  # noqa: ANN202
    work = getattr(window, "work", None)
    if work is None:
        return SKIP
    panel = work.show_panel("not-e-registered")
    panel.resize(1240, 640)
    panel.table.selectRow(0)
    settle()
    return panel


@shot("work-progress")
def _work_progress(window: MainWindow, path: Path):  # noqa: ANN202
    work = getattr(window, "work", None)
    if work is None:
        return SKIP
    chart = work.show_panel().show_progress()
    wait(0.5)
    return chart


@shot("work-ranking")
def _work_ranking(window: MainWindow, path: Path):  # noqa: ANN202
    work = getattr(window, "work", None)
    if work is None or not hasattr(work, "show_ranking"):
        return SKIP
    ranking = work.show_ranking()
    ranking.resize(1240, 640)
    ranking.org_box.setCurrentIndex(0)  # the whole region, not the tree's choice
    for _ in range(100):  # counted on a worker thread
        wait(0.1)
        if ranking.model.rowCount() > 0:
            break
    settle()
    return ranking


action_dialog("exchange-passphrase", "actionExchangePassphrase")
action_dialog("exchange-conflicts", "actionExchangeConflicts")
action_dialog("users", "actionUsers")
action_dialog("audit-log", "actionAuditLog")
action_dialog("restore-backup", "actionRestoreBackup")


# --- help ----------------------------------------------------------------------------------
@shot("user-guide")
def _user_guide(window: MainWindow, path: Path) -> QWidget:
    from app.ui.user_guide import show_guide

    guide = show_guide(window)
    guide.resize(900, 640)
    return guide


def add_demo_users(db) -> None:  # noqa: ANN001
    """A few staff accounts for the pictures of the users and audit windows."""
    if importlib.util.find_spec("app.models.users") is None:
        return
    from app.models.users import create_user

    db.user_login, db.user_role = "admin", "administrator"
    with db.session() as s:
        create_user(s, "admin", "пароль-админа-1", "administrator")
        create_user(s, "ivanova", "пароль-оператора-1", "operator")
        create_user(s, "petrov", "пароль-просмотра-1", "viewer")


def add_demo_booklets(db) -> None:  # noqa: ANN001
    """A print run at the region and one shipment, for the start page and the stock window."""
    from app.models.organisations import region
    from app.models.stock import receive_edition
    from app.models.stock_shipments import ship

    with db.session() as s:
        receive_edition(s, "Как работать в Профкардс? 2026", 5000, year=2026)
        top = region(s)
        first = s.scalars(
            select(Organisation).where(Organisation.parent_id == top.id).order_by(Organisation.name)
        ).first()
        ship(s, first.id, 300, from_org_id=top.id)


def add_demo_snapshots(db) -> None:  # noqa: ANN001
    """Last month's snapshot, a month of work, this month's: the start page's changes."""
    if importlib.util.find_spec("app.models.snapshots") is None:
        return
    import datetime as dt

    from app.models import Member
    from app.models.snapshots import month_start, take_snapshot

    today = dt.date.today()
    with db.session() as s:
        take_snapshot(s, month_start(today) - dt.timedelta(days=1))
        active = select(Member).where(Member.left_on.is_(None))
        for member in s.scalars(active.where(Member.e_registered_on.is_(None)).limit(120)):
            member.e_registered_on = today
        for member in s.scalars(active.where(Member.booklet_on.is_(None)).limit(400)):
            member.booklet_on = today
        s.flush()
        take_snapshot(s, today)


def make_all(out_dir: Path, only: list[str] | None = None) -> list[Path]:
    out_dir.mkdir(parents=True, exist_ok=True)
    app = QApplication.instance() or QApplication([])
    translators = install_translators(app)  # noqa: F841 - alive while grabbing
    written = []
    with tempfile.TemporaryDirectory() as tmp:
        db = open_database(Path(tmp) / "demo.sqlite3")
        with db.session(log_changes=False) as s:
            demo.generate(s, members=3000, seed=1)
        add_demo_users(db)
        add_demo_booklets(db)
        add_demo_snapshots(db)
        window = MainWindow(db)
        window.resize(1280, 720)
        window.show()
        settle()
        for name, make in SHOTS.items():
            if only and name not in only:
                continue
            path = out_dir / f"{name}.png"
            result = make(window, path)
            if result is SKIP:
                continue
            if isinstance(result, QWidget):
                result.show()
                settle()
                result.grab().save(str(path))
                if result is not window:
                    result.close()
            written.append(path)
            settle(2)
        window.close()
        db.close()
    return written


if __name__ == "__main__":
    target = Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_OUT
    for path in make_all(target):
        print(path)
    sys.stdout.flush()
    # Every picture is saved. Skip the interpreter's teardown of the many Qt windows made
    # here: PySide6 sometimes deletes a shared Qt object twice at that point and aborts.
    os._exit(0)
