"""设置 — 履职指标与积分: per-member quotas, points per unit of work, topic result grades (成果分类) and
proposal reply classes (答复类别)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtGui import QStandardItem
from PySide6.QtWidgets import (
    QCheckBox,
    QDoubleSpinBox,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from station_app.services import settings
from station_app.services.letter_classes import GRADES, REPLY_CLASSES
from station_app.ui.i18n import translate
from station_app.ui.settings import attempt, can_admin, read_only_note
from station_app.ui.settings.letter_classes import LetterClassBox
from station_app.ui.settings.unsaved import UnsavedEdits, UnsavedGuard
from station_app.ui.widgets.item_table import ItemTable

# settings.PERIOD_LABELS, shown in the interface language
PERIODS = (QT_TRANSLATE_NOOP("QuotasTab", "每月"), QT_TRANSLATE_NOOP("QuotasTab", "每季度"),
           QT_TRANSLATE_NOOP("QuotasTab", "全年"))


def _table(headers: list[str], *, editable: bool = False) -> ItemTable:
    table = ItemTable(headers, editable=editable)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeToContents)
    table.horizontalHeader().setStretchLastSection(True)
    return table


def _spin(value: float, maximum: float = 100000, decimals: int = 1) -> QDoubleSpinBox:
    spin = QDoubleSpinBox(decimals=decimals, minimum=0, maximum=maximum)
    spin.setValue(float(value))
    spin.setMinimumWidth(110)
    return spin


class QuotasTab(UnsavedEdits, QWidget):
    title = "履职指标与积分"

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.quota_table = _table([translate("QuotasTab", "指标"), translate("QuotasTab", "周期"),
                                   translate("QuotasTab", "目标值"), translate("QuotasTab", "启用")])
        self.point_table = _table([translate("QuotasTab", "积分项目"), translate("QuotasTab", "每次积分")])
        self.grade_box = LetterClassBox(GRADES, translate("QuotasTab", "协商成果分类（各地含义不同，可修改）"))
        self.reply_box = LetterClassBox(REPLY_CLASSES, translate("QuotasTab", "提案答复类别（可修改）"))
        self.class_boxes = (self.grade_box, self.reply_box)
        for box in self.class_boxes:
            box.added.connect(self.reload)
        self.grade_table = self.grade_box.table
        self.new_code, self.new_name, self.new_meaning = (self.grade_box.new_code, self.grade_box.new_name,
                                                          self.grade_box.new_meaning)
        self.add_grade_button = self.grade_box.add_button
        self.save_button = QPushButton(translate("QuotasTab", "保存指标、积分和分类"))
        self.save_button.clicked.connect(self.save)
        self.note = QLabel()
        self.note.setProperty("role", "hint")
        boxes = QHBoxLayout()
        for title, table in ((translate("QuotasTab", "年度履职指标（亮牌提醒）"), self.quota_table),
                             (translate("QuotasTab", "积分规则"), self.point_table)):
            box = QGroupBox(title)
            QVBoxLayout(box).addWidget(table)
            boxes.addWidget(box)
        classes = QHBoxLayout()
        for box in self.class_boxes:
            classes.addWidget(box)
        bottom = QHBoxLayout()
        bottom.addWidget(self.save_button)
        bottom.addWidget(self.note, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(read_only_note())
        layout.addLayout(boxes)
        layout.addLayout(classes)
        layout.addLayout(bottom)
        self.guard = UnsavedGuard(self)

    def reload(self) -> None:
        admin = can_admin()
        self.quotas = settings.quotas()
        self.quota_table.model_.setRowCount(len(self.quotas))
        self.quota_inputs = []
        for row, q in enumerate(self.quotas):
            self.quota_table.model_.setItem(row, 0, QStandardItem(q.label))
            self.quota_table.model_.setItem(
                row, 1, QStandardItem(translate("QuotasTab", settings.PERIOD_LABELS.get(q.period, q.period))))
            spin, box = _spin(q.target), QCheckBox()
            box.setChecked(q.active)
            spin.setEnabled(admin)
            box.setEnabled(admin)
            self.quota_table.set_widget(row, 2, spin)
            self.quota_table.set_widget(row, 3, box)
            self.quota_inputs.append((q, spin, box))
        self.rules = settings.point_rules()
        self.point_table.model_.setRowCount(len(self.rules))
        self.point_inputs = []
        for row, r in enumerate(self.rules):
            self.point_table.model_.setItem(row, 0, QStandardItem(r.label))
            spin = _spin(r.points, 1000)
            spin.setEnabled(admin)
            self.point_table.set_widget(row, 1, spin)
            self.point_inputs.append((r, spin))
        for box in self.class_boxes:
            box.reload(admin)
        self.save_button.setEnabled(admin)
        self.mark_clean()

    def snapshot(self) -> tuple:
        quotas = tuple((spin.value(), box.isChecked()) for _q, spin, box in self.quota_inputs)
        points = tuple(spin.value() for _r, spin in self.point_inputs)
        return quotas, points, tuple(box.snapshot() for box in self.class_boxes)

    def _new_grade(self) -> tuple[str, str, str]:
        return self.grade_box.typed()

    def has_unsaved(self) -> bool:
        """Changed figures or grades, or a new grade typed but not yet added."""
        return super().has_unsaved() or self._clean is not None and any(b.has_typed() for b in self.class_boxes)

    def save_unsaved(self) -> bool:
        """Save the figures and grades, and add the grade typed in the bottom row if there is one."""
        if not self.save():
            return False
        return all(box.add() for box in self.class_boxes if box.has_typed())

    def discard_unsaved(self) -> None:
        for box in self.class_boxes:
            box.clear_typed()
        super().discard_unsaved()

    def save(self) -> bool:
        for q, spin, box in self.quota_inputs:
            changed = (spin.value(), box.isChecked()) != (q.target, q.active)
            if (
                changed
                and not attempt(
                    self,
                    translate("QuotasTab", "无法保存"),
                    settings.save_quota,
                    q.id,
                    spin.value(),
                    box.isChecked(),
                )[0]
            ):
                return False
        for r, spin in self.point_inputs:
            if (
                spin.value() != r.points
                and not attempt(
                    self, translate("QuotasTab", "无法保存"), settings.save_point_rule, r.id, spin.value()
                )[0]
            ):
                return False
        if not all(box.save() for box in self.class_boxes):
            return False
        self.note.setText(translate("QuotasTab", "已保存。"))
        self.reload()
        return True

    def add_grade(self) -> bool:
        return self.grade_box.add()
