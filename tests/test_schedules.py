"""Each officer's own schedule: iCalendar files, QR codes on the slips, slips of those a
revision changed. Files are parsed back with icalendar, slips rendered and decoded."""

from __future__ import annotations

import datetime as dt
import shutil
import subprocess
from pathlib import Path

import pytest
from icalendar import Calendar

from dvdesk.documents.ics import event_uid
from dvdesk.services import calendar as cal
from dvdesk.services.calendar_meetings import remove_meeting
from dvdesk.services.documents import unit_keys
from tests.helpers import pdf_pages

MONTH = "2026-10"  # approved in the demo as 12-LT/HU


def _events(path: Path) -> tuple[Calendar, list]:
    parsed = Calendar.from_ical(path.read_bytes())
    return parsed, list(parsed.walk("VEVENT"))


def _revise(db) -> dict:
    """Revision 1: a cell meeting moved to the evening of the 14th, one not held."""
    cal.revise(db, MONTH)
    view = cal.calendar_view(db, MONTH)
    cells = [m for m in view["meetings"] if m["kind"] == "cell"]
    cal.update_meeting(db, cells[5]["id"], day=dt.date(2026, 10, 14), session="toi")
    remove_meeting(db, cells[8]["id"])
    return {"moved": cells[5], "removed": cells[8], "view": view}


def test_month_and_officer_files_open_with_local_times_and_reminders(demo_db, cli, tmp_path):
    folder = tmp_path / "ics"
    out = cli("--db", demo_db.url, "calendar", "ics", MONTH, "-o", folder, "--version", "1")
    assert out.code == 0, out
    view = cal.calendar_view(demo_db, MONTH, 1)
    parsed, events = _events(folder / f"lich-{MONTH}.ics")
    assert len(events) == len(view["meetings"])
    zones = list(parsed.walk("VTIMEZONE"))
    assert [str(z["TZID"]) for z in zones] == ["Asia/Ho_Chi_Minh"]
    by_summary = {str(e["SUMMARY"]): e for e in events}
    committee = next(m for m in view["meetings"] if m["kind"] == "committee")
    event = by_summary[f"Họp {committee['unit']}"]  # Vietnamese intact
    start = event.decoded("DTSTART")
    assert (start.date().isoformat(), start.strftime("%H:%M")) == (committee["date"],
                                                                  committee["start"])
    assert start.utcoffset() == dt.timedelta(hours=7)
    assert event["DTSTART"].params["TZID"] == "Asia/Ho_Chi_Minh"
    assert str(event["LOCATION"]) == committee["place"]
    assert int(event["SEQUENCE"]) == 0
    alarms = list(event.walk("VALARM"))
    assert len(alarms) == 1 and alarms[0].decoded("TRIGGER") == dt.timedelta(days=-1)
    for attendee in committee["attendees"]:
        assert attendee["name"] in str(event["DESCRIPTION"])

    # one file per officer with meetings, named by id and name without accents
    people: dict[int, list[dict]] = {}
    for m in view["meetings"]:
        for a in m["attendees"]:
            people.setdefault(a["id"], []).append(m)
    files = sorted(p.name for p in folder.glob("*.ics"))
    assert len(files) == len(people) + 1
    officer = committee["attendees"][0]
    mine = [p for p in folder.glob(f"{officer['id']}-*.ics")]
    assert len(mine) == 1 and mine[0].name.isascii()
    assert all(part.isalnum() for part in mine[0].stem.split("-"))
    _, own = _events(mine[0])
    assert sorted(str(e["UID"]) for e in own) == sorted(
        str(by_summary[str(e["SUMMARY"])]["UID"]) for e in own)
    assert len(own) == len(people[officer["id"]])


def test_a_revision_imported_updates_the_events_instead_of_duplicating_them(demo_db, cli,
                                                                            tmp_path):
    """Import version 1, then version 2, into one calendar the way calendar programs do
    (an event with a known UID and a higher SEQUENCE replaces it; CANCELLED removes it)."""
    first, second = tmp_path / "v1", tmp_path / "v2"
    assert cli("--db", demo_db.url, "calendar", "ics", MONTH, "-o", first).code == 0
    made = _revise(demo_db)
    cal.approve(demo_db, MONTH, "18-LT/HU", on_date=dt.date(2026, 10, 6))
    assert cli("--db", demo_db.url, "calendar", "ics", MONTH, "-o", second).code == 0

    phone: dict[str, tuple[int, object]] = {}

    def import_file(path: Path) -> None:
        for event in _events(path)[1]:
            uid, sequence = str(event["UID"]), int(event["SEQUENCE"])
            if uid in phone and phone[uid][0] > sequence:
                continue
            if str(event.get("STATUS")) == "CANCELLED":
                phone.pop(uid, None)
            else:
                phone[uid] = (sequence, event)

    import_file(first / f"lich-{MONTH}.ics")
    assert len(phone) == len(made["view"]["meetings"])
    uids_before = set(phone)
    import_file(second / f"lich-{MONTH}.ics")
    assert len(phone) == len(made["view"]["meetings"]) - 1  # the meeting not held is gone
    assert set(phone) < uids_before  # same UIDs: nothing added twice
    assert {seq for seq, _ in phone.values()} == {1}
    with demo_db.read() as session:
        key = unit_keys(session, MONTH, 2)[made["moved"]["id"]]
    moved = phone[event_uid(MONTH, key)][1]
    assert moved.decoded("DTSTART").strftime("%d/%m %H:%M") == "14/10 19:00"

    # an officer of the meeting not held gets it cancelled in their own file
    officer = made["removed"]["attendees"][0]
    [own] = list(second.glob(f"{officer['id']}-*.ics"))
    cancelled = [e for e in _events(own)[1] if str(e.get("STATUS")) == "CANCELLED"]
    assert len(cancelled) == 1 and made["removed"]["unit"] in str(cancelled[0]["SUMMARY"])


def test_bad_folder_is_one_sentence(demo_db, cli, tmp_path):
    existing = tmp_path / "file.txt"
    existing.write_text("x")
    for target, sentence in ((existing, "là một tệp"), (tmp_path / "no" / "ics", "không tồn tại")):
        out = cli("--db", demo_db.url, "calendar", "ics", MONTH, "-o", target)
        assert out.code != 0 and sentence in out.err
        assert len(out.err.strip().splitlines()) == 1


def _decode_qr_codes(pdf: Path, tmp_path: Path, pages: int) -> list[str]:
    """Each page rendered at 300 dpi, every QR code on it read by zbarimg."""
    if shutil.which("zbarimg") is None or shutil.which("pdftoppm") is None:
        pytest.fail("zbarimg and pdftoppm are needed (.ci/system-packages installs them)")
    subprocess.run(["pdftoppm", "-png", "-r", "300", "-l", str(pages), str(pdf),
                    str(tmp_path / "page")], check=True)
    found = []
    for image in sorted(tmp_path.glob("page*.png")):
        run = subprocess.run(["zbarimg", "-q", "--raw", "-Sqrcode.enable", str(image)],
                             capture_output=True, text=True, encoding="utf-8")
        assert run.returncode in (0, 4), run.stderr  # 4: no code on that page
        found += [code for code in run.stdout.split("\n\n") if code.strip()]
    return found


def test_each_slip_qr_code_decodes_to_that_officers_meetings(demo_db, cli, tmp_path):
    pdf = tmp_path / "slips.pdf"
    assert cli("--db", demo_db.url, "report", "personal", MONTH, "-o", pdf).code == 0
    view = cal.calendar_view(demo_db, MONTH)
    meetings_of: dict[str, list[dict]] = {}
    for m in view["meetings"]:
        for a in m["attendees"]:
            meetings_of.setdefault(a["name"], []).append(m)
    texts = pdf_pages(pdf)[:3]
    codes = _decode_qr_codes(pdf, tmp_path, 3)
    names = [name for name in meetings_of if any(f"Đồng chí: {name}" in t for t in texts)]
    assert len(codes) == len(names) >= 3
    seen_ics = seen_listing = False
    for code in codes:
        if code.startswith("BEGIN:VCALENDAR"):
            seen_ics = True
            events = list(Calendar.from_ical(code.replace("\n", "\r\n")).walk("VEVENT"))
            starts = sorted(e.decoded("DTSTART").astimezone(
                dt.timezone(dt.timedelta(hours=7))).strftime("%Y-%m-%d %H:%M") for e in events)
            owner = next(n for n in names if sorted(f"{m['date']} {m['start']}"
                                                    for m in meetings_of[n]) == starts)
            assert all(m["unit"] in code for m in meetings_of[owner])
        else:
            seen_listing = True
            owner = next(n for n in names if f"Đ/c {n}" in code.splitlines()[0])
            for m in meetings_of[owner]:
                day = dt.date.fromisoformat(m["date"])
                assert f"{day:%d/%m}" in code and m["unit"] in code
        names.remove(owner)
    assert names == []
    assert seen_ics or seen_listing


def test_a_crowded_month_falls_back_to_a_short_listing():
    from dvdesk.documents.ics import QR_LIMIT, qr_text

    meetings = [{"kind": "cell", "unit": f"Chi bộ Ấp Phước Thạnh {k}", "commune": "Xã Tân Thạch",
                 "date": f"2026-10-{10 + k % 6}", "session": "sang", "start": "07:30",
                 "place": "Nhà văn hóa ấp", "unit_key": ["cell", k], "attendees": []}
                for k in range(30)]
    one = qr_text(meetings[:1], month=MONTH, version=1, heading="Lịch tháng 10/2026 - Đ/c An")
    assert one.startswith("BEGIN:VCALENDAR") and "Chi bộ Ấp Phước Thạnh 0" in one
    many = qr_text(meetings, month=MONTH, version=1, heading="Lịch tháng 10/2026 - Đ/c An")
    assert many.splitlines()[0] == "Lịch tháng 10/2026 - Đ/c An"
    assert len(many.encode("utf-8")) <= QR_LIMIT
    assert many.splitlines()[-1].startswith("… và ") and "cuộc họp khác" in many


def test_changed_only_prints_the_slips_of_the_officers_a_revision_changed(demo_db, cli,
                                                                          tmp_path):
    made = _revise(demo_db)
    pdf = tmp_path / "changed.pdf"
    out = cli("--db", demo_db.url, "report", "personal", MONTH, "-o", pdf, "--changed-only")
    assert out.code == 0, out
    text = " ".join(" ".join(pdf_pages(pdf)).split())
    wanted = {a["name"] for m in (made["moved"], made["removed"]) for a in m["attendees"]}
    shown = {n for n in {a["name"] for m in made["view"]["meetings"] for a in m["attendees"]}
             if f"Đồng chí: {n}" in text}
    assert shown == wanted
    assert f"của {len(wanted)} cán bộ có thay đổi (bản 2)" in out.out
    # an older version: the option is refused with one sentence when nothing came before
    out = cli("--db", demo_db.url, "report", "personal", MONTH, "-o", pdf, "--changed-only",
              "--version", "1")
    assert out.code != 0 and "chưa có bản đã duyệt nào trước bản 1" in out.err
