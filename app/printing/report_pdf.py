"""The statistical report as a PDF: landscape A4, the tree as a table, a bar chart.

Plain data in (ReportDocument below), a PDF file out. Every page carries the organisation,
the report date and "Страница N из M"; the table splits across pages and repeats its
header; the last part is a bar chart of e-registration % by territorial organisation.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from pathlib import Path

from reportlab.graphics.charts.barcharts import HorizontalBarChart
from reportlab.graphics.shapes import Drawing, Line, String
from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas as pdf_canvas
from reportlab.platypus import (
    KeepTogether,
    PageBreak,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

from ..paths import resource
from .fit import clip

PAGE = landscape(A4)
MARGIN = 12 * mm
HEADER_GAP = 14 * mm
ATTENTION = colors.HexColor("#fde2e1")
ATTENTION_TEXT = colors.HexColor("#b3261e")


@dataclass
class Column:
    title: str  # Russian, may contain "\n"
    kind: str = "int"  # int | pct


@dataclass
class TableRow:
    level: int  # 0 for the report's root organisation
    name: str
    values: list[int | float | None]  # one per column; pct as a percentage (81.6)
    attention: list[bool] = field(default_factory=list)  # per value: below the threshold
    emphasis: bool = False  # a region or territorial total: bold


@dataclass
class ReportDocument:
    title: str
    organisation: str
    as_of: str  # dd.mm.yyyy
    period: str = ""  # "01.01.2025 — 30.06.2025" or ""
    columns: list[Column] = field(default_factory=list)
    rows: list[TableRow] = field(default_factory=list)
    chart_title: str = ""
    chart: list[tuple[str, float]] = field(default_factory=list)  # (territorial, e-reg %)
    threshold: float | None = None  # drawn as a line on the chart
    notes: list[str] = field(default_factory=list)  # definitions printed under the table
    reasons_title: str = ""
    reasons_columns: list[str] = field(default_factory=list)
    reasons_rows: list[tuple[str, list[int]]] = field(default_factory=list)


_FONTS_READY = False


def _register_fonts() -> None:
    global _FONTS_READY
    if _FONTS_READY:
        return
    for name, file in (
        ("PTSans", "PTSans-Regular.ttf"),
        ("PTSans-Bold", "PTSans-Bold.ttf"),
        ("PTSansNarrow", "PTSansNarrow-Regular.ttf"),
        ("PTSansNarrow-Bold", "PTSansNarrow-Bold.ttf"),
    ):
        pdfmetrics.registerFont(TTFont(name, str(resource("fonts", file))))
    pdfmetrics.registerFontFamily("PTSans", normal="PTSans", bold="PTSans-Bold")
    _FONTS_READY = True


def format_value(value: int | float | None, kind: str) -> str:
    """Russian number style: thin-spaced thousands, a decimal comma, "—" for no value."""
    if value is None:
        return "—"
    if kind == "pct":
        return f"{value:.1f}".replace(".", ",")
    return f"{int(value):,}".replace(",", "\u00a0")


def _numbered_canvas(doc: ReportDocument) -> type[pdf_canvas.Canvas]:
    """A canvas that knows the page count when it draws each page's header and footer."""

    class NumberedCanvas(pdf_canvas.Canvas):
        def __init__(self, *args, **kwargs) -> None:  # noqa: ANN002, ANN003
            super().__init__(*args, **kwargs)
            self._pages: list[dict] = []

        def showPage(self) -> None:  # noqa: N802 - reportlab's name
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._pages)
            for number, state in enumerate(self._pages, 1):
                self.__dict__.update(state)
                self._decorate(number, total)
                super().showPage()
            super().save()

        def _decorate(self, number: int, total: int) -> None:
            width, height = PAGE
            self.setFont("PTSans-Bold", 10)
            self.drawString(MARGIN, height - MARGIN, doc.organisation)
            self.setFont("PTSans", 9)
            right = f"{doc.title} на {doc.as_of}"
            if doc.period:
                right += f"; движение за период {doc.period}"
            self.drawRightString(width - MARGIN, height - MARGIN, right)
            self.setLineWidth(0.5)
            self.line(MARGIN, height - MARGIN - 3 * mm, width - MARGIN, height - MARGIN - 3 * mm)
            self.drawRightString(width - MARGIN, MARGIN / 2, f"Страница {number} из {total}")

    return NumberedCanvas


def _styles() -> dict[str, ParagraphStyle]:
    return {
        "title": ParagraphStyle("title", fontName="PTSans-Bold", fontSize=14, leading=18),
        "sub": ParagraphStyle("sub", fontName="PTSans", fontSize=10, leading=13),
        "head": ParagraphStyle(
            "head", fontName="PTSansNarrow-Bold", fontSize=7.5, leading=8.5, alignment=1
        ),
        "name": ParagraphStyle("name", fontName="PTSansNarrow", fontSize=8, leading=9.5),
        "name0": ParagraphStyle("name0", fontName="PTSansNarrow-Bold", fontSize=8, leading=9.5),
        "note": ParagraphStyle(
            "note", fontName="PTSans", fontSize=8, leading=10, alignment=TA_LEFT
        ),
    }


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _main_table(doc: ReportDocument, styles: dict, width: float) -> Table:
    name_width = 66 * mm
    value_width = (width - name_width) / max(len(doc.columns), 1)
    header = [Paragraph("Организация", styles["head"])] + [
        Paragraph(_escape(c.title).replace("\n", "<br/>"), styles["head"]) for c in doc.columns
    ]
    data = [header]
    commands = [
        ("FONT", (1, 1), (-1, -1), "PTSansNarrow", 8),
        ("ALIGN", (1, 1), (-1, -1), "RIGHT"),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("GRID", (0, 0), (-1, -1), 0.25, colors.grey),
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e8eef7")),
        ("TOPPADDING", (0, 0), (-1, -1), 1.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
        ("LEFTPADDING", (0, 0), (-1, -1), 2),
        ("RIGHTPADDING", (0, 0), (-1, -1), 2),
    ]
    for r, row in enumerate(doc.rows, 1):
        style = styles["name0"] if row.emphasis else styles["name"]
        indent = "\u00a0" * (3 * row.level)
        cells: list = [Paragraph(indent + _escape(row.name), style)]
        cells += [format_value(v, c.kind) for v, c in zip(row.values, doc.columns, strict=True)]
        data.append(cells)
        if row.level == 0:
            commands.append(("FONT", (1, r), (-1, r), "PTSansNarrow-Bold", 8))
            commands.append(("BACKGROUND", (0, r), (-1, r), colors.HexColor("#f2f2f2")))
        elif row.emphasis:
            commands.append(("FONT", (1, r), (-1, r), "PTSansNarrow-Bold", 8))
        for c, flagged in enumerate(row.attention):
            if flagged:
                commands.append(("BACKGROUND", (c + 1, r), (c + 1, r), ATTENTION))
                commands.append(("TEXTCOLOR", (c + 1, r), (c + 1, r), ATTENTION_TEXT))
    table = Table(data, colWidths=[name_width] + [value_width] * len(doc.columns), repeatRows=1)
    table.setStyle(TableStyle(commands))
    return table


def _reasons_table(doc: ReportDocument, styles: dict) -> Table:
    header = [Paragraph("Организация", styles["head"])] + [
        Paragraph(_escape(t), styles["head"]) for t in doc.reasons_columns
    ]
    data = [header] + [
        [Paragraph(_escape(name), styles["name"])] + [format_value(v, "int") for v in values]
        for name, values in doc.reasons_rows
    ]
    table = Table(data, colWidths=[90 * mm] + [26 * mm] * len(doc.reasons_columns), repeatRows=1)
    table.setStyle(
        TableStyle(
            [
                ("FONT", (1, 1), (-1, -1), "PTSansNarrow", 8),
                ("ALIGN", (1, 1), (-1, -1), "RIGHT"),
                ("GRID", (0, 0), (-1, -1), 0.25, colors.grey),
                ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e8eef7")),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ]
        )
    )
    return table


def chart_drawing(
    bars: list[tuple[str, float]], width: float, threshold: float | None = None
) -> Drawing:
    """Horizontal bars, one per territorial organisation, 0-100 %, values at the bar ends."""
    _register_fonts()
    bar_height = min(5.2 * mm, 150 * mm / max(len(bars), 1))
    label_width = 62 * mm
    plot_height = max(len(bars), 1) * bar_height
    height = plot_height + 14 * mm
    drawing = Drawing(width, height)
    chart = HorizontalBarChart()
    chart.x = label_width
    chart.y = 8 * mm
    chart.width = width - label_width - 14 * mm
    chart.height = plot_height
    # reportlab draws the first category at the bottom: reverse so the list reads down
    ordered = list(reversed(bars))
    chart.data = [[value for _, value in ordered] or [0]]
    chart.categoryAxis.categoryNames = [name for name, _ in ordered] or [""]
    chart.categoryAxis.labels.fontName = "PTSansNarrow"
    chart.categoryAxis.labels.fontSize = 8
    chart.categoryAxis.labels.boxAnchor = "e"
    chart.categoryAxis.labels.dx = -3
    chart.valueAxis.valueMin = 0
    chart.valueAxis.valueMax = 100
    chart.valueAxis.valueStep = 10
    chart.valueAxis.labels.fontName = "PTSans"
    chart.valueAxis.labels.fontSize = 8
    chart.valueAxis.visibleGrid = True
    chart.valueAxis.gridStrokeColor = colors.HexColor("#dddddd")
    chart.bars[0].fillColor = colors.HexColor("#3b73b9")
    chart.bars[0].strokeColor = None
    chart.barLabelFormat = lambda v: f"{v:.1f}".replace(".", ",")
    chart.barLabels.fontName = "PTSansNarrow"
    chart.barLabels.fontSize = 7.5
    chart.barLabels.boxAnchor = "w"
    chart.barLabels.dx = 2
    if threshold is not None:
        for index, (_, value) in enumerate(ordered):
            if value < threshold:
                chart.bars[(0, index)].fillColor = colors.HexColor("#d9534f")
    drawing.add(chart)
    if threshold is not None:
        x = chart.x + chart.width * threshold / 100
        drawing.add(
            Line(
                x,
                chart.y,
                x,
                chart.y + chart.height + 2 * mm,
                strokeColor=ATTENTION_TEXT,
                strokeDashArray=[3, 2],
            )
        )
        label = f"порог {threshold:.1f} %".replace(".", ",")
        drawing.add(
            String(
                x,
                chart.y + chart.height + 3 * mm,
                label,
                fontName="PTSans",
                fontSize=8,
                fillColor=ATTENTION_TEXT,
                textAnchor="middle",
            )
        )
    return drawing


def _fitted(doc: ReportDocument) -> ReportDocument:
    """Names cut where a page could not hold them (the header line, the chart's labels)."""
    return replace(
        doc,
        organisation=clip(doc.organisation, 150),
        rows=[replace(r, name=clip(r.name, NAME_ROOM)) for r in doc.rows],
        chart=[(clip(name, 60), value) for name, value in doc.chart],
        reasons_rows=[(clip(name, NAME_ROOM), values) for name, values in doc.reasons_rows],
    )


NAME_ROOM = 240  # characters of an organisation in the 66 mm name column: a dozen lines


def render_report_pdf(doc: ReportDocument, out: Path) -> None:
    """Write the PDF to `out` (through a temporary file, so nothing half-written stays)."""
    _register_fonts()
    doc = _fitted(doc)
    styles = _styles()
    tmp = out.with_name(out.name + ".part")
    template = SimpleDocTemplate(
        str(tmp),
        pagesize=PAGE,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=MARGIN + HEADER_GAP / 2,
        bottomMargin=MARGIN,
        title=f"{doc.title} на {doc.as_of}",
        author=doc.organisation,
        subject=doc.title,
    )
    width = PAGE[0] - 2 * MARGIN
    story: list = [
        Paragraph(_escape(f"{doc.title} на {doc.as_of}"), styles["title"]),
        Paragraph(_escape(doc.organisation), styles["sub"]),
    ]
    if doc.period:
        story.append(Paragraph(_escape(f"Движение за период: {doc.period}"), styles["sub"]))
    story += [Spacer(1, 4 * mm), _main_table(doc, styles, width), Spacer(1, 3 * mm)]
    story += [Paragraph(_escape(note), styles["note"]) for note in doc.notes]
    if doc.reasons_rows:
        story += [
            Spacer(1, 5 * mm),
            KeepTogether(
                [
                    Paragraph(_escape(doc.reasons_title), styles["sub"]),
                    Spacer(1, 2 * mm),
                    _reasons_table(doc, styles),
                ]
            ),
        ]
    if doc.chart:
        story += [
            PageBreak(),
            Paragraph(_escape(doc.chart_title), styles["title"]),
            Spacer(1, 4 * mm),
            chart_drawing(doc.chart, width, doc.threshold),
        ]
    template.build(story, canvasmaker=_numbered_canvas(doc))
    tmp.replace(out)
