"""Reading units as they were: the names, kinds and parents before a rename or a merge.

``UnitHistoryIndex`` loads the history rows once (a handful per merge) and answers
"what was this field on that day" without a query per unit; ``merged_into`` and
``merged_from`` follow a merge either way.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from types import SimpleNamespace
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from dvdesk.domain.models import UnitHistory


class UnitHistoryIndex:
    def __init__(self, session: Session, kinds: tuple[str, ...] | None = None):
        stmt = select(UnitHistory).order_by(UnitHistory.valid_to, UnitHistory.id)
        if kinds is not None:
            stmt = stmt.where(UnitHistory.kind.in_(kinds))
        self.rows: dict[tuple[str, int], list[UnitHistory]] = defaultdict(list)
        self.into: dict[tuple[str, int], UnitHistory] = {}
        self.sources: dict[tuple[str, int], list[UnitHistory]] = defaultdict(list)
        for row in session.scalars(stmt):
            self.rows[(row.kind, row.unit_id)].append(row)
            if row.merged_into is not None:
                self.into[(row.kind, row.unit_id)] = row
                self.sources[(row.kind, row.merged_into)].append(row)

    def __bool__(self) -> bool:
        return bool(self.rows)

    def value(self, kind: str, unit_id: int, name: str, day: dt.date, current: Any) -> Any:
        """``name`` (a column: "name", "kind", "commune_id" …) of the unit on ``day``."""
        for row in self.rows.get((kind, unit_id), ()):
            if row.valid_to >= day and name in (row.values or {}):
                return row.values[name]
        return current

    def as_of(self, kind: str, row, day: dt.date, names: tuple[str, ...]):
        """A copy of a plain row (``row.id`` and the ``names`` columns) with the values it
        had on ``day``; the row itself when nothing about it changed."""
        changes = self.rows.get((kind, row.id))
        if not changes or changes[-1].valid_to < day:
            return row
        values = row._asdict() if hasattr(row, "_asdict") else dict(vars(row))
        for name in names:
            values[name] = self.value(kind, row.id, name, day, values.get(name))
        return SimpleNamespace(**values)

    def merged_into(self, kind: str, unit_id: int) -> tuple[int, dt.date] | None:
        """(the unit it went into, its first day there) of a merged unit."""
        row = self.into.get((kind, unit_id))
        return (row.merged_into, row.valid_to + dt.timedelta(days=1)) if row else None

    def merged_from(self, kind: str, unit_id: int) -> list[tuple[int, dt.date]]:
        """(former unit, its last day) of each unit merged into this one."""
        return [(row.unit_id, row.valid_to) for row in self.sources.get((kind, unit_id), ())]

    def last_change(self, kind: str, unit_id: int) -> dt.date | None:
        rows = self.rows.get((kind, unit_id))
        return rows[-1].valid_to if rows else None
