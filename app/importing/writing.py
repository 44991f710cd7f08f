"""Batches of parsed rows into the database: bulk statements, change log, search index."""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Callable
from typing import Any

from sqlalchemy import insert
from sqlalchemy.orm import Session

from ..models import changes
from ..models.base import new_id, utcnow
from ..models.changes import UNLOGGED_FIELDS, to_text
from ..models.driver_sql import driver_sql
from ..models.entities import Card, CardStatus, MemberTransfer
from .claims import Claims
from .kept import KeptCells
from .lookups import (
    CURRENT_CARDS,
    FIND_BY_JSON_KEY,
    FIND_BY_JSON_KEY_OR_ID,
    FIND_BY_KEY,
    FIND_BY_KEY_OR_ID,
    card_owners,
)
from .parsing import NAME_FIELDS, ParsedRow
from .results import UNCHANGED, ImportResult, RowError
from .snapshots import LOG_COLUMNS, insert_sql, snapshot_json
from .stored import (
    CARD_COLUMNS,
    CARD_ID,
    CARD_LOGGED,
    CARD_MEMBER,
    CARD_NUMBER,
    CARD_SNAPSHOT,
    CARD_STATUS,
    CARD_TABLE,
    LOG_TABLE,
    LOGGED_COLUMNS,
    LOGGED_VALUES,
    MEMBER_CALLABLE_DEFAULTS,
    MEMBER_COLUMNS,
    MEMBER_CONVERTED,
    MEMBER_SNAPSHOT,
    MEMBER_TABLE,
    MEMBER_VALUES,
    NEW_MEMBER,
    UPDATE_MEMBER_SQL,
    column_default,
    derive_keys,
    has_callable_default,
    sql_value,
    stored_row,
)

_DATE = dt.date
_UUID = re.compile(r"^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$")


class Writer:
    """Applies batches of parsed rows to the database with bulk statements."""

    def __init__(
        self,
        session: Session,
        result: ImportResult,
        today: dt.date,
        fts_start: int | None,
        in_scope: Callable[[str], bool] = lambda org_id: True,
    ) -> None:
        self.session = session
        self.sqlite = session.get_bind().dialect.name == "sqlite"
        self.in_scope = in_scope  # may this user change members of that organisation?
        self.fts_start = fts_start  # set: the search index is filled at the end (see below)
        self.result = result
        self.today = today
        # member id -> the file row that matched it (negative: the row created the member):
        # the batch's own and the earlier claims on the members its lookup found
        self.claims = Claims(session)
        self.claimed: dict[str, int] = {}
        self.card_template: tuple | None = None  # a new card's stored row but its keys
        self.kept = KeptCells(session, today)
        self.installation_id = session.info.get("installation_id", "")
        self.user_login = session.info.get("user_login", "")
        # the card-marker triggers wait for the end of the import (deferral.MARK_NEW_CARDS):
        # a new member is then written with its new card's marker already in place, and the
        # statement is needed only when a member already stored got a card (cards_to_mark)
        self.marker_waits = False
        self.cards_to_mark = False
        # told before each batch is written: (new members, rows) (deferral.new_rows)
        self.before_writing: Callable[[int, int], None] = lambda new, rows: None

    def apply(self, rows: list[ParsedRow]) -> None:
        """Match each row to a member (Profdesk id first, else name and birth date), then
        create or update. A member two rows of the file point at is reported, not merged."""
        if not rows:
            return
        session = self.session
        keys = {r.identity_key for r in rows}
        file_ids = {r.file_id for r in rows if r.file_id}
        found: dict[str, list[dict]] = {}
        by_id: dict[str, dict] = {}
        if self.sqlite:
            query = FIND_BY_JSON_KEY_OR_ID if file_ids else FIND_BY_JSON_KEY
            params = {"keys": json.dumps(list(keys)), "ids": json.dumps(list(file_ids))}
        else:
            query = FIND_BY_KEY_OR_ID if file_ids else FIND_BY_KEY
            params = {"keys": list(keys), "ids": list(file_ids)}
        for record in session.execute(query, params).mappings().all():  # one fetch per batch
            member = dict(record)
            by_id[member["id"]] = member
            found.setdefault(member["identity_key"], []).append(member)
        numbers = {r.card for r in rows if r.card}
        card_owner: dict[str, str] = {}
        if numbers:
            card_owner = card_owners(session, list(numbers))
        member_ids = list(by_id)
        self.claimed = self.claims.earlier(member_ids)
        claims: list[tuple[str, int]] = []
        current_card: dict[str, str] = {}
        if member_ids:
            current_card = dict(session.execute(CURRENT_CARDS, {"ids": member_ids}).all())

        originals: dict[str, dict] = {}  # member id -> the row as it is in the database
        members: dict[str, dict] = {}  # member id -> the member as this batch leaves it
        created: set[str] = set()
        touched: set[str] = set()  # members a row changed after they were found or made
        new_cards: list[tuple] = []
        kept: list[tuple[str, ParsedRow]] = []
        for row in rows:
            member = self._match(row, by_id, found, members)
            if member is not None and member["id"] in self.claimed:
                first = abs(self.claimed[member["id"]])
                self._error(
                    row,
                    f"Этот же член Профсоюза уже загружен из строки {first} ("
                    f"{member['last_name']} {member['first_name']}): две строки файла об "
                    "одном человеке не сливаются — проверьте файл.",
                )
                continue
            is_new = member is None
            if member is None:
                member = self._new_member(row, by_id)
            elif member["id"] not in members:
                originals[member["id"]] = member
                member = dict(member)
            if not is_new and not self.in_scope(member["organisation_id"]):
                self._error(row, "Этот член Профсоюза учтён в организации вне вашего доступа.")
                continue
            if row.card:
                owner = card_owner.get(row.card)
                current = current_card.get(member["id"])
                if owner is not None and owner != member["id"]:
                    self._warn_card(
                        row,
                        f"Номер билета {row.card} уже записан другому члену "
                        "Профсоюза: билет не записан.",
                    )
                    row.card = None
                elif current is not None and current != row.card:
                    self._warn_card(
                        row,
                        f"У члена Профсоюза уже есть билет № {current}, а в "
                        f"файле — № {row.card}: записан прежний.",
                    )
                    row.card = None
            changed = is_new or self._merge(member, row)
            if changed and not is_new:
                touched.add(member["id"])
            members[member["id"]] = member
            claim = -row.number if is_new else row.number
            self.claimed[member["id"]] = claim
            claims.append((member["id"], claim))
            if is_new:
                by_id[member["id"]] = member
                found.setdefault(row.identity_key, []).append(member)
            if row.card and current_card.get(member["id"]) is None:
                card_owner[row.card] = member["id"]
                current_card[member["id"]] = row.card
                card = self._card(member["id"], row.card)
                new_cards.append(card)
                if is_new and self.marker_waits:
                    # what MARK_NEW_CARDS would write into the row about to be inserted: a
                    # card from a file is issued, not printed, so nothing waits for it
                    # (tests/unit/test_card_marker.py compares with the triggers' rule)
                    member["card_status"] = card[CARD_STATUS]
                    member["card_waiting_since"] = None
                    member["card_number_sort"] = row.card
                else:
                    self.cards_to_mark = True
                changed = True
            self.result.warnings.extend(row.warnings)
            if row.kept or (not is_new and self.kept.any):
                kept.append((member["id"], row))
            if is_new:
                created.add(member["id"])
                self.result.created += 1
            elif changed:
                self.result.updated += 1
            else:
                self.result.skip(row.number, UNCHANGED)
        self.before_writing(len(created), len(rows))
        self._write(
            [m for m in members.values() if m["id"] in created or m["id"] in touched],
            originals,
            created,
            touched,
            new_cards,
        )
        self.kept.store(kept, created, self._log)
        self.claims.add(claims)

    def close(self) -> None:
        """The end of the file: what the writer kept for the import goes."""
        self.claims.close()

    def _match(
        self, row: ParsedRow, by_id: dict[str, dict], found: dict[str, list[dict]], batch: dict
    ) -> dict | None:
        """The member a row is about: its Profdesk id decides; without a known id, the same
        name and birth date (not a member this file made for a row with another id)."""
        if row.file_id and row.file_id in by_id:
            member = by_id[row.file_id]
            return batch.get(member["id"], member)
        for member in found.get(row.identity_key, []):
            if row.file_id and self.claimed.get(member["id"], 0) < 0:
                continue  # made for another id of this same file: a different person
            return batch.get(member["id"], member)
        return None

    def _warn_card(self, row: ParsedRow, message: str) -> None:
        title, value = row.card_cell
        row.warnings.append(RowError(row.number, message, title, value))
        row.kept["card_number"] = (title, value)

    def _error(self, row: ParsedRow, message: str) -> None:
        self.result.errors.append(RowError(row.number, message))

    def _new_member(self, row: ParsedRow, by_id: dict[str, dict]) -> dict:
        member = NEW_MEMBER.copy()
        for column in MEMBER_CALLABLE_DEFAULTS:
            member[column.key] = column_default(column)
        # a Profdesk id from the file (its own export, another office's copy) is kept, so
        # the next import of a corrected file finds the same person by it
        file_id = row.file_id
        keep_id = file_id and _UUID.match(file_id) and file_id.lower() not in by_id
        member["id"] = file_id.lower() if keep_id else new_id()
        member["organisation_id"] = row.organisation_id
        member.update(row.values)
        member.update(row.derived)
        if member["email"] == "":
            member["email"] = None
        return member

    def _merge(self, member: dict, row: ParsedRow) -> bool:
        """Put the row's values into `member`; True when anything changed."""
        changed = False
        for key, value in row.values.items():
            old = member.get(key)
            if value is None or value == "" or value == old:
                continue
            if key in NAME_FIELDS and value.count("ё") <= (old or "").count("ё"):
                continue  # same name by identity (ё = е, case): keep the stored spelling
            member[key] = value
            changed = True
        if row.organisation_id != member["organisation_id"]:
            member["organisation_id"] = row.organisation_id
            changed = True
        return changed

    def _card(self, member_id: str, number: str) -> tuple:
        """A card issued elsewhere, as its row is stored (CARD_COLUMNS' order)."""
        if self.card_template is None:
            card = self._card_values(member_id, number)
            self.card_template = stored_row(CARD_TABLE, card)
            # a column another module adds with a default made per row: the slow way
            if any(c.key not in card and has_callable_default(c) for c in CARD_TABLE.columns):
                self.card_template = ()
        if not self.card_template:
            card = self._card_values(member_id, number)
            card["id"] = new_id()
            return stored_row(CARD_TABLE, card)
        stored = list(self.card_template)
        stored[CARD_ID], stored[CARD_MEMBER], stored[CARD_NUMBER] = new_id(), member_id, number
        return tuple(stored)

    def _card_values(self, member_id: str, number: str) -> dict[str, Any]:
        return {
            "id": None,
            "member_id": member_id,
            "number": number,
            "status": CardStatus.ISSUED.value,
            "is_current": True,
            "issued_here": False,
            "created_on": self.today,
            "printed_on": None,
            "handed_on": None,
            "closed_on": None,
        }

    def _log(
        self,
        action: str,
        entity_id: str,
        name: str = "",
        old=None,  # noqa: ANN001
        new=None,  # noqa: ANN001
        entity: str = "member",
    ) -> tuple:
        return (
            self.now_stored,
            self.installation_id,
            self.user_login,
            action,
            entity,
            entity_id,
            name,
            old,
            new,
        )

    def _log_created(self, cls: type, rows: list[dict], log: list[tuple]) -> None:
        """'create' entries for rows of a class the change log tracks (cards may be)."""
        entity = changes.TRACKED.get(cls)
        if entity is None:
            return
        keys = [c.key for c in cls.__table__.columns if c.key not in UNLOGGED_FIELDS]
        for row in rows:
            snapshot = {k: to_text(row.get(k)) for k in keys}
            text = json.dumps(snapshot, ensure_ascii=False)
            log.append(self._log("create", row["id"], new=text, entity=entity))

    def _write(
        self,
        members: list[dict],
        originals: dict[str, dict],
        created: set[str],
        touched: set[str],
        new_cards: list[tuple],
    ) -> None:
        self.now = utcnow()
        self.now_stored = sql_value(self.now)  # formatted once per batch, not per row
        inserts: list[tuple] = []
        updates: list[tuple] = []
        fts_changes: list[tuple[int, str, str]] = []
        transfers: list[dict] = []
        log: list[tuple] = []
        # a "create" entry as _log makes it, but the entity's id and snapshot
        created_head = (self.now_stored, self.installation_id, self.user_login, "create")
        for member in members:
            if member["id"] in touched:  # a new member's keys came with its only row
                derive_keys(member)
            if member["id"] in created:
                member["created_at"] = member["updated_at"] = self.now_stored
                values = list(MEMBER_VALUES(member))
                for i in MEMBER_CONVERTED:  # text and integer columns are stored as they are
                    v = values[i]
                    if v is not None and v.__class__ is not str:
                        values[i] = v.isoformat() if v.__class__ is _DATE else sql_value(v)
                stored = tuple(values)
                inserts.append(stored)
                # the logged columns are text, dates and None: stored as to_text() writes them
                snapshot = snapshot_json(MEMBER_SNAPSHOT, LOGGED_VALUES(stored))
                log.append((*created_head, "member", member["id"], "", None, snapshot))
                continue
            old = originals[member["id"]]
            diffs = [
                c
                for c in LOGGED_COLUMNS
                if member[c] != old[c] and to_text(member[c]) != to_text(old[c])
            ]
            if not diffs:
                continue
            member["updated_at"] = self.now_stored
            for c in diffs:
                log.append(
                    self._log("update", member["id"], c, to_text(old[c]), to_text(member[c]))
                )
            if "organisation_id" in diffs:
                transfers.append(
                    {
                        "id": new_id(),
                        "member_id": member["id"],
                        "from_organisation_id": old["organisation_id"],
                        "to_organisation_id": member["organisation_id"],
                        "moved_on": self.today,
                        "recorded_at": self.now,
                    }
                )
            updates.append(
                tuple(sql_value(member[c]) for c in MEMBER_COLUMNS if c != "id") + (member["id"],)
            )
            if (
                self.fts_start is not None
                and old["rowid"] <= self.fts_start
                and old["search_text"] != member["search_text"]
            ):
                fts_changes.append((old["rowid"], old["search_text"], member["search_text"]))
        connection = self.session.connection()
        if inserts:
            driver_sql(connection, insert_sql(MEMBER_TABLE.name, MEMBER_COLUMNS), inserts)
        if updates:
            driver_sql(connection, UPDATE_MEMBER_SQL, updates)
        if fts_changes:  # the update trigger is off during the import: keep the index in step
            driver_sql(
                connection,
                "INSERT INTO member_fts(member_fts, rowid, search_text) VALUES ('delete', ?, ?)",
                [(rowid, old) for rowid, old, _ in fts_changes],
            )
            driver_sql(
                connection,
                "INSERT INTO member_fts(rowid, search_text) VALUES (?, ?)",
                [(rowid, new) for rowid, _, new in fts_changes],
            )
        if transfers:
            self.session.execute(insert(MemberTransfer.__table__), transfers)
            self._log_created(MemberTransfer, transfers, log)
        if new_cards:
            driver_sql(connection, insert_sql(CARD_TABLE.name, CARD_COLUMNS), new_cards)
            if Card in changes.TRACKED:
                entity = changes.TRACKED[Card]
                log.extend(
                    (
                        *created_head,
                        entity,
                        card[CARD_ID],
                        "",
                        None,
                        snapshot_json(CARD_SNAPSHOT, CARD_LOGGED(card)),
                    )
                    for card in new_cards
                )
        if log:
            driver_sql(connection, insert_sql(LOG_TABLE.name, LOG_COLUMNS), log)
