"""Reading an exchange file into this copy: the merge.

For every record in the file, each field's incoming version is compared with the version
held here (see versions.compare):

- same version, or ours dominates: nothing to do (a file imported twice, or an older file
  arriving after a newer one, changes nothing);
- theirs dominates: the value is taken;
- neither dominates (both sides changed the field since they last exchanged): if the
  values are equal the versions are merged silently; otherwise our value stays and the
  field waits in exchange_conflict with the other value, for a person to pick;
- a new member whose name and birth date match a member here (identity_key) is created and
  proposed as a duplicate to merge;
- at the region, a record a district may not change (outside its organisation, or a card
  number) is refused whole and reported; the region's version is sent back next time.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import bindparam, insert, select, update
from sqlalchemy.orm import Session

from ..models.base import utcnow
from ..models.driver_sql import driver_sql
from ..models.entities import (
    Card,
    ChangeLogEntry,
    Member,
    MemberTransfer,
    Organisation,
)
from ..models.exchange_state import (
    ABSORBED_THROUGH,
    ExchangeConflict,
    ExchangeVersion,
)
from ..models.import_values import ImportedValue
from ..models.limits import length_problem
from ..models.members import FIELD_LABELS
from ..models.settings import set_setting
from ..models.text import phone_digits, search_key
from .records import Codec, entity_order, load_rows
from .versions import (
    DELETED,
    EMPTY,
    KEEP,
    SAME,
    TAKE,
    compare,
    field_version,
    load_version_texts,
    load_versions,
    merged,
    next_seq,
    save_versions,
)
from .write_scope import WriteScope

KEPT_ENTITY = "member_imported_value"  # cells an import kept (app.models.import_values)

MEMBER_KEY_FIELDS = ("last_name", "first_name", "patronymic", "birth_date", "phone")


@dataclass
class ImportReport:
    sender_role: str = ""
    org_code: str = ""
    org_name: str = ""
    dry_run: bool = False
    district_created: bool = False
    created: int = 0
    updated: int = 0
    conflicts: int = 0
    refused: int = 0
    moved_out: int = 0
    conflict_items: list[dict[str, Any]] = field(default_factory=list)
    refused_items: list[dict[str, Any]] = field(default_factory=list)

    def as_json(self) -> dict[str, Any]:
        return {
            "created": self.created,
            "updated": self.updated,
            "conflicts": self.conflicts,
            "refused": self.refused,
            "moved_out": self.moved_out,
            "dry_run": self.dry_run,
            "district_created": self.district_created,
            "organisation": self.org_code,
            "conflict_records": self.conflict_items,
            "refused_records": self.refused_items,
        }


def _text(value: Any) -> str | None:
    if value is None:
        return None
    if isinstance(value, bool):
        return "1" if value else "0"
    return str(value)


def _label(entity: str, row: dict[str, Any]) -> str:
    if entity == "member":
        return " ".join(p for p in (row.get("last_name"), row.get("first_name")) if p)
    if entity == "organisation":
        return f"{row.get('code', '')} {row.get('short_name') or row.get('name') or ''}".strip()
    if entity == "card":
        return str(row.get("number") or "")
    return ""


def member_keys(row: dict[str, Any]) -> dict[str, str]:
    """The derived keys of a member row, as app.models.changes.refresh_member_keys makes them."""
    sort_key = search_key(
        f"{row.get('last_name') or ''} {row.get('first_name') or ''} {row.get('patronymic') or ''}"
    )
    digits = phone_digits(row.get("phone"))
    return {
        "sort_key": sort_key,
        "search_text": f"{sort_key} {digits[-10:]}".strip(),
        "identity_key": f"{sort_key}|{row.get('birth_date') or ''}",
    }


def _parents_first(ids: list[str], rows: dict[str, dict]) -> list[str]:
    done: set[str] = set()
    out: list[str] = []

    def visit(i: str, depth: int = 0) -> None:
        if i in done or depth > 50:
            return
        parent = rows[i].get("parent_id")
        if parent in rows:
            visit(parent, depth + 1)
        done.add(i)
        out.append(i)

    for i in ids:
        visit(i)
    return out


class Merger:
    def __init__(self, session: Session, manifest: dict[str, Any], write_scope: WriteScope | None):
        self.session = session
        self.manifest = manifest
        self.scope = write_scope
        self.user = session.info.get("user_login", "")
        self.report = ImportReport()
        self.log_rows: list[dict[str, Any]] = []
        self.created_members: dict[str, dict] = {}
        self.created_orgs: set[str] = set()
        self.touch: dict[str, dict[str, Any]] = {}  # entity -> {id: versions} to save
        self.refused_touch: dict[str, list[str]] = {}
        self.conflict_rows: list[dict[str, Any]] = []
        self.clear_conflicts: list[tuple[str, str, str]] = []
        # a new district copy is a copy of the region's records: one event, not a row each
        self.log_creates = True
        self.ancestors: set[str] = set()  # at a district: the organisations above its own
        self.deletes: list[tuple[type, str]] = []
        self.moved_out: list[tuple[type, str, str]] = []
        self.existing_conflicts: dict[tuple[str, str, str, str], ExchangeConflict] = {
            (c.kind, c.entity, c.entity_id, c.field): c
            for c in session.scalars(select(ExchangeConflict))
        }

    # --- bookkeeping -------------------------------------------------------------------
    def _log(self, action: str, entity: str, entity_id: str, version: list, **kw: Any) -> None:
        if action == "create" and not self.log_creates:
            return
        self.log_rows.append(
            {
                "at": _at(version[2]),
                "installation_id": version[1] or self.manifest["sender"],
                "user_login": self.user,
                "action": action,
                "entity": entity,
                "entity_id": entity_id,
                "field": kw.get("field", ""),
                "old_value": kw.get("old"),
                "new_value": kw.get("new"),
            }
        )

    def _refuse(self, entity: str, entity_id: str, row: dict, reason: str) -> None:
        self.report.refused += 1
        self.report.refused_items.append(
            {"entity": entity, "id": entity_id, "record": _label(entity, row), "reason": reason}
        )
        self.refused_touch.setdefault(entity, []).append(entity_id)

    def _conflict(
        self,
        kind: str,
        entity: str,
        entity_id: str,
        field_name: str,
        here: Any,
        here_version: list,
        there: Any,
        there_version: list,
        label: str,
    ) -> None:
        key = (kind, entity, entity_id, field_name)
        existing = self.existing_conflicts.get(key)
        if existing is not None:
            old = json.loads(existing.there_version)
            if kind == "duplicate" and existing.there_value == _text(there):
                return
            if kind == "field" and compare(there_version[0], old) in (SAME, KEEP):
                return  # this very difference already waits
        self.report.conflicts += 1
        self.report.conflict_items.append(
            {
                "kind": kind,
                "entity": entity,
                "id": entity_id,
                "record": label,
                "field": field_name,
                "here": _text(here),
                "there": _text(there),
            }
        )
        self.conflict_rows.append(
            {
                "key": key,
                "here_value": _text(here),
                "here_origin": here_version[1],
                "here_at": here_version[2],
                "there_value": _text(there),
                "there_version": json.dumps(there_version[0]),
                "there_origin": there_version[1] or self.manifest["sender"],
                "there_at": there_version[2],
            }
        )

    # --- one entity --------------------------------------------------------------------
    def merge_entity(self, entity: str, model: type, block: dict[str, Any]) -> None:
        codec = Codec.of(model)
        columns = [c for c in block["columns"] if c in codec.columns]
        positions = {c: block["columns"].index(c) + 1 for c in columns}
        incoming: dict[str, dict[str, Any]] = {}
        inc_texts: dict[str, str | None] = {}
        for raw, versions in zip(block["rows"], block["versions"], strict=True):
            incoming[raw[0]] = {c: raw[positions[c]] for c in columns}
            inc_texts[raw[0]] = versions
        ids = list(incoming)
        if entity == "organisation":
            ids = _parents_first(ids, incoming)
        local_rows = {
            i: dict(zip(codec.columns, r, strict=True))
            for i, r in load_rows(self.session, model, ids).items()
        }
        local_texts = load_version_texts(self.session, entity, ids)
        creates: list[dict[str, Any]] = []
        updates: dict[tuple[str, ...], list[dict[str, Any]]] = {}
        saved: dict[str, Any] = self.touch.setdefault(entity, {})

        identity_here: dict[str, str] = {}
        if entity == "member":
            keys_needed = {
                i: member_keys(incoming[i])["identity_key"] for i in ids if i not in local_rows
            }
            wanted = list(set(keys_needed.values()))
            for start in range(0, len(wanted), 500):
                for mid, key in self.session.execute(
                    select(Member.id, Member.identity_key).where(
                        Member.identity_key.in_(wanted[start : start + 500])
                    )
                ):
                    identity_here.setdefault(key, mid)

        for entity_id in ids:
            text_in, text_here = inc_texts[entity_id], local_texts.get(entity_id)
            if text_in is not None and text_in == text_here:
                continue  # the very same versions: nothing to do (a file seen before)
            inc = incoming[entity_id]
            iv = _parse(text_in)
            lv = _parse(text_here) if text_here is not None else None
            loc = local_rows.get(entity_id)
            too_long = length_problem(entity, inc)
            if too_long:  # PostgreSQL would refuse the whole file for it, SQLite keep it
                self._refuse(entity, entity_id, inc, too_long)
                continue
            if loc is None:
                if lv and DELETED in lv:
                    tomb = lv[DELETED][0]
                    if all(compare(v[0], tomb) in (SAME, KEEP) for v in iv.values()):
                        continue
                    self._refuse(entity, entity_id, inc, "запись удалена здесь, а там изменена")
                    continue
                reason = self._create_refusal(entity, model, entity_id, inc)
                if reason:
                    self._refuse(entity, entity_id, inc, reason)
                    continue
                row = {"id": entity_id, **codec.decode_row(inc)}
                if entity == "member":
                    keys = {"identity_key": keys_needed[entity_id]}
                    keys.update(member_keys(inc))
                    row.update(keys)
                    self.created_members[entity_id] = inc
                    twin = identity_here.get(keys["identity_key"])
                    if twin and twin != entity_id:
                        self._conflict(
                            "duplicate",
                            "member",
                            twin,
                            "",
                            twin,
                            EMPTY,
                            entity_id,
                            field_version(iv, "*"),
                            _label(entity, inc),
                        )
                    identity_here.setdefault(keys["identity_key"], entity_id)
                if entity == "organisation":
                    self.created_orgs.add(entity_id)
                    if self.scope is not None:
                        self.scope.orgs.add(entity_id)
                creates.append(row)
                saved[entity_id] = text_in if text_in is not None else iv
                snapshot = {"id": entity_id, **{c: _text(inc.get(c)) for c in columns}}
                self._log(
                    "create",
                    entity,
                    entity_id,
                    field_version(iv, "*"),
                    new=json.dumps(snapshot, ensure_ascii=False),
                )
                self.report.created += 1
                continue
            lv = lv or {"*": EMPTY}
            if iv == lv:
                continue
            if DELETED in iv or DELETED in lv:
                self._merge_deletion(entity, model, entity_id, inc, iv, lv, saved)
                continue
            changes, new_versions, conflicts = _merge_fields(
                columns, codec.columns, inc, loc, iv, lv
            )
            if self.scope is not None and (changes or conflicts):
                reason = self.scope.refusal(
                    entity, model, loc, {**inc, "_id": entity_id}, changes, self.created_members
                )
                if reason:
                    self._refuse(entity, entity_id, inc, reason)
                    continue
            if entity_id in self.ancestors:  # the region's own records: its word is final here
                changes, conflicts = {}, []
                for f in columns:
                    if inc.get(f) != loc.get(f):
                        changes[f] = inc.get(f)
                        ivf, lvf = field_version(iv, f), field_version(lv, f)
                        new_versions[f] = [merged(ivf[0], lvf[0]), ivf[1], ivf[2]]
            if conflicts:
                label = (
                    self._kept_label(loc)
                    if entity == KEPT_ENTITY
                    else _label(entity, {**loc, **changes})
                )
                for f, here, hv, there, tv in conflicts:
                    self._conflict("field", entity, entity_id, f, here, hv, there, tv, label)
            if self.existing_conflicts:
                for f in codec.columns:
                    if ("field", entity, entity_id, f) in self.existing_conflicts and compare(
                        field_version(new_versions, f)[0], field_version(lv, f)[0]
                    ) == TAKE:
                        self.clear_conflicts.append((entity, entity_id, f))
            if new_versions != lv:
                saved[entity_id] = new_versions
            if changes:
                for f, value in changes.items():
                    self._log(
                        "update",
                        entity,
                        entity_id,
                        field_version(new_versions, f),
                        field=f,
                        old=_text(loc.get(f)),
                        new=_text(value),
                    )
                params = {f: codec.decode(f, v) for f, v in changes.items()}
                if entity == "member" and any(f in changes for f in MEMBER_KEY_FIELDS):
                    params.update(member_keys({**loc, **changes}))
                params["_id"] = entity_id
                updates.setdefault(tuple(sorted(params)), []).append(params)
                self.report.updated += 1
        table = model.__table__
        if creates:
            for start in range(0, len(creates), 2000):
                self.session.execute(insert(table), creates[start : start + 2000])
        for keys, rows in updates.items():
            statement = (
                update(table)
                .where(table.c.id == bindparam("_id"))
                .values({k: bindparam(k) for k in keys if k != "_id"})
            )
            self.session.connection().execute(statement, rows)

    def _create_refusal(self, entity: str, model: type, entity_id: str, inc: dict) -> str | None:
        s = self.session
        if self.scope is not None:
            reason = self.scope.refusal(
                entity, model, None, {**inc, "_id": entity_id}, inc, self.created_members
            )
            if reason:
                return reason
        if entity == "organisation":
            parent = inc.get("parent_id")
            if parent and parent not in self.created_orgs and s.get(Organisation, parent) is None:
                return "нет вышестоящей организации"
            clash = s.scalar(select(Organisation.id).where(Organisation.code == inc.get("code")))
            if clash:
                return f"код организации «{inc.get('code')}» здесь уже занят"
        elif entity == "member":
            org = inc.get("organisation_id")
            if org not in self.created_orgs and s.get(Organisation, org) is None:
                return "нет организации, в которой состоит член Профсоюза"
        elif entity == "card":
            member = inc.get("member_id")
            if member not in self.created_members and s.get(Member, member) is None:
                return "нет члена Профсоюза, которому выдан билет"
            if s.scalar(select(Card.id).where(Card.number == inc.get("number"))):
                return f"билет с номером {inc.get('number')} здесь уже есть у другого"
        elif entity == KEPT_ENTITY:
            member = inc.get("member_id")
            if member not in self.created_members and s.get(Member, member) is None:
                return "нет члена Профсоюза, для которого сохранено значение из загрузки"
            # a cell kept before its id came from the member and the field (one per field)
            if s.scalar(
                select(ImportedValue.id).where(
                    ImportedValue.member_id == member, ImportedValue.field == inc.get("field")
                )
            ):
                return "для этого поля здесь уже сохранено другое значение из загрузки"
        return None

    def _kept_label(self, row: dict[str, Any]) -> str:
        """A kept cell in the conflict list: whose, and which column of the file."""
        member = self.session.get(Member, row.get("member_id"))
        name = (
            _label("member", {"last_name": member.last_name, "first_name": member.first_name})
            if member is not None
            else ""
        )
        field = str(row.get("field") or "")
        column = row.get("column_title") or FIELD_LABELS.get(field, field)
        return f"{name}: «{column}» из загрузки" if name else f"«{column}» из загрузки"

    def _merge_deletion(
        self, entity: str, model: type, entity_id: str, inc: dict, iv: dict, lv: dict, saved: dict
    ) -> None:
        if DELETED in lv and DELETED in iv:
            saved[entity_id] = {
                **lv,
                DELETED: [merged(lv[DELETED][0], iv[DELETED][0]), *lv[DELETED][1:]],
            }
            return
        if DELETED in lv:  # deleted here: the copy there will learn it from our next file
            return
        tomb = iv[DELETED]
        if not all(compare(tomb[0], v[0]) in (SAME, TAKE) for v in lv.values()):
            self._refuse(entity, entity_id, inc, "запись удалена там, а здесь изменена")
            return
        if self.scope is not None:
            codec = Codec.of(model)
            rows = load_rows(self.session, model, [entity_id])
            here = dict(zip(codec.columns, rows.get(entity_id, []), strict=False))
            reason = self.scope.refusal(entity, model, here, {**here, "_id": entity_id}, {}, {})
            if reason:
                self._refuse(entity, entity_id, inc, reason)
                return
        if _referenced(self.session, entity, entity_id):
            self._refuse(entity, entity_id, inc, "на удаляемую запись ещё ссылаются другие")
            return
        self.deletes.append((model, entity_id))
        saved[entity_id] = {**lv, DELETED: tomb}
        self._log("delete", entity, entity_id, tomb, old=None)
        self.report.updated += 1

    def merge_tombstones(self, entity: str, model: type, tombstones: list) -> None:
        """Records deleted there: deleted here too when the deletion had seen every edit."""
        saved = self.touch.setdefault(entity, {})
        for entity_id, versions in tombstones:
            if self.session.get(model, entity_id) is None:
                continue
            here = load_versions(self.session, entity, [entity_id]).get(entity_id, {"*": EMPTY})
            self._merge_deletion(entity, model, entity_id, {}, versions, here, saved)

    def drop_moved_out(self, moved: dict[str, list]) -> None:
        """Records the region moved to another organisation leave this copy, unless they
        hold edits the region has not seen yet (then they stay and are reported)."""
        s = self.session
        names = dict(entity_order())
        blocked: set[str] = set()
        for entity in ("member", "card"):
            model = names.get(entity)
            rows = moved.get(entity, [])
            if model is None or not rows:
                continue
            here = load_versions(s, entity, [i for i, _ in rows])
            for entity_id, text in rows:
                if s.get(model, entity_id) is None:
                    continue
                theirs, ours = _parse(text), here.get(entity_id, {"*": EMPTY})
                fields = (set(theirs) | set(ours) | {"*"}) - {DELETED}
                covered = all(
                    compare(field_version(theirs, f)[0], field_version(ours, f)[0]) in (SAME, TAKE)
                    for f in fields
                )
                if not covered:
                    label = entity_id if entity == "card" else ""
                    self._refuse(
                        entity,
                        entity_id,
                        {"number": label},
                        "переведён в другую организацию, а здесь изменён",
                    )
                    blocked.add(entity_id)
                    continue
                self.moved_out.append((model, entity, entity_id))
        # cards go before their members; a member whose card stays, stays too
        for model, entity, entity_id in sorted(self.moved_out, key=lambda m: m[1] != "card"):
            table = model.__table__
            if entity == "member" and s.scalar(
                select(Card.id).where(Card.member_id == entity_id, Card.id.in_(blocked)).limit(1)
            ):
                continue
            if entity == "member":
                transfers = MemberTransfer.__table__
                s.execute(transfers.delete().where(transfers.c.member_id == entity_id))
                _forget_cards_of(s, entity_id)
            s.execute(table.delete().where(table.c.id == entity_id))
            s.execute(
                ExchangeVersion.__table__.delete().where(
                    ExchangeVersion.entity == entity, ExchangeVersion.entity_id == entity_id
                )
            )
            for key in [k for k in self.existing_conflicts if k[1:3] == (entity, entity_id)]:
                s.delete(self.existing_conflicts.pop(key))
            self.report.moved_out += 1

    def finish(self) -> None:
        s = self.session
        for model, entity_id in reversed(self.deletes):
            s.execute(model.__table__.delete().where(model.__table__.c.id == entity_id))
        for entity, entity_id, f in self.clear_conflicts:
            c = self.existing_conflicts.pop(("field", entity, entity_id, f), None)
            if c is not None:
                s.delete(c)
        for row in self.conflict_rows:
            kind, entity, entity_id, f = row.pop("key")
            c = self.existing_conflicts.get((kind, entity, entity_id, f))
            if c is None:
                c = ExchangeConflict(kind=kind, entity=entity, entity_id=entity_id, field=f)
                s.add(c)
                self.existing_conflicts[(kind, entity, entity_id, f)] = c
            for k, v in row.items():
                setattr(c, k, v)
            c.detected_at = utcnow()
        seq = next_seq(s)
        for entity, versions in self.touch.items():
            save_versions(s, entity, versions, seq)
        names = dict(entity_order())
        for entity, ids in self.refused_touch.items():  # send our version back next time
            ours = load_versions(s, entity, ids)
            model = names[entity]
            back = {
                i: ours.get(i, {"*": EMPTY})
                for i in ids
                if i in ours or s.get(model, i) is not None
            }
            save_versions(s, entity, back, seq)
        if self.log_rows:
            columns = list(self.log_rows[0])
            driver_sql(
                s.connection(),
                f"INSERT INTO change_log ({', '.join(columns)}) "
                f"VALUES ({', '.join('?' * len(columns))})",
                [tuple(_sql_value(r[c]) for c in columns) for r in self.log_rows],
            )
        s.flush()
        drop_stale_duplicates(s)
        last = s.scalar(select(ChangeLogEntry.id).order_by(ChangeLogEntry.id.desc()).limit(1))
        set_setting(s, ABSORBED_THROUGH, last or 0)


def _sql_value(value: Any) -> Any:
    """Values as SQLAlchemy stores them in SQLite (DateTime as text with microseconds)."""
    if isinstance(value, dt.datetime):
        return value.strftime("%Y-%m-%d %H:%M:%S.%f")
    return value


def _parse(text: str | dict | None) -> dict:
    if text is None:
        return {"*": EMPTY}
    return json.loads(text) if isinstance(text, str) else text


def _at(text: str) -> Any:
    try:
        return dt.datetime.fromisoformat(text) if text else utcnow()
    except ValueError:
        return utcnow()


def _merge_fields(
    columns: list[str],
    all_columns: Iterable[str],
    inc: dict,
    loc: dict,
    iv: dict,
    lv: dict,
) -> tuple[dict, dict, list]:
    """Per-field decisions; returns (values to take, the record's new versions, conflicts).

    Fields without a version of their own share the record's "*" version, so one
    comparison decides them all unless both sides changed them concurrently.
    """
    lstar = lv.get("*", EMPTY)
    istar = iv.get("*", EMPTY)
    star = compare(istar[0], lstar[0])
    explicit = (set(iv) | set(lv)) - {"*", DELETED}
    changes: dict[str, Any] = {}
    conflicts: list[tuple] = []
    new_star = istar if star == TAKE else lstar
    out: dict[str, list] = {"*": new_star}
    known = set(columns)
    for f in all_columns:
        if f in explicit:
            ivf, lvf = iv.get(f) or istar, lv.get(f) or lstar
            decision = compare(ivf[0], lvf[0])
        else:
            if star in (SAME, KEEP):
                continue  # ours stays, under "*"
            ivf, lvf, decision = istar, lstar, star
        if f not in known:  # a column the sender does not know: keep ours
            decision = KEEP
        if decision in (SAME, KEEP):
            version = lvf
        elif decision == TAKE:
            version = ivf
            if inc.get(f) != loc.get(f):
                changes[f] = inc.get(f)
        elif inc.get(f) == loc.get(f):  # both changed it to the same value
            version = [merged(ivf[0], lvf[0]), max(ivf[1], lvf[1]), max(ivf[2], lvf[2])]
        else:
            version = lvf
            conflicts.append((f, loc.get(f), lvf, inc.get(f), ivf))
        if version != new_star:
            out[f] = version
    return changes, out, conflicts


def _referenced(session: Session, entity: str, entity_id: str) -> bool:
    if entity == "member":
        return (
            session.scalar(select(Card.id).where(Card.member_id == entity_id).limit(1)) is not None
        )
    if entity == "organisation":
        child = session.scalar(
            select(Organisation.id).where(Organisation.parent_id == entity_id).limit(1)
        )
        member = session.scalar(
            select(Member.id).where(Member.organisation_id == entity_id).limit(1)
        )
        return child is not None or member is not None
    return False


def drop_stale_duplicates(session: Session) -> None:
    """A duplicate proposal whose either record is gone has been settled elsewhere."""
    for c in session.scalars(select(ExchangeConflict).where(ExchangeConflict.kind == "duplicate")):
        if session.get(Member, c.entity_id) is None or session.get(Member, c.there_value) is None:
            session.delete(c)


def _forget_cards_of(session, member_id: str) -> None:  # noqa: ANN001
    """A member leaving this copy takes its cards along (and their print-batch lines, which
    only exist where the cards were printed); the region keeps the originals."""
    from app.models.cards import CardBatchItem

    items = CardBatchItem.__table__
    cards = Card.__table__
    card_ids = list(session.scalars(select(Card.id).where(Card.member_id == member_id)))
    session.execute(items.delete().where(items.c.member_id == member_id))
    if card_ids:
        session.execute(
            ExchangeVersion.__table__.delete().where(
                ExchangeVersion.entity == "card", ExchangeVersion.entity_id.in_(card_ids)
            )
        )
    session.execute(cards.delete().where(cards.c.member_id == member_id))
