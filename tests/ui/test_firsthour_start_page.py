"""The start page: its numbers against SQL counts, its buttons trigger the real actions."""

from __future__ import annotations

import datetime as dt

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QLabel, QPushButton
from sqlalchemy import select, text

from app.models import Card, Member
from app.models.office_figures import office_figures
from app.ui.i18n import install_translators
from app.ui.main_window import MainWindow


def make_window(qtbot, db) -> MainWindow:
    install_translators(QApplication.instance())
    window = MainWindow(db)
    qtbot.addWidget(window)
    window.show()
    return window


def sql_counts(db) -> dict[str, int]:
    """The same figures counted a different way: raw SQL over the tables."""
    today = dt.date.today().isoformat()
    with db.session() as s:
        active = s.execute(text("SELECT count(*) FROM member WHERE left_on IS NULL")).scalar()
        ereg = s.execute(
            text(
                "SELECT count(*) FROM member WHERE left_on IS NULL "
                "AND e_registered_on IS NOT NULL AND e_registered_on <= :t"
            ),
            {"t": today},
        ).scalar()
        waiting = s.execute(
            text("SELECT count(*) FROM card WHERE is_current = true AND status = 'to_print'")
        ).scalar()
        no_card = s.execute(
            text(
                "SELECT count(*) FROM member m WHERE m.left_on IS NULL AND m.id NOT IN "
                "(SELECT member_id FROM card WHERE is_current = true)"
            )
        ).scalar()
    return {"members": active, "ereg": ereg, "cards": waiting + no_card}


def without_card(db, how_many: int) -> list[str]:
    """Current members who hold no current card (the demo gives cards to many)."""
    with db.session() as s:
        return s.scalars(
            select(Member.id)
            .where(
                Member.left_on.is_(None),
                ~Member.id.in_(select(Card.member_id).where(Card.is_current.is_(True))),
            )
            .order_by(Member.id)
            .limit(how_many)
        ).all()


def test_figures_match_sql_counts(demo_db):
    before = sql_counts(demo_db)
    printed, waiting = without_card(demo_db, 47)[:40], without_card(demo_db, 47)[40:]
    assert len(waiting) == 7
    with demo_db.session() as s:
        for n, member_id in enumerate(printed):
            s.add(Card(member_id=member_id, number=f"4698{n:06d}", status="printed"))
        for n, member_id in enumerate(waiting):
            s.add(Card(member_id=member_id, number=f"4699{n:06d}", status="to_print"))
    expected = sql_counts(demo_db)
    with demo_db.session() as s:
        figures = office_figures(s)
    assert figures.members == expected["members"] > 0
    assert figures.e_registered == expected["ereg"] > 0
    assert figures.cards_to_print == expected["cards"]
    # 40 printed cards leave the queue; the 7 waiting ones were counted before (no card)
    # and are counted once now (a card to print)
    assert figures.cards_to_print == before["cards"] - 40
    assert 0 < figures.e_registered_percent <= 100


def test_booklets_on_hand_follow_the_ledger(demo_db):
    from app.models.stock import receive_edition

    with demo_db.session() as s:
        assert office_figures(s).booklets_on_hand == 0
        receive_edition(s, "Буклет 2026", 1500)
    with demo_db.session() as s:
        assert office_figures(s).booklets_on_hand == 1500


def test_page_shows_the_figures_and_buttons_trigger_actions(qtbot, demo_db):
    window = make_window(qtbot, demo_db)
    page = window.start_page
    qtbot.waitUntil(lambda: page.figures is not None, timeout=3000)
    expected = sql_counts(demo_db)
    shown = page.findChild(QLabel, "figure_members").text().replace(" ", "")
    assert shown == str(expected["members"])
    buttons = {b.objectName(): b for b in page.findChildren(QPushButton)}
    assert "startAddMember" in buttons and "startPrintBooklets" in buttons
    # a button for a capability not in this build is not shown
    for name, candidates in page_jobs().items():
        exists = any(window.findChild(QAction, c) is not None for c in candidates)
        assert (name in buttons) == exists
    triggered = []
    window.findChild(QAction, "actionAddMember").triggered.disconnect()
    window.findChild(QAction, "actionAddMember").triggered.connect(lambda: triggered.append(1))
    buttons["startAddMember"].click()
    assert triggered == [1]


def page_jobs() -> dict:
    from app.ui.start_page import JOBS

    return JOBS


def test_buttons_hidden_for_a_role_without_the_right(qtbot, demo_db):
    demo_db.user_role = "viewer"
    window = make_window(qtbot, demo_db)
    page = window.start_page
    qtbot.waitUntil(lambda: page.figures is not None, timeout=3000)
    names = {b.objectName() for b in page.findChildren(QPushButton)}
    assert "startAddMember" not in names
    assert "startPrintBooklets" not in names


def test_a_district_copy_counts_the_booklets_of_its_own_organisation(demo_db):
    from app.models import Organisation, OrgKind
    from app.models.organisations import region
    from app.models.settings import set_setting
    from app.models.stock import receive_edition
    from app.models.stock_shipments import confirm_shipment, ship

    with demo_db.session() as s:
        receive_edition(s, "Буклет 2026", 1500)
        district = s.scalars(
            select(Organisation).where(Organisation.kind == OrgKind.TERRITORIAL)
        ).first()
        shipment = ship(s, district.id, 200, from_org_id=region(s).id)
        set_setting(s, "exchange.scope_org_id", district.id)
    with demo_db.session() as s:
        assert office_figures(s).booklets_on_hand == 0  # in transit, not on hand yet
        confirm_shipment(s, shipment.id, "Иванова А. А.", quantity=200)
    with demo_db.session() as s:
        assert office_figures(s).booklets_on_hand == 200  # the district's own stock
        set_setting(s, "exchange.scope_org_id", "")
    with demo_db.session() as s:
        assert office_figures(s).booklets_on_hand == 1300
