"""booklets print / text export / text import / layouts: the booklet «Как работать в Профкардс?»."""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path

from ..printing.booklet_content import BookletTexts
from ..printing.booklet_pages import IMPOSED, PAGE_MODES
from .common import CliContext, CliError, count

# the jobs (SQLAlchemy) and the drawing (reportlab) are imported by each handler:
# `booklets layouts list` reads on the light path (app.models.fastread) when it may


def register(commands: argparse._SubParsersAction) -> None:
    group = commands.add_parser(
        "booklets", help="буклеты «Как работать в Профкардс?»"
    ).add_subparsers(dest="booklets_command", metavar="ДЕЙСТВИЕ", required=True)

    print_cmd = group.add_parser(
        "print",
        help="буклеты в PDF: именные (по списку членов) или пустые",
        description=(
            "Именные буклеты — для членов Профсоюза организации (с подчинёнными) в порядке "
            "списка, тем, у кого нет номера билета, он сначала присваивается; "
            "--blank N — N одинаковых буклетов без имени. Печатайте с двух сторон, "
            "переплёт по короткому краю."
        ),
    )
    print_cmd.add_argument("--out", type=Path, required=True, help="PDF-файл буклетов")
    print_cmd.add_argument("--org", help="код организации (по умолчанию — весь регион)")
    print_cmd.add_argument("--blank", type=count, default=0, help="N пустых буклетов")
    print_cmd.add_argument(
        "--pages",
        choices=PAGE_MODES,
        default=IMPOSED,
        help="imposed — листы A4 для двусторонней печати, single — страницы A5 по порядку",
    )
    print_cmd.add_argument(
        "--with-cards",
        type=Path,
        metavar="CARDS.pdf",
        help="заодно билеты этих же членов в том же порядке в этот PDF",
    )
    print_cmd.set_defaults(handler=cmd_print)

    text = group.add_parser("text", help="текст буклета").add_subparsers(
        dest="text_command", metavar="ДЕЙСТВИЕ", required=True
    )
    export = text.add_parser("export", help="сохранить текст буклета в JSON")
    export.add_argument("file", type=Path)
    export.set_defaults(handler=cmd_text_export)
    imp = text.add_parser("import", help="взять текст буклета из JSON")
    imp.add_argument("file", type=Path)
    imp.set_defaults(handler=cmd_text_import)
    reset = text.add_parser("reset", help="вернуть черновик текста из поставки")
    reset.set_defaults(handler=cmd_text_reset)

    from . import booklet_layouts

    booklet_layouts.register(group)


def _print_warnings(warnings: list[str]) -> None:
    for warning in warnings:
        print(f"Предупреждение: {warning}", file=sys.stderr)


def cmd_print(args: argparse.Namespace, ctx: CliContext) -> int:
    if args.blank and args.org:
        raise CliError("укажите либо --org (именные буклеты), либо --blank N (пустые), не оба")
    if args.with_cards and args.blank:
        raise CliError("--with-cards печатает билеты, а пустым буклетам билеты не нужны")
    from ..printing.booklet import render_booklets
    from ..services import booklets
    from ..services.card_print import joint_card_writer

    db = ctx.database()
    if args.with_cards:
        with db.session() as s:
            result = booklets.print_cards_and_booklets(
                s,
                args.out,
                args.with_cards,
                lambda content, path: render_booklets(content, path, args.pages),
                joint_card_writer(s),
                org_code=args.org,
            )
        _print_warnings(result.warnings)
        print(f"Буклетов и билетов: {result.count} → {args.out}, {args.with_cards}")
        return 0
    with db.session() as s:
        content = booklets.booklet_content(s, org_code=args.org, blank=args.blank)
        result = render_booklets(content, args.out, args.pages)
        booklets.log_booklet_print(s, result.booklets, result.pages, blank=bool(args.blank))
    _print_warnings(result.warnings)
    kind = "пустых" if args.blank else "именных"
    print(f"Буклетов ({kind}): {result.booklets}, страниц PDF: {result.pages} → {args.out}")
    return 0


def cmd_text_export(args: argparse.Namespace, ctx: CliContext) -> int:
    from ..services import booklets

    with ctx.database().session() as s:
        data = booklets.load_texts(s, fill_organisation=False).to_dict()
    tmp = args.file.with_name(args.file.name + ".part")
    tmp.write_text(json.dumps(data, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    os.replace(tmp, args.file)
    print(f"Текст буклета сохранён: {args.file}")
    return 0


def cmd_text_import(args: argparse.Namespace, ctx: CliContext) -> int:
    try:
        data = json.loads(args.file.read_text(encoding="utf-8"))
    except json.JSONDecodeError as error:
        raise CliError(f"«{args.file}» — не JSON (строка {error.lineno})") from None
    if not isinstance(data, dict):
        raise CliError(f"в «{args.file}» нет текста буклета")
    unknown = sorted(
        set(data) - set(BookletTexts.field_names()) - {k for k in data if k[:1] == "_"}
    )
    if unknown:
        raise CliError(f"неизвестные поля в «{args.file}»: {', '.join(unknown)}")
    from ..services import booklets

    with ctx.database().session() as s:
        booklets.save_texts(s, data)
    print("Текст буклета обновлён.")
    return 0


def cmd_text_reset(args: argparse.Namespace, ctx: CliContext) -> int:
    from ..services import booklets

    with ctx.database().session() as s:
        booklets.reset_texts(s)
    print("Текст буклета возвращён к черновику из поставки.")
    return 0
