"""The assignment board (Phân công): for one role, every unit and its current holders.

With the coverage ("117/117 ấp có cán bộ theo dõi") and the role's rule from the
settings. The units come from ``unit_views.UnitIndex``; a caller that kept the
index (unchanged ``units_mark``) passes it in and saves reading 40,000 groups again.
A first screen (the first units in the hierarchy's order, the coverage counted by the
database) shows while the whole board is read.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass, field

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from dvdesk.domain.models import Assignment, Decision, Officer
from dvdesk.domain.roles import role_unit
from dvdesk.domain.units import unit_model
from dvdesk.services.unit_views import UnitEntry, UnitIndex, count_active, units_mark_in
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
    units: int | None = None  # how many units the role has, when ``rows`` is only the first
    # The units read whole for it and their ``units_mark`` then, for a caller to keep.
    index: UnitIndex | None = field(default=None, repr=False)
    mark: tuple | None = field(default=None, repr=False)

    @property
    def total(self) -> int:
        return len(self.rows) if self.units is None else self.units

    @property
    def complete(self) -> bool:
        """Are all the role's units in ``rows``?"""
        return self.units is None

    @property
    def must_have(self) -> bool:
        """Does every unit need a holder ("one per unit" rule)?"""
        return (self.rule.get("unit_min") or 0) >= 1


def load_board(db: Database, role: str, day: dt.date, index: UnitIndex | None = None,
               first: int | None = None, whole_up_to: int = 0) -> Board:
    """The board of ``role`` on ``day``, over ``index`` when the caller kept the units.

    ``first``: when no ``index`` is given and the role has more than ``whole_up_to``
    units, only the first so many in the hierarchy's order, with the coverage counted
    over all of them by the database (a first screen; the whole board is a second call).
    """
    kind = role_unit(role)
    with db.read() as session:
        units = None
        if index is None and first is not None:
            units = count_active(session, kind)
            if units > max(first, whole_up_to):
                index = UnitIndex.load(session, kind, head=first)
            else:
                units = None
        mark = None
        if index is None:
            mark = units_mark_in(session)  # in the same read as the units
            index = UnitIndex.load(session, kind)
        ordered = index.ordered(kind)
        rule = queries.settings(session)["rules"].get(role, {})
        held: dict[int, list[Holder]] = defaultdict(list)
        statement = select(
            Assignment.id, Assignment.unit_id, Assignment.officer_id, Officer.full_name,
            Officer.search_name, Assignment.effective_from, Decision.number,
            Assignment.row_version) \
            .join(Officer, Officer.id == Assignment.officer_id) \
            .outerjoin(Decision, Decision.id == Assignment.decision_id) \
            .where(Assignment.role == role, queries.valid_on(day)) \
            .order_by(Assignment.unit_id, Assignment.effective_from, Assignment.id)
        if units is not None:
            statement = statement.where(Assignment.unit_id.in_([u.id for u in ordered]))
        for a_id, unit_id, officer_id, name, key, start, number, version in \
                session.connection().execute(statement).all():
            held[unit_id].append(Holder(a_id, officer_id, name, key, start, number or "",
                                        version))
        covered = _covered(session, role, kind, day) if units is not None else None
    rows = [BoardRow(unit, tuple(held.get(unit.id, ()))) for unit in ordered]
    if covered is None:
        covered = sum(1 for row in rows if row.holders)
    if units is not None:
        return Board(role, rows, covered, rule, units)
    return Board(role, rows, covered, rule, None, index, mark)


def _covered(session: Session, role: str, kind: str, day: dt.date) -> int:
    """How many active units of ``kind`` have a holder of ``role`` on ``day``."""
    model = unit_model(kind)
    return session.connection().execute(
        select(func.count(func.distinct(Assignment.unit_id)))
        .join(model, model.id == Assignment.unit_id)
        .where(Assignment.role == role, queries.valid_on(day), model.active.is_(True))
    ).scalar_one()
