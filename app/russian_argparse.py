"""argparse speaking Russian, for the parsers of profdesk-cli and of profdesk (the window's
command line).

argparse (Python 3.11) takes its words through gettext's process-wide `_()`. A Russian
catalogue installed there would change the messages of every library in the process, and
argparse formats an error before the parser sees it. So our parsers translate what
passes through its own hands: the headings and the -h help it makes when it is built, the
usage prefix (its formatter), the placeholders of values (METAVARS), and each error
message, matched against argparse's own message ids (MESSAGES) and said again in Russian
with the same values. Only `re` is imported (argparse has loaded it already): the CLI's
light start pays nothing. tests/unit/test_cli_russian.py provokes every message a user can
meet and checks that no English is left.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections.abc import Callable
from typing import Any, NoReturn

USAGE = "использование: "
HELP = "показать эту справку и выйти"
VERSION_HELP = "показать версию программы и выйти"

# A value's placeholder in usage and help, by the option's dest (argparse would show the
# dest itself: `--as-of AS_OF`). Options with choices show their choices instead.
METAVARS = {
    "action": "ДЕЙСТВИЕ",
    "as_of": "ДАТА",
    "batch": "ПАРТИЯ",
    "blank": "ЧИСЛО",
    "by": "ФИО",
    "by_user": "ИМЯ",
    "code": "КОД",
    "date": "ДАТА",
    "db": "БАЗА",
    "edition": "ИЗДАНИЕ",
    "employees": "ЧИСЛО",
    "entity": "ВИД",
    "file": "ФАЙЛ",
    "from_code": "КОД",
    "id": "НОМЕР",
    "institution_type": "ТИП",
    "kind": "СПИСОК",
    "limit": "ЧИСЛО",
    "login": "ИМЯ",
    "member_id": "ИДЕНТИФИКАТОР",
    "members": "ЧИСЛО",
    "months": "ЧИСЛО",
    "name": "НАЗВАНИЕ",
    "on": "ДАТА",
    "org": "КОД",
    "out": "ФАЙЛ",
    "passphrase_file": "ФАЙЛ",
    "period_from": "ДАТА",
    "period_to": "ДАТА",
    "profile": "ПРОФИЛЬ",
    "qty": "ЧИСЛО",
    "reason": "ПРИЧИНА",
    "region_code": "КОД",
    "region_name": "НАЗВАНИЕ",
    "seed": "ЧИСЛО",
    "short_name": "НАЗВАНИЕ",
    "since": "ДАТА",
    "source": "ОТКУДА",
    "students": "ЧИСЛО",
    "target": "КУДА",
    "template": "МАКЕТ",
    "text": "ТЕКСТ",
    "to": "КОД",
    "until": "ДАТА",
    "user": "ИМЯ",
    "xlsx": "ФАЙЛ",
    "year": "ГОД",
}

_TYPE_WORDS = {"int": "не целое число", "float": "не число"}


class RussianHelpFormatter(argparse.HelpFormatter):
    """argparse's layout with a Russian usage prefix."""

    def add_usage(self, usage: Any, actions: Any, groups: Any, prefix: str | None = None) -> None:
        super().add_usage(usage, actions, groups, USAGE if prefix is None else prefix)


class RussianArgumentParser(argparse.ArgumentParser):
    """argparse with its own words in Russian; a mistyped command is one sentence and exit
    status 1, like any other bad input (README)."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("formatter_class", RussianHelpFormatter)
        super().__init__(*args, **kwargs)
        self._positionals.title = "значения"
        self._optionals.title = "параметры"
        for action in self._actions:
            if isinstance(action, argparse._HelpAction):
                action.help = HELP

    def _add_action(self, action: argparse.Action) -> argparse.Action:
        """Every argument of every group passes here: give its value a Russian name."""
        if action.metavar is None and action.choices is None and action.dest in METAVARS:
            action.metavar = METAVARS[action.dest]
        return super()._add_action(action)

    def add_subparsers(self, **kwargs: Any) -> Any:
        commands = super().add_subparsers(**kwargs)
        if self._subparsers is self._positionals:
            self._positionals.title = "команды"
        return commands

    def _parse_optional(self, arg_string: str):  # noqa: ANN202 - argparse's own type
        """A Russian word after one dash (`members search -иван`) is text, not an option:
        every option of ours is Latin."""
        if (
            arg_string[:1] == "-"
            and arg_string[1:2] not in ("", "-")
            and not arg_string[1].isascii()
            and arg_string not in self._option_string_actions
        ):
            return None
        return super()._parse_optional(arg_string)

    def error(self, message: str) -> NoReturn:
        """One sentence and status 1, as for any other bad input (argparse: usage, then
        status 2); the sentence says where the help is."""
        complaint = translate(message, self._commands())
        print(f"Ошибка в команде: {complaint} (справка: {self.prog} --help).", file=sys.stderr)
        sys.exit(1)

    def _commands(self) -> dict[str, list[str]]:
        """The name argparse gives each command argument of this parser -> its commands."""
        return {
            argparse._get_action_name(action) or "": list(action.choices)
            for action in self._actions
            if isinstance(action, argparse._SubParsersAction)
        }


def translate(message: str, commands: dict[str, list[str]]) -> str:
    """argparse's error `message` in Russian; `commands` names the command arguments (their
    wrong value is a command, not a value). A message not in MESSAGES stays as it is."""
    for msgid, say in MESSAGES.items():
        found = _pattern(msgid).fullmatch(message)
        if found:
            return say(commands, **found.groupdict())
    return message


def _about_argument(commands: dict[str, list[str]], argument_name: str, message: str) -> str:
    for msgid, say in ARGUMENT_MESSAGES.items():
        found = _pattern(msgid).fullmatch(message)
        if found:
            return say(argument_name, argument_name in commands, **found.groupdict())
    return f"параметр {argument_name}: {message}"  # our own words (ArgumentTypeError)


def _required(commands: dict[str, list[str]], names: str) -> str:
    listed = names.split(", ")
    if len(listed) == 1 and names in commands:
        return "не указана команда: выберите из " + ", ".join(commands[names])
    options = [name.startswith("-") for name in listed]
    if len(listed) == 1:
        what = "обязательный параметр" if options[0] else "обязательное значение"
        return f"не указан{'' if options[0] else 'о'} {what} {names}"
    what = (
        "параметры" if all(options) else "значения" if not any(options) else "параметры и значения"
    )
    return f"не указаны обязательные {what}: {names}"


def _unrecognized(commands: dict[str, list[str]], words: str) -> str:
    if " " in words:
        return f"непонятные слова в команде: {words}"
    if words.startswith("-"):
        return f"неизвестный параметр {words}"
    return f"лишнее слово в команде: «{words}»"


def _invalid_choice(argument: str, is_command: bool, value: str, choices: str) -> str:
    value, listed = _unquote(value), [_unquote(c) for c in choices.split(", ")]
    if not is_command:
        return f"у параметра {argument} нет значения «{value}»: выберите из {', '.join(listed)}"
    from difflib import get_close_matches  # only on this error path

    close = get_close_matches(value, listed, n=1)
    maybe = f" (может быть, {close[0]}?)" if close else ""
    return f"неизвестная команда «{value}»{maybe}: выберите из {', '.join(listed)}"


def _unquote(text: str) -> str:
    """A value as argparse quoted it with repr(): 'x' -> x."""
    if len(text) >= 2 and text[0] == text[-1] and text[0] in "'\"":
        return text[1:-1]
    return text


def _these(names: str) -> str:
    listed = names.split()
    return ", ".join(listed[:-1]) + " или " + listed[-1] if len(listed) > 1 else names


# argparse's message ids (Python 3.11, Lib/argparse.py) of what the user can provoke.
# MESSAGES: a whole message; ARGUMENT_MESSAGES: what follows "argument NAME: ".
MESSAGES: dict[str, Callable[..., str]] = {
    "argument %(argument_name)s: %(message)s": _about_argument,
    "the following arguments are required: %s": lambda c, arg0: _required(c, arg0),
    "one of the arguments %s is required": lambda c, arg0: (
        f"нужно указать один из параметров: {_these(arg0)}"
    ),
    "unrecognized arguments: %s": lambda c, arg0: _unrecognized(c, arg0),
    "ambiguous option: %(option)s could match %(matches)s": lambda c, option, matches: (
        f"параметр {option} можно понять по-разному ({matches}): напишите его полностью"
    ),
    "unexpected option string: %s": lambda c, arg0: f"неожиданный параметр {arg0}",
}

ARGUMENT_MESSAGES: dict[str, Callable[..., str]] = {
    "expected one argument": lambda a, cmd: f"после {a} нужно указать значение",
    "expected at most one argument": lambda a, cmd: (
        f"после {a} можно указать не больше одного значения"
    ),
    "expected at least one argument": lambda a, cmd: (
        f"после {a} нужно указать хотя бы одно значение"
    ),
    "expected %s argument": lambda a, cmd, arg0: f"после {a} нужно указать значений: {arg0}",
    "expected %s arguments": lambda a, cmd, arg0: f"после {a} нужно указать значений: {arg0}",
    "invalid choice: %(value)r (choose from %(choices)s)": _invalid_choice,
    "unknown parser %(parser_name)r (choices: %(choices)s)": lambda a, cmd, parser_name, choices: (
        _invalid_choice(a, True, parser_name, choices)
    ),
    "invalid %(type)s value: %(value)r": lambda a, cmd, type, value: (  # noqa: A006
        f"параметр {a}: «{_unquote(value)}» — {_TYPE_WORDS.get(type, 'недопустимое значение')}"
    ),
    "not allowed with argument %s": lambda a, cmd, arg0: (
        f"параметры {a} и {arg0} нельзя указывать вместе"
    ),
    "ignored explicit argument %r": lambda a, cmd, arg0: (
        f"параметр {a} пишется без значения (лишнее: «{_unquote(arg0)}»)"
    ),
    "can't open '%(filename)s': %(error)s": lambda a, cmd, filename, error: (
        f"параметр {a}: не удалось открыть файл «{filename}» ({error})"
    ),
}

_PLACEHOLDER = r"%(?:\((\w+)\))?[sr]"  # compiled on the first error, not at every start
_PATTERNS: dict[str, re.Pattern[str]] = {}


def _pattern(msgid: str) -> re.Pattern[str]:
    """The regular expression matching `msgid` once argparse has filled its values in."""
    pattern = _PATTERNS.get(msgid)
    if pattern is None:
        parts, start = [], 0
        for number, slot in enumerate(re.finditer(_PLACEHOLDER, msgid)):
            parts.append(re.escape(msgid[start : slot.start()]))
            parts.append(f"(?P<{slot.group(1) or f'arg{number}'}>.+?)")
            start = slot.end()
        parts.append(re.escape(msgid[start:]))
        pattern = _PATTERNS[msgid] = re.compile("".join(parts), re.DOTALL)
    return pattern
