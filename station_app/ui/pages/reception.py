"""接待日 page: open today's session from the roster, log visits one after another, mark who was present,
turn a visit into a dispute / topic / opinion in one action, and follow up later."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import (
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
)

from station_app.services import context, listing, records
from station_app.services.errors import ValidationError
from station_app.ui.dialogs.record_dialog import explain_failure
from station_app.ui.dialogs.simple_records import ReceptionDayDialog
from station_app.ui.dialogs.visit import CONVERSIONS, VisitDialog
from station_app.ui.i18n import tr_field, translate, weekday_name
from station_app.ui.pages.list_page import ListPage
from station_app.ui.widgets.list_view import RecordListView

# conversion key -> button text (the dialogs' CONVERSIONS, translated in this page's context)
CONVERT_LABELS = {"dispute": QT_TRANSLATE_NOOP("ReceptionPage", "转为调解案件"),
                  "topic": QT_TRANSLATE_NOOP("ReceptionPage", "转为协商议题"),
                  "opinion": QT_TRANSLATE_NOOP("ReceptionPage", "形成社情民意"),
                  "proposal": QT_TRANSLATE_NOOP("ReceptionPage", "形成提案…")}


def convert_label(key: str) -> str:
    return translate("ReceptionPage", CONVERT_LABELS[key]) if key in CONVERT_LABELS else dict(CONVERSIONS)[key]


class ReceptionPage(ListPage):
    key = "reception"
    title = "接待日"
    icon_name = "reception"
    list_key = "visit"
    new_text = QT_TRANSLATE_NOOP("ListPage", "登记来访")
    shows = frozenset({"visit", "reception_day", "duty_slot", "member"})  # today's duty heads the page

    def bar_options(self) -> dict:
        return {"category_label": tr_field("诉求类别"), "status_label": tr_field("办理状态")}

    def build_body(self, lay: QVBoxLayout) -> None:
        self.today_label = QLabel(self)
        self.today_label.setWordWrap(True)
        self.open_today_button = self._edit_button(translate("ReceptionPage", "开启今日接待日"), self.open_today)
        self.new_day_button = self._edit_button(translate("ReceptionPage", "开设接待日…"), self.new_day)
        top = QHBoxLayout()
        top.addWidget(self.today_label, 1)
        top.addWidget(self.open_today_button)
        top.addWidget(self.new_day_button)
        lay.addLayout(top)

        # the tabs and the splitter first, the lists and panel built inside them: a widget moved under a new
        # parent is re-styled with all it holds (the application style sheet), ≈ 10 ms a list
        self.tabs = QTabWidget(self)
        split = QSplitter(Qt.Horizontal)
        self.tabs.addTab(split, translate("ReceptionPage", "接待日"))
        self.days = RecordListView("reception_day", split, hidden=("theme", "recorder"))
        self.days.activated.connect(lambda _id: self.edit_day())
        self.days.selection_changed.connect(self.show_day)
        panel = QGroupBox(translate("ReceptionPage", "本次接待"), split)
        self.day_label = QLabel(translate("ReceptionPage", "请在左侧选择一个接待日"), panel)
        self.day_label.setWordWrap(True)
        self.add_visit_button = self._edit_button(translate("ReceptionPage", "登记来访…"), self.add_visit, panel)
        self.present_button = self._edit_button(translate("ReceptionPage", "登记到场委员…"), self.edit_day, panel)
        self.day_visits = RecordListView(  # the day's date, mode and members are the day's own: shown above
            "visit", panel, filter_bar=False, remember_as="day-visits",
            hidden=("visit_date", "mode", "members", "satisfaction"))
        self.day_visits.activated.connect(self.open_id)
        self.day_visits.selection_changed.connect(self.update_visit_buttons)
        self.convert_buttons = {}
        conv = QGridLayout()  # two to a row: at 130 % type (or in English) the panel fits beside the days at 1366 px
        for key, _text in CONVERSIONS:
            b = self._edit_button(convert_label(key), lambda k=key: self.convert(k), panel)
            self.convert_buttons[key] = b
        self.followup_button = self._edit_button(translate("ReceptionPage", "回访…"), self.follow_up, panel)
        for i, b in enumerate([*self.convert_buttons.values(), self.followup_button]):
            conv.addWidget(b, i // 2, i % 2)
        conv.setColumnStretch(2, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_visit_button)
        buttons.addWidget(self.present_button)
        buttons.addStretch(1)
        pl = QVBoxLayout(panel)
        pl.addWidget(self.day_label)
        pl.addLayout(buttons)
        pl.addWidget(self.day_visits, 1)
        pl.addLayout(conv)
        split.addWidget(self.days)
        split.addWidget(panel)
        split.setStretchFactor(0, 2)
        split.setStretchFactor(1, 3)
        split.setSizes([2000, 3000])  # 2 : 3 from the start (scaled to the width), whatever the buttons need
        self.tabs.addTab(self.view, translate("ReceptionPage", "全部来访"))
        self._visits_stale = True
        self.tabs.currentChanged.connect(self._tab_changed)
        self.view.selection_changed.connect(self.update_visit_buttons)
        lay.addWidget(self.tabs, 1)

    def _tab_changed(self, index: int) -> None:
        if index == 1 and self._visits_stale:
            self._visits_stale = False
            self.view.refresh()
        self.update_visit_buttons()

    def export_shown(self) -> None:
        if self._visits_stale:
            self._tab_changed(1)
        super().export_shown()

    def print_current(self) -> None:
        """On the reception-day tab: the day's 接待日登记表; on the visits tab: the chosen visits' sheets."""
        from station_app.ui.pages.list_page import print_ids

        day = self.current_day() if self.tabs.currentIndex() == 0 else None
        if day is not None:
            print_ids(self, "reception_day", [day.id], f"{tr_field('接待日登记表')} {day.date:%Y-%m-%d}")
        else:
            super().print_current()

    def _edit_button(self, text, slot, parent=None) -> QPushButton:
        b = QPushButton(text, parent or self)
        b.clicked.connect(lambda _=False: slot())
        b.setProperty("edit_action", True)
        return b

    # ---- refresh ----
    def refresh(self) -> None:
        self.update_actions()
        if self.tabs.currentIndex() == 1:
            self.view.refresh()
        else:
            self._visits_stale = True  # the all-visits tab is read when it is shown
        self.days.refresh()
        if self.days.current_id() is None and self.days.model.rowCount():
            self.days.table.selectRow(0)  # the latest reception day
        self.show_today()
        self.show_day()

    def show_today(self) -> None:
        from station_app.services import duty, reception

        today = dt.date.today()
        slot = duty.slot_for(today)
        head = translate("ReceptionPage", "今天 {date}（{weekday}）").format(
            date=f"{today:%Y-%m-%d}", weekday=weekday_name(today))
        opened_today = self.opened_today()
        if slot is None and opened_today is not None:  # opened without a roster slot (开设接待日…)
            names = ("、".join(records.member_names(records.member_ids(opened_today)))
                     or translate("ReceptionPage", "未登记"))
            self.today_label.setText(translate(
                "ReceptionPage", "{head}{half}接待日（{location}）已开启，到场委员：{names}。").format(
                head=head, half=tr_field(opened_today.half), location=opened_today.location, names=names))
            self.open_today_button.setText(translate("ReceptionPage", "转到今日接待日"))
            self.open_today_button.setEnabled(True)
            return
        if slot is None:
            self.today_label.setText(head + translate(
                "ReceptionPage", "：值班表中没有今天的接待安排。可点“开设接待日…”临时开设。"))
            self.open_today_button.setEnabled(False)
            return
        names = "、".join(m.name for m in duty.slot_members(slot) if m.active) or translate("ReceptionPage", "未排委员")
        opened = reception.day_of_slot(slot)
        text = (translate("ReceptionPage", "{head}{half}接待日，值班委员：{names}，已开启。") if opened
                else translate("ReceptionPage", "{head}{half}接待日，值班委员：{names}。"))
        self.today_label.setText(text.format(head=head, half=tr_field(slot.half), names=names))
        self.open_today_button.setText(translate("ReceptionPage", "转到今日接待日") if opened
                                       else translate("ReceptionPage", "开启今日接待日"))
        self.open_today_button.setEnabled(context.current().can_edit or bool(opened))

    def opened_today(self):
        """Today's reception day already opened (from the roster or by hand), or None."""
        from station_app.services import reception

        return reception.day_on(dt.date.today())

    def current_day(self):
        rid = self.days.current_id()
        return listing.get("reception_day", rid) if rid else None

    def show_day(self) -> None:
        day = self.current_day()
        editable = context.current().can_edit
        self.add_visit_button.setEnabled(day is not None and editable)
        self.present_button.setEnabled(day is not None and editable)
        if day is None:
            self.day_label.setText(translate("ReceptionPage", "请在左侧选择一个接待日，或开启今日接待日。"))
            self.day_visits.model.set_filter(listing.Filter(day_id=-1))
        else:
            names = "、".join(records.member_names(records.member_ids(day))) or translate("ReceptionPage", "未登记")
            theme = translate("ReceptionPage", "，主题：{theme}").format(theme=day.theme) if day.theme else ""
            self.day_label.setText(translate("ReceptionPage", "{date} {half} {location}{theme}\n到场委员：{names}")
                                   .format(date=f"{day.date:%Y-%m-%d}", half=tr_field(day.half), location=day.location,
                                           theme=theme, names=names))
            self.day_visits.model.set_filter(listing.Filter(day_id=day.id))
        self.update_visit_buttons()

    def selected_visit_id(self):
        if self.tabs.currentIndex() == 0:
            return self.day_visits.current_id()
        return self.view.current_id()

    def update_visit_buttons(self) -> None:
        has = self.selected_visit_id() is not None and context.current().can_edit
        for b in list(self.convert_buttons.values()) + [self.followup_button]:
            b.setEnabled(has)

    # ---- workflow ----
    def open_today(self) -> None:
        from station_app.services import duty, reception

        slot = duty.slot_for(dt.date.today())
        if slot is None:
            day = self.opened_today()
            if day is not None:
                self.tabs.setCurrentIndex(0)
                self.days.select_id(day.id)
                self.show_day()
            return
        try:
            day = reception.day_of_slot(slot) or reception.open_day(slot)
        except ValidationError as exc:
            QMessageBox.warning(self, translate("ReceptionPage", "不能开启"), exc.message)
            return
        except Exception as exc:  # noqa: BLE001  (a failed write is shown; the input stays)
            QMessageBox.critical(self, translate("ReceptionPage", "开启失败"), explain_failure(exc))
            return
        self.tabs.setCurrentIndex(0)
        self.days.select_id(day.id)  # the list and the header re-read through the change notice
        self.show_day()
        self.status_message.emit(translate("ReceptionPage", "已开启 {date} {half} 接待日").format(
            date=f"{day.date:%Y-%m-%d}", half=tr_field(day.half)))

    def new_day(self) -> None:
        dlg = ReceptionDayDialog(self)
        if dlg.exec() and dlg.record is not None:
            self.days.select_id(dlg.record.id)
            self.show_day()

    def edit_day(self) -> None:
        day = self.current_day()
        if day is None:
            return
        ReceptionDayDialog(self, day).exec()

    def add_visit(self) -> None:
        day = self.current_day()
        if day is None:
            return
        VisitDialog(self, day=day).exec()

    def new_record(self) -> None:
        if self.tabs.currentIndex() == 0 and self.current_day() is not None:
            self.add_visit()
        else:
            super().new_record()

    def dialog_for(self, record):
        return VisitDialog(self, record)

    def select_saved(self, record=None) -> None:
        if self.tabs.currentIndex() == 1:
            super().select_saved(record)

    def convert(self, target: str) -> None:
        from station_app.services import conversions

        visit = listing.get("visit", self.selected_visit_id())
        if visit is None:
            return
        fn = {"dispute": conversions.visit_to_dispute, "topic": conversions.visit_to_topic,
              "opinion": conversions.visit_to_opinion}[target]
        try:
            made = fn(visit)
        except ValidationError as exc:
            QMessageBox.warning(self, translate("ReceptionPage", "不能转换"), exc.message)
            return
        except Exception as exc:  # noqa: BLE001  (a failed write is shown; the input stays)
            QMessageBox.critical(self, translate("ReceptionPage", "转换失败"), explain_failure(exc))
            return
        label = convert_label(target)
        self.status_message.emit(translate("ReceptionPage", "来访“{name}”已{action}").format(
            name=visit.visitor_name, action=label))
        page = {"dispute": "dispute", "topic": "topic", "opinion": "opinion"}[target]
        answer = QMessageBox.question(self, translate("ReceptionPage", "已转换"),
                                      translate("ReceptionPage", "已{action}。现在打开它继续填写吗？").format(
                                          action=label),
                                      QMessageBox.Yes | QMessageBox.No, QMessageBox.Yes)
        if answer == QMessageBox.Yes:
            self.open_record.emit(page, made.id)

    def follow_up(self) -> None:
        visit = listing.get("visit", self.selected_visit_id())
        if visit is None:
            return
        dlg = VisitDialog(self, visit)
        dlg.ui.tabs.setCurrentIndex(1)
        if dlg.ui.followup_date.value() is None:
            dlg.ui.followup_date.setValue(dt.date.today())
        dlg.ui.followup_note.setFocus()
        self.run_dialog(dlg)

    def show_record(self, kind: str, record_id: int) -> None:
        if self.stale:
            self.refresh_now()
        if kind == "reception_day":  # a day opened elsewhere (首页) is in the list: its change notice
            self.tabs.setCurrentIndex(0)
            self.days.select_id(record_id)
            self.show_day()
            return
        self.tabs.setCurrentIndex(1)
        self.view.select_id(record_id)
        self.open_id(record_id)


PAGE_CLASSES = [ReceptionPage]
