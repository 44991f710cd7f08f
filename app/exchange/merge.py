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

The bookkeeping (log, conflicts, the final write) is in merge_book, deletions and moves
out in merge_removal, the per-field decisions in merge_fields.
"""

from __future__ import annotations

import json
from typing import Any

from sqlalchemy import bindparam, insert, select, update

from ..models.entities import Card, Member, Organisation
from ..models.import_values import ImportedValue
from ..models.limits import length_problem
from ..models.members import FIELD_LABELS
from .merge_fields import (
    MEMBER_KEY_FIELDS,
    member_keys,
    merge_fields,
    parents_first,
    parse_versions,
)
from .merge_removal import MergeRemoval
from .merge_report import ImportReport, record_label, value_text
from .records import Codec, load_rows
from .versions import (
    DELETED,
    EMPTY,
    KEEP,
    SAME,
    TAKE,
    compare,
    field_version,
    load_version_texts,
    merged,
)

__all__ = ["ImportReport", "Merger"]

KEPT_ENTITY = "member_imported_value"  # cells an import kept (app.models.import_values)


class Merger(MergeRemoval):
    """Merges a file's blocks entity by entity, then `finish` writes what it gathered."""

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
            ids = parents_first(ids, incoming)
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
            iv = parse_versions(text_in)
            lv = parse_versions(text_here) if text_here is not None else None
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
                            record_label(entity, inc),
                        )
                    identity_here.setdefault(keys["identity_key"], entity_id)
                if entity == "organisation":
                    self.created_orgs.add(entity_id)
                    if self.scope is not None:
                        self.scope.orgs.add(entity_id)
                creates.append(row)
                saved[entity_id] = text_in if text_in is not None else iv
                snapshot = {"id": entity_id, **{c: value_text(inc.get(c)) for c in columns}}
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
            changes, new_versions, conflicts = merge_fields(
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
                    else record_label(entity, {**loc, **changes})
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
                        old=value_text(loc.get(f)),
                        new=value_text(value),
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
            record_label("member", {"last_name": member.last_name, "first_name": member.first_name})
            if member is not None
            else ""
        )
        field = str(row.get("field") or "")
        column = row.get("column_title") or FIELD_LABELS.get(field, field)
        return f"{name}: «{column}» из загрузки" if name else f"«{column}» из загрузки"
