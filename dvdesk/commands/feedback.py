"""``feedback add | forward | answer | resolve | close | list | show | export`` and
``report feedback`` (DESIGN §12).

``add`` prints the new item's number alone (for scripts); ``list --json`` prints a
list of {id, received, deadline, status, overdue, hamlet, commune, officer, field,
content}; ``--on`` judges "overdue" on another day than today.
"""

from __future__ import annotations

from dvdesk.commands.common import database, parse_date, print_json
from dvdesk.commands.reports import output_path, write_guarded
from dvdesk.domain.feedback import status_message
from dvdesk.domain.messages import msg


def run(args) -> int:
    return {"add": add, "forward": step, "answer": step, "resolve": step, "close": step,
            "list": list_, "show": show, "export": export}[args.action](args)


def add(args) -> int:
    from dvdesk.services.feedback import add_feedback

    received = parse_date(args.received, "--received")
    item_id = add_feedback(database(args), hamlet_id=args.hamlet, officer_id=args.officer,
                           received=received, field=args.field, content=args.content,
                           is_complex=args.complex, raised_by=args.by)
    print(item_id)
    return 0


def step(args) -> int:
    from dvdesk.services import feedback as service

    db, on = database(args), parse_date(args.on, "--on")
    if args.action == "forward":
        service.forward_feedback(db, args.id, args.to, on)
        done = msg("đã chuyển đến {body}", body=args.to.strip())
    elif args.action == "answer":
        service.answer_feedback(db, args.id, args.text, on)
        done = msg("đã ghi trả lời")
    elif args.action == "resolve":
        service.resolve_feedback(db, args.id, on, args.note)
        done = msg("đã giải quyết xong")
    else:
        service.close_feedback(db, args.id, args.reason, on)
        done = msg("đã đóng, không giải quyết")
    if on:
        print(msg("Phản ánh số {id} {done} ngày {day}.", id=args.id, done=done,
                  day=f"{on:%d/%m/%Y}"))
    else:
        print(msg("Phản ánh số {id} {done}.", id=args.id, done=done))
    return 0


def _filter(args):
    from dvdesk.services.feedback_read import FeedbackFilter

    return FeedbackFilter(statuses=(args.status,) if args.status else (), field=args.field,
                          commune_id=args.commune, officer_id=args.officer,
                          overdue=args.overdue, search=args.search)


def _day(iso: str | None) -> str:
    return f"{iso[8:10]}/{iso[5:7]}/{iso[:4]}" if iso else ""


def list_(args) -> int:
    from dvdesk.services.feedback_read import LIST_KEYS, list_feedback

    page = list_feedback(database(args, create=False), _filter(args),
                         on=parse_date(args.on, "--on"))
    if args.json:
        print_json([{k: row[k] for k in LIST_KEYS} for row in page.rows])
        return 0
    for row in page.rows:
        late = msg("  [QUÁ HẠN]") if row["overdue"] else ""
        print(msg("Số {id}  nhận {received}  hạn {deadline}  {status}{late}  {hamlet} "
                  "({commune}) — {officer} — {field}: {content}", id=row["id"],
                  received=_day(row["received"]), deadline=_day(row["deadline"]),
                  status=status_message(row["status"]), late=late, hamlet=row["hamlet"],
                  commune=row["commune"], officer=row["officer"], field=row["field"],
                  content=row["content"]))
    print(msg("{count} phản ánh, kiến nghị; {overdue} quá hạn trả lời ngày {day}.",
              count=page.total, overdue=page.overdue, day=f"{page.on:%d/%m/%Y}"))
    return 0


def show(args) -> int:
    from dvdesk.services.feedback_read import feedback_item

    item = feedback_item(database(args, create=False), args.id, parse_date(args.on, "--on"))
    if args.json:
        print_json(item)
        return 0
    late = msg(" — QUÁ HẠN") if item["overdue"] else ""
    print(msg("PHẢN ÁNH, KIẾN NGHỊ SỐ {id} — {status}{late}", id=item["id"],
              status=status_message(item["status"]), late=late))
    said = {"day": _day(item["received"]), "hamlet": item["hamlet"], "commune": item["commune"],
            "officer": item["officer"]}
    if item["raised_by"]:
        print(msg("Nhận ngày {day} tại {hamlet} ({commune}), cán bộ {officer}; người phản ánh: "
                  "{raised_by}.", **said, raised_by=item["raised_by"]))
    else:
        print(msg("Nhận ngày {day} tại {hamlet} ({commune}), cán bộ {officer}.", **said))
    complex_text = msg(" (vụ việc phức tạp)") if item["is_complex"] else ""
    print(msg("Lĩnh vực {field}; hạn trả lời {deadline}{complex}.", field=item["field"],
              deadline=_day(item["deadline"]), complex=complex_text))
    print(msg("Nội dung: {content}", content=item["content"]))
    print(msg("Các bước:"))
    for event in item["history"]:
        note = f": {event['note']}" if event["note"] else ""
        print(f"  {_day(event['on'])}  {status_message(event['status'])}{note}  "
              f"({event['user']}, {event['at']})")
    return 0


def export(args) -> int:
    from dvdesk.services.feedback_report import export_feedback

    path = output_path(args.output, ".xlsx")
    written: dict = {}
    write_guarded(lambda: written.update(export_feedback(
        database(args, create=False), path, _filter(args), period=args.period,
        on=parse_date(args.on, "--on"))), path)
    sheets = ", ".join(msg("{sheet} ({count} dòng)", sheet=name, count=count)
                       for name, count in written.items())
    print(msg("Đã xuất Excel vào {path}: {sheets}.", path=str(path), sheets=sheets))
    return 0


def report(args) -> int:
    from dvdesk.services.feedback_read import period_bounds
    from dvdesk.services.feedback_report import feedback_pdf

    first, _last = period_bounds(args.period)  # a bad period: one sentence, no file touched
    path = output_path(args.output, ".pdf")
    on, date = parse_date(args.on, "--on"), parse_date(args.date, "--date")
    holder: dict = {}
    write_guarded(lambda: holder.update(feedback_pdf(database(args, create=False), args.period,
                                                     path, on=on, number=args.number,
                                                     date=date)), path)
    total = holder["counts"]["total"]
    # The period as the report's own words say it (feedback_read.period_words, on paper
    # always Vietnamese), here in the language of the command line.
    period = (msg("tháng {month} năm {year}", month=first.month, year=first.year)
              if "-" in args.period else msg("năm {year}", year=first.year))
    print(msg("Đã ghi báo cáo phản ánh, kiến nghị {period} ({received} tiếp nhận, {resolved} đã "
              "giải quyết, {overdue} quá hạn) vào {path}.", period=period,
              received=total["received"], resolved=total["resolved"],
              overdue=total["overdue"], path=str(path)))
    return 0
