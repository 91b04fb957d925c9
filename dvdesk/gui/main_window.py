"""The main window: navigation on the left, the pages on the right, menus and status bar.

Pages are created the first time they are shown, so the window opens fast even
on a province database. The window remembers its layout, the last page and the
databases recently opened (QSettings).

Start-up is progressive: the window is built and painted with no database (nothing of
SQLAlchemy, Alembic, reportlab or openpyxl is imported by this module or the shell),
then ``open_later`` opens the database on a worker thread with "đang mở…" in the status
bar. Until it is open, the navigation remembers the page asked for and shows its frame,
and every action that needs the database is disabled.

What it remembers between runs is in ``window_memory``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, QSize, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QSizePolicy,
    QSplitter,
    QStackedWidget,
    QWidget,
)

from dvdesk import __version__
from dvdesk.domain.text import thousands
from dvdesk.errors import DvDeskError
from dvdesk.gui.context import APP_TITLE, AppContext
from dvdesk.gui.files import ask_open_file, ask_save_file
from dvdesk.gui.forms import icon
from dvdesk.gui.heap import aside_while
from dvdesk.gui.job_indicator import JobIndicator
from dvdesk.gui.levels import unit_counts
from dvdesk.gui.month_picker import MonthPicker
from dvdesk.gui.opening import DatabaseOpener
from dvdesk.gui.pages import NAVIGATION, PAGES, PageFrame, page_class
from dvdesk.gui.widgets import ElidedLabel, fit_on_screen
from dvdesk.gui.window_memory import (
    recent_databases,
    remember_database,
    restore_geometry,
    restore_split,
    save_layout,
)

CALENDAR_STATES = {"draft": QT_TRANSLATE_NOOP("MainWindow", "dự thảo"),
                   "approved": QT_TRANSLATE_NOOP("MainWindow", "đã duyệt"),
                   "revised": QT_TRANSLATE_NOOP("MainWindow", "điều chỉnh")}


class MainWindow(QMainWindow):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.pages: dict[str, QWidget] = {}
        self._frames: dict[str, QWidget] = {}  # pages' frames while the database opens
        self._opener: DatabaseOpener | None = None
        self.setWindowTitle(APP_TITLE)
        self.setWindowIcon(icon("app"))

        self.nav = QListWidget(self)
        self.nav.setObjectName("navigation")
        self.nav.setIconSize(QSize(28, 28))
        self.nav.setSpacing(2)
        self.nav.setMinimumWidth(150)
        for key, label, icon_name in NAVIGATION:
            item = QListWidgetItem(icon(icon_name), QCoreApplication.translate("Navigation", label))
            item.setData(Qt.ItemDataRole.UserRole, key)
            item.setSizeHint(QSize(150, 44))
            self.nav.addItem(item)
        self.stack = QStackedWidget(self)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(self.nav)
        self.splitter.addWidget(self.stack)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([195, 1205])  # "Phản ánh, kiến nghị" fits
        self.setCentralWidget(self.splitter)

        self._build_actions()
        self._build_menus()
        self._build_status_bar()

        self.nav.currentRowChanged.connect(self._on_nav)
        # Kept to be undone on close: the undo stack and the application outlive the
        # window and still signal while the program shuts down.
        self._links = [
            (ctx.data_changed, self._on_data_changed),
            (ctx.month_changed, self._on_month_changed),
            (ctx.database_changed, self._on_database_changed),
            (ctx.command_failed, self._on_command_failed),
            (ctx.undo_stack.cleanChanged, self._on_undo_changed),
            (ctx.undo_stack.indexChanged, self._on_undo_changed),
            (QApplication.instance().applicationStateChanged, self._on_app_state),
        ]
        for signal, slot in self._links:
            signal.connect(slot)
        self._seen = self._database_mark()
        self._set_database_actions(ctx.db is not None)
        self.update_status()

    # --- opening -----------------------------------------------------------------------
    @property
    def ready(self) -> bool:
        """Whether the database is open and the pages can be shown."""
        return self.ctx.db is not None

    def open_later(self, open_db: Callable[[], object]) -> None:
        """Open the database (``open_db()``) off the GUI thread once this window is painted;
        the page shown now fills in when it is open."""
        self._opener = DatabaseOpener(self)
        self._opener.opened.connect(self._on_opened)
        self._opener.failed.connect(self._on_open_failed)
        # The first page's module, then the daily pages' (0.1 s in all, while the shell
        # waits for the database anyway: each first visit is then 15–60 ms sooner). The
        # attendance page's charts (0.6 s) load when first visited.
        keys = dict.fromkeys((self.current_key(), "officers", "assignments", "calendar",
                              "reports"))
        preload = [PAGES[key].partition(":")[0] for key in keys] + ["dvdesk.services.status"]
        # The shell is on screen before anything heavy loads.
        self._opener.start_after_paint(self, open_db, preload)

    def _on_opened(self, db) -> None:
        self.ctx.set_database(db)  # → refresh, status bar
        self._set_database_actions(True)
        self._on_nav(self.nav.currentRow())
        for frame in self._frames.values():
            self.stack.removeWidget(frame)
            frame.deleteLater()
        self._frames.clear()
        if db.path is not None:  # a URL is remembered without its password: useless
            remember_database(db.display_name)

    def _on_open_failed(self, error) -> None:
        self.db_label.setText(self.tr("CSDL: chưa mở được"))
        # Another database can still be chosen or made.
        for action in (self.open_action, self.new_action):
            action.setEnabled(True)
        self.recent_menu.menuAction().setEnabled(True)
        self.ctx.show_error(self, error)

    def _set_database_actions(self, enabled: bool) -> None:
        for action in (self.refresh_action, self.new_action, self.open_action,
                       self.backup_action, self.import_action, self.export_action,
                       self.settings_action, self.recent_menu.menuAction()):
            action.setEnabled(enabled)

    # --- pages -------------------------------------------------------------------------
    def show_page(self, key: str) -> QWidget:
        """Show the page for ``key`` (its frame while the database opens)."""
        row = [k for k, _label, _icon in NAVIGATION].index(key)
        self.nav.setCurrentRow(row)
        if key not in self.pages and key not in self._frames:
            self._on_nav(row)
        return self.pages.get(key) or self._frames[key]

    def current_key(self) -> str:
        return NAVIGATION[max(self.nav.currentRow(), 0)][0]

    def page(self, key: str) -> QWidget:
        """The page for ``key``, created on first use."""
        if key not in self.pages:
            with aside_while():  # the collections its loading triggers skip the rest
                widget = page_class(key)(self.ctx, self.stack)
            self.pages[key] = widget
            self.stack.addWidget(widget)
            restore_split(key, widget)
        return self.pages[key]

    def _on_nav(self, row: int) -> None:
        if row < 0:
            return
        key = NAVIGATION[row][0]
        self.stack.setCurrentWidget(self.page(key) if self.ready else self._frame(key))

    def _frame(self, key: str) -> QWidget:
        if key not in self._frames:
            label = next(lbl for k, lbl, _i in NAVIGATION if k == key)
            frame = PageFrame(self.stack, QCoreApplication.translate("Navigation", label))
            self._frames[key] = frame
            self.stack.addWidget(frame)
        return self._frames[key]

    def refresh(self) -> None:
        """Reload what is on screen (the other pages when next shown): another program
        may have written meanwhile."""
        for widget in self.pages.values():
            if widget is not self.stack.currentWidget() and hasattr(widget, "refresh_when_visible"):
                widget.refresh_when_visible()
                continue
            try:
                widget.refresh()
            except DvDeskError as error:
                self.ctx.show_error(self, error)
        self._seen = self._database_mark()
        self.update_status()

    def _database_mark(self):
        """The newest audit entry: every write, from any program, adds one."""
        if not self.ready:
            return None
        from dvdesk.services.status import database_mark

        try:
            return database_mark(self.ctx.db)
        except DvDeskError:
            return None

    def _on_app_state(self, state) -> None:
        # Coming back to the window: reload only if someone else wrote meanwhile (not
        # while a file dialog holds the database released: that read would reconnect).
        if self.ctx.database_released or not self.ready:
            return
        if state == Qt.ApplicationState.ApplicationActive and self._database_mark() != self._seen:
            self.refresh()

    def _on_command_failed(self, error) -> None:
        self.ctx.show_error(self, error)

    def _on_undo_changed(self, _value) -> None:
        # Only the undo text changes here; the counts follow data_changed (one read
        # per change, not three: a push also changes canUndo and the undo text).
        self._show_undo_text()

    def _on_data_changed(self, _what) -> None:
        self._seen = self._database_mark()
        # The counts on the next turn of the event loop: the pages' reloads come first and
        # the window repaints between (the counts are a read of their own).
        QTimer.singleShot(0, self, self.update_status)

    # --- actions and menus -------------------------------------------------------------
    def _action(self, text: str, slot, shortcut=None, icon_name: str | None = None) -> QAction:
        action = QAction(icon(icon_name) if icon_name else icon(""), text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    def _build_actions(self) -> None:
        stack = self.ctx.undo_stack
        self.undo_action = stack.createUndoAction(self, self.tr("Hoàn tác"))
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.undo_action.setIcon(icon("undo"))
        self.redo_action = stack.createRedoAction(self, self.tr("Làm lại"))
        # Ctrl+Y everywhere plus the platform's own redo keys, without listing one twice
        # (a duplicate makes Qt refuse the shortcut as ambiguous).
        ctrl_y = QKeySequence("Ctrl+Y")
        self.redo_action.setShortcuts([ctrl_y, *(
            key for key in QKeySequence.keyBindings(QKeySequence.StandardKey.Redo)
            if key != ctrl_y)])
        self.redo_action.setIcon(icon("redo"))
        self.refresh_action = self._action(self.tr("Làm mới"), self.refresh, "F5", "refresh")
        self.new_action = self._action(self.tr("Tạo CSDL mới…"), self.new_database,
                                       QKeySequence.StandardKey.New)
        self.open_action = self._action(self.tr("Mở…"), self.open_database_dialog,
                                        QKeySequence.StandardKey.Open)
        self.backup_action = self._action(self.tr("Lưu bản sao…"), self.backup)
        self.import_action = self._action(self.tr("Nhập Excel…"), self.import_excel)
        self.export_action = self._action(self.tr("Xuất Excel…"), self.export_excel)
        self.quit_action = self._action(self.tr("Thoát"), self.close, QKeySequence.StandardKey.Quit)
        self.settings_action = self._action(self.tr("Cài đặt…"), self.open_settings)
        self.send_action = self._action(self.tr("Gửi lịch cho cán bộ…"), self.send_schedules)
        self.about_action = self._action(self.tr("Giới thiệu"), self.about)

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("&Tệp"))
        file_menu.addActions([self.new_action, self.open_action, self.backup_action])
        self.recent_menu = file_menu.addMenu(self.tr("CSDL gần đây"))
        self.recent_menu.aboutToShow.connect(self._fill_recent)
        file_menu.addSeparator()
        file_menu.addActions([self.import_action, self.export_action])
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)
        edit_menu = bar.addMenu(self.tr("&Sửa"))
        edit_menu.addActions([self.undo_action, self.redo_action])
        edit_menu.addSeparator()
        edit_menu.addAction(self.refresh_action)
        tools_menu = bar.addMenu(self.tr("&Công cụ"))
        tools_menu.addAction(self.send_action)
        tools_menu.addAction(self.settings_action)
        help_menu = bar.addMenu(self.tr("&Trợ giúp"))
        help_menu.addAction(self.about_action)

        toolbar = self.addToolBar(self.tr("Thanh công cụ"))
        toolbar.setObjectName("main_toolbar")
        toolbar.setMovable(False)
        toolbar.addActions([self.undo_action, self.redo_action, self.refresh_action])
        toolbar.addSeparator()
        toolbar.addWidget(QLabel(self.tr("Tháng:") + " ", toolbar))
        self.month_picker = MonthPicker(self.ctx.month, toolbar)
        self.month_picker.month_changed.connect(self._on_month_picked)
        toolbar.addWidget(self.month_picker)

    def _on_month_picked(self, month: str) -> None:
        self.ctx.month = month

    def _on_month_changed(self, month: str) -> None:
        self.month_picker.set_month(month)
        self.update_status()

    # --- status bar --------------------------------------------------------------------
    def _build_status_bar(self) -> None:
        bar = self.statusBar()
        self.db_label = QLabel(self)
        self.counts_label = QLabel(self)
        self.month_label = QLabel(self)
        self.undo_label = ElidedLabel(self)
        self.undo_label.setMaximumWidth(380)
        self.undo_label.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        self.job_indicator = JobIndicator(self.ctx.jobs, self)
        bar.addWidget(self.db_label, 1)
        bar.addPermanentWidget(self.job_indicator)
        for label in (self.counts_label, self.month_label, self.undo_label):
            bar.addPermanentWidget(label)

    def update_status(self) -> None:
        db = self.ctx.db
        if db is None:
            self.db_label.setText(self.tr("CSDL: đang mở…"))
            return
        from dvdesk.services.status import status_counts

        name = Path(db.path).name if db.path is not None else db.display_name
        self.db_label.setText(self.tr("CSDL: {name}").format(name=name))
        self.db_label.setToolTip(db.display_name)
        self.setWindowTitle(f"{name} — {APP_TITLE}")
        try:
            status = status_counts(db, self.ctx.month)
        except DvDeskError as error:
            self.counts_label.setText(str(error))
            return
        state = (status.calendar_status, status.calendar_version) \
            if status.calendar_status else None
        units = unit_counts(self.ctx.levels, {"cluster": status.clusters,
                                              "commune": status.communes,
                                              "hamlet": status.hamlets})
        self.counts_label.setText(units + " · " + self.tr("{officers} cán bộ").format(
            officers=thousands(status.officers)))
        year, month = self.ctx.month.split("-")
        text = self.tr("Tháng {month}/{year}").format(month=month, year=year)
        if state is None:
            text += " — " + self.tr("chưa có lịch")
        else:
            status = self.tr(CALENDAR_STATES.get(state[0], state[0]))
            text += " — " + self.tr("lịch {status}").format(status=status)
            if state[1] > 1:
                text += " " + self.tr("(bản {version})").format(version=state[1])
        self.month_label.setText(text)
        self._show_undo_text()

    def _show_undo_text(self) -> None:
        stack = self.ctx.undo_stack
        if stack.canUndo():
            self.undo_label.setText(self.tr("Đã lưu · có thể hoàn tác: {text}").format(
                text=stack.undoText()))
        else:
            self.undo_label.setText(self.tr("Đã lưu"))

    # --- databases ---------------------------------------------------------------------
    def _fill_recent(self) -> None:
        self.recent_menu.clear()
        for target in recent_databases():
            action = self.recent_menu.addAction(target)
            action.triggered.connect(lambda _checked=False, t=target: self.switch_database(t))
        if self.recent_menu.isEmpty():
            self.recent_menu.addAction(self.tr("(chưa có)")).setEnabled(False)

    def switch_database(self, target: str) -> bool:
        # Opening reads the file's header; if it is the file we have open, that read must
        # not close a descriptor while our connections hold its locks.
        from dvdesk.services.databases import open_database

        if self.ctx.db is not None:
            self.ctx.db.dispose()
        try:
            db = open_database(target)
        except DvDeskError as error:
            self.ctx.show_error(self, error)
            return False
        self.ctx.set_database(db)
        if db.path is not None:
            remember_database(db.display_name)
        return True

    def _on_database_changed(self) -> None:
        self.refresh()

    def new_database(self) -> None:
        from dvdesk.gui.preset_choice import create_database

        db = create_database(self, self.ctx)  # with the organization's preset
        if db is not None:
            self.ctx.set_database(db)
            remember_database(db.display_name)

    def open_database_dialog(self) -> None:
        path = ask_open_file(self, self.ctx, "database", self.tr("Mở cơ sở dữ liệu"),
                             self.tr("Cơ sở dữ liệu DV Desk (*.db);;Mọi tệp (*)"))
        if path is not None:
            self.switch_database(str(path))

    def backup(self) -> None:
        db = self.ctx.db
        stem = db.path.stem if db.path is not None else "dvdesk"
        suffix = "db" if db.path is not None else "json"
        path = ask_save_file(
            self, self.ctx, "backup", self.tr("Lưu bản sao cơ sở dữ liệu"),
            f"{stem}-ban-sao-{dt.date.today().isoformat()}.{suffix}",
            self.tr("Cơ sở dữ liệu DV Desk (*.db);;Bản sao JSON (*.json)"), suffix)
        if path is None:
            return
        from dvdesk.services.backup import backup_database

        try:
            target = backup_database(db, path)
        except DvDeskError as error:
            self.ctx.show_error(self, error)
            return
        self.statusBar().showMessage(
            self.tr("Đã lưu bản sao vào {path}.").format(path=target), 8000)

    def import_excel(self) -> None:
        from dvdesk.gui.import_wizard import ImportWizard

        ImportWizard(self.ctx, self).exec()

    def export_excel(self) -> None:
        path = ask_save_file(self, self.ctx, "excel", self.tr("Xuất Excel"),
                             f"dvdesk-{self.ctx.month}.xlsx",
                             self.tr("Bảng tính Excel (*.xlsx)"), "xlsx")
        if path is None:
            return
        from dvdesk.services.excel_export import export_workbook

        db, month = self.ctx.db, self.ctx.month

        def done(result: dict) -> None:
            self.statusBar().showMessage(self.tr("Đã xuất {path}.").format(path=path), 8000)

        self.ctx.jobs.start(lambda _report: export_workbook(db, str(path), month), done=done,
                            failed=lambda error: self.ctx.show_error(self, error),
                            label=self.tr("Đang xuất Excel…"))

    def send_schedules(self, changed_only: bool = False) -> None:
        """Công cụ → Gửi lịch cho cán bộ… (the month shown in the toolbar)."""
        from dvdesk.gui.send_dialog import SendDialog

        dialog = SendDialog(self.ctx, self.ctx.month, self, changed_only=changed_only)
        dialog.exec()
        dialog.deleteLater()

    def open_settings(self) -> None:
        from dvdesk.gui.settings_dialog import SettingsDialog

        SettingsDialog(self.ctx, self).exec()

    def about(self) -> None:
        QMessageBox.about(self, self.tr("Giới thiệu DV Desk"), self.tr(
            "DV Desk {version}\nPhân công theo dõi cơ sở và lịch sinh hoạt đảng ủy, chi bộ "
            "của Ban Dân vận.").format(version=__version__))

    # --- layout memory -----------------------------------------------------------------
    def restore_layout(self, page: str | None = None) -> None:
        last = restore_geometry(self, self.splitter)
        self.fit_screen()
        self.show_page(page or last)
        # (Without a database yet, it is remembered once open.) A URL is remembered
        # without its password: useless.
        if self.ready and self.ctx.db.path is not None:
            remember_database(self.ctx.db.display_name)

    def fit_screen(self) -> None:
        fit_on_screen(self)

    def closeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt override)
        self.fit_screen()  # what is remembered fits the screen it will reopen on
        save_layout(self, self.splitter, self.current_key(), self.pages)
        super().closeEvent(event)
        if event.isAccepted():
            for signal, slot in self._links:
                try:
                    signal.disconnect(slot)
                except (RuntimeError, TypeError):  # already gone with its sender
                    pass
            self._links = []
