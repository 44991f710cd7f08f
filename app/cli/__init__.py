"""profdesk-cli: the same work as the GUI, from a terminal.

Thin by design: parse arguments, open the database, call the domain function the GUI
calls, print the result. Each command group lives in its own module with a `register`
function; add a new module to COMMAND_MODULES.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from .. import __version__, part_files
from ..models.errors import ProfdeskError
from . import (
    basics,
    booklets,
    cards,
    encryption,
    exchange,
    importing,
    migrate_db,
    report,
    security,
    stock,
    worklist,
)
from .common import CliContext, CliError, RussianArgumentParser

COMMAND_MODULES = [
    basics,
    importing,
    security,
    cards,
    booklets,
    stock,
    report,
    exchange,
    worklist,
    migrate_db,
    encryption,
]


def build_parser() -> argparse.ArgumentParser:
    parser = RussianArgumentParser(
        prog="profdesk-cli",
        description="Profdesk: учёт членов Профсоюза из командной строки.",
    )
    parser.add_argument(
        "--db",
        help="файл базы данных или адрес сервера postgresql+psycopg://пользователь@сервер/база "
        "(иначе PROFDESK_DB или папка данных)",
    )
    parser.add_argument("--user", help="имя пользователя, если в базе заведены пользователи")
    parser.add_argument("--version", action="version", version=f"profdesk {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="КОМАНДА", required=True)
    for module in COMMAND_MODULES:
        module.register(commands)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    context = CliContext(args)
    part_files.remove_abandoned()  # personal data left by a print or export that was killed
    try:
        return int(args.handler(args, context) or 0)
    except (ProfdeskError, CliError) as error:
        print(f"Ошибка: {error}", file=sys.stderr)
        return 1
    except BrokenPipeError:  # output piped into `head` and the like
        sys.stderr.close()
        return 0
    except KeyboardInterrupt:
        print("Прервано.", file=sys.stderr)
        return 1
    except OSError as error:
        print(f"Ошибка: не удалось прочитать или записать файл: {error.strerror}", file=sys.stderr)
        return 1
    except Exception as error:  # a bug: still one sentence, the transaction was rolled back
        damaged = _damage_found(context, error)
        if damaged is not None:
            print(f"Ошибка: {damaged}", file=sys.stderr)
            return 1
        print(
            f"Ошибка: внутренний сбой программы ({type(error).__name__}); изменения не "
            "сохранены. Сообщите о нём разработчикам.",
            file=sys.stderr,
        )
        return 1
    finally:
        context.close()


def _damage_found(context: CliContext, error: Exception) -> ProfdeskError | None:
    """SQLite's word that the file is damaged, met outside a session: the refusal naming the
    newest good backup (and the next opens check the file in full)."""
    from ..models.soundness import is_corruption

    if not is_corruption(error):
        return None
    from pathlib import Path

    from ..models.db import damage_reported
    from ..paths import is_database_url

    location = context.db_location
    if is_database_url(location):
        return None
    return damage_reported(Path(location).expanduser())


def run() -> None:
    sys.exit(main())
