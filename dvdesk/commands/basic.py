"""``demo``, ``check``, ``backup`` and ``restore``."""

from __future__ import annotations

import time

from dvdesk.commands.common import database, parse_date, print_json


def run(args) -> int:
    return {"demo": demo, "check": check, "backup": backup,
            "restore": restore}[args.command](args)


def demo(args) -> int:
    from dvdesk.services.demo import build_demo, is_empty

    db = database(args)
    if args.keep_existing and not args.force and not is_empty(db):
        print(f"Giữ nguyên dữ liệu đang có trong {db.display_name}.")
        return 0
    started = time.perf_counter()
    summary = build_demo(db, args.scale, force=args.force)
    seconds = time.perf_counter() - started
    print(f"Đã tạo dữ liệu mẫu ({summary['scale']}) trong {db.display_name}: "
          f"{unit_counts(db, summary)}, {summary['officers']} cán bộ, "
          f"{summary['assignments']} phân công ({seconds:.1f} giây).")
    if summary.get("months"):
        months = ", ".join(f"{m[5:]}/{m[:4]}" for m in summary["months"])
        print(f"Lịch đã duyệt các tháng {months} với {summary['attendance']} lượt dự họp đã ghi "
              f"nhận; {summary['feedback']} phản ánh, kiến nghị của nhân dân.")
    return 0


def levels(db):
    from dvdesk.domain.units import level_names
    from dvdesk.services.settings import get_settings

    return level_names(get_settings(db))


def unit_counts(db, counts: dict) -> str:
    """ "1 xã, 30 thôn, 40 chi bộ, 90 tổ tự quản": each level in use, with its word from
    the settings (a commune without clusters names none)."""
    names = levels(db)
    words = [f"{counts[key]} {names.word(kind)}" for kind, key in
             (("cluster", "clusters"), ("commune", "communes"), ("hamlet", "hamlets"),
              ("cell", "cells"), ("group", "groups")) if names.used(kind)]
    return ", ".join(words)


def check(args) -> int:
    from dvdesk.domain.roles import coverage_words
    from dvdesk.services.check import check as run_check

    db = database(args, create=False)
    report = run_check(db, parse_date(args.date, "--date"))
    if args.json:
        print_json(report)
    else:
        c = report["counts"]
        print(f"{unit_counts(db, c)}, {c['officers']} cán bộ.")
        for role, cov in report["coverage"].items():
            print(f"  {cov['covered']}/{cov['total']} {coverage_words(role, levels(db))}")
        for finding in report["errors"]:
            print(f"LỖI: {finding['message']}")
        for finding in report["warnings"]:
            print(f"Cảnh báo: {finding['message']}")
        print(f"{len(report['errors'])} lỗi, {len(report['warnings'])} cảnh báo.")
    return 1 if report["errors"] else 0


def backup(args) -> int:
    from dvdesk.services.backup import backup_database

    target = backup_database(database(args, create=False), args.output)
    print(f"Đã sao lưu vào {target}.")
    return 0


def restore(args) -> int:
    """A .db copy replaces the SQLite database (whose content is kept aside first); a .json
    dump (a shared server's backup) is loaded into an empty database of either kind."""
    from pathlib import Path

    from dvdesk.services.backup import load_dump, restore_database
    from dvdesk.store.database import resolve_target

    source = Path(args.file).expanduser()
    if source.suffix.lower() == ".json":
        db = database(args)
        rows = sum(load_dump(db, source).values())
        print(f"Đã nạp bản sao lưu {source.name} vào {db.display_name} ({rows} dòng).")
        return 0
    target = resolve_target(args.db)
    previous = restore_database(target, source)
    kept = f" Dữ liệu trước đó được giữ ở {previous}." if previous else ""
    print(f"Đã khôi phục {target} từ {source.name}.{kept}")
    return 0
