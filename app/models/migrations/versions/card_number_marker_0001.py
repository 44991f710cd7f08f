"""the member carries its current card's number, kept by the card triggers

Revision ID: card_number_marker_0001
Revises: chairs_0001
Create Date: 2026-11-29 10:45:00

Sorting the member table by card number (issue 18) read 235,000 member ids and 213,000
current cards and matched them in Python: ~0.45 s CPU at 250,000 members, when the other
nine columns walk an index (left_on, column, sort_key) in 95-230 ms. The marker of
card_marker_0001 gets a third column, member.card_number_sort: the current card's number
(NULL: no current card), with the same kind of index, so the card-number order is walked
like the others.

The triggers of card_marker_0001 are made again with the extra column (same names): on
card, an update of `number` now counts too; the guard on member covers the new column.
The column is filled once, with one UPDATE ... FROM, before the triggers exist.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "card_number_marker_0001"
down_revision = "chairs_0001"
branch_labels = None
depends_on = None

INDEX = ("ix_member_sort_card_number", ["left_on", "card_number_sort", "sort_key"])

# --- SQLite -----------------------------------------------------------------------------
# each marker column and what the card table says it is, for member `{m}`
_SQLITE_VALUES = {
    "card_status": "(SELECT status FROM card WHERE member_id = {m} AND is_current = 1)",
    "card_waiting_since": (
        "(SELECT printed_on FROM card WHERE member_id = {m} AND is_current = 1 "
        "AND status = 'printed' AND handed_on IS NULL)"
    ),
    "card_number_sort": "(SELECT number FROM card WHERE member_id = {m} AND is_current = 1)",
}
_CARD_COLUMNS = {
    # the card columns the marker is made of (card_marker_0001 did not read `number`)
    False: "member_id, is_current, status, printed_on, handed_on",
    True: "member_id, is_current, status, printed_on, handed_on, number",
}


def _columns(with_number: bool) -> list[str]:
    return [c for c in _SQLITE_VALUES if with_number or c != "card_number_sort"]


def _sqlite_refresh(member: str, with_number: bool, when: str = "") -> str:
    """UPDATE the marker of `member` (an expression) where it differs from the cards."""
    values = {c: _SQLITE_VALUES[c].format(m="member.id") for c in _columns(with_number)}
    sets = ", ".join(f"{c} = {v}" for c, v in values.items())
    differs = " OR ".join(f"{c} IS NOT {v}" for c, v in values.items())
    return f"UPDATE member SET {sets} WHERE id = {member} {when}AND ({differs});"


def sqlite_triggers(with_number: bool) -> dict[str, str]:
    """The marker's triggers: with the number (this revision) or without (card_marker_0001)."""
    columns = _columns(with_number)
    differs = " OR ".join(f"new.{c} IS NOT {_SQLITE_VALUES[c].format(m='new.id')}" for c in columns)
    any_set = " OR ".join(f"new.{c} IS NOT NULL" for c in columns)
    refresh = _sqlite_refresh
    return {
        "card_marker_ai": (
            "CREATE TRIGGER card_marker_ai AFTER INSERT ON card WHEN new.is_current = 1 "
            f"BEGIN {refresh('new.member_id', with_number)} END"
        ),
        "card_marker_au": (
            f"CREATE TRIGGER card_marker_au AFTER UPDATE OF {_CARD_COLUMNS[with_number]} "
            "ON card WHEN old.is_current = 1 OR new.is_current = 1 "
            f"BEGIN {refresh('new.member_id', with_number)} "
            # the member the card was moved from, only when it moved
            f"{refresh('old.member_id', with_number, 'AND old.member_id IS NOT new.member_id ')}"
            " END"
        ),
        "card_marker_ad": (
            "CREATE TRIGGER card_marker_ad AFTER DELETE ON card WHEN old.is_current = 1 "
            f"BEGIN {refresh('old.member_id', with_number)} END"
        ),
        # the guard: a marker written by anything but the card triggers is put back
        "member_card_marker_ai": (
            "CREATE TRIGGER member_card_marker_ai AFTER INSERT ON member "
            f"WHEN {any_set} BEGIN {refresh('new.id', with_number)} END"
        ),
        "member_card_marker_au": (
            "CREATE TRIGGER member_card_marker_au "
            f"AFTER UPDATE OF {', '.join(columns)} ON member "
            f"WHEN {differs} BEGIN {refresh('new.id', with_number)} END"
        ),
    }


# --- PostgreSQL -------------------------------------------------------------------------
def pg_functions(with_number: bool) -> list[str]:
    """The refresh and guard functions (the card trigger's function does not change)."""
    number = ", c.number" if with_number else ""
    into = ", num" if with_number else ""
    number_set = ", card_number_sort = num" if with_number else ""
    number_differs = " OR card_number_sort IS DISTINCT FROM num" if with_number else ""
    return [
        f"""
CREATE OR REPLACE FUNCTION profdesk_card_marker_refresh(who varchar) RETURNS void
LANGUAGE plpgsql AS $$
DECLARE
    st varchar;
    since date;
    num varchar;
BEGIN
    SELECT c.status, CASE WHEN c.status = 'printed' AND c.handed_on IS NULL
                          THEN c.printed_on END{number}
      INTO st, since{into}
      FROM card AS c WHERE c.member_id = who AND c.is_current LIMIT 1;
    UPDATE member SET card_status = st, card_waiting_since = since{number_set}
     WHERE id = who
       AND (card_status IS DISTINCT FROM st OR card_waiting_since IS DISTINCT FROM since
            {number_differs});
END $$
""",
        # the guard: the row about to be written carries what the cards say
        f"""
CREATE OR REPLACE FUNCTION profdesk_member_card_marker() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    SELECT c.status, CASE WHEN c.status = 'printed' AND c.handed_on IS NULL
                          THEN c.printed_on END{number}
      INTO NEW.card_status, NEW.card_waiting_since{", NEW.card_number_sort" if with_number else ""}
      FROM card AS c WHERE c.member_id = NEW.id AND c.is_current LIMIT 1;
    RETURN NEW;
END $$
""",
    ]


def pg_triggers(with_number: bool) -> dict[str, str]:
    columns = _columns(with_number)
    any_set = " OR ".join(f"NEW.{c} IS NOT NULL" for c in columns)
    changed = " OR ".join(f"NEW.{c} IS DISTINCT FROM OLD.{c}" for c in columns)
    return {
        "card_marker_ai": (
            "CREATE TRIGGER card_marker_ai AFTER INSERT ON card FOR EACH ROW "
            "WHEN (NEW.is_current) EXECUTE FUNCTION profdesk_card_marker()"
        ),
        "card_marker_au": (
            f"CREATE TRIGGER card_marker_au AFTER UPDATE OF {_CARD_COLUMNS[with_number]} "
            "ON card FOR EACH ROW WHEN (OLD.is_current OR NEW.is_current) "
            "EXECUTE FUNCTION profdesk_card_marker()"
        ),
        "card_marker_ad": (
            "CREATE TRIGGER card_marker_ad AFTER DELETE ON card FOR EACH ROW "
            "WHEN (OLD.is_current) EXECUTE FUNCTION profdesk_card_marker()"
        ),
        "member_card_marker_ai": (
            "CREATE TRIGGER member_card_marker_ai BEFORE INSERT ON member FOR EACH ROW "
            f"WHEN ({any_set}) EXECUTE FUNCTION profdesk_member_card_marker()"
        ),
        "member_card_marker_au": (
            "CREATE TRIGGER member_card_marker_au "
            f"BEFORE UPDATE OF {', '.join(columns)} ON member FOR EACH ROW "
            f"WHEN ({changed}) EXECUTE FUNCTION profdesk_member_card_marker()"
        ),
    }


def _drop_triggers(dialect: str) -> None:
    for name in sqlite_triggers(True):  # the same names on both engines
        table = "member" if name.startswith("member_") else "card"
        on = f" ON {table}" if dialect == "postgresql" else ""
        op.execute(f"DROP TRIGGER IF EXISTS {name}{on}")


def _install(dialect: str, with_number: bool) -> None:
    _drop_triggers(dialect)
    if dialect == "postgresql":
        for function in pg_functions(with_number):
            op.execute(function)
        triggers = pg_triggers(with_number)
    else:
        triggers = sqlite_triggers(with_number)
    for sql in triggers.values():
        op.execute(sql)


# every current card's number on its member (one join; SQLite has UPDATE ... FROM since 3.33)
FILL = (
    "UPDATE member SET card_number_sort = c.number "
    "FROM card AS c WHERE c.member_id = member.id AND c.is_current = {true}"
)
FILL_OLD_SQLITE = (
    "UPDATE member SET card_number_sort = "
    f"{_SQLITE_VALUES['card_number_sort'].format(m='member.id')} "
    "WHERE id IN (SELECT member_id FROM card WHERE is_current = 1)"
)


def _fill(bind: sa.Connection) -> None:
    # a number without a current card (a revision set back by hand) is cleared first
    op.execute("UPDATE member SET card_number_sort = NULL WHERE card_number_sort IS NOT NULL")
    if bind.dialect.name == "postgresql":
        op.execute(FILL.format(true="true"))
        return
    version = bind.exec_driver_sql("SELECT sqlite_version()").scalar_one()
    if tuple(int(p) for p in version.split(".")[:2]) >= (3, 33):
        op.execute(FILL.format(true="1"))
    else:
        op.execute(FILL_OLD_SQLITE)


# Plain column and index operations, not batch mode: a batch "move and copy" of the member
# table would drop the search-index triggers and renumber the rows the search index uses.
def upgrade() -> None:
    bind = op.get_bind()
    dialect = bind.dialect.name
    have = {c["name"] for c in sa.inspect(bind).get_columns("member")}
    if "card_number_sort" not in have:  # a database whose revision was set back by hand
        op.add_column("member", sa.Column("card_number_sort", sa.String(length=32)))
    _drop_triggers(dialect)  # first: the guard need not check 235,000 rows while filling
    _fill(bind)
    _install(dialect, with_number=True)
    name, columns = INDEX
    op.create_index(name, "member", columns, if_not_exists=True)


def downgrade() -> None:
    dialect = op.get_bind().dialect.name
    op.drop_index(INDEX[0], table_name="member", if_exists=True)
    _install(dialect, with_number=False)  # the triggers of card_marker_0001
    # ALTER TABLE, not batch mode (see upgrade)
    op.execute("ALTER TABLE member DROP COLUMN card_number_sort")
