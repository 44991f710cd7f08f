"""The CLI takes the exchange passphrase from the OS secret store, or says why it cannot."""

from __future__ import annotations

from pathlib import Path

from app.exchange import save_passphrase
from app.models import open_database

PHRASE = "секретная фраза обмена 7Q"


def test_cli_uses_the_stored_phrase_and_says_when_there_is_no_store(
    cli, tmp_path: Path, keyring_store
) -> None:
    region = tmp_path / "регион.sqlite3"
    assert cli("demo", "--members", "50", db=region).returncode == 0
    db = open_database(region)
    with db.session() as s:
        save_passphrase(s, PHRASE)
    db.close()
    out = cli("exchange", "export", "--org", "T01", "--out", str(tmp_path / "a.pdx"), db=region)
    assert out.returncode == 0, out.stderr
    assert PHRASE.encode() not in (tmp_path / "a.pdx").read_bytes()
    no_store = {"PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring"}
    out = cli(
        "exchange",
        "export",
        "--org",
        "T01",
        "--out",
        str(tmp_path / "b.pdx"),
        db=region,
        env=no_store,
    )
    assert out.returncode == 1
    assert out.stderr.strip().startswith(
        "Ошибка: Хранилище паролей операционной системы недоступно"
    )
    assert "Traceback" not in out.stderr and not (tmp_path / "b.pdx").exists()
