"""profdesk-cli loads a command's modules only when it runs (issue 18: a start that feels
instant): the table of commands must say exactly what the modules register."""

from __future__ import annotations

import argparse
import importlib
import subprocess
import sys
from pathlib import Path

import pytest

from app.cli import COMMANDS, build_parser, command_modules

ROOT = Path(__file__).resolve().parents[2]


def _registered() -> dict[str, tuple[list[str], str | None]]:
    """What the modules register on a plain argparse parser: command -> (the modules that
    add to it, in order; its help line)."""
    parser = argparse.ArgumentParser()
    commands = parser.add_subparsers()
    found: dict[str, tuple[list[str], str | None]] = {}
    for module in command_modules():
        before = {name: sub.format_help() for name, sub in commands.choices.items()}
        importlib.import_module(f"app.cli.{module}").register(commands)
        for action in commands._choices_actions:
            if action.dest not in found:
                found[action.dest] = ([], action.help)
        for name, sub in commands.choices.items():
            if before.get(name) != sub.format_help():
                found[name][0].append(module)
    return found


def test_the_table_lists_every_command_with_its_modules_and_help():
    registered = _registered()
    assert list(registered) == list(COMMANDS)
    for name, (modules, help_line) in COMMANDS.items():
        assert registered[name] == (list(modules), help_line), name


def _commands(parser: argparse.ArgumentParser) -> argparse._SubParsersAction:
    return next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))


def test_the_lazy_parser_says_and_parses_what_the_eager_one_does():
    eager = build_parser(load_all=True)
    assert build_parser().format_help() == eager.format_help()
    for name in COMMANDS:  # each command loaded on its own gives the same parser
        lazy = _commands(build_parser())
        lazy.load(name)
        assert lazy.choices[name].format_help() == _commands(eager).choices[name].format_help()
    args = build_parser().parse_args(["members", "search", "петрова", "--limit", "10"])
    assert args.handler.__name__ == "cmd_members_search" and args.limit == 10
    args = build_parser().parse_args(["members", "import", "x.xlsx", "--dry-run"])
    assert args.handler.__name__ == "cmd_members_import" and args.dry_run


@pytest.mark.parametrize(
    "argv",
    [
        ["orgs", "list", "--json"],
        ["members", "search", "петрова"],
        ["report", "--as-of", "01.01.2026", "--json"],
        ["worklist", "no-consent", "--json"],
        ["report", "--as-of", "01.06.2025", "--json"],
    ],
)
def test_a_reading_command_loads_no_pdf_spreadsheet_or_exchange_code(argv):
    """Parsing a reading command imports only its own module: no reportlab, openpyxl,
    calamine, no importers, exchange or other command groups (they load when used)."""
    probe = (
        "import sys; from app.cli import build_parser; "
        f"build_parser().parse_args({argv!r}); "
        "heavy = ('reportlab', 'openpyxl', 'python_calamine', 'app.importing', "
        "'app.exchange', 'app.printing', 'alembic', 'app.cli.booklets', 'app.cli.stock', "
        "'app.cli.cards', 'app.cli.exchange'); "
        "print(sorted(m for m in sys.modules if m.startswith(heavy)))"
    )
    done = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, cwd=ROOT, check=True
    )
    assert done.stdout.strip() == "[]", done.stdout


@pytest.mark.parametrize(
    "argv",
    [
        ["orgs", "list", "--json"],
        ["members", "search", "петрова"],
        ["stock", "balance", "--json"],
        ["users", "list"],
        ["worklist", "no-consent", "--json"],
        ["report", "--as-of", "01.06.2025", "--json"],
    ],
)
def test_a_light_reading_command_parses_without_sqlalchemy(argv):
    """These commands may read without SQLAlchemy (app.models.fastread): the modules their
    command loads must import the domain's SQLAlchemy modules in the handlers, not at the
    top (tests/cli/test_light_read_cli.py runs them whole)."""
    probe = (
        "import sys; from app.cli import build_parser; "
        f"build_parser().parse_args({argv!r}); "
        "print(sorted(m for m in sys.modules if m.startswith(('sqlalchemy', 'alembic'))))"
    )
    done = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, cwd=ROOT, check=True
    )
    assert done.stdout.strip() == "[]", done.stdout
