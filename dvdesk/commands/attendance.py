"""``attendance sheet | import | record | all-present | show`` (DESIGN §12).

``show --json`` prints {from, to, meetings: [{id, unit, date, expected: [{id, name,
status, reason}]}], by_officer: [{id, name, expected, present, excused, absent,
rate}], by_commune: [...], overall: {expected, present, excused, absent, rate}}.
An import with any bad row writes nothing and says which rows (exit as for
every refused input).
"""

from __future__ import annotations

from pathlib import Path

from dvdesk.commands.common import database, print_json
from dvdesk.commands.reports import output_path, write_guarded
from dvdesk.domain.calendar.months import month_text
from dvdesk.domain.compliance import rate_text
from dvdesk.domain.messages import msg


def run(args) -> int:
    return {"sheet": sheet, "import": import_, "record": record, "all-present": all_present,
            "show": show}[args.action](args)


def sheet(args) -> int:
    from dvdesk.services.attendance_sheet import export_sheet

    path = output_path(args.output, ".xlsx")
    written: dict = {}
    write_guarded(lambda: written.update(rows=export_sheet(database(args, create=False),
                                                         args.month, path)),
                  path)
    print(msg("Đã ghi bảng theo dõi dự họp tháng {month} ({rows} dòng) vào {path}.",
              month=month_text(args.month), rows=written["rows"], path=str(path)))
    return 0


def import_(args) -> int:
    from dvdesk.services.attendance_sheet import SheetRefused, apply_sheet, plan_sheet

    path = Path(args.file).expanduser()
    db = database(args)
    plan = plan_sheet(db, path)
    if plan.problems:
        if args.dry_run:
            print(msg("Xem trước (chưa ghi gì): {summary}", summary=plan.summary()))
        raise SheetRefused(plan.problem_lines(), path.name)
    if args.dry_run:
        print(msg("Xem trước (chưa ghi gì): {summary}", summary=plan.summary()))
        return 0
    apply_sheet(db, plan)
    print(msg("Đã nhập từ {file}: {summary}", file=path.name, summary=plan.summary()))
    return 0


def record(args) -> int:
    from dvdesk.services.attendance import record_attendance, status_text

    reason = args.reason if args.status != "present" else ""
    record_attendance(database(args), args.month, args.meeting, args.officer, args.status, reason)
    why = f" ({reason.strip()})" if reason.strip() else ""
    print(msg("Đã ghi nhận: cán bộ mã {officer} tại cuộc họp mã {meeting} — {status}{why}.",
              officer=args.officer, meeting=args.meeting, status=msg(status_text(args.status)),
              why=why))
    return 0


def all_present(args) -> int:
    from dvdesk.services.attendance import all_present as mark_all

    changed = mark_all(database(args), args.month, args.meeting)
    if changed:
        print(msg("Đã ghi có mặt cho {count} cán bộ chưa ghi nhận của cuộc họp mã {meeting}.",
                  count=len(changed), meeting=args.meeting))
    else:
        print(msg("Cuộc họp mã {meeting} đã ghi nhận đủ; không thay đổi gì.",
                  meeting=args.meeting))
    return 0


def _line(row: dict) -> str:
    return msg("{name}: phải dự {expected}, có mặt {present}, vắng có lý do {excused}, vắng "
               "{absent} — tỷ lệ {rate}", name=row["name"], expected=row["expected"],
               present=row["present"], excused=row["excused"], absent=row["absent"],
               rate=rate_text(row["rate"]))


def show(args) -> int:
    from dvdesk.services.attendance_read import attendance_view, compliance

    db = database(args, create=False)
    if args.json:
        print_json(attendance_view(db, args.month, args.to))
        return 0
    result = compliance(db, args.month, args.to)
    if result.first == result.last:
        print(msg("KẾT QUẢ DỰ SINH HOẠT THÁNG {month}", month=month_text(result.first)))
    else:
        print(msg("KẾT QUẢ DỰ SINH HOẠT TỪ THÁNG {first} ĐẾN THÁNG {last}",
                  first=month_text(result.first), last=month_text(result.last)))
    if not result.months:
        print(msg("Chưa có lịch nào được duyệt trong khoảng này."))
        return 0
    print(msg("Các tháng có lịch đã duyệt: {months}.",
              months=", ".join(month_text(m) for m in result.months)))
    print(_line({"name": msg("Chung"), **result.overall}))
    from dvdesk.commands.basic import levels as levels_of

    levels = levels_of(db)
    tables = [("cluster", result.by_cluster), ("commune", result.by_commune)]
    for kind, rows in tables:
        if not levels.used(kind):  # a commune without clusters
            continue
        print("\n" + msg("Theo {level}:", level=levels.phrase(kind)))
        for row in rows:
            print(f"  {_line(row)}")
    print("\n" + msg("Cán bộ vắng không lý do 2 tháng liên tiếp:"))
    for row in result.repeat_absentees or [{"name": msg("(không có)"), "months": []}]:
        months = ", ".join(month_text(m) for m in row["months"])
        print(f"  {row['name']}" + (f" ({months})" if months else ""))
    return 0
