"""Importing an exchange file: whose it is, whether it belongs here, then the merge.

Into an empty database, a full file from the region creates a district copy. At the region,
only files from its own districts are taken; at a district, only files from its region for
its own organisation. A backup copy of the database is made first; a dry run does all the
work and rolls it back, so its report is exactly what the import would do.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session

from ..models.audit import log_event
from ..models.backup import backup_before_change
from ..models.base import utcnow
from ..models.entities import Organisation, OrgKind
from ..models.exchange_state import (
    HUB_ID,
    ROLE_DISTRICT,
    ROLE_REGION,
    SCOPE_ORG_ID,
    ExchangePeer,
    installation_role,
)
from ..models.installation import is_empty
from ..models.permissions import Permission, access, require
from ..models.settings import INSTALLATION_ROLE, REGION_CODE, get_setting, set_setting
from .common import Report, no_report, paused_gc, step
from .fileformat import ExchangeFileError, read_file
from .merge import ImportReport, Merger
from .records import entity_order, scope_of
from .write_scope import WriteScope


def _check_manifest(session: Session, manifest: dict[str, Any]) -> tuple[str, WriteScope | None]:
    """Who sent the file and whether it belongs here; returns the mode and the write scope."""
    me = session.info.get("installation_id", "")
    sender = manifest.get("sender")
    if not sender or not manifest.get("org_id"):
        raise ExchangeFileError("В файле обмена нет сведений об отправителе: файл повреждён.")
    if sender == me:
        raise ExchangeFileError(
            "Этот файл обмена выгружен этой же базой: загружать его сюда не нужно."
        )
    if is_empty(session):
        if manifest.get("sender_role") != ROLE_REGION or not manifest.get("full"):
            raise ExchangeFileError(
                "Новую копию района создают только из полного файла, выгруженного в регионе "
                "для территориальной организации."
            )
        return "create", None
    role = installation_role(session)
    if role == ROLE_REGION:
        if manifest.get("sender_role") != ROLE_DISTRICT:
            raise ExchangeFileError(
                "Этот файл выгружен региональной базой: загружать его нужно в копии района."
            )
        if manifest.get("hub") != me:
            raise ExchangeFileError(
                "Файл выгружен копией района, созданной другой региональной базой."
            )
        org = session.get(Organisation, manifest["org_id"])
        if org is None or org.kind != OrgKind.TERRITORIAL:
            raise ExchangeFileError("Территориальной организации из файла обмена в этой базе нет.")
        peer = session.get(ExchangePeer, sender)
        if peer is not None and peer.scope_org_id != org.id:
            raise ExchangeFileError("Файл выгружен копией района для другой организации.")
        return "region", WriteScope(session, org.id)
    if sender != get_setting(session, HUB_ID, ""):
        raise ExchangeFileError(
            "Файл выгружен не той региональной базой, из которой создана эта копия района."
        )
    if manifest["org_id"] != get_setting(session, SCOPE_ORG_ID, ""):
        raise ExchangeFileError(
            f"Файл предназначен для другой территориальной организации "
            f"(«{manifest.get('org_name', '')}»)."
        )
    return "district", None


def _import_exchange(
    session: Session,
    path: Path,
    passphrase: str,
    *,
    dry_run: bool = False,
    report: Report = no_report,
) -> ImportReport:
    """Merge an exchange file into this copy, or with dry_run say what it would do."""
    require(session, Permission.EXCHANGE)
    step(report, 0, 0, "Чтение файла обмена…")
    manifest, payload = read_file(Path(path), passphrase)
    mode, write_scope = _check_manifest(session, manifest)
    if mode != "create":  # the file writes a territorial's whole subtree
        access(session).require_org(manifest["org_id"])
    db = session.info.get("db")
    if not dry_run and db is not None:
        session.commit()  # nothing pending; the copy must see the database as it is
        backup_before_change(db, "before-exchange")
    from .versions import absorb_local_changes

    absorb_local_changes(session)
    sender = manifest["sender"]
    if mode == "create":
        set_setting(session, INSTALLATION_ROLE, ROLE_DISTRICT)
        set_setting(session, HUB_ID, sender)
        set_setting(session, SCOPE_ORG_ID, manifest["org_id"])
        if manifest.get("region_code"):
            set_setting(session, REGION_CODE, manifest["region_code"])
    merger = Merger(session, manifest, write_scope)
    merger.log_creates = mode != "create"
    if mode == "district":
        merger.ancestors = scope_of(session, manifest["org_id"]).ancestor_ids
    entities = payload.get("entities", {})
    known = dict(entity_order())
    order = [e for e in known if e in entities]
    for index, entity in enumerate(order):
        step(report, index, len(order), "Сведение записей…")
        merger.merge_entity(entity, known[entity], entities[entity])
        merger.merge_tombstones(entity, known[entity], entities[entity].get("deleted", []))
    if mode == "district":
        merger.drop_moved_out(payload.get("moved_out", {}))
    merger.finish()
    if manifest["sender_role"] == ROLE_REGION:
        from .layouts import IN_USE, SECTIONS, receive_in_use, receive_layouts

        for kind, section in SECTIONS.items():
            if section in payload:
                merger.report.created += receive_layouts(session, payload[section], kind)
        receive_in_use(session, payload.get(IN_USE))
    if "progress_snapshots" in payload:  # the monthly figures of the file's organisations
        from .snapshots import receive_snapshots

        receive_snapshots(
            session,
            manifest["org_id"],
            payload["progress_snapshots"],
            from_district=manifest["sender_role"] != ROLE_REGION,
        )
    peer = session.get(ExchangePeer, sender)
    if peer is None:
        peer = ExchangePeer(
            id=sender,
            role=manifest["sender_role"],
            scope_org_id=manifest["org_id"],
            received_through=0,
            acked=0,
        )
        session.add(peer)
    peer.received_through = max(peer.received_through or 0, int(manifest.get("through", 0)))
    me = session.info.get("installation_id", "")
    peer.acked = max(peer.acked or 0, int(manifest.get("acks", {}).get(me, 0)))
    peer.last_import_at = utcnow()
    result = merger.report
    result.sender_role = manifest["sender_role"]
    result.org_code = manifest.get("org_code", "")
    result.org_name = manifest.get("org_name", "")
    result.district_created = mode == "create"
    result.dry_run = dry_run
    if dry_run:
        session.rollback()
        return result
    log_event(
        session,
        "import",
        "exchange",
        manifest["org_id"],
        {
            "file": Path(path).name,
            "created": result.created,
            "updated": result.updated,
            "conflicts": result.conflicts,
            "refused": result.refused,
        },
    )
    session.flush()
    return result


def import_exchange(
    session: Session,
    path: Path,
    passphrase: str,
    *,
    dry_run: bool = False,
    report: Report = no_report,
) -> ImportReport:
    """Merge an exchange file into this copy, or with dry_run say what it would do."""
    with paused_gc():
        return _import_exchange(session, path, passphrase, dry_run=dry_run, report=report)
