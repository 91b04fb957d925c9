"""``units list | merge | rename | proposals | carry-over | who`` (DESIGN §12).

Units are named with the level names of the settings ("Thôn, tổ dân phố (35)"); ids are
per kind, so ``--kind`` says which table an id is from (a commune by default).
"""

from __future__ import annotations

from dvdesk.commands.common import database, parse_date, print_json


def run(args) -> int:
    return {"list": list_units, "merge": merge, "rename": rename, "proposals": proposals,
            "carry-over": carry_over, "who": who}[args.action](args)


def _levels(db):
    from dvdesk.domain.units import level_names
    from dvdesk.services.settings import get_settings

    return level_names(get_settings(db))


def _required_date(text: str, what: str):
    from dvdesk.domain.messages import msg
    from dvdesk.errors import InvalidInput

    day = parse_date(text, what)
    if day is None:
        raise InvalidInput(msg("Cần {what} (YYYY-MM-DD).", what=what))
    return day


def list_units(args) -> int:
    from dvdesk.services.unit_lookup import list_units as read

    db = database(args, create=False)
    units = read(db, args.kind, include_inactive=args.all)
    if args.json:
        print_json(units)
        return 0
    levels = _levels(db)
    by_kind: dict[str, list[dict]] = {}
    for unit in units:
        by_kind.setdefault(unit["kind"], []).append(unit)
    for kind, rows in by_kind.items():
        print(f"{levels.title(kind)} ({len(rows)}):")
        for unit in rows:
            parent = f" — {unit['parent']}" if unit["parent"] else ""
            state = ""
            if "merged_into" in unit:
                state = f" [đã sáp nhập vào mã {unit['merged_into']} từ {unit['merged_on']}]"
            elif not unit["active"]:
                state = " [đã xóa]"
            print(f"  {unit['id']:>6}  {unit['title']}{parent}{state}")
    if not units:
        print("Chưa có đơn vị nào.")
    return 0


def merge(args) -> int:
    from dvdesk.services.unit_changes import merge as run_merge
    from dvdesk.services.unit_changes import merge_proposals

    db = database(args, create=False)
    on = _required_date(args.on, "--on")
    done = run_merge(db, args.kind, args.ids, args.into, on)
    levels = _levels(db)
    print(f"Đã sáp nhập {len(done.unit_ids)} {levels.word(args.kind)} (mã "
          f"{', '.join(map(str, done.unit_ids))}) thành {done.title} (mã {done.new_id}) từ "
          f"ngày {on:%d/%m/%Y}; {len(done.moved)} đơn vị trực thuộc chuyển sang, "
          f"{len(done.ended)} phân công kết thúc ngày hôm trước.")
    _print_proposals(merge_proposals(db, args.kind, done.new_id), levels)
    if done.ended:
        print(f"Tiếp tục các phân công: dvdesk units carry-over {done.new_id} --kind {args.kind} "
              "[--only N …]")
    return 0


def _print_proposals(offered, levels) -> None:
    from dvdesk.domain.roles import role_name

    if not offered:
        print("Không có phân công nào được đề xuất tiếp tục.")
        return
    print("Đề xuất tiếp tục cho đơn vị mới:")
    for number, p in enumerate(offered, 1):
        print(f"  {number}. {role_name(p.role, levels)}: đồng chí {p.officer} (từ {p.from_unit}), "
              f"từ ngày {p.on_date:%d/%m/%Y}")


def proposals(args) -> int:
    from dataclasses import asdict

    from dvdesk.services.unit_changes import merge_proposals

    db = database(args, create=False)
    offered = merge_proposals(db, args.kind, args.id)
    if args.json:
        print_json([{"number": n, **asdict(p)} for n, p in enumerate(offered, 1)])
        return 0
    _print_proposals(offered, _levels(db))
    return 0


def carry_over(args) -> int:
    from dvdesk.domain.messages import msg
    from dvdesk.errors import InvalidInput
    from dvdesk.services.unit_changes import apply_proposals, merge_proposals

    db = database(args, create=False)
    offered = merge_proposals(db, args.kind, args.id)
    numbers = args.only or list(range(1, len(offered) + 1))
    wrong = [n for n in numbers if not 1 <= n <= len(offered)]
    if wrong:
        raise InvalidInput(msg("Không có đề xuất số {numbers} (có {count} đề xuất).",
                               numbers=", ".join(map(str, wrong)), count=len(offered)))
    chosen = [offered[n - 1] for n in dict.fromkeys(numbers)]
    created = apply_proposals(db, args.kind, args.id, chosen,
                              accept_warnings=args.accept_warnings)
    print(f"Đã phân công tiếp {len(created)} trường hợp cho đơn vị mã {args.id}.")
    return 0


def rename(args) -> int:
    from dvdesk.services.unit_changes import rename_on

    db = database(args, create=False)
    on = _required_date(args.on, "--on")
    done = rename_on(db, args.kind, args.id, args.name, on)
    print(f"Đã đổi tên {done.old_title} thành {done.title} từ ngày {on:%d/%m/%Y}; các tháng "
          "trước vẫn in tên cũ.")
    return 0


def who(args) -> int:
    from dataclasses import asdict

    from dvdesk.domain.roles import role_name
    from dvdesk.services.unit_lookup import holders_on

    db = database(args, create=False)
    day = _required_date(args.on, "--on")
    found = holders_on(db, args.kind, args.id, day)
    if args.json:
        print_json({"date": day.isoformat(), "holders": [asdict(h) for h in found]})
        return 0
    levels = _levels(db)
    for holder in found:
        print(f"{role_name(holder.role, levels)} ({holder.unit}): đồng chí {holder.officer} "
              f"(mã {holder.officer_id})")
    if not found:
        print(f"Ngày {day:%d/%m/%Y} không có ai được phân công.")
    return 0
