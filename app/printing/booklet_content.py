"""What a booklet «Как работать в Профкардс?» says: plain data, no reportlab, no database.

The booklet job (app.services.booklets) fills these from the settings and the member selection;
app.printing.booklet draws them. Texts are kept as a dict with the keys of the default
draft in resources/booklet/booklet_ru.json: strings, or lists of strings for the steps,
paragraphs, directions and contact lines.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field, fields
from pathlib import Path
from typing import Any

from ..paths import resource

DEFAULT_TEXTS_FILE = ("booklet", "booklet_ru.json")
PLACEHOLDER = re.compile(r"\[[^\[\]]{1,80}\]")


@dataclass
class BookletTexts:
    """Every text of the booklet. Lists hold one step, paragraph or line each."""

    title: str = ""
    subtitle: str = ""
    organisation_name: str = ""  # empty: the regional organisation's name from the database
    steps_heading: str = ""
    steps_intro: str = ""
    app_heading: str = ""
    app_steps: list[str] = field(default_factory=list)
    site_heading: str = ""
    site_steps: list[str] = field(default_factory=list)
    benefits_heading: str = ""
    benefits: list[str] = field(default_factory=list)
    directions_heading: str = ""
    directions: list[str] = field(default_factory=list)
    contacts_heading: str = ""
    contacts: list[str] = field(default_factory=list)

    @classmethod
    def field_names(cls) -> list[str]:
        return [f.name for f in fields(cls)]

    @classmethod
    def list_keys(cls) -> set[str]:
        return {f.name for f in fields(cls) if "list" in str(f.type)}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> BookletTexts:
        """Known keys only; a list field given as text is split into lines."""
        values: dict[str, Any] = {}
        for key in cls.field_names():
            if key not in data:
                continue
            value = data[key]
            if key in cls.list_keys():
                if isinstance(value, str):
                    value = value.splitlines()
                value = [str(v).strip() for v in value if str(v).strip()]
            else:
                value = str(value or "").strip()
            values[key] = value
        return cls(**values)

    def to_dict(self) -> dict[str, Any]:
        return {key: getattr(self, key) for key in self.field_names()}

    def placeholders(self) -> list[str]:
        """Places in [square brackets] the office still has to fill in, in text order."""
        found: list[str] = []
        for key in self.field_names():
            value = getattr(self, key)
            for text in value if isinstance(value, list) else [value]:
                for match in PLACEHOLDER.findall(text):
                    if match not in found:
                        found.append(match)
        return found


def default_texts() -> dict[str, Any]:
    """The shipped Russian draft (keys starting with "_" are notes, not text)."""
    with resource(*DEFAULT_TEXTS_FILE).open(encoding="utf-8") as f:
        data = json.load(f)
    return {k: v for k, v in data.items() if not k.startswith("_")}


def default_emblem() -> Path:
    return resource("images", "emblem.png")


@dataclass(frozen=True)
class BookletEntry:
    """One personalised booklet: whose card goes into it."""

    full_name: str
    card_number: str
    organisation: str = ""  # the short name, as printed under the card place
    last_name: str = ""
    first_name: str = ""
    patronymic: str = ""
    organisation_full: str = ""
    region: str = ""


@dataclass
class BookletContent:
    """Everything one print run needs: the texts, the emblem, and whom the booklets are for.

    Personalised when `entries` is not empty (one booklet per entry, in that order);
    otherwise `blank_count` identical booklets without a name.
    """

    texts: BookletTexts
    emblem_path: Path | None = None
    entries: list[BookletEntry] = field(default_factory=list)
    blank_count: int = 0
    layout: Any = None  # an app.printing.booklet_layout.BookletLayout; None: the built-in one

    @property
    def booklet_count(self) -> int:
        return len(self.entries) if self.entries else self.blank_count
