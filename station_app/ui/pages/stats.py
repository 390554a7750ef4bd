"""统计: the figures of any period (as `stats` computes them), charts and the members' ranking."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from station_app.services import stats
from station_app.ui import charts, crash, theme
from station_app.ui.i18n import tr_field, translate
from station_app.ui.jobs import Latest
from station_app.ui.pages.base import FIGURE_KINDS, Page
from station_app.ui.period_bar import PeriodBar
from station_app.ui.widgets.busy import BusyRow
from station_app.ui.widgets.station_combo import StationCombo

N = "StatsPage"
RANK_COLUMNS = (("rank", QT_TRANSLATE_NOOP("StatsPage", "排名")), ("name", QT_TRANSLATE_NOOP("StatsPage", "姓名")),
                ("sector", QT_TRANSLATE_NOOP("StatsPage", "界别")),
                ("duty_shifts", QT_TRANSLATE_NOOP("StatsPage", "值班")),
                ("people_contacted", QT_TRANSLATE_NOOP("StatsPage", "联系群众")),
                ("mediations", QT_TRANSLATE_NOOP("StatsPage", "调解")),
                ("activities", QT_TRANSLATE_NOOP("StatsPage", "活动")),
                ("topics", QT_TRANSLATE_NOOP("StatsPage", "议题")),
                ("opinions", QT_TRANSLATE_NOOP("StatsPage", "社情民意")),
                ("points", QT_TRANSLATE_NOOP("StatsPage", "积分")),
                ("below", QT_TRANSLATE_NOOP("StatsPage", "履职指标")))


PREVENTED_LINES = (("criminal", QT_TRANSLATE_NOOP("StatsPage", "防止民转刑")),
                   ("mass_petition", QT_TRANSLATE_NOOP("StatsPage", "防止群体性上访")),
                   ("suicide", QT_TRANSLATE_NOOP("StatsPage", "防止自杀")))


def _pct(x: float) -> str:
    return f"{x * 100:.1f}%"


def _n(value, unit: str) -> str:
    """A count with its unit (人, 次, 件 …) in the interface language."""
    return translate(N, unit).format(n=value)


def figure_lines(s: dict) -> list[tuple[str, list[tuple[str, str]]]]:
    """The period's figures as (section, [(label, value)]) for display; section and label stay Chinese
    (they name the widgets), `translate(N, …)` shows them."""
    d, r, dis, a, t, o = s["duty"], s["reception"], s["disputes"], s["activities"], s["topics"], s["opinions"]
    people, times, cases = (QT_TRANSLATE_NOOP("StatsPage", "{n} 人"), QT_TRANSLATE_NOOP("StatsPage", "{n} 次"),
                            QT_TRANSLATE_NOOP("StatsPage", "{n} 件"))
    visits, events = QT_TRANSLATE_NOOP("StatsPage", "{n} 人次"), QT_TRANSLATE_NOOP("StatsPage", "{n} 场次")
    items, reports = QT_TRANSLATE_NOOP("StatsPage", "{n} 个"), QT_TRANSLATE_NOOP("StatsPage", "{n} 篇")
    return [
        (QT_TRANSLATE_NOOP("StatsPage", "委员与值班"), [
            (QT_TRANSLATE_NOOP("StatsPage", "在册委员"), _n(s["members"]["active"], people)),
            (QT_TRANSLATE_NOOP("StatsPage", "值班安排"), _n(d["slots"], times)),
            (QT_TRANSLATE_NOOP("StatsPage", "已完成值班"), _n(d["held"], times)),
            (QT_TRANSLATE_NOOP("StatsPage", "调剂"), _n(d["swaps"], times)),
            (QT_TRANSLATE_NOOP("StatsPage", "委员值班"), _n(d["member_shifts"], visits))]),
        (QT_TRANSLATE_NOOP("StatsPage", "接待来访"), [
            (QT_TRANSLATE_NOOP("StatsPage", "接待日"), _n(r["days"], times)),
            (QT_TRANSLATE_NOOP("StatsPage", "来访登记"), _n(r["visits"], cases)),
            (QT_TRANSLATE_NOOP("StatsPage", "接待群众"), _n(r["people"], visits)),
            (QT_TRANSLATE_NOOP("StatsPage", "已办结"), _n(r["closed"], cases)),
            (QT_TRANSLATE_NOOP("StatsPage", "已回访"), _n(r["followed_up"], cases))]),
        (QT_TRANSLATE_NOOP("StatsPage", "矛盾纠纷调解"), [
            (QT_TRANSLATE_NOOP("StatsPage", "受理纠纷"), _n(dis["cases"], cases)),
            (QT_TRANSLATE_NOOP("StatsPage", "调解成功"), _n(dis["succeeded"], cases)),
            (QT_TRANSLATE_NOOP("StatsPage", "成功率"), _pct(dis["success_rate"])),
            (QT_TRANSLATE_NOOP("StatsPage", "涉及人数"), _n(dis["people"], people)),
            (QT_TRANSLATE_NOOP("StatsPage", "涉及金额"),
             _n(f"{dis['amount']:,.2f}", QT_TRANSLATE_NOOP("StatsPage", "{n} 元"))),
            (QT_TRANSLATE_NOOP("StatsPage", "协议涉及金额"),
             _n(f"{dis['agreement_amount']:,.2f}", QT_TRANSLATE_NOOP("StatsPage", "{n} 元"))),
            *((label, translate(N, QT_TRANSLATE_NOOP("StatsPage", "{cases} 件 / {people} 人")).format(
                **dis["prevented"][key])) for key, label in PREVENTED_LINES),
            (QT_TRANSLATE_NOOP("StatsPage", "超期未结"), _n(dis["overdue"], cases))]),
        (QT_TRANSLATE_NOOP("StatsPage", "履职活动"), [
            (QT_TRANSLATE_NOOP("StatsPage", "活动"), _n(a["count"], events)),
            (QT_TRANSLATE_NOOP("StatsPage", "服务群众"), _n(a["people"], visits))]),
        (QT_TRANSLATE_NOOP("StatsPage", "协商议题"), [
            (QT_TRANSLATE_NOOP("StatsPage", "议题"), _n(t["count"], items)),
            (QT_TRANSLATE_NOOP("StatsPage", "已办结"), _n(t["concluded"], items)),
            (QT_TRANSLATE_NOOP("StatsPage", "已转化"), _n(t["converted"], items)),
            (QT_TRANSLATE_NOOP("StatsPage", "转化率"), _pct(t["conversion_rate"]))]),
        (QT_TRANSLATE_NOOP("StatsPage", "社情民意"), [
            (QT_TRANSLATE_NOOP("StatsPage", "报送信息"), _n(o["count"], reports)),
            (QT_TRANSLATE_NOOP("StatsPage", "被采用"), _n(o["adopted"], reports))]),
    ]


def gather(start: dt.date, end: dt.date, today: dt.date, station: int | None = None, multi: bool = False) -> dict:
    """Everything the page shows for a period (run in a worker thread: no Qt here): of one station, or
    of every station (*multi*: the database holds several — the members ranked across them, each judged
    by its own station's 指标)."""
    from station_app.services import station_figures

    ranking = (station_figures.ranked_members(start, end, today=today) if multi and station is None
               else stats.member_figures(start, end, today=today, station=station))
    return {"period": (start, end), "data": stats.compute(start, end, today=today, station=station),
            "ranking": ranking, "monthly": stats.monthly_counts(start.year, station)}


class StatsPage(Page):
    key = "stats"
    title = "统计"
    icon_name = "stats"
    shows = FIGURE_KINDS

    def __init__(self, parent: QWidget | None = None, today: dt.date | None = None):
        super().__init__(parent)
        self.today = today
        self.period_bar = PeriodBar(today=today)
        self.period_bar.changed.connect(self.show_period)
        inner = QWidget()
        self.body = QVBoxLayout(inner)
        heading = QLabel(translate("StatsPage", "统计"))
        heading.setFont(theme.title_font())
        heading.setProperty("role", "page-title")
        self.body.addWidget(heading)
        bar = QHBoxLayout()
        self.station = StationCombo(self)  # 全部工作站 or one (only when the database holds several)
        self.station.currentIndexChanged.connect(lambda _i: self.refresh())
        bar.addWidget(self.station)
        bar.addWidget(self.period_bar, 1)
        self.report_text_button = QPushButton(translate("StatsPage", "年度报告文字…"))
        self.report_text_button.setToolTip(translate("StatsPage", "填写年度工作报告的“存在问题”“下一步打算”"))
        self.report_text_button.clicked.connect(self.edit_report_text)
        bar.addWidget(self.report_text_button)
        self.body.addLayout(bar)
        self.busy = BusyRow(translate("StatsPage", "正在统计……"))
        self.body.addWidget(self.busy)
        self.figures = QHBoxLayout()
        self.body.addLayout(self.figures)
        self.chart_row = QHBoxLayout()
        self.body.addLayout(self.chart_row)
        rank_box = QGroupBox(translate("StatsPage", "委员履职排名"))
        self.rank_model = QStandardItemModel(0, len(RANK_COLUMNS))
        self.rank_model.setHorizontalHeaderLabels([translate(N, label) for _k, label in RANK_COLUMNS])
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
        self.monthly: dict | None = None
        self.figures_job = Latest(self, self._show, self._failed, painted=self.busy.bar)

    def refresh(self) -> None:
        self.station.reload()  # a package imported meanwhile may have registered a station
        self.show_period(*self.period_bar.period())

    def show_period(self, start: dt.date, end: dt.date) -> None:
        """Paint at once with a busy line; the figures are computed off the GUI thread and filled in
        when ready (a period chosen meanwhile supersedes this one)."""
        self._set_busy(True)
        self.figures_job.run(gather, start, end, self.today or dt.date.today(), self.station.station_id(),
                             not self.station.isHidden())

    def load_now(self) -> None:
        """Compute and show the current period on the GUI thread (tests, screenshots, self-test)."""
        start, end = self.period_bar.period()
        self.figures_job.supersede()  # a computation still running is stale now
        self._show(gather(start, end, self.today or dt.date.today(), self.station.station_id(),
                          not self.station.isHidden()))

    @property
    def computing(self) -> bool:
        return self.figures_job.busy

    def _set_busy(self, busy: bool) -> None:
        """While computing, the previous period's figures stay in place, greyed."""
        self.busy.setVisible(busy)
        for layout in (self.figures, self.chart_row):
            for i in range(layout.count()):
                if layout.itemAt(i).widget():
                    layout.itemAt(i).widget().setEnabled(not busy)
        self.rank_view.setEnabled(not busy)

    def _show(self, result: dict) -> None:
        start, end = result["period"]
        self.data, self.ranking, self.monthly = result["data"], result["ranking"], result["monthly"]
        self._set_busy(False)
        self._fill_figures()
        self._fill_charts(start, end)
        self._fill_ranking()
        self.status_message.emit(translate("StatsPage", "统计期间 {start} 至 {end}").format(start=start, end=end))

    def _failed(self, exc) -> None:
        self._set_busy(False)
        # a bug: its crash log, named in the status line (no modal box from figures computed in the background)
        message = crash.known_message(exc) or str(crash.record(exc) or exc)
        self.status_message.emit(translate("StatsPage", "统计失败：{error}").format(error=message))

    def _fill_figures(self) -> None:
        _clear(self.figures)
        for section, lines in figure_lines(self.data):
            box = QGroupBox(translate(N, section))
            layout = QVBoxLayout(box)
            for label, value in lines:
                row = QHBoxLayout()
                row.addWidget(QLabel(translate(N, label)))
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
        monthly = self.monthly
        months = [str(m) for m in monthly["months"]]
        self.chart_row.addWidget(charts.bar_chart(
            translate("StatsPage", "{year}年每月工作量").format(year=start.year), months,
            {translate("StatsPage", "来访（件）"): monthly["visits"],
             translate("StatsPage", "纠纷（件）"): monthly["disputes"],
             translate("StatsPage", "活动（场次）"): monthly["activities"]},
            min_height=340, x_title=translate("StatsPage", "月份")), 3)
        self.chart_row.addWidget(charts.pie_chart(translate("StatsPage", "来访诉求类别"),
                                                  self.data["reception"]["by_category"], min_height=340), 2)
        self.chart_row.addWidget(charts.pie_chart(tr_field("纠纷类型"), self.data["disputes"]["by_type"],
                                                  min_height=340), 2)

    def _fill_ranking(self) -> None:
        self.rank_model.removeRows(0, self.rank_model.rowCount())
        for fig in self.ranking:
            row = []
            for key, _label in RANK_COLUMNS:
                if key == "below":
                    value = "；".join(fig.below_quota) if fig.below_quota else translate("StatsPage", "达标")
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
        return action in ("export", "print")

    def print_current(self) -> None:
        """The 年度工作报告 (figures and charts) of the period's year, previewed, printed or saved as PDF."""
        from station_app.ui.dialogs.pdf_preview import PdfPreviewDialog

        year = self.period_bar.period()[0].year
        PdfPreviewDialog(self, "report", [year], title=translate("StatsPage", "{year}年度工作报告").format(year=year),
                         year=year).exec()

    def edit_report_text(self) -> None:
        """年度报告文字…: the 存在问题 / 下一步打算 of the period's year."""
        from station_app.ui.dialogs.report_text import ReportTextDialog

        ReportTextDialog(self, year=self.period_bar.period()[0].year).exec()

    def export_shown(self) -> None:
        from station_app.ui.dialogs.ledger_export import LedgerExportDialog

        start, end = self.period_bar.period()
        LedgerExportDialog(self, kind="summary", start=start, end=end, station=self.station.station_id()).exec()


def _clear(layout) -> None:
    while layout.count():
        widget = layout.takeAt(0).widget()
        if widget is not None:
            widget.hide()
            widget.setParent(None)
            widget.deleteLater()
