"""orgs add and orgs edit: an organisation's card from the terminal, through the same
create_org/update_org (and their checks) as the organisation form of the GUI."""

from __future__ import annotations

import argparse

from .common import CliContext, count

KINDS = {"primary": "первичная", "territorial": "территориальная"}
# option -> the organisation's field (only the options given are written)
TEXT_OPTIONS = {
    "name": "name",
    "short_name": "short_name",
    "institution_type": "institution_type",
    "chair": "chair",
    "chair_phone": "chair_phone",
    "registrar": "registrar_name",
    "registrar_phone": "registrar_phone",
    "registrar_email": "registrar_email",
}


def _subcommands(parser: argparse.ArgumentParser) -> argparse._SubParsersAction:
    return next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))


def _card_options(parser: argparse.ArgumentParser, *, new: bool) -> None:
    parser.add_argument("--name", required=new, help="полное название")
    parser.add_argument("--short-name", help="краткое название (для дерева и списков)")
    parser.add_argument("--parent", metavar="КОД", help="код вышестоящей организации")
    parser.add_argument("--institution-type", help="тип учреждения: школа, детский сад, …")
    parser.add_argument("--employees", type=count, help="число работников")
    parser.add_argument("--students", type=count, help="число обучающихся (колледж, вуз)")
    parser.add_argument("--chair", metavar="ФИО", help="председатель: фамилия, имя, отчество")
    parser.add_argument("--chair-phone", metavar="ТЕЛЕФОН", help="телефон председателя")
    parser.add_argument("--registrar", metavar="ФИО", help="ответственный за электронный учёт")
    parser.add_argument("--registrar-phone", metavar="ТЕЛЕФОН", help="телефон ответственного")
    parser.add_argument("--registrar-email", metavar="ПОЧТА", help="почта ответственного")


def register(commands: argparse._SubParsersAction) -> None:
    orgs = _subcommands(commands.choices["orgs"])
    add = orgs.add_parser("add", help="добавить организацию")
    add.add_argument("code", help="код организации, например T05-012")
    add.add_argument(
        "--kind", choices=list(KINDS), default="primary", help="вид: primary или territorial"
    )
    _card_options(add, new=True)
    add.set_defaults(handler=cmd_orgs_add)
    edit = orgs.add_parser("edit", help="изменить карточку организации (только указанное)")
    edit.add_argument("code", help="код организации")
    edit.add_argument("--code", dest="new_code", metavar="НОВЫЙ_КОД", help="новый код")
    _card_options(edit, new=False)
    edit.set_defaults(handler=cmd_orgs_edit)


def _values(args: argparse.Namespace) -> dict:
    values = {
        field: getattr(args, option)
        for option, field in TEXT_OPTIONS.items()
        if getattr(args, option) is not None
    }
    for key in ("employees", "students"):
        if getattr(args, key) is not None:
            values[key] = getattr(args, key)
    return values


def cmd_orgs_add(args: argparse.Namespace, ctx: CliContext) -> int:
    # imported here: `orgs list` loads this module and reads without SQLAlchemy
    from ..models.organisations import create_org, get_by_code

    db = ctx.database()
    with db.session() as s:
        values = _values(args) | {"kind": args.kind, "code": args.code}
        if args.parent:
            values["parent_id"] = get_by_code(s, args.parent).id
        else:  # under the region, as the GUI offers it
            from ..models.organisations import region

            top = region(s)
            values["parent_id"] = top.id if top is not None else None
        org = create_org(s, **values)
        print(f"Добавлена организация {org.code}: {org.name}")
    return 0


def cmd_orgs_edit(args: argparse.Namespace, ctx: CliContext) -> int:
    from ..models.organisations import get_by_code, update_org

    db = ctx.database()
    with db.session() as s:
        org = get_by_code(s, args.code)
        values = _values(args)
        if args.parent:
            values["parent_id"] = get_by_code(s, args.parent).id
        if args.new_code:
            values["code"] = args.new_code
        if not values:
            print(f"Ничего не изменено: укажите, что поменять ({org.code}).")
            return 0
        update_org(s, org.id, **values)
        print(f"Карточка организации {org.code} сохранена.")
    return 0
