"""migrate: move an office's database to a PostgreSQL server (or back into a file)."""

from __future__ import annotations

import argparse

from ..models.db_transfer import copy_database
from .common import CliContext, ask_password, print_json


def register(commands: argparse._SubParsersAction) -> None:
    migrate = commands.add_parser(
        "migrate",
        help="перенести базу на сервер PostgreSQL (или в файл) с проверкой числа записей",
    )
    migrate.add_argument(
        "--from",
        dest="source",
        help="откуда: файл, sqlite:///файл или адрес сервера (иначе база из --db)",
    )
    migrate.add_argument(
        "--to",
        dest="target",
        required=True,
        help="куда: пустая база, например postgresql+psycopg://пользователь@сервер/profdesk",
    )
    migrate.add_argument("--json", action="store_true", help="вывести в формате JSON")
    migrate.set_defaults(handler=cmd_migrate)


def cmd_migrate(args: argparse.Namespace, ctx: CliContext) -> int:
    source = args.source or ctx.db_location
    copied = copy_database(
        source, args.target, password_provider=ask_password(), sign_in=ctx.sign_in
    )
    if args.json:
        print_json({"tables": [{"table": c.name, "rows": c.rows} for c in copied]})
        return 0
    width = max(len(c.name) for c in copied)
    for c in copied:
        print(f"{c.name:<{width}}  {c.rows:>9}")
    total = sum(c.rows for c in copied)
    print(
        f"Перенесено записей: {total} в {len(copied)} таблицах; "
        "число записей в каждой таблице проверено."
    )
    return 0
