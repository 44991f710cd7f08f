"""members import: a member list from .xlsx, .xlsm, .xls, .ods or .csv into the database."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from ..models.errors import ValidationError
from .common import CliContext, print_json

SHOWN_ERRORS = 20


def _members_commands(commands: argparse._SubParsersAction) -> argparse._SubParsersAction:
    """The sub-commands of `members` (created by basics), to add `import` beside them."""
    members = commands.choices["members"]
    for action in members._actions:
        if isinstance(action, argparse._SubParsersAction):
            return action
    raise RuntimeError("the members command has no sub-commands")


def register(commands: argparse._SubParsersAction) -> None:
    members = _members_commands(commands)
    cmd = members.add_parser(
        "import",
        help="загрузить список из XLSX, XLS, ODS или CSV",
        description="Загрузить членов Профсоюза из книги Excel (.xlsx, .xlsm, .xls), таблицы "
        "LibreOffice (.ods) или CSV. Кто уже есть в базе (тот же идентификатор Profdesk, а без "
        "него — те же ФИО и дата рождения), обновляется, а не добавляется второй раз.",
    )
    cmd.add_argument("file", type=Path, metavar="ФАЙЛ", help="файл .xlsx, .xls, .ods или .csv")
    cmd.add_argument(
        "--org", metavar="КОД", help="код организации, если в файле нет столбца «Организация»"
    )
    cmd.add_argument("--sheet", metavar="ЛИСТ", help="лист книги (иначе первый)")
    cmd.add_argument("--dry-run", action="store_true", help="проверить и посчитать, не записывая")
    cmd.add_argument("--json", action="store_true", help="вывести итог в формате JSON")
    cmd.add_argument(
        "--problems",
        type=Path,
        metavar="ФАЙЛ.xlsx",
        help="сохранить строки с ошибками и предупреждениями в книгу Excel в столбцах "
        "исходного файла, чтобы исправить и загрузить их снова",
    )
    cmd.set_defaults(handler=cmd_members_import)


def cmd_members_import(args: argparse.Namespace, ctx: CliContext) -> int:
    from ..importing import import_members, save_problem_rows  # the readers load when used
    from ..importing.results import UNCHANGED
    from ..models.installation import is_empty

    db = ctx.database()
    with db.session(bulk_write=True) as s:
        if is_empty(s):
            raise ValidationError("В базе нет ни одной организации: сначала выполните init.")
        result = import_members(
            s, args.file, sheet=args.sheet, org_code=args.org, dry_run=args.dry_run
        )
    if args.problems is not None and result.problem_rows():
        save_problem_rows(args.file, result.layout, result, args.problems, sheet=result.sheet)
    if args.json:
        print_json(result.as_dict())
        return 0
    head = "Проверка (ничего не записано)" if args.dry_run else "Загружено"
    print(
        f"{head}: добавлено {result.created}, обновлено {result.updated}, "
        f"пропущено {result.skipped}, с ошибками {len(result.errors)}, "
        f"предупреждений {len(result.warnings)}."
    )
    for kind, issues in (("ошибка", result.errors), ("предупреждение", result.warnings)):
        for issue in issues[:SHOWN_ERRORS]:
            where = f"строка {issue.row}"
            if issue.column:
                where += f", столбец «{issue.column}»"
            print(f"{where} ({kind}): {issue.message}", file=sys.stderr)
        if len(issues) > SHOWN_ERRORS:
            rest = len(issues) - SHOWN_ERRORS
            print(f"… и ещё: {rest} (все — с ключом --json)", file=sys.stderr)
    skipped = [r for r in result.skipped_rows if r.reason != UNCHANGED]
    for row in skipped[:SHOWN_ERRORS]:
        print(f"строка {row.row} (пропущена): {row.reason}", file=sys.stderr)
    if len(skipped) > SHOWN_ERRORS:
        print(f"… и ещё пропущено: {len(skipped) - SHOWN_ERRORS}", file=sys.stderr)
    return 0
