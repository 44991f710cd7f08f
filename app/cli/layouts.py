"""cards layouts: the office's card layouts (list, export, import) and the fit check."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from .common import CliContext, print_json


def register(cards_group: argparse._SubParsersAction) -> None:
    group = cards_group.add_parser("layouts", help="макеты билетов").add_subparsers(
        dest="layouts_command", metavar="ДЕЙСТВИЕ", required=True
    )
    list_cmd = group.add_parser("list", help="встроенные макеты и макеты офиса")
    list_cmd.add_argument("--json", action="store_true", help="вывести в формате JSON")
    list_cmd.set_defaults(handler=cmd_list)

    export = group.add_parser("export", help="макет в один файл JSON (картинки внутри)")
    export.add_argument("name", help="имя макета")
    export.add_argument("--out", type=Path, required=True, help="файл .json")
    export.set_defaults(handler=cmd_export)

    import_cmd = group.add_parser("import", help="макет из файла (имя — в файле)")
    import_cmd.add_argument("file", type=Path, help="файл .json")
    import_cmd.set_defaults(handler=cmd_import)

    check = group.add_parser("check", help="проверить макет на всех членах Профсоюза")
    check.add_argument("name", help="имя макета")
    check.add_argument("--json", action="store_true", help="вывести в формате JSON")
    check.set_defaults(handler=cmd_check)


def cmd_list(args: argparse.Namespace, ctx: CliContext) -> int:
    from ..services.layouts import list_layouts

    with ctx.database().session() as s:
        rows = list_layouts(s)
    if args.json:
        print_json({"layouts": [r.__dict__ for r in rows]})
        return 0
    for r in rows:
        kind = "встроенный" if r.built_in else f"версия {r.version}"
        print(f"{r.name:<20} {kind:<12} {r.title}")
    return 0


def cmd_export(args: argparse.Namespace, ctx: CliContext) -> int:
    from ..services.layouts import export_layout

    with ctx.database().session() as s:
        export_layout(s, args.name, args.out)
    print(f"Макет «{args.name}» → {args.out}")
    return 0


def cmd_import(args: argparse.Namespace, ctx: CliContext) -> int:
    from ..services.layouts import import_layout

    with ctx.database().session() as s:
        name, version = import_layout(s, args.file)
    print(f"Макет «{name}» загружен, версия {version}.")
    return 0


def cmd_check(args: argparse.Namespace, ctx: CliContext) -> int:
    from ..printing.card_templates import SIDE_TITLES
    from ..services.fit_check import fit_check
    from ..services.layouts import load_layout

    with ctx.database().session() as s:
        template, _version = load_layout(s, args.name)
        result = fit_check(template, s)
    if args.json:
        print_json(result.as_json())
        return 0
    print(f"Макет «{args.name}»: проверено членов Профсоюза — {result.members}.")
    for m in result.misfits:
        print(f"Не помещается: {m.member_id}  {m.full_name}  ({m.element}): {m.text}")
    for p in result.problems:
        print(f"Макет ({SIDE_TITLES[p.side]}): {p.message}")
    for element, m in result.worst.items():
        print(f"Самый длинный текст — {element}: {m.text} ({m.full_name})")
    if not result.misfits and not result.problems:
        print("Всё помещается.")
    sys.stdout.flush()
    return 0
