"""Every table of the domain and the change-log listener, in one import.

app.models loads lazily (a reading command on the light path imports no SQLAlchemy), so the
modules whose tables would otherwise join the metadata only when someone imports them are
imported here; app.models.db imports this, so every session sees the whole schema.
"""

from . import cards as _cards  # noqa: F401 - card batches
from . import changes as _changes  # noqa: F401 - registers the change-log listener
from . import exchange_state as _exchange_state  # noqa: F401 - exchange bookkeeping tables
from . import import_values as _import_values  # noqa: F401 - cells kept by imports
from . import layouts as _layouts  # noqa: F401 - the office's card layouts
from . import report_counts as _report_counts  # noqa: F401 - its covering indexes join the metadata
from . import snapshots as _snapshots  # noqa: F401 - the stored monthly figures
from . import stock as _stock  # noqa: F401 - booklet stock tables
from . import users as _users  # noqa: F401 - the app_user table
from .base import SERVER_WHERE, Base

metadata = Base.metadata


def server_conditions() -> None:
    """The partial indexes' PostgreSQL conditions in the metadata (base.partial_index), for
    whatever compares a server's schema with it or writes it; loads SQLAlchemy's PostgreSQL
    dialect, so only where a server is used."""
    from sqlalchemy import text

    for table in metadata.tables.values():
        for index in table.indexes:
            condition = index.info.get(SERVER_WHERE)
            if condition is not None:
                index.dialect_options["postgresql"]["where"] = text(condition)
