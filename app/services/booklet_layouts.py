"""The booklet's layouts as a job: list, open, save, export, import, and the one in use.

Built-in layouts are the JSON files in resources/templates/booklets (read-only); the office's
are versions in the database beside the card layouts (app.models.layouts, kind "booklet"), so
the exchange carries them to the district copies. Every body is checked whole by
app.printing.booklet_layout.parse_layout before it is stored. Saving a layout makes it the
one booklets are printed with (the setting "booklet.layout"), since that is why it was made.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session

from ..errors import ValidationError
from ..models import layouts as store
from ..models.audit import log_event
from ..models.permissions import Permission, access, require
from ..models.settings import get_setting, set_setting
from ..printing.booklet_layout import (
    PAGES,
    BookletLayout,
    builtin_names,
    load_builtin,
    parse_layout,
)
from . import layout_list
from .layout_list import LayoutInfo, layout_infos
from .layouts import read_layout_file

KIND = "booklet"
IN_USE_KEY = store.BOOKLET_IN_USE_KEY


def list_layouts(session: Session) -> list[LayoutInfo]:
    return layout_infos(KIND, store.latest_titles(session, KIND))


def load_layout(
    session: Session, name: str, version: int | None = None
) -> tuple[BookletLayout, int | None]:
    """The layout to print with and its office version (None: built in)."""
    if name in builtin_names():
        return load_builtin(name), None
    found = store.get_version(session, name, version, KIND)
    if found is None:
        known = ", ".join(i.name for i in list_layouts(session))
        raise ValidationError(f"Макета буклета «{name}» нет; есть: {known}.")
    return parse_layout(found.body, name), found.version


def layout_body(session: Session, name: str) -> dict[str, Any]:
    layout, _version = load_layout(session, name)
    return json.loads(json.dumps(layout.body()))  # a copy the designer may change


def in_use(session: Session) -> str:
    return layout_list.in_use(get_setting(session, IN_USE_KEY), list_layouts(session))


def layout_in_use(session: Session) -> BookletLayout:
    return load_layout(session, in_use(session))[0]


def use_layout(session: Session, name: str) -> None:
    """Print booklets with this layout from now on (region-wide, like the texts)."""
    require(session, Permission.BOOKLETS)
    access(session).require_region(session, store.LAYOUTS_WHAT)
    load_layout(session, name)  # it exists and is sound
    set_setting(session, IN_USE_KEY, name)
    log_event(session, "use", "booklet_layout", name)


def save_layout(session: Session, name: str, body: dict[str, Any], action: str = "update") -> int:
    """Check `body` whole, store it as the next version of `name`, and print with it."""
    _check_kind(body, name)
    parse_layout(body, name)
    version = store.save_version(session, name, body, set(builtin_names()), action, KIND)
    set_setting(session, IN_USE_KEY, name)
    return version


def export_layout(session: Session, name: str, out: Path | str) -> Path:
    body = layout_body(session, name)
    out = Path(out)
    tmp = out.with_name(f".{out.name}.part")
    tmp.write_text(json.dumps(body, ensure_ascii=False, indent=1), encoding="utf-8")
    os.replace(tmp, out)
    log_event(session, "export", "booklet_layout", name, {"file": out.name})
    return out


def import_layout(session: Session, path: Path | str) -> tuple[str, int]:
    body = read_layout_file(Path(path))
    name = store.check_name(body["name"])
    return name, save_layout(session, name, body, action="import")


def _check_kind(body: dict[str, Any], name: str) -> None:
    if not any(page in body for page in PAGES):
        raise ValidationError(
            f"«{name}» — не макет буклета (в нём нет страниц page1…page4): "
            "макет билета импортируется в «Макеты билетов»."
        )
