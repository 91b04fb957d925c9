"""Add, edit, deactivate officers (cán bộ). Someone with history is never deleted.

Deleting an officer entered by mistake hides the row (``deleted``) instead of removing
it, so that ``restore_officer`` brings back the very same officer, id included.
"""

from __future__ import annotations

import re

from sqlalchemy import func, select

from dvdesk.domain.messages import N_, msg
from dvdesk.domain.models import Assignment, Officer
from dvdesk.domain.roles import OFFICER_LEVELS
from dvdesk.domain.text import clean, officer_name_keys
from dvdesk.errors import ConcurrentEditError, InvalidInput, NotFound
from dvdesk.services.audit import add_recorded, recorded
from dvdesk.services.validation import checked_phone, checked_text
from dvdesk.services.versions import expect_values, expect_version
from dvdesk.store.database import Database

EDITABLE = ("full_name", "title", "workplace", "level", "phone", "email",
            "is_committee_member", "is_standing_member", "note")
# One address: a local part, "@", a domain with a dot; no spaces, no second "@", no
# display name. What a mail server accepts is checked when mailing; this catches typos.
_EMAIL = re.compile(r"[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+")
EMAIL_MAX = 200


def normalise_email(value: object) -> str:
    """The optional e-mail address, trimmed; InvalidInput naming it when it is not one."""
    text = clean(value).strip("<>").strip()
    if not text:
        return ""
    if len(text) > EMAIL_MAX or not _EMAIL.fullmatch(text) or ".." in text:
        raise InvalidInput(msg("Địa chỉ e-mail {address} không hợp lệ (ví dụ đúng: "
                               "ten@example.vn).", address=repr(text[:80])))
    local, domain = text.rsplit("@", 1)
    return f"{local}@{domain.lower()}"


FIELD_LABELS = {"full_name": N_("Họ và tên"), "title": N_("Chức vụ"),
                "workplace": N_("Đơn vị công tác"), "note": N_("Ghi chú"),
                "phone": N_("Điện thoại")}


def normalise_phone(value: object) -> str:
    """A Vietnamese number as stored (the leading 0 a number cell lost given back);
    InvalidInput when it cannot be one."""
    return checked_phone(value)


def _validated(fields: dict) -> dict:
    values = {}
    for key, value in fields.items():
        if key not in EDITABLE:
            raise InvalidInput(msg("Không sửa được trường {field} của cán bộ.", field=key))
        if key in ("full_name", "title", "workplace", "note"):
            value = checked_text(Officer, key, value, msg(FIELD_LABELS[key]))
        elif key == "phone":
            value = normalise_phone(value)
        elif key == "email":
            value = normalise_email(value)
        elif key == "level" and value not in OFFICER_LEVELS:
            raise InvalidInput(msg("Cấp không hợp lệ: {level} (tỉnh / huyện / xã / ấp).",
                                   level=value))
        values[key] = value
    if "full_name" in values:
        if not values["full_name"]:
            raise InvalidInput(msg("Họ và tên cán bộ không được để trống."))
        values.update(officer_name_keys(values["full_name"]))
    return values


def add_officer_in(session, full_name: str, **fields) -> int:
    values = _validated({"full_name": full_name, **fields})
    officer = Officer(**values)
    return add_recorded(session, officer, "officer.create", "officer")


def live_officer(session, officer_id: int, *, lock: bool = False) -> Officer:
    """The officer, or NotFound when there is none or it was deleted. ``lock``: the row
    stays locked to the end of the transaction (an edit on a shared server)."""
    officer = session.get(Officer, officer_id, with_for_update=True if lock else None)
    if officer is None or officer.deleted:
        raise NotFound(msg("Không có cán bộ mã {id}.", id=officer_id))
    return officer


def add_officer(db: Database, full_name: str, **fields) -> int:
    """Thêm cán bộ."""
    with db.write() as session:
        return add_officer_in(session, full_name, **fields)


def _changed_meanwhile(officer: Officer) -> str:
    return msg("Cán bộ {officer} đã được người khác thay đổi; hãy tải lại rồi sửa.",
               officer=officer.full_name)


def update_officer(db: Database, officer_id: int, *, expected_version: int | None = None,
                   expected_values: dict | None = None, **fields) -> int:
    """Sửa cán bộ. ``expected_version`` is the version the form was read at; an undo or
    redo passes ``expected_values`` instead, the fields as the step before left them
    (``services.versions``). Either way a change made meanwhile by someone else is
    refused. Returns the officer's new version.
    """
    with db.write() as session:
        officer = live_officer(session, officer_id, lock=True)
        expect_version(officer, expected_version, _changed_meanwhile(officer))
        if expected_values:  # compared as they were stored: cleaned, phone normalised
            expect_values(officer, _validated(expected_values), _changed_meanwhile(officer))
        with recorded(session, "officer.update", "officer", officer):
            for key, value in _validated(fields).items():
                setattr(officer, key, value)
        return officer.row_version


def set_officer_active(db: Database, officer_id: int, active: bool, *,
                       expected_version: int | None = None,
                       expected_values: dict | None = None) -> int:
    """Cho thôi / khôi phục: an inactive officer keeps their history but gets no new work.
    ``expected_version`` / ``expected_values`` as for ``update_officer``. Returns the
    new version."""
    with db.write() as session:
        officer = live_officer(session, officer_id, lock=True)
        expect_version(officer, expected_version, _changed_meanwhile(officer))
        expect_values(officer, expected_values, _changed_meanwhile(officer))
        with recorded(session, "officer.activate" if active else "officer.deactivate",
                      "officer", officer):
            officer.active = active
        return officer.row_version


def delete_officer(db: Database, officer_id: int, *,
                   expected_version: int | None = None) -> None:
    """Delete an officer entered by mistake; refused when they have any assignment history.

    The row is hidden, not removed: ``restore_officer`` undoes the deletion.
    ``expected_version``: the version the user saw.
    """
    with db.write() as session:
        officer = live_officer(session, officer_id, lock=True)
        expect_version(officer, expected_version, _changed_meanwhile(officer))
        used = session.scalar(select(func.count()).select_from(Assignment).where(
            Assignment.officer_id == officer_id))
        if used:
            raise InvalidInput(msg("Đồng chí {officer} đã có lịch sử phân công nên không thể "
                                   "xóa; hãy cho thôi công tác.", officer=officer.full_name))
        with recorded(session, "officer.delete", "officer", officer):
            officer.deleted = True


def restore_officer(db: Database, officer_id: int) -> None:
    """Undo a deletion: the same officer (same id) is back in the lists."""
    with db.write() as session:
        officer = session.get(Officer, officer_id, with_for_update=True)
        if officer is None:
            raise NotFound(msg("Không có cán bộ mã {id}.", id=officer_id))
        if not officer.deleted:  # someone else restored it meanwhile
            raise ConcurrentEditError(msg("Cán bộ {officer} vừa được người khác khôi phục; hãy "
                                          "tải lại.", officer=officer.full_name))
        with recorded(session, "officer.restore", "officer", officer):
            officer.deleted = False
