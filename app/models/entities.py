"""The core tables: organisations, members, their cards, transfers, settings and the change log.

Capability packages (stock, exchange, security) define their own tables in their own
modules on the same Base; every module that defines tables is imported by app.models so
that Alembic and the metadata see them all.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Boolean, Date, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from .base import Base, Timestamps, UuidPrimaryKey, partial_index, utcnow
from .kinds import CardStatus, Category, LeaveReason, OrgKind, Sex

ONE_CURRENT_CARD = "uq_card_one_current"  # the partial unique index on card


def _partial(name: str, table_condition: str, *columns: str) -> Index:
    """A partial index of one work list (app.models.worklists): only the rows in the list."""
    sqlite = table_condition.replace("CURRENT", "is_current = 1")
    postgresql = table_condition.replace("CURRENT", "is_current")
    return partial_index(name, *columns, sqlite=sqlite, postgresql=postgresql)


_ACTIVE = "left_on IS NULL"
# the work lists walk these in (organisation, surname) order, reading only the listed rows;
# the card lists read the member's marker of its current card (CARD_MARKER_FIELDS)
WORKLIST_MEMBER_INDEXES = (
    _partial(
        "ix_member_wl_ereg", f"{_ACTIVE} AND e_registered_on IS NULL", "organisation_id", "sort_key"
    ),
    _partial(
        "ix_member_wl_consent", f"{_ACTIVE} AND consent_on IS NULL", "organisation_id", "sort_key"
    ),
    _partial(
        "ix_member_wl_profkards",
        f"{_ACTIVE} AND profkards_on IS NULL",
        "organisation_id",
        "sort_key",
    ),
    # current members without a booklet (the start page's figures count from it)
    _partial(
        "ix_member_wl_booklet",
        f"{_ACTIVE} AND booklet_on IS NULL",
        "organisation_id",
        "sort_key",
        "id",
    ),
    _partial(
        "ix_member_wl_to_print",
        f"{_ACTIVE} AND card_status = 'to_print'",
        "organisation_id",
        "sort_key",
    ),
    _partial(
        "ix_member_wl_not_handed",
        f"{_ACTIVE} AND card_waiting_since IS NOT NULL",
        "organisation_id",
        "sort_key",
        "card_waiting_since",
    ),
    _partial(
        "ix_member_wl_no_booklet",
        f"{_ACTIVE} AND booklet_on IS NULL AND card_status = 'issued'",
        "organisation_id",
        "sort_key",
    ),
)
# `ranking` counts every active member's lists from this index alone: the organisation and
# the columns the lists read (app.models.fastread.ranking, migration ranking_0001)
RANKING_INDEX = partial_index(
    "ix_member_ranking",
    "organisation_id",
    "left_on",
    "e_registered_on",
    "consent_on",
    "profkards_on",
    "card_status",
    "card_waiting_since",
    "booklet_on",
    sqlite=_ACTIVE,
    postgresql=_ACTIVE,
)
# the layout fit check reads the distinct names and organisations of the active members
# from this narrow index instead of the wide member rows (app.services.fit_check); not
# partial, so that SQLite's planner picks it for `left_on IS NULL` without a hint
FIT_CHECK_INDEX = Index(
    "ix_member_fit", "left_on", "last_name", "first_name", "patronymic", "organisation_id"
)
# The member's marker of its current card: derived data, written only by the database's
# triggers on the card table (migration card_marker_0001), never by the program; not
# exchanged, exported, logged or versioned (app.models.changes.UNLOGGED_FIELDS).
CARD_MARKER_FIELDS = ("card_status", "card_waiting_since", "card_number_sort")


class Organisation(UuidPrimaryKey, Timestamps, Base):
    __tablename__ = "organisation"
    # the member table sorted by organisation walks them by short name (member_sort)
    __table_args__ = (Index("ix_organisation_short_name", "short_name"),)

    kind: Mapped[str] = mapped_column(String(16))
    parent_id: Mapped[str | None] = mapped_column(ForeignKey("organisation.id"), index=True)
    name: Mapped[str] = mapped_column(String(300))
    short_name: Mapped[str] = mapped_column(String(120), default="")
    code: Mapped[str] = mapped_column(String(32), unique=True)
    institution_type: Mapped[str] = mapped_column(String(60), default="")
    employees: Mapped[int] = mapped_column(Integer, default=0)
    students: Mapped[int] = mapped_column(Integer, default=0)
    chair: Mapped[str] = mapped_column(String(200), default="")  # the chairman's ФИО
    chair_phone: Mapped[str] = mapped_column(String(20), default="", server_default="")
    registrar_name: Mapped[str] = mapped_column(String(200), default="")
    registrar_phone: Mapped[str] = mapped_column(String(20), default="")
    registrar_email: Mapped[str] = mapped_column(String(200), default="")
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    # Optimistic locking: every UPDATE checks and bumps it, so of two people saving the same
    # record at once the second is refused instead of silently overwriting the first.
    version: Mapped[int] = mapped_column(Integer, default=1, server_default="1")

    parent: Mapped[Organisation | None] = relationship(remote_side="Organisation.id")
    __mapper_args__ = {"version_id_col": version}

    @property
    def display_name(self) -> str:
        return self.short_name or self.name


SORTABLE_MEMBER_COLUMNS = (
    "birth_date",
    "category",
    "position",
    "phone",
    "joined_on",
    "e_registered_on",
)


class Member(UuidPrimaryKey, Timestamps, Base):
    __tablename__ = "member"
    __table_args__ = (
        Index("ix_member_sort_key", "sort_key"),
        # not made redundant by ix_member_status_sort_id below: SQLite (no ANALYZE here)
        # counts the active members over this narrower one, and without it plans
        # `left_on IS NULL AND sort_key < ?` on ix_member_sort_key with a row look-up each
        # (at 250,000 members: 7 ms with it, 312 ms without)
        Index("ix_member_status_sort", "left_on", "sort_key"),
        Index("ix_member_org_status_sort", "organisation_id", "left_on", "sort_key"),
        Index("ix_member_identity", "identity_key"),
        # the member table sorted by any column (migration startspeed_0001)
        *(
            Index(f"ix_member_sort_{column}", "left_on", column, "sort_key")
            for column in SORTABLE_MEMBER_COLUMNS
        ),
        # by card number: the marker's copy of the current card's number (card_number_marker_0001)
        Index("ix_member_sort_card_number", "left_on", "card_number_sort", "sort_key"),
        Index("ix_member_status_sort_id", "left_on", "sort_key", "id"),
        *WORKLIST_MEMBER_INDEXES,
        FIT_CHECK_INDEX,
        RANKING_INDEX,
    )

    last_name: Mapped[str] = mapped_column(String(100))
    first_name: Mapped[str] = mapped_column(String(100))
    patronymic: Mapped[str] = mapped_column(String(100), default="")
    birth_date: Mapped[dt.date | None] = mapped_column(Date)
    sex: Mapped[str | None] = mapped_column(String(1))
    category: Mapped[str] = mapped_column(String(16), default=Category.WORKER)
    position: Mapped[str] = mapped_column(String(200), default="")
    phone: Mapped[str | None] = mapped_column(String(20))
    email: Mapped[str | None] = mapped_column(String(200))
    organisation_id: Mapped[str] = mapped_column(ForeignKey("organisation.id"))
    joined_on: Mapped[dt.date | None] = mapped_column(Date)
    left_on: Mapped[dt.date | None] = mapped_column(Date)
    leave_reason: Mapped[str | None] = mapped_column(String(16))
    e_registered_on: Mapped[dt.date | None] = mapped_column(Date)
    consent_on: Mapped[dt.date | None] = mapped_column(Date)
    # campaign marks (app.models.worklists): seen in PROFKARDS; booklet handed to the member
    profkards_on: Mapped[dt.date | None] = mapped_column(Date)
    booklet_on: Mapped[dt.date | None] = mapped_column(Date)
    notes: Mapped[str] = mapped_column(Text, default="")
    # CARD_MARKER_FIELDS: the current card's status (None: no current card), and the day it
    # was printed while it is printed and not handed out. Kept by triggers: read, never set.
    card_status: Mapped[str | None] = mapped_column(String(16))
    card_waiting_since: Mapped[dt.date | None] = mapped_column(Date)
    # and the current card's number (None: no current card): the member table's card order
    card_number_sort: Mapped[str | None] = mapped_column(String(32))
    # Derived keys, kept in step by app.models.members.refresh_keys before every flush.
    sort_key: Mapped[str] = mapped_column(String(320), default="")
    search_text: Mapped[str] = mapped_column(String(400), default="")
    identity_key: Mapped[str] = mapped_column(String(340), default="")
    # Optimistic locking (see Organisation.version); app.models.members names what changed.
    version: Mapped[int] = mapped_column(Integer, default=1, server_default="1")

    organisation: Mapped[Organisation] = relationship()
    __mapper_args__ = {"version_id_col": version}

    @property
    def full_name(self) -> str:
        return " ".join(p for p in (self.last_name, self.first_name, self.patronymic) if p)


class Card(UuidPrimaryKey, Base):
    """A plastic card. A member has at most one current card; old ones stay as history."""

    __tablename__ = "card"
    __table_args__ = (
        Index("ix_card_member", "member_id", "is_current"),
        # the last guard of "one current card per member" (numbering decides under a lock)
        partial_index(
            ONE_CURRENT_CARD,
            "member_id",
            unique=True,
            sqlite="is_current = 1",
            postgresql="is_current",
        ),
        # the member table sorted by card number (app.models.member_sort)
        partial_index(
            "ix_card_current_number",
            "number",
            "member_id",
            sqlite="is_current = 1",
            postgresql="is_current",
        ),
    )

    member_id: Mapped[str] = mapped_column(ForeignKey("member.id"))
    number: Mapped[str] = mapped_column(String(32), unique=True)
    status: Mapped[str] = mapped_column(String(16), default=CardStatus.TO_PRINT)
    is_current: Mapped[bool] = mapped_column(Boolean, default=True)
    # True for numbers this program issued; imported numbers are kept exactly as they came.
    issued_here: Mapped[bool] = mapped_column(Boolean, default=True)
    created_on: Mapped[dt.date] = mapped_column(Date, default=lambda: dt.date.today())
    printed_on: Mapped[dt.date | None] = mapped_column(Date)
    handed_on: Mapped[dt.date | None] = mapped_column(Date)
    closed_on: Mapped[dt.date | None] = mapped_column(Date)


class MemberTransfer(UuidPrimaryKey, Base):
    """A move of a member from one organisation to another, kept as history."""

    __tablename__ = "member_transfer"

    member_id: Mapped[str] = mapped_column(ForeignKey("member.id"), index=True)
    from_organisation_id: Mapped[str] = mapped_column(ForeignKey("organisation.id"))
    to_organisation_id: Mapped[str] = mapped_column(ForeignKey("organisation.id"))
    moved_on: Mapped[dt.date] = mapped_column(Date)
    recorded_at: Mapped[dt.datetime] = mapped_column(default=utcnow)


class Setting(Base):
    """Key/value settings of this installation (region name and code, printer profiles...)."""

    __tablename__ = "setting"

    key: Mapped[str] = mapped_column(String(100), primary_key=True)
    value: Mapped[str] = mapped_column(Text)  # JSON


class ChangeLogEntry(Base):
    """One field-level change (or a whole-row create/delete) of a tracked record.

    Written by app.models.changes in the same transaction as the change itself. It is both
    the audit trail of data changes and the record of which installation changed what.
    """

    __tablename__ = "change_log"
    __table_args__ = (
        Index("ix_change_log_entity", "entity", "entity_id"),
        Index("ix_change_log_at", "at"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    installation_id: Mapped[str] = mapped_column(String(36), default="")
    user_login: Mapped[str] = mapped_column(String(100), default="")
    action: Mapped[str] = mapped_column(String(16))  # create | update | delete
    entity: Mapped[str] = mapped_column(String(40))
    entity_id: Mapped[str] = mapped_column(String(36))
    field: Mapped[str] = mapped_column(String(60), default="")
    old_value: Mapped[str | None] = mapped_column(Text)
    new_value: Mapped[str | None] = mapped_column(Text)


__all__ = [
    "Card",
    "CardStatus",
    "Category",
    "ChangeLogEntry",
    "LeaveReason",
    "Member",
    "MemberTransfer",
    "OrgKind",
    "Organisation",
    "Setting",
    "Sex",
]
