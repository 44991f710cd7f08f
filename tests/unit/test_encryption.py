"""Encrypted database files: converted whole or not at all, opened only with their key, and
every bad case (wrong password, tampered file, a copy without its key) one sentence."""

from __future__ import annotations

import hashlib
from pathlib import Path

import keyring
import pytest
from keyring.backends import fail
from sqlalchemy import select

from app.models import DatabaseOpenError, Member, ValidationError, cipher, open_database
from app.models.backup import backup_database, list_backups
from app.models.encryption import create_encrypted, decrypt_database, encrypt_database
from app.models.member_list import MemberFilter, member_ids
from app.models.restore import restore_database
from app.secret_store import SecretStoreError
from tests.damage import damage

PASSWORD = "пароль районной базы"


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _forget_keys() -> None:
    """As a new start of the program: no key unlocked in this process."""
    cipher._unlocked.clear()


@pytest.fixture
def demo_file(sqlite_path: Path) -> tuple[Path, str]:
    """A plain demo database with one backup copy beside it, and a surname in it."""
    from app.models import demo

    db = open_database(sqlite_path)
    with db.session(log_changes=False) as s:
        demo.generate(s, members=300, seed=3)
    with db.session() as s:
        surname = s.scalars(select(Member.last_name).limit(1)).one()
    db.close()
    backup_database(sqlite_path)
    return sqlite_path, surname


def _search(path: Path, text: str, **kwargs) -> int:
    db = open_database(path, daily_backup=False, **kwargs)
    try:
        with db.session() as s:
            return len(member_ids(s, MemberFilter(query=text)))
    finally:
        db.close()


@pytest.mark.slow
def test_encrypt_hides_every_name_and_decrypt_brings_it_back(demo_file) -> None:
    path, surname = demo_file
    found = _search(path, surname)
    assert found > 0
    encrypt_database(path, PASSWORD)
    files = [path] + [b.path for b in list_backups(path)]
    assert len(files) >= 2
    for f in files:  # the file and its copies: no header, no name, no leftovers
        data = f.read_bytes()
        assert not data.startswith(b"SQLite format 3") and surname.encode() not in data
    assert not list(path.parent.glob("*.converting"))

    _forget_keys()
    with pytest.raises(cipher.PasswordNeededError, match="зашифрована"):
        open_database(path)
    assert _search(path, surname, file_password=lambda name: PASSWORD) == found  # FTS5 too
    copy = list_backups(path)[0].path
    _forget_keys()
    cipher.unlock(copy, PASSWORD)  # the same password opens the copies
    assert cipher.connect(copy).execute("PRAGMA quick_check").fetchone() == ("ok",)

    decrypt_database(path)
    assert path.read_bytes().startswith(b"SQLite format 3")
    assert all(not cipher.looks_encrypted(b.path) for b in list_backups(path))
    _forget_keys()
    assert _search(path, surname) == found


def test_a_wrong_password_is_one_sentence_and_changes_nothing(sqlite_path: Path) -> None:
    create_encrypted(sqlite_path, PASSWORD)
    open_database(sqlite_path).close()
    before = _digest(sqlite_path)
    _forget_keys()
    with pytest.raises(cipher.WrongPasswordError) as refused:
        open_database(sqlite_path, file_password=lambda name: "не тот пароль")
    message = str(refused.value)
    assert message.startswith("Неверный пароль базы данных «profdesk.sqlite3»")
    assert "not a database" not in message and message.count(".") <= 2
    assert _digest(sqlite_path) == before
    assert not list_backups(sqlite_path)


def test_a_tampered_encrypted_database_is_refused_untouched(demo_file) -> None:
    path, _ = demo_file
    encrypt_database(path, PASSWORD)
    damage(path)
    before = _digest(path)
    _forget_keys()
    with pytest.raises(DatabaseOpenError) as refused:
        open_database(path, file_password=lambda name: PASSWORD)
    assert "повреждена" in str(refused.value) and "not a database" not in str(refused.value)
    assert _digest(path) == before


def test_a_copy_restored_without_its_key_is_refused(sqlite_path: Path, tmp_path: Path) -> None:
    open_database(sqlite_path).close()
    before = _digest(sqlite_path)
    foreign = tmp_path / "чужая" / "копия.sqlite3"
    foreign.parent.mkdir()
    create_encrypted(foreign, "пароль другого района")
    open_database(foreign).close()
    _forget_keys()
    with pytest.raises(ValidationError, match="зашифрована, а её пароль не введён"):
        restore_database(sqlite_path, foreign)
    with pytest.raises(ValidationError, match="Неверный пароль резервной копии"):
        restore_database(sqlite_path, foreign, password="не тот пароль")
    assert _digest(sqlite_path) == before
    restore_database(sqlite_path, foreign, password="пароль другого района")
    assert cipher.looks_encrypted(sqlite_path)  # the copy comes back as it was: encrypted
    open_database(sqlite_path).close()


def test_a_failed_conversion_leaves_the_plain_file(demo_file, monkeypatch) -> None:
    from app.models import encryption

    path, surname = demo_file
    before = _digest(path)

    def broken(*args, **kwargs):  # noqa: ANN002, ANN003, ANN202
        raise DatabaseOpenError("проверка не прошла")

    monkeypatch.setattr(encryption, "_verify", broken)
    with pytest.raises(DatabaseOpenError):
        encrypt_database(path, PASSWORD)
    assert _digest(path) == before and not list(path.parent.glob("*.converting"))
    assert _search(path, surname) > 0


def test_a_key_kept_in_the_os_store_opens_without_asking(demo_file, keyring_store) -> None:
    path, surname = demo_file
    keyring.set_keyring(fail.Keyring())
    before = _digest(path)
    with pytest.raises(SecretStoreError, match="недоступно"):
        encrypt_database(path, PASSWORD, remember=True)
    assert _digest(path) == before  # asked the store first: nothing converted

    keyring.set_keyring(keyring_store)
    encrypt_database(path, PASSWORD, remember=True)
    assert PASSWORD not in str(keyring_store.secrets())  # the derived key, not the password
    _forget_keys()
    assert _search(path, surname) > 0  # no password asked
    decrypt_database(path)
    assert keyring_store.secrets() == {}  # the store forgets a key nothing uses


def test_short_passwords_are_refused(sqlite_path: Path) -> None:
    with pytest.raises(Exception, match="не меньше 8 знаков"):
        create_encrypted(sqlite_path, "1234")
    assert not sqlite_path.exists()
