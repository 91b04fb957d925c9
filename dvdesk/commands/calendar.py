"""``calendar new | plan | conflicts | show | approve | revise | pdf | docx | changes | ics |
send``.

Their options and output are a contract (docs/ARCHITECTURE.md).
"""

from __future__ import annotations

import dataclasses
from itertools import groupby

from dvdesk.commands.common import database, parse_date, print_json
from dvdesk.domain.calendar import SESSION_LABELS, format_date
from dvdesk.domain.calendar.months import month_text
from dvdesk.domain.messages import msg, term


def run(args) -> int:
    handler = {"new": new, "plan": plan, "conflicts": conflicts, "show": show,
               "approve": approve, "revise": revise, "pdf": pdf, "docx": docx,
               "changes": changes, "ics": ics, "send": send}[args.action]
    return handler(args)


def changes(args) -> int:
    from dvdesk.commands.schedules import changes as show_changes

    return show_changes(args)


def ics(args) -> int:
    from dvdesk.commands.schedules import ics as write_ics

    return write_ics(args)


def send(args) -> int:
    from dvdesk.commands.schedules import send as send_mail

    return send_mail(args)


def new(args) -> int:
    from dvdesk.services.calendar import new_month

    summary = new_month(database(args), args.month, copy_previous=args.copy_previous)
    said = {"month": month_text(args.month), "committees": summary["committees"],
            "cells": summary["cells"], "code": args.month}
    if args.copy_previous:
        print(msg("Đã tạo lịch tháng {month} (bản 1, dự thảo): {committees} cuộc họp đảng ủy "
                  "xã, {cells} cuộc sinh hoạt chi bộ; giữ ngày, buổi của tháng trước cho "
                  "{copied} cuộc. Tiếp theo: dvdesk calendar plan {code}.", **said,
                  copied=summary["copied"]))
    else:
        print(msg("Đã tạo lịch tháng {month} (bản 1, dự thảo): {committees} cuộc họp đảng ủy "
                  "xã, {cells} cuộc sinh hoạt chi bộ. Tiếp theo: dvdesk calendar plan {code}.",
                  **said))
    return 0


def plan(args) -> int:
    from dvdesk.services.calendar import plan as run_plan

    outcome = run_plan(database(args), args.month)
    print(msg("Đã xếp lịch tháng {month}: {count} cuộc họp được đặt hoặc dời ngày.",
              month=month_text(args.month), count=outcome.moved))
    if not outcome.conflicts:
        print(msg("Không còn xung đột."))
        return 0
    print(msg("Còn {count} xung đột:", count=len(outcome.conflicts)))
    for conflict in outcome.conflicts:
        print(f"  - {conflict.message}")
    if outcome.reasons:
        print(msg("Lý do:"))
        for reason in outcome.reasons:
            print(f"  - {reason}")
    return 0


def _conflict_json(conflict) -> dict:
    value = dataclasses.asdict(conflict)
    value["meeting_ids"] = list(conflict.meeting_ids)
    value["officer_ids"] = list(conflict.officer_ids)
    value["day"] = conflict.day.isoformat() if conflict.day else None
    return value


def conflicts(args) -> int:
    from dvdesk.services.calendar import conflicts as find

    found = find(database(args), args.month)
    if args.json:
        print_json([_conflict_json(c) for c in found])
    elif found:
        for conflict in found:  # exactly one line each, so scripts can count them
            print(conflict.message)
    else:
        print(msg("Lịch tháng {month} không có xung đột.", month=month_text(args.month)))
    return 1 if found else 0


def show(args) -> int:
    from dvdesk.services.calendar import calendar_view

    view = calendar_view(database(args), args.month, args.version, with_labels=not args.json)
    if args.json:
        print_json({k: view[k] for k in ("month", "status", "version", "meetings")})
        return 0
    print(msg("LỊCH SINH HOẠT THÁNG {month} — bản {version} ({state})",
              month=month_text(view["month"]), version=view["version"], state=_state(view)))

    def slot(m):
        return (m["date"] or "9999", list(SESSION_LABELS).index(m["session"])
                if m["session"] in SESSION_LABELS else 9)

    for (date, _rank), group in groupby(view["meetings"], key=slot):
        group = list(group)
        when = msg("Chưa xếp ngày") if date == "9999" else msg(
            "Ngày {day}, buổi {session}", day=_date_text(date),
            session=term(SESSION_LABELS.get(group[0]["session"], "")))
        print(f"\n{when}")
        for m in group:
            people = ", ".join(a["name"] for a in m["attendees"]) or msg("(chưa có cán bộ dự)")
            pin = msg(" [ghim]") if m["pinned"] else ""
            print(f"  {m['start'] or '--:--'}  {m['label']}{pin}"
                  f" — {m['place']} — {people}")
    print("\n" + msg("{count} cuộc họp.", count=len(view["meetings"])))
    return 0


def _state(view: dict):
    """ "dự thảo", or "đã duyệt, số 15-LT/HU ngày 30/11/2026, Nguyễn Văn A"."""
    if view["status"] == "draft":
        return msg("dự thảo")
    by = f", {view['approved_by']}" if view["approved_by"] else ""
    if view["approved_on"]:
        return msg("đã duyệt, số {number} ngày {day}{by}", number=view["number"],
                   day=_date_text(view["approved_on"]), by=by)
    return msg("đã duyệt, số {number}{by}", number=view["number"], by=by)


def _date_text(iso: str) -> str:
    import datetime as dt

    return format_date(dt.date.fromisoformat(iso))


def approve(args) -> int:
    from dvdesk.services.calendar import approve as do_approve
    from dvdesk.services.calendar import conflicts as find

    db = database(args)
    result = do_approve(db, args.month, args.number, args.by, parse_date(args.date, "--date"),
                        signer=args.signer, signer_title=args.signer_title)
    by = f" ({result['approved_by']})" if result["approved_by"] else ""
    signer = ", ".join(x for x in (result["signer_title"], result["signer_name"]) if x)
    said = {"month": month_text(args.month), "version": result["version"],
            "number": result["number"], "day": format_date(result["approved_on"]), "by": by}
    if signer:
        print(msg("Đã duyệt lịch tháng {month} bản {version}, số {number} ngày {day}{by}; người "
                  "ký: {signer}.", **said, signer=signer))
    else:
        print(msg("Đã duyệt lịch tháng {month} bản {version}, số {number} ngày {day}{by}.",
                  **said))
    left = find(db, args.month)
    if left:
        print(msg("Lưu ý: lịch được duyệt còn {count} xung đột (xem: dvdesk calendar conflicts "
                  "{code}).", count=len(left), code=args.month))
    return 0


def revise(args) -> int:
    from dvdesk.services.calendar import revise as do_revise

    result = do_revise(database(args), args.month)
    print(msg("Đã mở bản điều chỉnh lần {revision} (bản {version}, dự thảo) của lịch tháng "
              "{month} với {count} cuộc họp.", revision=result["version"] - 1,
              version=result["version"], month=month_text(args.month),
              count=result["meetings"]))
    return 0


def _which(args) -> str:
    if getattr(args, "commune", None) is not None:
        return msg(" (xã mã {id})", id=args.commune)
    if getattr(args, "cluster", None) is not None:
        return msg(" (cụm mã {id})", id=args.cluster)
    return ""


def pdf(args) -> int:
    from dvdesk.commands.reports import output_path, write_guarded
    from dvdesk.services import documents

    db = database(args, create=False)
    if args.per_commune:
        return _per_commune(args, db)
    path = output_path(args.output, ".pdf")
    holder: dict = {}
    write_guarded(lambda: holder.update(view=documents.calendar_pdf(
        db, args.month, path, args.version, commune_id=args.commune,
        cluster_id=args.cluster)), path)
    view = holder["view"]
    print(msg("Đã ghi lịch tháng {month}{which} (bản {version}, {count} cuộc họp) vào {path}.",
              month=month_text(args.month), which=_which(args), version=view["version"],
              count=len(view["meetings"]), path=str(path)))
    return 0


def _per_commune(args, db) -> int:
    from pathlib import Path

    from dvdesk.commands.reports import write_guarded
    from dvdesk.errors import InvalidInput
    from dvdesk.services import documents

    folder = Path(args.output).expanduser()
    if folder.exists() and not folder.is_dir():
        raise InvalidInput(msg("{path} là một tệp; với --per-commune, -o phải là một thư mục.",
                               path=str(folder)))
    if not folder.parent.is_dir():
        raise InvalidInput(msg("Thư mục {parent} không tồn tại, không thể tạo {name}.",
                               parent=str(folder.parent), name=folder.name))
    holder: dict = {}

    def write() -> None:
        folder.mkdir(exist_ok=True)
        holder["files"] = documents.calendar_pdf_per_commune(db, args.month, folder,
                                                             args.version)

    write_guarded(write, folder)
    files = holder["files"]
    meetings = sum(f["meetings"] for f in files)
    print(msg("Đã ghi lịch tháng {month} của {count} xã, thị trấn ({meetings} cuộc họp) vào thư "
              "mục {folder}.", month=month_text(args.month), count=len(files),
              meetings=meetings, folder=str(folder)))
    return 0


def docx(args) -> int:
    from dvdesk.commands.reports import output_path, write_guarded
    from dvdesk.services import documents

    db = database(args, create=False)
    path = output_path(args.output, ".docx")
    holder: dict = {}
    write_guarded(lambda: holder.update(view=documents.calendar_docx(
        db, args.month, path, args.version, commune_id=args.commune,
        cluster_id=args.cluster)), path)
    view = holder["view"]
    print(msg("Đã ghi tệp Word lịch tháng {month}{which} (bản {version}, {count} cuộc họp) vào "
              "{path}.", month=month_text(args.month), which=_which(args),
              version=view["version"], count=len(view["meetings"]), path=str(path)))
    return 0
