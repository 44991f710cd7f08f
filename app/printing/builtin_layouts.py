"""The program's own card and booklet layouts: JSON files under resources/templates.

Their names and titles are read here without reportlab or the barcode library, so that
`cards layouts list` and `booklets layouts list` may answer on the light read path (and the
`cards print` help line may name them) without loading what drawing a card needs.
app.printing.card_templates and app.printing.booklet_layout read the same files.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from ..paths import resource

CARDS = "cards"
BOOKLETS = "booklets"


def layouts_dir(kind: str) -> Path:
    """The folder of the built-in layouts of this kind (CARDS or BOOKLETS)."""
    return resource("templates", kind)


def names(kind: str) -> list[str]:
    return sorted(p.stem for p in layouts_dir(kind).glob("*.json"))


def read_body(kind: str, name: str) -> Any:
    """The layout file's JSON as it is (the caller checks it)."""
    return json.loads((layouts_dir(kind) / f"{name}.json").read_text(encoding="utf-8"))


def title_of(body: dict[str, Any], name: str) -> str:
    """A layout's title: its "title", else its name."""
    return str(body.get("title", name))


def titles(kind: str) -> list[tuple[str, str]]:
    """(name, title) of every built-in layout of this kind, by name."""
    return [(name, title_of(read_body(kind, name), name)) for name in names(kind)]
