"""A large .xlsx sheet read by calamine one piece at a time, so memory does not grow.

python-calamine reads a whole sheet into memory before it gives the first row (about
1.3 MiB per 1,000 rows of 17 columns) and has no streaming reader. A big sheet is
therefore cut at row ends into pieces of about half a megabyte of XML, each piece made into a
small workbook of its own (the file's own styles.xml, so the same date formats; its date
system) and read by calamine: every cell is what calamine gives for the whole file, and
only one piece is held at a time. A pure-Python streaming parser was measured 3x slower
than calamine on the same sheet; the pieces cost what calamine alone costs.

Shared strings are written into the pieces as inline strings (calamine reads `<si>` and
`<is>` with the same code), so only the file's table of distinct strings is kept, as the
XML of each item; a cell the rewrite does not recognise gets the whole table in its piece.
Anything unexpected in the file's structure returns None from `open_pieces`, and the
caller reads the sheet whole.
"""

from __future__ import annotations

import io
import posixpath
import re
import zipfile
from collections.abc import Iterator
from typing import Any
from xml.etree import ElementTree

from .damage import ZIP_DAMAGE, DamagedPart

PIECE_BYTES = 1 << 19  # XML per piece: calamine's time is the same from 128 KB to 1 MB
PIECES_FROM = 4 << 20  # a sheet part this large (uncompressed) is read in pieces
_READ = 1 << 18

_MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
_RELS = "http://schemas.openxmlformats.org/package/2006/relationships"
_DOC_RELS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_CONTENT_TYPES = (
    '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/'
    'package/2006/content-types"><Default Extension="rels" ContentType="application/'
    'vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType='
    '"application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/'
    'vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName='
    '"/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-'
    'officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/styles.xml" '
    'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>'
    '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-'
    'officedocument.spreadsheetml.sharedStrings+xml"/></Types>'
)
_ROOT_RELS = (
    f'<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="{_RELS}"><Relationship '
    f'Id="rId1" Type="{_DOC_RELS}/officeDocument" Target="xl/workbook.xml"/></Relationships>'
)
_BOOK_RELS = (
    f'<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="{_RELS}">'
    f'<Relationship Id="rId1" Type="{_DOC_RELS}/worksheet" Target="worksheets/sheet1.xml"/>'
    f'<Relationship Id="rId2" Type="{_DOC_RELS}/styles" Target="styles.xml"/>'
    f'<Relationship Id="rId3" Type="{_DOC_RELS}/sharedStrings" Target="sharedStrings.xml"/>'
    "</Relationships>"
)
_EMPTY_STYLES = f'<?xml version="1.0" encoding="UTF-8"?><styleSheet xmlns="{_MAIN}"/>'
_EMPTY_STRINGS = f'<?xml version="1.0" encoding="UTF-8"?><sst xmlns="{_MAIN}"/>'

# a shared-string cell as writers write it: <c r=".." s=".." t="s"><v>12</v></c>; split
# on this, a piece is [text, the attributes after t, the index, text, ...]
_SHARED_CELL = re.compile(rb' t="s"([^>]*)>\s*<v>(\d+)</v>')  # a literal start: fast
_INLINE = b' t="inlineStr"'
_STRING_ITEM = re.compile(rb"<si(?:\s[^>]*)?(?:/>|>(.*?)</si>)", re.S)
_ROW_START = re.compile(rb"<row\b[^>]*>")
_ROW_NUMBER = re.compile(rb'\sr="(\d+)"')
_DIMENSION = re.compile(rb'<dimension\s+ref="[A-Z]*\d+(?::[A-Z]*(\d+))?"')


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]


def _attribute(element: ElementTree.Element, name: str) -> str | None:
    for key, value in element.attrib.items():
        if _local(key) == name:
            return value
    return None


def _target(base: str, target: str) -> str:
    if target.startswith("/"):
        return target.lstrip("/")
    return posixpath.normpath(posixpath.join(posixpath.dirname(base), target))


def _rels_of(archive: zipfile.ZipFile, part: str) -> dict[str, tuple[str, str]]:
    """A part's relationships: id -> (type's last word, target part)."""
    name = posixpath.join(posixpath.dirname(part), "_rels", posixpath.basename(part) + ".rels")
    root = ElementTree.fromstring(archive.read(name))
    return {
        rel.get("Id", ""): (
            rel.get("Type", "").rsplit("/", 1)[-1],
            _target(part, rel.get("Target", "")),
        )
        for rel in root
        if rel.get("TargetMode") != "External"
    }


class _Book:
    """What the pieces need from the file: the sheet's part, styles, strings, date system."""

    def __init__(self, archive: zipfile.ZipFile, sheet: str) -> None:
        root_rels = _rels_of(archive, "")
        book = next(t for kind, t in root_rels.values() if kind == "officeDocument")
        rels = _rels_of(archive, book)
        workbook = ElementTree.fromstring(archive.read(book))
        self.date1904 = False
        self.sheet_part = ""
        for element in workbook.iter():
            name = _local(element.tag)
            if name == "workbookPr":
                self.date1904 = (element.get("date1904") or "").lower() in ("1", "true")
            elif name == "sheet" and element.get("name") == sheet:
                self.sheet_part = rels[_attribute(element, "id") or ""][1]
        parts = {kind: target for kind, target in rels.values()}
        self.styles = archive.read(parts["styles"]) if "styles" in parts else None
        self.strings_part = parts.get("sharedStrings")
        if self.strings_part not in archive.NameToInfo:
            self.strings_part = None
        self.size = archive.getinfo(self.sheet_part).file_size


def open_pieces(path: Any, sheet: str) -> PieceReader | None:
    """A reader of the sheet in pieces when it is a big .xlsx sheet, else None."""
    try:
        archive = zipfile.ZipFile(path)
    except ZIP_DAMAGE:
        return None
    try:
        book = _Book(archive, sheet)
        if book.size < PIECES_FROM:
            archive.close()
            return None
        return PieceReader(archive, book)
    except (KeyError, StopIteration, ElementTree.ParseError, *ZIP_DAMAGE):
        archive.close()
        return None  # read whole: calamine then says what is wrong with it


def _inline_strings(piece: bytes, items: list[bytes]) -> bytes:
    """The piece's shared-string cells as inline strings, in a few C-level passes (a
    Python call per cell cost 2 µs, three times calamine's own time for such a file).
    An index past the table leaves the piece as it is: it gets the whole table then."""
    parts = _SHARED_CELL.split(piece)
    if len(parts) == 1:
        return piece
    try:
        parts[2::3] = [items[int(index)] for index in parts[2::3]]
    except IndexError:
        return piece
    parts[1::3] = [_INLINE + rest + b"><is>" for rest in parts[1::3]]
    return b"".join(parts)


class PieceReader:
    """The rows of one sheet, (row number, values), as calamine gives them read whole."""

    def __init__(self, archive: zipfile.ZipFile, book: _Book) -> None:
        self._archive = archive
        self._book = book
        self.size = book.size  # the sheet's XML, uncompressed
        self._styles = book.styles or _EMPTY_STYLES.encode()
        self._workbook = (
            f'<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="{_MAIN}" '
            f'xmlns:r="{_DOC_RELS}"><workbookPr date1904="{int(book.date1904)}"/><sheets>'
            '<sheet name="S" sheetId="1" r:id="rId1"/></sheets></workbook>'
        ).encode()
        self._items: list[bytes] | None = None
        if book.strings_part is not None:
            self._items = self._string_items()
        self._stream = archive.open(book.sheet_part)
        head = self._stream.read(_READ)
        start = head.find(b"<sheetData")
        while start < 0 and len(head) < 8 * _READ:  # a long <cols> or <sheetViews> first
            more = self._stream.read(_READ)
            if not more:
                break
            head += more
            start = head.find(b"<sheetData")
        root = re.search(rb"<worksheet\b[^>]*>", head)
        end = head.find(b">", start)
        if start < 0 or root is None or end < 0 or head[end - 1 : end] == b"/":
            raise KeyError("no <sheetData> in the default namespace")  # read whole instead
        self._root = root.group(0)
        self._rest = head[end + 1 :]
        dimension = _DIMENSION.search(head, 0, start)
        rows_seen = self._rest.count(b"</row>")
        if dimension and dimension.group(1):
            self.total_rows = int(dimension.group(1))
        elif rows_seen:  # an estimate for the progress: the rows of the first bytes
            self.total_rows = book.size * rows_seen // len(self._rest)
        else:
            self.total_rows = 0

    def _string_items(self) -> list[bytes] | None:
        """The XML inside each <si> of the shared strings and </is>, or None (then every
        piece gets the whole table): the table is held anyway by any reader of the format."""
        items: list[bytes] = []
        with self._archive.open(self._book.strings_part or "") as stream:
            buffer = stream.read(_READ)
            root = re.search(rb"<sst\b[^>]*>", buffer)
            if root is None or f'xmlns="{_MAIN}"'.encode() not in root.group(0):
                return None
            buffer = buffer[root.end() :]
            while True:
                more = stream.read(_READ)
                cut = len(buffer) if not more else buffer.rfind(b"</si>") + 5
                if cut < 5 and more:  # one item longer than the buffer
                    buffer += more
                    continue
                items.extend(m + b"</is>" for m in _STRING_ITEM.findall(buffer, 0, cut))
                buffer = buffer[cut:] + more
                if not more:
                    return items

    def _pieces(self) -> Iterator[bytes]:
        buffer = self._rest
        self._rest = b""
        while True:
            more = self._stream.read(PIECE_BYTES)
            buffer += more
            if not more:
                end = buffer.find(b"</sheetData>")
                if end < 0:  # rows would be lost without a word: a file copied half-way
                    raise DamagedPart("the sheet's XML ends before </sheetData>")
                yield buffer[:end]
                return
            cut = buffer.rfind(b"</row>")
            if cut >= 0 and len(buffer) >= PIECE_BYTES:
                yield buffer[: cut + 6]
                buffer = buffer[cut + 6 :]

    def _numbered(self, piece: bytes, last: int) -> bytes:
        """Rows without r="..." numbered as calamine numbers them: the row after the last."""
        number = last

        def number_row(match: re.Match[bytes]) -> bytes:
            nonlocal number
            found = _ROW_NUMBER.search(match.group(0))
            if found:
                number = int(found.group(1))
                return match.group(0)
            number += 1
            return match.group(0)[:4] + f' r="{number}"'.encode() + match.group(0)[4:]

        return _ROW_START.sub(number_row, piece)

    def _workbook_of(self, piece: bytes) -> io.BytesIO:
        strings = _EMPTY_STRINGS.encode()
        if self._items is not None:
            piece = _inline_strings(piece, self._items)
        if self._book.strings_part is not None and (self._items is None or b't="s"' in piece):
            strings = self._archive.read(self._book.strings_part)
        out = io.BytesIO()
        with zipfile.ZipFile(out, "w", zipfile.ZIP_STORED) as book:
            book.writestr("[Content_Types].xml", _CONTENT_TYPES)
            book.writestr("_rels/.rels", _ROOT_RELS)
            book.writestr("xl/workbook.xml", self._workbook)
            book.writestr("xl/_rels/workbook.xml.rels", _BOOK_RELS)
            book.writestr("xl/styles.xml", self._styles)
            book.writestr("xl/sharedStrings.xml", strings)
            book.writestr(
                "xl/worksheets/sheet1.xml",
                self._root + b"<sheetData>" + piece + b"</sheetData></worksheet>",
            )
        out.seek(0)
        return out

    def rows(self) -> Iterator[tuple[int, list]]:
        return calamine_rows(self._books())

    def _books(self) -> Iterator[tuple[io.BytesIO, int]]:
        last = 0
        for piece in self._pieces():
            rows = piece.count(b"<row")
            if rows != piece.count(b'<row r="') and rows != len(
                _ROW_NUMBER.findall(b"".join(_ROW_START.findall(piece)))
            ):
                piece = self._numbered(piece, last)
            tail = piece.rfind(b"<row")  # every row has its number now: the last one's
            found = _ROW_NUMBER.search(piece, tail, piece.find(b">", tail)) if tail >= 0 else None
            if found:
                last = int(found.group(1))
            yield self._workbook_of(piece), 0  # the rows carry their numbers

    def close(self) -> None:
        self._stream.close()
        self._archive.close()


def calamine_rows(books: Iterator[tuple[io.BytesIO, int]]) -> Iterator[tuple[int, list]]:
    """The rows of workbooks of one sheet each, read by calamine, numbered from each
    piece's `offset` (the rows before it that carry no number), empty rows between pieces
    given as calamine gives them, every row as wide as the widest so far."""
    import python_calamine as calamine

    last = 0  # the last row given
    width = 0  # calamine pads every row to the sheet's width: here, the widest so far
    for book, offset in books:
        workbook = calamine.CalamineWorkbook.from_filelike(book)
        try:
            sheet = workbook.get_sheet_by_index(0)
            start = sheet.start
            values = sheet.to_python() if start is not None else []
        finally:
            workbook.close()
        if not values or start is None:
            continue  # no value in this piece: only formatted empty cells
        first_row, first_column = start[0] + offset, start[1]
        width = max(width, first_column + len(values[0]))
        pad = [""] * first_column
        for number in range(last + 1, first_row + 1):  # empty rows between pieces
            yield number, [""] * width
        last = first_row + len(values)
        if not first_column and len(values[0]) == width:  # calamine's rows are as wide
            yield from zip(range(first_row + 1, last + 1), values, strict=True)
            continue
        for number, row in enumerate(values, first_row + 1):
            row = pad + row if first_column else row
            if len(row) < width:
                row += [""] * (width - len(row))
            yield number, row
