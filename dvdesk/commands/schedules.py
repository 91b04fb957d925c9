"""``calendar changes | ics | send`` and ``report changes``: each officer's schedule and
what a revision changed (DESIGN §11). Options and JSON shapes are a contract."""

from __future__ import annotations

from dvdesk.commands.common import database, print_json
from dvdesk.domain.calendar.months import month_text


def _version_words(db, month: str, version: int) -> str:
    from dvdesk.services.documents import month_versions

    info = next((v for v in month_versions(db, month) if v["version"] == version), None)
    if info is None or info["status"] != "approved":
        return f"bản {version} (dự thảo)"
    return f"bản {version} (số {info['number']})" if info["number"] else f"bản {version}"


def changes(args) -> int:
    from dvdesk.domain.calendar.changes import describe
    from dvdesk.services.calendar_changes import changes_json, compare, stale_attendees

    db = database(args)
    found = compare(db, args.month, args.from_version, args.to_version)
    if args.json:
        print_json(changes_json(found))
        return 0
    print(f"Thay đổi của lịch tháng {month_text(args.month)} từ "
          f"{_version_words(db, args.month, found.from_version)} đến "
          f"{_version_words(db, args.month, found.to_version)}:")
    if not found.changes:
        print("  Không có thay đổi nào.")
    titles = (("moved", "Dời ngày, giờ, địa điểm"), ("added", "Bổ sung"),
              ("removed", "Không tổ chức"), ("attendees", "Thay đổi cán bộ dự"))
    for kind, title in titles:
        items = found.of_kind(kind)
        if items:
            print(f"\n{title} ({len(items)}):")
            for change in items:
                print(f"  - {describe(change)}")
    if found.officers:
        print(f"\nCán bộ cần được thông báo ({len(found.officers)}):")
        for officer in found.officers:
            print(f"  - Đồng chí {officer.name} (mã {officer.officer_id}):")
            for sentence in officer.sentences():
                print(f"      {sentence}")
    stale = stale_attendees(db, args.month)
    if stale:
        print(f"\nLưu ý: {len(stale)} cuộc họp của bản đã duyệt có cán bộ dự không còn khớp "
              "với phân công hiện nay:")
        for change in stale:
            print(f"  - {describe(change)}")
    return 0


def ics(args) -> int:
    from dvdesk.commands.reports import write_guarded
    from dvdesk.services.schedules import ics_files

    holder: dict = {}
    write_guarded(lambda: holder.update(ics_files(database(args), args.month, args.output,
                                                  args.version)), args.output)
    view = holder["view"]
    print(f"Đã ghi lịch tháng {month_text(args.month)} (bản {view['version']}) dạng iCalendar: "
          f"{holder['month_file'].name} và {len(holder['files'])} tệp của từng cán bộ vào thư "
          f"mục {holder['month_file'].parent}.")
    return 0


def _password(db) -> str | None:
    """The keyring's or the environment's; asked for on a terminal when neither has it."""
    import getpass
    import sys

    from dvdesk.services.mail import find_password, mail_settings, queries_settings

    settings = mail_settings(queries_settings(db))
    if not settings.user:
        return None
    found = find_password(settings)
    if found is None and sys.stdin is not None and sys.stdin.isatty():
        found = getpass.getpass(f"Mật khẩu thư của {settings.account}: ")
    return found


def send(args) -> int:
    from dvdesk.services.mail import FAILED, NO_ADDRESS, SENT, send_schedules

    db = database(args)

    def show(done: int, total: int, entry) -> None:
        if entry.status == SENT:
            print(f"[{done}/{total}] Đã gửi: Đ/c {entry.name} <{entry.email}>", flush=True)
        elif entry.status == FAILED:
            print(f"[{done}/{total}] Không gửi được: Đ/c {entry.name} <{entry.email}>: "
                  f"{entry.error}", flush=True)

    report = send_schedules(db, args.month, changed_only=args.changed_only,
                            dry_run=args.dry_run,
                            password=None if args.dry_run else _password(db),
                            progress=None if args.dry_run else show)
    missing = [e for e in report.entries if e.status == NO_ADDRESS]
    if args.dry_run:
        would = [e for e in report.entries if e.email]
        print(f"Sẽ gửi lịch tháng {month_text(args.month)} (bản {report.version}) cho "
              f"{len(would)} cán bộ:")
        for entry in would:
            print(f"  - Đ/c {entry.name} <{entry.email}>: {', '.join(entry.attachments)}")
    if missing:
        print(f"{len(missing)} cán bộ chưa có địa chỉ e-mail, không gửi được: "
              + ", ".join(f"{e.name} (mã {e.officer_id})" for e in missing) + ".")
    if not args.dry_run:
        print(f"Đã gửi {report.count(SENT)} thư; {report.count(FAILED)} thư không gửi được.")
    return 1 if report.count(FAILED) else 0
