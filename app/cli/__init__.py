"""profdesk-cli: the same work as the GUI, from a terminal.

Thin by design: parse arguments, open the database, call the domain function the GUI
calls, print the result. Each command group lives in its own module with a `register`
function; list its commands in COMMANDS. A command's modules are imported only when it
runs, so that `orgs list` does not pay for reportlab, the importers or the exchange
(tests/unit/test_cli_commands.py checks COMMANDS against what the modules register).
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Callable, Sequence
from typing import Any

from .. import part_files
from ..errors import ProfdeskError
from ..russian_argparse import VERSION_HELP, RussianArgumentParser
from .common import CliContext, CliError

# Every top-level command: the modules that register or extend it (in this order) and its
# help line.
COMMANDS: dict[str, tuple[tuple[str, ...], str]] = {
    "init": (("basics",), "создать новую базу с региональной организацией"),
    "demo": (("basics",), "заполнить пустую базу демонстрационными данными"),
    "orgs": (("basics", "orgs"), "организации"),
    "members": (("basics", "importing", "security"), "члены Профсоюза"),
    "users": (("security",), "пользователи программы"),
    "audit": (("security",), "журнал действий (только администратор)"),
    "backup": (("security",), "сделать резервную копию базы"),
    "restore": (("security",), "восстановить базу из резервной копии"),
    "cards": (("cards",), "пластиковые билеты"),
    "booklets": (("booklets",), "буклеты «Как работать в Профкардс?»"),
    "stock": (("stock",), "буклеты: тиражи, отправки, остатки"),
    "report": (
        ("report",),
        "статистический отчёт на дату (члены, охват, молодёжь, электронный учёт)",
    ),
    "exchange": (("exchange",), "обмен файлами между регионом и районами"),
    "worklist": (
        ("worklist",),
        "рабочий список: кого ещё нужно обслужить (not-e-registered, no-consent, "
        "card-not-printed, card-not-handed, no-booklet, not-in-profkards)",
    ),
    "mark": (("worklist",), "отметить членов Профсоюза (действие рабочего списка)"),
    "profkards": (("worklist",), "отметка «в Профкардс»: импорт списка номеров билетов"),
    "sheets": (("worklist",), "списки для председателей первичных организаций (PDF A4 или .xlsx)"),
    "ranking": (
        ("worklist",),
        "организации по тому, сколько осталось сделать (кому звонить первым)",
    ),
    "progress": (("worklist",), "ход кампаний по месяцам (учёт, билеты, буклеты, Профкардс)"),
    "migrate": (
        ("migrate_db",),
        "перенести базу на сервер PostgreSQL (или в файл) с проверкой числа записей",
    ),
    "encrypt": (
        ("encryption",),
        "зашифровать файл базы и его резервные копии паролем (SQLCipher, AES-256)",
    ),
    "decrypt": (("encryption",), "снять шифрование с файла базы и его копий"),
}


def command_modules() -> list[str]:
    """Every command module, in registration order."""
    return list(dict.fromkeys(m for modules, _ in COMMANDS.values() for m in modules))


class _Parsers(dict):
    """The command -> parser map of LazyCommands: a command still listed only by name is
    loaded when its parser is asked for (a module may add sub-commands to another's
    command, as security does to `members`)."""

    def __init__(self, load: Callable[[str], None]) -> None:
        super().__init__()
        self._load = load

    def __getitem__(self, name: str) -> argparse.ArgumentParser:
        if super().__getitem__(name) is None:
            self._load(name)
        return super().__getitem__(name)


class LazyCommands(argparse._SubParsersAction):
    """The top-level commands, listed (for --help and the choice check) from COMMANDS; a
    command's modules are imported and register their parsers only when it is chosen."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._name_parser_map = _Parsers(self.load)
        self.choices = self._name_parser_map
        self._loaded: set[str] = set()

    def add_placeholder(self, name: str, help: str) -> None:  # noqa: A002 - argparse's word
        self._choices_actions.append(self._ChoicesPseudoAction(name, (), help))
        dict.__setitem__(self._name_parser_map, name, None)

    def add_parser(self, name: str, **kwargs: Any) -> argparse.ArgumentParser:
        parsers = self._name_parser_map
        if name in parsers and dict.get(parsers, name) is None:  # listed from COMMANDS
            kwargs.pop("help", None)
            kwargs.setdefault("prog", f"{self._prog_prefix} {name}")
            parser = self._parser_class(**kwargs)
            dict.__setitem__(parsers, name, parser)
            return parser
        return super().add_parser(name, **kwargs)

    def load(self, name: str) -> None:
        """Import the modules of this command (each once) and let them register."""
        for module in COMMANDS.get(name, ((), ""))[0]:
            if module not in self._loaded:
                self._loaded.add(module)
                importlib.import_module(f"{__name__}.{module}").register(self)


class VersionAction(argparse._VersionAction):
    """--version: the installed version is looked up only when asked for."""

    def __call__(self, parser: Any, namespace: Any, values: Any, option_string: Any = None) -> None:
        from .. import __version__

        self.version = f"profdesk {__version__}"
        super().__call__(parser, namespace, values, option_string)


def build_parser(*, load_all: bool = False) -> argparse.ArgumentParser:
    """The parser; `load_all` registers every command now (for tests that walk them)."""
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
    parser.add_argument("--version", action=VersionAction, help=VERSION_HELP)
    parser.register("action", "lazy_commands", LazyCommands)
    commands = parser.add_subparsers(
        dest="command", metavar="КОМАНДА", required=True, action="lazy_commands"
    )
    for name, (_, help_line) in COMMANDS.items():
        commands.add_placeholder(name, help_line)
    if load_all:
        for name in COMMANDS:
            commands.load(name)
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

    from ..models.database import damage_reported
    from ..paths import is_database_url

    location = context.db_location
    if is_database_url(location):
        return None
    return damage_reported(Path(location).expanduser())


def run() -> None:
    sys.exit(main())
