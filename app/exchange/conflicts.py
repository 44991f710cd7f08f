"""What waits for a person after an import, and settling it (the GUI and the CLI share this)."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import asdict, dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..models.base import utcnow
from ..models.changes import to_text
from ..models.entities import Card, ChangeLogEntry, Member, MemberTransfer, Organisation
from ..models.errors import NotFoundError, ValidationError
from ..models.exchange_state import ExchangeConflict, ExchangePeer
from ..models.import_values import ImportedValue
from ..models.members import FIELD_LABELS
from ..models.permissions import Permission, access, require
from .merge_book import drop_stale_duplicates
from .records import Codec
from .versions import (
    absorb_local_changes,
    entity_names,
    field_version,
    load_versions,
    merged,
    next_seq,
    save_versions,
)

HERE, THERE = "here", "there"


@dataclass
class ConflictView:
    id: str
    kind: str  # field | duplicate
    entity: str
    entity_id: str
    record: str
    field: str
    here: str | None
    here_from: str
    here_at: str
    there: str | None
    there_from: str
    there_at: str

    def as_json(self) -> dict:
        return asdict(self)


def _origin_name(session: Session, installation: str) -> str:
    if not installation:
        return "исходные данные"
    if installation == session.info.get("installation_id"):
        return "эта база"
    peer = session.get(ExchangePeer, installation)
    if peer is None:
        return "другая база"
    if peer.role == "region":
        return "региональная база"
    org = session.get(Organisation, peer.scope_org_id) if peer.scope_org_id else None
    return f"район «{org.display_name}»" if org else "копия района"


def _record_label(session: Session, entity: str, entity_id: str) -> str:
    model = entity_names().get(entity)
    obj = session.get(model, entity_id) if model else None
    if obj is None:
        return entity_id
    if isinstance(obj, Member):
        birth = obj.birth_date.strftime("%d.%m.%Y") if obj.birth_date else ""
        return f"{obj.full_name} {birth}".strip()
    if isinstance(obj, Organisation):
        return obj.display_name
    if isinstance(obj, Card):
        return f"билет {obj.number}"
    if isinstance(obj, ImportedValue):
        member = _record_label(session, "member", obj.member_id)
        column = obj.column_title or FIELD_LABELS.get(obj.field, obj.field)
        return f"{member}: «{column}» из загрузки"
    return entity_id


def _current_text(session: Session, entity: str, entity_id: str, field: str) -> str | None:
    model = entity_names().get(entity)
    obj = session.get(model, entity_id) if model else None
    return to_text(getattr(obj, field)) if obj is not None else None


def _org_of(session: Session, entity: str, entity_id: str) -> str | None:
    """The organisation a conflicting record belongs to (for the user's subtree)."""
    model = entity_names().get(entity)
    obj = session.get(model, entity_id) if model else None
    if isinstance(obj, Member):
        return obj.organisation_id
    if isinstance(obj, Organisation):
        return obj.id
    if isinstance(obj, Card | ImportedValue):
        member = session.get(Member, obj.member_id)
        return member.organisation_id if member else None
    return None


def list_conflicts(session: Session) -> list[ConflictView]:
    require(session, Permission.EXCHANGE)
    drop_stale_duplicates(session)
    out = []
    rows = session.scalars(
        select(ExchangeConflict).order_by(ExchangeConflict.detected_at, ExchangeConflict.id)
    )
    rule = access(session)
    for c in rows:
        if rule.limited and _org_of(session, c.entity, c.entity_id) not in (rule.orgs or ()):
            continue
        if c.kind == "duplicate":
            here = _record_label(session, "member", c.entity_id)
            there = _record_label(session, "member", c.there_value or "")
            record = here
        else:
            here = _current_text(session, c.entity, c.entity_id, c.field)
            there = c.there_value
            record = _record_label(session, c.entity, c.entity_id)
        out.append(
            ConflictView(
                id=c.id,
                kind=c.kind,
                entity=c.entity,
                entity_id=c.entity_id,
                record=record,
                field=c.field,
                here=here,
                here_from=(
                    "эта база" if c.kind == "duplicate" else _origin_name(session, c.here_origin)
                ),
                here_at=c.here_at,
                there=there,
                there_from=_origin_name(session, c.there_origin),
                there_at=c.there_at,
            )
        )
    return out


def _from_text(codec: Codec, field: str, text: str | None):  # noqa: ANN202
    if text is None:
        return None
    kind = codec.kinds[codec.columns.index(field)]
    if kind == "int":
        return int(text)
    if kind == "bool":
        return text == "1"
    if kind == "date":
        return dt.date.fromisoformat(text)
    if kind == "datetime":
        return dt.datetime.fromisoformat(text)
    return text


def resolve_conflict(session: Session, conflict_id: str, take: str) -> None:
    """Settle one conflict: keep the value here, or take the one from there.

    The chosen value gets a new version that has seen both, so the next files carry the
    decision to the other copy, which then drops its own copy of the conflict.
    """
    require(session, Permission.EXCHANGE)
    if take not in (HERE, THERE):
        raise ValidationError("Выберите, какое значение оставить: here (здесь) или there (там).")
    conflict = session.get(ExchangeConflict, conflict_id)
    if conflict is None:
        raise NotFoundError("Такого расхождения нет: возможно, его уже разрешили.")
    rule = access(session)
    if rule.limited:
        rule.require_org(_org_of(session, conflict.entity, conflict.entity_id))
    absorb_local_changes(session)
    if conflict.kind == "duplicate":
        _merge_duplicates(session, conflict, take)
    else:
        _resolve_field(session, conflict, take)
    session.delete(conflict)
    session.flush()
    absorb_local_changes(session)


def _resolve_field(session: Session, conflict: ExchangeConflict, take: str) -> None:
    model = entity_names().get(conflict.entity)
    obj = session.get(model, conflict.entity_id) if model else None
    if obj is None:
        return  # the record is gone: nothing left to choose
    me = session.info.get("installation_id", "")
    versions = load_versions(session, conflict.entity, [conflict.entity_id]).get(
        conflict.entity_id, {"*": [{}, "", ""]}
    )
    here = field_version(versions, conflict.field)
    there = json.loads(conflict.there_version or "{}")
    versions[conflict.field] = [
        merged(here[0], there),
        me,
        utcnow().isoformat(timespec="seconds"),
    ]
    save_versions(session, conflict.entity, {conflict.entity_id: versions}, next_seq(session))
    current = to_text(getattr(obj, conflict.field))
    if take == THERE and conflict.there_value != current:
        codec = Codec.of(model)
        setattr(obj, conflict.field, _from_text(codec, conflict.field, conflict.there_value))
    else:  # the same value, decided: a change of its own so that it travels
        session.add(
            ChangeLogEntry(
                at=utcnow(),
                installation_id=me,
                user_login=session.info.get("user_login", ""),
                action="update",
                entity=conflict.entity,
                entity_id=conflict.entity_id,
                field=conflict.field,
                old_value=current,
                new_value=current,
            )
        )
    session.flush()


def _merge_duplicates(session: Session, conflict: ExchangeConflict, take: str) -> None:
    """Keep one of the two member records; the other's cards and history move to it."""
    keep_id, drop_id = conflict.entity_id, conflict.there_value or ""
    if take == THERE:
        keep_id, drop_id = drop_id, keep_id
    keep, drop = session.get(Member, keep_id), session.get(Member, drop_id)
    if keep is None or drop is None:
        return
    for key in Codec.of(Member).columns:
        if getattr(keep, key) in (None, "") and getattr(drop, key) not in (None, ""):
            setattr(keep, key, getattr(drop, key))
    for card in session.scalars(select(Card).where(Card.member_id == drop_id)):
        card.member_id = keep_id
    from app.models.cards import CardBatchItem

    for item in session.scalars(select(CardBatchItem).where(CardBatchItem.member_id == drop_id)):
        item.member_id = keep_id
    for transfer in session.scalars(
        select(MemberTransfer).where(MemberTransfer.member_id == drop_id)
    ):
        transfer.member_id = keep_id
    session.flush()
    session.delete(drop)
    session.flush()
