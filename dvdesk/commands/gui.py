"""``dvdesk gui``: open the window, or render one page to a PNG and exit (--screenshot)."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from dvdesk.domain.messages import msg
from dvdesk.errors import DvDeskError, InvalidInput


def _target(args) -> str | None:
    """--db, else DVDESK_DB, else the database opened last time (if it still exists)."""
    if args.db or os.environ.get("DVDESK_DB"):
        return args.db
    from dvdesk.gui.app import settings

    last = settings().value("last_database")
    if last and "://" not in str(last) and Path(str(last)).is_file():
        return str(last)
    return None


def missing_qt_packages() -> list[str]:
    """On Linux/X11, the Debian packages of the libraries Qt's xcb plugin needs and cannot
    load (listed in resources/qt-libraries.txt); Qt's own message names the wrong one."""
    import ctypes

    from dvdesk.paths import resource_path

    missing = []
    for line in resource_path("qt-libraries.txt").read_text(encoding="utf-8").splitlines():
        parts = line.split()
        if len(parts) != 2 or line.startswith("#"):
            continue
        try:
            ctypes.CDLL(parts[0])
        except OSError:
            missing.append(parts[1])
    return missing


def run(args) -> int:
    screenshot = getattr(args, "screenshot", None)
    headless = (sys.platform.startswith("linux") and not os.environ.get("QT_QPA_PLATFORM")
                and not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")))
    if headless and not screenshot:
        # Qt would abort with a page of plugin errors; say it in one sentence instead.
        raise DvDeskError(msg(
            "Không có màn hình để mở cửa sổ DV Desk; hãy chạy trên máy có giao diện, "
            "hoặc dùng --screenshot hay các lệnh dòng lệnh khác."))
    platform = os.environ.get("QT_QPA_PLATFORM", "xcb")
    if sys.platform.startswith("linux") and not headless and platform.startswith("xcb"):
        missing = missing_qt_packages()
        if missing:
            raise DvDeskError(msg(
                "Cửa sổ DV Desk cần các thư viện hệ thống chưa cài; hãy cài bằng lệnh: "
                "sudo apt-get install {packages}", packages=" ".join(missing)))
    if screenshot:
        if headless:
            os.environ["QT_QPA_PLATFORM"] = "offscreen"
        if not Path(screenshot).expanduser().resolve().parent.is_dir():
            raise InvalidInput(msg("Thư mục của tệp ảnh {path} không tồn tại.",
                                   path=screenshot))

    from dvdesk.gui.app import create_application

    app = create_application()
    from dvdesk.gui.context import AppContext
    from dvdesk.gui.main_window import MainWindow

    args.db = _target(args)
    if screenshot:  # a picture of the filled page: the database first
        from dvdesk.commands.common import database
        from dvdesk.gui.screenshot import save_screenshot

        ctx = AppContext(database(args))
        if getattr(args, "month", None):
            ctx.month = args.month
        path = Path(screenshot).expanduser()
        if not save_screenshot(app, MainWindow(ctx), args.page or "units", path):
            raise InvalidInput(msg("Không ghi được tệp ảnh {path}.", path=str(path)))
        print(msg("Đã lưu ảnh {path}.", path=str(path)))
        return 0
    # The window is painted before the database (and SQLAlchemy) is loaded: see
    # MainWindow.open_later.
    ctx = AppContext(None)
    if getattr(args, "month", None):
        ctx.month = args.month
    window = MainWindow(ctx)
    window.restore_layout(args.page)
    window.show()
    window.open_later(lambda: _open(args))
    try:
        return app.exec()
    finally:
        if ctx.db is not None:
            ctx.db.dispose()


def _open(args):
    from dvdesk.commands.common import database

    return database(args)
