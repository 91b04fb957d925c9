"""The demo's months after the meetings: approved calendars, their attendance, feedback.

Called by ``build_demo`` inside its one transaction, once the units, officers
and assignments exist. The district gets three approved months (August to
October 2026), the province two, through the calendar services themselves
(create, plan, approve, audited like a secretary's work); the province's second
month keeps the first one's days instead of planning again, so it stays fast to
build. Then attendance near what the practice reports (about 92% present, a few
excused with a reason, some absent, exactly two officers absent without reason
two months running, a few meetings of the last month not entered yet) and the
grassroots feedback in every state, dated up to the day the demo is built
(about 40 items, 3 of them overdue; 20,000 for the province).
"""

from __future__ import annotations

import datetime as dt
import json
import random

from sqlalchemy import bindparam, select, update
from sqlalchemy.orm import Session

from dvdesk.domain import feedback as rules
from dvdesk.domain.models import (
    Assignment,
    Attendance,
    Feedback,
    FeedbackEvent,
    Hamlet,
    Meeting,
    MonthlyCalendar,
)
from dvdesk.domain.text import search_key
from dvdesk.domain.working_days import add_working_days, is_working_day
from dvdesk.paths import db_path
from dvdesk.services.audit import current_user

MONTHS = {"district": ("2026-08", "2026-09", "2026-10"), "province": ("2026-09", "2026-10"),
          "commune": ("2026-08", "2026-09", "2026-10")}
FEEDBACK = {"district": 40, "province": 20_000, "commune": 24}
# Of the items still waiting for an answer, the overdue ones: exactly 3 in the district.
OVERDUE = {"district": 3, "province": 420, "commune": 2}
# The number symbol of the approved months: Huyện ủy, Tỉnh ủy, Đảng ủy xã.
SYMBOL = {"district": "HU", "province": "TU", "commune": "ĐU"}
# The share of the items in each final state (the rest: received, not yet forwarded).
SHARES = {
    "district": ((rules.RESOLVED, 0.45), (rules.CLOSED, 0.06), (rules.ANSWERED, 0.14),
                 (rules.FORWARDED, 0.19)),
    "commune": ((rules.RESOLVED, 0.45), (rules.CLOSED, 0.06), (rules.ANSWERED, 0.14),
                (rules.FORWARDED, 0.19)),
    "province": ((rules.RESOLVED, 0.62), (rules.CLOSED, 0.06), (rules.ANSWERED, 0.18),
                 (rules.FORWARDED, 0.06)),
}
PRESENT, EXCUSED = 0.92, 0.05  # the rest is absent
UNRECORDED_LAST_MONTH = 0.06  # meetings of the last month not entered yet


def build_after_meetings(session: Session, scale: str, seed: int = 2026,
                         today: dt.date | None = None) -> dict:
    """Inside the demo's transaction, once its units, officers and assignments exist."""
    from dvdesk.services.calendar import new_month_in, plan_in
    from dvdesk.services.calendar_versions import approve_in

    rng = random.Random(seed + 1)
    today = today or dt.date.today()
    months = MONTHS[scale]
    for index, month in enumerate(months):
        made = new_month_in(session, month, copy_previous=index > 0)
        if scale != "province" or made["copied"] < made["committees"] + made["cells"]:
            plan_in(session, month)
        year, mon = (int(p) for p in month.split("-"))
        approved_on = dt.date(year, mon, 1) - dt.timedelta(days=3)
        number = f"{10 + index}-LT/{SYMBOL[scale]}"
        approve_in(session, month, number, "Ban Thường vụ", approved_on)
    data = json.loads(db_path("demo", "feedback.json").read_text(encoding="utf-8"))
    marks = _attendance(session, months, rng, data["excuses"])
    items = _feedback(session, FEEDBACK[scale], OVERDUE[scale], SHARES[scale], rng, data, today)
    return {"months": list(months), "attendance": marks, "feedback": items}


# ---------------------------------------------------------------------------
# attendance


def _attendance(session: Session, months: tuple[str, ...], rng: random.Random,
                excuses: list[str]) -> int:
    rows_of: dict[str, list[tuple[int, int, int]]] = {}
    for month in months:
        calendar_id = session.scalar(
            select(MonthlyCalendar.id).where(MonthlyCalendar.month == month,
                                             MonthlyCalendar.status == "approved")
            .order_by(MonthlyCalendar.version.desc()).limit(1))
        rows_of[month] = list(session.execute(
            select(Attendance.id, Attendance.meeting_id, Attendance.officer_id)
            .join(Meeting, Meeting.id == Attendance.meeting_id)
            .where(Meeting.calendar_id == calendar_id).order_by(Attendance.id)))
    # Two officers expected in both last months miss one meeting in each, without reason.
    last, before = months[-1], months[-2]
    common = sorted({r[2] for r in rows_of[last]} & {r[2] for r in rows_of[before]})
    repeaters = set(rng.sample(common, 2))
    skipped = _unrecorded(rows_of[last], repeaters, rng)
    absent_before: set[int] = set()
    changes: list[dict] = []
    for month in months:
        absent_now: set[int] = set()
        repeat_done: set[int] = set()
        for row_id, meeting_id, officer_id in rows_of[month]:
            if month == last and meeting_id in skipped:
                continue
            status, reason = "present", ""
            if officer_id in repeaters and month in (before, last):
                if officer_id not in repeat_done:
                    status = "absent"
                    repeat_done.add(officer_id)
            else:
                draw = rng.random()
                if draw >= PRESENT + EXCUSED:
                    status = "absent"
                elif draw >= PRESENT:
                    status = "excused"
                # Nobody else is absent two months running: that one gives a reason.
                if status == "absent" and (officer_id in absent_before or officer_id in repeaters):
                    status = "excused"
                if status == "excused":
                    reason = rng.choice(excuses)
            if status == "absent":
                absent_now.add(officer_id)
            changes.append({"b_id": row_id, "b_status": status, "b_reason": reason})
        absent_before = absent_now
    table = Attendance.__table__
    for start in range(0, len(changes), 5000):
        session.connection().execute(
            update(table).where(table.c.id == bindparam("b_id"))
            .values(status=bindparam("b_status"), reason=bindparam("b_reason"),
                    row_version=table.c.row_version + 1), changes[start:start + 5000])
    return len(changes)


def _unrecorded(rows: list[tuple[int, int, int]], keep: set[int],
                rng: random.Random) -> set[int]:
    """A few meetings of the last month nobody has entered yet (never a repeater's)."""
    meetings = sorted({m for _i, m, _o in rows})
    theirs = {m for _i, m, o in rows if o in keep}
    free = [m for m in meetings if m not in theirs]
    return set(rng.sample(free, min(len(free), round(len(meetings) * UNRECORDED_LAST_MONTH))))


# ---------------------------------------------------------------------------
# feedback


def _feedback(session: Session, count: int, overdue: int, shares, rng: random.Random,
              data: dict, today: dt.date) -> int:
    supporters = dict(session.execute(
        select(Assignment.unit_id, Assignment.officer_id)
        .where(Assignment.role == "hamlet_support", Assignment.effective_to.is_(None))
        .order_by(Assignment.id)).all())
    hamlets = [h for h in session.scalars(select(Hamlet.id).order_by(Hamlet.id))
               if h in supporters]
    fields = list(data["matters"])
    weights = [30, 25, 12, 15, 10, 8][:len(fields)]  # đất đai and hạ tầng lead, as reported
    # Final states: mostly settled; the rest still waiting, a known number of them overdue.
    plan = [state for state, share in shares for _ in range(round(count * share))]
    plan += [rules.RECEIVED] * (count - len(plan) - overdue)
    plan += ["overdue"] * overdue
    rng.shuffle(plan)
    user = current_user(session)
    at = dt.datetime.now().replace(microsecond=0)
    items, steps = [], []
    keys: dict[tuple[str, str, str], str] = {}  # a few hundred distinct texts, 20,000 items
    for target in plan:
        field = rng.choices(fields, weights)[0]
        hamlet = rng.choice(hamlets)
        complex_matter = rng.random() < 0.12
        history = _history(target, complex_matter, rng, data, field, today)
        received = history[0][1]
        content = rng.choice(data["matters"][field])
        raised_by = rng.choice(data["raisers"])
        state = rules.state_after(history)
        items.append({
            "received_on": received, "hamlet_id": hamlet, "officer_id": supporters[hamlet],
            "raised_by": raised_by, "field": field, "content": content,
            "search_text": _cached_key(keys, (content, raised_by, state["forwarded_to"])),
            "is_complex": complex_matter,
            "deadline": rules.answer_deadline(received, complex_matter), **state,
            "created_at": at, "row_version": 1})
        steps.append(history)
    # Core statements: the ORM's bulk path costs seconds per 10,000 rows here.
    connection = session.connection()
    ids: list[int] = []
    returning = Feedback.__table__.insert().returning(Feedback.__table__.c.id,
                                                      sort_by_parameter_order=True)
    for start in range(0, len(items), 5000):
        ids += list(connection.execute(returning, items[start:start + 5000]).scalars())
    events = []
    for item_id, history in zip(ids, steps, strict=True):
        previous = None
        for status, day, note in history:
            events.append({"feedback_id": item_id, "on_date": day, "status": status,
                           "previous_status": previous, "note": note, "at": at, "user": user})
            previous = status
    for start in range(0, len(events), 5000):
        connection.execute(FeedbackEvent.__table__.insert(), events[start:start + 5000])
    return len(ids)


def _cached_key(cache: dict, texts: tuple[str, str, str]) -> str:
    found = cache.get(texts)
    if found is None:
        found = cache[texts] = search_key(" ".join(texts))
    return found


def _working_back(day: dt.date, count: int) -> dt.date:
    while count:
        day -= dt.timedelta(days=1)
        if is_working_day(day):
            count -= 1
    return day


def _history(target: str, complex_matter: bool, rng: random.Random, data: dict, field: str,
             today: dt.date) -> list[tuple[str, dt.date, str]]:
    """(status, day, note) steps ending in ``target`` ("overdue": still waiting, past its
    deadline), every day on or before ``today`` and each deadline honest to its state."""
    days = rules.COMPLEX_DAYS if complex_matter else rules.DEFAULT_DAYS
    if target in (rules.RECEIVED, rules.FORWARDED):  # waiting, not yet due
        received = _working_back(today, rng.randint(0, days - 1))
    elif target == "overdue":
        received = _working_back(today, days + rng.randint(2, 12))
    else:  # answered or finished: long enough ago for every step to have happened
        received = today - dt.timedelta(days=rng.randint(days * 2 + 25, 330))
    history = [(rules.RECEIVED, received, "")]
    if target == rules.RECEIVED or (target == "overdue" and rng.random() < 0.34):
        return history
    body = rng.choice(data["bodies"][field])
    forwarded = min(today, add_working_days(received, rng.randint(0, 2)))
    history.append((rules.FORWARDED, forwarded, body))
    if target == rules.CLOSED and rng.random() < 0.5:
        return [*history, (rules.CLOSED, min(today, forwarded + dt.timedelta(days=3)),
                           rng.choice(data["closures"]))]
    if target in (rules.FORWARDED, "overdue"):
        return history
    late = rng.random() < 0.15  # a few answers come after the deadline
    answered = add_working_days(forwarded, rng.randint(days, days + 6) if late
                                else rng.randint(1, max(1, days - 3)))
    answered = min(today, answered)
    history.append((rules.ANSWERED, answered, rng.choice(data["answers"])))
    if target == rules.ANSWERED:
        return history
    finished = min(today, answered + dt.timedelta(days=rng.randint(2, 20)))
    if target == rules.CLOSED:
        return [*history, (rules.CLOSED, finished, rng.choice(data["closures"]))]
    return [*history, (rules.RESOLVED, finished, rng.choice(data["resolutions"]))]


__all__ = ["build_after_meetings"]
