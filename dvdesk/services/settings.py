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
        raise InvalidInput(f"{key} nhận true hoặc false, không phải {text!r}.")
    if isinstance(default, int):
        try:
            return int(text)
        except ValueError:
            raise InvalidInput(f"{key} phải là một số nguyên, không phải {text!r}.") from None
    if isinstance(default, list | dict):
        try:
            value = json.loads(text)
        except ValueError:
            if isinstance(default, list):  # "a; b; c" as a secretary would type a list
                return [part.strip() for part in text.split(";") if part.strip()]
            raise InvalidInput(f"{key} phải là JSON, ví dụ {json.dumps(default)[:60]}.") \
                from None
        if not isinstance(value, type(default)):
            shape = "một danh sách" if isinstance(default, list) else "một đối tượng JSON"
            raise InvalidInput(f"{key} phải là {shape}.")
        return value
    return clean_text(text)


def clean_text(text: str) -> str:
    from dvdesk.domain.text import clean

    return clean(text)


def _check_mail(name: str, value: Any) -> Any:
    from dvdesk.services.officers import normalise_email

    if name == "port" and not 0 < value < 65536:
        raise InvalidInput(f"Cổng máy chủ thư phải từ 1 đến 65535, không phải {value}.")
    if name == "security" and value.lower() not in ("starttls", "ssl", "none"):
        raise InvalidInput(f"mail.security phải là starttls, ssl hoặc none, không phải {value!r}.")
    if name == "security":
        return value.lower()
    if name == "sender" and value:
        return normalise_email(value)
    return value


def set_value(db: Database, key: str, text: str) -> tuple[Any, Any]:
    """Save one setting named "section.name" from the text typed; returns (before, after)."""
    section, _, name = key.partition(".")
    defaults = DEFAULT_SETTINGS.get(section)
    if not isinstance(defaults, dict) or not name:
        known = ", ".join(sorted(DEFAULT_SETTINGS))
        raise InvalidInput(f"Không có cài đặt {key!r}; tên có dạng NHÓM.TÊN, nhóm là: {known}.")
    if name not in defaults:
        known = ", ".join(defaults)
        raise InvalidInput(f"Nhóm {section} không có cài đặt {name!r} (có: {known}).")
    value = _coerce(key, defaults[name], text)
    if section == "mail":
        value = _check_mail(name, value)
    with db.write() as session:
        before = queries.settings(session).get(section, {}).get(name)
        set_section_in(session, section, {name: value})
    return before, value
