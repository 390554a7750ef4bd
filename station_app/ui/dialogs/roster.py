"""Roster dialogs: swap a member (调剂), mark attendance, generation preview, holiday overrides."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
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
from station_app.ui import theme
from station_app.ui.dialogs.record_dialog import RecordDialog, edit_button, explain_failure, info_label
from station_app.ui.forms.ui_swap import Ui_SwapForm
from station_app.ui.i18n import tr_field, tr_notice, translate
from station_app.ui.widgets.date_edit import DateEdit
from station_app.ui.widgets.path_field import choose_open_path


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
        self.model = QStandardItemModel(0, len(PREVIEW_COLUMNS), self)
        self.model.setHorizontalHeaderLabels([translate("RosterDialogs", c) for c in PREVIEW_COLUMNS])
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
        self.resize(760, 520)
        self.preview()

    def ask_about_years(self, years: list[int]) -> str:
        """A year without official holidays: "import" a schedule file, enter it in "settings",
        "continue" by weekends (guessed holidays marked 待核实), or "cancel"."""
        text = "、".join(translate("RosterDialogs", "{year}年").format(year=y) for y in years)
        box = QMessageBox(QMessageBox.Question, translate("RosterDialogs", "尚无官方节假日安排"),
                          translate("RosterDialogs", "{years}尚无官方节假日安排（放假和调休上班）。按周末排班可能把值班"
                                    "排在节假日上。\n\n可以先导入当年的节假日安排文件（CSV 或 Excel，表头：日期、类型"
                                    "（放假/上班）、名称），或在“设置—节假日”中录入；也可以先按周末排班，可能是节假日"
                                    "的值班会标“待核实”。").format(years=text), QMessageBox.NoButton, self)
        buttons = {
            box.addButton(translate("RosterDialogs", "导入节假日安排…"), QMessageBox.AcceptRole): "import",
            box.addButton(translate("RosterDialogs", "录入节假日…"), QMessageBox.ActionRole): "settings",
            box.addButton(translate("RosterDialogs", "仍按周末排班"), QMessageBox.DestructiveRole): "continue",
            box.addButton(translate("RosterDialogs", "取消"), QMessageBox.RejectRole): "cancel",
        }
        box.exec()
        return buttons.get(box.clickedButton(), "cancel")

    def _settle_years(self, start: dt.date, end: dt.date) -> bool:
        """Ask about years without holiday data first; False when the clerk cancels."""
        from station_app.services import holidays

        years = holidays.years_without_data(start, end)
        if not years:
            return True
        answer = self.ask_about_years(years)
        if answer == "import":
            import_holiday_file(self)
        elif answer == "settings":
            HolidayDialog(self, year=years[0]).exec()
        return answer != "cancel"

    def preview(self) -> None:
        from station_app.services import roster

        start, end = self.start_edit.value(), self.end_edit.value()
        self.model.setRowCount(0)
        if start and end and not self._settle_years(start, end):
            self.plan = roster.RosterPlan(start, end)
            self.warnings.setText(translate("RosterDialogs", "未生成：请先导入或录入节假日安排。"))
            self.warnings.setVisible(True)
            self.summary.setText("")
            self.save_button.setEnabled(False)
            return
        self.plan = roster.plan(start, end)
        names = {c.id: c.name for c in listing.member_choices(include_retired=True)}
        for s in self.plan.slots:
            note = QStandardItem(s.note)
            if s.note:
                note.setForeground(Qt.darkRed)
            row = [
                QStandardItem(f"{s.date:%Y-%m-%d}（{tr_field(WEEKDAY_NAMES[s.date.weekday()])}）"),
                QStandardItem(tr_field(s.half)),
                QStandardItem(s.location),
                QStandardItem(
                    "、".join(names.get(i, "?") for i in s.member_ids)
                    or translate("RosterDialogs", "（无人可排）")
                ),
                note,
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


PREVIEW_COLUMNS = (QT_TRANSLATE_NOOP("RosterDialogs", "日期"), QT_TRANSLATE_NOOP("RosterDialogs", "时段"),
                   QT_TRANSLATE_NOOP("RosterDialogs", "地点"), QT_TRANSLATE_NOOP("RosterDialogs", "值班委员"),
                   QT_TRANSLATE_NOOP("RosterDialogs", "备注"))
HOLIDAY_FILE_HELP = QT_TRANSLATE_NOOP(
    "RosterDialogs", "节假日安排文件：CSV（UTF-8 或 GBK）或 Excel（.xlsx），第一行是表头“日期、类型、名称”，"
    "每行一天，类型写“放假”或“上班”，例如 2027-02-06,放假,春节")


def import_holiday_file(parent) -> int | None:
    """「导入节假日安排…」: pick a CSV / .xlsx file and import it; the count of days, None if nothing."""
    from station_app.outputs.holiday_file import import_file

    path = choose_open_path(parent, "holiday_import", translate("RosterDialogs", "导入节假日安排"), "",
                            translate("RosterDialogs", "节假日安排 (*.csv *.xlsx);;所有文件 (*)"))
    if not path:
        return None
    try:
        count = import_file(path)
    except ValidationError as exc:
        QMessageBox.warning(parent, translate("RosterDialogs", "不能导入"),
                            exc.message + "\n\n" + translate("RosterDialogs", HOLIDAY_FILE_HELP))
        return None
    except Exception as exc:  # noqa: BLE001  (a failed write is shown)
        QMessageBox.critical(parent, translate("RosterDialogs", "导入失败"), explain_failure(exc))
        return None
    QMessageBox.information(parent, translate("RosterDialogs", "已导入"),
                            translate("RosterDialogs", "已导入 {n} 天的节假日安排。").format(n=count))
    return count


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
            self.warning.setText(translate("RosterDialogs", "⚠ {year}年没有内置的官方节假日安排："
                                                            "请按国务院办公厅通知录入放假和调休上班日期。")
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


