"""A large .ods table read by calamine one piece at a time (see pieces.py for .xlsx).

calamine holds a whole .ods table too: about 2.5 MiB per 1,000 rows of the export. An
.ods keeps every table in content.xml; its rows carry no numbers, so each piece is given
the count of rows before it (a row's table:number-rows-repeated included). The table's
rows are cut at row ends into pieces of half a megabyte, each made into a small
spreadsheet holding only that table, and read by calamine. Row groups and header rows only
wrap rows, and calamine reads the rows inside them as any other: their tags are dropped
from the pieces, which they could otherwise leave unbalanced.
"""

from __future__ import annotations

import html
import io
import re
import zipfile
from collections.abc import Iterator
from typing import Any

from . import pieces
from .damage import ZIP_DAMAGE, DamagedPart

_READ = 1 << 18
_MIMETYPE = b"application/vnd.oasis.opendocument.spreadsheet"
_MANIFEST = (
    b'<?xml version="1.0" encoding="UTF-8"?><manifest:manifest xmlns:manifest="urn:oasis:'
    b'names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2"><manifest:file-entry '
    b'manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.'
    b'spreadsheet"/><manifest:file-entry manifest:full-path="content.xml" manifest:media-'
    b'type="text/xml"/></manifest:manifest>'
)
_TABLE = re.compile(rb"<table:table\s[^>]*>")
_NAME = re.compile(rb'table:name="([^"]*)"')
_ROOT = re.compile(rb"<office:document-content\b[^>]*>")
_ROW = re.compile(rb"<table:table-row[\s>/][^>]*")
_REPEATED = re.compile(rb'table:number-rows-repeated="(\d+)"')
_WRAPPERS = re.compile(rb"</?table:(?:table-row-group|table-header-rows|table-rows)\b[^>]*>")
_END = b"</table:table>"
_ROW_END = b"</table:table-row>"


def _big_ods(path: Any) -> zipfile.ZipFile | None:
    try:
        archive = zipfile.ZipFile(path)
    except ZIP_DAMAGE:
        return None
    try:
        if archive.read("mimetype").strip() != _MIMETYPE:
            raise KeyError("not an .ods")
        if archive.getinfo("content.xml").file_size < pieces.PIECES_FROM:
            raise KeyError("small: read whole")
        return archive
    except (KeyError, *ZIP_DAMAGE):
        archive.close()
        return None


def open_ods_pieces(path: Any, sheet: str | None) -> OdsPieceReader | None:
    """A reader of the table (None: the first) in pieces when it is a big .ods, else None
    (also when there is no such table: calamine then says which there are)."""
    archive = _big_ods(path)
    if archive is None:
        return None
    try:
        return OdsPieceReader(archive, sheet)
    except (KeyError, ValueError, *ZIP_DAMAGE):
        archive.close()
        return None  # read whole: calamine then says what is wrong with it


def table_names(path: Any) -> list[str] | None:
    """The tables of a big .ods in their order, read off content.xml; None otherwise."""
    archive = _big_ods(path)
    if archive is None:
        return None
    names: list[str] = []
    try:
        with archive.open("content.xml") as stream:
            buffer = b""
            while more := stream.read(pieces.PIECE_BYTES):
                buffer += more
                cut = buffer.rfind(b"<")
                for table in _TABLE.findall(buffer, 0, cut):
                    name = _NAME.search(table)
                    names.append(html.unescape(name.group(1).decode()) if name else "")
                buffer = buffer[cut:]
    except ZIP_DAMAGE:
        return None
    finally:
        archive.close()
    return names


class OdsPieceReader:
    """The rows of one table, (row number, values), as calamine gives them read whole."""

    def __init__(self, archive: zipfile.ZipFile, sheet: str | None) -> None:
        self._archive = archive
        self._stream = archive.open("content.xml")
        self.total_rows = 0
        buffer = b""
        root = None
        while True:  # find the table's start tag, reading on
            more = self._stream.read(_READ)
            if not more:
                raise KeyError("no such table")
            buffer += more
            root = root or _ROOT.search(buffer)
            found = None
            for table in _TABLE.finditer(buffer):
                name = _NAME.search(table.group(0))
                text = html.unescape(name.group(1).decode("utf-8")) if name else ""
                if sheet is None or text == sheet:
                    found, self.sheet = table, text
                    break
            if found is not None and root is not None:
                break
            keep = buffer.rfind(b"<")  # a start tag may be cut at the buffer's end
            buffer = buffer[keep:] if keep > len(buffer) - 4096 else buffer[-4096:]
        self._head = root.group(0) + b"<office:body><office:spreadsheet>" + found.group(0)
        self._tail = _END + b"</office:spreadsheet></office:body></office:document-content>"
        self._rest = buffer[found.end() :]
        rows_seen = self._rest.count(_ROW_END)
        size = self.size = archive.getinfo("content.xml").file_size
        if rows_seen:
            self.total_rows = size * rows_seen // max(len(self._rest), 1)

    def _pieces(self) -> Iterator[bytes]:
        buffer, self._rest = self._rest, b""
        while True:
            end = buffer.find(_END)
            if end >= 0:  # the table ends here (nested tables are not in lists)
                yield buffer[:end]
                return
            more = self._stream.read(pieces.PIECE_BYTES)
            if not more:
                raise DamagedPart("content.xml ends inside the table")
            buffer += more
            cut = buffer.rfind(_ROW_END)
            if cut >= 0 and len(buffer) >= pieces.PIECE_BYTES and buffer.find(_END) < 0:
                yield buffer[: cut + len(_ROW_END)]
                buffer = buffer[cut + len(_ROW_END) :]

    def _books(self) -> Iterator[tuple[io.BytesIO, int]]:
        offset = 0  # rows before the piece
        for piece in self._pieces():
            piece = _WRAPPERS.sub(b"", piece)
            out = io.BytesIO()
            with zipfile.ZipFile(out, "w", zipfile.ZIP_STORED) as book:
                book.writestr("mimetype", _MIMETYPE)
                book.writestr("META-INF/manifest.xml", _MANIFEST)
                book.writestr("content.xml", self._head + piece + self._tail)
            out.seek(0)
            yield out, offset
            for row in _ROW.findall(piece):
                repeated = _REPEATED.search(row)
                offset += int(repeated.group(1)) if repeated else 1

    def rows(self) -> Iterator[tuple[int, list]]:
        return pieces.calamine_rows(self._books())

    def close(self) -> None:
        self._stream.close()
        self._archive.close()
