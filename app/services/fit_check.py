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
from typing import Any

from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ..models.entities import Card, Member, Organisation
from ..models.organisations import region
from ..models.permissions import access
from ..printing import fonts
from ..printing.card_layout import Problem, safe_area_problems
from ..printing.card_templates import SIDE_TITLES, CardTemplate, element_title
from ..printing.card_text import ASCENT, DESCENT, FONT_NAMES, fit_text, squash

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


class _Members:
    """The active members seen as groups of equal values: one GROUP BY per set of columns,
    answered from the narrow covering index ix_member_fit (not the wide member rows), so
    250,000 members with 3,000 surnames are 3,000 texts to measure and a few MB read."""

    def __init__(self, session: Session) -> None:
        self.session = session
        top = region(session)
        self.region = top.name if top else ""
        self.orgs = {
            oid: (name or "", short or name or "")
            for oid, name, short in session.execute(
                select(Organisation.id, Organisation.name, Organisation.short_name)
            )
        }
        # only the user's subtree: the check names the longest names it found
        self.scope = access(session).narrow(Member.organisation_id)
        active = (
            select(func.count()).select_from(Member).where(Member.left_on.is_(None), *self.scope)
        )
        self.count = session.scalar(active) or 0

    @staticmethod
    def _exprs(columns: list[str]) -> list[Any]:
        table = {
            "last": Member.last_name,
            "first": Member.first_name,
            "patr": Member.patronymic,
            "org": Member.organisation_id,
            "org_short": Member.organisation_id,
            "card": func.length(Card.number),
        }
        return list(dict.fromkeys(table[c] for c in columns))

    def _query(self, columns: list[str], exprs: list[Any]) -> Any:
        query = select(*exprs).select_from(Member).where(Member.left_on.is_(None), *self.scope)
        if "card" in columns:
            query = query.outerjoin(Card, (Card.member_id == Member.id) & Card.is_current)
        return query

    def _rows(self, query: Any) -> list[tuple]:
        """Plain tuples through Core, not the ORM: a few thousand rows, no entity loading."""
        return [tuple(r) for r in self.session.connection().execute(query)]

    def row(self, columns: list[str], values: tuple) -> dict[str, str]:
        """A stand-in member for one group: a card number as wide as its length allows."""
        row = dict.fromkeys(("last", "first", "patr", "org", "org_short", "card"), "")
        row["region"] = self.region
        for c, v in zip(self._keys(columns), values, strict=True):
            if c == "org":
                row["org"], row["org_short"] = self.orgs.get(v, ("", ""))
            elif c == "card":
                row["card"] = WIDEST_DIGIT * (v or 0)
            else:
                row[c] = v or ""
        return row

    @staticmethod
    def _keys(columns: list[str]) -> list[str]:
        """The columns as read: "org" and "org_short" are one organisation_id."""
        return list(dict.fromkeys("org" if c == "org_short" else c for c in columns))

    def groups(self, columns: list[str]) -> list[tuple]:
        """Distinct value tuples of `columns` among active members."""
        if not columns:
            return [()] if self.count else []
        if columns == ["card"]:
            # every card's length, closed ones too: read from the unique index on the
            # number alone (a superset: a group with no current card finds no member)
            return self._rows(select(func.length(Card.number)).distinct())
        exprs = self._exprs(columns)
        return self._rows(self._query(columns, exprs).group_by(*exprs))

    def members_of(
        self, columns: list[str], values: tuple, limit: int | None = None
    ) -> list[dict[str, str]]:
        """Every active member of one group, with the real values."""
        exprs = self._exprs(columns)
        query = select(
            Member.id, Member.last_name, Member.first_name, Member.patronymic,
            Member.organisation_id, Card.number,
        ).select_from(Member).where(Member.left_on.is_(None), *self.scope)  # fmt: skip
        query = query.outerjoin(Card, (Card.member_id == Member.id) & Card.is_current)
        for expr, v in zip(exprs, values, strict=True):
            query = query.where(expr.is_(None) if v is None else expr == v)
        out = []
        for mid, last, first, patr, oid, number in self._rows(query.limit(limit)):
            org, short = self.orgs.get(oid, ("", ""))
            out.append(
                {
                    "id": mid, "last": last or "", "first": first or "", "patr": patr or "",
                    "org": org, "org_short": short, "region": self.region, "card": number or "",
                }
            )  # fmt: skip
        return out


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

    def width(self, text: str) -> float:
        found = self.widths.get(text)
        if found is None:
            shown = text.upper() if self.upper else text
            found = self.widths[text] = stringWidth(shown, self.font, 1)
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
    fonts.register_fonts()
    sides = pages if pages is not None else {"front": template.front, "back": template.back}
    names = titles or SIDE_TITLES
    checks = [
        _TextCheck(side, i, e)
        for side, elements in sides.items()
        for i, e in enumerate(elements)
        if e["type"] == "text" and "{" in e["text"] and not e.get("hidden")
    ]
    members = _Members(session)
    problems = safe_area_problems(template) if pages is None else []
    result = FitReport(template.name, members.count, problems=problems)
    groups: dict[tuple[str, ...], list[tuple]] = {}
    for n, check in enumerate(checks, 1):
        columns = check.columns
        if tuple(columns) not in groups:
            groups[tuple(columns)] = members.groups(columns)
        worst: tuple[float, tuple] | None = None
        for values in groups[tuple(columns)]:
            bound = check.bound(_values(members.row(columns, values)))
            if worst is None or bound > worst[0]:
                worst = (bound, values)
            if bound <= check.limit:
                continue
            if check.fits(check.e["text"].format_map(_values(members.row(columns, values)))):
                continue  # the group's own text (its widest card number) fits: all of it does
            for row in members.members_of(columns, values):
                text = check.e["text"].format_map(_values(row))
                if not check.fits(text):
                    result.misfits.append(_misfit(check, row, text))
        found = members.members_of(columns, worst[1], limit=1) if worst is not None else []
        if found:  # (a card length seen only on closed cards has no member)
            row = found[0]
            result.worst[f"{names[check.side]}: {check.title}"] = _misfit(
                check, row, check.e["text"].format_map(_values(row))
            )
        if report is not None and not report(n, len(checks), check.title):
            break
    result.misfits.sort(key=lambda m: (m.full_name, m.side, m.index))
    return result


def _misfit(check: _TextCheck, row: dict[str, str], text: str) -> Misfit:
    name = _join(row["last"], row["first"], row["patr"])
    return Misfit(row["id"], name, check.side, check.index, check.title, text)
