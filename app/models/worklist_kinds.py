"""The campaigns' work lists by name: what the CLI, the panel and the sheets call them.

Plain data (no SQLAlchemy), so that `worklist KIND` checks its argument on the light read
path too; the lists' conditions are in app.models.worklists and app.models.fastread.worklists.
"""

from __future__ import annotations

from dataclasses import dataclass

from .errors import ValidationError


@dataclass(frozen=True)
class ListKind:
    key: str  # the CLI's KIND
    title: str  # the panel's list name
    need: str  # what the member still needs, on the organisation's sheet


KINDS: dict[str, ListKind] = {
    k.key: k
    for k in (
        ListKind("not-e-registered", "Не на электронном учёте", "встать на электронный учёт"),
        ListKind("no-consent", "Нет согласия на обработку ПДн", "подписать согласие"),
        ListKind("card-not-printed", "Билет не напечатан", "напечатать билет"),
        ListKind("card-not-handed", "Билет не выдан 30+ дней", "получить билет"),
        ListKind("no-booklet", "Билет выдан, буклета нет", "получить буклет"),
        ListKind("not-in-profkards", "Нет в Профкардс", "зарегистрироваться в Профкардс"),
    )
}


def kind_of(key: str) -> ListKind:
    if key not in KINDS:
        raise ValidationError(f"Нет рабочего списка «{key}»: есть {', '.join(KINDS)}.")
    return KINDS[key]
