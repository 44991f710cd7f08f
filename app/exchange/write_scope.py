"""What a district may change, seen from the region: its organisation's subtree only."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..models.entities import Member, OrgKind
from .records import scope_of


class WriteScope:
    """What a district may change, seen from the region."""

    def __init__(self, session: Session, org_id: str) -> None:
        self.session = session
        self.root = org_id
        self.orgs = set(scope_of(session, org_id).org_ids)
        self._member_org: dict[str, str | None] = {}

    def member_in(self, member_id: str | None, created: dict[str, dict]) -> bool:
        if member_id is None:
            return False
        if member_id in created:
            return created[member_id].get("organisation_id") in self.orgs
        if member_id not in self._member_org:
            self._member_org[member_id] = self.session.scalar(
                select(Member.organisation_id).where(Member.id == member_id)
            )
        return self._member_org[member_id] in self.orgs

    def refusal(
        self,
        entity: str,
        model: type,
        local: dict[str, Any] | None,
        incoming: dict[str, Any],
        changes: dict[str, Any],
        created_members: dict[str, dict],
    ) -> str | None:
        """None if the district may make this change, else the reason in one sentence."""
        outside = "запись вне территориальной организации района"
        if entity == "organisation":
            org_id = incoming.get("_id")
            if local is None:
                if incoming.get("parent_id") not in self.orgs:
                    return "район создал организацию вне своей территориальной"
                if incoming.get("kind") != OrgKind.PRIMARY:
                    return "район может создавать только первичные организации"
                return None
            if org_id not in self.orgs:
                return outside
            if "kind" in changes or (
                "parent_id" in changes
                and (org_id == self.root or changes["parent_id"] not in self.orgs)
            ):
                return "район не может переподчинять организации"
            return None
        if entity == "card":
            if local is None:
                return "номера билетов выдаёт только региональная организация"
            if "number" in changes:
                return "номера билетов выдаёт только региональная организация"
            if not self.member_in(local.get("member_id"), created_members):
                return outside
            if "member_id" in changes and not self.member_in(changes["member_id"], created_members):
                return outside
            return None
        table = model.__table__
        if "organisation_id" in table.c:
            if local is not None and local.get("organisation_id") not in self.orgs:
                return outside
            if incoming.get("organisation_id") not in self.orgs:
                return outside
            return None
        if "member_id" in table.c:
            if local is not None and not self.member_in(local.get("member_id"), created_members):
                return outside
            if not self.member_in(incoming.get("member_id"), created_members):
                return outside
            return None
        return "эти данные ведёт только региональная организация"
