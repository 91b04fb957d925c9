"""Read and change the organization settings (header lines, signer, level names, rules)."""

from __future__ import annotations

from typing import Any

from dvdesk.domain.models import Setting
from dvdesk.domain.settings import DEFAULT_SETTINGS
from dvdesk.errors import InvalidInput
from dvdesk.services.audit import record
from dvdesk.store import queries
from dvdesk.store.database import Database


def get_settings(db: Database) -> dict[str, Any]:
    with db.read() as session:
        return queries.settings(session)


def set_section_in(session, section: str, values: dict[str, Any]) -> None:
    if section not in DEFAULT_SETTINGS:
        raise InvalidInput(f"Không có nhóm cài đặt {section}.")
    row = session.get(Setting, section)
    before = row.value if row else None
    merged = dict(before or {})
    merged.update(values)
    if row is None:
        session.add(Setting(key=section, value=merged))
    else:
        row.value = merged
    session.flush()
    record(session, "settings.update", "settings", None, {section: before}, {section: merged})


def set_section(db: Database, section: str, values: dict[str, Any]) -> None:
    """Save part of a settings section (e.g. organization names or one role's rules)."""
    with db.write() as session:
        set_section_in(session, section, values)


def save_sections(db: Database, sections: dict[str, dict[str, Any]]) -> dict[str, dict[str, Any]]:
    """Save several sections as one action (one transaction, one audit entry each).

    Returns what the changed keys held before, per section, so that saving it back
    undoes the action (a key that was not stored gets its default).
    """
    with db.write() as session:
        previous = {}
        for section, values in sections.items():
            stored = queries.settings(session).get(section, {})
            previous[section] = {key: stored.get(key) for key in values} \
                if isinstance(stored, dict) else stored
            set_section_in(session, section, values)
        return previous
