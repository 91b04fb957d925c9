"""What the status bar shows, and how the window notices that another program wrote."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import func, select

from dvdesk.domain.models import AuditEntry
from dvdesk.store import queries
from dvdesk.store.calendar_queries import latest_calendar
from dvdesk.store.database import Database


@dataclass(frozen=True)
class Status:
    clusters: int
    communes: int
    hamlets: int
    officers: int
    calendar_status: str | None  # of the month's latest version; None: no calendar yet
    calendar_version: int | None


def status_counts(db: Database, month: str, day: dt.date | None = None) -> Status:
    """Active units and officers on ``day`` (today), and the state of ``month``'s calendar."""
    with db.read() as session:
        counts = queries.counts(session, day or dt.date.today(), with_assignments=False)
        calendar = latest_calendar(session, month)
        return Status(counts["clusters"], counts["communes"], counts["hamlets"],
                      counts["officers"], calendar.status if calendar else None,
                      calendar.version if calendar else None)


def database_mark(db: Database) -> int | None:
    """The newest audit entry: every write, from any program, adds one, so a different mark
    means someone changed the data since it was last read."""
    with db.read() as session:
        return session.scalar(select(func.max(AuditEntry.id)))
