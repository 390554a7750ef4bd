"""设置 — 接待日规则: how duty sessions recur (每周五上午, 每月10日/20日, 每月第一个星期二 …)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, QTimer
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from station_app.services import settings
from station_app.store.choices import HALVES, RULE_KIND_LABELS, WEEKDAY_NAMES
from station_app.ui.i18n import tr_field, translate
from station_app.ui.settings import attempt, can_admin, read_only_note
from station_app.ui.settings.unsaved import CANCELLED, UnsavedEdits, UnsavedGuard, ask_unsaved

NTH = ((1, QT_TRANSLATE_NOOP("RulesTab", "第一个")), (2, QT_TRANSLATE_NOOP("RulesTab", "第二个")),
       (3, QT_TRANSLATE_NOOP("RulesTab", "第三个")), (4, QT_TRANSLATE_NOOP("RulesTab", "第四个")),
       (5, QT_TRANSLATE_NOOP("RulesTab", "第五个")), (-1, QT_TRANSLATE_NOOP("RulesTab", "最后一个")))
WEEKDAY_SHORT = (
    QT_TRANSLATE_NOOP("RulesTab", "一"),
    QT_TRANSLATE_NOOP("RulesTab", "二"),
    QT_TRANSLATE_NOOP("RulesTab", "三"),
    QT_TRANSLATE_NOOP("RulesTab", "四"),
    QT_TRANSLATE_NOOP("RulesTab", "五"),
    QT_TRANSLATE_NOOP("RulesTab", "六"),
    QT_TRANSLATE_NOOP("RulesTab", "日"),
)  # the last character of WEEKDAY_NAMES


def describe(rule) -> str:
    sep = translate("RulesTab", "、")
    if rule.kind == "weekly":
        days = sep.join(translate("RulesTab", WEEKDAY_SHORT[d]) for d in rule.weekdays or [])
        when = translate("RulesTab", "每周{days}").format(days=days)
    elif rule.kind == "monthly_dates":
        days = sep.join(translate("RulesTab", "{d}日").format(d=d) for d in rule.month_days or [])
        when = translate("RulesTab", "每月{days}").format(days=days)
    else:
        nth = translate("RulesTab", dict(NTH).get(rule.nth, ""))
        weekday = tr_field(WEEKDAY_NAMES[rule.nth_weekday]) if rule.nth_weekday is not None else ""
        when = translate("RulesTab", "每月{nth}{weekday}").format(nth=nth, weekday=weekday)
    text = translate("RulesTab", "{name}：{when}{half}，{n}人").format(
        name=rule.name, when=when, half=tr_field(rule.half), n=rule.members_per_session
    )
    return text + ("" if rule.active else translate("RulesTab", "（停用）"))


class RulesTab(UnsavedEdits, QWidget):
    title = "接待日规则"

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.rule_id: int | None = None
        self.list = QListWidget()
        self.list.setMinimumWidth(300)
        self.list.currentItemChanged.connect(self._picked)
        self.name = QLineEdit()
        self.kind = QComboBox()
        for key, label in RULE_KIND_LABELS.items():
            self.kind.addItem(tr_field(label), key)
        self.weekdays = [QCheckBox(translate("RulesTab", short)) for short in WEEKDAY_SHORT]
        week_row = QWidget()
        week_layout = QHBoxLayout(week_row)
        week_layout.setContentsMargins(0, 0, 0, 0)
        for box in self.weekdays:
            week_layout.addWidget(box)
        self.month_days = QLineEdit(placeholderText=translate("RulesTab", "如：10、20"))
        nth_row = QWidget()
        nth_layout = QHBoxLayout(nth_row)
        nth_layout.setContentsMargins(0, 0, 0, 0)
        self.nth, self.nth_weekday = QComboBox(), QComboBox()
        for value, label in NTH:
            self.nth.addItem(translate("RulesTab", label), value)
        self.nth_weekday.addItems([tr_field(name) for name in WEEKDAY_NAMES])
        nth_layout.addWidget(QLabel(translate("RulesTab", "每月")))
        nth_layout.addWidget(self.nth)
        nth_layout.addWidget(self.nth_weekday)
        self.when = QStackedWidget()
        for w in (week_row, self.month_days, nth_row):
            self.when.addWidget(w)
        self.kind.currentIndexChanged.connect(self.when.setCurrentIndex)
        self.half = QComboBox()
        for half in HALVES:
            self.half.addItem(tr_field(half), half)
        self.members = QSpinBox(minimum=1, maximum=20, value=2)
        self.location = QLineEdit()
        self.shift = QCheckBox(translate("RulesTab", "遇节假日顺延到下一个工作日"))
        self.active = QCheckBox(translate("RulesTab", "启用"))
        form = QFormLayout()
        form.addRow(translate("RulesTab", "规则名称："), self.name)
        form.addRow(translate("RulesTab", "方式："), self.kind)
        form.addRow(translate("RulesTab", "时间："), self.when)
        form.addRow(translate("RulesTab", "时段："), self.half)
        form.addRow(translate("RulesTab", "每次委员人数："), self.members)
        form.addRow(translate("RulesTab", "地点："), self.location)
        form.addRow("", self.shift)
        form.addRow("", self.active)
        self.buttons = {}
        buttons = QHBoxLayout()
        for key, label, slot in (("new", QT_TRANSLATE_NOOP("RulesTab", "新建规则"), self.start_new),
                                 ("save", QT_TRANSLATE_NOOP("RulesTab", "保存"), self.save),
                                 ("delete", QT_TRANSLATE_NOOP("RulesTab", "删除"), self.delete)):
            self.buttons[key] = QPushButton(translate("RulesTab", label))
            self.buttons[key].clicked.connect(slot)
            buttons.addWidget(self.buttons[key])
        buttons.addStretch(1)
        right = QVBoxLayout()
        right.addLayout(form)
        right.addLayout(buttons)
        right.addStretch(1)
        row = QHBoxLayout()
        row.addWidget(self.list, 1)
        row.addLayout(right, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(read_only_note())
        layout.addLayout(row)
        self.guard = UnsavedGuard(self)

    def reload(self, select_id: int | None = None) -> None:
        self._clean = None  # what is on screen is replaced
        select_id = select_id or self.rule_id
        self.list.blockSignals(True)
        self.list.clear()
        chosen = None
        for rule in settings.reception_rules():
            item = QListWidgetItem(describe(rule))
            item.setData(Qt.UserRole, rule)
            self.list.addItem(item)
            if rule.id == select_id or chosen is None:
                chosen = item
        self.list.blockSignals(False)
        if chosen is not None:
            self.list.setCurrentItem(chosen)
        else:
            self.new()
        self._update_enabled()

    def _update_enabled(self) -> None:
        admin = can_admin()
        for w in (
            self.name,
            self.kind,
            self.when,
            self.half,
            self.members,
            self.location,
            self.shift,
            self.active,
            self.buttons["new"],
            self.buttons["save"],
        ):
            w.setEnabled(admin)
        self.buttons["delete"].setEnabled(admin and self.rule_id is not None)

    def new(self) -> None:
        self.rule_id = None
        self.name.setText(translate("RulesTab", "接待日"))
        self.kind.setCurrentIndex(0)
        for i, box in enumerate(self.weekdays):
            box.setChecked(i == 4)
        self.month_days.clear()
        self.half.setCurrentIndex(max(0, self.half.findData("上午")))
        self.members.setValue(2)
        self.location.clear()
        self.shift.setChecked(True)
        self.active.setChecked(True)
        self.list.clearSelection()
        self._update_enabled()
        self.mark_clean()

    def start_new(self) -> None:
        if ask_unsaved(self) != CANCELLED:
            self.new()

    def _picked(self, item, _old) -> None:
        rule = item.data(Qt.UserRole) if item else None
        if rule is None:
            return
        if self.has_unsaved():  # asked once the list has finished changing its current item
            QTimer.singleShot(0, lambda: self._leave_rule_for(rule.id))
        else:
            self.load(rule)

    def _leave_rule_for(self, rule_id: int) -> None:
        if ask_unsaved(self) == CANCELLED:
            self._select_quietly(self.rule_id)
        else:
            self.reload(rule_id)

    def _select_quietly(self, rule_id: int | None) -> None:
        self.list.blockSignals(True)
        self.list.setCurrentItem(None)
        for i in range(self.list.count()):
            if self.list.item(i).data(Qt.UserRole).id == rule_id:
                self.list.setCurrentRow(i)
        if rule_id is None:
            self.list.clearSelection()
        self.list.blockSignals(False)

    def snapshot(self) -> tuple:
        return (self.name.text(), self.kind.currentIndex(), tuple(b.isChecked() for b in self.weekdays),
                self.month_days.text(), self.nth.currentIndex(), self.nth_weekday.currentIndex(),
                self.half.currentText(), self.members.value(), self.location.text(), self.shift.isChecked(),
                self.active.isChecked())

    def load(self, rule) -> None:
        if rule is None:
            return
        self.rule_id = rule.id
        self.name.setText(rule.name)
        self.kind.setCurrentIndex(max(0, self.kind.findData(rule.kind)))
        for i, box in enumerate(self.weekdays):
            box.setChecked(i in (rule.weekdays or []))
        self.month_days.setText("、".join(str(d) for d in rule.month_days or []))
        self.nth.setCurrentIndex(max(0, self.nth.findData(rule.nth)))
        self.nth_weekday.setCurrentIndex(rule.nth_weekday or 0)
        self.half.setCurrentIndex(max(0, self.half.findData(rule.half)))
        self.members.setValue(rule.members_per_session)
        self.location.setText(rule.location)
        self.shift.setChecked(rule.shift_on_holiday)
        self.active.setChecked(rule.active)
        self._update_enabled()
        self.mark_clean()

    def _month_days(self) -> list[int] | None:
        text = self.month_days.text().replace("，", ",").replace("、", ",").replace("日", "").replace(" ", ",")
        try:
            return [int(p) for p in text.split(",") if p.strip()]
        except ValueError:
            return None

    def save(self) -> bool:
        days = self._month_days()
        if days is None:
            QMessageBox.warning(
                self,
                translate("RulesTab", "无法保存"),
                translate("RulesTab", "「日期」请填写数字，如 10、20"),
            )
            self.month_days.setFocus()
            return False
        data = {"name": self.name.text(), "kind": self.kind.currentData(), "half": self.half.currentData(),
                "members_per_session": self.members.value(), "location": self.location.text(),
                "shift_on_holiday": "是" if self.shift.isChecked() else "否",
                "active": "是" if self.active.isChecked() else "否"}
        ok, rule = attempt(
            self,
            translate("RulesTab", "无法保存"),
            settings.save_rule,
            self.rule_id,
            data,
            weekdays=[i for i, b in enumerate(self.weekdays) if b.isChecked()],
            month_days=days,
            nth=self.nth.currentData(),
            nth_weekday=self.nth_weekday.currentIndex(),
        )
        if ok:
            self.rule_id = rule.id
            self.reload(rule.id)
        return ok

    def delete(self) -> None:
        if self.rule_id is None:
            return
        if (
            QMessageBox.question(
                self,
                translate("RulesTab", "删除规则"),
                translate("RulesTab", "删除这条接待日规则？已排好的值班不受影响。"),
            )
            == QMessageBox.Yes
        ):
            ok, _ = attempt(self, translate("RulesTab", "无法删除"), settings.delete_rule, self.rule_id)
            if ok:
                self.rule_id = None
                self.reload()
