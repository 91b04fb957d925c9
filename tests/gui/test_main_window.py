"""The window as a whole: pages, status bar, layout memory, screenshots from the command line."""

from __future__ import annotations

import contextlib
import sqlite3

import pytest
from PySide6.QtGui import QImage

from dvdesk.gui.main_window import MainWindow
from dvdesk.gui.pages import NAVIGATION, PAGES
from dvdesk.services.actions import AddOfficer, Change


def test_pages_are_created_on_first_show(window):
    assert set(window.pages) <= {"units"}  # at most the page on screen
    for key, _label, _icon in NAVIGATION:
        page = window.show_page(key)
        assert window.stack.currentWidget() is page
        # The registered page itself, not a stand-in, and it shows data at once.
        assert f"{type(page).__module__}:{type(page).__name__}" == PAGES[key]
    assert set(window.pages) == {k for k, _l, _i in NAVIGATION}


def test_status_bar_names_database_counts_and_month(window):
    window.ctx.month = "2026-12"
    assert window.db_label.text() == "CSDL: demo.db"
    assert window.counts_label.text() == "6 cụm · 21 xã · 117 ấp · 1.259 cán bộ"
    assert window.month_label.text().startswith("Tháng 12/2026")
    assert window.month_picker.month() == "2026-12"
    assert window.undo_label.text() == "Đã lưu"


def test_last_page_and_database_are_remembered(ctx, qtbot, demo_path):
    from dvdesk.gui.app import settings

    first = MainWindow(ctx)
    qtbot.addWidget(first)
    first.restore_layout("officers")
    first.close()
    assert settings().value("main/page") == "officers"
    assert settings().value("last_database") == str(demo_path)
    second = MainWindow(ctx)
    qtbot.addWidget(second)
    second.restore_layout()
    assert second.current_key() == "officers"
    second.resize(1400, 900)
    second.show()
    second.pages["officers"].splitter.setSizes([300, 500])
    sizes = second.pages["officers"].splitter.sizes()
    second.close()
    third = MainWindow(ctx)
    qtbot.addWidget(third)
    third.resize(1400, 900)
    third.show()
    third.restore_layout()
    restored = third.pages["officers"].splitter.sizes()
    # The split is kept in proportion (the default gives the table most of the height).
    assert sizes[0] < sizes[1] and restored[0] < restored[1]


def test_f5_reloads_what_another_program_wrote(window):
    from dvdesk.services.officers import add_officer

    page = window.show_page("officers")
    before = page.model.rowCount()
    add_officer(window.ctx.db, "Người Ngoài Cửa Sổ")  # as the command line would
    assert page.model.rowCount() == before
    window.refresh_action.trigger()
    assert page.model.rowCount() == before + 1
    assert window.counts_label.text().endswith("1.260 cán bộ")


@pytest.mark.parametrize("page", [key for key, _label, _icon in NAVIGATION])
def test_screenshot_of_each_page(cli, demo_path, tmp_path, page):
    target = tmp_path / f"{page}.png"
    result = cli("--db", demo_path, "gui", "--page", page, "--month", "2026-12",
                 "--screenshot", target)
    assert result.code == 0, result
    image = QImage(str(target))
    assert (image.width(), image.height()) == (1400, 900)
    colours = {image.pixel(x, y) for x in range(0, 1400, 7) for y in range(0, 900, 7)}
    assert len(colours) > 40


def test_screenshot_of_a_broken_database_is_one_sentence(cli, tmp_path):
    bad = tmp_path / "notes.db"
    bad.write_text("not a database")
    result = cli("--db", bad, "gui", "--screenshot", tmp_path / "x.png")
    assert result.code == 2
    assert result.err.startswith("dvdesk: ") and "Traceback" not in result.err
    assert not (tmp_path / "x.png").exists()


def test_coming_back_to_the_window_reloads_only_after_outside_writes(window, monkeypatch):
    from PySide6.QtCore import Qt

    from dvdesk.services.officers import add_officer

    page = window.show_page("officers")
    reloads = []
    original = page.refresh
    monkeypatch.setattr(page, "refresh", lambda: (reloads.append(1), original()))
    window._on_app_state(Qt.ApplicationState.ApplicationActive)
    assert reloads == []  # nothing changed: no reload
    add_officer(window.ctx.db, "Người Ghi Từ Ngoài")
    window._on_app_state(Qt.ApplicationState.ApplicationActive)
    assert reloads == [1]
    assert "Người Ghi Từ Ngoài" in {row.cells[0] for row in page.model.rows}


def test_opening_another_database_switches_every_page(window, db_path, errors):
    from dvdesk.gui.app import settings

    officers = window.show_page("officers")
    assert officers.model.rowCount() > 1000
    window.ctx.perform("x", AddOfficer("Người Của Tệp Cũ"))
    assert window.ctx.undo_stack.canUndo()
    assert window.switch_database(str(db_path))  # a new, empty database
    assert errors == []
    assert officers.model.rowCount() == 0
    assert not window.ctx.undo_stack.canUndo()  # the history belonged to the other file
    assert window.db_label.text() == "CSDL: test.db"
    assert window.counts_label.text() == "0 xã · 0 ấp · 0 cán bộ"  # no cluster: none counted
    assert settings().value("recent_databases")[0] == str(db_path)
    assert not window.switch_database(str(db_path.parent / "missing" / "x.db"))
    assert len(errors) == 1 and "không tồn tại" in errors[0]


def test_without_db_the_window_reopens_the_last_database(demo_path, tmp_path, monkeypatch, qapp):
    from argparse import Namespace

    from dvdesk.commands.gui import _target
    from dvdesk.gui.app import settings

    settings().setValue("last_database", str(demo_path))
    assert _target(Namespace(db=None)) == str(demo_path)
    assert _target(Namespace(db="other.db")) == "other.db"  # --db always wins
    monkeypatch.setenv("DVDESK_DB", "env.db")
    assert _target(Namespace(db=None)) is None  # left to DVDESK_DB
    monkeypatch.delenv("DVDESK_DB")
    settings().setValue("last_database", str(tmp_path / "gone.db"))
    assert _target(Namespace(db=None)) is None  # a vanished file: the default database


def test_a_database_error_while_reloading_is_one_sentence(window, errors, monkeypatch):
    from dvdesk.errors import DatabaseBusy

    page = window.show_page("officers")

    def busy():
        raise DatabaseBusy("Cơ sở dữ liệu đang bận; hãy thử lại sau giây lát.")

    monkeypatch.setattr(page, "refresh", busy)
    window.refresh_action.trigger()
    window.ctx.data_changed.emit(Change.OFFICERS)
    assert errors == ["Cơ sở dữ liệu đang bận; hãy thử lại sau giây lát."] * 2


@pytest.mark.skipif(not __import__("sys").platform.startswith("linux"), reason="Linux displays")
def test_no_display_is_one_sentence_not_a_qt_abort(demo_path):
    import os
    import subprocess
    import sys

    env = {k: v for k, v in os.environ.items()
           if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    proc = subprocess.run([sys.executable, "-m", "dvdesk", "--db", str(demo_path), "gui"],
                          capture_output=True, text=True, encoding="utf-8", env=env, timeout=120)
    assert proc.returncode == 1
    assert proc.stderr.startswith("dvdesk: Không có màn hình") and proc.stderr.count("\n") == 1


def test_file_menu_backup_and_excel_export(window, tmp_path, errors, dialogs, qtbot):
    import openpyxl

    def save_as(path):
        def fill(dialog):
            assert type(dialog).__name__ == "QFileDialog"
            dialog.selectFile(str(path))
            dialog.accept()
        return fill

    copy = tmp_path / "copy.db"
    dialogs.next(save_as(copy))
    window.backup_action.trigger()
    dialogs.check()
    assert errors == [] and copy.stat().st_size > 0
    with contextlib.closing(sqlite3.connect(copy)) as backup:  # the copy holds the data
        assert backup.execute("select count(*) from officers").fetchone()[0] == 1259

    workbook = tmp_path / "out.xlsx"
    dialogs.next(save_as(workbook))
    window.export_action.trigger()
    dialogs.check()
    qtbot.waitUntil(lambda: not window.ctx.jobs.busy, timeout=60000)
    assert errors == []
    book = openpyxl.load_workbook(workbook, read_only=True)
    assert {"Đơn vị", "Cán bộ", "Phân công"} <= set(book.sheetnames)
    listed = {cell for row in book["Cán bộ"].iter_rows(values_only=True) for cell in row}
    officers = window.show_page("officers").model.rows
    assert len(officers) == 1259 and {row.cells[0] for row in officers} <= listed


def test_file_menu_opens_the_import_wizard(window, dialogs):
    seen = []

    def close(dialog):
        seen.append(type(dialog).__name__)
        dialog.reject()

    dialogs.next(close)
    window.import_action.trigger()
    dialogs.check()
    assert seen == ["ImportWizard"]


def test_missing_system_libraries_are_named_in_one_sentence(monkeypatch, tmp_path, cli):
    """On a fresh Debian the window needs packages Qt misnames: the program names them."""
    from dvdesk.commands import gui as command

    listing = tmp_path / "qt-libraries.txt"
    listing.write_text("# library package\nlibc.so.6 libc6\n"
                       "libxcb-notinstalled.so.9 libxcb-notinstalled9\n", encoding="utf-8")
    monkeypatch.setattr("dvdesk.paths.resource_path", lambda *parts: listing)
    assert command.missing_qt_packages() == ["libxcb-notinstalled9"]
    monkeypatch.setenv("DISPLAY", ":99")
    monkeypatch.setenv("QT_QPA_PLATFORM", "xcb")
    result = cli("--db", tmp_path / "x.db", "gui")
    assert result.code != 0 and result.err.count("\n") == 1
    assert "sudo apt-get install libxcb-notinstalled9" in result.err
