"""``report assignments | personal | attendance | feedback``: documents as PDF (a contract:
docs/ARCHITECTURE.md)."""

from __future__ import annotations

from pathlib import Path

from dvdesk.commands.common import database, parse_date
from dvdesk.domain.calendar.months import month_text
from dvdesk.domain.messages import count, msg
from dvdesk.domain.phrases import Listed
from dvdesk.errors import InvalidInput
from dvdesk.safe_files import check_target, os_error_sentence, shown


def run(args) -> int:
    if args.kind == "feedback":
        from dvdesk.commands.feedback import report

        return report(args)
    return {"assignments": assignments, "personal": personal,
            "attendance": attendance, "changes": changes}[args.kind](args)


def output_path(text: str, suffix: str) -> Path:
    """The file to write: its folder must exist and it must not be a folder itself."""
    path = check_target(text)  # before the work: a symlink, a device, a name too long
    if path.is_dir():
        raise InvalidInput(msg("{path} là một thư mục; hãy ghi rõ tên tệp {suffix}.",
                               path=shown(path), suffix=suffix))
    return path


def write_guarded(write, path: Path) -> None:
    """Run a writer; a file that cannot be written is one sentence, not a traceback."""
    try:
        write()
    except OSError as error:  # outside ``safe_files.replacing`` (which says it itself)
        raise InvalidInput(os_error_sentence(error, path)) from error


def _write(args, make, describe) -> int:
    """Make one document into ``-o``: ``make(db, path)`` returns its data, ``describe`` the summary."""
    path = output_path(args.output, ".pdf")
    holder: dict = {}
    write_guarded(lambda: holder.update(data=make(database(args, create=False), path)), path)
    print(msg("Đã ghi {document} vào {path}.", document=describe(holder["data"]), path=str(path)))
    return 0


def assignments(args) -> int:
    from dvdesk.services.documents import assignments_pdf

    def describe(data) -> str:
        from dvdesk.domain.units import level_names

        levels = level_names(data["settings"])
        communes = [c for k in data["clusters"] for c in k["communes"]]
        counts = [(len(communes), "commune"),
                  (sum(len(c["hamlets"]) for c in communes), "hamlet")]
        if levels.used("cluster"):
            counts.insert(0, (sum(1 for k in data["clusters"] if k["id"] is not None),
                              "cluster"))
        return msg("danh sách phân công ({counts})",
                   counts=Listed([count(n, levels.word(kind)) for n, kind in counts]))

    return _write(args, lambda db, path: assignments_pdf(
        db, path, number=args.number or "", date=parse_date(args.date, "--date")), describe)


def personal(args) -> int:
    from dvdesk.services.schedules import personal_slips_pdf

    changed = getattr(args, "changed_only", False)
    return _write(
        args, lambda db, path: personal_slips_pdf(db, args.month, path, args.version,
                                                  changed_only=changed),
        lambda data: _slips(data, month_text(args.month), changed))


def _slips(data, month: str, changed: bool):
    said = {"month": month, "count": len(data["officers"]), "version": data["view"]["version"]}
    if changed:
        return msg("lịch cá nhân tháng {month} của {count} cán bộ có thay đổi (bản {version})",
                   **said)
    return msg("lịch cá nhân tháng {month} của {count} cán bộ (bản {version})", **said)


def attendance(args) -> int:
    from dvdesk.services.documents import attendance_pdf

    return _write(
        args, lambda db, path: attendance_pdf(db, args.month, path, args.version,
                                              number=args.number or "",
                                              date=parse_date(args.date, "--date")),
        lambda data: msg("báo cáo dự họp tháng {month} ({count} cuộc họp)",
                         month=month_text(args.month), count=len(data["meetings"])))


def changes(args) -> int:
    from dvdesk.services.calendar_changes import notice_pdf

    def describe(data) -> str:
        return msg("thông báo điều chỉnh lịch tháng {month} (bản {amended} → bản {revised}: "
                   "{changes} cuộc họp thay đổi, {officers} cán bộ cần thông báo)",
                   month=month_text(args.month), amended=data["amended"]["version"],
                   revised=data["revised"]["version"], changes=len(data["changes"]),
                   officers=len(data["officers"]))

    return _write(args, lambda db, path: notice_pdf(
        db, args.month, path, args.from_version, args.to_version, number=args.number,
        date=parse_date(args.date, "--date")), describe)
