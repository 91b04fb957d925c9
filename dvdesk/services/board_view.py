"""The assignment board (Phân công): for one role, every unit and its current holders.

With the coverage ("117/117 ấp có cán bộ theo dõi") and the role's rule from the
settings. The units come from ``unit_views.UnitIndex``; a caller that kept the
index (unchanged ``units_mark``) passes it in and saves reading 40,000 groups again.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass

from sqlalchemy import select

from dvdesk.domain.models import Assignment, Decision, Officer
from dvdesk.domain.roles import role_unit
from dvdesk.services.unit_views import UnitEntry, UnitIndex
from dvdesk.store import queries
from dvdesk.store.database import Database


@dataclass(frozen=True, slots=True)
class Holder:
    assignment_id: int
    officer_id: int
    name: str
    search_name: str
    effective_from: dt.date
    decision: str  # the decision's number, "" when none
    version: int  # the assignment's row_version: what an end or a reassignment expects


@dataclass(frozen=True, slots=True)
class BoardRow:
    unit: UnitEntry
    holders: tuple[Holder, ...]  # oldest first


@dataclass(frozen=True)
class Board:
    role: str
    rows: list[BoardRow]  # every active unit of the role's kind, in hierarchy order
    covered: int  # units with at least one holder
    rule: dict  # the role's limits from the settings (unit_min, unit_max, …)

    @property
    def total(self) -> int:
        return len(self.rows)

    @property
    def must_have(self) -> bool:
        """Does every unit need a holder ("one per unit" rule)?"""
        return (self.rule.get("unit_min") or 0) >= 1


def load_board(db: Database, role: str, day: dt.date, index: UnitIndex | None = None) -> Board:
    kind = role_unit(role)
    with db.read() as session:
        index = index or UnitIndex.load(session, kind)
        rule = queries.settings(session)["rules"].get(role, {})
        held: dict[int, list[Holder]] = defaultdict(list)
        for a_id, unit_id, officer_id, name, key, start, number, version in \
                session.connection().execute(
                select(Assignment.id, Assignment.unit_id, Assignment.officer_id,
                       Officer.full_name, Officer.search_name, Assignment.effective_from,
                       Decision.number, Assignment.row_version)
                .join(Officer, Officer.id == Assignment.officer_id)
                .outerjoin(Decision, Decision.id == Assignment.decision_id)
                .where(Assignment.role == role, queries.valid_on(day))
                .order_by(Assignment.unit_id, Assignment.effective_from, Assignment.id)).all():
            held[unit_id].append(Holder(a_id, officer_id, name, key, start, number or "",
                                        version))
    rows = [BoardRow(unit, tuple(held.get(unit.id, ()))) for unit in index.ordered(kind)]
    return Board(role, rows, sum(1 for row in rows if row.holders), rule)
