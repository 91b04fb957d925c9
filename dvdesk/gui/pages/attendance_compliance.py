"""Tỷ lệ dự họp: present / expected, excused and absent per officer, commune and cluster.

One computation (``services.attendance_read.compliance``) serves this table, the chart,
``attendance show --json`` and the monthly review PDF, so they cannot disagree. The chart
shows the communes or clusters, or for officers the fifteen lowest rates (a province has
thousands of officers; the table holds them all, through a model, no widget per row).
"""

from __future__ import annotations

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSet,
    QChart,
    QChartView,
    QHorizontalBarSeries,
    QValueAxis,
)
from PySide6.QtCore import QMargins, Qt
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from dvdesk.domain.calendar.months import month_text
from dvdesk.domain.compliance import rate_text
from dvdesk.domain.text import fast_name_sort_key
from dvdesk.gui.calendar_rows import short_commune
from dvdesk.gui.month_picker import MonthPicker
from dvdesk.gui.tables import Row, RowTableModel
from dvdesk.services.attendance_read import compliance

BY_OFFICER, BY_COMMUNE, BY_CLUSTER = "officer", "commune", "cluster"
CHART_OFFICERS = 15


def short_name(name: str) -> str:
    """A bar's label: a commune without its kind ("Tân Thạch"), at most 22 letters."""
    return short_commune(name or "?")[:22]


class CompliancePanel(QWidget):
    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.result = None
        self._serial = 0
        self.first = MonthPicker(ctx.month, self)
        self.first.setAccessibleName(self.tr("Từ tháng"))
        self.last = MonthPicker(ctx.month, self)
        self.last.setAccessibleName(self.tr("Đến tháng"))
        self.by = QComboBox(self)
        self.by.setAccessibleName(self.tr("Theo"))
        self.overall = QLabel(self)
        self.overall.setWordWrap(True)
        self.repeats = QLabel(self)
        self.repeats.setWordWrap(True)
        self.model = RowTableModel([self.tr("Tên"), self.tr("Dự kiến"), self.tr("Có mặt"),
                                    self.tr("Vắng có lý do"), self.tr("Vắng"),
                                    self.tr("Tỷ lệ có mặt")], self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Bảng tỷ lệ dự họp"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(24)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        # The service's order first (Vietnamese name order, the units' own order); a click on
        # a header sorts by that column.
        self.table.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.table.setSortingEnabled(True)
        self.chart = QChart()
        self.chart.setMargins(QMargins(4, 4, 4, 4))
        self.chart.legend().hide()
        self.chart_view = QChartView(self.chart, self)
        self.chart_view.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.chart_view.setAccessibleName(self.tr("Biểu đồ tỷ lệ dự họp"))
        self.chart_view.setMinimumWidth(400)

        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Từ tháng:"), self))
        top.addWidget(self.first)
        top.addWidget(QLabel(self.tr("Đến tháng:"), self))
        top.addWidget(self.last)
        top.addWidget(QLabel(self.tr("Theo:"), self))
        top.addWidget(self.by)
        top.addStretch(1)
        split = QSplitter(Qt.Orientation.Horizontal, self)
        split.addWidget(self.table)
        split.addWidget(self.chart_view)
        split.setStretchFactor(0, 1)
        split.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.overall)
        layout.addWidget(split, 1)
        layout.addWidget(self.repeats)
        self.first.month_changed.connect(self._first_changed)
        self.last.month_changed.connect(lambda _m: self.load())
        self.by.currentIndexChanged.connect(lambda _i: self.show_result())

    def set_levels(self) -> None:
        """The choices, with the level names from the settings."""
        levels = self.ctx.levels
        keep = self.by.currentData() or BY_COMMUNE
        self.by.blockSignals(True)
        self.by.clear()
        self.by.addItem(self.tr("Cán bộ"), BY_OFFICER)
        self.by.addItem(levels.title("commune"), BY_COMMUNE)
        if levels.used("cluster"):  # an organization without clusters is not counted by them
            self.by.addItem(levels.title("cluster"), BY_CLUSTER)
        self.by.setCurrentIndex(max(self.by.findData(keep), 0))
        self.by.blockSignals(False)

    def set_month(self, month: str) -> None:
        """The page's month: the range becomes that month alone."""
        for picker in (self.first, self.last):
            picker.blockSignals(True)
            picker.set_month(month)
            picker.blockSignals(False)

    def _first_changed(self, month: str) -> None:
        if self.last.month() < month:
            self.last.blockSignals(True)
            self.last.set_month(month)
            self.last.blockSignals(False)
        self.load()

    def load(self) -> None:
        """Count on the worker: the first count of a province month takes about a second
        (its officers' names sorted the Vietnamese way), the window stays responsive."""
        self._serial += 1
        serial, db = self._serial, self.ctx.db
        first, last = self.first.month(), self.last.month()
        self.overall.setText(self.tr("Đang tính tỷ lệ dự họp…"))

        def done(result) -> None:
            if serial == self._serial:  # not a range chosen meanwhile
                self.result = result
                self.show_result()

        def failed(error) -> None:
            if serial == self._serial:
                self.result = None
                self.show_result()
                self.overall.setText(str(error))

        self.ctx.jobs.start(lambda _report: compliance(db, first, last), done=done,
                            failed=failed, label=self.tr("Đang tính tỷ lệ dự họp…"))

    def rows(self) -> list[dict]:
        if self.result is None:
            return []
        by = self.by.currentData() or BY_COMMUNE
        if by == BY_CLUSTER:
            # The communes outside any cluster: named in the window's language here (the
            # service's Vietnamese name is the report's, which stays Vietnamese).
            loose = self.tr("Chưa thuộc {cluster}").format(
                cluster=self.ctx.levels.word("cluster"))
            return [r if r["id"] is not None else {**r, "name": loose}
                    for r in self.result.by_cluster]
        return {BY_OFFICER: self.result.by_officer,
                BY_COMMUNE: self.result.by_commune}[by]

    def show_result(self) -> None:
        found = self.rows()
        by_name = self.by.currentData() == BY_OFFICER
        self.model.set_rows([Row(
            r["id"], (r["name"] or self.tr("(chưa rõ)"), str(r["expected"]), str(r["present"]),
                      str(r["excused"]), str(r["absent"]), rate_text(r["rate"])),
            "", sort_keys={0: fast_name_sort_key(r["name"]) if by_name else i,
                           1: r["expected"], 2: r["present"], 3: r["excused"], 4: r["absent"],
                           5: -1 if r["rate"] is None else r["rate"]},
            highlight=r["rate"] is not None and r["absent"] > 0) for i, r in enumerate(found)])
        result = self.result
        if result is None:
            self.repeats.setText("")
            self._chart([])
            return
        o = result.overall
        months = (month_text(result.first) if result.first == result.last else
                  self.tr("{a} đến {b}").format(a=month_text(result.first),
                                                 b=month_text(result.last)))
        if not result.months:
            self.overall.setText(self.tr("Tháng {months}: chưa có lịch đã duyệt.").format(
                months=months))
        else:
            self.overall.setText(self.tr(
                "Tháng {months}: dự kiến {e} lượt, có mặt {p}, vắng có lý do {x}, vắng {a}; "
                "tỷ lệ có mặt {rate}.").format(months=months, e=o["expected"], p=o["present"],
                                                x=o["excused"], a=o["absent"],
                                                rate=rate_text(o["rate"])))
        if result.repeat_absentees:
            names = "; ".join(
                f"{r['name']} ({', '.join(month_text(m) for m in r['months'])})"
                for r in result.repeat_absentees)
            self.repeats.setText(self.tr("Vắng 2 tháng liền: {names}").format(names=names))
        else:
            self.repeats.setText(self.tr("Không ai vắng 2 tháng liền."))
        self._chart(found)

    def _chart(self, rows: list[dict]) -> None:
        self.chart.removeAllSeries()
        for axis in self.chart.axes():
            self.chart.removeAxis(axis)
        rated = [r for r in rows if r["rate"] is not None]
        if self.by.currentData() == BY_OFFICER:
            rated = sorted(rated, key=lambda r: (r["rate"], r["name"]))[:CHART_OFFICERS]
            self.chart.setTitle(self.tr("{n} cán bộ có tỷ lệ có mặt thấp nhất (%)").format(
                n=len(rated)))
        else:
            self.chart.setTitle(self.tr("Tỷ lệ có mặt (%)"))
        rated = list(reversed(rated))  # a horizontal bar chart draws its first category lowest
        bars = QBarSet(self.tr("Tỷ lệ có mặt"))
        for r in rated:
            bars.append(round(r["rate"] * 100, 1))
        series = QHorizontalBarSeries()
        series.append(bars)
        series.setLabelsVisible(True)
        series.setLabelsFormat("@value")
        self.chart.addSeries(series)
        names = QBarCategoryAxis()
        names.append([short_name(r["name"]) for r in rated] or [""])
        values = QValueAxis()
        values.setRange(0, 100)
        values.setLabelFormat("%d")
        self.chart.addAxis(names, Qt.AlignmentFlag.AlignLeft)
        self.chart.addAxis(values, Qt.AlignmentFlag.AlignBottom)
        series.attachAxis(names)
        series.attachAxis(values)
