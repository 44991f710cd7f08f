"""A big .xlsx sheet read in pieces (app/importing/pieces.py) gives the rows calamine gives
reading it whole: every kind of cell, dates only where the style is a date format, the 1904
date system, rows and cells without `r`, sparse rows, pieces cut anywhere."""

from __future__ import annotations

import datetime as dt
import zipfile
from pathlib import Path

import pytest
from openpyxl import Workbook

from app.importing import pieces, reading
from app.models import ValidationError

DATA = Path(__file__).resolve().parent.parent / "data" / "import"
MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
PKG = "http://schemas.openxmlformats.org/package/2006/relationships"


def read_both(path: Path, monkeypatch, piece_bytes: int) -> tuple[list, list]:
    """The rows read whole by calamine, and read in pieces of `piece_bytes`."""
    monkeypatch.setattr(pieces, "PIECES_FROM", 1 << 40)
    with reading.RowSource(path) as source:
        assert source._pieces is None
        whole = list(source.rows())
    monkeypatch.setattr(pieces, "PIECES_FROM", 0)
    monkeypatch.setattr(pieces, "PIECE_BYTES", piece_bytes)
    with reading.RowSource(path) as source:
        assert source._pieces is not None
        cut = list(source.rows())
    return whole, cut


def workbook(path: Path, sheet: str, strings: str = "", styles: str = "", date1904=False):
    """An .xlsx written by hand, as other programs write it (shared strings, styles)."""
    rels = f'<Relationships xmlns="{PKG}">'
    rels += f'<Relationship Id="rId1" Type="{REL}/worksheet" Target="worksheets/sheet1.xml"/>'
    if styles:
        rels += f'<Relationship Id="rId2" Type="{REL}/styles" Target="styles.xml"/>'
    if strings:
        rels += f'<Relationship Id="rId3" Type="{REL}/sharedStrings" Target="sharedStrings.xml"/>'
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as book:
        book.writestr(
            "_rels/.rels",
            f'<Relationships xmlns="{PKG}"><Relationship Id="rId1" '
            f'Type="{REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>',
        )
        book.writestr(
            "xl/workbook.xml",
            f'<workbook xmlns="{MAIN}" xmlns:r="{REL}"><workbookPr '
            f'date1904="{"true" if date1904 else "false"}"/><sheets><sheet name="Список" '
            'sheetId="1" r:id="rId1"/></sheets></workbook>',
        )
        book.writestr("xl/_rels/workbook.xml.rels", rels + "</Relationships>")
        if styles:
            book.writestr("xl/styles.xml", f'<styleSheet xmlns="{MAIN}">{styles}</styleSheet>')
        if strings:
            book.writestr("xl/sharedStrings.xml", f'<sst xmlns="{MAIN}">{strings}</sst>')
        book.writestr(
            "xl/worksheets/sheet1.xml",
            f'<?xml version="1.0" encoding="UTF-8"?>\n<worksheet xmlns="{MAIN}" xmlns:r="{REL}" '
            'xmlns:x14ac="http://schemas.microsoft.com/office/spreadsheetml/2009/9/ac">'
            '<dimension ref="C3:H40"/><cols><col min="1" max="9" width="12"/></cols>'
            f'<sheetData>{sheet}</sheetData><mergeCells count="0"/></worksheet>',
        )
    return path


STYLES = (
    '<numFmts><numFmt numFmtId="164" formatCode="DD.MM.YYYY"/>'
    '<numFmt numFmtId="165" formatCode="[h]:mm"/><numFmt numFmtId="166" formatCode="0&quot;д&quot;"/>'
    '<numFmt numFmtId="167" formatCode="#,##0\\ [$₽-419]"/>'
    '<numFmt numFmtId="168" formatCode="yyyy-mm-dd hh:mm"/></numFmts>'
    '<cellXfs count="9"><xf numFmtId="0"/><xf numFmtId="14"/><xf numFmtId="22"/>'
    '<xf numFmtId="46"/><xf numFmtId="164"/><xf numFmtId="165"/><xf numFmtId="166"/>'
    '<xf numFmtId="167"/><xf numFmtId="168"/></cellXfs>'
)
STRINGS = (
    "<si><t>Фамилия</t></si><si><t>Имя</t></si>"
    '<si><r><rPr><b/></rPr><t>Ковалёва</t></r><r><t xml:space="preserve"> Ирина </t></r>'
    '<rPh sb="0" eb="1"><t>фонетика</t></rPh></si>'
    "<si><t>A &amp; B &lt;c&gt; &quot;q&quot;</t></si><si/><si><t>перенос_x000D_строки</t></si>"
    '<si><t xml:space="preserve">  пробелы  </t></si>'
)


def sheet_xml(rows: int) -> str:
    """Rows of every kind of cell; sparse, some without r, one wider than the rest."""
    out = []
    for n in range(3, 3 + rows):
        cells = [f'<c r="C{n}" t="s"><v>{n % 7}</v></c>']
        kind = n % 9
        if kind == 0:
            cells.append(f'<c r="D{n}" s="1"><v>{20000 + n}</v></c>')  # built-in date
            cells.append(f'<c r="E{n}" s="2"><v>{30000 + n}.25</v></c>')  # date and time
            cells.append(f'<c r="F{n}" s="3"><v>1.5</v></c>')  # [h]:mm:ss: a duration
        elif kind == 1:
            cells.append(f'<c r="D{n}" s="4"><v>{n}</v></c>')  # custom date format
            cells.append(f'<c r="E{n}" s="5"><v>0.75</v></c>')
            cells.append(f'<c r="F{n}" s="6"><v>{n}</v></c>')  # 0"д": a number
            cells.append(f'<c r="G{n}" s="7"><v>{n}.5</v></c>')
        elif kind == 2:
            cells.append(f'<c r="D{n}" t="b"><v>1</v></c><c r="E{n}" t="e"><v>#DIV/0!</v></c>')
            cells.append(f'<c r="F{n}" t="str"><f>C{n}&amp;"x"</f><v>формула</v></c>')
            cells.append(f'<c r="G{n}"><f>1+1</f><v>2</v></c><c r="H{n}" s="8"><v>0.5</v></c>')
        elif kind == 3:
            cells.append(f'<c r="D{n}" t="inlineStr"><is><t>строка {n}</t></is></c>')
            cells.append(f'<c r="E{n}" t="d"><v>2020-03-0{n % 9 + 1}T00:00:00</v></c>')
            cells.append(f'<c r="F{n}" s="4"/>')  # a style, no value
            cells.append(f'<c r="G{n}"><v>-1.5E+20</v></c><c r="H{n}"><v>123456789012</v></c>')
        elif kind == 4:
            cells = ['<c t="s"><v>2</v></c><c><v>7</v></c><c s="1"><v>44000</v></c>']
            out.append(f"<row>{''.join(cells)}</row>")  # no r on the row nor its cells
            continue
        elif kind == 5 and n % 2:
            continue  # a missing row
        elif kind == 6:
            cells.append(f'<c r="D{n}" t="s"><v>5</v></c><c r="E{n}" t="s"><v>6</v></c>')
        if n == 3 + rows * 2 // 3:
            cells.append(f'<c r="K{n}"><v>11</v></c>')  # one row wider than the others
        out.append(f'<row r="{n}" spans="3:8" x14ac:dyDescent="0.25">{"".join(cells)}</row>')
    return "".join(out)


@pytest.mark.parametrize("date1904", [False, True])
@pytest.mark.parametrize("piece_bytes", [1, 700, 5000, 1 << 20])
def test_every_kind_of_cell_reads_as_calamine_reads_it_whole(
    tmp_path, monkeypatch, piece_bytes, date1904
):
    path = workbook(tmp_path / "все.xlsx", sheet_xml(120), STRINGS, STYLES, date1904)
    whole, cut = read_both(path, monkeypatch, piece_bytes)
    assert len(whole) == 122 and whole[0] == (1, [""] * 11)  # rows 1-2 are empty
    kinds = {type(v) for _, row in whole for v in row}
    assert {str, float, bool, dt.date, dt.datetime, dt.time, dt.timedelta} <= kinds
    # the one difference: rows given before the widest row are not yet padded to it
    stripped = [(n, _trimmed(row)) for n, row in cut]
    assert [(n, _trimmed(row)) for n, row in whole] == stripped
    if piece_bytes == 1 << 20:  # one piece: every row padded as calamine pads it
        assert whole == cut


def _trimmed(row: list) -> list:
    while row and row[-1] == "":
        row = row[:-1]
    return row


def test_a_sheet_without_values_or_without_styles(tmp_path, monkeypatch):
    path = workbook(tmp_path / "пусто.xlsx", '<row r="5"><c r="B5" s="1"/></row>', styles=STYLES)
    assert read_both(path, monkeypatch, 1) == ([], [])
    path = workbook(tmp_path / "без-стилей.xlsx", sheet_xml(30), STRINGS)  # no styles part
    whole, cut = read_both(path, monkeypatch, 300)
    assert [(n, _trimmed(r)) for n, r in whole] == [(n, _trimmed(r)) for n, r in cut]


def test_what_openpyxl_and_libreoffice_write_reads_the_same(tmp_path, monkeypatch):
    book = Workbook()
    sheet = book.active
    sheet["B4"] = "ФИО"
    sheet["C4"] = "Дата рождения"
    for n in range(5, 400):
        sheet.cell(n, 2, f"Иванова Мария {n}")
        sheet.cell(n, 3, dt.date(1970, 1, 1) + dt.timedelta(days=n))
        sheet.cell(n, 4, n * 1.5 if n % 3 else None)
        sheet.cell(n, 5, "=B5" if n == 7 else n % 2 == 0)
    path = tmp_path / "openpyxl.xlsx"
    book.save(path)
    for source in (path, DATA / "список-ппо.xlsx"):
        for piece_bytes in (1, 2000, 1 << 20):
            whole, cut = read_both(source, monkeypatch, piece_bytes)
            assert whole == cut and whole


ODS_NS = (
    'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
    'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
    'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
    'xmlns:calcext="urn:org:documentfoundation:names:experimental:calc:xmlns:calcext:1.0" '
    'office:version="1.3"'
)


def ods_rows(rows: int) -> str:
    """Rows as LibreOffice writes them: repeats, groups, header rows, every value type."""
    out = ['<table:table-row table:number-rows-repeated="2"><table:table-cell/></table:table-row>']
    out.append("<table:table-header-rows>")
    out.append(
        '<table:table-row><table:table-cell table:number-columns-repeated="2"/>'
        '<table:table-cell office:value-type="string"><text:p>ФИО</text:p></table:table-cell>'
        '<table:table-cell office:value-type="string"><text:p>Дата</text:p></table:table-cell>'
        "</table:table-row></table:table-header-rows>"
    )
    for n in range(rows):
        cells = [
            '<table:table-cell table:number-columns-repeated="2"/>',
            f'<table:table-cell office:value-type="string"><text:p>Иванова <text:s '
            f'text:c="2"/>Анна {n}</text:p><text:p>вторая &amp; строка</text:p></table:table-cell>',
        ]
        kind = n % 6
        if kind == 0:
            cells.append(
                f'<table:table-cell office:value-type="date" office:date-value='
                f'"19{50 + n % 40}-0{n % 9 + 1}-1{n % 9}"><text:p>x</text:p></table:table-cell>'
            )
        elif kind == 1:
            cells.append(
                '<table:table-cell office:value-type="float" office:value="1.5" '
                'table:number-columns-repeated="3"><text:p>1,5</text:p></table:table-cell>'
            )
        elif kind == 2:
            cells.append(
                '<table:table-cell office:value-type="boolean" office:boolean-value="true">'
                "<text:p>ИСТИНА</text:p></table:table-cell><table:table-cell office:value-type="
                '"percentage" office:value="0.25"><text:p>25%</text:p></table:table-cell>'
                '<table:table-cell office:value-type="time" office:time-value="PT10H30M00S">'
                "<text:p>10:30</text:p></table:table-cell>"
            )
        elif kind == 3:
            cells.append(
                '<table:table-cell office:value-type="date" office:date-value='
                '"2020-01-02T10:20:30"><text:p>x</text:p></table:table-cell>'
                '<table:covered-table-cell/><table:table-cell office:value-type="currency" '
                'office:currency="RUB" office:value="100"><text:p>100 ₽</text:p>'
                "</table:table-cell>"
            )
        row = f"<table:table-row>{''.join(cells)}</table:table-row>"
        if kind == 4:
            row = row.replace(
                "<table:table-row>", '<table:table-row table:number-rows-repeated="3">'
            )
        if kind == 5:
            row = (
                '<table:table-row-group><table:table-row table:number-rows-repeated="4">'
                "<table:table-cell/></table:table-row>" + row + "</table:table-row-group>"
            )
        out.append(row)
    out.append(
        '<table:table-row table:number-rows-repeated="1048000"><table:table-cell '
        'table:number-columns-repeated="1024"/></table:table-row>'
    )
    return "".join(out)


def ods(path: Path, rows: int) -> Path:
    content = (
        f'<?xml version="1.0" encoding="UTF-8"?><office:document-content {ODS_NS}>'
        "<office:body><office:spreadsheet>"
        '<table:table table:name="Справка"><table:table-row><table:table-cell '
        'office:value-type="string"><text:p>не список</text:p></table:table-cell>'
        "</table:table-row></table:table>"
        '<table:table table:name="Список &quot;ППО&quot;"><table:table-column '
        f'table:number-columns-repeated="9"/>{ods_rows(rows)}</table:table>'
        "</office:spreadsheet></office:body></office:document-content>"
    )
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as book:
        book.writestr("mimetype", "application/vnd.oasis.opendocument.spreadsheet")
        book.writestr("content.xml", content)
        book.writestr(
            "META-INF/manifest.xml",
            '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:'
            'manifest:1.0"><manifest:file-entry manifest:full-path="/" manifest:media-type='
            '"application/vnd.oasis.opendocument.spreadsheet"/></manifest:manifest>',
        )
    return path


@pytest.mark.parametrize("piece_bytes", [1, 900, 1 << 20])
def test_an_ods_table_in_pieces_reads_as_calamine_reads_it_whole(
    tmp_path, monkeypatch, piece_bytes
):
    path = ods(tmp_path / "список.ods", 200)
    monkeypatch.setattr(pieces, "PIECES_FROM", 1 << 40)
    assert reading.sheet_names(path) == ["Справка", 'Список "ППО"']
    with reading.RowSource(path, 'Список "ППО"') as source:
        whole = list(source.rows())
    monkeypatch.setattr(pieces, "PIECES_FROM", 0)
    monkeypatch.setattr(pieces, "PIECE_BYTES", piece_bytes)
    assert reading.sheet_names(path) == ["Справка", 'Список "ППО"']
    with reading.RowSource(path, 'Список "ППО"') as source:
        assert source._pieces is not None
        cut = list(source.rows())
    assert whole[0][0] == 1 and whole[2][1][2] == "ФИО"
    kinds = {type(v) for _, row in whole for v in row}
    assert {str, float, bool, dt.date, dt.datetime} <= kinds
    assert [(n, _trimmed(r)) for n, r in whole] == [(n, _trimmed(r)) for n, r in cut]
    with reading.RowSource(path) as source:  # no sheet named: the first table
        assert source.sheet == "Справка" and list(source.rows()) == [(1, ["не список"])]
    with pytest.raises(ValidationError, match='нет листа «Нет»; есть: Справка, Список "ППО"'):
        reading.RowSource(path, "Нет")


def test_libreoffice_ods_fixtures_read_the_same_in_pieces(monkeypatch):
    for name in ("список-ппо.ods", "годы-рождения.ods"):
        for piece_bytes in (1, 2000):
            whole, cut = read_both(DATA / name, monkeypatch, piece_bytes)
            assert whole == cut and whole
