"""The audit log: every change records when, who, which action, before and after.

``history`` reads it back for one officer or unit, newest first.
"""

from __future__ import annotations

import datetime as dt
import getpass
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from sqlalchemy import and_, or_, select
from sqlalchemy import inspect as sa_inspect
from sqlalchemy.orm import Session

from dvdesk.domain.models import Assignment, AuditEntry, Officer
from dvdesk.domain.roles import ROLES

if TYPE_CHECKING:
    from dvdesk.store.database import Database


def current_user(session: Session) -> str:
    """The database user on a shared server, else the operating-system user."""
    if session.get_bind().dialect.name == "postgresql":
        return str(session.connection().exec_driver_sql("SELECT current_user").scalar())
    try:
        return getpass.getuser()
    except Exception:  # no login name (some services, containers)
        return "?"


def snapshot(obj: Any) -> dict[str, Any] | None:
    """The column values of a mapped object, JSON-ready."""
    if obj is None:
        return None
    values = {}
    for attr in sa_inspect(obj).mapper.column_attrs:
        value = getattr(obj, attr.key)
        if isinstance(value, dt.date | dt.datetime):
            value = value.isoformat()
        values[attr.key] = value
    return values


def record(session: Session, action: str, entity: str, entity_id: int | None,
           before: dict | None = None, after: dict | None = None) -> None:
    session.add(AuditEntry(
        at=dt.datetime.now().replace(microsecond=0),
        user=current_user(session),
        action=action,
        entity=entity,
        entity_id=entity_id,
        before=before,
        after=after,
    ))


@dataclass(frozen=True)
class HistoryEntry:
    """One audit entry as the history views show it."""

    id: int
    at: dt.datetime
    user: str
    action: str
    entity: str
    entity_id: int | None
    before: dict | None
    after: dict | None
    names: dict[int, str] = field(default_factory=dict)  # officer id -> name, for assignments

    def changes(self) -> list[tuple[str, Any, Any]]:
        """(field, before, after) for every column that differs; bookkeeping columns left out."""
        before, after = self.before or {}, self.after or {}
        keys = [k for k in (list(after) + [k for k in before if k not in after])
                if k not in _BOOKKEEPING]
        return [(k, before.get(k), after.get(k)) for k in keys if before.get(k) != after.get(k)]


_BOOKKEEPING = {"id", "row_version", "search_name"}


def _related_assignments(session: Session, entity: str, entity_id: int):
    """Assignment ids that belong to the officer or unit, so their changes show in its history."""
    if entity == "officer":
        return select(Assignment.id).where(Assignment.officer_id == entity_id)
    roles = [r.value for r, info in ROLES.items() if info.unit.value == entity]
    if roles:
        return select(Assignment.id).where(Assignment.role.in_(roles),
                                           Assignment.unit_id == entity_id)
    return None


def history(db: Database, entity: str, entity_id: int, *, limit: int | None = None
            ) -> list[HistoryEntry]:
    """Lịch sử thay đổi: the entries of one officer or unit, newest first.

    An officer's or a unit's history also holds the changes of its assignments
    (assigned, ended, handed over), which is what the secretary asks about.
    """
    with db.read() as session:
        condition = and_(AuditEntry.entity == entity, AuditEntry.entity_id == entity_id)
        related = _related_assignments(session, entity, entity_id)
        if related is not None:
            condition = or_(condition, and_(AuditEntry.entity == "assignment",
                                            AuditEntry.entity_id.in_(related)))
        stmt = select(AuditEntry).where(condition).order_by(AuditEntry.at.desc(),
                                                             AuditEntry.id.desc())
        if limit:
            stmt = stmt.limit(limit)
        rows = list(session.scalars(stmt))
        officer_ids = {values.get("officer_id") for row in rows if row.entity == "assignment"
                       for values in (row.before or {}, row.after or {})} - {None}
        names = dict(session.execute(select(Officer.id, Officer.full_name)
                                     .where(Officer.id.in_(officer_ids))).all()) if officer_ids else {}
        return [HistoryEntry(row.id, row.at, row.user, row.action, row.entity, row.entity_id,
                             row.before, row.after,
                             {k: v for k, v in names.items()
                              if k in {(row.before or {}).get("officer_id"),
                                       (row.after or {}).get("officer_id")}})
                for row in rows]
