"""Translation files: one .ts per UI module in resources/i18n/ru, compiled to .qm.

    python tools/i18n.py update          # lupdate every app/ui module into its .ts
    python tools/i18n.py missing         # JSON of messages that still need Russian
    python tools/i18n.py apply FILE.json # write translations from such a JSON file
    python tools/i18n.py release         # lrelease every .ts into .qm
    python tools/i18n.py check           # exit 1 if anything is unfinished or stale

A JSON file maps context -> source -> translation (a list of three forms for %n plurals).
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
UI_DIR = ROOT / "app" / "ui"
TS_DIR = ROOT / "resources" / "i18n" / "ru"
LANGUAGE = "ru_RU"


def _tool(name: str) -> str:
    path = shutil.which(f"pyside6-{name}")
    if path is None:
        sys.exit(f"pyside6-{name} not found: install PySide6")
    return path


def ui_modules() -> list[Path]:
    """Every app/ui module, feature packages included; a .ts is named after its module."""
    modules = sorted(p for p in UI_DIR.rglob("*.py") if p.name != "__init__.py")
    stems = [p.stem for p in modules]
    clashes = sorted({s for s in stems if stems.count(s) > 1})
    if clashes:
        sys.exit(f"two app/ui modules share a name, their .ts files would clash: {clashes}")
    return modules


def lupdate(source: Path, ts: Path) -> None:
    subprocess.run(
        [
            _tool("lupdate"),
            "-silent",
            "-no-obsolete",
            "-locations",
            "none",
            "-target-language",
            LANGUAGE,
            str(source),
            "-ts",
            str(ts),
        ],
        check=True,
    )


def update(ts_dir: Path = TS_DIR) -> list[Path]:
    ts_dir.mkdir(parents=True, exist_ok=True)
    written = []
    for module in ui_modules():
        ts = ts_dir / f"{module.stem}.ts"
        lupdate(module, ts)
        if not list(_messages(ts)):
            ts.unlink()  # modules without user-visible text need no file
            continue
        written.append(ts)
    return written


def _messages(ts: Path):
    tree = ET.parse(ts)
    for context in tree.getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            yield tree, name, message


def _is_finished(message: ET.Element) -> bool:
    translation = message.find("translation")
    if translation is None or translation.get("type") in ("unfinished", "vanished", "obsolete"):
        return False
    forms = translation.findall("numerusform")
    if forms:
        return all((f.text or "").strip() for f in forms)
    return bool((translation.text or "").strip())


def missing(ts_dir: Path = TS_DIR) -> dict[str, dict[str, str]]:
    todo: dict[str, dict[str, str]] = {}
    for ts in sorted(ts_dir.glob("*.ts")):
        for _, context, message in _messages(ts):
            if message.find("translation") is not None and message.find("translation").get(
                "type"
            ) in ("vanished", "obsolete"):
                continue
            if not _is_finished(message):
                todo.setdefault(context, {})[message.findtext("source")] = ""
    return todo


def apply(mapping: dict[str, dict[str, str | list[str]]], ts_dir: Path = TS_DIR) -> int:
    count = 0
    for ts in sorted(ts_dir.glob("*.ts")):
        tree = ET.parse(ts)
        changed = False
        for context in tree.getroot().iter("context"):
            wanted = mapping.get(context.findtext("name"), {})
            for message in context.iter("message"):
                source = message.findtext("source")
                if source not in wanted or not wanted[source]:
                    continue
                translation = message.find("translation")
                if translation is None:
                    translation = ET.SubElement(message, "translation")
                for child in list(translation):
                    translation.remove(child)
                value = wanted[source]
                if message.get("numerus") == "yes":
                    forms = value if isinstance(value, list) else [value] * 3
                    translation.text = None
                    for form in forms:
                        ET.SubElement(translation, "numerusform").text = form
                else:
                    translation.text = value if isinstance(value, str) else value[0]
                translation.attrib.pop("type", None)
                changed = True
                count += 1
        if changed:
            ET.indent(tree)
            tree.write(ts, encoding="utf-8", xml_declaration=True)
    return count


def release(ts_dir: Path = TS_DIR, out_dir: Path | None = None) -> None:
    for ts in sorted(ts_dir.glob("*.ts")):
        qm = (out_dir or ts_dir) / f"{ts.stem}.qm"
        subprocess.run([_tool("lrelease"), "-silent", str(ts), "-qm", str(qm)], check=True)


def check() -> list[str]:
    """Problems: messages without Russian, and .qm files that do not match their .ts."""
    problems: list[str] = []
    with tempfile.TemporaryDirectory() as tmp:
        tmp_dir = Path(tmp)
        for ts in TS_DIR.glob("*.ts"):
            shutil.copy(ts, tmp_dir / ts.name)
        update(tmp_dir)  # what the code asks for now, merged with what is translated
        for context, sources in missing(tmp_dir).items():
            for source in sources:
                problems.append(f"no Russian for [{context}] {source!r}")
        committed = {p.name for p in TS_DIR.glob("*.ts")}
        for ts in tmp_dir.glob("*.ts"):
            if ts.name not in committed:
                problems.append(f"{ts.name} is missing: run tools/i18n.py update")
        release(TS_DIR, tmp_dir)
        for qm in tmp_dir.glob("*.qm"):
            shipped = TS_DIR / qm.name
            if not shipped.exists() or shipped.read_bytes() != qm.read_bytes():
                problems.append(f"{qm.name} is stale: run tools/i18n.py release")
    return problems


def main(argv: list[str]) -> int:
    command = argv[1] if len(argv) > 1 else "check"
    if command == "update":
        for ts in update():
            print(ts.relative_to(ROOT))
    elif command == "missing":
        print(json.dumps(missing(), ensure_ascii=False, indent=2))
    elif command == "apply":
        mapping = json.loads(Path(argv[2]).read_text(encoding="utf-8"))
        print(f"{apply(mapping)} translations written")
    elif command == "release":
        release()
    elif command == "check":
        problems = check()
        print("\n".join(problems) or "all translated")
        return 1 if problems else 0
    else:
        print(__doc__)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
