"""Long text on paper: a layout decision, never a crash.

Every field has a length limit at entry (app.models.limits), but records made before the
limits, or typed on an older copy, may still be longer than a page can hold: reportlab then
fails with a LayoutError. Text a layout cannot wrap into its box is cut with an ellipsis.
"""

from __future__ import annotations

ELLIPSIS = "…"


def clip(text: str | None, limit: int) -> str:
    """At most `limit` characters; a longer text keeps its start and ends with «…»."""
    text = text or ""
    if len(text) <= limit:
        return text
    return text[: limit - 1].rstrip() + ELLIPSIS
