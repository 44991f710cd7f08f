"""booklets layouts: the booklet's layouts (list, export, import, use)."""

from __future__ import annotations

import argparse

from .common import CliContext
from .layout_files import LayoutFiles

BOOKLET_LAYOUTS = LayoutFiles(
    "booklet_layouts",
    "booklet",
    "booklet_layouts_command",
    "макеты буклета",
    "Макет буклета",
    "макеты буклета",
    import_help_end="; печатать буклеты по нему",
    after_import="; буклеты печатаются по нему.",
    marks_in_use=True,
)


def register(booklets_group: argparse._SubParsersAction) -> None:
    group = BOOKLET_LAYOUTS.register(booklets_group)
    use = group.add_parser("use", help="печатать буклеты по этому макету")
    use.add_argument("name", help="имя макета")
    use.set_defaults(handler=cmd_use)


def cmd_use(args: argparse.Namespace, ctx: CliContext) -> int:
    from ..services.booklet_layouts import use_layout

    with ctx.database().session() as s:
        use_layout(s, args.name)
    print(f"Буклеты печатаются по макету «{args.name}».")
    return 0
