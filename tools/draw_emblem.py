"""Draws the neutral default emblem shipped in resources/images/emblem.png.

The union's own emblem belongs to the union: offices pick their image file in the
settings; this one is our own drawing (an open book under a rising sun in a ring).
"""

from __future__ import annotations

import math
from pathlib import Path

from PIL import Image, ImageDraw

SIZE = 1200
BLUE = (20, 70, 150, 255)
GOLD = (230, 170, 30, 255)
OUT = Path(__file__).resolve().parent.parent / "resources" / "images" / "emblem.png"


def draw() -> Image.Image:
    img = Image.new("RGBA", (SIZE, SIZE), (0, 0, 0, 0))
    d = ImageDraw.Draw(img)
    c = SIZE / 2
    d.ellipse([20, 20, SIZE - 20, SIZE - 20], fill=BLUE)
    d.ellipse([90, 90, SIZE - 90, SIZE - 90], fill=(255, 255, 255, 255))
    # rising sun: a half disc with rays
    sun_c = (c, c + 40)
    for i in range(11):
        angle = math.pi + math.pi * (i + 0.5) / 11
        x1 = sun_c[0] + 190 * math.cos(angle)
        y1 = sun_c[1] + 190 * math.sin(angle)
        x2 = sun_c[0] + 400 * math.cos(angle)
        y2 = sun_c[1] + 400 * math.sin(angle)
        d.line([x1, y1, x2, y2], fill=GOLD, width=34)
    d.pieslice([c - 160, sun_c[1] - 160, c + 160, sun_c[1] + 160], 180, 360, fill=GOLD)
    # open book
    left = [(c, c + 80), (c - 330, c + 20), (c - 330, c + 300), (c, c + 360)]
    right = [(c, c + 80), (c + 330, c + 20), (c + 330, c + 300), (c, c + 360)]
    d.polygon(left, fill=BLUE)
    d.polygon(right, fill=BLUE)
    d.line([(c, c + 80), (c, c + 360)], fill=(255, 255, 255, 255), width=14)
    for k in range(1, 4):
        y = c + 80 + k * 60
        d.line([(c - 290, y - 60 + 20), (c - 40, y + 10)], fill=(255, 255, 255, 255), width=10)
        d.line([(c + 290, y - 60 + 20), (c + 40, y + 10)], fill=(255, 255, 255, 255), width=10)
    return img.resize((600, 600), Image.LANCZOS)


if __name__ == "__main__":
    OUT.parent.mkdir(parents=True, exist_ok=True)
    draw().save(OUT, optimize=True)
    print(OUT)
