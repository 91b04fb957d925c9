"""The main window: navigation on the left, the pages on the right, menus and status bar.

Pages are created the first time they are shown, so the window opens fast even
on a province database. The window remembers its layout, the last page and the
databases recently opened (QSettings).
"""

from __future__ import annotations

import datetime as dt
import importlib
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate, QEvent, QSize, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QDateEdit,
    QFileDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QStackedWidget,
    QWidget,
)
from sqlalchemy import func, select

from dvdesk import __version__
from dvdesk.domain.models import AuditEntry, MonthlyCalendar
from dvdesk.errors import DvDeskError
from dvdesk.gui.app import settings
from dvdesk.gui.context import APP_TITLE, AppContext
from dvdesk.gui.forms import icon
from dvdesk.gui.pages import NAVIGATION, PlaceholderPage, page_class
from dvdesk.store import queries
from dvdesk.store.database import open_database

MAX_RECENT = 8
CALENDAR_STATES = {"draft": QT_TRANSLATE_NOOP("MainWindow", "dự thảo"),
                   "approved": QT_TRANSLATE_NOOP("MainWindow", "đã duyệt"),
                   "revised": QT_TRANSLATE_NOOP("MainWindow", "điều chỉnh")}


def thousands(value: int) -> str:
    """Vietnamese digit grouping: 1.259."""
    return f"{value:,}".replace(",", ".")


class MainWindow(QMainWindow):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.pages: dict[str, QWidget] = {}
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
        self.splitter.setSizes([170, 1230])
        self.setCentralWidget(self.splitter)

        self._build_actions()
        self._build_menus()
        self._build_status_bar()

        self.nav.currentRowChanged.connect(self._on_nav)
        ctx.data_changed.connect(self._on_data_changed)
        ctx.month_changed.connect(self._on_month_changed)
        ctx.database_changed.connect(self._on_database_changed)
        ctx.command_failed.connect(lambda error: ctx.show_error(self, error))
        ctx.undo_stack.cleanChanged.connect(lambda _clean: self.update_status())
        ctx.undo_stack.indexChanged.connect(lambda _index: self.update_status())
        QApplication.instance().applicationStateChanged.connect(self._on_app_state)
        self._seen = self._database_mark()
        self.update_status()

    # --- pages -------------------------------------------------------------------------
    def show_page(self, key: str) -> QWidget:
        keys = [k for k, _label, _icon in NAVIGATION]
        self.nav.setCurrentRow(keys.index(key))
        return self.pages[key]

    def current_key(self) -> str:
        return NAVIGATION[max(self.nav.currentRow(), 0)][0]

    def page(self, key: str) -> QWidget:
        """The page for ``key``, created on first use."""
        if key not in self.pages:
            cls = page_class(key)
            label = next(lbl for k, lbl, _i in NAVIGATION if k == key)
            widget = cls(self.ctx, self.stack) if cls else PlaceholderPage(
                self.ctx, self.stack, QCoreApplication.translate("Navigation", label))
            self.pages[key] = widget
            self.stack.addWidget(widget)
            splitter = getattr(widget, "splitter", None)
            state = settings().value(f"{key}/splitter")
            if isinstance(splitter, QSplitter) and state is not None:
                splitter.restoreState(state)
        return self.pages[key]

    def _on_nav(self, row: int) -> None:
        if row < 0:
            return
        self.stack.setCurrentWidget(self.page(NAVIGATION[row][0]))

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
        try:
            with self.ctx.db.read() as session:
                return session.scalar(select(func.max(AuditEntry.id)))
        except DvDeskError:
            return None

    def _on_app_state(self, state) -> None:
        # Coming back to the window: reload only if someone else wrote meanwhile.
        if state == Qt.ApplicationState.ApplicationActive and self._database_mark() != self._seen:
            self.refresh()

    def _on_data_changed(self, _what: str) -> None:
        self._seen = self._database_mark()
        self.update_status()

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
        tools_menu.addAction(self.settings_action)
        help_menu = bar.addMenu(self.tr("&Trợ giúp"))
        help_menu.addAction(self.about_action)

        toolbar = self.addToolBar(self.tr("Thanh công cụ"))
        toolbar.setObjectName("main_toolbar")
        toolbar.setMovable(False)
        toolbar.addActions([self.undo_action, self.redo_action, self.refresh_action])
        toolbar.addSeparator()
        toolbar.addWidget(QLabel(self.tr("Tháng:") + " ", toolbar))
        self.month_edit = QDateEdit(toolbar)
        self.month_edit.setDisplayFormat("MM/yyyy")
        self.month_edit.setCalendarPopup(False)
        self._set_month_edit(self.ctx.month)
        self.month_edit.dateChanged.connect(self._on_month_edit)
        toolbar.addWidget(self.month_edit)

    def _set_month_edit(self, month: str) -> None:
        year, mon = map(int, month.split("-"))
        self.month_edit.blockSignals(True)
        self.month_edit.setDate(QDate(year, mon, 1))
        self.month_edit.blockSignals(False)

    def _on_month_edit(self, date: QDate) -> None:
        self.ctx.month = f"{date.year():04d}-{date.month():02d}"

    def _on_month_changed(self, month: str) -> None:
        self._set_month_edit(month)
        self.update_status()

    # --- status bar --------------------------------------------------------------------
    def _build_status_bar(self) -> None:
        bar = self.statusBar()
        self.db_label = QLabel(self)
        self.counts_label = QLabel(self)
        self.month_label = QLabel(self)
        self.undo_label = QLabel(self)
        bar.addWidget(self.db_label, 1)
        for label in (self.counts_label, self.month_label, self.undo_label):
            bar.addPermanentWidget(label)

    def update_status(self) -> None:
        db = self.ctx.db
        name = Path(db.path).name if db.path is not None else db.display_name
        self.db_label.setText(self.tr("CSDL: {name}").format(name=name))
        self.db_label.setToolTip(db.display_name)
        self.setWindowTitle(f"{name} — {APP_TITLE}")
        try:
            with db.read() as session:
                c = queries.counts(session, dt.date.today())
                calendar = session.scalars(
                    select(MonthlyCalendar).where(MonthlyCalendar.month == self.ctx.month)
                    .order_by(MonthlyCalendar.version.desc())).first()
                state = (calendar.status, calendar.version) if calendar else None
        except DvDeskError as error:
            self.counts_label.setText(str(error))
            return
        self.counts_label.setText(self.tr("{clusters} cụm · {communes} xã · {hamlets} ấp · "
                                      "{officers} cán bộ").format(
            clusters=thousands(c["clusters"]), communes=thousands(c["communes"]),
            hamlets=thousands(c["hamlets"]), officers=thousands(c["officers"])))
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
        stack = self.ctx.undo_stack
        if stack.canUndo():
            self.undo_label.setText(self.tr("Đã lưu · có thể hoàn tác: {text}").format(
                text=stack.undoText()))
        else:
            self.undo_label.setText(self.tr("Đã lưu"))

    # --- databases ---------------------------------------------------------------------
    def _remember(self, db_target: str) -> None:
        store = settings()
        recent = [p for p in (store.value("recent_databases") or []) if p != db_target]
        store.setValue("recent_databases", [db_target, *recent][:MAX_RECENT])
        store.setValue("last_database", db_target)

    def _fill_recent(self) -> None:
        self.recent_menu.clear()
        for target in settings().value("recent_databases") or []:
            action = self.recent_menu.addAction(target)
            action.triggered.connect(lambda _checked=False, t=target: self.switch_database(t))
        if self.recent_menu.isEmpty():
            self.recent_menu.addAction(self.tr("(chưa có)")).setEnabled(False)

    def switch_database(self, target: str) -> bool:
        try:
            db = open_database(target)
        except DvDeskError as error:
            self.ctx.show_error(self, error)
            return False
        self.ctx.set_database(db)
        if db.path is not None:
            self._remember(db.display_name)
        return True

    def _on_database_changed(self) -> None:
        self.refresh()

    def new_database(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Tạo cơ sở dữ liệu mới"), "",
                                              self.tr("Cơ sở dữ liệu DV Desk (*.db)"))
        if path:
            if not path.endswith(".db"):
                path += ".db"
            if Path(path).exists():
                self.ctx.show_error(self, DvDeskError(
                    self.tr("Tệp {path} đã có; hãy chọn tên khác.").format(path=path)))
                return
            self.switch_database(path)

    def open_database_dialog(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Mở cơ sở dữ liệu"), "",
                                              self.tr("Cơ sở dữ liệu DV Desk (*.db);;Mọi tệp (*)"))
        if path:
            self.switch_database(path)

    def backup(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Lưu bản sao cơ sở dữ liệu"), "",
                                              self.tr("Cơ sở dữ liệu DV Desk (*.db)"))
        if not path:
            return
        try:
            try:
                from dvdesk.services.backup import backup_database
            except ModuleNotFoundError:
                if self.ctx.db.path is None:
                    raise DvDeskError(
                        self.tr("Chỉ sao lưu trực tiếp được cơ sở dữ liệu SQLite.")) from None
                from dvdesk.store.migrate import backup_sqlite

                target = backup_sqlite(self.ctx.db.path, Path(path))
            else:
                target = backup_database(self.ctx.db, path)
        except DvDeskError as error:
            self.ctx.show_error(self, error)
            return
        self.statusBar().showMessage(
            self.tr("Đã lưu bản sao vào {path}.").format(path=target), 8000)

    def import_excel(self) -> None:
        try:
            module = importlib.import_module("dvdesk.gui.import_wizard")
        except ModuleNotFoundError:
            QMessageBox.information(
                self, APP_TITLE, self.tr("Chức năng nhập Excel chưa có trong bản này."))
            return
        wizard = module.ImportWizard(self.ctx, self)
        wizard.exec()

    def export_excel(self) -> None:
        try:
            module = importlib.import_module("dvdesk.services.excel_export")
        except ModuleNotFoundError:
            QMessageBox.information(
                self, APP_TITLE, self.tr("Chức năng xuất Excel chưa có trong bản này."))
            return
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Xuất Excel"), "dvdesk.xlsx",
                                              self.tr("Bảng tính Excel (*.xlsx)"))
        if not path:
            return
        try:
            QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
            try:
                module.export_workbook(self.ctx.db, path, self.ctx.month)
            finally:
                QApplication.restoreOverrideCursor()
        except DvDeskError as error:
            self.ctx.show_error(self, error)
            return
        self.statusBar().showMessage(self.tr("Đã xuất {path}.").format(path=path), 8000)

    def open_settings(self) -> None:
        from dvdesk.gui.settings_dialog import SettingsDialog

        SettingsDialog(self.ctx, self).exec()

    def about(self) -> None:
        QMessageBox.about(self, self.tr("Giới thiệu DV Desk"), self.tr(
            "DV Desk {version}\nPhân công theo dõi cơ sở và lịch sinh hoạt đảng ủy, chi bộ "
            "của Ban Dân vận.").format(version=__version__))

    # --- layout memory -----------------------------------------------------------------
    def restore_layout(self, page: str | None = None) -> None:
        store = settings()
        geometry = store.value("main/geometry")
        if geometry is None or not self.restoreGeometry(geometry):
            self.resize(1280, 800)  # first start: room for the tables without scrolling sideways
        sizes = store.value("main/splitter")
        if sizes is not None:
            self.splitter.restoreState(sizes)
        self.show_page(page or str(store.value("main/page", "units") or "units"))
        if self.ctx.db.path is not None:  # a URL is remembered without its password: useless
            self._remember(self.ctx.db.display_name)

    def closeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt override)
        store = settings()
        store.setValue("main/geometry", self.saveGeometry())
        store.setValue("main/splitter", self.splitter.saveState())
        store.setValue("main/page", self.current_key())
        for key, widget in self.pages.items():  # each page's own split, if it has one
            splitter = getattr(widget, "splitter", None)
            if isinstance(splitter, QSplitter):
                store.setValue(f"{key}/splitter", splitter.saveState())
        super().closeEvent(event)
