"""统计: the figures of any period (as `stats` computes them), charts and the members' ranking."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QScrollArea,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from station_app.services import stats
from station_app.ui import charts, theme
from station_app.ui.pages import available
from station_app.ui.pages.base import Page
from station_app.ui.period_bar import PeriodBar

RANK_COLUMNS = (("rank", "排名"), ("name", "姓名"), ("sector", "界别"), ("duty_shifts", "值班"),
                ("people_contacted", "联系群众"), ("mediations", "调解"), ("activities", "活动"),
                ("topics", "议题"), ("opinions", "社情民意"), ("points", "积分"), ("below", "履职指标"))


def _pct(x: float) -> str:
    return f"{x * 100:.1f}%"


def figure_lines(s: dict) -> list[tuple[str, list[tuple[str, str]]]]:
    """The period's figures as (section, [(label, value)]) for display."""
    d, r, dis, a, t, o = s["duty"], s["reception"], s["disputes"], s["activities"], s["topics"], s["opinions"]
    return [
        ("委员与值班", [("在册委员", f"{s['members']['active']} 人"), ("值班安排", f"{d['slots']} 次"),
                   ("已完成值班", f"{d['held']} 次"), ("调剂", f"{d['swaps']} 次"),
                   ("委员值班", f"{d['member_shifts']} 人次")]),
        ("接待来访", [("接待日", f"{r['days']} 次"), ("来访登记", f"{r['visits']} 件"),
                  ("接待群众", f"{r['people']} 人次"), ("已办结", f"{r['closed']} 件"),
                  ("已回访", f"{r['followed_up']} 件")]),
        ("矛盾纠纷调解", [("受理纠纷", f"{dis['cases']} 件"), ("调解成功", f"{dis['succeeded']} 件"),
                    ("成功率", _pct(dis["success_rate"])), ("涉及人数", f"{dis['people']} 人"),
                    ("涉及金额", f"{dis['amount']:,.2f} 元"), ("超期未结", f"{dis['overdue']} 件")]),
        ("履职活动", [("活动", f"{a['count']} 场次"), ("服务群众", f"{a['people']} 人次")]),
        ("协商议题", [("议题", f"{t['count']} 个"), ("已办结", f"{t['concluded']} 个"),
                  ("已转化", f"{t['converted']} 个"), ("转化率", _pct(t["conversion_rate"]))]),
        ("社情民意", [("报送信息", f"{o['count']} 篇"), ("被采用", f"{o['adopted']} 篇")]),
    ]


class StatsPage(Page):
    key = "stats"
    title = "统计"
    icon_name = "stats"

    def __init__(self, parent: QWidget | None = None, today: dt.date | None = None):
        super().__init__(parent)
        self.today = today
        self.period_bar = PeriodBar(today=today)
        self.period_bar.changed.connect(self.show_period)
        inner = QWidget()
        self.body = QVBoxLayout(inner)
        heading = QLabel("统计")
        heading.setFont(theme.title_font())
        heading.setProperty("role", "page-title")
        self.body.addWidget(heading)
        self.body.addWidget(self.period_bar)
        self.figures = QHBoxLayout()
        self.body.addLayout(self.figures)
        self.chart_row = QHBoxLayout()
        self.body.addLayout(self.chart_row)
        rank_box = QGroupBox("委员履职排名")
        self.rank_model = QStandardItemModel(0, len(RANK_COLUMNS))
        self.rank_model.setHorizontalHeaderLabels([label for _k, label in RANK_COLUMNS])
        self.rank_view = QTableView()
        self.rank_view.setModel(self.rank_model)
        self.rank_view.setSortingEnabled(True)
        self.rank_view.verticalHeader().hide()
        self.rank_view.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.rank_view.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.rank_view.horizontalHeader().setSectionResizeMode(len(RANK_COLUMNS) - 1, QHeaderView.Stretch)
        self.rank_view.setMinimumHeight(320)
        self.rank_view.doubleClicked.connect(self._open_member)
        box_layout = QVBoxLayout(rank_box)
        box_layout.addWidget(self.rank_view)
        self.body.addWidget(rank_box)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.NoFrame)
        scroll.setWidget(inner)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)
        self.data: dict | None = None
        self.ranking: list = []

    def refresh(self) -> None:
        self.show_period(*self.period_bar.period())

    def show_period(self, start: dt.date, end: dt.date) -> None:
        today = self.today or dt.date.today()
        self.data = stats.compute(start, end, today=today)
        self.ranking = stats.member_figures(start, end, today=today)
        self._fill_figures()
        self._fill_charts(start, end)
        self._fill_ranking()
        self.status_message.emit(f"统计期间 {start} 至 {end}")

    def _fill_figures(self) -> None:
        _clear(self.figures)
        for section, lines in figure_lines(self.data):
            box = QGroupBox(section)
            layout = QVBoxLayout(box)
            for label, value in lines:
                row = QHBoxLayout()
                row.addWidget(QLabel(label))
                row.addStretch(1)
                shown = QLabel(value)
                shown.setObjectName(f"figure:{section}:{label}")
                font = shown.font()
                font.setBold(True)
                shown.setFont(font)
                row.addWidget(shown)
                layout.addLayout(row)
            layout.addStretch(1)
            self.figures.addWidget(box)

    def _fill_charts(self, start: dt.date, end: dt.date) -> None:
        _clear(self.chart_row)
        monthly = stats.monthly_counts(start.year)
        months = [str(m) for m in monthly["months"]]
        self.chart_row.addWidget(charts.bar_chart(
            f"{start.year}年每月工作量", months,
            {"来访（件）": monthly["visits"], "纠纷（件）": monthly["disputes"], "活动（场次）": monthly["activities"]},
            min_height=340, x_title="月份"), 3)
        self.chart_row.addWidget(charts.pie_chart("来访诉求类别", self.data["reception"]["by_category"],
                                                  min_height=340), 2)
        self.chart_row.addWidget(charts.pie_chart("纠纷类型", self.data["disputes"]["by_type"], min_height=340), 2)

    def _fill_ranking(self) -> None:
        self.rank_model.removeRows(0, self.rank_model.rowCount())
        for fig in self.ranking:
            row = []
            for key, _label in RANK_COLUMNS:
                if key == "below":
                    value = "；".join(fig.below_quota) if fig.below_quota else "达标"
                else:
                    value = getattr(fig, key)
                item = QStandardItem()
                item.setData(value, Qt.DisplayRole)
                item.setData(fig.member_id, Qt.UserRole)
                if key == "below" and fig.below_quota:
                    item.setForeground(Qt.red)
                row.append(item)
            self.rank_model.appendRow(row)
        self.rank_view.resizeColumnsToContents()
        self.rank_view.horizontalHeader().setSectionResizeMode(len(RANK_COLUMNS) - 1, QHeaderView.Stretch)

    def _open_member(self, index) -> None:
        member_id = self.rank_model.item(index.row(), 0).data(Qt.UserRole)
        if member_id:
            self.open_record.emit("member", int(member_id))

    # ---- menu actions ----
    def can(self, action: str) -> bool:
        if action == "export":
            return available("station_app.ui.dialogs.ledger_export")
        if action == "print":
            return available("station_app.ui.dialogs.pdf_preview")
        return False

    def print_current(self) -> None:
        """The 年度工作报告 (figures and charts) of the period's year, previewed, printed or saved as PDF."""
        from station_app.ui.dialogs.pdf_preview import PdfPreviewDialog

        year = self.period_bar.period()[0].year
        PdfPreviewDialog(self, "report", [year], title=f"{year}年度工作报告", year=year).exec()

    def export_shown(self) -> None:
        from station_app.ui.dialogs.ledger_export import LedgerExportDialog

        start, end = self.period_bar.period()
        LedgerExportDialog(self, kind="summary", start=start, end=end).exec()


def _clear(layout) -> None:
    while layout.count():
        widget = layout.takeAt(0).widget()
        if widget is not None:
            widget.hide()
            widget.setParent(None)
            widget.deleteLater()
