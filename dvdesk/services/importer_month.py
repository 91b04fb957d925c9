"""The month and the letterhead in an import of the program's own export.

``plan_month(planner, path)`` reads the "Phiên bản lịch", calendar and "Cài
đặt" sheets (``documents.xlsx_month``) and adds to the plan what they would
change:

- a version the database lacks is created (status, number, approval date,
  approver, signer, every meeting's date, session, time and place); an
  approved one is frozen as approving it would, from the units and
  assignments of the same import;
- a draft the database has gets its meetings' date, session, time and place
  from the file, each change listed;
- an approved version the database has is never touched: a file that differs
  from it is refused, with the version named;
- a setting that differs from the database's is listed and written.

``write_month(session, plan, audit)`` writes it inside the import's one
transaction, after the units and assignments it relies on.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass, field

from sqlalchemy import select

from dvdesk.documents.xlsx_export import SETTING_LABELS, SETTING_SECTIONS
from dvdesk.documents.xlsx_lists import RowProblem, split_commune
from dvdesk.domain.calendar import SESSION_LABELS
from dvdesk.domain.messages import msg, term
from dvdesk.domain.models import Meeting, MonthlyCalendar
from dvdesk.domain.phrases import Sentences
from dvdesk.domain.settings import DEFAULT_SETTINGS
from dvdesk.domain.text import clean
from dvdesk.services.importer_catalog import fold
from dvdesk.store.calendar_queries import calendars_of

SLOT_FIELDS = ("day", "session", "start", "place", "pinned")


@dataclass
class PlannedVersion:
    month: str
    version: int
    status: str
    number: str
    approved_on: dt.date | None
    approved_by: str
    signer: tuple[str, str, str]  # on behalf, title, name
    meetings: list[tuple[object, dict]]  # (unit ref, values)
    calendar_id: int | None = None  # an existing draft to update
    origin: tuple[str, int] | None = None  # its row in "Phiên bản lịch"
    sheet: str = ""  # the sheet of its meetings
    updates: dict[int, dict] = field(default_factory=dict)  # meeting id -> new values


def _month_text(month: str) -> str:
    return f"{month[5:]}/{month[:4]}"


def _slot_text(values: dict) -> str:
    day = values.get("day")
    session = SESSION_LABELS.get(values.get("session"))
    parts = [f"{day:%d/%m}" if day else msg("chưa xếp ngày"),
             term(session) if session else "", values.get("start") or ""]
    return Sentences(part for part in parts if part)


def _unit(planner, meeting: dict, origin):
    """The commune (committee meeting) or cell a calendar row names, from the catalog."""
    name, kind = split_commune(meeting["commune"])
    candidates = planner.catalog.communes.get(fold(name), [])
    found = [c for c in candidates if not kind or c.fields.get("kind", "xa") == kind]
    if len(found) != 1:
        planner.problem(origin, "Xã, thị trấn", msg(
            "Không tìm thấy đúng một {commune} trong các đơn vị.", commune=meeting["commune"]))
        return None
    commune = found[0]
    if meeting["kind"] == "committee":
        return commune
    cell = planner.catalog.find_child("cell", commune, meeting["cell"])
    if cell is None:
        planner.problem(origin, "Chi bộ", msg("Không tìm thấy {cell} của {commune}.",
                                              cell=meeting["cell"], commune=meeting["commune"]))
    return cell


def plan_month(planner, path) -> None:
    from dvdesk.documents.xlsx_month import read_month

    book = read_month(path)
    plan = planner.plan
    plan.problems.extend(book.problems)
    _plan_settings(planner, book.settings)
    if not book.versions:
        return
    session = planner.session
    by_month: dict[str, list] = {}
    for version in sorted(book.versions, key=lambda v: (v.month, v.version)):
        by_month.setdefault(version.month, []).append(version)
    for month, versions in by_month.items():
        existing = {c.version: c for c in calendars_of(session, month)}
        latest = max(existing, default=0)
        statuses = {v: c.status for v, c in existing.items()}
        for version in versions:
            meetings = []
            for meeting in version.meetings:
                unit = _unit(planner, meeting, (version.sheet, meeting["row"]))
                if unit is not None:
                    meetings.append((unit, meeting))
            planned = PlannedVersion(
                month, version.version, version.status, version.number, version.approved_on,
                version.approved_by,
                (version.signer_on_behalf, version.signer_title, version.signer_name), meetings,
                origin=("Phiên bản lịch", version.row), sheet=version.sheet)
            where = msg("Lịch tháng {month} bản {version}", month=_month_text(month),
                        version=version.version)
            origin = planned.origin
            cal = existing.get(version.version)
            if cal is None:
                if version.version != latest + 1 or (latest and statuses[latest] != "approved"):
                    planner.problem(origin, "Bản", msg(
                        "{where}: cơ sở dữ liệu đang có đến bản {latest}, chỉ nhận thêm bản "
                        "{next} sau một bản đã duyệt.", where=where, latest=latest,
                        next=latest + 1))
                    continue
                latest = version.version
                statuses[latest] = version.status
                plan.months.append(planned)
                state = msg("đã duyệt số {number}", number=version.number) \
                    if version.status == "approved" else msg("dự thảo")
                plan.extra_changes.append(msg("{where}: tạo mới ({count} cuộc họp, {state})",
                                              where=where, count=len(meetings), state=state))
                continue
            differences = _differences(session, cal, meetings)
            if cal.status == "approved":
                if differences or version.status != "approved" \
                        or clean(cal.number) != clean(version.number):
                    number = msg(" (số {number})", number=cal.number) if cal.number else ""
                    planner.problem(origin, None, msg(
                        "{where} đã duyệt{number}; tệp khác bản đã duyệt nên không nhập đè. Hãy "
                        "mở bản điều chỉnh trong chương trình.", where=where, number=number))
                continue
            if version.status == "approved":
                plan.warnings.append(msg(
                    "{where} trong tệp đã duyệt nhưng trong cơ sở dữ liệu còn là dự thảo: chỉ "
                    "cập nhật ngày giờ, hãy duyệt trong chương trình.", where=where))
            if differences:
                planned.calendar_id = cal.id
                planned.updates = {mid: values for mid, values, _line in differences}
                plan.months.append(planned)
                plan.extra_changes += [msg("{where}: {change}", where=where, change=line)
                                       for _m, _v, line in differences]


def _differences(session, cal: MonthlyCalendar, meetings) -> list[tuple[int, dict, str]]:
    """(meeting id, new values, sentence) for each meeting the file places differently."""
    rows = {(m.kind, m.unit_id): m for m in session.scalars(
        select(Meeting).where(Meeting.calendar_id == cal.id))}
    found = []
    for unit, values in meetings:
        meeting = rows.get((values["kind"], unit.id)) if unit.id is not None else None
        if meeting is None:
            continue
        new = {k: values[k] for k in SLOT_FIELDS}
        old = {"day": meeting.day, "session": meeting.session, "start": meeting.start,
               "place": meeting.place, "pinned": meeting.pinned}
        if new != old:
            line = msg("{unit}: {before} → {after}", unit=unit.label(), before=_slot_text(old),
                       after=_slot_text(new))
            if new["place"] != old["place"]:
                line = msg("{change}, địa điểm “{place}”", change=line, place=new["place"])
            found.append((meeting.id, new, line))
    return found


def _setting_value(key: str, text: str, current):
    """The value of a setting from its cell text, typed like the setting it replaces."""
    section, _, name = key.partition(".")
    default = DEFAULT_SETTINGS.get(section, {}).get(name, current)
    model = default if default is not None else current
    if isinstance(model, str):
        return clean(text)
    if isinstance(model, list) and all(isinstance(v, str) for v in model):
        return [clean(line) for line in text.split("\n") if clean(line)]
    return json.loads(text) if text.strip() else None


def _plan_settings(planner, rows: list[tuple[int, str, str]]) -> None:
    current = planner.catalog.settings
    for row, key, text in rows:
        section, _, name = key.partition(".")
        if section not in SETTING_SECTIONS or not name:
            planner.problem(("Cài đặt", row), "Khóa", msg("Không có mục cài đặt “{key}”.",
                                                          key=key))
            continue
        before = (current.get(section) or {}).get(name)
        try:
            value = _setting_value(key, text, before)
        except ValueError:
            planner.problem(("Cài đặt", row), "Giá trị",
                            msg("Giá trị của “{key}” không đọc được.", key=key))
            continue
        if value != before:
            planner.plan.settings.setdefault(section, {})[name] = value
            label = SETTING_LABELS.get(key, key)
            shown = "; ".join(value) if isinstance(value, list) else value
            planner.plan.extra_changes.append(msg("Cài đặt “{setting}”: {value}",
                                                  setting=label, value=shown))


def write_month(session, plan, audit: list) -> None:
    """Write the settings and the month's versions planned (see the module docstring)."""
    from dvdesk.services.calendar_rows import frozen, load_rows
    from dvdesk.services.calendar_versions import purge_taken_back
    from dvdesk.services.settings import set_section_in
    from dvdesk.store import queries

    for section, values in plan.settings.items():
        set_section_in(session, section, values)
    if not plan.months:
        return
    settings = queries.settings(session)
    for version in plan.months:
        if version.calendar_id is not None:
            _update_draft(session, version, audit)
            continue
        on_behalf, title, name = version.signer
        purge_taken_back(session, version.month, version.version)
        cal = MonthlyCalendar(
            month=version.month, version=version.version, status="draft",
            note=f"Điều chỉnh lần {version.version - 1}" if version.version > 1 else "",
            created_at=dt.datetime.now().replace(microsecond=0))
        session.add(cal)
        session.flush()
        rows = [{"calendar_id": cal.id, "kind": values["kind"], "unit_id": unit.id,
                 **{k: values[k] for k in SLOT_FIELDS}, "note": "", "row_version": 1}
                for unit, values in version.meetings]
        if rows:
            session.execute(Meeting.__table__.insert(), rows)
        if version.status == "approved":
            cal.status, cal.number = "approved", version.number
            cal.approved_by, cal.approved_on = version.approved_by, version.approved_on
            cal.signer_on_behalf, cal.signer_title, cal.signer_name = on_behalf, title, name
            cal.snapshot = frozen(cal, load_rows(session, cal, settings), settings)
        session.flush()
        audit.append(("calendar.import", "calendar", cal.id, None,
                      {"month": cal.month, "version": cal.version, "status": cal.status,
                       "number": cal.number, "meetings": len(rows)}))


def _update_draft(session, version: PlannedVersion, audit: list) -> None:
    from dvdesk.errors import ConcurrentEditError

    meetings = {m.id: m for m in session.scalars(
        select(Meeting).where(Meeting.id.in_(list(version.updates))))}
    for meeting_id, values in version.updates.items():
        meeting = meetings.get(meeting_id)
        if meeting is None:
            raise ConcurrentEditError(msg("Lịch này đã được người khác thay đổi trong lúc "
                                          "nhập; hãy xem trước rồi nhập lại."))
        before = {k: getattr(meeting, k) for k in SLOT_FIELDS}
        for key, value in values.items():
            setattr(meeting, key, value)
        session.flush()
        audit.append(("meeting.update", "meeting", meeting.id,
                      {k: v.isoformat() if isinstance(v, dt.date) else v
                       for k, v in before.items()},
                      {k: v.isoformat() if isinstance(v, dt.date) else v
                       for k, v in values.items()}))


__all__ = ["PlannedVersion", "RowProblem", "plan_month", "write_month"]
