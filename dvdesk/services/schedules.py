"""Each officer's own schedule: calendar files, slips for those a revision changed.

- ``ics_files``: the month as iCalendar, one file for the whole month and one per
  officer with meetings (``calendar ics``); meetings an earlier approved version
  had and this one no longer has (for the whole month, or for that officer) come
  as cancelled events, so a phone that imported the earlier file drops them.
- ``personal_slips_pdf``: the personal slips, all or only those of the officers the
  latest revision changed something for (``report personal --changed-only``).
"""

from __future__ import annotations

from collections import defaultdict
from pathlib import Path

from dvdesk.documents.naming import file_slug
from dvdesk.domain.calendar.changes import VersionMeeting
from dvdesk.domain.calendar.months import month_text
from dvdesk.domain.messages import msg, paper
from dvdesk.errors import InvalidInput
from dvdesk.services.calendar_changes import compare, compare_in
from dvdesk.services.documents import personal_data
from dvdesk.services.outputs import output_file
from dvdesk.store.database import Database


def _meeting_dict(m: VersionMeeting) -> dict:
    return {"id": m.id, "kind": m.kind, "unit": m.unit, "label": m.label, "commune": m.commune,
            "date": m.day, "session": m.session, "start": m.start, "place": m.place,
            "unit_key": list(m.key), "attendees": [{"id": o, "name": n} for o, n in m.attendees]}


def cancelled_meetings(db: Database, month: str, version: int) -> dict[int | None, list[dict]]:
    """What version ``version`` took away since the approved version before it: for the
    whole month (key None) the meetings not held any more, for each officer also those
    they no longer attend. Empty when no earlier version was approved."""
    with db.read() as session:
        try:
            changes = compare_in(session, month, None, version)[0]
        except InvalidInput:
            return {}
    found: dict[int | None, list[dict]] = defaultdict(list)
    for change in changes.changes:
        if change.before is None:
            continue
        if change.after is None:
            found[None].append(_meeting_dict(change.before))
            for officer_id, _name in change.before.attendees:
                found[officer_id].append(_meeting_dict(change.before))
        else:
            for officer_id, _name in change.left:
                found[officer_id].append(_meeting_dict(change.before))
    return found


def version_text(view: dict) -> str:
    """ "Lịch tháng 10/2026, bản 2 (điều chỉnh lần 1), số 18-LT/HU" for the event notes."""
    text = f"Lịch sinh hoạt tháng {month_text(view['month'])}, bản {view['version']}"
    if view.get("revision"):
        text += f" (điều chỉnh lần {view['revision']})"
    if view.get("status") == "approved" and view.get("number"):
        text += f", số {view['number']}"
    elif view.get("status") != "approved":
        text += " (dự thảo)"
    return text


def officer_file_name(officer: dict) -> str:
    """ "12-nguyen-van-an.ics": the officer's id and name without accents."""
    return f"{officer['id']}-{file_slug(officer['name'])}.ics"


@paper
def officer_ics(data: dict, officer: dict, cancelled: list[dict]) -> bytes:
    from dvdesk.documents.ics import calendar_ics

    view = data["view"]
    return calendar_ics(
        officer["meetings"], month=view["month"], version=view["version"],
        title=f"Lịch sinh hoạt tháng {month_text(view['month'])} — Đ/c {officer['name']}",
        draft=view.get("status") != "approved", version_text=version_text(view),
        cancelled=cancelled)


@paper
def ics_files(db: Database, month: str, folder, version: int | None = None,
              progress=None) -> dict:
    """Write ``lich-YYYY-MM.ics`` and one ``<id>-<name>.ics`` per officer with meetings that
    month (or with meetings this version took away) into ``folder`` (made if missing;
    its parent must exist). Returns {view, month_file, files}."""
    from dvdesk.documents.ics import calendar_ics

    folder = Path(folder).expanduser()
    if folder.exists() and not folder.is_dir():
        raise InvalidInput(msg("{folder} là một tệp; -o phải là một thư mục.", folder=folder))
    if not folder.parent.is_dir():
        raise InvalidInput(msg("Thư mục {parent} không tồn tại, không thể tạo {name}.",
                               parent=folder.parent, name=folder.name))
    data = personal_data(db, month, version)
    view = data["view"]
    cancelled = cancelled_meetings(db, month, view["version"])
    # Someone whose only meetings were taken away still gets a file: it cancels them.
    have = {o["id"] for o in data["officers"]}
    for officer_id, meetings in cancelled.items():
        if officer_id is not None and officer_id not in have:
            name = next(a["name"] for a in meetings[0]["attendees"] if a["id"] == officer_id)
            data["officers"].append({"id": officer_id, "name": name, "meetings": []})
    folder.mkdir(exist_ok=True)
    month_file = folder / f"lich-{month}.ics"
    with output_file(month_file) as target:
        target.write_bytes(calendar_ics(
            [m for m in view["meetings"]], month=month, version=view["version"],
            title=f"Lịch sinh hoạt đảng ủy, chi bộ tháng {month_text(month)}",
            draft=view.get("status") != "approved", version_text=version_text(view),
            cancelled=cancelled.get(None, ())))
    files = []
    for done, officer in enumerate(data["officers"], 1):
        path = folder / officer_file_name(officer)
        with output_file(path) as target:
            target.write_bytes(officer_ics(data, officer, cancelled.get(officer["id"], [])))
        files.append({"officer_id": officer["id"], "name": officer["name"], "path": path,
                      "meetings": len(officer["meetings"])})
        if progress is not None:
            progress(done, len(data["officers"]))
    return {"view": view, "month_file": month_file, "files": files}


def changed_officers(db: Database, month: str, version: int | None = None) -> set[int]:
    """The officers the latest revision (or version ``version``) changed something for;
    InvalidInput when there is no approved version before it to compare with."""
    return compare(db, month, None, version).officer_ids()


@paper
def personal_slips_pdf(db: Database, month: str, path, version: int | None = None, *,
                       changed_only: bool = False) -> dict:
    """The personal slips (with their QR codes); ``changed_only``: only the officers the
    latest revision changed something for (those who left a meeting too)."""
    from dvdesk.documents.personal_pdf import write_personal_pdf

    wanted = changed_officers(db, month, version) if changed_only else None
    data = personal_data(db, month, version, officer_ids=wanted)
    with output_file(path) as target:
        write_personal_pdf(data, data["settings"], target)
    return data
