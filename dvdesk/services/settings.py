"""Read and change the organization settings (header lines, signer, level names, rules)."""

from __future__ import annotations

from typing import Any

from dvdesk.domain.models import Setting
from dvdesk.domain.settings import DEFAULT_SETTINGS
from dvdesk.errors import ConcurrentEditError, InvalidInput
from dvdesk.services.audit import record
from dvdesk.store import queries
from dvdesk.store.database import Database


def get_settings(db: Database) -> dict[str, Any]:
    with db.read() as session:
        return queries.settings(session)


def section_version(db: Database, section: str) -> int:
    """The version of a settings section as stored now; 0 while it keeps the defaults."""
    with db.read() as session:
        row = session.get(Setting, section)
        return row.row_version if row is not None else 0


def set_section_in(session, section: str, values: dict[str, Any], *,
                   expected_version: int | None = None) -> int:
    if section not in DEFAULT_SETTINGS:
        raise InvalidInput(f"Không có nhóm cài đặt {section}.")
    row = session.get(Setting, section)
    if expected_version is not None and (row.row_version if row else 0) != expected_version:
        raise ConcurrentEditError()
    before = row.value if row else None
    merged = dict(before or {})
    merged.update(values)
    if row is None:
        row = Setting(key=section, value=merged)
        session.add(row)
    else:
        row.value = merged
    session.flush()
    record(session, "settings.update", "settings", None, {section: before}, {section: merged})
    return row.row_version


def set_section(db: Database, section: str, values: dict[str, Any], *,
                expected_version: int | None = None) -> int:
    """Save part of a settings section (e.g. organization names or one role's rules);
    returns the section's new version. ``expected_version``: the one the user saw."""
    with db.write() as session:
        return set_section_in(session, section, values, expected_version=expected_version)
