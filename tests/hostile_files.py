"""Hostile workbooks, made by the tests themselves: tiny files that claim huge sheets, zip
bombs, lying zip headers, cells past what the schema holds, invisible characters."""

from __future__ import annotations

import re
import struct
import zipfile
from pathlib import Path

LIST_HEADER = [("A1", "Họ và tên"), ("B1", "Điện thoại"), ("C1", "Ấp, khu phố"),
               ("D1", "Xã, thị trấn")]


def _inline(ref: str, value) -> str:
    if isinstance(value, (int, float)):
        return f'<c r="{ref}"><v>{value!r}</v></c>'
    return f'<c r="{ref}" t="inlineStr"><is><t xml:space="preserve">{value}</t></is></c>'


def sheet_xml(cells) -> str:
    rows: dict[int, list] = {}
    for ref, value in cells:
        rows.setdefault(int(re.search(r"\d+", ref).group()), []).append((ref, value))
    body = "".join(f'<row r="{r}">' + "".join(_inline(ref, v) for ref, v in found) + "</row>"
                   for r, found in sorted(rows.items()))
    return ('<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats'
            f'.org/spreadsheetml/2006/main"><sheetData>{body}</sheetData></worksheet>')


def workbook(path: Path, cells, shared: str | None = None, sheet: str = "Danh sách") -> Path:
    """A minimal .xlsx with one sheet of inline strings (and optional shared strings)."""
    main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    pkg = "http://schemas.openxmlformats.org/package/2006/relationships"
    ct = ("application/vnd.openxmlformats-officedocument.spreadsheetml")
    types = ('<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/'
             'content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats'
             '-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>'
             f'<Override PartName="/xl/workbook.xml" ContentType="{ct}.sheet.main+xml"/>'
             f'<Override PartName="/xl/worksheets/sheet1.xml" ContentType="{ct}.worksheet+xml"/>'
             + (f'<Override PartName="/xl/sharedStrings.xml" ContentType="{ct}.sharedStrings+xml"/>'
                if shared is not None else "") + "</Types>")
    root_rels = (f'<?xml version="1.0"?><Relationships xmlns="{pkg}"><Relationship Id="rId1" '
                 f'Type="{rel}/officeDocument" Target="xl/workbook.xml"/></Relationships>')
    book = (f'<?xml version="1.0"?><workbook xmlns="{main}" xmlns:r="{rel}"><sheets>'
            f'<sheet name="{sheet}" sheetId="1" r:id="rId1"/></sheets></workbook>')
    book_rels = (f'<?xml version="1.0"?><Relationships xmlns="{pkg}"><Relationship Id="rId1" '
                 f'Type="{rel}/worksheet" Target="worksheets/sheet1.xml"/>'
                 + (f'<Relationship Id="rId2" Type="{rel}/sharedStrings" '
                    'Target="sharedStrings.xml"/>' if shared is not None else "")
                 + "</Relationships>")
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as z:
        z.writestr("[Content_Types].xml", types)
        z.writestr("_rels/.rels", root_rels)
        z.writestr("xl/workbook.xml", book)
        z.writestr("xl/_rels/workbook.xml.rels", book_rels)
        z.writestr("xl/worksheets/sheet1.xml", sheet_xml(cells))
        if shared is not None:
            z.writestr("xl/sharedStrings.xml", shared)
    return path


def one_row_list(path: Path, name="Nguyễn Văn An", phone="0912345678", hamlet="Ấp 1",
                 commune="Xã An Khánh", extra=()) -> Path:
    return workbook(path, LIST_HEADER + [("A2", name), ("B2", phone), ("C2", hamlet),
                                         ("D2", commune), *extra])


def zip_bomb(path: Path, megabytes: int) -> Path:
    """One shared string of ``megabytes`` MB of one letter: a few hundred KB on disk."""
    text = "A" * (megabytes * 1024 * 1024)
    shared = ('<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="1" '
              f'uniqueCount="1"><si><t>{text}</t></si></sst>')
    cells = LIST_HEADER + [("A2", "Nguyễn Văn An"), ("C2", "Ấp 1"), ("D2", "Xã An Khánh")]
    return workbook(path, cells, shared=shared)


def lying_sizes(path: Path, part: str, declared: int) -> Path:
    """Rewrite ``part``'s uncompressed size in both zip headers to ``declared`` bytes: the
    trick that gets a bomb past a check of declared sizes."""
    data = bytearray(path.read_bytes())
    name = part.encode()
    local = data.find(b"PK\x03\x04")
    while local != -1:
        name_len = struct.unpack_from("<H", data, local + 26)[0]
        if data[local + 30: local + 30 + name_len] == name:
            struct.pack_into("<I", data, local + 22, declared)
        local = data.find(b"PK\x03\x04", local + 4)
    central = data.find(b"PK\x01\x02")
    while central != -1:
        name_len = struct.unpack_from("<H", data, central + 28)[0]
        if data[central + 46: central + 46 + name_len] == name:
            struct.pack_into("<I", data, central + 24, declared)
        central = data.find(b"PK\x01\x02", central + 4)
    path.write_bytes(bytes(data))
    return path
