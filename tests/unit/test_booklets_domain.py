"""Booklet texts in settings, whom a run is for, the audit entry, the joint step."""

from __future__ import annotations

import io
import json
import shutil
import subprocess

import pytest
from sqlalchemy import select

from app.models import Card, ChangeLogEntry, Organisation, OrgKind
from app.models.errors import PermissionDeniedError, ValidationError
from app.models.print_selection import select_for_print
from app.models.settings import get_setting
from app.printing.booklet import render_booklets
from app.printing.booklet_content import default_emblem, default_texts
from app.services import booklets as bk


def a_primary(s) -> Organisation:
    return s.scalars(
        select(Organisation).where(Organisation.kind == OrgKind.PRIMARY).order_by(Organisation.code)
    ).first()


def test_texts_are_the_draft_plus_the_office_changes(region_db):
    with region_db.session() as s:
        texts = bk.load_texts(s)
        assert texts.title == "Как работать в Профкардс?"
        assert texts.organisation_name == "Тестовая областная организация"
        assert len(texts.app_steps) >= 4 and len(texts.site_steps) >= 4
        texts.title = "Как пользоваться Профкардс"
        texts.contacts = ["Телефон: 8 (4712) 00-00-00"]
        bk.save_texts(s, texts)
    with region_db.session() as s:
        stored = get_setting(s, bk.CONTENT_KEY)
        # only what differs from the draft is stored
        assert stored["title"] == "Как пользоваться Профкардс"
        assert stored["contacts"] == ["Телефон: 8 (4712) 00-00-00"]
        assert "app_steps" not in stored
        again = bk.load_texts(s)
        assert again.title == "Как пользоваться Профкардс"
        assert again.app_steps == default_texts()["app_steps"]
        bk.reset_texts(s)
        assert bk.load_texts(s).title == "Как работать в Профкардс?"


def test_empty_title_is_refused(region_db):
    with region_db.session() as s, pytest.raises(ValidationError, match="Название"):
        bk.save_texts(s, {"title": "  "})


def test_emblem_setting_falls_back_to_the_default(region_db, tmp_path):
    with region_db.session() as s:
        assert bk.emblem_path(s) == default_emblem()
        own = tmp_path / "эмблема.png"
        shutil.copy(default_emblem(), own)
        bk.set_emblem(s, own)
        assert bk.emblem_path(s) == own
        own.unlink()  # the file was moved away later
        assert bk.emblem_path(s) == default_emblem()
        with pytest.raises(ValidationError, match="эмблемы"):
            bk.set_emblem(s, tmp_path / "нет.png")


def test_personalised_run_numbers_members_first_and_keeps_card_order(demo_db):
    with demo_db.session() as s:
        org = a_primary(s)
        before = select_for_print(s, org_code=org.code)
        assert any(r.card_number is None for r in before), "demo data has members without cards"
        content = bk.booklet_content(s, org_code=org.code)
        after = select_for_print(s, org_code=org.code)
        assert all(r.card_number for r in after)
        assert [(e.full_name, e.card_number) for e in content.entries] == [
            (r.full_name, r.card_number) for r in after
        ]
        assert [r.member_id for r in after] == [r.member_id for r in before]


@pytest.mark.skipif(not shutil.which("pdftotext"), reason="needs pdftotext")
def test_each_sheet_carries_its_members_name_and_number_in_card_order(demo_db, tmp_path):
    pdf = tmp_path / "booklets.pdf"
    with demo_db.session() as s:
        org = a_primary(s)
        content = bk.booklet_content(s, org_code=org.code)
        result = render_booklets(content, pdf)
        bk.log_booklet_print(s, result.booklets, result.pages, blank=False)
        records = select_for_print(s, org_code=org.code)
    assert result.booklets == len(records) > 3
    for n, record in enumerate(records):
        out = subprocess.run(
            ["pdftotext", "-f", str(2 * n + 2), "-l", str(2 * n + 2), str(pdf), "-"],
            capture_output=True,
            text=True,
        ).stdout
        flat = " ".join(out.split())
        assert record.full_name in flat and record.card_number in flat, n
    with demo_db.session() as s:
        entry = s.scalars(
            select(ChangeLogEntry).where(
                ChangeLogEntry.action == "print", ChangeLogEntry.entity == "booklet"
            )
        ).one()
        details = json.loads(entry.new_value)
        assert details == {"count": len(records), "pages": 2 * len(records), "blank": False}
        assert records[0].last_name not in entry.new_value  # no personal names in the log


def test_blank_run_needs_no_members(region_db):
    with region_db.session() as s:
        content = bk.booklet_content(s, blank=7)
        assert content.booklet_count == 7 and content.entries == []
        with pytest.raises(ValidationError, match="некому"):
            bk.booklet_content(s)


def test_viewer_may_not_print_booklets(demo_db):
    demo_db.user_role = "viewer"
    with demo_db.session() as s, pytest.raises(PermissionDeniedError):
        bk.booklet_content(s, blank=1)
    demo_db.user_role = ""


def test_cards_and_booklets_in_one_step_share_records_and_order(demo_db, tmp_path):
    seen: dict[str, list] = {}

    def write_booklets(content, path):
        seen["booklets"] = [(e.full_name, e.card_number) for e in content.entries]
        return render_booklets(content, io.BytesIO())

    def write_cards(records, path):
        seen["cards"] = [(r.full_name, r.card_number) for r in records]
        path.write_bytes(b"%PDF-1.4 cards")

    with demo_db.session() as s:
        org = a_primary(s)
        result = bk.print_cards_and_booklets(
            s, tmp_path / "b.pdf", tmp_path / "c.pdf", write_booklets, write_cards, org.code
        )
        cards = s.scalars(select(Card.number).where(Card.is_current.is_(True))).all()
    assert seen["booklets"] == seen["cards"] and len(seen["cards"]) == result.count
    assert all(number in cards for _, number in seen["cards"])
    assert (tmp_path / "c.pdf").exists()
