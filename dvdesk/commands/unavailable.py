"""``unavailable add | list | remove``: officers away (leave, business trips, courses).

Options and the JSON of ``list`` are a contract (DESIGN §12).
"""

from __future__ import annotations

from dvdesk.commands.common import database, print_json
from dvdesk.domain.calendar import format_date
from dvdesk.domain.messages import msg


def run(args) -> int:
    return {"add": add, "list": listing, "remove": remove}[args.action](args)


def _period(first, last) -> str:
    if first == last:
        return msg("ngày {day}", day=format_date(first))
    return msg("từ {first} đến {last}", first=format_date(first), last=format_date(last))


def add(args) -> int:
    from dvdesk.services.unavailability import add_unavailability, list_unavailability

    db = database(args)
    new_id = add_unavailability(db, args.officer, args.first, args.last, args.reason)
    row = next(r for r in list_unavailability(db, officer_id=args.officer) if r.id == new_id)
    why = f" ({row.reason})" if row.reason else ""
    print(msg("Đã ghi lịch vắng mã {id}: đồng chí {officer} vắng {period}{why}.", id=row.id,
              officer=row.officer, period=_period(row.first_day, row.last_day), why=why))
    return 0


def listing(args) -> int:
    from dvdesk.services.unavailability import list_unavailability

    rows = list_unavailability(database(args), officer_id=args.officer, month=args.month)
    if args.json:
        print_json([r.json() for r in rows])
        return 0
    if not rows:
        print(msg("Không có cán bộ nào báo vắng."))
        return 0
    for r in rows:
        why = f" — {r.reason}" if r.reason else ""
        print(msg("{id}  {officer} (mã {officer_id})  {period}{why}", id=f"{r.id:>5}",
                  officer=r.officer, officer_id=r.officer_id,
                  period=_period(r.first_day, r.last_day), why=why))
    return 0


def remove(args) -> int:
    from dvdesk.services.unavailability import remove_unavailability

    values = remove_unavailability(database(args), args.id)
    print(msg("Đã bỏ lịch vắng mã {id}.", id=values["id"]))
    return 0
