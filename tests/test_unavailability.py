"""Officers away (nghỉ phép, đi công tác, học tập): entered on the command line, respected
by the planner, shown as conflicts naming the meetings."""

from __future__ import annotations

import datetime as dt
import json

from dvdesk.services import calendar as cal
from dvdesk.services.unavailability import add_unavailability, list_unavailability
from tests.helpers import table_counts

MONTH = "2026-12"


def _busiest_cell_officer(view) -> tuple[int, str, list[dict]]:
    """The officer expected at the most cell meetings of the month, with those meetings."""
    meetings: dict[int, list[dict]] = {}
    names = {}
    for m in view["meetings"]:
        if m["kind"] != "cell":
            continue
        for a in m["attendees"]:
            meetings.setdefault(a["id"], []).append(m)
            names[a["id"]] = a["name"]
    officer = max(meetings, key=lambda o: (len(meetings[o]), -o))
    return officer, names[officer], meetings[officer]


def test_the_planner_keeps_an_officer_off_the_days_of_leave(demo_db, cli):
    cal.new_month(demo_db, MONTH)
    officer, name, _ = _busiest_cell_officer(cal.calendar_view(demo_db, MONTH))
    out = cli("--db", demo_db.url, "unavailable", "add", officer, "2026-12-10", "2026-12-12",
              "--reason", "Nghỉ phép")
    assert out.code == 0, out
    assert f"đồng chí {name} vắng từ 10/12/2026 đến 12/12/2026 (Nghỉ phép)" in out.out
    assert cli("--db", demo_db.url, "calendar", "plan", MONTH).code == 0
    view = cal.calendar_view(demo_db, MONTH)
    theirs = [m for m in view["meetings"] if officer in {a["id"] for a in m["attendees"]}]
    assert theirs
    assert all(m["date"] not in ("2026-12-10", "2026-12-11", "2026-12-12") for m in theirs)
    assert cal.conflicts(demo_db, MONTH) == []


def test_a_meeting_moved_onto_a_day_of_leave_is_a_conflict_naming_it(demo_db, cli):
    cal.new_month(demo_db, MONTH)
    cal.plan(demo_db, MONTH)
    officer, name, meetings = _busiest_cell_officer(cal.calendar_view(demo_db, MONTH))
    meeting = meetings[0]
    day = dt.date.fromisoformat(meeting["date"])
    add_unavailability(demo_db, officer, day, day, "đi công tác")
    out = cli("--db", demo_db.url, "calendar", "conflicts", MONTH)
    assert out.code == 1
    lines = [line for line in out.out.splitlines() if name in line]
    assert len(lines) == 1
    assert f"Đồng chí {name} đi công tác ngày {day:%d/%m/%Y}" in lines[0]
    assert meeting["unit"] in lines[0]
    found = json.loads(cli("--db", demo_db.url, "calendar", "conflicts", MONTH, "--json").out)
    assert [(c["kind"], c["meeting_ids"], c["officer_ids"]) for c in found] == [
        ("unavailable", [meeting["id"]], [officer])]
    # planning again moves it off that day (the day is free elsewhere in the window)
    cal.plan(demo_db, MONTH)
    assert cal.conflicts(demo_db, MONTH) == []


def test_add_list_remove_on_the_command_line(demo_db, cli):
    db = demo_db.url
    officer = cal.calendar_view(demo_db, "2026-10")["meetings"][0]["attendees"][0]
    assert cli("--db", db, "unavailable", "add", officer["id"], "2026-11-03", "2026-11-05",
               "--reason", "học tập").code == 0
    assert cli("--db", db, "unavailable", "add", officer["id"], "2026-12-20",
               "2026-12-20").code == 0
    listed = json.loads(cli("--db", db, "unavailable", "list", "--json").out)
    assert [(r["officer_id"], r["officer"], r["from"], r["to"], r["reason"]) for r in listed] == [
        (officer["id"], officer["name"], "2026-11-03", "2026-11-05", "học tập"),
        (officer["id"], officer["name"], "2026-12-20", "2026-12-20", "")]
    december = json.loads(cli("--db", db, "unavailable", "list", "--json", "--month",
                              "2026-12").out)
    assert [r["from"] for r in december] == ["2026-12-20"]
    text = cli("--db", db, "unavailable", "list").out
    assert f"{officer['name']} (mã {officer['id']})  từ 03/11/2026 đến 05/11/2026 — học tập" \
        in text
    assert cli("--db", db, "unavailable", "remove", listed[0]["id"]).code == 0
    assert [r.id for r in list_unavailability(demo_db)] == [listed[1]["id"]]


def test_bad_input_is_one_sentence_and_writes_nothing(demo_db, cli):
    db = demo_db.url
    before = table_counts(demo_db, ["unavailability", "audit_log"])
    cases = [
        (("unavailable", "add", "1", "2026-12-12", "2026-12-10"),
         "Ngày bắt đầu 12/12/2026 sau ngày kết thúc 10/12/2026."),
        (("unavailable", "add", "1", "12/10/2026", "2026-12-12"),
         "Ngày bắt đầu phải có dạng YYYY-MM-DD"),
        (("unavailable", "add", "999999", "2026-12-10", "2026-12-12"),
         "Không có cán bộ mã 999999."),
        (("unavailable", "add", "1", "2026-12-10", "2026-12-12", "--reason", "x" * 301),
         "quá 300 ký tự"),
        (("unavailable", "remove", "424242"), "Không có lịch vắng mã 424242"),
    ]
    for args, sentence in cases:
        out = cli("--db", db, *args)
        assert out.code != 0, args
        assert sentence in out.err
        assert len(out.err.strip().splitlines()) == 1
        assert "Traceback" not in out.err
    assert table_counts(demo_db, ["unavailability", "audit_log"]) == before
