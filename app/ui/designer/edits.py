"""Element arithmetic the designer's edits share: boxes, moves kept on the sheet, alignment."""

from __future__ import annotations

from typing import Any

from ...printing.card_templates import CARD_H, CARD_W


def origin(e: dict[str, Any]) -> tuple[float, float]:
    if e["type"] == "line":
        return min(e["x1"], e["x2"]), min(e["y1"], e["y2"])
    return e["x"], e["y"]


def box(e: dict[str, Any]) -> tuple[float, float, float, float]:
    if e["type"] == "line":
        x, y = origin(e)
        return x, y, abs(e["x2"] - e["x1"]), abs(e["y2"] - e["y1"])
    if e["type"] == "card_place":
        return e["x"], e["y"], CARD_W, CARD_H
    return e["x"], e["y"], e["w"], e["h"]


def move_to(e: dict[str, Any], x: float, y: float, page: tuple[float, float]) -> None:
    """Move the element's top-left to (x, y), kept on the sheet (lines may reach the bleed)."""
    _x, _y, w, h = box(e)
    bleed = 3.0 if e["type"] == "line" else 0.0
    x = min(max(x, -bleed), page[0] + bleed - w)
    y = min(max(y, -bleed), page[1] + bleed - h)
    if e["type"] == "line":
        ox, oy = origin(e)
        for kx, ky in (("x1", "y1"), ("x2", "y2")):
            e[kx], e[ky] = round(e[kx] - ox + x, 2), round(e[ky] - oy + y, 2)
    else:
        e["x"], e["y"] = round(x, 2), round(y, 2)


def aligned(boxes: dict[int, tuple[float, float, float, float]], how: str):  # noqa: ANN201
    """New top-left corners for the chosen elements: align edges or centres, or distribute."""
    if how == "left":
        target = min(b[0] for b in boxes.values())
        return {i: (target, b[1]) for i, b in boxes.items()}
    if how == "right":
        target = max(b[0] + b[2] for b in boxes.values())
        return {i: (target - b[2], b[1]) for i, b in boxes.items()}
    if how == "hcenter":
        target = sum(b[0] + b[2] / 2 for b in boxes.values()) / len(boxes)
        return {i: (target - b[2] / 2, b[1]) for i, b in boxes.items()}
    if how == "top":
        target = min(b[1] for b in boxes.values())
        return {i: (b[0], target) for i, b in boxes.items()}
    if how == "bottom":
        target = max(b[1] + b[3] for b in boxes.values())
        return {i: (b[0], target - b[3]) for i, b in boxes.items()}
    axis = 0 if how == "hspread" else 1
    order = sorted(boxes, key=lambda i: boxes[i][axis])
    first, last = boxes[order[0]], boxes[order[-1]]
    span = last[axis] + last[axis + 2] - first[axis]
    gap = (span - sum(boxes[i][axis + 2] for i in order)) / (len(order) - 1)
    pos, moves = first[axis], {}
    for i in order:
        b = boxes[i]
        moves[i] = (pos, b[1]) if axis == 0 else (b[0], pos)
        pos += b[axis + 2] + gap
    return moves


CARD_PAGE_MM = (CARD_W, CARD_H)
