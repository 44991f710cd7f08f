"""Reading a plain SQLite file without SQLAlchemy: the light path of the reading commands.

SQLAlchemy's import alone (about 0.25 s) is most of what a reading command of the CLI costs
at 250,000 members, so a command that only reads asks `open_reader` first. It answers with
a read-only sqlite3 connection only when the normal open (app.models.db.open_database) would
do nothing but open: a plain (unencrypted) file, writable, at the newest schema revision,
that the open policy would not check (app.models.soundness), whose daily checked copy is
made already, and without users (signing in writes an audit entry and counts refusals).
Otherwise it answers None and the command takes the normal path. It never writes.

The SQL of the light path is in `queries`: functions over a DB-API connection, which the
normal path on SQLite calls too (on the session's own connection), so each reading query
is written once for SQLite; PostgreSQL keeps the SQLAlchemy query (tests compare the two).
"""

from .gate import Reader, open_reader

__all__ = ["Reader", "open_reader"]
