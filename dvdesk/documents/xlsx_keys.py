"""The export's key sheet: what a re-import compares an edited workbook with.

The program's own export makes a round trip: the secretary edits it in Excel and
imports it back, and the import lists what changed, row by row and field by field.
For that every row carries a key in a hidden column ("Mã đơn vị", "Mã phân công";
the officers keep their "Mã cán bộ"), and the workbook carries one very hidden,
protected sheet, "Khóa đối chiếu", holding:

- when the workbook was exported, and from which database (its identity);
- for each sheet that a re-import compares, its column titles and, for every row,
  the key, the row's version and the values as exported.

A row as the file holds it, compared with the same row as exported, tells what the
secretary changed: a row left alone is not listed, whatever happened to it in the
database since. The row as exported, compared with the database now, tells what
someone else changed meanwhile (a conflict when both changed the same field).

The rows are kept as JSON text cut into cells of at most ``CHUNK`` characters
(Excel holds 32,767 UTF-16 units in a cell): a province's 120,000 rows written one
row per sheet row would add a third to the export's time, this adds a few percent.
Nothing here touches a database.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable
from dataclasses import dataclass, field

SHEET_KEYS = "Khóa đối chiếu"
FORMAT = "1"
CHUNK = 16000  # characters; a non-BMP character is two UTF-16 units in Excel's count
_HEADER = ["Mục", "Trang", "Nội dung"]
_EXPORTED_AT, _DATABASE, _FORMAT, _COLUMNS, _ROWS = (
    "Xuất lúc", "Cơ sở dữ liệu", "Định dạng", "Cột", "Dòng")


@dataclass
class BaseTable:
    """One sheet as exported: its column titles and key -> (row version, values)."""

    columns: list[str]
    rows: dict[str, tuple[int | None, list]] = field(default_factory=dict)

    def values(self, key: str) -> dict[str, object] | None:
        """The row of ``key`` as exported, by column title; None when it was not exported."""
        found = self.rows.get(key)
        if found is None:
            return None
        return dict(zip(self.columns, found[1], strict=False))


@dataclass
class ExportKeys:
    exported_at: dt.datetime | None
    database: str | None
    tables: dict[str, BaseTable] = field(default_factory=dict)


class KeySheetDamaged(ValueError):
    """The key sheet cannot be read back (edited by hand, cut short)."""


def _plain(value):
    if isinstance(value, dt.datetime):
        return value.isoformat(timespec="seconds")
    if isinstance(value, dt.date):
        return value.isoformat()
    raise TypeError(type(value).__name__)


def key_text(value: object) -> str:
    """A key as both sides compare it: 12, 12.0 and "12" are the same key."""
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return str(value).strip()


def unit_key(kind: str, unit_id: int) -> str:
    """The key of a unit's row: "hamlet:12" (ids of different kinds may be equal)."""
    return f"{kind}:{unit_id}"


def parse_unit_key(text: object) -> tuple[str, int] | None:
    kind, _, number = key_text(text).partition(":")
    return (kind, int(number)) if kind and number.isdigit() else None


def write_key_sheet(wb, exported_at: dt.datetime, database: str | None,
                    tables: dict[str, tuple[list[str], Iterable[tuple[object, int | None, list]]]]
                    ) -> None:
    """Add the very hidden key sheet to a write-only workbook. ``tables``: sheet name ->
    (column titles, rows as (key, version, values in the titles' order))."""
    ws = wb.create_sheet(SHEET_KEYS)
    ws.sheet_state = "veryHidden"
    ws.protection.sheet = True  # a hand that finds it is told it is not for editing
    ws.append(_HEADER)
    ws.append([_EXPORTED_AT, "", exported_at.isoformat(timespec="seconds")])
    ws.append([_DATABASE, "", database or ""])
    ws.append([_FORMAT, "", FORMAT])
    for sheet, (columns, rows) in tables.items():
        ws.append([_COLUMNS, sheet, json.dumps(columns, ensure_ascii=False)])
        # A list or tuple of values is a JSON array as it is: copied only when it is not.
        text = json.dumps([[key_text(key), version,
                            values if isinstance(values, list | tuple) else list(values)]
                           for key, version, values in rows],
                          ensure_ascii=False, default=_plain, separators=(",", ":"))
        for start in range(0, len(text), CHUNK):
            ws.append([_ROWS, sheet, text[start:start + CHUNK]])


def read_key_sheet(rows: list[list]) -> ExportKeys:
    """The key sheet's rows (as a reader gives them, from A1) turned back into keys and
    rows as exported; ``KeySheetDamaged`` when they do not read back."""
    info: dict[str, str] = {}
    columns: dict[str, list[str]] = {}
    texts: dict[str, list[str]] = {}
    for row in rows[1:]:
        cells = [("" if v is None else v) for v in list(row)[:3]] + ["", "", ""]
        what, sheet, text = str(cells[0]), str(cells[1]), cells[2]
        if not isinstance(text, str):
            text = str(text)
        if what == _COLUMNS:
            try:
                columns[sheet] = [str(c) for c in json.loads(text)]
            except (ValueError, TypeError) as error:
                raise KeySheetDamaged(sheet) from error
        elif what == _ROWS:
            texts.setdefault(sheet, []).append(text)
        elif what:
            info[what] = text
    if info.get(_FORMAT) != FORMAT:
        raise KeySheetDamaged(_FORMAT)
    try:
        exported_at = dt.datetime.fromisoformat(info[_EXPORTED_AT])
    except (KeyError, ValueError) as error:
        raise KeySheetDamaged(_EXPORTED_AT) from error
    keys = ExportKeys(exported_at, info.get(_DATABASE) or None)
    for sheet, titles in columns.items():
        table = BaseTable(titles)
        try:
            entries = json.loads("".join(texts.get(sheet, []))) if texts.get(sheet) else []
            for key, version, values in entries:
                table.rows[key_text(key)] = (version, list(values))
        except (ValueError, TypeError) as error:
            raise KeySheetDamaged(sheet) from error
        keys.tables[sheet] = table
    return keys
