"""The base record dialog: a compiled Designer form bound to a services.fields Kind, errors beside fields."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QSpinBox,
    QTabWidget,
    QWidget,
)

from station_app.services import changes, context, edit_conflicts, item_numbers, links, records, stations
from station_app.services.errors import PermissionDenied, ValidationError
from station_app.services.fields import Field, kind_of
from station_app.services.registry import PRINT_SHEET_OF
from station_app.store.errors import DatabaseBusyError, DiskFullError, ReadOnlyError, known_error
from station_app.ui import crash, theme
from station_app.ui.dialogs.edit_conflict import RevisionWatch, SaveCancelled
from station_app.ui.dialogs.history import add_history_button
from station_app.ui.i18n import tr_field, translate
from station_app.ui.widgets.char_counter import attach_counters
from station_app.ui.widgets.date_edit import DateEdit
from station_app.ui.widgets.department_combo import DepartmentCombo
from station_app.ui.widgets.field_error import FieldErrorLabel
from station_app.ui.widgets.lookup_combo import LookupCombo
from station_app.ui.widgets.member_picker import MemberPicker


def explain_failure(exc: BaseException) -> str:
    """A plain Chinese reason for a save that failed for a reason other than bad input, chosen by the
    error's class (store/errors.known_error reads SQLite's result code); a bug goes to the crash log and
    the reason names the file."""
    known = known_error(exc)
    if isinstance(known, DatabaseBusyError):
        return translate("RecordDialog", "数据库正被占用（可能另一程序正在写入或备份），请稍后再点“保存”。")
    if isinstance(known, DiskFullError):
        return translate("RecordDialog", "磁盘空间不足，请清理磁盘后再点“保存”。")
    if isinstance(known, ReadOnlyError) or isinstance(exc, PermissionError):
        return translate("RecordDialog", "数据文件只读或没有写入权限，请检查数据文件夹。")
    return crash.failure_text(exc)


def grade_choices() -> list[tuple[str, str]]:
    """(code, "A（可落实）") for the editable topic result grades."""
    from station_app.services import topics

    return [(g.code, f"{g.code}（{g.name}）") for g in topics.grades()]


def reply_class_choices() -> list[tuple[str, str]]:
    """(code, "A（已解决）") for the editable proposal reply classes (答复类别)."""
    from station_app.services import reply_classes

    return [(c.code, f"{c.code}（{c.name}）") for c in reply_classes.classes()]


def today_duty_member_ids(day: dt.date | None = None) -> list[int]:
    """Members on duty today (the default 接待委员 / 值班委员 of a new record); [] without a slot."""
    from station_app.services import duty

    slot = duty.slot_for(day or dt.date.today())
    return duty.active_member_ids(slot) if slot is not None else []


def read_widget(w: QWidget):
    if isinstance(w, MemberPicker):
        return w.text()
    if isinstance(w, DateEdit):
        return w.value()
    if isinstance(w, (LookupCombo, DepartmentCombo)):
        return w.value()
    if isinstance(w, QComboBox):
        return w.currentText()
    if isinstance(w, QCheckBox):
        return w.isChecked()
    if isinstance(w, QDoubleSpinBox):
        return Decimal(str(round(w.value(), 2)))
    if isinstance(w, QSpinBox):
        return w.value()
    if isinstance(w, QPlainTextEdit):
        return w.toPlainText()
    if isinstance(w, QLineEdit):
        return w.text()
    raise TypeError(type(w).__name__)


def write_widget(w: QWidget, value) -> None:
    if isinstance(w, DateEdit):
        w.setValue(value if isinstance(value, dt.date) or value is None else None)
    elif isinstance(w, (LookupCombo, DepartmentCombo)):
        w.setValue(value)
    elif isinstance(w, QCheckBox):
        w.setChecked(bool(value))
    elif isinstance(w, QDoubleSpinBox):
        w.setValue(float(value or 0))
    elif isinstance(w, QSpinBox):
        w.setValue(int(value or 0))
    elif isinstance(w, QPlainTextEdit):
        w.setPlainText("" if value is None else str(value))
    elif isinstance(w, QLineEdit):
        w.setText("" if value is None else str(value))


class RecordDialog(QDialog):
    """Subclasses set `kind_key` and `form_class`; override `persist()` to call a workflow service."""

    kind_key = ""
    form_class = None
    form_fields: tuple[Field, ...] = ()  # for forms that are not a record kind (swap, topic step)
    saved = Signal(object)

    def __init__(self, parent=None, record=None, *, defaults: dict | None = None):
        super().__init__(parent)
        self.record = record
        # a registered station's record (from its 上报包): shown read-only, with a banner saying so
        self.foreign = record is not None and not stations.is_own(record)
        self.kind = kind_of(self.kind_key) if self.kind_key else None
        self.ui = self.form_class()
        self.ui.setupUi(self)
        if self.foreign:  # its members are its station's: the pickers name them from there
            for picker in self.findChildren(MemberPicker):
                picker.station_id = stations.station_id_of(record)
        self.fields: list[Field] = [f for f in (self.kind.fields if self.kind else self.form_fields)
                                    if hasattr(self.ui, f.name)]
        self.members: MemberPicker | None = getattr(self.ui, "members", None)
        self._label_fields()
        self.general_error = FieldErrorLabel(self)
        self.layout().insertWidget(self.layout().count() - 1, self.general_error)
        box: QDialogButtonBox = self.ui.buttonBox
        self.save_button = box.button(QDialogButtonBox.Save)
        self.save_button.setText(translate("RecordDialog", "保存"))
        box.button(QDialogButtonBox.Cancel).setText(translate("RecordDialog", "取消"))
        box.accepted.connect(self.save)
        box.rejected.connect(self.reject)
        self.print_button = None
        if PRINT_SHEET_OF.get(self.kind_key):
            self.print_button = box.addButton(translate("RecordDialog", "打印…"), QDialogButtonBox.ActionRole)
            self.print_button.setToolTip(translate("RecordDialog", "预览并打印本条记录的档案表"))
            self.print_button.clicked.connect(self.print_record)
            self.print_button.setEnabled(record is not None)
        self.history_button = add_history_button(self, box) if self.kind_key else None
        self._fill_choices()
        self._set_ranges()
        self.counters = attach_counters(
            (f.name, getattr(self.ui, f.name), f.max_len) for f in self.fields if f.max_len)
        self.setup_extra()
        self.links_box = None
        if self.kind_key in links.RELATED:
            from station_app.ui.widgets.record_links import RecordLinks

            self.links_box = RecordLinks(self)
            self.links_box.open_link.connect(self.open_link)
            self.layout().insertWidget(max(0, self.layout().count() - 2), self.links_box)
        self.revisions = RevisionWatch(self)
        self.load(defaults or {})
        self.refresh_links()
        if record is not None:
            self.setWindowTitle(f"{self.windowTitle()} — {self.title_of(record)}")
        self.mark_clean()
        if self.foreign:
            self.show_origin()
        elif not context.current().can_edit:
            self.set_read_only()

    @property
    def record(self):
        return self._record

    @record.setter
    def record(self, value) -> None:
        """The record shown; assigning it also remembers it as the base a later save is checked against."""
        self._record = value
        self.base = edit_conflicts.Base.of(value)

    @property
    def editable(self) -> bool:
        """Whether this dialog may change its record: an account that edits, and the own station's record."""
        return context.current().can_edit and not getattr(self, "foreign", False)

    # ---- hooks ----
    def setup_extra(self) -> None:
        """Add widgets beyond the form (tables, buttons); called before load()."""

    def title_of(self, record) -> str:
        name = self.kind.title_field if self.kind else None
        value = getattr(record, name, "") if name else ""
        text = value.strftime("%Y-%m-%d") if isinstance(value, dt.date) else str(value or "")
        number = item_numbers.of_record(record)  # 登记编号 / 编号 of visits, activities … (station data)
        return f"{number.text} {text}" if number else text

    def persist(self, values: dict, member_ids: list[int] | None):
        """Write the values; return the saved record. Raise ValidationError to keep the dialog open."""
        if self.record is None:
            return records.create(self.kind, values, members=member_ids)
        return records.update(self.record, values, members=member_ids)

    # ---- 关联记录 ----
    def refresh_links(self) -> None:
        if self.links_box is not None:
            self.links_box.show_for(self.kind_key, self.record)

    def open_link(self, kind: str, record_id: int) -> None:
        """One click on a 关联记录 link: the linked record's own dialog, over this one."""
        from station_app.ui.dialogs.open_record import open_record

        open_record(self, kind, record_id)
        if self.record is not None:  # the other record may have changed this one (a closed case …)
            fresh = records.get(type(self.record), self.record.id)
            if fresh is not None and not self.is_dirty():
                self.record = fresh
                self.load({})
                self.mark_clean()
        self.refresh_links()

    # ---- loading ----
    def _fill_choices(self) -> None:
        for f in self.fields:
            w = getattr(self.ui, f.name)
            if isinstance(w, LookupCombo):
                # a blank first entry everywhere: a required field left blank is named, not silently guessed
                if f.type == "choice":
                    w.fill(list(f.choices or ()))
                elif f.type == "grade":
                    w.fill(grade_choices())
                elif f.type == "reply_class":
                    w.fill(reply_class_choices())
                else:
                    w.fill()
                if f.required:
                    w.set_blank_text(translate("RecordDialog", "请选择"))

    def _set_ranges(self) -> None:
        """Number boxes take whatever the clerk types (a negative amount stays visible as typed); the
        service names what is out of range (人数 ≥ 1, 年龄 0–120, 金额 ≥ 0) beside the field."""
        for f in self.fields:
            w = getattr(self.ui, f.name)
            if isinstance(w, QDoubleSpinBox):
                w.setRange(-999_999_999_999.99, 999_999_999_999.99)
            elif isinstance(w, QSpinBox):
                w.setRange(-999_999, 99_999_999)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if not getattr(self, "_focused_once", False):
            self._focused_once = True
            self.focus_first_field()

    def focus_first_field(self) -> None:
        """A new dialog starts in its first field (not its tab bar or a button)."""
        tabs = getattr(self.ui, "tabs", None)
        for f in self.fields:
            w = getattr(self.ui, f.name)
            if not w.isEnabled() or (isinstance(tabs, QTabWidget) and tabs.currentWidget() is not None
                                     and not tabs.currentWidget().isAncestorOf(w)):
                continue
            w.setFocus()
            return

    def _label_fields(self) -> None:
        """Each field's label (or check box text) from services.fields, with "*" when it is required: the
        Designer forms hold the layout and the widget names, not the texts. (Forms that are not a record
        kind — swap, topic step — keep their own texts.)"""
        if self.kind is None:
            return
        for f in self.fields:
            label = getattr(self.ui, f"label_{f.name}", None)
            if label is None and isinstance(getattr(self.ui, f.name), QCheckBox):
                label = getattr(self.ui, f.name)
            if label is not None:
                label.setText(tr_field(f.label) + ("*" if f.required else ""))
        label = getattr(self.ui, "label_members", None)
        if label is not None:
            label.setText(tr_field(self.kind.members_label) + ("*" if self.kind.members_required else ""))

    def load(self, defaults: dict) -> None:
        for f in self.fields:
            w = getattr(self.ui, f.name)
            if self.record is not None:
                value = getattr(self.record, f.name, None)
            elif f.name in defaults:
                value = defaults[f.name]
            elif f.type == "date" and f.required:
                value = dt.date.today()
            elif f.default is not None:
                value = f.default
            elif f.required and f.type in ("choice", "lookup", "grade", "reply_class"):
                value = None  # a required choice starts empty (「请选择」): the clerk picks, nothing is guessed
            elif self._model_default(f.name) is not None:
                value = self._model_default(f.name)
            else:
                value = None
            write_widget(w, value)
        if self.members is not None:
            if self.record is not None and self.kind and self.kind.member_link:
                self.members.set_member_ids(records.member_ids(self.record))
            elif "members" in defaults:
                self.members.set_member_ids(defaults["members"])

    def _model_default(self, name: str):
        column = self.kind.model._meta.fields.get(name) if self.kind else None
        value = getattr(column, "default", None)
        return None if callable(value) or value in ("", 0, False) else value

    # ---- values and dirtiness ----
    def values(self) -> dict:
        return {f.name: read_widget(getattr(self.ui, f.name)) for f in self.fields}

    def snapshot(self) -> tuple:
        out = [(f.name, read_widget(getattr(self.ui, f.name))) for f in self.fields]
        if self.members is not None:
            out.append(("members", self.members.text()))
        return tuple(out) + self.extra_snapshot()

    def extra_snapshot(self) -> tuple:
        return ()

    def mark_clean(self) -> None:
        self._clean = self.snapshot()

    def show_value(self, name: str, value) -> None:
        """Put *value* into field *name*'s widget (another clerk's change merged in)."""
        write_widget(getattr(self.ui, name), value)

    def clean_snapshot(self) -> tuple:
        """The form as last loaded or saved (what `is_dirty` compares with)."""
        return self._clean

    def is_dirty(self) -> bool:
        return self.snapshot() != self._clean

    # ---- errors ----
    def clear_errors(self) -> None:
        for label in self.findChildren(FieldErrorLabel):
            label.clear_message()

    def show_errors(self, by_field: dict[str, str]) -> None:
        general, first = [], None
        for name, message in by_field.items():
            label = getattr(self.ui, f"err_{name}", None)
            if isinstance(label, FieldErrorLabel):
                label.show_message(message)
                first = first or getattr(self.ui, name, None)
            else:
                title = next((f.label for f in self.fields if f.name == name), "")
                general.append(f"「{title}」{message}" if title else message)
        self.general_error.show_message("；".join(general))
        if first is not None:
            self._reveal(first)

    def _reveal(self, widget: QWidget) -> None:
        tabs = getattr(self.ui, "tabs", None)
        if isinstance(tabs, QTabWidget):
            for i in range(tabs.count()):
                if tabs.widget(i).isAncestorOf(widget):
                    tabs.setCurrentIndex(i)
        widget.setFocus()

    # ---- saving ----
    def member_ids(self) -> list[int] | None:
        if self.members is None:
            return None
        return self.members.member_ids()

    def save(self) -> bool:
        self.clear_errors()
        try:
            ids = self.member_ids()
        except ValueError as exc:
            self.show_errors({"members": str(exc)})
            return False
        try:
            with changes.operation():  # what persist writes (record, members, children): one change notice
                saved = self.revisions.persist(ids)  # someone else's save in between: merged, or asked
        except ValidationError as exc:
            self.show_errors(exc.by_field())
            return False
        except SaveCancelled:
            return False
        except edit_conflicts.EditConflict as exc:  # the record was deleted meanwhile
            QMessageBox.warning(self, translate("RecordDialog", "不能保存"), exc.message)
            return False
        except PermissionDenied as exc:
            QMessageBox.warning(self, translate("RecordDialog", "没有权限"), exc.message)
            return False
        except Exception as exc:  # noqa: BLE001  (a failed write is shown; the input stays)  # disk full, locked database …: say so, keep every typed value
            QMessageBox.critical(
                self,
                translate("RecordDialog", "保存失败"),
                translate("RecordDialog", "没有保存成功，已填写的内容仍保留在窗口中。\n\n{reason}").format(
                    reason=explain_failure(exc)
                ),
            )
            return False
        self.record = saved
        self.mark_clean()
        self.refresh_links()
        if self.print_button is not None:
            self.print_button.setEnabled(True)
        self.saved.emit(saved)
        self.after_save()
        return True

    def save_quietly(self) -> bool:
        """Save and stay open (before an action that needs the saved record); problems show beside fields."""
        self.clear_errors()
        try:
            ids = self.member_ids()
            self.record = self.revisions.persist(ids)
        except ValidationError as exc:
            self.show_errors(exc.by_field())
            return False
        except ValueError as exc:
            self.show_errors({"members": str(exc)})
            return False
        except SaveCancelled:
            return False
        except edit_conflicts.EditConflict as exc:
            QMessageBox.warning(self, translate("RecordDialog", "不能保存"), exc.message)
            return False
        self.mark_clean()
        return True

    def print_record(self) -> None:
        """Preview / print the saved record's archive sheet (unsaved edits are not on the sheet)."""
        from station_app.ui.dialogs.pdf_preview import PdfPreviewDialog

        if self.record is None:
            return
        if self.is_dirty():
            QMessageBox.information(
                self,
                translate("RecordDialog", "请先保存"),
                translate("RecordDialog", "有尚未保存的修改，打印的是已保存的内容。请先保存再打印。"),
            )
            return
        PdfPreviewDialog(self, PRINT_SHEET_OF[self.kind_key], [self.record.id],
                         title=f"{tr_field(self.kind.label)} {self.title_of(self.record)}").exec()

    def after_save(self) -> None:
        """By default the dialog closes after a successful save."""
        self.accept()

    def reject(self) -> None:
        if self.is_dirty() and self.editable:
            answer = QMessageBox.question(
                self,
                translate("RecordDialog", "放弃修改？"),
                translate("RecordDialog", "有尚未保存的修改，确定关闭并放弃这些修改吗？"),
                QMessageBox.Yes | QMessageBox.No,
                QMessageBox.No,
            )
            if answer != QMessageBox.Yes:
                return
        super().reject()

    def show_origin(self) -> None:
        """A registered station's record: the banner on top, every field read-only, no save button (print
        and 修改记录 stay)."""
        from station_app.ui.widgets.origin_banner import origin_banner

        self.set_read_only()
        self.save_button.setVisible(False)
        for b in self.findChildren(QAbstractButton):
            if b.property("edit_action"):
                b.setVisible(False)
        box: QDialogButtonBox = self.ui.buttonBox
        box.button(QDialogButtonBox.Cancel).setText(translate("RecordDialog", "关闭"))
        self.origin_banner = origin_banner(self.record, self)
        if self.origin_banner is not None:
            self.layout().insertWidget(0, self.origin_banner)

    def set_read_only(self) -> None:
        """只读检查: everything visible, nothing editable."""
        self.save_button.setEnabled(False)
        self.save_button.setToolTip(translate("RecordDialog", "当前账号只能查看"))
        for w in self.findChildren(QWidget):
            if isinstance(w, (QLineEdit, QPlainTextEdit)):
                w.setReadOnly(True)
            elif (
                isinstance(w, (QAbstractSpinBox, QComboBox, QCheckBox, MemberPicker))
                or isinstance(w, QAbstractButton)
                and w.property("edit_action")
            ):
                w.setEnabled(False)


def edit_button(button: QAbstractButton) -> QAbstractButton:
    """Mark a button as an edit action (disabled for read-only accounts, hidden on a registered station's
    record)."""
    button.setProperty("edit_action", True)
    if not context.current().can_edit:
        button.setEnabled(False)
        button.setToolTip(translate("RecordDialog", "当前账号只能查看"))
    return button


def info_label(text: str, parent=None) -> QLabel:
    lab = QLabel(text, parent)
    lab.setWordWrap(True)
    lab.setStyleSheet(theme.recolour("color: #555;"))
    return lab
