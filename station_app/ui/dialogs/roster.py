"""Roster dialogs: swap a member (调剂), mark attendance, generation preview, holiday overrides."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
)

from station_app.services import listing
from station_app.services.errors import ValidationError
from station_app.services.fields import Field
from station_app.store.choices import WEEKDAY_NAMES
from station_app.ui.dialogs.record_dialog import RecordDialog, edit_button, explain_failure, info_label
from station_app.ui.forms.ui_swap import Ui_SwapForm
from station_app.ui import theme
from station_app.ui.i18n import tr_field, tr_notice, translate
from station_app.ui.widgets.date_edit import DateEdit


def slot_title(slot) -> str:
    weekday, half = tr_field(WEEKDAY_NAMES[slot.date.weekday()]), tr_field(slot.half)
    return translate("RosterDialogs", "{date}（{weekday}）{half} {location}").format(
        date=f"{slot.date:%Y-%m-%d}", weekday=weekday, half=half, location=slot.location).strip()


class SwapDialog(RecordDialog):
    """Replace one member of a slot: who, by whom, why, liaison notified."""

    form_class = Ui_SwapForm
    form_fields = (
        Field("original", "原值班委员", "choice", required=True),
        Field("substitute", "替换委员", required=True),
        Field("reason", "调剂原因", "lookup", lookup="swap_reason", required=True),
        Field("liaison_notified", "已通知联络员", "bool"),
        Field("note", "备注"),
    )

    def __init__(self, parent=None, *, slot, original_id: int | None = None):
        from station_app.services import duty

        self.slot = slot
        self.on_duty = [m for m in duty.slot_members(slot) if m.active]
        super().__init__(parent, None, defaults={})
        self.setWindowTitle(translate("RosterDialogs", "值班调剂 — {slot}").format(slot=slot_title(slot)))
        self.ui.original.fill([m.name for m in self.on_duty], blank=False)
        if original_id is not None:
            names = {m.member_id: m.name for m in self.on_duty}
            self.ui.original.setValue(names.get(original_id, ""))
        self.members = None
        self.mark_clean()

    def values(self) -> dict:
        return {"original": self.ui.original.value(), "substitute": self.ui.substitute.text(),
                "reason": self.ui.reason.value(), "liaison_notified": self.ui.liaison_notified.isChecked(),
                "note": self.ui.note.text()}

    def persist(self, values, member_ids):
        from station_app.services import duty

        original = next((m.member_id for m in self.on_duty if m.name == values["original"]), None)
        if original is None:
            raise ValidationError([_problem("original", "原值班委员", translate("RosterDialogs", "请选择"))])
        try:
            substitute = self.ui.substitute.member_id()
        except ValueError as exc:
            raise ValidationError([_problem("substitute", "替换委员", str(exc))]) from None
        if substitute is None:
            raise ValidationError([_problem("substitute", "替换委员", translate("RosterDialogs", "不能为空"))])
        return duty.swap(
            self.slot, original, substitute, values["reason"], values["liaison_notified"], values["note"]
        )


def _problem(field, label, message):
    from station_app.services.errors import FieldProblem

    return FieldProblem(field, label, message)


class AttendanceDialog(QDialog):
    """Tick who came (到岗) on a slot."""

    def __init__(self, parent=None, *, slot):
        from station_app.services import duty

        super().__init__(parent)
        self.slot = slot
        self.setWindowTitle(translate("RosterDialogs", "登记到岗 — {slot}").format(slot=slot_title(slot)))
        self.list = QListWidget(self)
        for m in duty.slot_members(slot):
            if not m.active:
                continue
            item = QListWidgetItem(
                m.name + ("" if m.planned else translate("RosterDialogs", "（替班）")), self.list
            )
            item.setData(Qt.UserRole, m.member_id)
            item.setFlags(item.flags() | Qt.ItemIsUserCheckable)
            item.setCheckState(Qt.Unchecked if m.present is False else Qt.Checked)
        box = QDialogButtonBox(QDialogButtonBox.Save | QDialogButtonBox.Cancel, self)
        box.accepted.connect(self.save)
        box.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addWidget(info_label(translate("RosterDialogs", "勾选实际到岗的委员："), self))
        lay.addWidget(self.list)
        lay.addWidget(box)

    def presence(self) -> dict[int, bool]:
        return {self.list.item(i).data(Qt.UserRole): self.list.item(i).checkState() == Qt.Checked
                for i in range(self.list.count())}

    def save(self) -> None:
        from station_app.services import duty

        try:
            duty.mark_attendance(self.slot, self.presence())
        except ValidationError as exc:
            QMessageBox.warning(self, translate("RosterDialogs", "不能登记"), exc.message)
            return
        except Exception as exc:  # noqa: BLE001  (a failed write is shown; the input stays)
            QMessageBox.critical(self, translate("RosterDialogs", "保存失败"), explain_failure(exc))
            return
        self.accept()


class RosterPreviewDialog(QDialog):
    """Generate a period's roster from the reception rules, show it, save only on confirmation."""

    def __init__(self, parent=None, *, start: dt.date, end: dt.date):
        super().__init__(parent)
        self.setWindowTitle(translate("RosterDialogs", "按接待日规则生成排班"))
        self.plan = None
        self.start_edit, self.end_edit = DateEdit(self), DateEdit(self)
        self.start_edit.setValue(start)
        self.end_edit.setValue(end)
        self.preview_button = QPushButton(translate("RosterDialogs", "预览"), self)
        self.preview_button.clicked.connect(self.preview)
        head = QHBoxLayout()
        for w in (
            QLabel(translate("RosterDialogs", "从"), self),
            self.start_edit,
            QLabel(translate("RosterDialogs", "到"), self),
            self.end_edit,
            self.preview_button,
        ):
            head.addWidget(w)
        head.addStretch(1)
        self.warnings = QLabel(self)
        self.warnings.setWordWrap(True)
        self.warnings.setStyleSheet(theme.recolour("color:#b45309;"))
        self.model = QStandardItemModel(0, 3, self)
        self.model.setHorizontalHeaderLabels(
            [
                translate("RosterDialogs", "日期"),
                translate("RosterDialogs", "时段"),
                translate("RosterDialogs", "值班委员"),
            ]
        )
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.summary = QLabel(self)
        self.box = QDialogButtonBox(QDialogButtonBox.Save | QDialogButtonBox.Cancel, self)
        self.save_button = edit_button(self.box.button(QDialogButtonBox.Save))
        self.save_button.setText(translate("RosterDialogs", "保存排班"))
        self.box.accepted.connect(self.save)
        self.box.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addLayout(head)
        lay.addWidget(self.warnings)
        lay.addWidget(self.table, 1)
        lay.addWidget(self.summary)
        lay.addWidget(self.box)
        self.resize(620, 520)
        self.preview()

    def preview(self) -> None:
        from station_app.services import roster

        self.plan = roster.plan(self.start_edit.value(), self.end_edit.value())
        names = {c.id: c.name for c in listing.member_choices(include_retired=True)}
        self.model.setRowCount(0)
        for s in self.plan.slots:
            row = [
                QStandardItem(
                    translate("RosterDialogs", "{date}（{weekday}）{half}").format(
                        date=f"{s.date:%Y-%m-%d}", weekday=tr_field(WEEKDAY_NAMES[s.date.weekday()]),
                        half=tr_field(s.half),
                    )
                ),
                QStandardItem(f"{tr_field(s.half)} {s.location}".strip()),
                QStandardItem(
                    "、".join(names.get(i, "?") for i in s.member_ids)
                    or translate("RosterDialogs", "（无人可排）")
                ),
            ]
            self.model.appendRow(row)
        self.warnings.setText("\n".join("⚠ " + tr_notice(w) for w in self.plan.warnings))
        self.warnings.setVisible(bool(self.plan.warnings))
        if self.plan.skipped_existing:
            text = translate("RosterDialogs", "将新增 {n} 次值班，另有 {kept} 次已排过（保留不变）。")
        else:
            text = translate("RosterDialogs", "将新增 {n} 次值班。")
        self.summary.setText(text.format(n=len(self.plan.slots), kept=self.plan.skipped_existing))
        self.save_button.setEnabled(bool(self.plan.slots) and self.save_button.property("edit_action")
                                    and _can_edit())

    def save(self) -> None:
        from station_app.services import roster

        try:
            self.saved = roster.save_plan(self.plan)
        except ValidationError as exc:
            QMessageBox.warning(self, translate("RosterDialogs", "不能保存"), exc.message)
            return
        except Exception as exc:  # noqa: BLE001  (a failed write is shown; the input stays)
            QMessageBox.critical(self, translate("RosterDialogs", "保存失败"), explain_failure(exc))
            return
        self.accept()


def _can_edit() -> bool:
    from station_app.services import context

    return context.current().can_edit


class HolidayDialog(QDialog):
    """The year's holidays and adjusted workdays; the user's own entries are added and removed here."""

    def __init__(self, parent=None, *, year: int):
        super().__init__(parent)
        from station_app.services import holidays

        self.year = year
        self.setWindowTitle(translate("RosterDialogs", "{year}年节假日与调休").format(year=year))
        self.warning = QLabel(self)
        self.warning.setStyleSheet(theme.recolour("color:#b45309;"))
        self.warning.setWordWrap(True)
        if not holidays.year_has_official_data(year):
            self.warning.setText(translate("RosterDialogs", "⚠ {year}年没有内置的官方节假日安排：请按国务院办公厅通知录入放假和调休上班日期。")
                                 .format(year=year))
        self.model = QStandardItemModel(0, 3, self)
        self.model.setHorizontalHeaderLabels(
            [
                translate("RosterDialogs", "日期"),
                translate("RosterDialogs", "类型"),
                translate("RosterDialogs", "名称 / 来源"),
            ]
        )
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setSelectionBehavior(QTableView.SelectRows)
        self.date_edit = DateEdit(self)
        self.date_edit.setValue(dt.date(year, 1, 1) if year != dt.date.today().year else dt.date.today())
        self.kind = QComboBox(self)
        self.kind.addItems([translate("RosterDialogs", "放假"), translate("RosterDialogs", "调休上班")])
        self.name = QLineEdit(self)
        self.name.setPlaceholderText(translate("RosterDialogs", "名称，如 春节"))
        self.name.setMinimumWidth(self.name.fontMetrics().horizontalAdvance(self.name.placeholderText()) + 16)
        self.add_button = edit_button(QPushButton(translate("RosterDialogs", "添加/修改"), self))
        self.add_button.clicked.connect(self.add)
        self.remove_button = edit_button(QPushButton(translate("RosterDialogs", "删除所选自定义日期"), self))
        self.remove_button.clicked.connect(self.remove)
        row = QHBoxLayout()
        for w in (self.date_edit, self.kind, self.name, self.add_button):
            row.addWidget(w)
        box = QDialogButtonBox(QDialogButtonBox.Close, self)
        box.rejected.connect(self.accept)
        lay = QVBoxLayout(self)
        lay.addWidget(self.warning)
        lay.addWidget(self.table, 1)
        lay.addLayout(row)
        lay.addWidget(self.remove_button)
        lay.addWidget(box)
        self.resize(520, 520)
        self.reload()

    def reload(self) -> None:
        from station_app.services import holidays

        self.model.setRowCount(0)
        own, official = translate("RosterDialogs", "自定义"), translate("RosterDialogs", "官方")
        work, rest = translate("RosterDialogs", "上班"), translate("RosterDialogs", "放假")
        for info in holidays.special_days(self.year):
            items = [
                QStandardItem(f"{info.date:%Y-%m-%d}"),
                QStandardItem(work if info.is_workday else rest),
                QStandardItem(
                    f"{info.name or ''}（{own if info.source == holidays.SOURCE_OVERRIDE else official}）"
                ),
            ]
            items[0].setData(info.date, Qt.UserRole)
            items[0].setData(info.source == holidays.SOURCE_OVERRIDE, Qt.UserRole + 1)
            self.model.appendRow(items)

    def add(self) -> None:
        from station_app.services import holidays

        try:
            holidays.set_override(self.date_edit.value(), self.kind.currentIndex() == 1, self.name.text())
        except ValidationError as exc:
            QMessageBox.warning(self, translate("RosterDialogs", "不能保存"), exc.message)
            return
        self.reload()

    def remove(self) -> None:
        from station_app.services import holidays

        idx = self.table.currentIndex()
        if not idx.isValid():
            return
        item = self.model.item(idx.row(), 0)
        if not item.data(Qt.UserRole + 1):
            QMessageBox.information(
                self,
                translate("RosterDialogs", "不能删除"),
                translate("RosterDialogs", "官方节假日不能删除，可添加一条自定义日期覆盖它。"),
            )
            return
        holidays.remove_override(item.data(Qt.UserRole))
        self.reload()


