"""The audit log: every change records when, who, which action, before and after."""

from __future__ import annotations

import datetime as dt
import getpass
from typing import Any

from sqlalchemy import inspect as sa_inspect
from sqlalchemy.orm import Session

from dvdesk.domain.models import AuditEntry


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
