"""Organisation tree: creating and editing organisations, subtrees, counts per node."""

from __future__ import annotations

from sqlalchemy import func, literal_column, select
from sqlalchemy.orm import Session

from .entities import Member, Organisation, OrgKind
from .errors import NotFoundError, ValidationError
from .limits import PEOPLE_MAX, text_problems
from .org_nodes import NODE_COLUMNS, OrgNode, assemble_tree
from .permissions import Permission, access, require
from .text import normalise_phone

ALLOWED_PARENTS = {
    OrgKind.REGION: set(),
    OrgKind.TERRITORIAL: {OrgKind.REGION},
    OrgKind.PRIMARY: {OrgKind.REGION, OrgKind.TERRITORIAL},
}


def get_by_code(session: Session, code: str) -> Organisation:
    org = session.scalar(select(Organisation).where(Organisation.code == code))
    if org is None:
        raise NotFoundError(f"Организации с кодом «{code}» нет.")
    return org


def region(session: Session) -> Organisation | None:
    return session.scalar(select(Organisation).where(Organisation.kind == OrgKind.REGION))


def subtree_ids(session: Session, org_id: str) -> list[str]:
    """The organisation and everything under it, by a recursive query."""
    tree = select(Organisation.id).where(Organisation.id == org_id).cte(recursive=True)
    tree = tree.union_all(select(Organisation.id).where(Organisation.parent_id == tree.c.id))
    return list(session.scalars(select(tree.c.id)))


def list_organisations(session: Session) -> list[Organisation]:
    """Organisations by code: the user's subtree, or all of them for an unlimited user."""
    query = select(Organisation).where(*access(session).narrow(Organisation.id))
    return list(session.scalars(query.order_by(Organisation.code)))


def organisation_rows(session: Session) -> list[dict]:
    """`orgs list`: the user's organisations by code, with the parent's code. On SQLite the
    light path's SQL on this session's connection (one query for both paths)."""
    orgs = access(session).orgs
    connection = session.connection()
    if connection.dialect.name == "sqlite":
        from .fastread import queries

        return queries.organisation_rows(connection.connection.driver_connection, orgs)
    return query_organisation_rows(session)


def query_organisation_rows(session: Session) -> list[dict]:
    """organisation_rows through SQLAlchemy: PostgreSQL's (and the parity tests')."""
    codes = dict(session.execute(select(Organisation.id, Organisation.code)).all())
    return [
        {
            "id": o.id,
            "code": o.code,
            "name": o.name,
            "kind": o.kind,
            "parent_code": codes.get(o.parent_id) if o.parent_id else None,
            "employees": o.employees,
            "students": o.students,
            "chair": o.chair,
            "chair_phone": o.chair_phone,
        }
        for o in list_organisations(session)
    ]


def load_tree(session: Session) -> list[OrgNode]:
    """All organisations as a forest of OrgNode, children sorted by name, with member counts
    (a limited user: their subtree). On SQLite the light path's SQL on this session's
    connection (one query for both paths)."""
    connection = session.connection()
    if connection.dialect.name == "sqlite":
        from .fastread import queries

        raw = connection.connection.driver_connection
        return queries.load_tree(raw, _scope_root(session))
    return query_load_tree(session)


def query_load_tree(session: Session) -> list[OrgNode]:
    """load_tree through SQLAlchemy: PostgreSQL's (and the parity tests')."""
    sqlite = session.get_bind().dialect.name == "sqlite"
    left_on = literal_column("+member.left_on") if sqlite else Member.left_on
    counts = dict(
        session.execute(
            select(Member.organisation_id, func.count())
            .where(left_on.is_(None))
            .group_by(Member.organisation_id)
        ).all()
    )
    columns = [getattr(Organisation, name) for name in NODE_COLUMNS]
    # plain rows, not entities: a region has thousands of organisations
    rows = session.execute(select(*columns)).all()
    return assemble_tree(rows, counts, _scope_root(session))


def _scope_root(session: Session) -> str | None:
    return getattr(session.info.get("db"), "user_org_id", None)  # the root of access()


ORG_FIELDS = (
    "kind",
    "parent_id",
    "name",
    "short_name",
    "code",
    "institution_type",
    "employees",
    "students",
    "chair",
    "chair_phone",
    "registrar_name",
    "registrar_phone",
    "registrar_email",
    "active",
)


PHONES = {  # the organisation's phones, read by the member phone rules (app.models.text)
    "chair_phone": "Телефон председателя не похож на российский номер: нужно 10 цифр после +7.",
    "registrar_phone": (
        "Телефон ответственного не похож на российский номер: нужно 10 цифр после +7."
    ),
}


def normalise_phones(values: dict) -> dict:
    """The phones given, as stored ('+7XXXXXXXXXX', '' for none); one Russian sentence for
    a number that is not Russian. Only the phones given: an old number kept as it was
    typed does not stop editing the organisation's other fields."""
    out = dict(values)
    for key, problem in PHONES.items():
        if key in out:
            try:
                out[key] = normalise_phone(out[key]) or ""
            except ValueError:
                raise ValidationError(problem, {key: problem}) from None
    return out


def validate_org(session: Session, values: dict, org_id: str | None = None) -> None:
    errors: dict[str, str] = {}
    name = (values.get("name") or "").strip()
    code = (values.get("code") or "").strip()
    kind = values.get("kind")
    if not name:
        errors["name"] = "Укажите название организации."
    if not code:
        errors["code"] = "Укажите код организации."
    else:
        clash = session.scalar(select(Organisation.id).where(Organisation.code == code))
        if clash and clash != org_id:
            errors["code"] = f"Код «{code}» уже занят другой организацией."
    if kind not in {k.value for k in OrgKind}:
        errors["kind"] = "Выберите вид организации."
    else:
        parent_id = values.get("parent_id")
        parent = session.get(Organisation, parent_id) if parent_id else None
        allowed = ALLOWED_PARENTS[OrgKind(kind)]
        if allowed and (parent is None or parent.kind not in allowed):
            errors["parent_id"] = "Выберите вышестоящую организацию подходящего вида."
        if not allowed and parent_id:
            errors["parent_id"] = "У региональной организации нет вышестоящей."
        if org_id and parent_id and parent_id in subtree_ids(session, org_id):
            errors["parent_id"] = "Организацию нельзя подчинить её же подразделению."
        if kind == OrgKind.REGION:
            other = session.scalar(
                select(Organisation.id).where(
                    Organisation.kind == OrgKind.REGION, Organisation.id != (org_id or "")
                )
            )
            if other:
                errors["kind"] = "Региональная организация в базе уже есть, вторая не нужна."
        if org_id and kind == OrgKind.PRIMARY:
            has_children = session.scalar(
                select(Organisation.id).where(Organisation.parent_id == org_id).limit(1)
            )
            if has_children:
                errors["kind"] = (
                    "У организации есть подчинённые организации: первичной она быть не может."
                )
    for key in ("employees", "students"):
        value = values.get(key, 0)
        if not isinstance(value, int) or value < 0:
            errors[key] = "Число не может быть отрицательным."
        elif value > PEOPLE_MAX:
            errors[key] = f"Число больше {PEOPLE_MAX:,} — проверьте его.".replace(",", " ")
    stripped = {k: v.strip() if isinstance(v, str) else v for k, v in values.items()}
    for key, problem in text_problems("organisation", stripped).items():
        errors.setdefault(key, problem)
    if errors:
        raise ValidationError(next(iter(errors.values())), errors)


def create_org(session: Session, **values) -> Organisation:
    require(session, Permission.EDIT_ORGS)
    access(session).require_org(values.get("parent_id"))
    values.setdefault("short_name", "")
    values.setdefault("employees", 0)
    values.setdefault("students", 0)
    values = normalise_phones(values)
    validate_org(session, values)
    org = Organisation(**{k: v for k, v in values.items() if k in ORG_FIELDS})
    org.name = org.name.strip()
    org.code = org.code.strip()
    session.add(org)
    session.flush()
    return org


def update_org(session: Session, org_id: str, **values) -> Organisation:
    require(session, Permission.EDIT_ORGS)
    org = session.get(Organisation, org_id)
    if org is None:
        raise NotFoundError("Организация не найдена: возможно, её уже удалили.")
    rule = access(session)
    rule.require_org(org_id)
    if "parent_id" in values:
        rule.require_org(values["parent_id"])
    values = normalise_phones(values)
    merged = {k: getattr(org, k) for k in ORG_FIELDS} | values
    validate_org(session, merged, org_id)
    for key, value in values.items():
        if key in ORG_FIELDS:
            setattr(org, key, value.strip() if isinstance(value, str) else value)
    session.flush()
    return org
