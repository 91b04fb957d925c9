"""Gather the data of each document (one read session, set-based queries) and write it.

- ``calendar_pdf``: Lịch sinh hoạt tháng (one version of a month's calendar);
- ``assignments_pdf``: Danh sách phân công (cluster → commune → hamlet);
- ``personal_pdf``: Lịch cá nhân (one slip per officer with their meetings);
- ``attendance_pdf``: Báo cáo dự họp (expected vs. recorded attendance).

The ``*_data`` functions return plain dicts that the writers in
``dvdesk.documents`` print; they never write to the database.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter, defaultdict

from sqlalchemy import select
from sqlalchemy.orm import Session

from dvdesk.domain.messages import msg, paper
from dvdesk.domain.models import (
    Assignment,
    Cell,
    Cluster,
    Commune,
    Decision,
    Hamlet,
    Meeting,
    Officer,
)
from dvdesk.domain.roles import commune_phrase
from dvdesk.domain.text import name_sort_key, text_sort_key
from dvdesk.domain.units import level_names
from dvdesk.store import queries
from dvdesk.store.database import Database

LIST_ROLES = ("cluster_leader", "commune_lead", "province_liaison", "hamlet_support",
              "cell_attendance")


# ---------------------------------------------------------------------------
# calendar


def calendar_view(db: Database, month: str, version: int | None = None) -> dict:
    """The version's view as the documents print it: each meeting with its ``label``."""
    from dvdesk.services.calendar import calendar_view as service_view

    return service_view(db, month, version, with_labels=True)


def _units_of_meetings(session: Session, calendar_id: int) -> dict[int, tuple[int, int | None]]:
    """meeting id -> (commune id, cluster id) for every meeting of one calendar version."""
    communes = {c: k for c, k in session.execute(select(Commune.id, Commune.cluster_id))}
    cells = {c: k for c, k in session.execute(select(Cell.id, Cell.commune_id))}
    found = {}
    for meeting_id, kind, unit_id in session.execute(
            select(Meeting.id, Meeting.kind, Meeting.unit_id)
            .where(Meeting.calendar_id == calendar_id)):
        commune_id = unit_id if kind == "committee" else cells.get(unit_id)
        found[meeting_id] = (commune_id, communes.get(commune_id))
    return found


def calendar_document(db: Database, month: str, version: int | None = None, *,
                      commune_id: int | None = None, cluster_id: int | None = None) -> dict:
    """What a calendar document prints: {view, settings, extract}.

    An approved version's view carries the signer kept with it (``view["signer"]``).
    ``commune_id`` / ``cluster_id`` keep only that commune's (cluster's) meetings:
    an extract, whose name ("xã An Khánh", "Cụm 1") is in ``extract``.
    """
    from dvdesk.services.calendar_rows import find_calendar

    view = calendar_view(db, month, version)
    with db.read() as session:
        settings = queries.settings(session)
        cal = find_calendar(session, month, view["version"])
        if cal.status == "approved":
            view["signer"] = {"on_behalf": cal.signer_on_behalf, "position": cal.signer_title,
                              "name": cal.signer_name}
        extract = ""
        if commune_id is not None or cluster_id is not None:
            extract = _extract_name(session, commune_id, cluster_id)
            where = _units_of_meetings(session, cal.id)
            index = 0 if commune_id is not None else 1
            wanted = commune_id if commune_id is not None else cluster_id
            view["meetings"] = [m for m in view["meetings"]
                                if where.get(m["id"], (None, None))[index] == wanted]
    return {"view": view, "settings": settings, "extract": extract}


def _levels(session: Session):
    return level_names(queries.settings(session))


def _extract_name(session: Session, commune_id: int | None, cluster_id: int | None) -> str:
    from dvdesk.errors import NotFound

    if commune_id is not None:
        commune = session.get(Commune, commune_id)
        if commune is None:
            raise NotFound(msg("Không có {level} mã {id} (xem: dvdesk units list --kind "
                               "commune).", level=_levels(session).phrase("commune"),
                               id=commune_id))
        return queries.commune_display(commune)
    cluster = session.get(Cluster, cluster_id)
    if cluster is None:
        raise NotFound(msg("Không có {level} mã {id} (xem: dvdesk units list --kind cluster).",
                           level=_levels(session).phrase("cluster"), id=cluster_id))
    return cluster.name


@paper
def calendar_pdf(db: Database, month: str, path, version: int | None = None, *,
                 commune_id: int | None = None, cluster_id: int | None = None) -> dict:
    """Write the calendar PDF (the whole month or an extract); returns the view printed."""
    from dvdesk.documents.calendar_pdf import write_calendar_pdf

    doc = calendar_document(db, month, version, commune_id=commune_id, cluster_id=cluster_id)
    write_calendar_pdf(doc["view"], doc["settings"], path, extract=doc["extract"])
    return doc["view"]


@paper
def calendar_pdf_per_commune(db: Database, month: str, folder, version: int | None = None,
                             progress=None) -> list[dict]:
    """One official calendar per commune, each with only its meetings, into ``folder``.

    Returns [{commune, path, meetings}] in the communes' order; a commune without a
    meeting that month gets no file. ``progress(done, total)`` after each file.
    """
    from pathlib import Path

    from dvdesk.documents.calendar_pdf import write_calendar_pdf
    from dvdesk.documents.naming import file_slug
    from dvdesk.services.calendar_rows import find_calendar

    folder = Path(folder)
    whole = calendar_document(db, month, version)
    view = whole["view"]
    with db.read() as session:
        cal = find_calendar(session, month, view["version"])
        where = _units_of_meetings(session, cal.id)
        communes = list(session.scalars(select(Commune).order_by(Commune.position, Commune.id)))
        names = {c.id: queries.commune_display(c) for c in communes}
        order = [c.id for c in communes]
    by_commune: dict[int, list[dict]] = defaultdict(list)
    for meeting in view["meetings"]:
        commune_id = where.get(meeting["id"], (None, None))[0]
        if commune_id is not None:
            by_commune[commune_id].append(meeting)
    written = []
    todo = [c for c in order if by_commune.get(c)]
    for done, commune_id in enumerate(todo, 1):
        part = {**view, "meetings": by_commune[commune_id]}
        name = f"lich-sinh-hoat-{month}-{file_slug(names[commune_id])}-{commune_id}.pdf"
        path = folder / name
        write_calendar_pdf(part, whole["settings"], path, extract=names[commune_id])
        written.append({"commune": names[commune_id], "commune_id": commune_id,
                        "path": path, "meetings": len(part["meetings"])})
        if progress is not None:
            progress(done, len(todo))
    return written


@paper
def calendar_docx(db: Database, month: str, path, version: int | None = None, *,
                  commune_id: int | None = None, cluster_id: int | None = None) -> dict:
    """Write the calendar as an editable Word file; returns the view written."""
    from dvdesk.documents.calendar_docx import write_calendar_docx

    doc = calendar_document(db, month, version, commune_id=commune_id, cluster_id=cluster_id)
    write_calendar_docx(doc["view"], doc["settings"], path, extract=doc["extract"])
    return doc["view"]


def month_versions(db: Database, month: str) -> list[dict]:
    """The versions of a month's calendar: [{version, status, number}] (oldest first)."""
    from dvdesk.services.calendar import months

    return months(db, month)


# ---------------------------------------------------------------------------
# assignment list


def _officer_dict(officer: Officer, decision: str = "") -> dict:
    return {"id": officer.id, "name": officer.full_name, "title": officer.title,
            "workplace": officer.workplace, "phone": officer.phone, "decision": decision}


def assignment_list_data(db: Database, day: dt.date | None = None,
                         include_cells: bool = False) -> dict:
    """Cluster → commune → hamlet (and cells) with the officers responsible on ``day``."""
    day = day or dt.date.today()
    with db.read() as session:
        settings = queries.settings(session)
        roles = LIST_ROLES if include_cells else LIST_ROLES[:-1]
        holders: dict[tuple[str, int], list[dict]] = defaultdict(list)
        decisions: Counter[str] = Counter()
        rows = session.execute(
            select(Assignment.role, Assignment.unit_id, Officer, Decision.number)
            .join(Officer, Officer.id == Assignment.officer_id)
            .outerjoin(Decision, Decision.id == Assignment.decision_id)
            .where(Assignment.role.in_(roles), queries.valid_on(day))
            .order_by(Assignment.effective_from, Assignment.id)
        )
        for role, unit_id, officer, number in rows:
            holders[(role, unit_id)].append(_officer_dict(officer, number or ""))
            if number and role != "cell_attendance":
                decisions[number] += 1
        clusters = list(session.scalars(
            select(Cluster).where(Cluster.active.is_(True)).order_by(Cluster.position, Cluster.id)))
        communes = list(session.scalars(select(Commune).where(Commune.active.is_(True))))
        hamlets = list(session.scalars(select(Hamlet).where(Hamlet.active.is_(True))))
        cells = list(session.scalars(select(Cell).where(Cell.active.is_(True)))) \
            if include_cells else []

    hamlets_of: dict[int, list[Hamlet]] = defaultdict(list)
    for h in hamlets:
        hamlets_of[h.commune_id].append(h)
    cells_of: dict[int, list[Cell]] = defaultdict(list)
    for c in cells:
        cells_of[c.commune_id].append(c)
    communes_of: dict[int | None, list[Commune]] = defaultdict(list)
    for c in communes:
        communes_of[c.cluster_id].append(c)

    def commune_entry(c: Commune) -> dict:
        return {
            "id": c.id, "name": c.name, "kind": c.kind, "label": commune_phrase(c.kind, c.name),
            "leads": holders.get(("commune_lead", c.id), []),
            "liaisons": holders.get(("province_liaison", c.id), []),
            "hamlets": [{"id": h.id, "name": h.name, "kind": h.kind,
                         "officers": holders.get(("hamlet_support", h.id), [])}
                        for h in sorted(hamlets_of[c.id],
                                        key=lambda h: (h.position, text_sort_key(h.name)))],
            "cells": [{"id": x.id, "name": x.name,
                       "officers": sorted(holders.get(("cell_attendance", x.id), []),
                                          key=lambda o: name_sort_key(o["name"]))}
                      for x in sorted(cells_of[c.id],
                                      key=lambda x: (x.position, text_sort_key(x.name)))],
        }

    def ordered(items: list[Commune]) -> list[dict]:
        return [commune_entry(c) for c in
                sorted(items, key=lambda c: (c.position, text_sort_key(c.name)))]

    groups = [{"id": k.id, "name": k.name, "leaders": holders.get(("cluster_leader", k.id), []),
               "communes": ordered(communes_of.get(k.id, []))} for k in clusters]
    known = {k.id for k in clusters}
    loose = [c for key, items in communes_of.items() if key not in known for c in items]
    if loose:
        levels = level_names(settings)
        # Without a cluster level the communes are listed alone, under no heading.
        name = msg("Chưa thuộc {cluster}", cluster=levels.word("cluster")) \
            if levels.used("cluster") else ""
        groups.append({"id": None, "name": name, "leaders": [], "communes": ordered(loose)})
    return {"day": day, "settings": settings, "clusters": groups,
            "decisions": [number for number, _n in decisions.most_common()],
            "include_cells": include_cells}


@paper
def assignments_pdf(db: Database, path, day: dt.date | None = None,
                    include_cells: bool = False, *, number: str = "",
                    date: dt.date | None = None) -> dict:
    """Write the assignment list; ``number`` and ``date`` print in its header (blanks to fill
    in by hand when not given)."""
    from dvdesk.documents.assignments_pdf import write_assignments_pdf

    data = assignment_list_data(db, day, include_cells)
    write_assignments_pdf(data, data["settings"], path, number=number, date=date)
    return data


# ---------------------------------------------------------------------------
# personal schedules and attendance


def _officers_by_id(session: Session, ids: set[int]) -> dict[int, Officer]:
    found: dict[int, Officer] = {}
    ordered_ids = sorted(ids)
    for start in range(0, len(ordered_ids), 900):
        chunk = ordered_ids[start:start + 900]
        found.update({o.id: o for o in session.scalars(select(Officer).where(Officer.id.in_(chunk)))})
    return found


def unit_keys(session: Session, month: str, version: int) -> dict[int, list]:
    """meeting id -> [kind, unit id] of one version: what a meeting is across versions."""
    from dvdesk.services.calendar_rows import find_calendar

    cal = find_calendar(session, month, version)
    return {i: [k, u] for i, k, u in session.execute(
        select(Meeting.id, Meeting.kind, Meeting.unit_id).where(Meeting.calendar_id == cal.id))}


def personal_data(db: Database, month: str, version: int | None = None,
                  officer_ids: set[int] | None = None) -> dict:
    """One entry per officer expected at any meeting of the month, with those meetings; each
    meeting with its ``unit_key``. With ``officer_ids``: those officers only, each of them
    even without a meeting left (a revision took theirs away)."""
    view = calendar_view(db, month, version)
    with db.read() as session:
        keys = unit_keys(session, month, view["version"])
    meetings_of: dict[int, list[dict]] = defaultdict(list)
    for meeting in view.get("meetings") or []:
        meeting["unit_key"] = keys.get(meeting["id"], [meeting["kind"], 0])
        for attendee in meeting.get("attendees") or []:
            if officer_ids is None or attendee["id"] in officer_ids:
                meetings_of[attendee["id"]].append({**meeting,
                                                    "role": attendee.get("role", "")})
    with db.read() as session:
        settings = queries.settings(session)
        officers = _officers_by_id(session, set(meetings_of) | (officer_ids or set()))
    for officer_id in officers.keys() - meetings_of.keys():
        meetings_of[officer_id] = []
    people = []
    for officer_id, items in meetings_of.items():
        officer = officers.get(officer_id)
        name = officer.full_name if officer else next(
            (a["name"] for m in items for a in m["attendees"] if a["id"] == officer_id), "")
        people.append({"id": officer_id, "name": name,
                       "title": officer.title if officer else "",
                       "workplace": officer.workplace if officer else "",
                       "phone": officer.phone if officer else "",
                       "email": officer.email if officer else "", "meetings": items})
    people.sort(key=lambda p: (name_sort_key(p["name"]), p["id"]))
    return {"view": view, "settings": settings, "officers": people}


@paper
def personal_pdf(db: Database, month: str, path, version: int | None = None) -> dict:
    from dvdesk.documents.personal_pdf import write_personal_pdf

    data = personal_data(db, month, version)
    write_personal_pdf(data, data["settings"], path)
    return data


def attendance_data(db: Database, month: str, version: int | None = None) -> dict:
    """Each meeting with its expected officers and what was recorded for each of them, and
    the month's compliance rates. Without ``version``: the version attendance is recorded
    against (the latest approved one), else the latest."""
    import dataclasses

    from dvdesk.services.attendance_read import approved_versions, compliance
    from dvdesk.store.calendar_queries import attendance_of

    with db.read() as session:
        latest = approved_versions(session, [month]).get(month, (None, None))[1]
    view = calendar_view(db, month, version if version is not None else latest)
    meetings = view.get("meetings") or []
    with db.read() as session:
        settings = queries.settings(session)
        recorded = attendance_of(session, [m["id"] for m in meetings])
    rows = []
    for meeting in meetings:
        marks = recorded.get(meeting["id"], {})
        rows.append({**meeting, "attendees": [
            {**a, "status": marks.get(a["id"], {}).get("status"),
             "reason": marks.get(a["id"], {}).get("reason", "")}
            for a in meeting.get("attendees") or []]})
    rates = dataclasses.asdict(compliance(db, month)) if view["version"] == latest else None
    return {"view": view, "settings": settings, "meetings": rows, "compliance": rates}


@paper
def attendance_pdf(db: Database, month: str, path, version: int | None = None, *,
                   number: str = "", date: dt.date | None = None) -> dict:
    """Write the attendance review; ``number`` and ``date`` as for ``assignments_pdf``."""
    from dvdesk.documents.attendance_pdf import write_attendance_pdf

    data = attendance_data(db, month, version)
    write_attendance_pdf(data, data["settings"], path, number=number, date=date)
    return data
