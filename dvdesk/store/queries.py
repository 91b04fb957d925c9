"""Read-side queries shared by services, documents, the command line and the window.

Each query takes an open session and answers in plain values; none of them
writes. They are written as set-based SELECTs (no per-row lazy loading), so
they stay fast at province scale.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass

from sqlalchemy import and_, func, or_, select
from sqlalchemy.orm import Session

from dvdesk.domain.models import (
    Assignment,
    Cell,
    CellType,
    Cluster,
    Commune,
    Decision,
    Group,
    Hamlet,
    Meeting,
    MonthlyCalendar,
    Officer,
    Setting,
)
from dvdesk.domain.roles import ROLES, Role, UnitKind, commune_phrase
from dvdesk.domain.settings import merged
from dvdesk.domain.units import unit_model


def valid_on(day: dt.date):
    """Assignments valid on ``day`` (intervals are inclusive)."""
    return and_(
        Assignment.effective_from <= day,
        or_(Assignment.effective_to.is_(None), Assignment.effective_to >= day),
    )


def open_from(day: dt.date):
    """Assignments that are valid on ``day`` or at any time after it."""
    return or_(Assignment.effective_to.is_(None), Assignment.effective_to >= day)


def overlapping(first: dt.date, last: dt.date):
    """Assignments valid on at least one day of ``first``..``last``."""
    return and_(
        Assignment.effective_from <= last,
        or_(Assignment.effective_to.is_(None), Assignment.effective_to >= first),
    )


def officer_listed():
    """Officers that lists show: all but those deleted (kept hidden, for undo)."""
    return Officer.deleted.is_(False)


# Kept in the settings table but no setting: the identity a workbook exported from this
# database carries, so that its re-import is matched by ids only here. Each database gets
# it once, from its migrations (0008_database_identity).
IDENTITY_KEY = "database_id"


def settings(session: Session) -> dict:
    stored = {row.key: row.value for row in session.scalars(select(Setting))
              if row.key != IDENTITY_KEY}
    return merged(stored)


def database_identity(session: Session) -> str | None:
    row = session.get(Setting, IDENTITY_KEY)
    return str(row.value) if row is not None and row.value else None


def holders(session: Session, role: str, unit_id: int, day: dt.date) -> list[Officer]:
    """Who held ``role`` for the unit on ``day`` ("ai phụ trách ấp X ngày D")."""
    stmt = (
        select(Officer)
        .join(Assignment, Assignment.officer_id == Officer.id)
        .where(Assignment.role == role, Assignment.unit_id == unit_id, valid_on(day))
        .order_by(Assignment.effective_from, Assignment.id)
    )
    return list(session.scalars(stmt))


def commune_display(commune: Commune) -> str:
    """ "xã An Khánh"."""
    return commune_phrase(commune.kind, commune.name)


def unit_label(session: Session, kind: str, unit_id: int) -> str:
    """A unit as a sentence names it: "ấp Phú Hòa (xã An Khánh)"."""
    if kind == UnitKind.CLUSTER:
        cluster = session.get(Cluster, unit_id)
        return cluster.name if cluster else f"cụm #{unit_id}"
    if kind == UnitKind.COMMUNE:
        commune = session.get(Commune, unit_id)
        return commune_display(commune) if commune else f"xã #{unit_id}"
    if kind == UnitKind.HAMLET:
        hamlet = session.get(Hamlet, unit_id)
        if hamlet is None:
            return f"ấp #{unit_id}"
        return f"{hamlet.name} ({commune_display(session.get(Commune, hamlet.commune_id))})"
    if kind == UnitKind.CELL:
        cell = session.get(Cell, unit_id)
        if cell is None:
            return f"chi bộ #{unit_id}"
        return f"{cell.name} ({commune_display(session.get(Commune, cell.commune_id))})"
    if kind == UnitKind.GROUP:
        group = session.get(Group, unit_id)
        if group is None:
            return f"tổ #{unit_id}"
        return f"{group.name}, {unit_label(session, UnitKind.HAMLET, group.hamlet_id)}"
    raise ValueError(kind)


def only_commune(session: Session) -> tuple[str, str] | None:
    """(kind, name) of the database's commune when it has exactly one (a commune's own
    database), else None."""
    rows = session.execute(select(Commune.kind, Commune.name).where(Commune.active.is_(True))
                           .limit(2)).all()
    return (rows[0].kind, rows[0].name) if len(rows) == 1 else None


def active_unit_ids(session: Session, kind: str) -> list[int]:
    model = unit_model(kind)
    return list(session.scalars(select(model.id).where(model.active.is_(True))))


def holders_by_unit(session: Session, role: str, day: dt.date) -> dict[int, list[int]]:
    """unit id -> officer ids holding ``role`` on ``day`` (one query for all units)."""
    rows = session.execute(
        select(Assignment.unit_id, Assignment.officer_id)
        .where(Assignment.role == role, valid_on(day))
        .order_by(Assignment.unit_id, Assignment.effective_from, Assignment.id)
    )
    result: dict[int, list[int]] = defaultdict(list)
    for unit_id, officer_id in rows:
        result[unit_id].append(officer_id)
    return result


def counts(session: Session, day: dt.date, with_assignments: bool = True) -> dict:
    """Active units and officers; ``with_assignments``: and the assignments valid on ``day``
    by role (the slowest part at province scale; the status bar does without)."""
    def count(model) -> int:
        return session.scalar(select(func.count()).select_from(model).where(model.active.is_(True)))

    found = {
        "clusters": count(Cluster),
        "communes": count(Commune),
        "hamlets": count(Hamlet),
        "cells": count(Cell),
        "groups": count(Group),
        "officers": session.scalar(select(func.count()).select_from(Officer).where(
            Officer.active.is_(True), officer_listed())),
    }
    if with_assignments:
        by_role = dict(session.execute(
            select(Assignment.role, func.count()).where(valid_on(day)).group_by(Assignment.role)
        ).all())
        found["assignments"] = {role.value: int(by_role.get(role.value, 0)) for role in Role}
    return found


@dataclass(frozen=True)
class HistoryRow:
    assignment_id: int
    role: str
    unit_id: int
    officer_id: int
    officer_name: str
    effective_from: dt.date
    effective_to: dt.date | None
    decision: str


def unit_history(session: Session, kind: str, unit_id: int) -> list[HistoryRow]:
    """Everyone ever assigned to the unit, newest first, with dates and decision."""
    roles = [r.value for r, info in ROLES.items() if info.unit == kind]
    return _history(session, and_(Assignment.role.in_(roles), Assignment.unit_id == unit_id))


def officer_history(session: Session, officer_id: int) -> list[HistoryRow]:
    return _history(session, Assignment.officer_id == officer_id)


def _history(session: Session, condition) -> list[HistoryRow]:
    stmt = (
        select(Assignment, Officer.full_name, Decision.number)
        .join(Officer, Officer.id == Assignment.officer_id)
        .outerjoin(Decision, Decision.id == Assignment.decision_id)
        .where(condition)
        .order_by(Assignment.effective_from.desc(), Assignment.id.desc())
    )
    return [
        HistoryRow(a.id, a.role, a.unit_id, a.officer_id, name, a.effective_from,
                   a.effective_to, number or "")
        for a, name, number in session.execute(stmt)
    ]


def cell_type_names(session: Session) -> dict[int, str]:
    return dict(session.execute(select(CellType.id, CellType.name)).all())


# What an import plan is computed from: the settings (rules), units, cell types, officers,
# decisions and assignments, and the calendars an own export's month is compared with.
_PLAN_SOURCES = (Setting, Cluster, Commune, Hamlet, Cell, Group, CellType, Officer, Decision,
                 Assignment, MonthlyCalendar, Meeting)


def data_marks(session: Session) -> tuple:
    """A fingerprint of those tables that any insert, update or delete changes (row count,
    highest id, sum of row versions: every UPDATE raises a row's version)."""
    marks = []
    for model in _PLAN_SOURCES:
        table = model.__table__
        columns = [func.count(), func.coalesce(func.sum(table.c.row_version), 0)]
        if "id" in table.c:
            columns.append(func.coalesce(func.max(table.c.id), 0))
        marks.append(tuple(int(v) for v in session.execute(select(*columns)).one()))
    return tuple(marks)


def plain_rows(connection, statement) -> list[tuple]:
    """The driver's own tuples, fetched at once: half the time of SQLAlchemy's Row objects
    for 20,000 rows, for columns that need no type conversion (texts, numbers, 0/1)."""
    result = connection.execute(statement)
    try:
        return result.cursor.fetchall()
    finally:
        result.close()
