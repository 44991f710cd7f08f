"""cards layouts: the office's card layouts (list, export, import) and the fit check."""

from __future__ import annotations

import argparse
import sys

from .common import CliContext, print_json
from .layout_files import LayoutFiles

CARD_LAYOUTS = LayoutFiles(
    "layouts", "card", "layouts_command", "макеты билетов", "Макет", "макеты"
)


def register(cards_group: argparse._SubParsersAction) -> None:
    group = CARD_LAYOUTS.register(cards_group)
    check = group.add_parser("check", help="проверить макет на всех членах Профсоюза")
    check.add_argument("name", help="имя макета")
    check.add_argument("--json", action="store_true", help="вывести в формате JSON")
    check.set_defaults(handler=cmd_check)


def cmd_check(args: argparse.Namespace, ctx: CliContext) -> int:
    from ..printing.card_templates import SIDE_TITLES
    from ..services.fit_check import light_fit_check

    # a plain file without users: read without SQLAlchemy (the same answer, tests compare)
    result = ctx.light(lambda reader: light_fit_check(reader, args.name))
    if result is None:
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
