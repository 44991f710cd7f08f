"""The first start of a new installation: what the first-start wizard decides, without Qt.

A new office either sets up its regional organisation (with the first administrator, when
the program has users), explores the program on demo data kept in a separate database
file, or — a district office — fills the empty database from the file the region sent.
"""

from __future__ import annotations

import contextlib
import importlib.util
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy.orm import Session

from ..models.database import Database
from ..models.db import open_database
from ..models.errors import ValidationError
from ..models.installation import init_region, is_empty, member_count
from ..models.settings import get_setting

DEMO_DB_NAME = "profdesk-demo.sqlite3"
DEMO_MEMBERS = 5000


def users_available() -> bool:
    """True when this build has user accounts (the security capability)."""
    return importlib.util.find_spec("app.models.users") is not None


def exchange_available() -> bool:
    """True when this build can read the exchange files of the region."""
    return importlib.util.find_spec("app.exchange") is not None


@dataclass
class RegionSetup:
    name: str
    region_code: str
    admin_login: str = ""
    admin_password: str = ""


def check_region_setup(setup: RegionSetup) -> None:
    """The wizard's checks before anything is written (same sentences as the real write)."""
    if not setup.name.strip():
        raise ValidationError("Укажите название региональной организации.")
    code = setup.region_code.strip()
    if not (code.isdigit() and len(code) == 2):
        raise ValidationError("Код региона — две цифры, например 46 для Курской области.")
    if users_available():
        if not setup.admin_login.strip():
            raise ValidationError("Укажите имя пользователя администратора.")
        if not setup.admin_password:
            raise ValidationError("Задайте пароль администратора.")


def set_up_region(session: Session, setup: RegionSetup) -> str:
    """Create the regional organisation and the first administrator in one transaction.

    Returns the region's id. Refuses a database that already holds organisations.
    """
    check_region_setup(setup)
    if not is_empty(session):
        raise ValidationError("База уже заполнена: мастер первого запуска нужен только пустой.")
    org = init_region(session, setup.name.strip(), setup.region_code.strip())
    if users_available():
        from ..models.users import create_user

        create_user(session, setup.admin_login.strip(), setup.admin_password, "administrator")
    session.flush()
    return org.id


def demo_path_for(real_db: Path) -> Path:
    """The demo database sits beside the real one, in a file of its own."""
    return Path(real_db).with_name(DEMO_DB_NAME)


def open_demo_database(real_db: Path, members: int | None = None) -> Database:
    """Open (making and filling it on first use) the separate demo database."""
    from ..models import demo

    db = open_database(demo_path_for(real_db))
    try:
        with db.session(log_changes=False) as s:
            if is_empty(s):
                demo.generate(s, members=members or DEMO_MEMBERS, seed=1)
            elif not get_setting(s, "demo", False) and member_count(s) > 0:
                raise ValidationError(
                    f"Файл «{db.path}» занят настоящей базой: демонстрационные данные "
                    "туда не загружаются."
                )
    except BaseException:
        db.close()
        raise
    return db


def import_district_file(session: Session, path: Path, passphrase: str):  # noqa: ANN201
    """A district office: the empty database becomes the district copy from the region's file."""
    if not exchange_available():
        raise ValidationError("Обмен файлами с районами в этой версии программы недоступен.")
    if not is_empty(session):
        raise ValidationError("Файл региона загружают только в новую, пустую базу.")
    if not Path(path).is_file():
        raise ValidationError(f"Файла «{path}» нет: выберите файл, полученный из региона.")
    from ..exchange import import_exchange, save_passphrase  # type: ignore[import-not-found]
    from ..secret_store import SecretStoreError

    result = import_exchange(session, Path(path), passphrase)
    # the next exchanges use the same phrase; without an OS secret store each one asks for it
    with contextlib.suppress(SecretStoreError):
        save_passphrase(session, passphrase)
    return result


def encryption_available() -> bool:
    from ..models import cipher

    return cipher.available()


def encrypt_new_copy(db: Database, password: str, password2: str, *, remember: bool) -> Database:
    """A district laptop's copy, encrypted before any member is in it (so no plain personal
    data ever touches its disk): `db` (empty, a file) is closed, converted and connected
    again. Already encrypted (a retried wizard page): nothing to do."""
    from ..models import cipher
    from ..models.encryption import encrypt_database

    if db.path is None or cipher.looks_encrypted(db.path):
        return db
    if password != password2:
        raise ValidationError("Пароли базы данных не совпадают: введите один и тот же дважды.")
    cipher.check_new_password(password)
    with db.session() as s:
        if not is_empty(s):
            raise ValidationError("Шифровать при первом запуске можно только новую, пустую базу.")
    db.close()  # the conversion needs the file closed
    try:
        encrypt_database(db.path, password, remember=remember)
    finally:
        db.reconnect()  # encrypted now, or as it was when the conversion failed
    return db
