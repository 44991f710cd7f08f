"""the member's marker of its current card, kept by triggers on the card table

Revision ID: card_marker_0001
Revises: startspeed_0001
Create Date: 2026-11-29 09:30:00

The card work lists (card-not-printed, card-not-handed, no-booklet) had to read the card
table's partial indexes into a set of 170,000-235,000 member ids before walking the
members (1.9-4x the floor at 250,000 members). Two member columns mark the current card:
- card_status: the current card's status (NULL: no current card);
- card_waiting_since: its printed date while it is printed and not handed out.
so each list walks one partial index of the member table, like the member-column lists.

The marker is derived data, so the database keeps it, not the program: triggers on card
(insert, delete, an update of member_id, is_current, status, printed_on or handed_on)
recompute it from the card table for the member(s) the row belongs to, before and after;
that covers every card operation, the exchange, the import, a restore of an older file
(migrated on open) and whatever comes later. A guard on member puts it back to what the
cards say when anything else writes it (an import writing a whole stale row, a copy of a
database). SQLite: triggers with SQL bodies (recursive_triggers stays off, as SQLite's
default, so the guard's own update does not re-enter it). PostgreSQL: plpgsql functions.
A later migration that rebuilds the member table in batch mode ("move and copy") drops
the guard triggers with it: it must make them again (tests/unit/test_card_marker.py
checks they exist at head).
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "card_marker_0001"
down_revision = "startspeed_0001"
branch_labels = None
depends_on = None

ACTIVE = "left_on IS NULL"
NEW_INDEXES = [  # name, columns, condition
    (
        "ix_member_wl_to_print",
        ["organisation_id", "sort_key"],
        f"{ACTIVE} AND card_status = 'to_print'",
    ),
    (
        "ix_member_wl_not_handed",
        ["organisation_id", "sort_key", "card_waiting_since"],
        f"{ACTIVE} AND card_waiting_since IS NOT NULL",
    ),
    (
        "ix_member_wl_no_booklet",
        ["organisation_id", "sort_key"],
        f"{ACTIVE} AND booklet_on IS NULL AND card_status = 'issued'",
    ),
]
# what the card lists walked before (campaigns_0001), of no use now
OLD_INDEXES = [
    ("ix_member_wl_active", "member", ["organisation_id", "sort_key", "id"], ACTIVE),
    ("ix_card_wl_to_print", "card", ["member_id"], "CURRENT AND status = 'to_print'"),
    (
        "ix_card_wl_printed",
        "card",
        ["member_id", "printed_on"],
        "CURRENT AND status = 'printed' AND handed_on IS NULL",
    ),
    ("ix_card_wl_issued", "card", ["member_id"], "CURRENT AND status = 'issued'"),
]

# --- SQLite -----------------------------------------------------------------------------
# the marker of member `{m}` as the card table says it
_SQLITE_STATUS = "(SELECT status FROM card WHERE member_id = {m} AND is_current = 1)"
_SQLITE_SINCE = (
    "(SELECT printed_on FROM card WHERE member_id = {m} AND is_current = 1 "
    "AND status = 'printed' AND handed_on IS NULL)"
)


def _sqlite_refresh(member: str, when: str = "") -> str:
    """UPDATE the marker of `member` (an expression) where it differs from the cards."""
    status = _SQLITE_STATUS.format(m="member.id")
    since = _SQLITE_SINCE.format(m="member.id")
    return (
        f"UPDATE member SET card_status = {status}, card_waiting_since = {since} "
        f"WHERE id = {member} {when}AND (card_status IS NOT {status} "
        f"OR card_waiting_since IS NOT {since});"
    )


_DIFFERS = (
    f"new.card_status IS NOT {_SQLITE_STATUS.format(m='new.id')} "
    f"OR new.card_waiting_since IS NOT {_SQLITE_SINCE.format(m='new.id')}"
)
_CARD_COLUMNS = "member_id, is_current, status, printed_on, handed_on"
SQLITE_TRIGGERS = {
    "card_marker_ai": (
        "CREATE TRIGGER card_marker_ai AFTER INSERT ON card WHEN new.is_current = 1 "
        f"BEGIN {_sqlite_refresh('new.member_id')} END"
    ),
    "card_marker_au": (
        f"CREATE TRIGGER card_marker_au AFTER UPDATE OF {_CARD_COLUMNS} ON card "
        "WHEN old.is_current = 1 OR new.is_current = 1 "
        f"BEGIN {_sqlite_refresh('new.member_id')} "
        # the member the card was moved from, only when it moved
        f"{_sqlite_refresh('old.member_id', 'AND old.member_id IS NOT new.member_id ')} END"
    ),
    "card_marker_ad": (
        "CREATE TRIGGER card_marker_ad AFTER DELETE ON card WHEN old.is_current = 1 "
        f"BEGIN {_sqlite_refresh('old.member_id')} END"
    ),
    # the guard: a marker written by anything but the card triggers is put back
    "member_card_marker_ai": (
        "CREATE TRIGGER member_card_marker_ai AFTER INSERT ON member "
        "WHEN new.card_status IS NOT NULL OR new.card_waiting_since IS NOT NULL "
        f"BEGIN {_sqlite_refresh('new.id')} END"
    ),
    "member_card_marker_au": (
        "CREATE TRIGGER member_card_marker_au "
        "AFTER UPDATE OF card_status, card_waiting_since ON member "
        f"WHEN {_DIFFERS} BEGIN {_sqlite_refresh('new.id')} END"
    ),
}

# --- PostgreSQL -------------------------------------------------------------------------
PG_FUNCTIONS = [
    """
CREATE OR REPLACE FUNCTION profdesk_card_marker_refresh(who varchar) RETURNS void
LANGUAGE plpgsql AS $$
DECLARE
    st varchar;
    since date;
BEGIN
    SELECT c.status, CASE WHEN c.status = 'printed' AND c.handed_on IS NULL
                          THEN c.printed_on END
      INTO st, since
      FROM card AS c WHERE c.member_id = who AND c.is_current LIMIT 1;
    UPDATE member SET card_status = st, card_waiting_since = since
     WHERE id = who
       AND (card_status IS DISTINCT FROM st OR card_waiting_since IS DISTINCT FROM since);
END $$
""",
    """
CREATE OR REPLACE FUNCTION profdesk_card_marker() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        PERFORM profdesk_card_marker_refresh(NEW.member_id);
    ELSIF TG_OP = 'DELETE' THEN
        PERFORM profdesk_card_marker_refresh(OLD.member_id);
    ELSE
        PERFORM profdesk_card_marker_refresh(NEW.member_id);
        IF OLD.member_id IS DISTINCT FROM NEW.member_id THEN
            PERFORM profdesk_card_marker_refresh(OLD.member_id);
        END IF;
    END IF;
    RETURN NULL;
END $$
""",
    # the guard: the row about to be written carries what the cards say
    """
CREATE OR REPLACE FUNCTION profdesk_member_card_marker() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    SELECT c.status, CASE WHEN c.status = 'printed' AND c.handed_on IS NULL
                          THEN c.printed_on END
      INTO NEW.card_status, NEW.card_waiting_since
      FROM card AS c WHERE c.member_id = NEW.id AND c.is_current LIMIT 1;
    RETURN NEW;
END $$
""",
]
PG_TRIGGERS = {
    "card_marker_ai": (
        "CREATE TRIGGER card_marker_ai AFTER INSERT ON card FOR EACH ROW "
        "WHEN (NEW.is_current) EXECUTE FUNCTION profdesk_card_marker()"
    ),
    "card_marker_au": (
        f"CREATE TRIGGER card_marker_au AFTER UPDATE OF {_CARD_COLUMNS} ON card FOR EACH ROW "
        "WHEN (OLD.is_current OR NEW.is_current) EXECUTE FUNCTION profdesk_card_marker()"
    ),
    "card_marker_ad": (
        "CREATE TRIGGER card_marker_ad AFTER DELETE ON card FOR EACH ROW "
        "WHEN (OLD.is_current) EXECUTE FUNCTION profdesk_card_marker()"
    ),
    "member_card_marker_ai": (
        "CREATE TRIGGER member_card_marker_ai BEFORE INSERT ON member FOR EACH ROW "
        "WHEN (NEW.card_status IS NOT NULL OR NEW.card_waiting_since IS NOT NULL) "
        "EXECUTE FUNCTION profdesk_member_card_marker()"
    ),
    "member_card_marker_au": (
        "CREATE TRIGGER member_card_marker_au "
        "BEFORE UPDATE OF card_status, card_waiting_since ON member FOR EACH ROW "
        "WHEN (NEW.card_status IS DISTINCT FROM OLD.card_status "
        "OR NEW.card_waiting_since IS DISTINCT FROM OLD.card_waiting_since) "
        "EXECUTE FUNCTION profdesk_member_card_marker()"
    ),
}
TRIGGER_TABLES = {name: "member" if name.startswith("member_") else "card" for name in PG_TRIGGERS}

# the marker of every member with a current card, as the card table says (one join; before
# 3.33 SQLite has no UPDATE ... FROM: a lookup per member, about twice as long)
FILL = (
    "UPDATE member SET card_status = c.status, card_waiting_since = "
    "CASE WHEN c.status = 'printed' AND c.handed_on IS NULL THEN c.printed_on END "
    "FROM card AS c WHERE c.member_id = member.id AND c.is_current = {true}"
)
FILL_OLD_SQLITE = (
    f"UPDATE member SET card_status = {_SQLITE_STATUS.format(m='member.id')}, "
    f"card_waiting_since = {_SQLITE_SINCE.format(m='member.id')} "
    "WHERE id IN (SELECT member_id FROM card WHERE is_current = 1)"
)


def _fill(bind: sa.Connection) -> None:
    # a marker without a current card (a revision set back by hand) is cleared first
    op.execute(
        "UPDATE member SET card_status = NULL, card_waiting_since = NULL "
        "WHERE card_status IS NOT NULL OR card_waiting_since IS NOT NULL"
    )
    if bind.dialect.name == "postgresql":
        op.execute(FILL.format(true="true"))
        return
    version = bind.exec_driver_sql("SELECT sqlite_version()").scalar_one()
    if tuple(int(p) for p in version.split(".")[:2]) >= (3, 33):
        op.execute(FILL.format(true="1"))
    else:
        op.execute(FILL_OLD_SQLITE)


def _where(condition: str, dialect: str) -> sa.TextClause:
    current = "is_current = 1" if dialect == "sqlite" else "is_current"
    return sa.text(condition.replace("CURRENT", current))


# Plain column and index operations, not batch mode: a batch "move and copy" of the member
# table would drop the search-index triggers and renumber the rows the search index uses.
def upgrade() -> None:
    bind = op.get_bind()
    dialect = bind.dialect.name
    # a database whose revision was set back by hand (tests do) may have all of it already
    inspector = sa.inspect(bind)
    have = {c["name"] for c in inspector.get_columns("member")}
    if "card_status" not in have:
        op.add_column("member", sa.Column("card_status", sa.String(length=16), nullable=True))
    if "card_waiting_since" not in have:
        op.add_column("member", sa.Column("card_waiting_since", sa.Date(), nullable=True))
    _drop_triggers(dialect)
    _fill(bind)  # before the triggers: the member guard need not check 235,000 rows
    if dialect == "postgresql":
        for function in PG_FUNCTIONS:
            op.execute(function)
        triggers = PG_TRIGGERS
    else:
        triggers = SQLITE_TRIGGERS
    for sql in triggers.values():
        op.execute(sql)
    for name, columns, condition in NEW_INDEXES:
        op.create_index(
            name,
            "member",
            columns,
            sqlite_where=_where(condition, "sqlite"),
            postgresql_where=_where(condition, "postgresql"),
            if_not_exists=True,
        )
    for name, table, _columns, _condition in OLD_INDEXES:
        op.drop_index(name, table_name=table, if_exists=True)


def _drop_triggers(dialect: str) -> None:
    for name, table in TRIGGER_TABLES.items():
        if dialect == "postgresql":
            op.execute(f"DROP TRIGGER IF EXISTS {name} ON {table}")
        else:
            op.execute(f"DROP TRIGGER IF EXISTS {name}")


def downgrade() -> None:
    dialect = op.get_bind().dialect.name
    for name, table, columns, condition in OLD_INDEXES:
        op.create_index(
            name,
            table,
            columns,
            sqlite_where=_where(condition, "sqlite"),
            postgresql_where=_where(condition, "postgresql"),
            if_not_exists=True,
        )
    for name, _columns, _condition in NEW_INDEXES:
        op.drop_index(name, table_name="member", if_exists=True)
    _drop_triggers(dialect)
    if dialect == "postgresql":
        for function in (
            "profdesk_card_marker()",
            "profdesk_member_card_marker()",
            "profdesk_card_marker_refresh(varchar)",
        ):
            op.execute(f"DROP FUNCTION IF EXISTS {function}")
    # ALTER TABLE, not batch mode (see upgrade)
    op.execute("ALTER TABLE member DROP COLUMN card_waiting_since")
    op.execute("ALTER TABLE member DROP COLUMN card_status")
