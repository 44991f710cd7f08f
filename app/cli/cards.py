"""cards: numbers, card PDFs for a card printer or A4 sheets, the issue sheet, reissue."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from ..printing import builtin_layouts
from .common import CliContext, CliError, print_json

if TYPE_CHECKING:
    from ..models.fastread import Reader
    from ..printing.cards_pdf import PrinterProfile

# the domain (SQLAlchemy) and the card drawing (reportlab) are imported by each handler:
# `cards batches` reads on the light path (app.models.fastread) when it may


def register(commands: argparse._SubParsersAction) -> None:
    group = commands.add_parser("cards", help="пластиковые билеты").add_subparsers(
        dest="cards_command", metavar="ДЕЙСТВИЕ", required=True
    )
    assign = group.add_parser("assign", help="выдать номера тем, у кого их нет")
    assign.add_argument("--org", help="код организации (с подчинёнными)")
    assign.set_defaults(handler=cmd_assign)

    print_cmd = group.add_parser("print", help="PDF билетов для принтера карт или листов A4")
    print_cmd.add_argument("--out", type=Path, required=True, help="файл .pdf")
    print_cmd.add_argument("--org", help="код организации (с подчинёнными)")
    print_cmd.add_argument(
        "--batch", help="id партии: сделать её PDF заново (те же билеты, тот же порядок)"
    )
    print_cmd.add_argument("--layout", choices=("card", "a4"), default="card")
    print_cmd.add_argument(
        "--template",
        default="default",
        help="макет билета: "
        + ", ".join(builtin_layouts.names(builtin_layouts.CARDS))
        + " или макет офиса",
    )
    print_cmd.add_argument("--profile", help="профиль принтера (смещения, поворот оборота)")
    print_cmd.add_argument(
        "--only-unprinted", action="store_true", help="только ещё не напечатанные билеты"
    )
    print_cmd.add_argument(
        "--draft",
        action="store_true",
        help="черновик: не отмечать билеты напечатанными и не заводить партию",
    )
    print_cmd.set_defaults(handler=cmd_print)

    sheet = group.add_parser("sheet", help="ведомость выдачи билетов (PDF)")
    sheet.add_argument("--out", type=Path, required=True, help="файл .pdf")
    sheet.add_argument("--org", help="код организации (с подчинёнными)")
    sheet.add_argument("--batch", help="id партии печати вместо организации")
    sheet.set_defaults(handler=cmd_sheet)

    reissue = group.add_parser("reissue", help="перевыпустить билет (старый — утерян)")
    reissue.add_argument("member_id", help="id члена Профсоюза")
    reissue.set_defaults(handler=cmd_reissue)

    calibration = group.add_parser("calibration", help="калибровочная страница принтера")
    calibration.add_argument("--out", type=Path, required=True, help="файл .pdf")
    calibration.add_argument("--layout", choices=("card", "a4"), default="card")
    calibration.add_argument("--profile", help="профиль принтера")
    calibration.set_defaults(handler=cmd_calibration)

    batches = group.add_parser("batches", help="партии печати")
    batches.add_argument("--json", action="store_true", help="вывести в формате JSON")
    batches.set_defaults(handler=cmd_batches)

    from . import layouts

    layouts.register(group)


def cmd_assign(args: argparse.Namespace, ctx: CliContext) -> int:
    from ..models.card_numbers import assign_numbers
    from ..models.print_selection import select_for_print

    with ctx.database().session() as s:
        ids = [r.member_id for r in select_for_print(s, args.org) if r.card_id is None]
        created = assign_numbers(s, ids)
    print(f"Выдано номеров билетов: {len(created)}")
    return 0


def _profile(session, name: str | None) -> PrinterProfile:  # noqa: ANN001
    from ..models import print_settings
    from ..printing.cards_pdf import PrinterProfile

    chosen = name or print_settings.default_profile_name(session)
    return PrinterProfile.from_dict(chosen, print_settings.printer_profile(session, chosen))


def cmd_print(args: argparse.Namespace, ctx: CliContext) -> int:
    if args.batch:
        return _remake(args, ctx)
    from ..models import card_batches, print_settings
    from ..printing.cards_pdf import cards_pdf
    from ..services.layouts import load_layout

    db = ctx.database()
    # the batch and its cards are committed before the PDF is renamed into place
    with db.session() as s:
        template, version = load_layout(s, args.template)
        profile = _profile(s, args.profile)
        emblem = print_settings.emblem_path(s)
        run = card_batches.start_print_run(
            s,
            args.org,
            only_unprinted=args.only_unprinted,
            template=template.name,
            layout=args.layout,
            profile=profile.name,
            title=args.org or "",
            draft=args.draft,
            template_version=version,
        )
    if not run.records:
        print("Печатать нечего: все билеты уже напечатаны.")
        return 0
    try:
        cards_pdf(run.records, template, args.out, args.layout, profile, emblem)
    except BaseException:
        with db.session() as s:
            card_batches.undo_print_run(s, run)
        raise
    note = f", партия {run.batch_id}" if run.batch_id else " (черновик)"
    print(f"Билетов: {len(run.records)} → {args.out}{note}")
    return 0


def _remake(args: argparse.Namespace, ctx: CliContext) -> int:
    if args.org or args.only_unprinted or args.draft:
        raise CliError(
            "С --batch печатается вся партия: уберите --org, --only-unprinted и --draft."
        )
    from ..models import card_batches, print_settings
    from ..printing.cards_pdf import cards_pdf
    from ..services.layouts import load_layout

    with ctx.database().session() as s:
        batch, records = card_batches.remake_batch(s, args.batch)
        # the layout as it was printed: a later version does not change the copy
        template, _v = load_layout(s, batch.template, batch.template_version)
        profile = _profile(
            s, batch.profile if batch.profile in print_settings.printer_profiles(s) else None
        )
        emblem = print_settings.emblem_path(s)
    cards_pdf(records, template, args.out, batch.layout, profile, emblem)
    print(f"Билетов: {len(records)} → {args.out}, партия {batch.id} (заново)")
    return 0


def cmd_sheet(args: argparse.Namespace, ctx: CliContext) -> int:
    from ..models import card_batches
    from ..models.organisations import get_by_code, region
    from ..printing.issue_sheet import issue_sheet_pdf

    with ctx.database().session() as s:
        records = card_batches.issue_sheet_records(s, args.org, args.batch)
        top = region(s)
        org_name = get_by_code(s, args.org).name if args.org else ""
    # new numbers are committed before the sheet that shows them is renamed into place
    issue_sheet_pdf(records, args.out, org_name, top.name if top else "")
    print(f"Ведомость выдачи: {len(records)} чел. → {args.out}")
    return 0


def cmd_reissue(args: argparse.Namespace, ctx: CliContext) -> int:
    from ..models import cards

    with ctx.database().session() as s:
        number = cards.reissue(s, args.member_id)
    print(f"Новый номер билета: {number}")
    return 0


def cmd_calibration(args: argparse.Namespace, ctx: CliContext) -> int:
    from ..printing.cards_pdf import calibration_pdf

    with ctx.database().session() as s:
        profile = _profile(s, args.profile)
    calibration_pdf(args.out, args.layout, profile)
    print(f"Калибровочная страница → {args.out}")
    return 0


def cmd_batches(args: argparse.Namespace, ctx: CliContext) -> int:
    rows = ctx.light(_light_batches)
    if rows is None:
        from ..models import card_batches

        with ctx.database().session() as s:
            rows = card_batches.list_batches(s)
    if args.json:
        print_json([b.__dict__ for b in rows])
    else:
        for b in rows:
            when = f"{b.created_at:%d.%m.%Y %H:%M}"
            print(f"{b.id}  {when}  {b.layout:<4}  {b.count:>6}  сбоев {b.failed}  {b.title}")
    return 0


def _light_batches(reader: Reader) -> list:
    from ..models.fastread import cards

    return cards.batches(reader.conn)
