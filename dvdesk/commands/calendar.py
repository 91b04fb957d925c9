"""``calendar new | plan | conflicts | show | approve | revise | pdf`` (a contract: docs/ARCHITECTURE.md)."""

from __future__ import annotations

import dataclasses
from itertools import groupby

from dvdesk.commands.common import database, parse_date, print_json
from dvdesk.domain.calendar import SESSION_LABELS, format_date
from dvdesk.domain.calendar.months import month_text


def run(args) -> int:
    handler = {"new": new, "plan": plan, "conflicts": conflicts, "show": show,
               "approve": approve, "revise": revise, "pdf": pdf}[args.action]
    return handler(args)


def new(args) -> int:
    from dvdesk.services.calendar import new_month

    summary = new_month(database(args), args.month, copy_previous=args.copy_previous)
    copied = (f"; giữ ngày, buổi của tháng trước cho {summary['copied']} cuộc"
              if args.copy_previous else "")
    print(f"Đã tạo lịch tháng {month_text(args.month)} (bản 1, dự thảo): "
          f"{summary['committees']} cuộc họp đảng ủy xã, {summary['cells']} cuộc sinh hoạt "
          f"chi bộ{copied}. Tiếp theo: dvdesk calendar plan {args.month}.")
    return 0


def plan(args) -> int:
    from dvdesk.services.calendar import plan as run_plan

    outcome = run_plan(database(args), args.month)
    print(f"Đã xếp lịch tháng {month_text(args.month)}: {outcome.moved} cuộc họp được "
          f"đặt hoặc dời ngày.")
    if not outcome.conflicts:
        print("Không còn xung đột.")
        return 0
    print(f"Còn {len(outcome.conflicts)} xung đột:")
    for conflict in outcome.conflicts:
        print(f"  - {conflict.message}")
    if outcome.reasons:
        print("Lý do:")
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
        print(f"Lịch tháng {month_text(args.month)} không có xung đột.")
    return 1 if found else 0


def show(args) -> int:
    from dvdesk.services.calendar import calendar_view

    view = calendar_view(database(args), args.month, args.version)
    if args.json:
        print_json({k: view[k] for k in ("month", "status", "version", "meetings")})
        return 0
    state = "dự thảo" if view["status"] == "draft" else (
        f"đã duyệt, số {view['number']}"
        + (f" ngày {_date_text(view['approved_on'])}" if view["approved_on"] else "")
        + (f", {view['approved_by']}" if view["approved_by"] else ""))
    print(f"LỊCH SINH HOẠT THÁNG {month_text(view['month'])} — bản {view['version']} ({state})")

    def slot(m):
        return (m["date"] or "9999", list(SESSION_LABELS).index(m["session"])
                if m["session"] in SESSION_LABELS else 9)

    for (date, _rank), group in groupby(view["meetings"], key=slot):
        group = list(group)
        when = "Chưa xếp ngày" if date == "9999" else (
            f"Ngày {_date_text(date)}, buổi {SESSION_LABELS.get(group[0]['session'], '')}")
        print(f"\n{when}")
        for m in group:
            people = ", ".join(a["name"] for a in m["attendees"]) or "(chưa có cán bộ dự)"
            pin = " [ghim]" if m["pinned"] else ""
            unit = m["unit"] if m["kind"] == "committee" else f"{m['unit']} ({m['commune']})"
            print(f"  {m['start'] or '--:--'}  {unit}{pin}"
                  f" — {m['place']} — {people}")
    print(f"\n{len(view['meetings'])} cuộc họp.")
    return 0


def _date_text(iso: str) -> str:
    import datetime as dt

    return format_date(dt.date.fromisoformat(iso))


def approve(args) -> int:
    from dvdesk.services.calendar import approve as do_approve
    from dvdesk.services.calendar import conflicts as find

    db = database(args)
    result = do_approve(db, args.month, args.number, args.by, parse_date(args.date, "--date"))
    by = f" ({result['approved_by']})" if result["approved_by"] else ""
    print(f"Đã duyệt lịch tháng {month_text(args.month)} bản {result['version']}, "
          f"số {result['number']} ngày {format_date(result['approved_on'])}{by}.")
    left = find(db, args.month)
    if left:
        print(f"Lưu ý: lịch được duyệt còn {len(left)} xung đột "
              f"(xem: dvdesk calendar conflicts {args.month}).")
    return 0


def revise(args) -> int:
    from dvdesk.services.calendar import revise as do_revise

    result = do_revise(database(args), args.month)
    print(f"Đã mở bản điều chỉnh lần {result['version'] - 1} (bản {result['version']}, dự thảo) "
          f"của lịch tháng {month_text(args.month)} với {result['meetings']} cuộc họp.")
    return 0


def pdf(args) -> int:
    from dvdesk.documents.calendar_pdf import write_calendar_pdf
    from dvdesk.services.calendar import calendar_view
    from dvdesk.services.settings import get_settings

    db = database(args)
    view = calendar_view(db, args.month, args.version)
    write_calendar_pdf(view, get_settings(db), args.output)
    print(f"Đã ghi lịch tháng {month_text(args.month)} (bản {view['version']}) vào "
          f"{args.output}.")
    return 0
