"""init, demo, orgs and members: the foundation's commands.

`orgs list` and `members search` read on the light path when they may (CliContext.light:
no SQLAlchemy); the domain is imported by each handler when the normal path is taken.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from ..models.errors import ValidationError
from ..models.search_words import search_tokens
from .common import CliContext, count, print_json


def register(commands: argparse._SubParsersAction) -> None:
    init = commands.add_parser("init", help="создать новую базу с региональной организацией")
    init.add_argument("--region-name", help="название организации")
    init.add_argument("--region-code", default="46", help="код региона для номеров билетов")
    init.set_defaults(handler=cmd_init)

    demo_cmd = commands.add_parser("demo", help="заполнить пустую базу демонстрационными данными")
    demo_cmd.add_argument("--members", type=count, default=5000, help="сколько членов")
    demo_cmd.add_argument("--seed", type=int, default=1, help="одинаковый seed — одинаковые данные")
    demo_cmd.set_defaults(handler=cmd_demo)

    orgs = commands.add_parser("orgs", help="организации").add_subparsers(
        dest="orgs_command", metavar="ДЕЙСТВИЕ", required=True
    )
    orgs_list = orgs.add_parser("list", help="список организаций")
    orgs_list.add_argument("--json", action="store_true", help="вывести в формате JSON")
    orgs_list.set_defaults(handler=cmd_orgs_list)

    members = commands.add_parser("members", help="члены Профсоюза").add_subparsers(
        dest="members_command", metavar="ДЕЙСТВИЕ", required=True
    )
    search = members.add_parser("search", help="найти по ФИО, телефону или номеру билета")
    search.add_argument("text", help="что искать")
    search.add_argument("--limit", type=count, default=50, help="сколько показать (0 — всех), 50")
    search.add_argument("--all", action="store_true", help="и вышедших из Профсоюза")
    search.add_argument("--json", action="store_true", help="вывести в формате JSON")
    search.set_defaults(handler=cmd_members_search)

    export = members.add_parser("export", help="выгрузить в CSV или XLSX")
    export.add_argument("out", type=Path, help="файл .csv или .xlsx")
    export.add_argument("--org", help="код организации (с подчинёнными)")
    export.set_defaults(handler=cmd_members_export)


def cmd_init(args: argparse.Namespace, ctx: CliContext) -> int:
    from ..models.installation import DEFAULT_REGION_NAME, init_region

    db = ctx.database()
    with db.session() as s:
        org = init_region(s, args.region_name or DEFAULT_REGION_NAME, args.region_code)
        print(f"База данных готова: {db.location}\nРегиональная организация: {org.name}")
    return 0


def cmd_demo(args: argparse.Namespace, ctx: CliContext) -> int:
    from ..models import demo
    from ..models.installation import member_count

    db = ctx.database()
    with db.session(log_changes=False) as s:
        if member_count(s) > 0:
            raise ValidationError(
                "В базе уже есть члены Профсоюза: демонстрационные данные загружаются "
                "только в новую базу. Укажите другой файл в --db."
            )
        demo.generate(s, members=args.members, seed=args.seed)
    print(f"Загружены демонстрационные данные: {args.members} членов Профсоюза ({db.location}).")
    return 0


def cmd_orgs_list(args: argparse.Namespace, ctx: CliContext) -> int:
    rows = ctx.light(lambda reader: reader.organisation_rows())
    if rows is None:
        from ..models.organisations import organisation_rows

        with ctx.database().session() as s:
            rows = organisation_rows(s)
    if args.json:
        print_json(rows)
    else:
        for row in rows:
            print(f"{row['code']:<12} {row['kind']:<12} {row['name']}")
    return 0


def cmd_members_search(args: argparse.Namespace, ctx: CliContext) -> int:
    if not search_tokens(args.text):  # nothing but spaces or dashes would list everyone
        raise ValidationError("Укажите, что искать: часть ФИО, телефон или номер билета.")
    status = "all" if args.all else "active"
    limit = args.limit or None
    records = ctx.light(lambda reader: reader.search_records(args.text, status=status, limit=limit))
    if records is None:
        from ..models.export import search_records

        with ctx.database().session() as s:
            records = search_records(s, args.text, status=status, limit=limit)
    if args.json:
        print_json(records)
    elif not records:
        print("Никого не найдено.", file=sys.stderr)
    else:
        for r in records:
            name = " ".join(p for p in (r["last_name"], r["first_name"], r["patronymic"]) if p)
            birth = _ru_date(r["birth_date"])
            print(f"{name:<45} {birth:<10} {r['organization_code']:<12} {r['card_number'] or ''}")
    return 0


def _ru_date(iso: str | None) -> str:
    if not iso:
        return ""
    year, month, day = iso.split("-")
    return f"{day}.{month}.{year}"


def cmd_members_export(args: argparse.Namespace, ctx: CliContext) -> int:
    from ..models.export import export_members
    from ..models.installation import is_empty

    db = ctx.database()
    with db.session() as s:
        if is_empty(s):
            raise ValidationError("В базе нет ни одной организации: сначала выполните init.")
        count = export_members(s, args.out, args.org)
    print(f"Выгружено членов Профсоюза: {count} → {args.out}")
    return 0
