"""Writing an exchange file: everything the receiver may lack, encrypted."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..models.audit import log_event
from ..models.base import utcnow
from ..models.entities import Card, Organisation, OrgKind
from ..models.errors import ValidationError
from ..models.exchange_state import (
    HUB_ID,
    ROLE_DISTRICT,
    ROLE_REGION,
    SCOPE_ORG_ID,
    ExchangePeer,
    ExchangeVersion,
    installation_role,
)
from ..models.installation import region_code
from ..models.organisations import get_by_code
from ..models.permissions import Permission, access, require
from ..models.settings import get_setting
from .common import Report, no_report, paused_gc, step
from .fileformat import check_passphrase, encode_file, write_file
from .records import Codec, entity_order, load_rows, scope_of
from .versions import absorb_local_changes, current_seq, load_version_texts


@dataclass
class ExportResult:
    path: Path
    org_code: str
    full: bool
    records: dict[str, int] = field(default_factory=dict)

    @property
    def total(self) -> int:
        return sum(self.records.values())


def _changed_ids(session: Session, entity: str, since: int) -> set[str]:
    return set(
        session.scalars(
            select(ExchangeVersion.entity_id).where(
                ExchangeVersion.entity == entity, ExchangeVersion.seq > since
            )
        )
    )


def _tombstones(session: Session, entity: str, since: int) -> set[str]:
    return set(
        session.scalars(
            select(ExchangeVersion.entity_id).where(
                ExchangeVersion.entity == entity,
                ExchangeVersion.seq > since,
                ExchangeVersion.versions.contains('"_deleted"'),
            )
        )
    )


def _moved_out(session: Session, scope, since: int) -> dict[str, list]:  # noqa: ANN001
    """Members the region moved out of this organisation (and their cards), with versions.

    The district drops its copy of each when the region's versions cover every edit the
    district made to it; otherwise it keeps it and reports it.
    """
    from ..models.entities import Card, ChangeLogEntry, Member

    left = set(
        session.scalars(
            select(ChangeLogEntry.entity_id).where(
                ChangeLogEntry.entity == "member",
                ChangeLogEntry.action == "update",
                ChangeLogEntry.field == "organisation_id",
                ChangeLogEntry.old_value.in_(scope.org_ids),
            )
        )
    )
    if not left:
        return {}
    members = [
        m
        for m in session.scalars(
            select(Member.id).where(
                Member.id.in_(left), Member.organisation_id.not_in(scope.org_ids)
            )
        )
    ]
    cards = list(session.scalars(select(Card.id).where(Card.member_id.in_(members))))
    out: dict[str, list] = {}
    for entity, ids in (("member", members), ("card", cards)):
        texts = load_version_texts(session, entity, ids)
        changed = _changed_ids(session, entity, since) if since else set(ids)
        rows = [[i, texts.get(i)] for i in ids if i in changed]
        if rows:
            out[entity] = rows
    return out


def _cards_of(session: Session, member_ids: set[str]) -> set[str]:
    found: set[str] = set()
    listed = list(member_ids)
    for start in range(0, len(listed), 10000):  # under SQLite's limit on bound parameters
        chunk = listed[start : start + 10000]
        found.update(session.scalars(select(Card.id).where(Card.member_id.in_(chunk))))
    return found


def _export_exchange(
    session: Session,
    out: Path,
    passphrase: str,
    org_code: str | None = None,
    *,
    full: bool = False,
    report: Report = no_report,
) -> ExportResult:
    """Write the exchange file for a district (at the region) or for the region (at a district).

    A file carries every record of the scope whose version changed here since the
    receiver last confirmed what it holds (or the whole scope with `full`, or when the
    receiver never answered), each record whole, with the versions of its fields.
    """
    require(session, Permission.EXCHANGE)
    check_passphrase(passphrase)
    step(report, 0, 0, "Подготовка файла обмена…")
    absorb_local_changes(session)
    me = session.info.get("installation_id", "")
    role = installation_role(session)
    if role == ROLE_REGION:
        if not org_code:
            raise ValidationError(
                "Укажите код территориальной организации, для которой выгружается файл."
            )
        org = get_by_code(session, org_code)
        if org.kind != OrgKind.TERRITORIAL:
            raise ValidationError(
                f"Файл обмена выгружается для территориальной организации, "
                f"а «{org.display_name}» — не территориальная."
            )
        hub = me
        peers = list(
            session.scalars(
                select(ExchangePeer).where(
                    ExchangePeer.role == ROLE_DISTRICT, ExchangePeer.scope_org_id == org.id
                )
            )
        )
    else:
        org = session.get(Organisation, get_setting(session, SCOPE_ORG_ID, ""))
        if org is None:
            raise ValidationError("В этой копии нет её территориальной организации.")
        if org_code and org_code != org.code:
            raise ValidationError(
                f"Эта копия ведёт только «{org.display_name}» (код {org.code}): "
                f"выгрузить другую организацию нельзя."
            )
        hub = get_setting(session, HUB_ID, "")
        peers = [p for p in [session.get(ExchangePeer, hub)] if p is not None]
    access(session).require_org(org.id)  # a file carries a territorial's whole subtree
    scope = scope_of(session, org.id)
    since = 0 if full or not peers else min(p.acked for p in peers)
    full = since == 0

    payload: dict[str, dict] = {}
    counts: dict[str, int] = {}
    sent_members: set[str] = set()
    order = entity_order()
    for index, (entity, model) in enumerate(order):
        step(report, index, len(order), "Отбор записей…")
        if role == ROLE_REGION:
            in_scope = scope.entity_ids(session, entity, model)
        else:  # a district copy sends all it holds; the region refuses what is not its own
            in_scope = list(session.scalars(select(model.__table__.c.id)))
        if full:
            ids = in_scope
        else:
            changed = _changed_ids(session, entity, since)
            if entity == "card":  # a member that travels takes its cards along, changed or not
                changed |= _cards_of(session, sent_members)
            ids = [i for i in in_scope if i in changed]
        if entity == "member":
            sent_members = set(ids)
        deleted = sorted(_tombstones(session, entity, since) - set(ids))
        rows = load_rows(session, model, ids)
        versions = load_version_texts(session, entity, list(rows) + deleted)
        # a changed id that is neither here nor a tombstone left the scope: not sent
        deleted = [i for i in deleted if i not in rows and '"_deleted"' in versions.get(i, "")]
        if not rows and not deleted:
            continue
        codec = Codec.of(model)
        ids_sorted = list(rows)
        payload[entity] = {
            "columns": list(codec.columns),
            "rows": [[i, *rows[i]] for i in ids_sorted],
            # each record's versions as stored: JSON text inside the JSON payload
            "versions": [versions.get(i) for i in ids_sorted],
            "deleted": [[i, json.loads(versions[i])] for i in deleted],
        }
        counts[entity] = len(rows) + len(deleted)
        del rows
    moved = _moved_out(session, scope, since) if role == ROLE_REGION else {}
    through = current_seq(session)
    manifest = {
        "sender": me,
        "sender_role": role,
        "hub": hub,
        "org_id": org.id,
        "org_code": org.code,
        "org_name": org.name,
        "region_code": region_code(session),
        "created_at": utcnow().isoformat(timespec="seconds"),
        "full": full,
        "through": through,
        "acks": {p.id: p.received_through for p in peers},
        "counts": counts,
    }
    step(report, len(order), len(order), "Шифрование…")
    body: dict[str, Any] = {"entities": payload, "moved_out": moved}
    from .snapshots import snapshots_payload

    body["progress_snapshots"] = snapshots_payload(session, org.id)
    if role == ROLE_REGION:  # the region's card and booklet layouts, for printing there
        from .layouts import IN_USE, SECTIONS, in_use_payload, layouts_payload

        for kind, section in SECTIONS.items():
            body[section] = layouts_payload(session, kind)
        body[IN_USE] = in_use_payload(session)
    data = encode_file(manifest, body, passphrase)
    for p in peers:
        p.last_export_at = utcnow()
    log_event(
        session,
        "export",
        "exchange",
        org.id,
        {"file": Path(out).name, "records": sum(counts.values()), "full": full, "by": role},
    )
    session.flush()
    write_file(Path(out), data)
    return ExportResult(Path(out), org.code, full, counts)


def export_exchange(
    session: Session,
    out: Path,
    passphrase: str,
    org_code: str | None = None,
    *,
    full: bool = False,
    report: Report = no_report,
) -> ExportResult:
    """Write the exchange file for a district (at the region) or for the region (at a district).

    A file carries every record of the scope whose version changed here since the
    receiver last confirmed what it holds (or the whole scope with `full`, or when the
    receiver never answered), each record whole, with the versions of its fields.
    """
    with paused_gc():
        return _export_exchange(session, out, passphrase, org_code, full=full, report=report)
