"""首页 (dashboard): this week's duty, today's reception day, what needs action, this year's figures."""

from __future__ import annotations

import datetime as dt
import logging
import threading

from PySide6.QtCore import QT_TRANSLATE_NOOP, QModelIndex, Qt, Signal
from PySide6.QtGui import QColor, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QTableView,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from station_app.services import context
from station_app.services.errors import PermissionDenied, ValidationError
from station_app.ui import crash, theme
from station_app.ui.i18n import long_date, month_day, tr_field, tr_notice, translate, weekday_name
from station_app.ui.pages.base import FIGURE_KINDS, Page
from station_app.ui.widgets.busy import BusyRow

log = logging.getLogger(__name__)
CHART_HEIGHT = 196  # at least; they grow with the window (196: whole at 1366×768 on a reception day too)
SHOWN_PER_DEPT = 5  # 督办 items listed under each department; the rest are counted

# services.dashboard's reminder groups (key -> title), shown in the interface language
TODO_TITLES = {
    "visits": QT_TRANSLATE_NOOP("HomePage", "来访未办结"), "followups": QT_TRANSLATE_NOOP("HomePage", "回访到期"),
    "disputes": QT_TRANSLATE_NOOP("HomePage", "纠纷临近一个月期限"),
    "topics": QT_TRANSLATE_NOOP("HomePage", "议题待推进"),
    "quota": QT_TRANSLATE_NOOP("HomePage", "委员未达履职指标"),
}


def _label(text: str = "", role: str = "") -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    if role:
        label.setProperty("role", role)
    return label


class FigureCard(QFrame):
    """A big number with its caption."""

    def __init__(self, caption: str):
        super().__init__()
        self.setProperty("role", "card")
        self.value = _label("—", "figure")
        self.value.setAlignment(Qt.AlignCenter)
        self.caption = _label(caption, "hint")
        self.caption.setWordWrap(True)  # at 130 % the seven cards still fit 1366 px: long captions wrap
        self.caption.setAlignment(Qt.AlignCenter)
        layout = QVBoxLayout(self)
        layout.addWidget(self.value)
        layout.addWidget(self.caption)

    def set(self, value, caption: str | None = None):
        self.value.setText(str(value))
        if caption:
            self.caption.setText(caption)


STEP_TEXTS = {
    "members": QT_TRANSLATE_NOOP("HomePage", "录入本站委员名单"),
    "rules": QT_TRANSLATE_NOOP("HomePage", "设置接待日规则（每周几、哪天接待）"),
    "holidays": QT_TRANSLATE_NOOP("HomePage", "录入{years}节假日与调休安排"),
}


def step_text(step) -> str:
    """A first step in the interface language (the service's Chinese text names the same thing)."""
    if step.key not in STEP_TEXTS:
        return step.text
    years = translate("HomePage", "、").join(translate("HomePage", "{year}年").format(year=y) for y in step.years)
    return translate("HomePage", STEP_TEXTS[step.key]).format(years=years)


class HomePage(Page):
    key = "home"
    title = "首页"
    icon_name = "home"
    # 首页 first steps, to-dos
    shows = FIGURE_KINDS | {"reception_rule", "holiday_override", "work_team", "user", "setting"}

    _loaded = Signal(object)

    def __init__(self, parent: QWidget | None = None, today: dt.date | None = None):
        super().__init__(parent)
        self._loaded.connect(self._on_loaded)
        self.today = today
        self.data = None  # services.dashboard.Dashboard once loaded
        self._pending = False
        self._again = False  # a change arrived while the figures were being read: read them once more
        inner = QWidget()
        layout = QVBoxLayout(inner)
        # the scroll area around *inner* before the boxes go in: a widget moved under a new parent is
        # re-styled with all it holds (the application style sheet), so none is moved once filled
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.NoFrame)
        scroll.setWidget(inner)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)
        self.heading = _label("", "page-title")
        self.heading.setFont(theme.title_font())
        layout.addWidget(self.heading)
        self.busy = BusyRow(translate("HomePage", "正在统计……"))
        layout.addWidget(self.busy)
        layout.addWidget(self._steps_box())  # 首次使用: hidden once every step is done
        top = QHBoxLayout()
        top.addWidget(self._duty_box(), 4)  # the duty table's five columns need the most width
        top.addWidget(self._todo_box(), 3)
        top.addWidget(self._due_box(), 3)
        layout.addLayout(top, 2)
        layout.addWidget(self._figures_box())
        self.chart_row = QHBoxLayout()  # the charts take the height left, so 1366×768 shows them whole
        layout.addLayout(self.chart_row, 3)

    # ---- layout ----
    def _duty_box(self) -> QGroupBox:
        box = QGroupBox(translate("HomePage", "本周值班"))
        self.duty_model = QStandardItemModel(0, 5, self)
        self.duty_model.setHorizontalHeaderLabels([tr_field(t) for t in ("日期", "时段", "地点", "值班委员", "状态")])
        self.duty_table = QTableView()
        self.duty_table.setModel(self.duty_model)
        self.duty_table.verticalHeader().hide()
        self.duty_table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.duty_table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.duty_table.horizontalHeader().setStretchLastSection(False)
        self.duty_table.horizontalHeader().setSectionResizeMode(3, QHeaderView.Stretch)
        self.duty_table.setMinimumHeight(110)
        self.duty_table.activated.connect(self._open_slot)
        self.today_label = _label()
        self.today_button = QPushButton(theme.icon("reception"), "")
        self.today_button.clicked.connect(self.open_today)
        self.today_button.hide()  # shown with its text once today's duty is known
        row = QHBoxLayout()
        row.addWidget(self.today_label, 1)
        row.addWidget(self.today_button)
        layout = QVBoxLayout(box)
        layout.addWidget(self.duty_table)
        layout.addLayout(row)
        return box

    def _steps_box(self) -> QGroupBox:
        """The checklist's box, hidden; its rows come with the figures (`_fill_steps`), so building the page
        reads nothing from the database."""
        self.steps_box = QGroupBox(translate("HomePage", "开始使用：完成以下设置"))
        self.steps_box.setObjectName("first_steps")
        grid = QGridLayout(self.steps_box)
        grid.setColumnStretch(2, 1)
        self.step_checks: dict[str, QWidget] = {}
        self.step_links: dict[str, QLabel] = {}
        self.steps_box.hide()
        return self.steps_box

    def _step_row(self, key: str) -> None:
        from PySide6.QtWidgets import QCheckBox

        check = QCheckBox(self.steps_box)
        check.setEnabled(False)  # ticks itself as the data is entered
        link = QLabel(self.steps_box)
        link.setTextInteractionFlags(Qt.LinksAccessibleByMouse | Qt.LinksAccessibleByKeyboard)
        link.linkActivated.connect(self.open_step)
        grid, row = self.steps_box.layout(), len(self.step_checks)
        grid.addWidget(check, row, 0)
        grid.addWidget(link, row, 1)
        self.step_checks[key], self.step_links[key] = check, link

    def _fill_steps(self) -> None:
        from station_app.services import first_steps

        found = first_steps.steps(self.data.today if self.data else None)
        self.steps = {s.key: s for s in found}
        for step in found:
            if step.key not in self.step_checks:
                self._step_row(step.key)
            self.step_checks[step.key].setChecked(step.done)
            text = step_text(step)
            hint = translate("HomePage", "（已完成）") if step.done else ""
            self.step_links[step.key].setText(f"<a href='{step.key}'>{text}</a>{hint}")
        # a new station's checklist: gone once every step is done or the station's work has begun
        self.steps_box.setVisible(not all(s.done for s in found) and not first_steps.in_use())

    def open_step(self, key: str) -> None:
        """A checklist link: the page (or settings tab) where that step is done."""
        step = getattr(self, "steps", {}).get(key)
        window = self.window()
        if step is None or not hasattr(window, "show_page"):
            return
        page = window.show_page(step.page)
        if step.tab and hasattr(page, "show_tab"):
            page.show_tab(step.tab)

    def _todo_box(self) -> QGroupBox:
        box = QGroupBox(translate("HomePage", "待办提醒"))
        self.todo_model = QStandardItemModel(self)
        self.todo = QTreeView()
        self.todo.setModel(self.todo_model)
        self.todo.setHeaderHidden(True)
        self.todo.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.todo.setMinimumHeight(110)
        self.todo.setTextElideMode(Qt.ElideNone)  # group titles (委员未达履职指标) whole; long entries scroll
        self.todo.header().setSectionResizeMode(QHeaderView.ResizeToContents)
        self.todo.header().setStretchLastSection(False)
        self.todo.activated.connect(self._open_todo)
        layout = QVBoxLayout(box)
        layout.addWidget(self.todo)
        layout.addWidget(_label(translate("HomePage", "双击一项即可打开。"), "hint"))
        return box

    def _due_box(self) -> QGroupBox:
        """督办: what is overdue and due this week, by 承办单位."""
        box = QGroupBox(translate("HomePage", "督办：本周到期 / 已逾期"))
        self.due_model = QStandardItemModel(self)
        self.due_tree = QTreeView()
        self.due_tree.setModel(self.due_model)
        self.due_tree.setHeaderHidden(True)
        self.due_tree.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.due_tree.setMinimumHeight(110)
        self.due_tree.activated.connect(self._open_due)
        self.due_tree.doubleClicked.connect(self._open_due)
        layout = QVBoxLayout(box)
        layout.addWidget(self.due_tree)
        layout.addWidget(_label(translate("HomePage", "双击单位打开督办清单，双击事项打开该事项。"), "hint"))
        return box

    def _fill_due(self) -> None:
        model = self.due_model
        model.clear()
        groups = getattr(self.data, "due", []) or []
        for g in groups:
            head = QStandardItem(translate("HomePage", "{dept}：逾期 {late}，本周到期 {due}").format(
                dept=g.department or translate("HomePage", "未填承办单位"), late=len(g.overdue), due=len(g.due)))
            head.setData(("referrals", g.department, bool(g.overdue)), Qt.UserRole)
            if g.overdue:
                head.setForeground(QColor(theme.colour("error")))
            font = head.font()
            font.setBold(True)
            head.setFont(font)
            for line in (g.overdue + g.due)[:SHOWN_PER_DEPT]:
                when = (translate("HomePage", "逾期{n}天").format(n=-line.days_left) if line.overdue
                        else translate("HomePage", "{date}到期").format(date=month_day(line.due_on)))
                matter = line.matter if len(line.matter) <= 22 else line.matter[:22] + "…"
                child = QStandardItem(f"{when}　{tr_field(line.kind_label)}　{matter}")
                child.setToolTip(line.matter)
                child.setData(("referral", line.id), Qt.UserRole)
                head.appendRow(child)
            if g.total > SHOWN_PER_DEPT:
                head.appendRow(QStandardItem(translate("HomePage", "…… 另有 {n} 项").format(
                    n=g.total - SHOWN_PER_DEPT)))
            model.appendRow(head)
            self.due_tree.setExpanded(head.index(), len(groups) <= 3)
        if not groups:
            model.appendRow(QStandardItem(translate("HomePage", "没有逾期或本周到期的交办事项。")))

    def _open_due(self, index: QModelIndex) -> None:
        target = index.data(Qt.UserRole)
        if not target:
            return
        if target[0] == "referral":
            self.open_record.emit("referral", int(target[1]))
            return
        window = self.window()
        if hasattr(window, "show_page"):
            page = window.show_page("referrals")
            page.show_filtered(target[1], target[2])

    def _figures_box(self) -> QGroupBox:
        self.figures_box = QGroupBox(translate("HomePage", "本年数据"))
        grid = QGridLayout(self.figures_box)
        self.cards = {key: FigureCard(caption) for key, caption in (
            ("people", translate("HomePage", "接待群众（人次）")), ("visits", translate("HomePage", "来访登记（件）")),
            ("days", translate("HomePage", "接待日（次）")), ("disputes", translate("HomePage", "调解纠纷（件）")),
            ("activities", translate("HomePage", "履职活动（场次）")),
            ("topics", translate("HomePage", "协商议题（个）")), ("opinions", translate("HomePage", "社情民意（篇）")))}
        for i, card in enumerate(self.cards.values()):
            grid.addWidget(card, 0, i)
        return self.figures_box

    # ---- data ----
    def refresh(self) -> None:
        """Gather the figures in a worker thread, so the window appears and stays responsive."""
        if self._pending:
            self._again = True
            return
        self._pending = True
        self.busy.start(translate("HomePage", "正在统计……"))
        today = self.today or dt.date.today()
        if not self.data:  # the date at once; the station's name comes with the figures
            self.heading.setText(f"{long_date(today)}　{weekday_name(today)}")
        from station_app.ui.jobs import start_after_paint, track

        thread = track(threading.Thread(target=self._load_in_thread, args=(today,), daemon=True))
        start_after_paint(self.busy.bar, thread.start)  # the page's frame first, then the figures

    def _load_in_thread(self, today: dt.date) -> None:
        try:
            from station_app.services.dashboard import load_dashboard_detached  # imported off the GUI thread

            load_dashboard_detached(today, self._deliver)
        except Exception as exc:  # shown on the page; the GUI thread keeps running
            log.exception("dashboard")
            self._deliver(exc)

    def _deliver(self, data) -> None:
        try:
            self._loaded.emit(data)
        except RuntimeError:  # the page was closed meanwhile
            pass

    def _on_loaded(self, data) -> None:
        if isinstance(data, Exception):
            self._done_loading()
            # a bug: its crash log, named on the page (no modal box from a page loading in the background)
            message = crash.known_message(data) or str(crash.record(data) or data)
            self.heading.setText(translate("HomePage", "首页数据读取失败：{error}").format(error=message))
        elif hasattr(data, "entries"):  # the quota group, which comes second
            self._done_loading()
            if self.data is not None:
                self.data.todo = [g for g in self.data.todo if g.key != data.key] + ([data] if data.total else [])
                self._fill_todo()
        else:
            self.show_data(data)
            self.busy.start(translate("HomePage", "正在核对委员履职指标……"))

    def _done_loading(self) -> None:
        self._pending = False
        self.busy.stop()
        if self._again:
            self._again = False
            self.refresh()

    @property
    def computing(self) -> bool:
        return self._pending

    def load_now(self) -> None:
        """Gather and show the figures on the GUI thread (tests, screenshots)."""
        from station_app.services.dashboard import load_dashboard

        self._pending = False
        self.busy.stop()
        self.show_data(load_dashboard(self.today or dt.date.today()))

    def show_data(self, data) -> None:
        """Fill the page from a `services.dashboard.Dashboard`."""
        self.data = data
        today = data.today
        station = self.data.station or translate("HomePage", "工作站")
        self.heading.setText(f"{station}　{long_date(today)}　{weekday_name(today)}")
        self._fill_steps()
        self._fill_duty()
        self._fill_todo()
        self._fill_due()
        self._fill_figures()
        self._fill_charts()

    def _fill_duty(self) -> None:
        d = self.data
        model = self.duty_model
        model.removeRows(0, model.rowCount())
        self.duty_table.clearSpans()
        for s in d.week:
            date = f"{month_day(s.date)} {weekday_name(s.date)}"
            cells = []
            for text in (date, tr_field(s.half), s.location, s.members, tr_field(s.state)):
                item = QStandardItem(text)
                item.setData(s.id, Qt.UserRole)
                if s.date == d.today:
                    item.setBackground(QColor(theme.colour("today")))
                    font = item.font()
                    font.setBold(True)
                    item.setFont(font)
                cells.append(item)
            model.appendRow(cells)
        self.duty_table.resizeColumnsToContents()
        self.duty_table.horizontalHeader().setSectionResizeMode(3, QHeaderView.Stretch)  # 值班委员 takes the rest
        if not d.week:
            model.appendRow([QStandardItem(translate("HomePage", "本周没有值班安排"))])
            self.duty_table.setSpan(0, 0, 1, 5)
        self.today_button.setVisible(d.today_slot is not None)
        if d.today_slot is None:
            self.today_label.setText(translate("HomePage", "今天没有安排接待日。"))
        elif d.today_day_id:
            self.today_label.setText(translate("HomePage", "今天{half}接待日已开设：{members}值班。").format(
                half=tr_field(d.today_slot.half), members=d.today_slot.members))
            self.today_button.setText(translate("HomePage", "打开今天的接待日"))
            self.today_button.setEnabled(True)
        else:
            self.today_label.setText(translate("HomePage", "今天{half}有接待日（{location}），值班委员：{members}。")
                                     .format(half=tr_field(d.today_slot.half),
                                             location=d.today_slot.location or translate("HomePage", "工作站"),
                                             members=d.today_slot.members or translate("HomePage", "未安排")))
            self.today_button.setText(translate("HomePage", "开始今天的接待日"))
            self.today_button.setEnabled(context.current().can_edit)

    def _fill_todo(self) -> None:
        model = self.todo_model
        model.clear()
        for group in self.data.todo:
            head = QStandardItem(translate("HomePage", "{title}（{n}）").format(
                title=translate("HomePage", TODO_TITLES[group.key]) if group.key in TODO_TITLES else group.title,
                n=group.total))
            font = head.font()
            font.setBold(True)
            head.setFont(font)
            for entry in group.entries:
                child = QStandardItem(tr_notice(entry.text))
                child.setData((entry.kind, entry.id), Qt.UserRole)
                head.appendRow(child)
            if group.total > len(group.entries):
                head.appendRow(QStandardItem(translate("HomePage", "…… 另有 {n} 项，请到相应页面查看").format(
                    n=group.total - len(group.entries))))
            model.appendRow(head)
            self.todo.setExpanded(head.index(), bool(group.entries) and group.total <= 8)
        if not self.data.todo:
            model.appendRow(QStandardItem(translate("HomePage", "暂无待办事项。")))

    def _fill_figures(self) -> None:
        s = self.data.stats
        self.figures_box.setTitle(translate("HomePage", "{year}年数据").format(year=self.data.today.year))
        rec, dis = s["reception"], s["disputes"]
        self.cards["people"].set(rec["people"])
        self.cards["visits"].set(rec["visits"])
        self.cards["days"].set(rec["days"])
        if dis["cases"]:
            self.cards["disputes"].set(dis["cases"], translate("HomePage", "调解纠纷（件，成功率{rate:.0f}%）").format(
                rate=dis["success_rate"] * 100))
        else:  # no cases yet: no rate (not 成功率0%)
            self.cards["disputes"].set(0, translate("HomePage", "调解纠纷（件）"))
        self.cards["activities"].set(s["activities"]["count"])
        self.cards["topics"].set(s["topics"]["count"])
        self.cards["opinions"].set(s["opinions"]["count"])

    def _fill_charts(self) -> None:
        from station_app.ui import charts  # QtCharts loads after the window is up

        while self.chart_row.count():
            widget = self.chart_row.takeAt(0).widget()
            if widget:
                widget.hide()
                widget.setParent(None)
                widget.deleteLater()
        m, s = self.data.monthly, self.data.stats
        months = [str(i) for i in m["months"]]
        self.chart_row.addWidget(charts.bar_chart(
            translate("HomePage", "每月来访（件）"), months, {translate("HomePage", "来访"): m["visits"]},
            min_height=CHART_HEIGHT, x_title=translate("HomePage", "月份")), 3)
        self.chart_row.addWidget(charts.pie_chart(tr_field("纠纷类型"), s["disputes"]["by_type"],
                                                  min_height=CHART_HEIGHT), 2)
        self.chart_row.addWidget(charts.pie_chart(tr_field("活动类型"), s["activities"]["by_type"],
                                                  min_height=CHART_HEIGHT), 2)

    # ---- actions ----
    def _open_slot(self, index: QModelIndex) -> None:
        slot_id = index.data(Qt.UserRole)
        if slot_id:
            self.open_record.emit("duty_slot", int(slot_id))

    def _open_todo(self, index: QModelIndex) -> None:
        target = index.data(Qt.UserRole)
        if target:
            self.open_record.emit(target[0], int(target[1]))

    def open_today(self) -> None:
        d = self.data
        if d is None or d.today_slot is None:
            return
        if d.today_day_id:
            self.open_record.emit("reception_day", d.today_day_id)
            return
        from station_app.services import duty, reception

        try:
            day = reception.open_day(duty.slot_for(d.today, d.today_slot.half))
        except (ValidationError, PermissionDenied) as exc:
            QMessageBox.warning(self, translate("HomePage", "无法开设接待日"), getattr(exc, "message", str(exc)))
            return
        self.open_record.emit("reception_day", day.id)
