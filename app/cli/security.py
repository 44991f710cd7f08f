"""users, audit, backup, restore and the member's consent documents.

The domain's SQLAlchemy modules are imported by the handlers: `members` loads this module
to register its sub-commands, and `members search` may read on the light path.
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from pathlib import Path

from ..models import cipher
from ..models.backup import list_backups, list_open_database_backups, manual_backup
from ..models.backup_checks import STATE_TITLES, check_backup_file, integrity_problem, verify_backup
from ..models.errors import DatabaseBusyError, DatabaseDamagedError, DatabaseOpenError
from ..models.permissions import Permission, Role, require
from ..models.restore import restore_database
from ..models.server_backup import refuse_server_restore
from ..paths import is_database_url
from .common import (
    NEW_PASSWORD_ENV,
    CliContext,
    CliError,
    count,
    file_password,
    parse_date,
    print_json,
    read_password,
)


def _subcommands(parser: argparse.ArgumentParser) -> argparse._SubParsersAction:
    return next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))


def register(commands: argparse._SubParsersAction) -> None:
    users = commands.add_parser("users", help="пользователи программы").add_subparsers(
        dest="users_command", metavar="ДЕЙСТВИЕ", required=True
    )
    add = users.add_parser("add", help="завести пользователя (пароль спросит программа)")
    add.add_argument("login", help="имя для входа")
    add.add_argument("--role", required=True, choices=[r.value for r in Role], help="роль")
    add.add_argument("--org", help="код организации, если доступ только к ней и подчинённым")
    add.set_defaults(handler=cmd_users_add)
    lst = users.add_parser("list", help="список пользователей")
    lst.add_argument("--json", action="store_true", help="вывести в формате JSON")
    lst.set_defaults(handler=cmd_users_list)

    audit = commands.add_parser("audit", help="журнал действий (только администратор)")
    audit.add_argument("--since", type=parse_date, help="с даты")
    audit.add_argument("--until", type=parse_date, help="по дату включительно")
    audit.add_argument("--by", dest="by_user", help="только действия этого пользователя")
    audit.add_argument("--action", help="только это действие (create, update, login, ...)")
    audit.add_argument("--entity", help="только этот вид объектов (member, organisation, ...)")
    audit.add_argument("--limit", type=count, help="последние N записей")
    audit.add_argument("--json", action="store_true", help="вывести в формате JSON")
    audit.set_defaults(handler=cmd_audit)

    backup = commands.add_parser("backup", help="сделать резервную копию базы")
    backup.add_argument("--out", type=Path, help="файл копии (иначе в папку копий рядом с базой)")
    backup.add_argument(
        "--list", action="store_true", help="показать сделанные копии и их состояние"
    )
    backup.add_argument(
        "--check",
        action="store_true",
        help="с --list: проверить ещё не проверенные копии полностью (integrity_check)",
    )
    backup.set_defaults(handler=cmd_backup)

    restore = commands.add_parser("restore", help="восстановить базу из резервной копии")
    restore.add_argument("file", type=Path, help="файл резервной копии")
    restore.set_defaults(handler=cmd_restore)

    members = _subcommands(commands.choices["members"])
    form = members.add_parser(
        "consent-form", help="заявление о вступлении и согласие на обработку данных (PDF)"
    )
    form.add_argument("member_id", help="идентификатор члена Профсоюза")
    form.add_argument("--out", type=Path, required=True, help="файл .pdf")
    form.set_defaults(handler=cmd_consent_form)
    received = members.add_parser(
        "consent-received", help="отметить, что подписанное согласие получено"
    )
    received.add_argument("member_id", help="идентификатор члена Профсоюза")
    received.add_argument("--date", type=parse_date, help="дата получения (иначе сегодня)")
    received.set_defaults(handler=cmd_consent_received)


def cmd_users_add(args: argparse.Namespace, ctx: CliContext) -> int:
    from ..models.users import create_user, users_exist

    db = ctx.database()
    with db.session() as s:
        require(s, Permission.USERS)
        first = not users_exist(s)
    if first and args.role != Role.ADMINISTRATOR:
        print(
            "Ошибка: пользователей ещё нет — первым заведите администратора "
            "(--role administrator).",
            file=sys.stderr,
        )
        return 1
    password = read_password(
        NEW_PASSWORD_ENV, f"Пароль нового пользователя {args.login}: ", confirm=True
    )
    with db.session() as s:
        user = create_user(s, args.login, password, args.role, args.org)
    scope = f", только {user.org_code} и подчинённые" if user.org_code else ""
    print(f"Пользователь {user.login} заведён: {user.role_title}{scope}.")
    if first:
        print("Теперь каждой команде нужен --user и пароль (или PROFDESK_PASSWORD).")
    return 0


def cmd_users_list(args: argparse.Namespace, ctx: CliContext) -> int:
    # the light path reads only a database without users: its list is empty
    users = ctx.light(lambda reader: [])
    if users is None:
        from ..models.users import list_users

        with ctx.database().session() as s:
            users = list_users(s)
    rows = [
        {
            "login": u.login,
            "role": u.role,
            "org_code": u.org_code,
            "active": u.active,
            "locked_until": u.locked_until,
        }
        for u in users
    ]
    if args.json:
        print_json(rows)
    elif not rows:
        print("Пользователей нет: вход без пароля. Заведите администратора: users add.")
    else:
        for u in users:
            state = "" if u.active else "отключён"
            print(f"{u.login:<20} {u.role_title:<14} {u.org_code or 'вся база':<12} {state}")
    return 0


def cmd_audit(args: argparse.Namespace, ctx: CliContext) -> int:
    from ..models.audit_view import ACTION_TITLES, ENTITY_TITLES, AuditFilter
    from ..models.fastread.audit import audit_rows

    f = AuditFilter(
        since=args.since,
        until=args.until,
        user=args.by_user,
        action=args.action,
        entity=args.entity,
        limit=args.limit,
    )
    # the light path reads only a database without users, whose log anyone may read (once
    # users exist, the normal path asks an administrator's sign-in)
    entries = ctx.light(lambda reader: audit_rows(reader.conn, f))
    if entries is None:
        from ..models.audit import audit_entries

        with ctx.database().session() as s:
            entries = audit_entries(s, f)
    if args.json:
        print_json([e.as_json() for e in entries])
        return 0
    for e in entries:
        at = e.at.replace(tzinfo=dt.UTC).astimezone()
        action = ACTION_TITLES.get(e.action, e.action)
        entity = ENTITY_TITLES.get(e.entity, e.entity)
        print(
            f"{at:%d.%m.%Y %H:%M:%S}  {e.user or '—':<14} {action:<20} {entity:<16} "
            f"{e.entity_id:<36}  {e.details_text()}"
        )
    if not entries:
        print("Записей нет.", file=sys.stderr)
    return 0


def cmd_backup(args: argparse.Namespace, ctx: CliContext) -> int:
    if args.check and not args.list:
        raise CliError("--check проверяет копии из списка: укажите его вместе с --list.")
    if args.list:
        return _list_backups(args, ctx)
    db = ctx.database()
    out = manual_backup(db, out=args.out)
    print(f"Резервная копия: {out}")
    return 0


def _list_backups(args: argparse.Namespace, ctx: CliContext) -> int:
    """The copies with their state; of a damaged database too (the way back is chosen from
    this list), without signing in, as restore does. A file the open would not touch is
    not opened: its copies are the files beside it (app.models.fastread's gate decides)."""
    backups = ctx.light(lambda reader: list_backups(reader.path))
    server = False
    if backups is None:
        try:
            db = ctx.database()
        except DatabaseDamagedError as error:
            print(f"Ошибка: {error}", file=sys.stderr)
            backups = list_backups(Path(_file_location(ctx)))
        else:
            backups = list_open_database_backups(db)
            server = db.path is None
    for b in backups:
        if server:  # pg_dump files: only the server's own tools can check them
            print(f"{b.made_at:%d.%m.%Y %H:%M:%S}  {b.reason_title:<24} {b.path}")
            continue
        state = STATE_TITLES[verify_backup(b)] if args.check else b.state_title
        print(f"{b.made_at:%d.%m.%Y %H:%M:%S}  {b.reason_title:<24} {state:<13} {b.path}")
    if not backups:
        print("Резервных копий пока нет.", file=sys.stderr)
    return 0


def _file_location(ctx: CliContext) -> str:
    from ..models.server import parse_database_url

    location = ctx.db_location
    if is_database_url(location):
        location = parse_database_url(location).database or ""
    return str(Path(location).expanduser())


def cmd_restore(args: argparse.Namespace, ctx: CliContext) -> int:
    from ..models.audit import log_event
    from ..models.db import open_database
    from ..models.server import parse_database_url

    location_text = ctx.db_location
    if is_database_url(location_text):
        url = parse_database_url(location_text)
        if url.get_backend_name() != "sqlite":
            refuse_server_restore(None)
        location_text = url.database or ""
    location = Path(location_text).expanduser()
    password = None
    if cipher.looks_encrypted(args.file) and cipher.key_for(args.file) is None:
        provider = file_password()
        password = provider(Path(args.file).name) if provider else None
    check_backup_file(args.file, password)
    login = ""
    try:
        db = ctx.database()
    except DatabaseOpenError as error:
        # a damaged database cannot check passwords; restoring it is the way back
        if not location.exists() or isinstance(error, DatabaseBusyError):
            raise
        if not isinstance(error, DatabaseDamagedError) and integrity_problem(location) is None:
            raise
        print("База повреждена: восстанавливаю без входа в программу.", file=sys.stderr)
    else:
        with db.session() as s:
            require(s, Permission.SETTINGS)
        login = db.user_login
        ctx.close()
    saved = restore_database(location, args.file)
    restored = open_database(location, daily_backup=False)
    try:
        restored.user_login = login
        with restored.session() as s:
            log_event(s, "restore", "database", details={"file": Path(args.file).name})
    finally:
        restored.close()
    print(f"База восстановлена из «{args.file}».")
    if saved is not None:
        print(f"Прежняя база сохранена: {saved}")
    return 0


def cmd_consent_form(args: argparse.Namespace, ctx: CliContext) -> int:
    from ..models.consent import consent_form_data
    from ..printing.consent import ConsentForm, consent_pdf

    db = ctx.database()
    if args.out.suffix.lower() != ".pdf":
        args.out = args.out.with_suffix(".pdf")
    with db.session() as s:
        data = consent_form_data(s, args.member_id)
        consent_pdf(ConsentForm(**data), args.out)  # the print is logged only if this succeeds
    print(f"Заявление и согласие: {args.out}")
    return 0


def cmd_consent_received(args: argparse.Namespace, ctx: CliContext) -> int:
    from ..models.consent import record_consent

    db = ctx.database()
    with db.session() as s:
        record_consent(s, args.member_id, args.date)
    day = args.date.strftime("%d.%m.%Y") if args.date else "сегодня"
    print(f"Согласие отмечено как полученное: {day}.")
    return 0
