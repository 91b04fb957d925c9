"""The month's meetings as iCalendar files (RFC 5545) that phone and desktop calendars open.

``calendar_ics(meetings, month=…, version=…, …)`` gives the bytes of one .ics file
(the whole month, or one officer's meetings) from the plain meeting dicts of
``services.documents.personal_data`` (each with its ``unit_key``: kind and unit id).

- A meeting's UID comes from the month and its unit, never from its row id (a
  revision copies every meeting under a new id), and SEQUENCE is the version less
  one: importing a revision updates the events already there instead of adding
  them twice. Meetings a revision took away (or that an officer no longer attends)
  come as cancelled events with the same UID.
- Times are local to Asia/Ho_Chi_Minh, with its VTIMEZONE (UTC+7 since 1975, no
  daylight saving), so every calendar shows 07:30 as 07:30.
- Each event reminds the day before (VALARM).

``qr_text(meetings, …)`` is the short form a QR code on a personal slip carries: the
events alone (times in UTC, no VTIMEZONE, no reminder) when they fit, otherwise a
plain listing.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from zoneinfo import ZoneInfo

from icalendar import Alarm, Calendar, Event, Timezone, TimezoneStandard

from dvdesk.documents.calendar_pdf import SESSION_NAMES, parse_day, role_name, unit_text
from dvdesk.domain.calendar.rules import DEFAULT_STARTS
from dvdesk.domain.text import clean

TZID = "Asia/Ho_Chi_Minh"
ZONE = ZoneInfo(TZID)
PRODID = "-//DV Desk//Lich sinh hoat dang uy, chi bo//VI"
# How long a meeting is booked in a calendar: a committee meeting takes a half day, a
# cell meeting a little less.
DURATIONS = {"committee": dt.timedelta(hours=3), "cell": dt.timedelta(hours=2)}
# The most a QR code on a slip carries (bytes): beyond it a printed code gets too dense
# for a phone camera at arm's length.
QR_LIMIT = 900


def event_uid(month: str, unit_key) -> str:
    """ "2026-12-cell-15@dvdesk": the same unit's meeting of the same month in every version."""
    kind, unit_id = unit_key
    return f"{month}-{kind}-{unit_id}@dvdesk"


def meeting_title(meeting: dict) -> str:
    """ "Họp Đảng ủy xã An Khánh" / "Sinh hoạt Chi bộ Ấp 1 (xã An Khánh)"."""
    label = unit_text(meeting)
    return f"Họp {label}" if meeting.get("kind") == "committee" else f"Sinh hoạt {label}"


def meeting_start(meeting: dict) -> dt.datetime | None:
    day = parse_day(meeting.get("date"))
    if day is None:
        return None
    start = clean(meeting.get("start")) or DEFAULT_STARTS.get(meeting.get("session"), "07:30")
    hour, minute = (int(x) for x in start.split(":"))
    return dt.datetime(day.year, day.month, day.day, hour, minute, tzinfo=ZONE)


def _timezone() -> Timezone:
    zone = Timezone()
    zone.add("tzid", TZID)
    standard = TimezoneStandard()
    standard.add("dtstart", dt.datetime(1975, 6, 13))
    standard.add("tzoffsetfrom", dt.timedelta(hours=7))
    standard.add("tzoffsetto", dt.timedelta(hours=7))
    standard.add("tzname", "ICT")
    zone.add_component(standard)
    return zone


def _description(meeting: dict, version_text: str) -> str:
    lines = [version_text] if version_text else []
    if meeting.get("role"):
        lines.append(f"Nhiệm vụ: {role_name(meeting['role'])}")
    people = [f"Đ/c {clean(a['name'])}" for a in meeting.get("attendees") or []]
    if people:
        lines.append("Cán bộ dự: " + ", ".join(people))
    return "\n".join(lines)


def _event(meeting: dict, month: str, sequence: int, stamp: dt.datetime, *, version_text: str,
           status: str, alarm: bool = True, local: bool = True) -> Event | None:
    start = meeting_start(meeting)
    if start is None:
        return None
    event = Event()
    event.add("uid", event_uid(month, meeting["unit_key"]))
    event.add("dtstamp", stamp)
    event.add("sequence", sequence)
    event.add("status", status)
    event.add("summary", meeting_title(meeting))
    begin, end = start, start + DURATIONS.get(meeting.get("kind"), dt.timedelta(hours=2))
    if not local:
        begin, end = begin.astimezone(dt.UTC), end.astimezone(dt.UTC)
    event.add("dtstart", begin)
    event.add("dtend", end)
    if clean(meeting.get("place")):
        event.add("location", clean(meeting["place"]))
    description = _description(meeting, version_text)
    if description:
        event.add("description", description)
    if alarm and status != "CANCELLED":
        reminder = Alarm()
        reminder.add("action", "DISPLAY")
        reminder.add("trigger", dt.timedelta(days=-1))
        reminder.add("description", f"Ngày mai: {meeting_title(meeting)}")
        event.add_component(reminder)
    return event


def calendar_ics(meetings: Iterable[dict], *, month: str, version: int, title: str,
                 draft: bool = False, version_text: str = "",
                 cancelled: Iterable[dict] = (), stamp: dt.datetime | None = None) -> bytes:
    """One .ics file: ``meetings`` as events, ``cancelled`` (meetings of an earlier version
    no longer there for whoever reads it) as cancelled events with the same UIDs."""
    stamp = stamp or dt.datetime.now(dt.UTC).replace(microsecond=0)
    cal = Calendar()
    cal.add("prodid", PRODID)
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("method", "PUBLISH")
    cal.add("x-wr-calname", title)
    cal.add("x-wr-timezone", TZID)
    cal.add_component(_timezone())
    sequence = max(version - 1, 0)
    status = "TENTATIVE" if draft else "CONFIRMED"
    for meeting in meetings:
        event = _event(meeting, month, sequence, stamp, version_text=version_text, status=status)
        if event is not None:
            cal.add_component(event)
    for meeting in cancelled:
        event = _event(meeting, month, sequence, stamp, version_text=version_text,
                       status="CANCELLED")
        if event is not None:
            cal.add_component(event)
    return cal.to_ical()


def qr_text(meetings: list[dict], *, month: str, version: int, heading: str,
            limit: int = QR_LIMIT) -> str:
    """What a slip's QR code carries: iCalendar events when they fit in ``limit`` bytes,
    else a short listing ("10/12 sáng 07:30 Chi bộ Ấp 1, Nhà văn hóa ấp 1"), cut to fit."""
    stamp = dt.datetime.now(dt.UTC).replace(microsecond=0)
    cal = Calendar()
    cal.add("version", "2.0")
    cal.add("prodid", "-//DV Desk//VI")
    for meeting in meetings:
        event = _event(meeting, month, max(version - 1, 0), stamp, version_text="",
                       status="CONFIRMED", alarm=False, local=False)
        if event is not None:
            del event["dtstamp"]  # not needed to add the events; saves room
            del event["status"]
            cal.add_component(event)
    text = cal.to_ical().decode("utf-8").replace("\r\n", "\n")
    if len(text.encode("utf-8")) <= limit:
        return text
    return listing_text(meetings, heading, limit)


def listing_text(meetings: list[dict], heading: str, limit: int = QR_LIMIT) -> str:
    lines = [clean(heading)]
    for meeting in meetings:
        day = parse_day(meeting.get("date"))
        session = SESSION_NAMES.get(meeting.get("session"), "").removeprefix("Buổi ").strip()
        when = f"{day:%d/%m} {session} {clean(meeting.get('start'))}".strip() if day \
            else "Chưa xếp ngày"
        place = f", {clean(meeting['place'])}" if clean(meeting.get("place")) else ""
        lines.append(f"{when} {unit_text(meeting)}{place}")
    while len("\n".join(lines).encode("utf-8")) > limit and len(lines) > 2:
        lines.pop()
        shown = len(lines) - 1
        more = f"… và {len(meetings) - shown} cuộc họp khác (xem phiếu)"
        if len("\n".join([*lines, more]).encode("utf-8")) <= limit:
            return "\n".join([*lines, more])
    return "\n".join(lines).encode("utf-8")[:limit].decode("utf-8", "ignore")
