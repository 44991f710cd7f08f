"""worklist, mark, profkards, sheets: the campaigns' work lists and their one-click actions.

`worklist KIND` prints who is still to be served (or --json, or --out a .xlsx/.pdf sheet);
`mark WHAT ID...` is the panel's one-click action; `profkards import FILE` applies the
programme's list of card numbers; `sheets --org CODE --out F.pdf|F.xlsx` makes the
organisations' sheets; `ranking` orders organisations by what is left to do.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from pathlib import Path
from typing import Any

from ..models.worklist_kinds import KINDS, kind_of
from .common import CliContext, parse_date, print_json, print_json_lines, write_joined

# the domain's modules (SQLAlchemy) are imported by each handler: `worklist`, `ranking` and
# `progress` read on the light path (app.models.fastread) when they may
MARKS = {  # `mark WHAT`: the function of app.models.campaign_marks
    "e-registered": "mark_e_registered",
    "consent": "mark_consent",
    "booklet": "mark_booklets",
    "profkards": "mark_profkards",
}
JSON_KEYS = (
    "id",
    "last_name",
    "first_name",
    "patronymic",
    "organization_code",
    "organization",
    "card_number",
    "e_registered_on",
    "consent_on",
    "profkards_on",
    "booklet_on",
)


def register(commands: argparse._SubParsersAction) -> None:
    kinds = ", ".join(KINDS)
    worklist = commands.add_parser(
        "worklist", help="рабочий список: кого ещё нужно обслужить (" + kinds + ")"
    )
    worklist.add_argument("kind", metavar="СПИСОК", help=f"один из: {kinds}")
    worklist.add_argument("--org", help="код организации (она и подчинённые)")
    target = worklist.add_mutually_exclusive_group()
    target.add_argument("--json", action="store_true", help="вывести список в формате JSON")
    target.add_argument("--out", type=Path, help="сохранить в файл .xlsx или .pdf")
    worklist.set_defaults(handler=cmd_worklist)

    mark = commands.add_parser("mark", help="отметить членов Профсоюза (действие рабочего списка)")
    mark.add_argument("what", choices=list(MARKS), help="что отметить")
    mark.add_argument("ids", nargs="+", metavar="ID", help="идентификаторы членов Профсоюза")
    mark.add_argument("--on", type=parse_date, help="дата отметки (по умолчанию сегодня)")
    mark.set_defaults(handler=cmd_mark)

    profkards = commands.add_parser(
        "profkards", help="отметка «в Профкардс»: импорт списка номеров билетов"
    ).add_subparsers(dest="profkards_command", metavar="ДЕЙСТВИЕ", required=True)
    imp = profkards.add_parser("import", help="отметить по списку номеров билетов из программы")
    imp.add_argument("file", type=Path, help="файл .txt, .csv или .xlsx: номера в первом столбце")
    imp.add_argument("--on", type=parse_date, help="дата отметки (по умолчанию сегодня)")
    imp.set_defaults(handler=cmd_profkards_import)
    unmark = profkards.add_parser("unmark", help="снять отметку, поставленную по ошибке")
    unmark.add_argument("ids", nargs="+", metavar="ID")
    unmark.set_defaults(handler=cmd_profkards_unmark)

    sheets = commands.add_parser(
        "sheets", help="списки для председателей первичных организаций (PDF A4 или .xlsx)"
    )
    sheets.add_argument("--org", help="код первичной или территориальной организации")
    sheets.add_argument("--list", dest="kind", help="только один рабочий список")
    sheets.add_argument("--out", type=Path, required=True, help="файл .pdf или .xlsx")
    sheets.set_defaults(handler=cmd_sheets)

    rank = commands.add_parser(
        "ranking", help="организации по тому, сколько осталось сделать (кому звонить первым)"
    )
    rank.add_argument("--level", choices=["territorial", "primary"], default="primary")
    rank.add_argument("--org", help="код организации (она и подчинённые)")
    out = rank.add_mutually_exclusive_group()
    out.add_argument("--json", action="store_true", help="вывести в формате JSON")
    out.add_argument("--out", type=Path, help="сохранить в файл .xlsx")
    rank.set_defaults(handler=cmd_ranking)

    prog = commands.add_parser(
        "progress", help="ход кампаний по месяцам (учёт, билеты, буклеты, Профкардс)"
    )
    prog.add_argument(
        "action",
        nargs="?",
        choices=["snapshot"],
        help="snapshot: снять помесячный срез сейчас (и восстановить недостающие месяцы)",
    )
    prog.add_argument("--org", help="код организации (она и подчинённые)")
    prog.add_argument("--months", type=int, default=24, help="сколько месяцев (по умолчанию 24)")
    prog.add_argument("--json", action="store_true", help="вывести в формате JSON")
    prog.add_argument(
        "--rebuild",
        action="store_true",
        help="со snapshot: заново восстановить прошлые месяцы (снятые срезы не меняются)",
    )
    prog.set_defaults(handler=cmd_progress)


def cmd_worklist(args: argparse.Namespace, ctx: CliContext) -> int:
    kind = kind_of(args.kind)
    lines = None
    if args.out is None:
        lines = ctx.light(lambda reader: _light_lines(reader.conn, kind.key, args.org, args.json))
    if lines is None:
        from ..models.worklists import org_scope, worklist_lines, worklist_records

        with ctx.database().session() as s:
            if args.out is not None:
                return _worklist_file(s, args, kind)
            scope = org_scope(s, args.org)
            lines = worklist_lines(s, kind.key, scope, as_json=args.json)
            if lines is None:  # PostgreSQL: the records, written here as SQLite writes them
                records = worklist_records(s, kind.key, scope)
                lines = [_record_line(r, args.json) for r in records]
    if args.json:
        print_json_lines("members", lines)
        return 0
    if lines:
        write_joined(lines, "\n")
    print(f"{kind.title}: {len(lines)}", file=sys.stderr)
    return 0


def _light_lines(conn: Any, key: str, org_code: str | None, as_json: bool) -> list[str] | None:
    """The list's lines on the light path; None for a code that is not there (the normal
    path says so)."""
    from ..models.fastread import worklists

    org_ids = None
    if org_code:
        org_ids = worklists.subtree_ids(conn, org_code)
        if org_ids is None:
            return None
    lines = worklists.json_lines if as_json else worklists.text_lines
    conn.text_factory = bytes  # SQLite's UTF-8 straight to stdout (common.write_joined)
    return lines(conn, key, org_ids, None, dt.date.today())


def _record_line(r: dict, as_json: bool) -> str:
    if as_json:
        record = {k: r[k] for k in JSON_KEYS}
        return json.dumps(record, ensure_ascii=False, separators=(",", ":"), default=str)
    name = " ".join(p for p in (r["last_name"], r["first_name"], r["patronymic"]) if p)
    return f"{r['organization_code']}\t{name}\t{r['card_number'] or ''}\t{r['id']}"


def _worklist_file(s: Any, args: argparse.Namespace, kind: Any) -> int:
    from ..models.errors import ValidationError
    from ..services.org_sheets import write_org_sheets

    if args.out.suffix.lower() not in (".xlsx", ".pdf"):
        raise ValidationError("Рабочий список сохраняется в файл .xlsx или .pdf.")
    count = write_org_sheets(s, args.out, args.org, [kind.key])
    print(f"Рабочий список «{kind.title}» сохранён (организаций: {count}): {args.out}")
    return 0


def cmd_mark(args: argparse.Namespace, ctx: CliContext) -> int:
    from ..models import campaign_marks

    with ctx.database().session() as s:
        changed = getattr(campaign_marks, MARKS[args.what])(s, args.ids, args.on)
    print(f"Отмечено: {changed} из {len(args.ids)}.")
    return 0


def cmd_profkards_import(args: argparse.Namespace, ctx: CliContext) -> int:
    from ..models.campaign_marks import import_profkards, read_number_list
    from ..models.errors import ValidationError

    if not args.file.is_file():
        raise ValidationError(f"Файла «{args.file}» нет.")
    numbers = read_number_list(args.file)
    with ctx.database().session() as s:
        result = import_profkards(s, numbers, args.on)
    print(result.summary())
    return 0


def cmd_profkards_unmark(args: argparse.Namespace, ctx: CliContext) -> int:
    from ..models.campaign_marks import clear_profkards

    with ctx.database().session() as s:
        changed = clear_profkards(s, args.ids)
    print(f"Отметка снята: {changed}.")
    return 0


def cmd_sheets(args: argparse.Namespace, ctx: CliContext) -> int:
    from ..services.org_sheets import write_org_sheets

    kinds = [kind_of(args.kind).key] if args.kind else None
    with ctx.database().session() as s:
        count = write_org_sheets(s, args.out, args.org, kinds)
    print(f"Списки для организаций сохранены (организаций: {count}): {args.out}")
    return 0


def cmd_ranking(args: argparse.Namespace, ctx: CliContext) -> int:
    rows = None
    if args.out is None:
        from ..models.fastread.ranking import light_ranking

        rows = ctx.light(lambda reader: light_ranking(reader.conn, args.level, args.org))
    if rows is None:
        from ..models.ranking import ranking
        from ..services.org_sheets import write_ranking_xlsx

        with ctx.database().session() as s:
            if args.out is not None:
                count = write_ranking_xlsx(s, args.out, args.level, args.org)
                print(f"Рейтинг сохранён (организаций: {count}): {args.out}")
                return 0
            rows = ranking(s, args.level, args.org)
    if args.json:
        print_json(
            {
                "organizations": [
                    {
                        "code": r.code,
                        "name": r.name,
                        "members": r.members,
                        "left": r.left,
                        "left_percent": r.left_share,
                        "lists": r.by_list,
                    }
                    for r in rows
                ]
            }
        )
        return 0
    for r in rows:
        print(f"{r.code}\t{r.left}\t{r.left_share:.1f} %\t{r.members}\t{r.name}")
    return 0


PROGRESS_TITLES = {
    "e_registered": "электронный учёт",
    "cards": "билеты выданы",
    "booklets": "буклеты",
    "profkards": "Профкардс",
}


def cmd_progress(args: argparse.Namespace, ctx: CliContext) -> int:
    """The months from the stored snapshots; `snapshot` takes this month's now.

    The CLI takes a snapshot only when asked (here, or by the first `progress` of a month):
    its other commands run in scripts and batches, where a hidden pass over every member
    would surprise; the GUI takes it in the background after each start."""
    from ..models.errors import ValidationError
    from ..models.progress_months import FIGURES, pace_date
    from ..models.text import fmt

    if not 1 <= args.months <= 120:
        raise ValidationError("Число месяцев — от 1 до 120.")
    if args.action == "snapshot":
        from ..models.snapshots import fill_missing, take_snapshot

        with ctx.database().session() as s:
            rows = take_snapshot(s)
            rebuilt = fill_missing(s, args.months, rebuild=args.rebuild)
        print(
            f"Помесячный срез снят на {dt.date.today():%d.%m.%Y}: организаций — {fmt(rows)}; "
            f"восстановлено по истории прошлых месяцев: {len(rebuilt)}."
        )
        return 0
    from ..models.fastread.progress import light_progress

    series = ctx.light(lambda reader: light_progress(reader.conn, args.org, args.months))
    if series is None:
        from ..models.progress import progress

        with ctx.database().session() as s:
            series = progress(s, args.org, args.months)
    reach = {f: pace_date(series, f) for f in FIGURES}
    if args.json:
        print_json(
            {
                "months": [
                    {"day": m.day, "members": m.members}
                    | {f: getattr(m, f) for f in FIGURES}
                    | {f"{f}_percent": m.percent(f) for f in FIGURES}
                    for m in series
                ],
                "reaches_100_percent_on": reach,
            }
        )
        return 0
    print("Месяц\tЧленов\t" + "\t".join(PROGRESS_TITLES[f] + ", %" for f in FIGURES))
    for m in series:
        values = "\t".join(f"{m.percent(f):.1f}".replace(".", ",") for f in FIGURES)
        print(f"{m.day:%m.%Y}\t{fmt(m.members)}\t{values}")
    for f in FIGURES:
        day = reach[f]
        when = f"{day:%d.%m.%Y}" if day else "при нынешнем темпе — не достигается"
        print(f"100 % ({PROGRESS_TITLES[f]}): {when}")
    return 0
