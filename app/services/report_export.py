"""The statistical report out of the program: an XLSX workbook or a PDF.

XLSX: one sheet, the tree shown by indentation and by outline grouping (collapse a
territorial organisation with the +/- at the left), numbers as numbers and percentages as
percentage cells. PDF: app.printing.report_pdf from plain records made here. Either way
the export is logged (who, when, which file) and written through a temporary file.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy.orm import Session

from ..models.audit import log_event
from ..models.cells import put
from ..models.entities import OrgKind
from ..models.errors import ValidationError
from ..models.export import LEAVE_REASON_TITLES
from ..models.permissions import Permission, require
from ..models.report import Report, ReportRow

if TYPE_CHECKING:  # reportlab loads with the PDF, not with every report
    from ..printing.report_pdf import ReportDocument

TITLE = "Статистический отчёт"


@dataclass(frozen=True)
class ReportColumn:
    key: str  # a Figures attribute
    title: str
    kind: str = "int"  # int | pct
    period_only: bool = False


COLUMNS: list[ReportColumn] = [
    ReportColumn("primaries", "ППО"),
    ReportColumn("employees", "Работ-\nников"),
    ReportColumn("student_headcount", "Обуча-\nющихся"),
    ReportColumn("members", "Членов\nПроф-\nсоюза"),
    ReportColumn("workers", "Работа-\nющих"),
    ReportColumn("students", "Студен-\nтов"),
    ReportColumn("pensioners", "Пенсио-\nнеров"),
    ReportColumn("coverage_workers_pct", "Охват\nработа-\nющих, %", "pct"),
    ReportColumn("coverage_students_pct", "Охват\nстуден-\nтов, %", "pct"),
    ReportColumn("youth", "Моло-\nдёжь до\n35 лет"),
    ReportColumn("youth_pct", "Моло-\nдёжь, %", "pct"),
    ReportColumn("e_registered", "На эл.\nучёте"),
    ReportColumn("e_registered_pct", "На эл.\nучёте, %", "pct"),
    ReportColumn("cards_issued", "Выдано\nбиле-\nтов"),
    ReportColumn("no_consent", "Без\nсогласия\nна ПДн"),
    ReportColumn("joined", "Принято\nза период", period_only=True),
    ReportColumn("left", "Выбыло\nза период", period_only=True),
]
REASON_ORDER = ["own_wish", "dismissal", "retirement", "death", "transfer", ""]
NOTES = [
    "Члены Профсоюза — вступившие не позднее даты отчёта и не выбывшие на эту дату. "
    "Молодёжь — моложе 35 лет на дату отчёта. Охват — доля членов среди работников "
    "(обучающихся). Выдано билетов — члены с действующим билетом на дату отчёта.",
]


def plain_title(title: str) -> str:
    """A column title on one line (the PDF's narrow headers break words by hand)."""
    return title.replace("-\n", "").replace("\n", " ")


def ru_date(day: dt.date) -> str:
    return f"{day.day:02d}.{day.month:02d}.{day.year:04d}"


def period_text(report: Report) -> str:
    if not report.has_period:
        return ""
    start = ru_date(report.period_from) if report.period_from else "…"
    end = ru_date(report.period_to) if report.period_to else "…"
    return f"{start} — {end}"


def columns_for(report: Report) -> list[ReportColumn]:
    return [c for c in COLUMNS if report.has_period or not c.period_only]


def value_of(row: ReportRow, column: ReportColumn) -> int | float | None:
    return getattr(row.figures, column.key)


def needs_attention(row: ReportRow, column: ReportColumn, threshold: float | None) -> bool:
    """E-registration % below the office's threshold stands out."""
    if threshold is None or column.key != "e_registered_pct":
        return False
    value = row.figures.e_registered_pct
    return value is not None and value < threshold


def _reasons_used(report: Report) -> list[str]:
    used = {reason for row in report.rows() for reason in row.figures.left_by_reason}
    return [r for r in REASON_ORDER if r in used]


def reason_title(reason: str) -> str:
    return LEAVE_REASON_TITLES.get(reason, "причина не указана")


# --- XLSX --------------------------------------------------------------------------------------
def write_xlsx(report: Report, out: Path, threshold: float | None = None) -> None:
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
    from openpyxl.utils import get_column_letter

    columns = columns_for(report)
    reasons = _reasons_used(report) if report.has_period else []
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = "Отчёт"
    sheet.sheet_properties.outlinePr.summaryBelow = False  # totals sit above their details
    bold = Font(bold=True)
    sheet["A1"] = f"{TITLE} на {ru_date(report.as_of)}"
    sheet["A1"].font = Font(bold=True, size=14)
    put(sheet, 2, 1, report.root.full_name)
    sheet["A3"] = f"Дата отчёта: {ru_date(report.as_of)}"
    if report.has_period:
        sheet["A4"] = f"Движение за период: {period_text(report)}"
    header_row = 6
    titles = ["Организация", "Код"] + [plain_title(c.title) for c in columns]
    titles += [f"Выбыло: {reason_title(r)}" for r in reasons]
    thin = Side(style="thin", color="999999")
    fill = PatternFill("solid", fgColor="E8EEF7")
    attention = PatternFill("solid", fgColor="FDE2E1")
    for index, title in enumerate(titles, 1):
        cell = sheet.cell(header_row, index, title)
        cell.font = bold
        cell.fill = fill
        cell.alignment = Alignment(wrap_text=True, vertical="center", horizontal="center")
        cell.border = Border(bottom=thin)
    sheet.row_dimensions[header_row].height = 45
    for offset, row in enumerate(report.rows(), 1):
        r = header_row + offset
        name = put(sheet, r, 1, row.name)
        name.alignment = Alignment(indent=2 * row.level)
        put(sheet, r, 2, row.code)
        emphasis = row.kind != OrgKind.PRIMARY
        if emphasis:
            name.font = bold
        for index, column in enumerate(columns, 3):
            value = value_of(row, column)
            if column.kind == "pct":
                value = None if value is None else round(value / 100, 4)
            cell = sheet.cell(r, index, value)
            if column.kind == "pct":
                cell.number_format = "0.0%"
            else:
                cell.number_format = "#,##0"
            if emphasis:
                cell.font = bold
            if needs_attention(row, column, threshold):
                cell.fill = attention
        for index, reason in enumerate(reasons, 3 + len(columns)):
            sheet.cell(r, index, row.figures.left_by_reason.get(reason, 0)).number_format = "#,##0"
        if row.level:
            sheet.row_dimensions[r].outline_level = min(row.level, 7)
    sheet.column_dimensions["A"].width = 60
    sheet.column_dimensions["B"].width = 11
    for index in range(3, len(titles) + 1):
        sheet.column_dimensions[get_column_letter(index)].width = 13
    sheet.freeze_panes = sheet.cell(header_row + 1, 3)
    note_row = header_row + len(report.rows()) + 2
    for note in NOTES:
        sheet.cell(note_row, 1, note).alignment = Alignment(wrap_text=False)
        note_row += 1
    if threshold is not None:
        sheet.cell(note_row, 1, f"Выделено: доля на электронном учёте ниже {threshold:.1f} %.")
    tmp = out.with_name(out.name + ".part")
    workbook.save(tmp)
    tmp.replace(out)


# --- PDF ---------------------------------------------------------------------------------------
def pdf_document(report: Report, threshold: float | None = None) -> ReportDocument:
    """The report as the plain records app.printing.report_pdf draws."""
    from ..printing.report_pdf import Column, ReportDocument, TableRow

    columns = columns_for(report)
    rows = [
        TableRow(
            level=row.level,
            name=row.name,
            values=[value_of(row, c) for c in columns],
            attention=[needs_attention(row, c, threshold) for c in columns],
            emphasis=row.kind != OrgKind.PRIMARY,
        )
        for row in report.rows()
    ]
    chart = [
        (row.name, row.figures.e_registered_pct)
        for row in report.territorials()
        if row.figures.e_registered_pct is not None
    ]
    reasons = _reasons_used(report) if report.has_period else []
    summary_rows = [r for r in report.rows() if r.level <= 1]
    return ReportDocument(
        title=TITLE,
        organisation=report.root.full_name,
        as_of=ru_date(report.as_of),
        period=period_text(report),
        columns=[Column(c.title, c.kind) for c in columns],
        rows=rows,
        chart_title="Доля членов Профсоюза на электронном учёте по территориальным "
        f"организациям на {ru_date(report.as_of)}, %",
        chart=chart,
        threshold=threshold,
        notes=NOTES,
        reasons_title="Выбыли за период по причинам",
        reasons_columns=[reason_title(r) for r in reasons],
        reasons_rows=[
            (r.name, [r.figures.left_by_reason.get(reason, 0) for reason in reasons])
            for r in summary_rows
        ]
        if reasons
        else [],
    )


def export_report(
    session: Session, report: Report, out: Path, threshold: float | None = None
) -> Path:
    """Write the report to .xlsx or .pdf (by the file's suffix) and log the export."""
    require(session, Permission.REPORTS)
    suffix = out.suffix.lower()
    if suffix == ".xlsx":
        write_xlsx(report, out, threshold)
    elif suffix == ".pdf":
        from ..printing.report_pdf import render_report_pdf

        render_report_pdf(pdf_document(report, threshold), out)
    else:
        raise ValidationError("Отчёт сохраняется в файл .xlsx или .pdf.")
    log_event(
        session,
        "export",
        "report",
        report.root.org_id,
        {
            "file": out.name,
            "format": suffix[1:],
            "org": report.root.code,
            "as_of": report.as_of.isoformat(),
        },
    )
    return out
