"""Write resources/fonts/widths.json: the shipped fonts' advance widths as reportlab reads them.

Run after replacing a font file: `python tools/font_widths.py`. app.printing.font_widths
measures with this table only while each file's SHA-256 matches (else reportlab measures);
tests/unit/test_font_widths.py fails until the table is written again.
"""

from __future__ import annotations

import hashlib
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from reportlab.pdfbase.pdfmetrics import getFont  # noqa: E402

from app.paths import resource  # noqa: E402
from app.printing import fonts  # noqa: E402
from app.printing.font_widths import TABLE  # noqa: E402


def table() -> dict:
    fonts.register_fonts()
    out = {}
    for name, filename in fonts.FILES.items():
        face = getFont(name).face
        data = resource("fonts", filename).read_bytes()
        out[name] = {
            "file": filename,
            "sha256": hashlib.sha256(data).hexdigest(),
            "default": face.defaultWidth,
            "widths": {str(k): v for k, v in sorted(face.charWidths.items())},
        }
    return out


def main() -> int:
    path = resource(*TABLE)
    path.write_text(json.dumps(table(), separators=(",", ":")) + "\n", encoding="utf-8")
    print(f"written: {path}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
