"""the exchange passphrase leaves the database for the OS secret store

Revision ID: secrets_0001
Revises: postgres_0001
Create Date: 2026-11-29 04:30:00

Older versions kept the remembered exchange passphrase in plain text in the `setting` table,
so it was in every backup copy and every pg_dump. This moves it into the operating system's
secret store (app.secret_store) and deletes the row. Where the store is missing or refuses at
this moment the row is deleted all the same: the phrase is the offices' shared secret, which
the user knows, and the program asks for it at the next exchange (saying why) rather than
keep it readable in the file.

On SQLite the delete runs with secure_delete, so the phrase's bytes are overwritten rather
than left in a free page, and the same row is removed from the backup copies beside the file
(the copy taken just before this migration holds it too). pg_dump never copies a deleted row;
dumps made earlier are the server administrator's to retire.
"""

from __future__ import annotations

import json
import logging
from pathlib import Path

import sqlalchemy as sa
from alembic import op

revision = "secrets_0001"
down_revision = "postgres_0001"
branch_labels = None
depends_on = None

KEY = "exchange.passphrase"
log = logging.getLogger(__name__)


def upgrade() -> None:
    bind = op.get_bind()
    row = bind.execute(sa.text("SELECT value FROM setting WHERE key = :k"), {"k": KEY}).first()
    if row is None:
        return
    installation = bind.execute(
        sa.text("SELECT value FROM setting WHERE key = 'installation.id'")
    ).first()
    try:
        phrase = json.loads(row[0])
    except ValueError:
        phrase = None
    if phrase and installation is not None:
        from app import secret_store

        try:
            name = secret_store.exchange_passphrase_name(json.loads(installation[0]))
            secret_store.set_secret(name, str(phrase))
        except (secret_store.SecretStoreError, ValueError):
            log.warning("the exchange passphrase could not be moved to the secret store")
    sqlite = bind.dialect.name == "sqlite"
    if sqlite:
        bind.exec_driver_sql("PRAGMA secure_delete=ON")
    bind.execute(sa.text("DELETE FROM setting WHERE key = :k"), {"k": KEY})
    if sqlite:
        bind.exec_driver_sql("PRAGMA secure_delete=OFF")
        database = bind.engine.url.database
        if database:
            _scrub_backups(Path(database))


def _scrub_backups(db_path: Path) -> None:
    """Remove the phrase from the backup copies beside the database (they are kept for a
    month and travel on USB sticks); a copy that cannot be opened is left as it is."""
    from app.errors import ProfdeskError
    from app.models import cipher
    from app.models.backup import list_backups

    for info in list_backups(db_path):
        try:
            conn = cipher.connect(info.path)  # an encrypted copy shares the file's key
        except (ProfdeskError, *cipher.ERRORS):
            continue
        try:
            conn.execute("PRAGMA secure_delete=ON")
            with conn:
                conn.execute("DELETE FROM setting WHERE key = ?", (KEY,))
            conn.execute("VACUUM")
        except cipher.ERRORS as exc:
            log.warning("backup %s not cleaned: %s", info.path.name, exc)
        finally:
            conn.close()


def downgrade() -> None:
    """The phrase stays in the secret store: it is never written back into the file."""
