"""The office's card layouts as a job: list, open, save, export and import, checked first.

Built-in layouts are the JSON files in resources/templates/cards (read-only); the office's are
versions in the database (app.models.layouts). Every body is checked by
app.printing.card_templates.parse_template before it is stored, so the layout in use is
never replaced by a broken one.
"""

from __future__ import annotations

import base64
import json
import os
from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session

from ..errors import ValidationError
from ..models import layouts as store
from ..models.audit import log_event
from ..printing.card_templates import (
    MAX_IMAGE_BYTES,
    CardTemplate,
    image_problem,
    load_template,
    parse_template,
    template_names,
)
from .layout_list import LayoutInfo, layout_infos

MAX_FILE_BYTES = 20 * 2**20


def list_layouts(session: Session) -> list[LayoutInfo]:
    return layout_infos("card", store.latest_titles(session, "card"))


def load_layout(
    session: Session, name: str, version: int | None = None
) -> tuple[CardTemplate, int | None]:
    """The template to print with and the office version it came from (None: built-in)."""
    if name in template_names():
        return load_template(name), None
    found = store.get_version(session, name, version)
    if found is None:
        known = ", ".join(i.name for i in list_layouts(session))
        which = f" версии {version}" if version else ""
        raise ValidationError(f"Макета билета «{name}»{which} нет; есть: {known}.")
    return parse_template(found.body, name), found.version


def layout_body(session: Session, name: str) -> dict[str, Any]:
    """The editable body: a built-in layout's file or the office layout's newest version."""
    if name in template_names():
        template = load_template(name)
    else:
        template, _ = load_layout(session, name)
    return template_body(template)


def template_body(template: CardTemplate) -> dict[str, Any]:
    return {
        "name": template.name,
        "title": template.title,
        "symbology": template.symbology,
        "front": [dict(e) for e in template.front],
        "back": [dict(e) for e in template.back],
    }


def save_layout(session: Session, name: str, body: dict[str, Any], action: str = "update") -> int:
    """Check `body` whole, then store it as the next version of `name`."""
    if "page1" in body and not ("front" in body or "back" in body):
        raise ValidationError(
            f"«{name}» — макет буклета, а не билета: откройте его в «Макет буклета»."
        )
    parse_template(body, name)
    return store.save_version(session, name, body, set(template_names()), action)


def export_layout(session: Session, name: str, out: Path) -> Path:
    """One JSON file with the images embedded; written to a temporary name, then renamed."""
    body = layout_body(session, name)
    out = Path(out)
    tmp = out.with_name(f".{out.name}.part")
    tmp.write_text(json.dumps(body, ensure_ascii=False, indent=1), encoding="utf-8")
    os.replace(tmp, out)
    log_event(session, "export", "card_layout", name, {"file": out.name})
    return out


def read_layout_file(path: Path) -> dict[str, Any]:
    path = Path(path)
    if not path.is_file():
        raise ValidationError(f"Файла «{path}» нет.")
    if path.stat().st_size > MAX_FILE_BYTES:
        raise ValidationError(f"Файл «{path.name}» больше 20 МБ: это не макет билета.")
    try:
        body = json.loads(path.read_text(encoding="utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError):
        raise ValidationError(f"Файл «{path.name}» — не макет билета (не JSON).") from None
    if not isinstance(body, dict) or not isinstance(body.get("name"), str):
        raise ValidationError(f"В файле «{path.name}» нет имени макета.")
    return body


def import_layout(session: Session, path: Path) -> tuple[str, int]:
    """Store the file's layout under the name inside it (a new version if it exists)."""
    body = read_layout_file(path)
    name = store.check_name(body["name"])
    return name, save_layout(session, name, body, action="import")


def embed_image(path: Path) -> str:
    """An image file as base64 for an element's "data": the layout never points outside."""
    path = Path(path)
    if not path.is_file():
        raise ValidationError(f"Файла картинки «{path}» нет.")
    if path.stat().st_size > MAX_IMAGE_BYTES:
        raise ValidationError(f"Картинка «{path.name}» больше 2 МБ: уменьшите её.")
    data = base64.b64encode(path.read_bytes()).decode("ascii")
    problem = image_problem({"type": "image", "data": data}, path.name)
    if problem:
        raise ValidationError(problem[:1].upper() + problem[1:])
    return data
