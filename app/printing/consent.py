"""A member's application to join the union and the separate consent to personal data
processing (152-FZ art. 9; a document of its own since 1 September 2025), on two A4 pages,
filled from the record and ready to sign. The address and passport lines stay blank: the
member writes them by hand.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field, replace
from pathlib import Path
from xml.sax.saxutils import escape

from .. import part_files
from ..paths import resource
from .fit import clip

FONT = "PTSans"
FONT_BOLD = "PTSans-Bold"


@dataclass
class ConsentForm:
    last_name: str
    first_name: str
    patronymic: str = ""
    birth_date: dt.date | None = None
    organisation: str = ""  # the primary organisation (school, kindergarten...)
    parent_organisations: list[str] = field(default_factory=list)  # nearest first
    region_organisation: str = ""
    position: str = ""
    phone: str = ""
    email: str = ""

    @property
    def full_name(self) -> str:
        return " ".join(p for p in (self.last_name, self.first_name, self.patronymic) if p)

    @property
    def workplace(self) -> str:
        """The school or college itself, without the union organisation's prefix."""
        for prefix in ("Первичная профсоюзная организация ", "ППО "):
            if self.organisation.startswith(prefix):
                return self.organisation[len(prefix) :]
        return self.organisation

    @property
    def short_name(self) -> str:
        initials = "".join(f"{p[0]}." for p in (self.first_name, self.patronymic) if p)
        return f"{self.last_name} {initials}".strip()


PERSONAL_DATA = (
    "фамилия, имя, отчество; дата рождения; пол; место работы (учёбы) и должность; "
    "номер телефона; адрес электронной почты; сведения о членстве в Профсоюзе (дата "
    "вступления, дата постановки на электронный учёт, номер профсоюзного билета)"
)
ACTIONS = (
    "сбор, запись, систематизация, накопление, хранение, уточнение (обновление, изменение), "
    "извлечение, использование, передача (предоставление, доступ) вышестоящим организациям "
    "Профсоюза, блокирование, удаление, уничтожение — с использованием средств автоматизации "
    "и без них"
)
PURPOSES = (
    "учёт членов Профсоюза; оформление и выдача единого электронного профсоюзного билета; "
    "участие в программе «ПРОФКАРДС»; представительство и защита моих социально-трудовых "
    "прав и интересов; статистическая отчётность Профсоюза"
)


def _register_fonts() -> None:
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    if FONT in pdfmetrics.getRegisteredFontNames():
        return
    pdfmetrics.registerFont(TTFont(FONT, str(resource("fonts", "PTSans-Regular.ttf"))))
    pdfmetrics.registerFont(TTFont(FONT_BOLD, str(resource("fonts", "PTSans-Bold.ttf"))))
    pdfmetrics.registerFont(TTFont("PTSans-Italic", str(resource("fonts", "PTSans-Italic.ttf"))))
    from reportlab.lib.fonts import addMapping

    addMapping(FONT, 0, 0, FONT)
    addMapping(FONT, 1, 0, FONT_BOLD)
    addMapping(FONT, 0, 1, "PTSans-Italic")
    addMapping(FONT, 1, 1, FONT_BOLD)


def _date(value: dt.date | None) -> str:
    return (
        f"{value.day:02d}.{value.month:02d}.{value.year:04d}"
        if value
        else "«____» ____________ ______ г."
    )


# characters each field keeps on the form: names and workplaces as long as the entry limits
# allow, so only records longer than those (typed before them) are cut
FIELD_ROOM = {"last_name": 100, "first_name": 100, "patronymic": 100, "position": 200}


def _fitted(form: ConsentForm) -> ConsentForm:
    return replace(
        form,
        **{k: clip(getattr(form, k), FIELD_ROOM.get(k, 300)) for k in TEXT_FIELDS},
        parent_organisations=[clip(o, 300) for o in form.parent_organisations],
    )


TEXT_FIELDS = (
    "last_name",
    "first_name",
    "patronymic",
    "organisation",
    "region_organisation",
    "position",
    "phone",
    "email",
)


def consent_pdf(form: ConsentForm, out: Path) -> Path:
    """Write the two pages to `out` (through a temporary file); returns `out`."""
    from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import (
        PageBreak,
        Paragraph,
        SimpleDocTemplate,
        Spacer,
        Table,
        TableStyle,
    )

    _register_fonts()
    form = _fitted(form)
    body = ParagraphStyle("body", fontName=FONT, fontSize=11, leading=15, alignment=TA_JUSTIFY)
    right = ParagraphStyle("right", parent=body, leftIndent=90 * mm, alignment=0)
    title = ParagraphStyle(
        "title", fontName=FONT_BOLD, fontSize=14, leading=18, alignment=TA_CENTER, spaceAfter=4
    )
    subtitle = ParagraphStyle("subtitle", parent=body, alignment=TA_CENTER, spaceAfter=8)
    small = ParagraphStyle("small", fontName=FONT, fontSize=8, leading=10, alignment=TA_CENTER)

    e = escape
    name = e(form.full_name)
    primary = e(form.organisation) or "_" * 40
    chain = [form.organisation, *form.parent_organisations]
    operators = "; ".join(e(o) for o in chain if o) or "_" * 40

    cell = ParagraphStyle("cell", parent=body, alignment=0)

    def filled(label: str, value: str) -> list:
        return [Paragraph(label, cell), Paragraph(e(value) if value else "", cell)]

    def signature_block() -> Table:
        table = Table(
            [
                [
                    Paragraph("«____» ____________ 20____ г.", body),
                    "",
                    "",
                    Paragraph(e(form.short_name), body),
                ],
                ["", "", Paragraph("(подпись)", small), Paragraph("(расшифровка подписи)", small)],
            ],
            colWidths=[62 * mm, 8 * mm, 45 * mm, 55 * mm],
        )
        table.setStyle(
            TableStyle(
                [
                    ("LINEBELOW", (2, 0), (2, 0), 0.6, "black"),
                    ("LINEBELOW", (3, 0), (3, 0), 0.6, "black"),
                    ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
                    ("TOPPADDING", (0, 1), (-1, 1), 1),
                ]
            )
        )
        return table

    def fields_table(rows: list[list]) -> Table:
        table = Table(rows, colWidths=[55 * mm, 115 * mm])
        table.setStyle(
            TableStyle(
                [
                    ("LINEBELOW", (1, 0), (1, -1), 0.4, "black"),
                    ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
                    ("TOPPADDING", (0, 0), (-1, -1), 5),
                ]
            )
        )
        return table

    story: list = []
    # --- page 1: the application to join ---
    story += [
        Paragraph("В профсоюзный комитет", right),
        Paragraph(primary, right),
        Spacer(1, 2 * mm),
        Paragraph(f"заявитель: {name}", right),
        Spacer(1, 14 * mm),
        Paragraph("ЗАЯВЛЕНИЕ", title),
        Paragraph("о вступлении в Профсоюз", subtitle),
        Spacer(1, 4 * mm),
        Paragraph(
            "Прошу принять меня в члены Общероссийского Профсоюза образования. С Уставом "
            "Профсоюза ознакомлен(а), признаю его и обязуюсь выполнять, уплачивать членские "
            "профсоюзные взносы и участвовать в деятельности первичной профсоюзной организации.",
            body,
        ),
        Spacer(1, 6 * mm),
        fields_table(
            [
                filled("Фамилия, имя, отчество", form.full_name),
                filled("Дата рождения", _date(form.birth_date) if form.birth_date else ""),
                filled("Место работы (учёбы)", form.workplace),
                filled("Должность", form.position),
                filled("Телефон", form.phone),
                filled("Адрес места жительства", ""),
                ["", ""],
            ]
        ),
        Spacer(1, 14 * mm),
        signature_block(),
        Spacer(1, 16 * mm),
        Paragraph(
            "Согласие на обработку персональных данных оформляется отдельным документом "
            "(статья 9 Федерального закона от 27.07.2006 № 152-ФЗ «О персональных данных»).",
            ParagraphStyle("note", parent=small, alignment=0),
        ),
        PageBreak(),
    ]
    # --- page 2: the separate consent ---
    story += [
        Paragraph("СОГЛАСИЕ", title),
        Paragraph("на обработку персональных данных члена Профсоюза", subtitle),
        Spacer(1, 3 * mm),
        Paragraph(
            f"Я, <b>{name}</b>, дата рождения {_date(form.birth_date)}, "
            "паспорт: серия ________ № ______________, выдан "
            "_____________________________________________________________ "
            "«____» ____________ ______ г., проживающий(ая) по адресу: "
            "______________________________________________________________________"
            "__________________________________________,",
            cell,
        ),
        Spacer(1, 2 * mm),
        Paragraph(
            "в соответствии со статьёй 9 Федерального закона от 27.07.2006 № 152-ФЗ "
            "«О персональных данных» свободно, своей волей и в своём интересе даю согласие "
            f"первичной профсоюзной организации и вышестоящим организациям Профсоюза "
            f"({operators}) на обработку моих персональных данных.",
            body,
        ),
        Spacer(1, 2 * mm),
        Paragraph(f"<b>Перечень персональных данных:</b> {PERSONAL_DATA}.", body),
        Spacer(1, 2 * mm),
        Paragraph(f"<b>Цели обработки:</b> {PURPOSES}.", body),
        Spacer(1, 2 * mm),
        Paragraph(f"<b>Действия с персональными данными:</b> {ACTIONS}.", body),
        Spacer(1, 2 * mm),
        Paragraph(
            "<b>Срок действия согласия:</b> со дня подписания до прекращения членства в "
            "Профсоюзе и истечения сроков хранения документов, установленных законодательством "
            "Российской Федерации, либо до его отзыва.",
            body,
        ),
        Spacer(1, 2 * mm),
        Paragraph(
            "<b>Отзыв согласия:</b> согласие может быть отозвано мною в любое время "
            "письменным заявлением в профсоюзный комитет первичной профсоюзной организации "
            "(часть 2 статьи 9 Федерального закона № 152-ФЗ).",
            body,
        ),
        Spacer(1, 2 * mm),
        Paragraph(
            "Контактные данные для связи: телефон "
            f"{e(form.phone) or '____________________'}, электронная почта "
            f"{e(form.email) or '____________________'}.",
            body,
        ),
        Spacer(1, 14 * mm),
        signature_block(),
    ]

    def footer(canvas, doc) -> None:  # noqa: ANN001
        canvas.saveState()
        canvas.setFont(FONT, 8)
        text = form.region_organisation or "Общероссийский Профсоюз образования"
        canvas.drawCentredString(A4[0] / 2, 10 * mm, text[:140])
        canvas.restoreState()

    out = Path(out)
    with part_files.writing(out) as tmp:
        doc = SimpleDocTemplate(
            str(tmp),
            pagesize=A4,
            leftMargin=20 * mm,
            rightMargin=20 * mm,
            topMargin=18 * mm,
            bottomMargin=18 * mm,
            title=f"Заявление и согласие — {form.short_name}",
            author="Profdesk",
        )
        doc.build(story, onFirstPage=footer, onLaterPages=footer)
    return out
