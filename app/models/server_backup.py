"""Backup copies of a database on a PostgreSQL server (its connection: app.models.server).

Such a database is copied with the server's own tool, pg_dump, when it is installed on this
computer, into this computer's data folder; otherwise the server's own backups apply (its
administrator's), and only that administrator restores one.
"""

from __future__ import annotations

import datetime as dt
import os
import shutil
from pathlib import Path
from typing import Any

from ..errors import ProfdeskError
from ..paths import data_dir


def server_backups_dir() -> Path:
    return data_dir() / "backups"


def refuse_server_restore(db: Any) -> None:
    """Restoring replaces the data of everyone working in the database: on a server only
    its administrator does that. `db` None: the caller already knows it is a server."""
    if db is None or db.path is None:
        raise ProfdeskError(
            "База данных находится на сервере PostgreSQL, где одновременно работают другие "
            "сотрудники: восстановить её из копии может только администратор сервера "
            f"(pg_restore; копии этого компьютера лежат в папке «{server_backups_dir()}»)."
        )


def backup_server_database(url: Any, *, reason: str = "manual", out: Path | None = None) -> Path:
    """pg_dump of the server database at `url` (a SQLAlchemy URL) into a custom-format file.

    Without `out` the file goes to the user's data folder, backups/<database>-<time>.dump.
    The password (if the URL carries one after a prompt) reaches pg_dump through its
    environment, never its command line."""
    pg_dump = shutil.which("pg_dump")
    if pg_dump is None:
        raise ProfdeskError(
            "База данных находится на сервере PostgreSQL, и её резервные копии делает сам "
            "сервер: обратитесь к его администратору (программа pg_dump на этом компьютере "
            "не найдена)."
        )
    if out is None:
        folder = server_backups_dir()
        folder.mkdir(parents=True, exist_ok=True)
        stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S-%f")
        out = folder / f"{url.database}-{stamp}-{reason}.dump"
    env = dict(os.environ)
    if url.password:
        env["PGPASSWORD"] = str(url.password)
    conninfo = url.set(drivername="postgresql", password=None).render_as_string(hide_password=False)
    partial = out.with_name(out.name + ".partial")
    import subprocess  # here: a server's copy only; plain files' commands skip its import

    done = subprocess.run(
        [pg_dump, "--format=custom", "--no-owner", f"--file={partial}", f"--dbname={conninfo}"],
        capture_output=True,
        text=True,
        env=env,
        timeout=3600,
    )
    if done.returncode != 0:
        partial.unlink(missing_ok=True)
        reason_line = (done.stderr.strip().splitlines() or ["без пояснений"])[-1]
        raise ProfdeskError(f"pg_dump не сделал резервную копию базы на сервере: {reason_line}")
    partial.replace(out)
    return out
