"""设置 — 督办时限: the default 办理时限 per kind (n + unit) and the topic result grades that go to a
department (services.referral_limits); saving recomputes the due dates of items without their own limit."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from station_app.services import referral_limits, referrals
from station_app.services.errors import PermissionDenied, ValidationError
from station_app.store.choices import LIMIT_UNIT_LABELS, LIMIT_UNITS, REFERRAL_KIND_LABELS, REFERRAL_KINDS
from station_app.ui.i18n import tr_field, translate
from station_app.ui.settings import can_admin, read_only_note, save_row
from station_app.ui.settings.unsaved import UnsavedEdits, UnsavedGuard
from station_app.ui.widgets.field_error import FieldErrorLabel


class ReferralLimitsPanel(UnsavedEdits, QWidget):
    title = "督办时限"

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        group = QGroupBox(translate("ReferralLimitsTab", "办理时限（交办日期起算；工作日按节假日与调休安排计算）"))
        grid = QGridLayout(group)
        self.numbers: dict[str, QLineEdit] = {}
        self.units: dict[str, QComboBox] = {}
        self.errors: dict[str, FieldErrorLabel] = {}
        for row, kind in enumerate(REFERRAL_KINDS):
            grid.addWidget(QLabel(tr_field(REFERRAL_KIND_LABELS[kind])), row, 0)
            number = QLineEdit()
            number.setMaximumWidth(80)
            unit = QComboBox()
            for u in LIMIT_UNITS:
                unit.addItem(tr_field(LIMIT_UNIT_LABELS[u]), u)
            err = FieldErrorLabel()
            grid.addWidget(number, row, 1)
            grid.addWidget(unit, row, 2)
            grid.addWidget(err, row, 3)
            self.numbers[kind], self.units[kind], self.errors[kind] = number, unit, err
        grid.setColumnStretch(3, 1)
        grades_box = QGroupBox(translate("ReferralLimitsTab", "交承办单位办理的协商成果分类"))
        line = QHBoxLayout(grades_box)
        self.grades = QLineEdit()
        self.grades.setMaximumWidth(160)
        line.addWidget(self.grades)
        hint = QLabel(translate("ReferralLimitsTab", "成果分类字母，多个用顿号分隔（如 A、B）；"
                                                     "这些分类且填了承办单位的议题进入督办清单。"))
        hint.setProperty("role", "hint")
        hint.setWordWrap(True)
        line.addWidget(hint, 1)
        buttons = save_row(self, translate("ReferralLimitsTab", "保存"))
        layout = QVBoxLayout(self)
        layout.addWidget(read_only_note())
        layout.addWidget(group)
        layout.addWidget(grades_box)
        layout.addLayout(buttons)
        layout.addStretch(1)
        self.guard = UnsavedGuard(self)

    def reload(self) -> None:
        for kind, limit in referral_limits.limits().items():
            self.numbers[kind].setText(str(limit.n))
            self.units[kind].setCurrentIndex(max(self.units[kind].findData(limit.unit), 0))
            self.numbers[kind].setEnabled(can_admin())
            self.units[kind].setEnabled(can_admin())
        self.grades.setText("、".join(referral_limits.referral_grades()))
        self.grades.setEnabled(can_admin())
        self.save_button.setEnabled(can_admin())
        self.mark_clean()

    def snapshot(self) -> tuple:
        return tuple((k, self.numbers[k].text(), self.units[k].currentData()) for k in REFERRAL_KINDS) + (
            self.grades.text(),)

    def save(self) -> bool:
        from station_app.services.departments import split

        for err in self.errors.values():
            err.clear_message()
        self.saved_note.setText("")
        values = {k: (self.numbers[k].text().strip(), self.units[k].currentData()) for k in REFERRAL_KINDS}
        try:
            referral_limits.save_limits(values)
            referral_limits.save_referral_grades(split(self.grades.text()))
        except ValidationError as exc:
            for p in exc.problems:
                (self.errors.get(p.field) or self.errors[REFERRAL_KINDS[0]]).show_message(p.message)
            return False
        except PermissionDenied as exc:
            QMessageBox.warning(self, translate("ReferralLimitsTab", "保存失败"), exc.message)
            return False
        changed = referrals.recompute_due()
        created = sum(referrals.backfill().values())  # topics of a grade newly sent to departments
        self.saved_note.setText(translate("ReferralLimitsTab", "已保存；{n} 件事项的办理期限已重新计算，新增 {m} 件。")
                                .format(n=changed, m=created))
        self.mark_clean()
        return True
