"""Records leaving a copy during a merge: deletions that came in the file (tombstones)
and records the region moved to an organisation this district does not hold."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..models.entities import Card, Member, MemberTransfer, Organisation
from ..models.exchange_state import ExchangeVersion
from .merge_book import MergeBook
from .merge_fields import parse_versions
from .records import Codec, entity_order, load_rows
from .versions import DELETED, EMPTY, SAME, TAKE, compare, field_version, load_versions, merged


class MergeRemoval(MergeBook):
    """Deletions and moves out, checked against edits the other side has not seen."""

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
                theirs, ours = parse_versions(text), here.get(entity_id, {"*": EMPTY})
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
