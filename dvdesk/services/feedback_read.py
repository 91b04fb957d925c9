"""Reading feedback: filtered lists a page at a time, one item with its history, counts.

``list_feedback(db, filter, on=…, offset=…, limit=…)`` answers the window's list
and ``feedback list``: filtered by status, field, commune, hamlet, officer,
overdue on a chosen day and an accent-free search, newest first, with the total.
``feedback_counts(db, period)`` gives received, resolved and overdue counts per
field and per commune for a month or a year. "Overdue" is the same rule as
``domain.feedback.is_overdue``, written once more as SQL so that a province's
20,000 items are filtered by the database, not in Python.
"""

from __future__ import annotations

import copy
import dataclasses
import datetime as dt
import re
from calendar import monthrange
from dataclasses import dataclass, field

from sqlalchemy import and_, case, func, or_, select, union_all

from dvdesk.domain import feedback as rules
from dvdesk.domain.messages import msg
from dvdesk.domain.models import Commune, Feedback, FeedbackEvent, Hamlet, Officer, Setting
from dvdesk.domain.roles import commune_title
from dvdesk.domain.text import search_key
from dvdesk.domain.validate import FIRST_DAY, LAST_DAY
from dvdesk.errors import InvalidInput, NotFound
from dvdesk.services.attendance_read import cached_text_key
from dvdesk.store.database import Database

# The keys of ``feedback list --json`` (a contract).
LIST_KEYS = ("id", "received", "deadline", "status", "overdue", "hamlet", "commune", "officer",
             "field", "content")


@dataclass
class FeedbackFilter:
    """What the list shows; empty values do not filter."""

    statuses: tuple[str, ...] = ()
    field: str = ""
    commune_id: int | None = None
    hamlet_id: int | None = None
    officer_id: int | None = None
    overdue: bool = False
    search: str = ""
    received_from: dt.date | None = None
    received_to: dt.date | None = None


@dataclass
class FeedbackPage:
    rows: list[dict]
    total: int  # rows matching the filter, all pages
    on: dt.date  # the day "overdue" was judged on
    overdue: int = 0  # of the matching rows, how many are overdue on that day
    extra: dict = field(default_factory=dict)


def _ids(*conditions_of):
    """SQL: ids of the items meeting any of the given conditions, each condition a function
    of the (aliased) table, so that each branch is looked up through its own index."""
    branches = []
    for conditions in conditions_of:
        table = Feedback.__table__.alias()
        branches.append(select(table.c.id).where(*conditions(table.c)))
    return union_all(*branches)


def _any_of(*conditions_of):
    """SQL: the same conditions as ``_ids`` judged on the row itself (``Feedback``), for a
    query that reads the rows anyway."""
    columns = Feedback.__table__.c
    return or_(*(and_(*conditions(columns)) for conditions in conditions_of))


def _overdue_branches(on: dt.date) -> tuple:
    """``domain.feedback.is_overdue`` on ``on`` for an item received by then: past its
    deadline with no answer and no end by that day. An item has no answer and no end date
    exactly while it waits (received or forwarded), and its end never comes before its
    answer, so these three branches are the rule."""
    return (lambda c: (c.status.in_(rules.AWAITING_ANSWER), c.deadline < on),
            lambda c: (c.answered_on > on, c.deadline < on),
            lambda c: (c.answered_on.is_(None), c.finished_on > on, c.deadline < on))


def _open_branches(on: dt.date) -> tuple:
    """Not resolved or closed by ``on``, for an item received by then (an item has no end
    date exactly while its status is an open one)."""
    return (lambda c: (c.status.in_(rules.OPEN_STATUSES),),
            lambda c: (c.finished_on > on,))


def overdue_on(on: dt.date):
    """SQL: the item is overdue on ``on`` (``domain.feedback.is_overdue``); each branch of
    the rule has an index, so a province's 20,000 items are not read one by one."""
    return and_(Feedback.received_on <= on, Feedback.id.in_(_ids(*_overdue_branches(on))))


def open_on(on: dt.date):
    """SQL: received by ``on`` and not resolved or closed by then."""
    return and_(Feedback.received_on <= on, Feedback.id.in_(_ids(*_open_branches(on))))


def _like_words(text: str):
    words = search_key(text).split()
    escaped = [re.sub(r"([\\%_])", r"\\\1", w) for w in words]
    return [Feedback.search_text.like(f"%{w}%", escape="\\") for w in escaped]


def _conditions(flt: FeedbackFilter, on: dt.date) -> list:
    conditions = []
    if flt.statuses:
        unknown = [s for s in flt.statuses if s not in rules.STATUSES]
        if unknown:
            raise InvalidInput(msg("Trạng thái không hợp lệ: {unknown} (có: {known}).",
                                   unknown=", ".join(unknown), known=", ".join(rules.STATUSES)))
        conditions.append(Feedback.status.in_(flt.statuses))
    if flt.field:
        conditions.append(Feedback.field == flt.field)
    if flt.commune_id is not None:
        conditions.append(Hamlet.commune_id == flt.commune_id)
    if flt.hamlet_id is not None:
        conditions.append(Feedback.hamlet_id == flt.hamlet_id)
    if flt.officer_id is not None:
        conditions.append(Feedback.officer_id == flt.officer_id)
    if flt.overdue:
        conditions.append(overdue_on(on))
    if flt.search:
        conditions.extend(_like_words(flt.search))
    if flt.received_from is not None:
        conditions.append(Feedback.received_on >= flt.received_from)
    if flt.received_to is not None:
        conditions.append(Feedback.received_on <= flt.received_to)
    return conditions


def _row(item, on: dt.date) -> dict:
    commune = commune_title(item.kind, item.commune_name) if item.commune_name is not None else ""
    return {
        "id": item.id, "received": item.received_on.isoformat(),
        "deadline": item.deadline.isoformat(), "status": item.status,
        "overdue": rules.is_overdue(item.received_on, item.deadline, item.answered_on,
                                    item.finished_on, on),
        "hamlet": item.hamlet_name, "commune": commune, "officer": item.officer_name,
        "field": item.field, "content": item.content,
        "hamlet_id": item.hamlet_id, "commune_id": item.commune_id,
        "officer_id": item.officer_id, "raised_by": item.raised_by,
        "is_complex": item.is_complex, "forwarded_to": item.forwarded_to,
        "forwarded_on": _iso(item.forwarded_on), "answer": item.answer,
        "answered_on": _iso(item.answered_on), "resolution": item.resolution,
        "finished_on": _iso(item.finished_on), "row_version": item.row_version,
    }


def _iso(day: dt.date | None) -> str | None:
    return day.isoformat() if day else None


def _select():
    return (select(Feedback.id, Feedback.received_on, Feedback.deadline, Feedback.status,
                   Feedback.answered_on, Feedback.finished_on, Feedback.field, Feedback.content,
                   Feedback.hamlet_id, Hamlet.commune_id, Feedback.officer_id,
                   Feedback.raised_by, Feedback.is_complex, Feedback.forwarded_to,
                   Feedback.forwarded_on, Feedback.answer, Feedback.resolution,
                   Feedback.row_version, Hamlet.name.label("hamlet_name"),
                   Commune.name.label("commune_name"), Commune.kind.label("kind"),
                   Officer.full_name.label("officer_name"))
            .join(Hamlet, Hamlet.id == Feedback.hamlet_id)
            .join(Commune, Commune.id == Hamlet.commune_id)
            .join(Officer, Officer.id == Feedback.officer_id))


def list_feedback(db: Database, flt: FeedbackFilter | None = None, *, on: dt.date | None = None,
                  offset: int = 0, limit: int | None = None) -> FeedbackPage:
    """The matching items, newest received first, ``limit`` of them from ``offset`` (all when
    None), with the total count and how many of those are overdue on ``on`` (today)."""
    flt = flt or FeedbackFilter()
    on = on or dt.date.today()
    with db.read() as session:
        if flt.field:
            flt = dataclasses.replace(flt, field=_known_field(session, flt.field))
        conditions = _conditions(flt, on)
        base = select(func.count()).select_from(Feedback)
        if flt.commune_id is not None:
            base = base.join(Hamlet, Hamlet.id == Feedback.hamlet_id)
        total = session.scalar(base.where(*conditions))
        overdue = total if flt.overdue else session.scalar(
            base.where(*conditions, overdue_on(on)))
        stmt = (_select().where(*conditions)
                .order_by(Feedback.received_on.desc(), Feedback.id.desc()).offset(offset))
        if limit is not None:
            stmt = stmt.limit(limit)
        rows = [_row(_Joined(r), on) for r in session.execute(stmt)]
    return FeedbackPage(rows=rows, total=int(total or 0), on=on, overdue=int(overdue or 0))


def _known_field(session, text: str) -> str:
    """The field as stored, for text typed with or without accents; refused when no item
    and no setting has it."""
    from dvdesk.store import queries

    known = rules.fields_of(queries.settings(session))
    found = rules.match_field(text, known) or rules.match_field(
        text, session.scalars(select(Feedback.field).distinct()))
    if found is None:
        raise InvalidInput(msg("Lĩnh vực “{field}” không có trong danh sách: {known}.",
                               field=text, known=", ".join(known)))
    return found


class _Joined:
    """A joined row with ``commune_title``'s attributes on it."""

    def __init__(self, row):
        self.__dict__.update(row._mapping)
        self.name, self.kind = row.commune_name, row.kind


def feedback_item(db: Database, item_id: int, on: dt.date | None = None) -> dict:
    """One item as the list shows it, plus its history: [{on, status, previous, note, at,
    user}], oldest first."""
    on = on or dt.date.today()
    with db.read() as session:
        found = session.execute(_select().where(Feedback.id == item_id)).first()
        if found is None:
            raise NotFound(msg("Không có phản ánh số {id}.", id=item_id))
        history = [{"on": e.on_date.isoformat(), "status": e.status,
                    "previous": e.previous_status, "note": e.note,
                    "at": e.at.isoformat(sep=" "), "user": e.user}
                   for e in session.scalars(select(FeedbackEvent)
                                            .where(FeedbackEvent.feedback_id == item_id)
                                            .order_by(FeedbackEvent.id))]
    return {**_row(_Joined(found), on), "history": history}


# ---------------------------------------------------------------------------
# counts for a month or a year


def period_bounds(period: str) -> tuple[dt.date, dt.date]:
    """ "2026" -> the year, "2026-11" -> the month; anything else is refused."""
    match = re.fullmatch(r"(\d{4})(?:-(0[1-9]|1[0-2]))?", str(period).strip())
    if not match:
        raise InvalidInput(msg("Kỳ báo cáo phải có dạng YYYY hoặc YYYY-MM, không phải "
                               "{period}.", period=repr(str(period)[:40])))
    year = int(match[1])
    if not FIRST_DAY.year <= year <= LAST_DAY.year:
        raise InvalidInput(msg("Năm {year} của kỳ báo cáo nằm ngoài khoảng {first}–{last}.",
                               year=year, first=FIRST_DAY.year, last=LAST_DAY.year))
    if match[2] is None:
        return dt.date(year, 1, 1), dt.date(year, 12, 31)
    mon = int(match[2])
    return dt.date(year, mon, 1), dt.date(year, mon, monthrange(year, mon)[1])


def period_words(period: str) -> str:
    """ "tháng 11 năm 2026" / "năm 2026"."""
    first, _last = period_bounds(period)
    return f"tháng {first.month} năm {first.year}" if "-" in period else f"năm {first.year}"


# (database, period, day) -> (stamp, counts): a province year takes ~0.1 s of CPU to count
# and the window asks again on every page switch.
_COUNTED: dict[tuple[str, str, dt.date], tuple[tuple, dict]] = {}
_KEEP = 16


def feedback_counts(db: Database, period: str, on: dt.date | None = None) -> dict:
    """Per field and per commune for a month or a year: received in the period, resolved in
    it, overdue on ``on`` (default: the period's last day, or today while it is running), and
    still open on that day. Fields in the settings' order, communes in theirs.

    The counts are kept and given again while no item, hamlet, commune or setting has
    changed (every change raises a row version or adds a row)."""
    first, last = period_bounds(period)
    if on is None:
        on = min(last, dt.date.today())
    with db.read() as session:
        stamp = tuple(tuple(session.execute(select(
            func.count(), func.sum(model.row_version), func.max(getattr(model, key)))).one())
            for model, key in ((Feedback, "id"), (Hamlet, "id"), (Commune, "id"),
                               (Setting, "key")))
    key = (db.url, period, on)
    kept = _COUNTED.get(key)
    if kept is not None and kept[0] == stamp:
        return copy.deepcopy(kept[1])
    counts = _counts(db, period, first, last, on)
    if len(_COUNTED) >= _KEEP:  # the oldest goes
        _COUNTED.pop(next(iter(_COUNTED)))
    _COUNTED[key] = (stamp, counts)
    return copy.deepcopy(counts)


def _counts(db: Database, period: str, first: dt.date, last: dt.date, on: dt.date) -> dict:
    # One pass over the items that count for anything (received or ended in the period, or
    # open on the day), each judged four ways and grouped by field and commune at once:
    # a year is most of the items, read once rather than by three index range scans.
    received = and_(Feedback.received_on >= first, Feedback.received_on <= last)
    ended = and_(Feedback.finished_on >= first, Feedback.finished_on <= last)
    still = and_(Feedback.received_on <= on, _any_of(*_open_branches(on)))
    due = and_(still, _any_of(*_overdue_branches(on)))

    def counted(condition):
        return func.sum(case((condition, 1), else_=0))

    grouped = (Feedback.field, Hamlet.commune_id)
    stmt = (select(*grouped, counted(received), counted(and_(ended, Feedback.status
                                                                 == rules.RESOLVED)),
                   counted(due), counted(still))
            .join(Hamlet, Hamlet.id == Feedback.hamlet_id)
            .where(or_(received, ended, still))
            .group_by(*grouped))
    with db.read() as session:
        from dvdesk.store import queries

        fields = rules.fields_of(queries.settings(session))
        by_field: dict[str, list[int]] = {}
        by_commune: dict[int, list[int]] = {}
        for name, commune_id, *values in session.execute(stmt):
            for key, table in ((name, by_field), (commune_id, by_commune)):
                into = table.setdefault(key, [0, 0, 0, 0])
                for i, value in enumerate(values):
                    into[i] += int(value or 0)
        communes = {c.id: c for c in session.execute(select(Commune.id, Commune.name,
                                                            Commune.kind, Commune.position))}

    def entry(name: str, values) -> dict:
        values = [int(v or 0) for v in (values or (0, 0, 0, 0))]
        return dict(zip(("name", "received", "resolved", "overdue", "open"),
                        [name, *values], strict=True))

    order = {f: i for i, f in enumerate(fields)}
    field_rows = [entry(f, by_field.get(f)) for f in fields]
    field_rows += [entry(f, v) for f, v in sorted(by_field.items(), key=lambda kv: kv[0])
                   if f not in order]
    commune_rows = []
    for commune_id, values in by_commune.items():
        row = communes.get(commune_id)
        commune_rows.append({"id": commune_id, **entry(commune_title(row.kind, row.name) if row else "", values),
                             "_key": (row.position if row else 0,
                                      cached_text_key(row.name if row else ""))})
    commune_rows.sort(key=lambda r: r.pop("_key"))
    total = {k: sum(r[k] for r in field_rows) for k in ("received", "resolved", "overdue", "open")}
    return {"period": period, "from": first.isoformat(), "to": last.isoformat(),
            "as_of": on.isoformat(), "by_field": field_rows, "by_commune": commune_rows,
            "total": total}
