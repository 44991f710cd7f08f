"""What the start and every print read is read once per process: the printer profiles, the
emblem, the installation's settings from the database, the exchange passphrase from the OS
secret store; a change made through the program is seen at once, a change rolled back never."""

from __future__ import annotations

import pytest
from sqlalchemy import event

from app import secret_store
from app.exchange import save_passphrase, stored_passphrase
from app.models import print_settings
from app.models.settings import get_setting


@pytest.fixture
def setting_reads(db):  # noqa: ANN001, ANN201
    """How many statements read the setting table."""
    seen: list[str] = []

    def count(conn, cursor, statement, *args) -> None:  # noqa: ANN001
        if "FROM setting" in statement:
            seen.append(statement)

    event.listen(db.engine, "before_cursor_execute", count)
    yield seen
    event.remove(db.engine, "before_cursor_execute", count)


def test_printer_profiles_and_emblem_are_read_once(db, setting_reads) -> None:  # noqa: ANN001
    for _ in range(3):  # three card prints
        with db.session() as s:
            assert print_settings.printer_profile(s, None)["duplex"] is True
            assert print_settings.emblem_path(s) is None
    reads = len(setting_reads)
    assert 0 < reads <= 3  # profiles, default profile, emblem: once each
    with db.session() as s:
        print_settings.printer_profiles(s)
        print_settings.emblem_path(s)
    assert len(setting_reads) == reads  # a fourth print reads nothing


def test_a_change_made_through_the_program_is_seen_at_once(db, setting_reads) -> None:  # noqa: ANN001
    with db.session() as s:
        assert list(print_settings.printer_profiles(s)) == [print_settings.DEFAULT_PROFILE_NAME]
    with db.session() as s:
        print_settings.save_printer_profile(s, "Evolis в кабинете 12", {"offset_x_mm": 1.5})
        print_settings.set_default_profile(s, "Evolis в кабинете 12")
        # the session that changed it sees its own change before the commit
        assert print_settings.default_profile_name(s) == "Evolis в кабинете 12"
    with db.session() as s:
        assert print_settings.printer_profile(s, None)["offset_x_mm"] == 1.5
    reads = len(setting_reads)
    with db.session() as s:
        assert print_settings.printer_profile(s, None)["offset_x_mm"] == 1.5
    assert len(setting_reads) == reads  # and then keeps it again


def test_a_change_rolled_back_is_never_seen(db) -> None:  # noqa: ANN001
    with db.session() as s:
        print_settings.save_printer_profile(s, "Старый", {"offset_y_mm": -2})
    with pytest.raises(RuntimeError), db.session() as s:
        print_settings.save_printer_profile(s, "Старый", {"offset_y_mm": 7})
        raise RuntimeError("the user cancelled")
    with db.session() as s:
        assert print_settings.printer_profile(s, "Старый")["offset_y_mm"] == -2


def test_a_copy_of_a_value_is_returned_each_time(db) -> None:  # noqa: ANN001
    with db.session() as s:
        print_settings.save_printer_profile(s, "Один", {})
    with db.session() as s:
        get_setting(s, print_settings.PROFILES_KEY)["Один"]["duplex"] = False  # a caller's copy
    with db.session() as s:
        assert print_settings.printer_profile(s, "Один")["duplex"] is True


def test_the_exchange_passphrase_is_read_from_the_store_once(
    db,  # noqa: ANN001
    keyring_store,  # noqa: ANN001
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    reads: list[str] = []
    real = keyring_store.get_password
    monkeypatch.setattr(
        keyring_store,
        "get_password",
        lambda service, name: reads.append(name) or real(service, name),
    )
    with db.session() as s:
        save_passphrase(s, "длинная фраза обмена 2026")
    for _ in range(3):  # three exchanges
        with db.session() as s:
            assert stored_passphrase(s) == "длинная фраза обмена 2026"
    assert reads == []  # what the program saved it knows without asking the store
    with db.session() as s:
        save_passphrase(s, "новая фраза обмена 2027")
    with db.session() as s:
        assert stored_passphrase(s) == "новая фраза обмена 2027"


def test_a_passphrase_kept_before_the_start_is_read_once(keyring_store, monkeypatch) -> None:  # noqa: ANN001
    keyring_store.set_password(secret_store.SERVICE, "exchange-passphrase/x", "фраза до запуска")
    reads: list[str] = []
    real = keyring_store.get_password
    monkeypatch.setattr(
        keyring_store,
        "get_password",
        lambda service, name: reads.append(name) or real(service, name),
    )
    for _ in range(3):
        assert secret_store.get_secret("exchange-passphrase/x") == "фраза до запуска"
    assert reads == ["exchange-passphrase/x"]
    secret_store.delete_secret("exchange-passphrase/x")
    assert secret_store.get_secret("exchange-passphrase/x") is None
