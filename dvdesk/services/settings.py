"""Read and change the organization settings (header lines, signer, level names, rules)."""

from __future__ import annotations

from typing import Any

from dvdesk.domain.models import Setting
from dvdesk.domain.settings import DEFAULT_SETTINGS
from dvdesk.errors import ConcurrentEditError, InvalidInput
from dvdesk.services.audit import record
from dvdesk.services.versions import expect_values, expect_version
from dvdesk.store import queries
from dvdesk.store.database import Database


def get_settings(db: Database) -> dict[str, Any]:
    with db.read() as session:
        return queries.settings(session)


def _version(session, section: str) -> int:
    row = session.get(Setting, section)
    return row.row_version if row is not None else 0


def section_version(db: Database, section: str) -> int:
    """The version of a settings section as stored now; 0 while it keeps the defaults."""
    with db.read() as session:
        return _version(session, section)


def set_section_in(session, section: str, values: dict[str, Any], *,
                   expected_version: int | None = None) -> int:
    if section not in DEFAULT_SETTINGS:
        raise InvalidInput(f"Không có nhóm cài đặt {section}.")
    row = session.get(Setting, section, with_for_update=True)
    if row is not None:
        expect_version(row, expected_version)
    elif expected_version:  # the dialog showed a saved section that is gone
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


def section_versions(db: Database, sections) -> dict[str, int]:
    """``section_version`` of each section named, read together (what a dialog shows)."""
    with db.read() as session:
        return {section: _version(session, section) for section in sections}


def save_sections(db: Database, sections: dict[str, dict[str, Any]], *,
                  expected_versions: dict[str, int] | None = None,
                  expected_values: dict[str, dict[str, Any]] | None = None
                  ) -> dict[str, dict[str, Any]]:
    """Save several sections as one action (one transaction, one audit entry each).

    ``expected_versions`` (section -> the version the dialog read) refuses a save over
    a change made meanwhile; an undo or redo passes ``expected_values`` instead, the
    keys as the step before left them (``services.versions``). Returns what the
    changed keys held before, per section, so that saving it back undoes the action
    (a key that was not stored gets its default).
    """
    with db.write() as session:
        for section, expected in (expected_values or {}).items():
            # Compared with what is stored (not overlaid with the defaults): each step
            # wrote these keys explicitly.
            row = session.get(Setting, section, with_for_update=True)
            stored = row.value if row is not None and isinstance(row.value, dict) else {}
            expect_values(stored, expected)
        stored_all = queries.settings(session)
        previous = {}
        for section, values in sections.items():
            stored = stored_all.get(section, {})
            previous[section] = {key: stored.get(key) for key in values} \
                if isinstance(stored, dict) else stored
            set_section_in(session, section, values,
                           expected_version=(expected_versions or {}).get(section))
        return previous
