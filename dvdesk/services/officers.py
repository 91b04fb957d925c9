"""Add, edit, deactivate officers (cán bộ). Someone with history is never deleted."""

from __future__ import annotations

from sqlalchemy import func, select

from dvdesk.domain.models import Assignment, Officer
from dvdesk.domain.roles import OFFICER_LEVELS
from dvdesk.domain.text import search_key
from dvdesk.errors import InvalidInput, NotFound
from dvdesk.services.audit import record, snapshot
from dvdesk.services.validation import checked_phone, checked_text
from dvdesk.services.versions import expect_version
from dvdesk.store.database import Database

EDITABLE = ("full_name", "title", "workplace", "level", "phone", "is_committee_member",
            "is_standing_member", "note")


FIELD_LABELS = {"full_name": "Họ và tên", "title": "Chức vụ", "workplace": "Đơn vị công tác",
                "note": "Ghi chú", "phone": "Điện thoại"}


def normalise_phone(value: object) -> str:
    """A Vietnamese number as stored (the leading 0 a number cell lost given back);
    InvalidInput when it cannot be one."""
    return checked_phone(value)


def _validated(fields: dict) -> dict:
    values = {}
    for key, value in fields.items():
        if key not in EDITABLE:
            raise InvalidInput(f"Không sửa được trường {key} của cán bộ.")
        if key in ("full_name", "title", "workplace", "note"):
            value = checked_text(Officer, key, value, FIELD_LABELS[key])
        elif key == "phone":
            value = normalise_phone(value)
        elif key == "level" and value not in OFFICER_LEVELS:
            raise InvalidInput(f"Cấp không hợp lệ: {value} (tỉnh / huyện / xã / ấp).")
        values[key] = value
    if "full_name" in values:
        if not values["full_name"]:
            raise InvalidInput("Họ và tên cán bộ không được để trống.")
        values["search_name"] = search_key(values["full_name"])
    return values


def add_officer_in(session, full_name: str, **fields) -> int:
    values = _validated({"full_name": full_name, **fields})
    officer = Officer(**values)
    session.add(officer)
    session.flush()
    record(session, "officer.create", "officer", officer.id, None, snapshot(officer))
    return officer.id


def add_officer(db: Database, full_name: str, **fields) -> int:
    """Thêm cán bộ."""
    with db.write() as session:
        return add_officer_in(session, full_name, **fields)


def update_officer(db: Database, officer_id: int, *, expected_version: int | None = None,
                   **fields) -> int:
    """Sửa cán bộ; ``expected_version`` detects an edit made meanwhile by someone else."""
    from dvdesk.errors import ConcurrentEditError

    with db.write() as session:
        officer = session.get(Officer, officer_id)
        if officer is None:
            raise NotFound(f"Không có cán bộ mã {officer_id}.")
        if expected_version is not None and officer.row_version != expected_version:
            raise ConcurrentEditError(
                f"Cán bộ {officer.full_name} đã được người khác thay đổi; hãy tải lại rồi sửa."
            )
        before = snapshot(officer)
        for key, value in _validated(fields).items():
            setattr(officer, key, value)
        session.flush()
        record(session, "officer.update", "officer", officer_id, before, snapshot(officer))
        return officer.row_version


def set_officer_active(db: Database, officer_id: int, active: bool, *,
                       expected_version: int | None = None) -> int:
    """Cho thôi / khôi phục: an inactive officer keeps their history but gets no new work.
    Returns the new version."""
    with db.write() as session:
        officer = session.get(Officer, officer_id)
        if officer is None:
            raise NotFound(f"Không có cán bộ mã {officer_id}.")
        expect_version(officer, expected_version)
        before = snapshot(officer)
        officer.active = active
        session.flush()
        record(session, "officer.activate" if active else "officer.deactivate", "officer",
               officer_id, before, snapshot(officer))
        return officer.row_version


def delete_officer(db: Database, officer_id: int) -> None:
    """Delete an officer entered by mistake; refused when they have any assignment history."""
    with db.write() as session:
        officer = session.get(Officer, officer_id)
        if officer is None:
            raise NotFound(f"Không có cán bộ mã {officer_id}.")
        used = session.scalar(select(func.count()).select_from(Assignment).where(
            Assignment.officer_id == officer_id))
        if used:
            raise InvalidInput(
                f"Đồng chí {officer.full_name} đã có lịch sử phân công nên không thể xóa; "
                "hãy cho thôi công tác."
            )
        record(session, "officer.delete", "officer", officer_id, snapshot(officer), None)
        session.delete(officer)
