"""Read and change the organization settings (header lines, signer, level names, rules)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from dvdesk.domain.messages import msg
from dvdesk.domain.models import Setting
from dvdesk.domain.settings import DEFAULT_SETTINGS
from dvdesk.domain.units import LevelNames, level_names
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
        raise InvalidInput(msg("Không có nhóm cài đặt {section}.", section=section))
    if section == "mail":  # the window's form checked as ``settings set mail.*`` is
        values = {key: _check_mail(key, value) for key, value in values.items()}
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
        previous = _previous(stored_all, sections)
        for section, values in sections.items():
            set_section_in(session, section, values,
                           expected_version=(expected_versions or {}).get(section))
        return previous


def _previous(stored_all: dict, sections: dict[str, dict[str, Any]]) -> dict[str, dict[str, Any]]:
    previous = {}
    for section, values in sections.items():
        stored = stored_all.get(section, {})
        previous[section] = {key: stored.get(key) for key in values} \
            if isinstance(stored, dict) else stored
    return previous


def _preset_plan(session, code: str) -> tuple[dict, dict]:
    from dvdesk.domain.presets import PRESETS, preset_sections

    if code not in PRESETS:
        raise InvalidInput(msg("Không có mẫu tổ chức {code}; có: {known}.", code=code,
                               known=", ".join(PRESETS)))
    current = queries.settings(session)
    sections = preset_sections(code, current, commune=queries.only_commune(session))
    return sections, _previous(current, sections)


def apply_preset(db: Database, code: str) -> tuple[dict, dict]:
    """Áp dụng mẫu tổ chức (Huyện ủy, Tỉnh ủy, Đảng ủy xã / phường): level names, roles,
    header lines, recipients and number symbol, in one transaction. Returns (the sections
    written, what their keys held before): saving the latter back undoes it."""
    with db.write() as session:
        sections, previous = _preset_plan(session, code)
        for section, values in sections.items():
            set_section_in(session, section, values)
        record(session, "settings.preset", "settings", None, None, {"preset": code})
        return sections, previous


def preset_changes(db: Database, code: str) -> list[tuple[str, str, Any, Any]]:
    """What applying preset ``code`` now would change, written nowhere: (section, key,
    before, after) for each key whose value differs (what the window asks to confirm)."""
    with db.read() as session:
        sections, previous = _preset_plan(session, code)
    return [(section, key, previous.get(section, {}).get(key), value)
            for section, values in sections.items() for key, value in values.items()
            if previous.get(section, {}).get(key) != value]


@dataclass(frozen=True)
class Structure:
    """The organization's shape as the window names it: the level names, the roles it
    assigns and its preset (``structure.preset``)."""

    levels: LevelNames
    roles: tuple[str, ...]
    preset: str


def organization_structure(db: Database) -> Structure:
    from dvdesk.domain.presets import roles_in_use

    settings = get_settings(db)
    preset = (settings.get("structure") or {}).get("preset") or "huyen"
    return Structure(level_names(settings), tuple(roles_in_use(settings)), str(preset))


# ---------------------------------------------------------------------------
# one setting by name (``dvdesk settings set KEY VALUE``)


def _coerce(key: str, default: Any, text: str) -> Any:
    """The typed TEXT for a setting whose default is ``default``."""
    import json

    if isinstance(default, bool):
        folded = text.strip().lower()
        if folded in ("1", "true", "yes", "co", "có", "bật", "bat", "on"):
            return True
        if folded in ("0", "false", "no", "khong", "không", "tắt", "tat", "off"):
            return False
        raise InvalidInput(msg("{key} nhận true hoặc false, không phải {text}.", key=key,
                               text=repr(text)))
    if isinstance(default, int):
        try:
            return int(text)
        except ValueError:
            raise InvalidInput(msg("{key} phải là một số nguyên, không phải {text}.", key=key,
                                   text=repr(text))) from None
    if isinstance(default, list | dict):
        try:
            value = json.loads(text)
        except ValueError:
            if isinstance(default, list):  # "a; b; c" as a secretary would type a list
                return [part.strip() for part in text.split(";") if part.strip()]
            raise InvalidInput(msg("{key} phải là JSON, ví dụ {example}.", key=key,
                                   example=json.dumps(default)[:60])) from None
        if not isinstance(value, type(default)):
            if isinstance(default, list):
                raise InvalidInput(msg("{key} phải là một danh sách.", key=key))
            raise InvalidInput(msg("{key} phải là một đối tượng JSON.", key=key))
        return value
    return clean_text(text)


def clean_text(text: str) -> str:
    from dvdesk.domain.text import clean

    return clean(text)


def _check_mail(name: str, value: Any) -> Any:
    from dvdesk.services.officers import normalise_email

    if name == "port" and not 0 < value < 65536:
        raise InvalidInput(msg("Cổng máy chủ thư phải từ 1 đến 65535, không phải {port}.",
                               port=value))
    if name == "security" and value.lower() not in ("starttls", "ssl", "none"):
        raise InvalidInput(msg("mail.security phải là starttls, ssl hoặc none, không phải "
                               "{value}.", value=repr(value)))
    if name == "security":
        return value.lower()
    if name == "sender" and value:
        return normalise_email(value)
    return value


def _check_structure(section: str, name: str, value: Any) -> Any:
    """The organization's shape: known roles, a known preset, a name for every level but
    the optional cluster level."""
    from dvdesk.domain.presets import ALL_ROLES, PRESETS
    from dvdesk.domain.units import OPTIONAL_LEVELS

    if section == "level_names":
        if not value and name not in OPTIONAL_LEVELS:
            raise InvalidInput(msg("Tên cấp {name} không được để trống (chỉ cấp cụm có thể "
                                   "bỏ trống: không có cụm).", name=name))
        return value
    if name == "preset" and value not in PRESETS:
        raise InvalidInput(msg("structure.preset phải là một trong {known}, không phải "
                               "{value!r}.", known=", ".join(PRESETS), value=value))
    if name == "roles":
        unknown = [role for role in value if role not in ALL_ROLES]
        if unknown:
            raise InvalidInput(msg("Không có vai trò {unknown}; các vai trò: {known}.",
                                   unknown=", ".join(map(str, unknown)),
                                   known=", ".join(ALL_ROLES)))
        return [role for role in ALL_ROLES if role in value]
    return value


def set_value(db: Database, key: str, text: str) -> tuple[Any, Any]:
    """Save one setting named "section.name" from the text typed; returns (before, after)."""
    section, _, name = key.partition(".")
    defaults = DEFAULT_SETTINGS.get(section)
    if not isinstance(defaults, dict) or not name:
        known = ", ".join(sorted(DEFAULT_SETTINGS))
        raise InvalidInput(msg("Không có cài đặt {key}; tên có dạng NHÓM.TÊN, nhóm là: {known}.",
                               key=repr(key), known=known))
    if name not in defaults:
        known = ", ".join(defaults)
        raise InvalidInput(msg("Nhóm {section} không có cài đặt {name} (có: {known}).",
                               section=section, name=repr(name), known=known))
    value = _coerce(key, defaults[name], text)
    if section == "mail":
        value = _check_mail(name, value)
    elif section in ("structure", "level_names"):
        value = _check_structure(section, name, value)
    with db.write() as session:
        before = queries.settings(session).get(section, {}).get(name)
        set_section_in(session, section, {name: value})
    return before, value
