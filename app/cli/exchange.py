"""exchange: files between the region and the district copies."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from .common import CliContext, print_json

# the exchange's modules (SQLAlchemy) are imported by each handler: `exchange conflicts`
# reads on the light path (app.models.fastread.conflicts) when it may


def register(commands: argparse._SubParsersAction) -> None:
    exchange = commands.add_parser(
        "exchange", help="обмен файлами между регионом и районами"
    ).add_subparsers(dest="exchange_command", metavar="ДЕЙСТВИЕ", required=True)

    def passphrase_option(parser: argparse.ArgumentParser) -> None:
        parser.add_argument(
            "--passphrase-file",
            type=Path,
            help="файл с парольной фразой обмена (иначе PROFDESK_PASSPHRASE или хранилище паролей системы)",
        )

    export = exchange.add_parser("export", help="выгрузить файл обмена")
    export.add_argument("--org", help="код территориальной организации (в региональной базе)")
    export.add_argument("--out", type=Path, required=True, help="файл обмена .pdx")
    export.add_argument("--full", action="store_true", help="всю организацию, а не изменения")
    passphrase_option(export)
    export.set_defaults(handler=cmd_export)

    imp = exchange.add_parser("import", help="загрузить файл обмена")
    imp.add_argument("file", type=Path, help="файл обмена .pdx")
    imp.add_argument("--dry-run", action="store_true", help="только показать, что изменится")
    imp.add_argument("--json", action="store_true", help="вывести отчёт в формате JSON")
    passphrase_option(imp)
    imp.set_defaults(handler=cmd_import)

    conflicts = exchange.add_parser("conflicts", help="расхождения, ждущие решения")
    conflicts.add_argument("--json", action="store_true", help="вывести в формате JSON")
    conflicts.set_defaults(handler=cmd_conflicts)

    resolve = exchange.add_parser("resolve", help="разрешить расхождение")
    resolve.add_argument("id", help="номер расхождения из exchange conflicts")
    resolve.add_argument(
        "--take", choices=["here", "there"], required=True, help="оставить значение здесь или там"
    )
    resolve.set_defaults(handler=cmd_resolve)


def cmd_export(args: argparse.Namespace, ctx: CliContext) -> int:
    from ..exchange import export_exchange, resolve_passphrase

    db = ctx.database()
    with db.session() as s:
        passphrase = resolve_passphrase(s, args.passphrase_file)
        result = export_exchange(s, args.out, passphrase, args.org, full=args.full)
    kind = "полный" if result.full else "изменения"
    print(f"Выгружено записей: {result.total} ({kind}, {result.org_code}) → {result.path}")
    return 0


def cmd_import(args: argparse.Namespace, ctx: CliContext) -> int:
    from ..exchange import import_exchange, resolve_passphrase

    db = ctx.database()
    with db.session() as s:
        passphrase = resolve_passphrase(s, args.passphrase_file)
        report = import_exchange(s, args.file, passphrase, dry_run=args.dry_run)
    if args.json:
        print_json(report.as_json())
        return 0
    head = "Пробный прогон, база не изменена." if report.dry_run else "Файл обмена загружен."
    if report.district_created:
        head += f" Создана копия района: {report.org_name}."
    print(head)
    print(f"Создано: {report.created}")
    print(f"Обновлено: {report.updated}")
    print(f"Расхождений: {report.conflicts}")
    print(f"Отклонено: {report.refused}")
    if report.moved_out:
        print(f"Переведены в другие организации и убраны из копии: {report.moved_out}")
    for item in report.refused_items:
        print(f"  отклонено: {item['entity']} {item['record']} — {item['reason']}")
    if report.conflicts:
        print("Расхождения ждут решения: profdesk-cli exchange conflicts", file=sys.stderr)
    return 0


def cmd_conflicts(args: argparse.Namespace, ctx: CliContext) -> int:
    from ..models.fastread.conflicts import nothing_waiting

    rows = ctx.light(lambda reader: nothing_waiting(reader.conn))
    if rows is None:
        from ..exchange import list_conflicts

        with ctx.database().session() as s:
            rows = [c.as_json() for c in list_conflicts(s)]
    if args.json:
        print_json(rows)
        return 0
    if not rows:
        print("Расхождений нет.")
    for r in rows:
        if r["kind"] == "duplicate":
            print(f"{r['id']}  возможный двойник: {r['record']}")
            print(f"    здесь: {r['here']}    там: {r['there']} ({r['there_from']})")
        else:
            print(f"{r['id']}  {r['record']}, поле {r['field']}")
            print(f"    здесь: {r['here']!s} ({r['here_from']}, {r['here_at']})")
            print(f"    там:   {r['there']!s} ({r['there_from']}, {r['there_at']})")
    return 0


def cmd_resolve(args: argparse.Namespace, ctx: CliContext) -> int:
    from ..exchange import resolve_conflict

    db = ctx.database()
    with db.session() as s:
        resolve_conflict(s, args.id, args.take)
    print("Расхождение разрешено: решение уйдёт с очередным файлом обмена.")
    return 0
