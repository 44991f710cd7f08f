"""The fit check: a layout run over every active member, listing the texts that do not fit.

Fast at 250,000 members because a text's width is additive (reportlab's stringWidth sums
glyph widths, no kerning): the width of "{last_name} {first_name}" is the width of each
distinct value, measured once, plus the literal parts. That sum is an upper bound (the
renderer also collapses spaces), so only members whose sum exceeds the box are candidates,
and each candidate text is then fitted by the renderer's own fit_text: the verdict is
exactly what printing would do.
"""

from __future__ import annotations

import string
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Protocol

from ..printing import fonts
from ..printing.card_templates import SIDE_TITLES, CardTemplate, element_title
from ..printing.card_text import ASCENT, DESCENT, FONT_NAMES, fit_text, squash
from ..printing.font_widths import MM as mm
from ..printing.font_widths import measurer
from ..printing.safe_area import Problem, safe_area_problems

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from ..models.fastread import Reader

SOURCES = {  # a card field -> the row columns it is made of
    "last_name": ("last",),
    "first_name": ("first",),
    "patronymic": ("patr",),
    "full_name": ("last", "first", "patr"),
    "first_and_patronymic": ("first", "patr"),
    "organisation": ("org",),
    "organisation_short": ("org_short",),
    "region": ("region",),
    "card_number": ("card",),
}


@dataclass
class Misfit:
    member_id: str
    full_name: str
    side: str
    index: int
    element: str
    text: str


@dataclass
class FitReport:
    layout: str
    members: int
    misfits: list[Misfit] = field(default_factory=list)
    worst: dict[str, Misfit] = field(default_factory=dict)  # element -> the widest text
    problems: list[Problem] = field(default_factory=list)

    def as_json(self) -> dict[str, Any]:
        return {
            "layout": self.layout,
            "members": self.members,
            "misfits": [m.__dict__ for m in self.misfits],
            "worst": {k: v.__dict__ for k, v in self.worst.items()},
            "problems": [p.__dict__ for p in self.problems],
        }


def _join(*parts: str) -> str:
    return " ".join(p for p in parts if p)


def _values(row: dict[str, str]) -> dict[str, str]:
    return {
        "last_name": row["last"],
        "first_name": row["first"],
        "patronymic": row["patr"],
        "full_name": _join(row["last"], row["first"], row["patr"]),
        "first_and_patronymic": _join(row["first"], row["patr"]),
        "organisation": row["org"],
        "organisation_short": row["org_short"],
        "region": row["region"],
        "card_number": row["card"],
    }


WIDEST_DIGIT = "0"  # PT Sans has tabular figures: every digit is as wide as "0"


class MemberSource(Protocol):
    """The active members as the check reads them: app.services.fit_members (SQLAlchemy, any
    engine, the user's subtree) or app.models.fastread.fit (a plain SQLite file, the CLI's
    light path). `orgs`: organisation id -> (name, short name or name)."""

    count: int
    region: str
    orgs: dict[str, tuple[str, str]]

    def groups(self, columns: list[str]) -> list[tuple]: ...

    def members_of(
        self, columns: list[str], values: tuple, limit: int | None = None
    ) -> list[dict[str, str]]: ...


def _keys(columns: list[str]) -> list[str]:
    """The columns as read: "org" and "org_short" are one organisation_id."""
    return list(dict.fromkeys("org" if c == "org_short" else c for c in columns))


def group_row(members: MemberSource, columns: list[str], values: tuple) -> dict[str, str]:
    """A stand-in member for one group: a card number as wide as its length allows."""
    row = dict.fromkeys(("last", "first", "patr", "org", "org_short", "card"), "")
    row["region"] = members.region
    for c, v in zip(_keys(columns), values, strict=True):
        if c == "org":
            row["org"], row["org_short"] = members.orgs.get(v, ("", ""))
        elif c == "card":
            row["card"] = WIDEST_DIGIT * (v or 0)
        else:
            row[c] = v or ""
    return row


class _TextCheck:
    """One text element: literal pieces and fields, with widths at 1 pt cached by value."""

    def __init__(self, side: str, index: int, e: dict[str, Any]) -> None:
        self.side, self.index, self.e = side, index, e
        self.title = element_title(e)
        self.font = FONT_NAMES.get(e.get("font", "regular"), fonts.REGULAR)
        self.upper = bool(e.get("upper", False))
        size = float(e.get("size", 8))
        self.size, self.min_size = size, float(e.get("min_size", size))
        self.max_lines, self.leading = int(e.get("max_lines", 1)), float(e.get("leading", 1.15))
        self.w, self.h = e["w"] * mm, e["h"] * mm
        smallest = min(self.min_size, self.size, self.h / (ASCENT + DESCENT))
        self.limit = self.w / smallest * 0.99  # the widest text at 1 pt that surely fits
        self.pieces: list[tuple[str, str | None]] = []
        for literal, name, _spec, _conv in string.Formatter().parse(e["text"]):
            self.pieces.append((literal, name))
        used = {c for _, n in self.pieces if n for c in SOURCES[n]}
        self.columns = sorted(used - {"region"})  # one region: nothing to group by
        self.widths: dict[str, float] = {}
        self.verdicts: dict[str, bool] = {}
        self.measure = measurer(self.font)  # reportlab's stringWidth at 1 pt, to the bit

    def width(self, text: str) -> float:
        found = self.widths.get(text)
        if found is None:
            shown = text.upper() if self.upper else text
            found = self.widths[text] = self.measure(shown)
        return found

    def bound(self, values: dict[str, str]) -> float:
        return sum(self.width(lit) + (self.width(values[n]) if n else 0) for lit, n in self.pieces)

    def fits(self, text: str) -> bool:
        found = self.verdicts.get(text)
        if found is None:
            shown = text.upper() if self.upper else text
            _size, lines = fit_text(
                shown, self.font, self.size, self.min_size, self.w, self.h,
                self.max_lines, self.leading,
            )  # fmt: skip
            found = self.verdicts[text] = " ".join(lines) == squash(shown)
        return found


def fit_check(
    template: CardTemplate,
    session: Session,
    report: Callable[[int, int, str], bool] | None = None,
    pages: dict[str, list[dict[str, Any]]] | None = None,
    titles: dict[str, str] | None = None,
) -> FitReport:
    """Every active member whose texts do not fit `template`, the widest text of each element,
    and the elements that cross the safe area or cut a barcode's quiet zone. `pages` checks
    other element lists instead of the card's sides (a booklet's pages, its member texts),
    named by `titles`; the card's safe area is then not theirs and is not checked."""
    from .fit_members import SessionMembers

    return check_members(template, SessionMembers(session), report, pages, titles)


def light_fit_check(reader: Reader, name: str) -> FitReport | None:
    """`cards layouts check` on the CLI's light path (no SQLAlchemy, no reportlab): None when
    the layout is neither built in nor the office's (the normal path says so)."""
    from ..models.fastread.fit import FitMembers
    from ..models.fastread.layouts import layout_body
    from ..printing.card_templates import load_template, parse_template, template_names

    if name in template_names():
        template = load_template(name)
    else:
        body = layout_body(reader.conn, "card", name)
        if body is None:
            return None
        template = parse_template(body, name)
    return check_members(template, FitMembers(reader.conn, reader.path))


def check_members(
    template: CardTemplate,
    members: MemberSource,
    report: Callable[[int, int, str], bool] | None = None,
    pages: dict[str, list[dict[str, Any]]] | None = None,
    titles: dict[str, str] | None = None,
) -> FitReport:
    """The check over one reading of the members (see fit_check)."""
    sides = pages if pages is not None else {"front": template.front, "back": template.back}
    names = titles or SIDE_TITLES
    checks = [
        _TextCheck(side, i, e)
        for side, elements in sides.items()
        for i, e in enumerate(elements)
        if e["type"] == "text" and "{" in e["text"] and not e.get("hidden")
    ]
    order = list(range(len(checks)))
    read_ahead = getattr(members, "read_ahead", None)
    if read_ahead is not None:  # the SQL in a thread while the layout is checked and measured
        sets = read_ahead([check.columns for check in checks])
        # measure each element as soon as its groups are read; the report keeps the layout's
        # order of elements whatever the order of measuring
        order.sort(key=lambda k: sets.index(tuple(checks[k].columns)))
    problems = safe_area_problems(template) if pages is None else []
    found: dict[int, tuple[list[Misfit], Misfit | None]] = {}
    groups: dict[tuple[str, ...], list[tuple]] = {}
    for n, k in enumerate(order, 1):
        check = checks[k]
        if tuple(check.columns) not in groups:
            groups[tuple(check.columns)] = members.groups(check.columns)
        found[k] = _check_element(check, members, groups[tuple(check.columns)])
        if report is not None and not report(n, len(checks), check.title):
            break
    result = FitReport(template.name, members.count, problems=problems)
    for k, check in enumerate(checks):
        if k not in found:
            continue
        misfits, worst = found[k]
        result.misfits.extend(misfits)
        if worst is not None:
            result.worst[f"{names[check.side]}: {check.title}"] = worst
    result.misfits.sort(key=lambda m: (m.full_name, m.side, m.index))
    return result


def _check_element(
    check: _TextCheck, members: MemberSource, groups: list[tuple]
) -> tuple[list[Misfit], Misfit | None]:
    """One element's misfits and its widest text."""
    columns = check.columns
    misfits: list[Misfit] = []
    worst: tuple[float, tuple] | None = None
    for values in groups:
        stand_in = _values(group_row(members, columns, values))
        bound = check.bound(stand_in)
        if worst is None or bound > worst[0]:
            worst = (bound, values)
        if bound <= check.limit:
            continue
        if check.fits(check.e["text"].format_map(stand_in)):
            continue  # the group's own text (its widest card number) fits: all of it does
        for row in members.members_of(columns, values):
            text = check.e["text"].format_map(_values(row))
            if not check.fits(text):
                misfits.append(_misfit(check, row, text))
    found = members.members_of(columns, worst[1], limit=1) if worst is not None else []
    if not found:  # (a card length seen only on closed cards has no member)
        return misfits, None
    row = found[0]
    return misfits, _misfit(check, row, check.e["text"].format_map(_values(row)))


def _misfit(check: _TextCheck, row: dict[str, str], text: str) -> Misfit:
    name = _join(row["last"], row["first"], row["patr"])
    return Misfit(row["id"], name, check.side, check.index, check.title, text)
