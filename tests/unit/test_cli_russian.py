"""profdesk-cli speaks Russian all the way: argparse's own usage line, headings, help and
error messages included (app/russian_argparse.py), without touching process-wide gettext."""

from __future__ import annotations

import argparse
import gettext
import inspect
import re

import pytest

from app.cli import build_parser
from app.russian_argparse import ARGUMENT_MESSAGES, MESSAGES

# argparse's English a user could meet; none may be left in what the CLI prints
ENGLISH = re.compile(
    r"usage|arguments?\b|options\b|show this help|show program|required|invalid|"
    r"choose from|expected|unrecognized|not allowed|ambiguous|error:",
    re.IGNORECASE,
)


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    with pytest.raises(SystemExit) as stopped:
        build_parser().parse_args(list(argv))
    out, err = capsys.readouterr()
    return int(stopped.value.code or 0), out, err


def _complaint(err: str) -> str:
    """The one sentence on stderr, without its frame (the words before, the help after)."""
    lines = err.splitlines()
    assert len(lines) == 1 and lines[0].startswith("Ошибка в команде: "), err
    help_hint = re.search(r" \(справка: profdesk-cli[a-z -]* --help\)\.$", lines[0])
    assert help_hint, err
    return lines[0][: help_hint.start()].removeprefix("Ошибка в команде: ")


def test_a_missing_required_option_is_named_in_russian(capsys):
    status, out, err = _run(capsys, "report")
    assert status == 1 and out == ""
    assert _complaint(err) == "не указан обязательный параметр --as-of"
    _, shown, _ = _run(capsys, "report", "--help")  # where the sentence sends the user
    assert "--as-of ДАТА" in shown and "AS_OF" not in shown
    assert not ENGLISH.search(err), err


def test_a_missing_command_lists_the_commands(capsys):
    status, _, err = _run(capsys, "orgs")
    assert status == 1
    assert _complaint(err) == "не указана команда: выберите из list, add, edit"
    _, _, err = _run(capsys)
    assert _complaint(err).startswith("не указана команда: выберите из init, demo, orgs,")


def test_an_unknown_command_is_an_unknown_command_with_a_guess(capsys):
    status, _, err = _run(capsys, "orgs", "lst")
    assert status == 1
    assert _complaint(err) == (
        "неизвестная команда «lst» (может быть, list?): выберите из list, add, edit"
    )
    _, _, err = _run(capsys, "печать")
    assert _complaint(err).startswith("неизвестная команда «печать»: выберите из init, demo,")
    assert not ENGLISH.search(err), err


def test_an_invalid_choice_of_a_value(capsys):
    _, _, err = _run(capsys, "users", "add", "petrova", "--role", "boss")
    assert _complaint(err) == (
        "у параметра --role нет значения «boss»: выберите из administrator, operator, viewer"
    )


def test_unknown_arguments(capsys):
    status, _, err = _run(capsys, "orgs", "list", "--bogus")
    assert status == 1 and _complaint(err) == "неизвестный параметр --bogus"
    _, _, err = _run(capsys, "orgs", "list", "лишнее")
    assert _complaint(err) == "лишнее слово в команде: «лишнее»"
    _, _, err = _run(capsys, "orgs", "list", "a", "b")
    assert _complaint(err) == "непонятные слова в команде: a b"


@pytest.mark.parametrize(
    ("argv", "said"),
    [
        (["report", "--as-of"], "после --as-of нужно указать значение"),
        (["report", "--as-of", "сегодня", "--json"], "параметр --as-of: «сегодня» — не дата"),
        (["demo", "--seed", "x"], "параметр --seed: «x» — не целое число"),
        (["report", "--as-of", "01.06.2026"], "нужно указать один из параметров: --out или --json"),
        (
            ["report", "--as-of", "01.06.2026", "--out", "r.pdf", "--json"],
            "параметры --json и --out нельзя указывать вместе",
        ),
        (["orgs", "list", "--json=да"], "параметр --json пишется без значения (лишнее: «да»)"),
        (
            ["stock", "shipments", "--s", "01.01.2026"],
            "параметр --s можно понять по-разному (--status, --since): напишите его полностью",
        ),
        (["mark", "consent"], "не указано обязательное значение ID"),
        (["orgs", "add", "--name", "Школа 5"], "не указано обязательное значение КОД"),
    ],
)
def test_every_other_complaint_is_russian(capsys, argv, said):
    status, out, err = _run(capsys, *argv)
    assert status == 1 and out == ""
    assert _complaint(err).startswith(said), err
    assert not ENGLISH.search(err), err


def _parsers(parser: argparse.ArgumentParser, path: tuple[str, ...] = ()):
    yield path, parser
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for name, sub in action.choices.items():
                yield from _parsers(sub, (*path, name))


def test_every_help_page_is_russian(capsys):
    parsers = list(_parsers(build_parser(load_all=True)))
    assert len(parsers) > 60
    for path, parser in parsers:
        text = parser.format_help()
        assert text.startswith("использование: profdesk-cli"), path
        assert "параметры:\n  -h, --help" in text and "показать эту справку и выйти" in text
        assert not ENGLISH.search(text), (path, ENGLISH.search(text))
    top = build_parser().format_help()
    assert "\nкоманды:\n  КОМАНДА\n" in top and "--version   показать версию программы" in top
    status, out, _ = _run(capsys, "orgs", "add", "--help")
    assert status == 0 and "\nзначения:\n  КОД " in out and "--name НАЗВАНИЕ" in out


def test_every_value_has_a_russian_placeholder():
    """A value shows as a Russian word (ДАТА, ФАЙЛ, КОД) or as its choices, never as the
    option's English dest (AS_OF, OUT)."""
    for path, parser in _parsers(build_parser(load_all=True)):
        for action in parser._actions:
            if action.nargs == 0 or isinstance(action, argparse._SubParsersAction):
                continue
            shown = action.metavar
            assert action.choices is not None or shown, (path, action.dest)
            assert (
                action.choices is not None or not re.fullmatch(r"[A-Z_]+", shown) or (shown == "ID")
            ), (path, action.dest, shown)


def test_the_table_follows_argparse_and_leaves_gettext_alone():
    """Every message id translated is one argparse really has (a new Python that rewords
    one fails here, not in front of the office); gettext is not redirected."""
    source = inspect.getsource(argparse)
    for msgid in [*MESSAGES, *ARGUMENT_MESSAGES]:
        assert f"'{msgid}'" in source or f'"{msgid}"' in source, msgid
    assert argparse._ is gettext.gettext and argparse.ngettext is gettext.ngettext
    english = argparse.ArgumentParser(prog="other")
    assert english.format_usage().startswith("usage: other")
    assert "show this help message and exit" in english.format_help()


def test_the_window_s_command_line_speaks_russian_too(capsys):
    """`profdesk --help` and a mistyped option of the window's launcher (app/__main__.py)."""
    from app.__main__ import parse_args

    with pytest.raises(SystemExit):
        parse_args(["--help"])
    shown = capsys.readouterr().out
    assert shown.startswith("использование: profdesk") and "параметры:" in shown
    assert "показать эту справку и выйти" in shown and "--db БАЗА" in shown
    for english in ("usage", "options", "show this help", "database file", "demo data"):
        assert english not in shown
    with pytest.raises(SystemExit) as mistyped:
        parse_args(["--demo", "--frob"])
    assert mistyped.value.code == 1
    assert "Ошибка в команде: неизвестный параметр --frob" in capsys.readouterr().err
