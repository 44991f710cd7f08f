"""The list of card or booklet layouts: the program's built-in ones, then the office's.

Plain Python (no SQLAlchemy, no reportlab): app.services.layouts and
app.services.booklet_layouts build their lists here from the office layouts the database
names, and so does the light read path of `cards layouts list` / `booklets layouts list`.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from ..printing import builtin_layouts

# the kinds of app.models.layouts, and the folder of their built-in layouts
BUILT_IN = {"card": builtin_layouts.CARDS, "booklet": builtin_layouts.BOOKLETS}
DEFAULT = "default"


@dataclass(frozen=True)
class LayoutInfo:
    name: str
    title: str
    built_in: bool
    version: int | None


def layout_infos(kind: str, office: Iterable[tuple[str, int, str]]) -> list[LayoutInfo]:
    """The built-in layouts of this kind by name, then `office`: (name, version, title) of
    each office layout's newest version (app.models.layouts.latest_titles)."""
    out = [LayoutInfo(n, t, True, None) for n, t in builtin_layouts.titles(BUILT_IN[kind])]
    out += [LayoutInfo(name, title, False, version) for name, version, title in office]
    return out


def in_use(chosen: str | None, infos: Iterable[LayoutInfo]) -> str:
    """The layout booklets print with: the chosen one while it exists, else the default."""
    name = chosen or DEFAULT
    return name if name in {i.name for i in infos} else DEFAULT
