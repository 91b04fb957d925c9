"""The after-meeting figures equal what a secretary would count by hand from the rows.

Compliance (per officer, commune, cluster, overall, absent two months running) and the
feedback counts (received, resolved, overdue, open per field and commune) are computed
by grouped reads for speed; here they are counted again one row at a time from the
stored attendance and feedback, on the demo district as built and on a district whose
marks and feedback were drawn at random.
"""

from __future__ import annotations

import datetime as dt
import random
import sqlite3
from collections import Counter, defaultdict

import pytest
from sqlalchemy import select

from dvdesk.domain import feedback as feedback_rules
from dvdesk.domain.models import (
    Attendance,
    Cell,
    Commune,
    Feedback,
    Hamlet,
    Meeting,
    MonthlyCalendar,
    Officer,
)
from dvdesk.domain.roles import commune_title
from dvdesk.domain.text import name_sort_key
from dvdesk.services import attendance_read
from dvdesk.services import feedback as feedback_service
from dvdesk.services.feedback_read import feedback_counts
from dvdesk.store import open_database

MONTHS = ("2026-08", "2026-09", "2026-10")  # the demo district's approved months


def _month_before(month: str) -> str:
    year, mon = map(int, month.split("-"))
    return f"{year - 1}-12" if mon == 1 else f"{year}-{mon - 1:02d}"


def _shape(t: Counter) -> dict:
    rate = round(t["present"] / t["counted"], 4) if t["counted"] else None
    return {"expected": t["expected"], "present": t["present"], "excused": t["excused"],
            "absent": t["absent"], "rate": rate}


def _compliance_by_hand(db, first: str, last: str) -> dict:
    """Every expected attendance of each month's latest approved version, one at a time."""
    months, month = [], first
    while month <= last:
        months.append(month)
        year, mon = map(int, month.split("-"))
        month = f"{year + 1}-01" if mon == 12 else f"{year}-{mon + 1:02d}"
    with db.read() as session:
        latest = {}
        for calendar in session.scalars(select(MonthlyCalendar)
                                        .where(MonthlyCalendar.status == "approved")):
            if calendar.version > latest.get(calendar.month, (0, 0))[1]:
                latest[calendar.month] = (calendar.id, calendar.version)
        month_of = {cid: m for m, (cid, _v) in latest.items()}
        cells = {c.id: c.commune_id for c in session.scalars(select(Cell))}
        names = {o.id: o.full_name for o in session.scalars(select(Officer))}
        communes = {c.id: c for c in session.scalars(select(Commune))}
        lines = []
        for row, meeting in session.execute(select(Attendance, Meeting)
                                            .join(Meeting, Meeting.id == Attendance.meeting_id)):
            if row.role == "" or meeting.calendar_id not in month_of:
                continue
            commune = meeting.unit_id if meeting.kind == "committee" else cells[meeting.unit_id]
            lines.append((month_of[meeting.calendar_id], meeting.id, row.officer_id,
                          row.status, commune))
    recorded = {meeting for _m, meeting, _o, status, _c in lines if status is not None}
    officers, by_commune = defaultdict(Counter), defaultdict(Counter)
    absent = defaultdict(set)
    for month, meeting, officer, status, commune in lines:
        if status == "absent":
            absent[officer].add(month)
        if month not in months:
            continue
        for tally in (officers[officer], by_commune[commune]):
            tally["expected"] += 1
            tally[status] += 1
            tally["counted"] += meeting in recorded
    clusters = defaultdict(Counter)
    for commune_id, tally in by_commune.items():
        clusters[communes[commune_id].cluster_id if commune_id in communes else None] += tally
    repeats = {}
    for officer, found in absent.items():
        runs = {m for m in months if m in found and _month_before(m) in found}
        if runs:
            repeats[officer] = sorted(runs | {_month_before(m) for m in runs})
    return {
        "months": sorted(m for m in months if m in latest),
        "by_officer": {i: {"name": names[i], **_shape(t)} for i, t in officers.items()},
        "order": sorted(officers, key=lambda i: (name_sort_key(names[i]), i)),
        "by_commune": {i: {"name": commune_title(communes[i].kind, communes[i].name),
                           **_shape(t)} for i, t in by_commune.items()},
        "by_cluster": {i: _shape(t) for i, t in clusters.items()},
        "overall": _shape(sum(officers.values(), Counter())),
        "repeats": {i: (names[i], m) for i, m in repeats.items()},
    }


def _assert_same_compliance(db, first: str, last: str) -> None:
    counted = attendance_read.compliance(db, first, last)
    by_hand = _compliance_by_hand(db, first, last)
    assert counted.months == by_hand["months"]
    assert {r["id"]: {k: v for k, v in r.items() if k != "id"}
            for r in counted.by_officer} == by_hand["by_officer"]
    assert [r["id"] for r in counted.by_officer] == by_hand["order"]
    assert {r["id"]: {k: v for k, v in r.items() if k not in ("id", "cluster_id")}
            for r in counted.by_commune} == by_hand["by_commune"]
    assert {r["id"]: {k: v for k, v in r.items() if k not in ("id", "name")}
            for r in counted.by_cluster} == by_hand["by_cluster"]
    assert counted.overall == by_hand["overall"]
    assert {r["id"]: (r["name"], r["months"])
            for r in counted.repeat_absentees} == by_hand["repeats"]


def _shuffle_marks(path, seed: int) -> None:
    """Marks drawn at random, as a district's secretaries might have left them: some
    meetings not entered at all, the others a mix of present, excused and absent, and a
    few lines kept from before expected officers had a role."""
    rng = random.Random(seed)
    conn = sqlite3.connect(str(path))
    with conn:
        meetings = [m for (m,) in conn.execute("SELECT DISTINCT meeting_id FROM attendance")]
        for meeting in meetings:
            entered = rng.random() < 0.7
            for (line,) in conn.execute("SELECT id FROM attendance WHERE meeting_id = ?",
                                        (meeting,)).fetchall():
                status = rng.choice(["present"] * 6 + ["excused", "absent", "absent", None]) \
                    if entered else None
                conn.execute("UPDATE attendance SET status = ?, reason = ?, "
                             "role = CASE WHEN ? THEN '' ELSE role END, "
                             "row_version = row_version + 1 WHERE id = ?",
                             (status, "Ốm" if status == "excused" else "",
                              rng.random() < 0.03, line))
    conn.close()


def test_compliance_of_the_demo_district_equals_the_count_by_hand(demo_db):
    for first, last in [(m, m) for m in MONTHS] + [(MONTHS[0], MONTHS[-1]),
                                                   ("2026-07", "2026-09"), ("2026-11", "2026-12")]:
        _assert_same_compliance(demo_db, first, last)


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_compliance_of_random_marks_equals_the_count_by_hand(demo_path, seed):
    _shuffle_marks(demo_path, seed)
    db = open_database(str(demo_path))
    try:
        for first, last in [(m, m) for m in MONTHS] + [(MONTHS[0], MONTHS[-1]),
                                                       (MONTHS[1], MONTHS[2])]:
            _assert_same_compliance(db, first, last)
        assert attendance_read.compliance(db, MONTHS[1], MONTHS[2]).repeat_absentees
    finally:
        db.dispose()


# ---------------------------------------------------------------------------
# feedback


def _counts_by_hand(db, first: dt.date, last: dt.date, on: dt.date) -> dict:
    """Each item judged by the domain's rules (``is_overdue``), one at a time."""
    by_field, by_commune = defaultdict(Counter), defaultdict(Counter)
    with db.read() as session:
        for item, commune_id in session.execute(
                select(Feedback, Hamlet.commune_id).join(Hamlet, Hamlet.id == Feedback.hamlet_id)):
            still = item.received_on <= on and (item.status in feedback_rules.OPEN_STATUSES
                                                or (item.finished_on or on) > on)
            found = Counter({
                "received": first <= item.received_on <= last,
                "resolved": item.status == feedback_rules.RESOLVED
                and item.finished_on is not None and first <= item.finished_on <= last,
                "overdue": still and feedback_rules.is_overdue(
                    item.received_on, item.deadline, item.answered_on, item.finished_on, on),
                "open": still})
            ended = item.finished_on is not None and first <= item.finished_on <= last
            if found["received"] or ended or still:
                by_field[item.field].update(found)
                by_commune[commune_id].update(found)
    keys = ("received", "resolved", "overdue", "open")
    return {"by_field": {f: tuple(c[k] for k in keys) for f, c in by_field.items()},
            "by_commune": {i: tuple(c[k] for k in keys) for i, c in by_commune.items()}}


def _assert_same_counts(db, period: str, on: dt.date) -> None:
    counted = feedback_counts(db, period, on)
    first, last = dt.date.fromisoformat(counted["from"]), dt.date.fromisoformat(counted["to"])
    by_hand = _counts_by_hand(db, first, last, on)
    keys = ("received", "resolved", "overdue", "open")
    fields = {r["name"]: tuple(r[k] for k in keys) for r in counted["by_field"]}
    # The settings' fields are listed even when nothing was raised in them.
    assert {f: v for f, v in fields.items() if any(v) or f in by_hand["by_field"]} \
        == by_hand["by_field"]
    assert {r["id"]: tuple(r[k] for k in keys) for r in counted["by_commune"]} \
        == by_hand["by_commune"]


PERIODS = [("2026", dt.date(2026, 11, 30)), ("2026", dt.date(2026, 6, 15)),
           ("2026-10", dt.date(2026, 10, 31)), ("2026-03", dt.date(2026, 3, 31)),
           ("2026-03", dt.date(2026, 11, 1)), ("2025", dt.date(2025, 12, 31))]


def test_feedback_counts_of_the_demo_district_equal_the_count_by_hand(demo_db):
    for period, on in PERIODS:
        _assert_same_counts(demo_db, period, on)


def _random_feedback(db, seed: int, count: int = 80) -> None:
    """Items raised across the year and taken through random steps on random later days."""
    rng = random.Random(seed)
    with db.read() as session:
        hamlets = list(session.scalars(select(Hamlet.id)))
        officers = list(session.scalars(select(Officer.id).where(Officer.deleted.is_(False))))
    fields = ["Đất đai", "Hạ tầng", "An ninh trật tự", "Môi trường", "An sinh xã hội", "Khác"]
    start = dt.date(2026, 1, 5)
    for _ in range(count):
        day = start + dt.timedelta(days=rng.randrange(300))
        item = feedback_service.add_feedback(
            db, hamlet_id=rng.choice(hamlets), officer_id=rng.choice(officers), received=day,
            field=rng.choice(fields), content="Đường vào ấp bị sạt lở",
            is_complex=rng.random() < 0.2)
        path = rng.choice([(), ("forward",), ("forward", "answer"),
                           ("forward", "answer", "resolve"), ("forward", "answer", "resolve"),
                           ("close",), ("forward", "answer", "close")])
        for step in path:
            day += dt.timedelta(days=rng.randrange(1, 25))
            day = min(day, dt.date(2026, 11, 28))
            if step == "forward":
                feedback_service.forward_feedback(db, item, "UBND xã", day)
            elif step == "answer":
                feedback_service.answer_feedback(db, item, "Đã trả lời", day)
            elif step == "resolve":
                feedback_service.resolve_feedback(db, item, day)
            else:
                feedback_service.close_feedback(db, item, "Trùng nội dung", day)


def test_feedback_counts_of_random_items_equal_the_count_by_hand(demo_db):
    _random_feedback(demo_db, seed=7)
    for period, on in PERIODS + [("2026-07", dt.date(2026, 7, 31)),
                                 ("2026-11", dt.date(2026, 11, 20))]:
        _assert_same_counts(demo_db, period, on)


def test_both_counts_equal_the_count_by_hand_on_both_databases(any_db_url):
    """A small district on SQLite and on PostgreSQL: random marks over two approved months
    and random feedback, counted by the service and by hand."""
    from dvdesk.services import attendance
    from dvdesk.services import calendar as cal
    from dvdesk.services.assignments import assign
    from dvdesk.services.officers import add_officer
    from dvdesk.services.units import add_unit

    rng = random.Random(11)
    db = open_database(any_db_url)
    try:
        start = dt.date(2026, 1, 1)
        names = iter(["Nguyễn Văn An", "Lê Thị Bích", "Trần Văn Chung", "Phạm Thị Dung",
                      "Võ Văn Em", "Đặng Thị Gấm", "Bùi Văn Hải", "Ngô Thị Ích"])
        for commune_name in ("An Khánh", "Phú Túc"):
            commune = add_unit(db, "commune", commune_name)
            assign(db, add_officer(db, next(names)), "commune_lead", commune, start)
            for hamlet_name in ("Ấp Một", "Ấp Hai"):
                hamlet = add_unit(db, "hamlet", f"{hamlet_name} {commune_name}", commune)
                cell = add_unit(db, "cell", f"Chi bộ {hamlet_name} {commune_name}", commune,
                                hamlet_id=hamlet)
                assign(db, add_officer(db, next(names)), "cell_attendance", cell, start)
        for month in ("2026-09", "2026-10"):
            cal.new_month(db, month)
            cal.plan(db, month)
            cal.approve(db, month, "15-LT/HU", "Nguyễn Văn A", dt.date(2026, 8, 25))
            for meeting in attendance_read.month_meetings(db, month):
                for expected in meeting.expected:
                    status = rng.choice(["present", "present", "excused", "absent", None])
                    if status is not None:
                        attendance.record_attendance(db, month, meeting.id,
                                                     expected.officer_id, status,
                                                     "Ốm" if status == "excused" else "")
        for first, last in (("2026-09", "2026-09"), ("2026-10", "2026-10"),
                            ("2026-09", "2026-10")):
            _assert_same_compliance(db, first, last)
        overall = attendance_read.compliance(db, "2026-09", "2026-10").overall
        assert overall["expected"] >= 10 and overall["absent"] > 0 and overall["present"] > 0
        _random_feedback(db, seed=5, count=40)
        for period, on in PERIODS:
            _assert_same_counts(db, period, on)
        total = feedback_counts(db, "2026", dt.date(2026, 11, 30))["total"]
        assert total["received"] == 40 and total["overdue"] > 0 and total["resolved"] > 0
    finally:
        db.dispose()
