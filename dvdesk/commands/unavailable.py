"""``unavailable add | list | remove``: officers away (leave, business trips, courses).

Options and the JSON of ``list`` are a contract (DESIGN §12).
"""

from __future__ import annotations

from dvdesk.commands.common import database, print_json
from dvdesk.domain.calendar import format_date


def run(args) -> int:
    return {"add": add, "list": listing, "remove": remove}[args.action](args)


def _period(first, last) -> str:
    if first == last:
        return f"ngày {format_date(first)}"
    return f"từ {format_date(first)} đến {format_date(last)}"


def add(args) -> int:
    from dvdesk.services.unavailability import add_unavailability, list_unavailability

    db = database(args)
    new_id = add_unavailability(db, args.officer, args.first, args.last, args.reason)
    row = next(r for r in list_unavailability(db, officer_id=args.officer) if r.id == new_id)
    why = f" ({row.reason})" if row.reason else ""
    print(f"Đã ghi lịch vắng mã {row.id}: đồng chí {row.officer} vắng "
          f"{_period(row.first_day, row.last_day)}{why}.")
    return 0


def listing(args) -> int:
    from dvdesk.services.unavailability import list_unavailability

    rows = list_unavailability(database(args), officer_id=args.officer, month=args.month)
    if args.json:
        print_json([r.json() for r in rows])
        return 0
    if not rows:
        print("Không có cán bộ nào báo vắng.")
        return 0
    for r in rows:
        why = f" — {r.reason}" if r.reason else ""
        print(f"{r.id:>5}  {r.officer} (mã {r.officer_id})  "
              f"{_period(r.first_day, r.last_day)}{why}")
    return 0


def remove(args) -> int:
    from dvdesk.services.unavailability import remove_unavailability

    values = remove_unavailability(database(args), args.id)
    print(f"Đã bỏ lịch vắng mã {values['id']}.")
    return 0
