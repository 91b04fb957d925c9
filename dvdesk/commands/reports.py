"""``report assignments | personal | attendance`` (DESIGN §7): documents as PDF."""

from __future__ import annotations

from pathlib import Path

from dvdesk.commands.common import database
from dvdesk.errors import InvalidInput


def run(args) -> int:
    return {"assignments": assignments, "personal": personal,
            "attendance": attendance}[args.kind](args)


def output_path(text: str, suffix: str) -> Path:
    """The file to write: its folder must exist and it must not be a folder itself."""
    path = Path(text).expanduser()
    if path.is_dir():
        raise InvalidInput(f"{path} là một thư mục; hãy ghi rõ tên tệp {suffix}.")
    if not path.parent.is_dir():
        raise InvalidInput(f"Thư mục {path.parent} không tồn tại, không thể ghi {path.name}.")
    return path


def write_guarded(write, path: Path) -> None:
    """Run a writer; a file that cannot be written is one sentence, not a traceback."""
    try:
        write()
    except PermissionError as error:
        raise InvalidInput(f"Không ghi được tệp {path} (không có quyền hoặc tệp đang mở).") \
            from error
    except OSError as error:
        raise InvalidInput(f"Không ghi được tệp {path}: {error.strerror or error}.") from error


def _month_text(month: str) -> str:
    return f"{month[5:]}/{month[:4]}"


def assignments(args) -> int:
    from dvdesk.services.documents import assignments_pdf

    path = output_path(args.output, ".pdf")
    holder: dict = {}
    write_guarded(lambda: holder.update(data=assignments_pdf(database(args), path)), path)
    data = holder["data"]
    hamlets = sum(len(c["hamlets"]) for k in data["clusters"] for c in k["communes"])
    communes = sum(len(k["communes"]) for k in data["clusters"])
    print(f"Đã ghi danh sách phân công ({len(data['clusters'])} cụm, {communes} xã, "
          f"{hamlets} ấp) vào {path}.")
    return 0


def personal(args) -> int:
    from dvdesk.services.documents import personal_pdf

    path = output_path(args.output, ".pdf")
    holder: dict = {}
    write_guarded(lambda: holder.update(data=personal_pdf(database(args), args.month, path)),
                  path)
    data = holder["data"]
    print(f"Đã ghi lịch cá nhân tháng {_month_text(args.month)} của {len(data['officers'])} "
          f"cán bộ (bản {data['view']['version']}) vào {path}.")
    return 0


def attendance(args) -> int:
    from dvdesk.services.documents import attendance_pdf

    path = output_path(args.output, ".pdf")
    holder: dict = {}
    write_guarded(lambda: holder.update(data=attendance_pdf(database(args), args.month, path)),
                  path)
    data = holder["data"]
    print(f"Đã ghi báo cáo dự họp tháng {_month_text(args.month)} "
          f"({len(data['meetings'])} cuộc họp) vào {path}.")
    return 0
