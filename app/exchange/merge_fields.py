"""The merge's pure decisions: per-field versions compared, a member's derived keys,
organisations ordered parents first. No database here, so they are easy to reason about."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable
from typing import Any

from ..models.base import utcnow
from ..models.text import phone_digits, search_key
from .versions import DELETED, EMPTY, KEEP, SAME, TAKE, compare, merged

MEMBER_KEY_FIELDS = ("last_name", "first_name", "patronymic", "birth_date", "phone")


def member_keys(row: dict[str, Any]) -> dict[str, str]:
    """The derived keys of a member row, as app.models.changes.refresh_member_keys makes them."""
    sort_key = search_key(
        f"{row.get('last_name') or ''} {row.get('first_name') or ''} {row.get('patronymic') or ''}"
    )
    digits = phone_digits(row.get("phone"))
    return {
        "sort_key": sort_key,
        "search_text": f"{sort_key} {digits[-10:]}".strip(),
        "identity_key": f"{sort_key}|{row.get('birth_date') or ''}",
    }


def parents_first(ids: list[str], rows: dict[str, dict]) -> list[str]:
    done: set[str] = set()
    out: list[str] = []

    def visit(i: str, depth: int = 0) -> None:
        if i in done or depth > 50:
            return
        parent = rows[i].get("parent_id")
        if parent in rows:
            visit(parent, depth + 1)
        done.add(i)
        out.append(i)

    for i in ids:
        visit(i)
    return out


def parse_versions(text: str | dict | None) -> dict:
    if text is None:
        return {"*": EMPTY}
    return json.loads(text) if isinstance(text, str) else text


def log_time(text: str) -> Any:
    try:
        return dt.datetime.fromisoformat(text) if text else utcnow()
    except ValueError:
        return utcnow()


def merge_fields(
    columns: list[str],
    all_columns: Iterable[str],
    inc: dict,
    loc: dict,
    iv: dict,
    lv: dict,
) -> tuple[dict, dict, list]:
    """Per-field decisions; returns (values to take, the record's new versions, conflicts).

    Fields without a version of their own share the record's "*" version, so one
    comparison decides them all unless both sides changed them concurrently.
    """
    lstar = lv.get("*", EMPTY)
    istar = iv.get("*", EMPTY)
    star = compare(istar[0], lstar[0])
    explicit = (set(iv) | set(lv)) - {"*", DELETED}
    changes: dict[str, Any] = {}
    conflicts: list[tuple] = []
    new_star = istar if star == TAKE else lstar
    out: dict[str, list] = {"*": new_star}
    known = set(columns)
    for f in all_columns:
        if f in explicit:
            ivf, lvf = iv.get(f) or istar, lv.get(f) or lstar
            decision = compare(ivf[0], lvf[0])
        else:
            if star in (SAME, KEEP):
                continue  # ours stays, under "*"
            ivf, lvf, decision = istar, lstar, star
        if f not in known:  # a column the sender does not know: keep ours
            decision = KEEP
        if decision in (SAME, KEEP):
            version = lvf
        elif decision == TAKE:
            version = ivf
            if inc.get(f) != loc.get(f):
                changes[f] = inc.get(f)
        elif inc.get(f) == loc.get(f):  # both changed it to the same value
            version = [merged(ivf[0], lvf[0]), max(ivf[1], lvf[1]), max(ivf[2], lvf[2])]
        else:
            version = lvf
            conflicts.append((f, loc.get(f), lvf, inc.get(f), ivf))
        if version != new_star:
            out[f] = version
    return changes, out, conflicts
