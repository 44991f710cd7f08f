"""The district copy encrypted from the first-start wizard; the password asked at start."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication, QInputDialog, QMessageBox
from sqlalchemy import func, select

from app.models import Member, Organisation, OrgKind, cipher, open_database
from tests.ui.test_firsthour_wizard import HAS_EXCHANGE, finish, make_wizard

PASSWORD = "пароль районного ноутбука"


@pytest.mark.skipif(not HAS_EXCHANGE, reason="exchange arrives with its merge")
@pytest.mark.sqlite_only
def test_district_copy_encrypted_before_any_member_is_written(qtbot, demo_db, tmp_path):
    from app.exchange import export_exchange

    with demo_db.session() as s:
        code = s.scalar(select(Organisation.code).where(Organisation.kind == OrgKind.TERRITORIAL))
        export_exchange(s, tmp_path / "район.pdx", "общая фраза обмена", code, full=True)
        surname = s.scalar(
            select(Member.last_name).join(Organisation).where(Organisation.code.like(f"{code}%"))
        )
    path = tmp_path / "район" / "profdesk.sqlite3"
    district = open_database(path)
    try:
        wizard = make_wizard(qtbot, district)
        wizard.choose_district.setChecked(True)
        wizard.next()
        wizard.district_file.setText(str(tmp_path / "район.pdx"))
        wizard.district_passphrase.setText("общая фраза обмена")
        wizard.district_encrypt.setChecked(True)
        wizard.district_db_password.setText(PASSWORD)
        wizard.district_db_password2.setText(PASSWORD)
        finish(wizard)
        assert wizard.outcome.db is district
        with district.session() as s:
            members = s.scalar(select(func.count()).select_from(Member))
        assert members > 0
    finally:
        district.close()
    files = [path, *path.parent.rglob("*.sqlite3")]
    assert all(surname.encode() not in f.read_bytes() for f in files)
    assert cipher.looks_encrypted(path)

    cipher._unlocked.clear()  # the next start of the program
    db = open_database(path, file_password=lambda name: PASSWORD)
    with db.session() as s:
        assert s.scalar(select(func.count()).select_from(Member)) == members
    db.close()


@pytest.mark.sqlite_only
def test_start_asks_for_the_password_again_after_a_wrong_one(qtbot, sqlite_path, monkeypatch):
    """profdesk on an encrypted file: the password dialog, a wrong password said in one
    sentence and asked again, the right one opens the window."""
    import app.__main__ as main
    from app.models.encryption import create_encrypted

    create_encrypted(sqlite_path, PASSWORD)
    open_database(sqlite_path).close()
    cipher._unlocked.clear()
    answers = iter(["не тот пароль", PASSWORD])
    asked: list[str] = []

    def fake_get_text(parent, title, label, *args, **kwargs):  # noqa: ANN001, ANN002, ANN003, ANN202
        asked.append(label)
        return next(answers), True

    warnings: list[str] = []
    monkeypatch.setattr(QInputDialog, "getText", staticmethod(fake_get_text))
    monkeypatch.setattr(
        QMessageBox, "warning", staticmethod(lambda parent, title, text: warnings.append(text))
    )
    monkeypatch.setattr(main, "_start_window", lambda db, **kw: type("W", (), {"db": db})())
    started = main.start(str(sqlite_path))
    assert isinstance(started, tuple)
    db = started[0]
    db.close()
    QApplication.processEvents()
    assert len(asked) == 2 and "profdesk.sqlite3" in asked[0] and "зашифрована" in asked[0]
    assert len(warnings) == 1 and warnings[0].startswith("Неверный пароль базы данных")
