"""report: the statistical report as of a date, to XLSX, PDF or JSON."""

from __future__ import annotations

import argparse
from pathlib import Path

from .common import CliContext, parse_date, print_json

# the domain's modules (SQLAlchemy) are imported by the handler: `report --json` reads on
# the light path (app.models.fastread.report) when it may


def register(commands: argparse._SubParsersAction) -> None:
    report = commands.add_parser(
        "report",
        help="статистический отчёт на дату (члены, охват, молодёжь, электронный учёт)",
    )
    report.add_argument("--as-of", type=parse_date, required=True, help="дата отчёта")
    report.add_argument("--from", dest="period_from", type=parse_date, help="начало периода")
    report.add_argument("--to", dest="period_to", type=parse_date, help="конец периода")
    report.add_argument("--org", help="код организации (отчёт по ней и подчинённым)")
    target = report.add_mutually_exclusive_group(required=True)
    target.add_argument("--out", type=Path, help="файл .xlsx или .pdf")
    target.add_argument("--json", action="store_true", help="вывести цифры в формате JSON")
    report.set_defaults(handler=cmd_report)


def cmd_report(args: argparse.Namespace, ctx: CliContext) -> int:
    from ..models.report_figures import report_records

    if args.json:
        from ..models.fastread.report import light_report

        dates = (args.as_of, args.period_from, args.period_to)
        report = ctx.light(lambda reader: light_report(reader.conn, reader.path, *dates, args.org))
        if report is not None:
            print_json(report_records(report))
            return 0
    from ..models.report import attention_threshold, build_report
    from ..services.report_export import export_report

    db = ctx.database()
    with db.session() as s:
        report = build_report(s, args.as_of, args.period_from, args.period_to, args.org)
        if args.json:
            print_json(report_records(report))
            return 0
        export_report(s, report, args.out, attention_threshold(s))
    print(f"Отчёт на {args.as_of:%d.%m.%Y} сохранён: {args.out}")
    return 0
