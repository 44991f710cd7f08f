"""booklets layouts: the booklet's layouts (list, export, import, use)."""

from __future__ import annotations

import argparse
from pathlib import Path

from .common import CliContext, print_json


def register(booklets_group: argparse._SubParsersAction) -> None:
    group = booklets_group.add_parser("layouts", help="макеты буклета").add_subparsers(
        dest="booklet_layouts_command", metavar="ДЕЙСТВИЕ", required=True
    )
    list_cmd = group.add_parser("list", help="встроенные макеты буклета и макеты офиса")
    list_cmd.add_argument("--json", action="store_true", help="вывести в формате JSON")
    list_cmd.set_defaults(handler=cmd_list)
    export = group.add_parser("export", help="макет буклета в один файл JSON (картинки внутри)")
    export.add_argument("name", help="имя макета")
    export.add_argument("--out", type=Path, required=True, help="файл .json")
    export.set_defaults(handler=cmd_export)
    import_cmd = group.add_parser(
        "import", help="макет буклета из файла (имя — в файле); печатать буклеты по нему"
    )
    import_cmd.add_argument("file", type=Path, help="файл .json")
    import_cmd.set_defaults(handler=cmd_import)
    use = group.add_parser("use", help="печатать буклеты по этому макету")
    use.add_argument("name", help="имя макета")
    use.set_defaults(handler=cmd_use)


def cmd_list(args: argparse.Namespace, ctx: CliContext) -> int:
    from ..services.booklet_layouts import in_use, list_layouts

    with ctx.database().session() as s:
        rows, current = list_layouts(s), in_use(s)
    if args.json:
        print_json({"layouts": [{**r.__dict__, "in_use": r.name == current} for r in rows]})
        return 0
    for r in rows:
        kind = "встроенный" if r.built_in else f"версия {r.version}"
        mark = " (печатается)" if r.name == current else ""
        print(f"{r.name:<20} {kind:<12} {r.title}{mark}")
    return 0


def cmd_export(args: argparse.Namespace, ctx: CliContext) -> int:
    from ..services.booklet_layouts import export_layout

    with ctx.database().session() as s:
        export_layout(s, args.name, args.out)
    print(f"Макет буклета «{args.name}» → {args.out}")
    return 0


def cmd_import(args: argparse.Namespace, ctx: CliContext) -> int:
    from ..services.booklet_layouts import import_layout

    with ctx.database().session() as s:
        name, version = import_layout(s, args.file)
    print(f"Макет буклета «{name}» загружен, версия {version}; буклеты печатаются по нему.")
    return 0


def cmd_use(args: argparse.Namespace, ctx: CliContext) -> int:
    from ..services.booklet_layouts import use_layout

    with ctx.database().session() as s:
        use_layout(s, args.name)
    print(f"Буклеты печатаются по макету «{args.name}».")
    return 0
