"""``calendar changes | ics | send`` and ``report changes``: each officer's schedule and
what a revision changed (DESIGN §11). Options and JSON shapes are a contract."""

from __future__ import annotations

import signal
import sys
import threading
from contextlib import contextmanager

from dvdesk.commands.common import database, print_json
from dvdesk.domain.calendar.months import month_text
from dvdesk.domain.messages import N_, msg


def _version_words(db, month: str, version: int) -> str:
    from dvdesk.services.documents import month_versions

    info = next((v for v in month_versions(db, month) if v["version"] == version), None)
    if info is None or info["status"] != "approved":
        return msg("bản {version} (dự thảo)", version=version)
    if info["number"]:
        return msg("bản {version} (số {number})", version=version, number=info["number"])
    return msg("bản {version}", version=version)


def changes(args) -> int:
    from dvdesk.domain.calendar.changes import describe
    from dvdesk.services.calendar_changes import changes_json, compare, stale_attendees

    db = database(args)
    found = compare(db, args.month, args.from_version, args.to_version)
    if args.json:
        print_json(changes_json(found))
        return 0
    print(msg("Thay đổi của lịch tháng {month} từ {base} đến {target}:",
              month=month_text(args.month),
              base=_version_words(db, args.month, found.from_version),
              target=_version_words(db, args.month, found.to_version)))
    if not found.changes:
        print("  " + msg("Không có thay đổi nào."))
    titles = (("moved", N_("Dời ngày, giờ, địa điểm")), ("added", N_("Bổ sung")),
              ("removed", N_("Không tổ chức")), ("attendees", N_("Thay đổi cán bộ dự")))
    for kind, title in titles:
        items = found.of_kind(kind)
        if items:
            print("\n" + msg("{title} ({count}):", title=msg(title), count=len(items)))
            for change in items:
                print(f"  - {describe(change)}")
    if found.officers:
        print("\n" + msg("Cán bộ cần được thông báo ({count}):", count=len(found.officers)))
        for officer in found.officers:
            print("  - " + msg("Đồng chí {name} (mã {id}):", name=officer.name,
                               id=officer.officer_id))
            for sentence in officer.sentences():
                print(f"      {sentence}")
    stale = stale_attendees(db, args.month)
    if stale:
        print("\n" + msg("Lưu ý: {count} cuộc họp của bản đã duyệt có cán bộ dự không còn khớp "
                         "với phân công hiện nay:", count=len(stale)))
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
    print(msg("Đã ghi lịch tháng {month} (bản {version}) dạng iCalendar: {file} và {count} tệp "
              "của từng cán bộ vào thư mục {folder}.", month=month_text(args.month),
              version=view["version"], file=holder["month_file"].name,
              count=len(holder["files"]), folder=str(holder["month_file"].parent)))
    return 0


def _password(db) -> str | None:
    """The keyring's or the environment's; asked for on a terminal when neither has it."""
    import getpass

    from dvdesk.services.mail import find_password, mail_settings, queries_settings

    settings = mail_settings(queries_settings(db))
    if not settings.user:
        return None
    found = find_password(settings)
    if found is None and sys.stdin is not None and sys.stdin.isatty():
        found = getpass.getpass(msg("Mật khẩu thư của {account}: ", account=settings.account))
    return found


@contextmanager
def _ctrl_c_stops():
    """Ctrl+C while mailing stops before the next message instead of cutting one in half:
    the first press is remembered (a second one interrupts at once, as usual)."""
    asked = threading.Event()

    def remember(_signum, _frame) -> None:
        asked.set()
        signal.signal(signal.SIGINT, signal.default_int_handler)

    try:
        before = signal.signal(signal.SIGINT, remember)
    except ValueError:  # not the main thread (an embedding program): Ctrl+C is theirs
        yield asked.is_set
        return
    try:
        yield asked.is_set
    finally:
        signal.signal(signal.SIGINT, before)


def send(args) -> int:
    from dvdesk.services.mail import FAILED, NO_ADDRESS, SENT, STOPPED, send_schedules

    db = database(args)

    def show(done: int, total: int, entry) -> None:
        if entry.status == SENT:
            print(f"[{done}/{total}] " + msg("Đã gửi: Đ/c {name} <{email}>", name=entry.name,
                                             email=entry.email), flush=True)
        elif entry.status == FAILED:
            print(f"[{done}/{total}] " + msg("Không gửi được: Đ/c {name} <{email}>: {error}",
                                             name=entry.name, email=entry.email,
                                             error=entry.error), flush=True)

    password = None if args.dry_run else _password(db)
    with _ctrl_c_stops() as stop:
        report = send_schedules(db, args.month, changed_only=args.changed_only,
                                dry_run=args.dry_run, password=password,
                                progress=None if args.dry_run else show, stop=stop)
    if report.stopped and not args.dry_run:
        stopped = msg("đã dừng theo yêu cầu: đã gửi {sent} thư, {stopped} thư chưa gửi, "
                      "{failed} thư không gửi được.", sent=report.count(SENT),
                      stopped=report.count(STOPPED), failed=report.count(FAILED))
        print(f"dvdesk: {stopped}", file=sys.stderr, flush=True)
        return 130
    if report.stopped:
        raise KeyboardInterrupt  # the list was asked off: said as any stopped command
    missing = [e for e in report.entries if e.status == NO_ADDRESS]
    if args.dry_run:
        would = [e for e in report.entries if e.email]
        print(msg("Sẽ gửi lịch tháng {month} (bản {version}) cho {count} cán bộ:",
                  month=month_text(args.month), version=report.version, count=len(would)))
        for entry in would:
            print(f"  - Đ/c {entry.name} <{entry.email}>: {', '.join(entry.attachments)}")
    if missing:
        print(msg("{count} cán bộ chưa có địa chỉ e-mail, không gửi được: {names}.",
                  count=len(missing),
                  names=", ".join(msg("{name} (mã {id})", name=e.name, id=e.officer_id)
                                  for e in missing)))
    if not args.dry_run:
        print(msg("Đã gửi {sent} thư; {failed} thư không gửi được.", sent=report.count(SENT),
                  failed=report.count(FAILED)))
    return 1 if report.count(FAILED) else 0
