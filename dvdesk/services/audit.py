"""The audit log: every change records when, who, which action, before and after.

``history`` reads it back for one officer or unit, newest first.
"""

from __future__ import annotations

import datetime as dt
import getpass
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from sqlalchemy import and_, insert, or_, select
from sqlalchemy import inspect as sa_inspect
from sqlalchemy.orm import Session

from dvdesk.domain.models import Assignment, AuditEntry, Decision, Officer
from dvdesk.domain.roles import ROLES, Role
from dvdesk.store import queries

if TYPE_CHECKING:
    from dvdesk.store.database import Database


def current_user(session: Session) -> str:
    """The database user on a shared server, else the operating-system user.

    Asked once per session (a transaction): an import records tens of thousands
    of entries and on PostgreSQL each answer is a round trip.
    """
    cached = session.info.get("audit_user")
    if cached is not None:
        return cached
    if session.get_bind().dialect.name == "postgresql":
        user = str(session.connection().exec_driver_sql("SELECT current_user").scalar())
    else:
        try:
            user = getpass.getuser()
        except Exception:  # no login name (some services, containers)
            user = "?"
    session.info["audit_user"] = user
    return user


def snapshot(obj: Any) -> dict[str, Any] | None:
    """The column values of a mapped object, JSON-ready. Bytes are left out: they are
    keys derived from other columns (an officer's ``sort_key``, made from the name)."""
    if obj is None:
        return None
    values = {}
    for attr in sa_inspect(obj).mapper.column_attrs:
        value = getattr(obj, attr.key)
        if isinstance(value, bytes):
            continue
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


def add_recorded(session: Session, row: Any, action: str, entity: str) -> int:
    """Add the new ``row`` with its audit entry (no values before, all of its values after);
    its id."""
    session.add(row)
    session.flush()
    record(session, action, entity, row.id, None, snapshot(row))
    return row.id


@contextmanager
def recorded(session: Session, action: str, entity: str, row: Any) -> Iterator[None]:
    """Record what the block changes in ``row``: one entry with its values before and after."""
    before = snapshot(row)
    yield
    session.flush()
    record(session, action, entity, row.id, before, snapshot(row))


def record_many(session: Session, entries: list[tuple[str, str, int | None, dict | None,
                                                   dict | None]]) -> None:
    """Many (action, entity, entity id, before, after) entries in one bulk insert."""
    if not entries:
        return
    at, user = dt.datetime.now().replace(microsecond=0), current_user(session)
    rows = [{"at": at, "user": user, "action": action, "entity": entity, "entity_id": entity_id,
             "before": before, "after": after}
            for action, entity, entity_id, before, after in entries]
    for start in range(0, len(rows), 5000):
        session.execute(insert(AuditEntry.__table__), rows[start:start + 5000])


def row_snapshot(mapping) -> dict[str, Any]:
    """``snapshot`` of a row read with Core (``row._mapping``), JSON-ready (bytes left
    out, as there)."""
    return {key: value.isoformat() if isinstance(value, dt.date | dt.datetime) else value
            for key, value in mapping.items() if not isinstance(value, bytes)}


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
    labels: dict[str, str] = field(default_factory=dict)  # "unit_id" / "decision_id" -> text

    def changes(self) -> list[tuple[str, Any, Any]]:
        """(field, before, after) for every column that differs; bookkeeping columns left out."""
        before, after = self.before or {}, self.after or {}
        keys = [k for k in (list(after) + [k for k in before if k not in after])
                if k not in _BOOKKEEPING]
        return [(k, before.get(k), after.get(k)) for k in keys if before.get(k) != after.get(k)]


_BOOKKEEPING = {"id", "row_version", "search_name", "sort_key"}


def _belongs(entity: str, entity_id: int):
    """Does an assignment snapshot belong to the officer or unit? None if ``entity`` has none."""
    if entity == "officer":
        return lambda values: bool(values) and values.get("officer_id") == entity_id
    roles = {r.value for r, info in ROLES.items() if info.unit.value == entity}
    if not roles:
        return None
    return lambda values: (bool(values) and values.get("role") in roles
                           and values.get("unit_id") == entity_id)


def _related_assignments(entity: str, entity_id: int):
    if entity == "officer":
        return select(Assignment.id).where(Assignment.officer_id == entity_id)
    roles = [r.value for r, info in ROLES.items() if info.unit.value == entity]
    return select(Assignment.id).where(Assignment.role.in_(roles), Assignment.unit_id == entity_id)


def history(db: Database, entity: str, entity_id: int, *, limit: int | None = None
            ) -> list[HistoryEntry]:
    """Lịch sử thay đổi: the entries of one officer or unit, newest first.

    An officer's or a unit's history also holds the changes of its assignments
    (assigned, ended, handed over, withdrawn), which is what the secretary asks
    about. Assignment entries are matched on the values they recorded, not on
    the id alone: a withdrawn assignment's row is gone and SQLite may give its
    id to the next new row.
    """
    belongs = _belongs(entity, entity_id)
    with db.read() as session:
        own = and_(AuditEntry.entity == entity, AuditEntry.entity_id == entity_id)
        condition = own
        if belongs is not None:
            removed = select(AuditEntry.entity_id).where(
                AuditEntry.entity == "assignment",
                AuditEntry.action.in_(("assignment.withdraw", "assignment.delete")))
            condition = or_(own, and_(AuditEntry.entity == "assignment", or_(
                AuditEntry.entity_id.in_(_related_assignments(entity, entity_id)),
                AuditEntry.entity_id.in_(removed),
                AuditEntry.entity_id.not_in(select(Assignment.id)))))
        stmt = select(AuditEntry).where(condition).order_by(AuditEntry.at.desc(),
                                                             AuditEntry.id.desc())
        rows = [row for row in session.scalars(stmt)
                if row.entity != "assignment" or entity == "assignment"
                or (belongs is not None and (belongs(row.before) or belongs(row.after)))]
        if limit:
            rows = rows[:limit]
        officer_ids = {values.get("officer_id") for row in rows if row.entity == "assignment"
                       for values in (row.before or {}, row.after or {})} - {None}
        names = dict(session.execute(select(Officer.id, Officer.full_name)
                                     .where(Officer.id.in_(officer_ids))).all()) if officer_ids else {}
        decision_ids = {values.get("decision_id") for row in rows if row.entity == "assignment"
                        for values in (row.before or {}, row.after or {})} - {None}
        decisions = dict(session.execute(select(Decision.id, Decision.number)
                                         .where(Decision.id.in_(decision_ids))).all()
                         ) if decision_ids else {}
        units: dict[tuple[str, int], str] = {}
        entries = []
        for row in rows:
            values = row.after or row.before or {}
            labels = {}
            if row.entity == "assignment":
                try:
                    key = (ROLES[Role(values.get("role"))].unit.value, values.get("unit_id"))
                except ValueError:
                    key = None
                if key and key[1] is not None:
                    if key not in units:
                        units[key] = queries.unit_label(session, key[0], key[1])
                    labels["unit_id"] = units[key]
                if values.get("decision_id") in decisions:
                    labels["decision_id"] = decisions[values["decision_id"]]
            entries.append(HistoryEntry(
                row.id, row.at, row.user, row.action, row.entity, row.entity_id,
                row.before, row.after,
                {k: v for k, v in names.items()
                 if k in {(row.before or {}).get("officer_id"),
                          (row.after or {}).get("officer_id")}},
                labels))
        return entries
