"""list, export and import of layouts: one shape for `cards layouts` and `booklets layouts`.

The two groups differ only in the service module behind them, the noun in their messages and
whether one layout is marked as the one in use; the service is imported when a command runs,
so that loading the parser stays light.
"""

from __future__ import annotations

import argparse
import importlib
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType
from typing import Any

from .common import CliContext, print_json


@dataclass(frozen=True)
class LayoutFiles:
    service: str  # the module in app.services: layouts | booklet_layouts
    kind: str  # the kind of app.models.layouts: card | booklet
    dest: str  # the argparse dest of the group's command
    group_help: str  # «макеты билетов»
    noun: str  # «Макет», «Макет буклета»
    listed: str  # what `list` lists besides the office's: «макеты», «макеты буклета»
    import_help_end: str = ""  # added to the import command's help line
    after_import: str = "."  # how the import message ends
    marks_in_use: bool = False  # the service has in_use(): which layout prints

    def module(self) -> ModuleType:
        return importlib.import_module(f"..services.{self.service}", __package__)

    def register(self, parent: argparse._SubParsersAction) -> argparse._SubParsersAction:
        """The `layouts` group under `parent` with list, export and import; returned for the
        group's own commands."""
        group = parent.add_parser("layouts", help=self.group_help).add_subparsers(
            dest=self.dest, metavar="ДЕЙСТВИЕ", required=True
        )
        what = self.noun.lower()
        list_cmd = group.add_parser("list", help=f"встроенные {self.listed} и макеты офиса")
        list_cmd.add_argument("--json", action="store_true", help="вывести в формате JSON")
        list_cmd.set_defaults(handler=self.cmd_list)
        export = group.add_parser("export", help=f"{what} в один файл JSON (картинки внутри)")
        export.add_argument("name", help="имя макета")
        export.add_argument("--out", type=Path, required=True, help="файл .json")
        export.set_defaults(handler=self.cmd_export)
        import_help = f"{what} из файла (имя — в файле){self.import_help_end}"
        import_cmd = group.add_parser("import", help=import_help)
        import_cmd.add_argument("file", type=Path, help="файл .json")
        import_cmd.set_defaults(handler=self.cmd_import)
        return group

    def cmd_list(self, args: argparse.Namespace, ctx: CliContext) -> int:
        listed = ctx.light(lambda reader: self.light_list(reader.conn))
        if listed is not None:
            rows, current = listed
        else:
            service = self.module()
            with ctx.database().session() as s:
                rows = service.list_layouts(s)
                current = service.in_use(s) if self.marks_in_use else None
        if args.json:
            records = [r.__dict__ for r in rows]
            if self.marks_in_use:
                records = [{**r, "in_use": r["name"] == current} for r in records]
            print_json({"layouts": records})
            return 0
        for r in rows:
            kind = "встроенный" if r.built_in else f"версия {r.version}"
            mark = " (печатается)" if self.marks_in_use and r.name == current else ""
            print(f"{r.name:<20} {kind:<12} {r.title}{mark}")
        return 0

    def light_list(self, conn: Any) -> tuple[list, str | None]:
        """The list and the layout in use on the light path (no SQLAlchemy, no reportlab)."""
        from ..models.fastread import layouts as light
        from ..models.settings import BOOKLET_LAYOUT
        from ..services import layout_list

        rows = layout_list.layout_infos(self.kind, light.latest_titles(conn, self.kind))
        if not self.marks_in_use:
            return rows, None
        return rows, layout_list.in_use(light.setting(conn, BOOKLET_LAYOUT), rows)

    def cmd_export(self, args: argparse.Namespace, ctx: CliContext) -> int:
        with ctx.database().session() as s:
            self.module().export_layout(s, args.name, args.out)
        print(f"{self.noun} «{args.name}» → {args.out}")
        return 0

    def cmd_import(self, args: argparse.Namespace, ctx: CliContext) -> int:
        with ctx.database().session() as s:
            name, version = self.module().import_layout(s, args.file)
        print(f"{self.noun} «{name}» загружен, версия {version}{self.after_import}")
        return 0
