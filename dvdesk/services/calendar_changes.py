"""Comparing two versions of a month, and an approved month against today's assignments.

- ``compare``: what changed from one version to another (``calendar changes``, the
  change notice, the slips and mails sent only to those a revision changed). By
  default from the last approved version before the newest one to the newest: a
  revision being drafted against what was approved, or, once the revision is
  approved, what it changed.
- ``changes_json``: the shape ``calendar changes --json`` prints (a contract).
- ``stale_attendees``: the meetings of the latest approved version whose expected
  officers no longer match the assignments (a hamlet reassigned after approval),
  which the window flags.

Approved versions are read from their frozen snapshot, drafts from their rows; a
meeting is matched across versions by its unit (a revision gives it a new id).
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from dvdesk.domain.calendar.changes import (
    MeetingChange,
    VersionChanges,
    VersionMeeting,
    attendee_change,
    compare_versions,
)
from dvdesk.domain.calendar.months import month_text
from dvdesk.domain.messages import msg, paper
from dvdesk.domain.models import Meeting, MonthlyCalendar
from dvdesk.errors import InvalidInput
from dvdesk.services.calendar_rows import (
    MeetingRow,
    find_calendar,
    load_rows,
    parse_month,
    rows_from_snapshot,
)
from dvdesk.store import queries
from dvdesk.store.calendar_queries import calendars_of
from dvdesk.store.database import Database


def _rows(session: Session, cal: MonthlyCalendar, settings: dict) -> list[MeetingRow]:
    if cal.status == "approved" and cal.snapshot:
        return rows_from_snapshot(cal.snapshot, settings)
    return load_rows(session, cal, settings)


def _version_meetings(session: Session, cal: MonthlyCalendar, rows: list[MeetingRow]
                      ) -> list[VersionMeeting]:
    # The unit of each meeting from its row (kept for approved versions too): snapshots
    # written before they carried the unit id still compare right.
    units = {i: (k, u) for i, k, u in session.execute(
        select(Meeting.id, Meeting.kind, Meeting.unit_id).where(Meeting.calendar_id == cal.id))}
    return [VersionMeeting(
        key=units.get(r.id, (r.kind, r.unit_id)), id=r.id, kind=r.kind, unit=r.unit,
        label=r.label, commune=r.commune, day=r.day, session=r.session, start=r.start or "",
        place=r.place or "", attendees=tuple((a[0], a[1]) for a in r.attendees))
        for r in rows]


def resolve_versions(session: Session, month: str, from_version: int | None = None,
                     to_version: int | None = None) -> tuple[MonthlyCalendar, MonthlyCalendar]:
    """The two versions to compare (see the module docstring for the defaults)."""
    parse_month(month)
    target = find_calendar(session, month, to_version)
    if from_version is not None:
        base = find_calendar(session, month, from_version)
    else:
        approved = [c for c in calendars_of(session, month)
                    if c.status == "approved" and c.version < target.version]
        if not approved:
            raise InvalidInput(msg("Lịch tháng {month} chưa có bản đã duyệt nào trước bản "
                                   "{version} để so sánh; hãy chỉ rõ --from.",
                                   month=month_text(month), version=target.version))
        base = approved[-1]
    if base.version >= target.version:
        raise InvalidInput(msg("Bản gốc (--from {base}) phải là bản trước bản so sánh "
                               "(--to {target}).", base=base.version, target=target.version))
    return base, target


def compare_in(session: Session, month: str, from_version: int | None = None,
               to_version: int | None = None) -> tuple[VersionChanges, MonthlyCalendar,
                                                       MonthlyCalendar]:
    """``compare`` inside a read session; also hands back the two versions."""
    base, target = resolve_versions(session, month, from_version, to_version)
    settings = queries.settings(session)
    before = _version_meetings(session, base, _rows(session, base, settings))
    after = _version_meetings(session, target, _rows(session, target, settings))
    return compare_versions(month, base.version, target.version, before, after), base, target


def compare(db: Database, month: str, from_version: int | None = None,
            to_version: int | None = None) -> VersionChanges:
    """What changed from version ``from_version`` to ``to_version`` of the month."""
    with db.read() as session:
        return compare_in(session, month, from_version, to_version)[0]


def affected_officers(db: Database, month: str, version: int | None = None) -> set[int]:
    """The officers the latest revision (or version ``version``) changed something for."""
    return compare(db, month, None, version).officer_ids()


def _slot_json(m: VersionMeeting | None) -> dict | None:
    if m is None:
        return None
    return {"date": m.day.isoformat() if m.day else None, "session": m.session,
            "start": m.start, "place": m.place}


def _people(people) -> list[dict]:
    return [{"id": officer_id, "name": name} for officer_id, name in people]


def change_json(change: MeetingChange, attendees: bool = False) -> dict:
    """One change; ``attendees`` adds who joined and who left (attendees_changed)."""
    m = change.meeting
    value = {"id": m.id, "unit": m.unit, "commune": m.commune,
             "before": _slot_json(change.before), "after": _slot_json(change.after),
             "officers": _people(change.officers())}
    if attendees:
        value["joined"] = _people(change.joined)
        value["left"] = _people(change.left)
    return value


def changes_json(changes: VersionChanges) -> dict:
    """``calendar changes --json``: ids are the meetings' ids in the newer version (in the
    older one for removed meetings)."""
    return {
        "month": changes.month,
        "from": changes.from_version,
        "to": changes.to_version,
        "moved": [change_json(c) for c in changes.of_kind("moved")],
        "added": [change_json(c) for c in changes.of_kind("added")],
        "removed": [change_json(c) for c in changes.of_kind("removed")],
        "attendees_changed": [change_json(c, attendees=True)
                              for c in changes.of_kind("attendees")],
        "officers": [{"id": o.officer_id, "name": o.name, "meetings": o.meeting_ids()}
                     for o in changes.officers],
    }


def stale_attendees(db: Database, month: str) -> list[MeetingChange]:
    """Meetings of the month's latest approved version whose expected officers differ from
    what today's assignments give for their day (empty when nothing is approved)."""
    parse_month(month)
    with db.read() as session:
        approved = [c for c in calendars_of(session, month) if c.status == "approved"]
        if not approved or not approved[-1].snapshot:
            return []
        cal = approved[-1]
        settings = queries.settings(session)
        frozen = {r.id: r for r in rows_from_snapshot(cal.snapshot, settings)}
        now = {r.id: r for r in load_rows(session, cal, settings)}
        meetings = {m.id: m for m in _version_meetings(session, cal, list(frozen.values()))}
    found = []
    for meeting_id, row in frozen.items():
        current = now.get(meeting_id)
        if current is None:
            continue
        joined, left = attendee_change([(a[0], a[1]) for a in row.attendees],
                                       [(a[0], a[1]) for a in current.attendees])
        if joined or left:
            was = meetings[meeting_id]
            after = VersionMeeting(was.key, was.id, was.kind, was.unit, was.label, was.commune,
                                   was.day, was.session, was.start, was.place,
                                   tuple((a[0], a[1]) for a in current.attendees))
            found.append(MeetingChange(was, after, joined, left))
    found.sort(key=MeetingChange.sort_key)
    return found


# ---------------------------------------------------------------------------
# the change notice (Thông báo điều chỉnh lịch sinh hoạt)


def _version_info(cal: MonthlyCalendar) -> dict:
    return {"version": cal.version, "status": cal.status, "number": cal.number or "",
            "approved_on": cal.approved_on, "revision": cal.version - 1,
            "signer": {"on_behalf": cal.signer_on_behalf, "position": cal.signer_title,
                       "name": cal.signer_name} if cal.status == "approved" else None}


def _meeting_dict(m: VersionMeeting | None) -> dict | None:
    if m is None:
        return None
    return {"id": m.id, "kind": m.kind, "unit": m.unit, "label": m.label, "commune": m.commune,
            "date": m.day, "session": m.session, "start": m.start, "place": m.place,
            "attendees": [{"id": o, "name": n} for o, n in m.attendees]}


def notice_data(db: Database, month: str, from_version: int | None = None,
                to_version: int | None = None) -> dict:
    """What the change notice prints: the two versions, each changed meeting (before,
    after, who joined and left) and the officers to inform with what changed for them."""
    with db.read() as session:
        changes, base, target = compare_in(session, month, from_version, to_version)
        settings = queries.settings(session)
        amended, revised = _version_info(base), _version_info(target)
    return {
        "month": month, "settings": settings, "amended": amended, "revised": revised,
        "changes": [{"kinds": list(c.kinds), "before": _meeting_dict(c.before),
                     "after": _meeting_dict(c.after),
                     "joined": [{"id": o, "name": n} for o, n in c.joined],
                     "left": [{"id": o, "name": n} for o, n in c.left]}
                    for c in changes.changes],
        "officers": [{"id": o.officer_id, "name": o.name, "changes": o.sentences()}
                     for o in changes.officers],
    }


@paper
def notice_pdf(db: Database, month: str, path, from_version: int | None = None,
               to_version: int | None = None, *, number: str | None = None,
               date=None) -> dict:
    """Write the change notice; ``number`` / ``date`` print in its header (defaults: a blank
    number to fill in, the revision's approval date)."""
    from dvdesk.documents.changes_pdf import write_changes_pdf
    from dvdesk.services.outputs import output_file

    data = notice_data(db, month, from_version, to_version)
    with output_file(path) as target:
        write_changes_pdf(data, data["settings"], target, number=number, date=date)
    return data
