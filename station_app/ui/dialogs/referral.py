"""交办事项 dialog: the source (a link), department, dates and limit, 督办记录 rows, the reply, the feedback."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from station_app.services import context, edit_conflicts, referrals, stations
from station_app.services.edit_conflicts import EditConflict
from station_app.services.errors import PermissionDenied, ValidationError
from station_app.services.fields import kind_of
from station_app.services.registry import entry
from station_app.store.choices import (
    FEEDBACK_METHODS,
    FOLLOW_METHODS,
    LIMIT_UNIT_LABELS,
    LIMIT_UNITS,
    REFERRAL_KIND_LABELS,
    REFERRAL_RESULTS,
    SATISFACTION,
)
from station_app.ui import theme
from station_app.ui.dialogs.child_table import ChildTable, confirm_delete, rows_of
from station_app.ui.dialogs.edit_conflict import RevisionWatch, SaveCancelled
from station_app.ui.dialogs.record_dialog import explain_failure
from station_app.ui.i18n import tr_field, translate
from station_app.ui.widgets.date_edit import DateEdit
from station_app.ui.widgets.field_error import FieldErrorLabel


def _combo(parent, values, blank: bool = True) -> QComboBox:
    box = QComboBox(parent)
    if blank:
        box.addItem("", "")
    for v in values:
        box.addItem(tr_field(v), v)
    return box


def _date(parent, optional: bool = True) -> DateEdit:
    w = DateEdit(parent)
    w.setOptional(optional)
    return w


class _Form:
    """A grid of label / field / error rows; `errors[name]` is the label beside the field."""

    def __init__(self, box: QWidget):
        self.grid = QGridLayout(box)
        self.grid.setColumnStretch(1, 1)
        self.errors: dict[str, FieldErrorLabel] = {}
        self.row = 0

    def add(self, name: str, label: str, widget: QWidget, *, note: QWidget | None = None) -> QWidget:
        lab = QLabel(tr_field(label))
        self.grid.addWidget(lab, self.row, 0, Qt.AlignTop if isinstance(widget, QPlainTextEdit) else Qt.Alignment())
        if note is not None:
            line = QHBoxLayout()
            line.addWidget(widget)
            line.addWidget(note, 1)
            self.grid.addLayout(line, self.row, 1)
        else:
            self.grid.addWidget(widget, self.row, 1)
        err = FieldErrorLabel()
        err.setObjectName(f"err_{name}")
        self.grid.addWidget(err, self.row, 2)
        self.grid.setColumnMinimumWidth(2, 10)
        self.errors[name] = err
        self.row += 1
        return widget


class FollowDialog(QDialog):
    """One 督办记录: 日期, 方式, 督办人, 情况; errors beside the fields."""

    def __init__(self, parent, item, follow=None):
        super().__init__(parent)
        self.item, self.follow = item, follow
        self.setWindowTitle(translate("ReferralDialog", "督办记录"))
        box = QWidget(self)
        self.form = _Form(box)
        self.date = self.form.add("date", "督办日期", _date(self, optional=False))
        self.method = self.form.add("method", "督办方式", _combo(self, FOLLOW_METHODS, blank=False))
        self.by = self.form.add("by", "督办人", QLineEdit(self))
        self.note = self.form.add("note", "督办情况", QPlainTextEdit(self))
        self.note.setMinimumHeight(90)
        self.general = FieldErrorLabel(self)
        buttons = QDialogButtonBox(QDialogButtonBox.Save | QDialogButtonBox.Cancel, self)
        buttons.button(QDialogButtonBox.Save).setText(translate("RecordDialog", "保存"))
        buttons.button(QDialogButtonBox.Cancel).setText(translate("RecordDialog", "取消"))
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addWidget(box)
        lay.addWidget(self.general)
        lay.addWidget(buttons)
        if follow is not None:
            self.date.setValue(follow.date)
            self.method.setCurrentIndex(max(self.method.findData(follow.method), 0))
            self.by.setText(follow.by)
            self.note.setPlainText(follow.note)
        self.resize(460, 300)

    def values(self) -> dict:
        return {"date": self.date.value(), "method": self.method.currentData(), "by": self.by.text(),
                "note": self.note.toPlainText()}

    def save(self) -> None:
        for err in self.form.errors.values():
            err.clear_message()
        self.general.clear_message()
        try:
            if self.follow is None:
                self.follow = referrals.add_follow(self.item, self.values())
            else:
                referrals.update_follow(self.follow, self.values())
        except ValidationError as exc:
            for name, message in exc.by_field().items():
                (self.form.errors.get(name) or self.general).show_message(message)
            return
        except PermissionDenied as exc:
            self.general.show_message(exc.message)
            return
        self.accept()


class ReferralWatch(RevisionWatch):
    """The revision guard for the 交办事项 dialog: its values are merged as data (the dialog closes on save)."""

    def field_names(self) -> list[str]:
        return list(self.dialog.values())

    def clean_values(self) -> dict:
        return dict(self.dialog._clean)

    def save(self, values: dict, ids):
        return referrals.save_item(self.dialog.record, values)

    def say(self, text: str) -> None:
        self.dialog.general.show_message(text)

    def reload(self, stored) -> None:
        self.dialog.record = stored
        self.dialog.source = referrals.source_of(stored)
        self.dialog.load()

    def label_of(self, name: str) -> str:
        f = next((f for f in kind_of("referral").fields if f.name == name), None)
        return tr_field(f.label if f else "办理时限")

    def take_theirs(self, comparison, mine: dict, values: dict) -> tuple[dict, list[str]]:
        taken = [k for k in values if k in comparison.theirs and k not in mine]
        out = dict(values)
        for name in taken:
            out[name] = comparison.values.get(name)
        self.dialog.record = comparison.stored
        return out, taken


class ReferralDialog(QDialog):
    """Opened from the 督办 page (or the 首页). `saved(item)` after each successful save."""

    saved = Signal(object)

    @property
    def record(self):
        return self._record

    @record.setter
    def record(self, value) -> None:
        """The item shown; also the base a later save is checked against (no lost update)."""
        self._record = value
        self.base = edit_conflicts.Base.of(value)

    def __init__(self, parent=None, record=None):
        super().__init__(parent)
        self.record = record
        kind = record.source_kind
        self.owned = set(referrals.OWNED[kind])
        self.setWindowTitle(translate("ReferralDialog", "交办事项") + f" — {REFERRAL_KIND_LABELS[kind]}")
        self.source = referrals.source_of(record)
        lay = QVBoxLayout(self)

        # where it came from: a link that opens the visit / topic / proposal / opinion
        self.source_link = QLabel(self)
        self.source_link.setTextInteractionFlags(Qt.LinksAccessibleByMouse | Qt.LinksAccessibleByKeyboard)
        self.source_link.linkActivated.connect(self.open_source)
        self.withdrawn_note = QLabel(self)
        self.withdrawn_note.setWordWrap(True)
        self.withdrawn_note.setStyleSheet(theme.recolour("color: #b45309;"))
        lay.addWidget(self.source_link)
        lay.addWidget(self.withdrawn_note)

        top = QGroupBox(translate("ReferralDialog", "交办"), self)
        self.form = _Form(top)
        f = self.form
        self.department = f.add("department", "承办单位", QLabel(self))
        self.matter = f.add("matter", "交办事项", QPlainTextEdit(self))
        self.matter.setMaximumHeight(70)
        self.asker = f.add("asker", "反馈对象", QLineEdit(self))
        self.asker_public = f.add("asker_public", "回音壁署名", QLineEdit(self))
        self.assigned_on = f.add("assigned_on", "交办日期", _date(self))
        self.limit_days = QLineEdit(self)
        self.limit_days.setMaximumWidth(70)
        self.limit_unit = QComboBox(self)
        for unit in LIMIT_UNITS:
            self.limit_unit.addItem(tr_field(LIMIT_UNIT_LABELS[unit]), unit)
        limit_row = QWidget(self)
        row = QHBoxLayout(limit_row)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.limit_days)
        row.addWidget(self.limit_unit)
        self.limit_hint = QLabel(self)
        self.limit_hint.setProperty("role", "hint")
        row.addWidget(self.limit_hint, 1)
        f.add("limit_days", "办理时限", limit_row)
        self.due_label = f.add("due_on", "办理期限", QLabel(self))
        self.state_label = f.add("state", "办理状态", QLabel(self))
        lay.addWidget(top)

        follows_box = QGroupBox(translate("ReferralDialog", "督办记录"), self)
        self.follows = ChildTable(entry("referral").child("follows").column_labels(),
                                  follows_box, add_text=translate("ReferralDialog", "添加督办记录"))
        self.follows.setMinimumHeight(120)
        self.follows.add_clicked.connect(self.add_follow)
        self.follows.edit_clicked.connect(self.edit_follow)
        self.follows.delete_clicked.connect(self.delete_follow)
        QVBoxLayout(follows_box).addWidget(self.follows)
        lay.addWidget(follows_box, 1)

        bottom = QHBoxLayout()
        reply_box = QGroupBox(translate("ReferralDialog", "答复"), self)
        r = _Form(reply_box)
        self.replied_on = r.add("replied_on", "答复日期", _date(self))
        self.reply = r.add("reply", "答复内容", QPlainTextEdit(self))
        self.reply.setMaximumHeight(80)
        self.result_choice = r.add("result", "办理结果", _combo(self, REFERRAL_RESULTS))
        self.reply_note = QLabel(self)
        self.reply_note.setWordWrap(True)
        self.reply_note.setProperty("role", "hint")
        r.grid.addWidget(self.reply_note, r.row, 0, 1, 3)
        feedback_box = QGroupBox(translate("ReferralDialog", "反馈"), self)
        b = _Form(feedback_box)
        self.fed_back_on = b.add("fed_back_on", "反馈日期", _date(self))
        self.feedback_method = b.add("feedback_method", "反馈方式", _combo(self, FEEDBACK_METHODS))
        self.feedback_by = b.add("feedback_by", "反馈人", QLineEdit(self))
        self.satisfaction = b.add("satisfaction", "群众满意度", _combo(self, SATISFACTION))
        self.feedback_note = b.add("feedback_note", "反馈情况", QPlainTextEdit(self))
        self.feedback_note.setMaximumHeight(60)
        self.on_board = QCheckBox(tr_field("上回音壁"), self)
        b.grid.addWidget(self.on_board, b.row, 1)
        bottom.addWidget(reply_box, 1)
        bottom.addWidget(feedback_box, 1)
        lay.addLayout(bottom)
        self.errors = {**self.form.errors, **r.errors, **b.errors}

        self.general = FieldErrorLabel(self)
        lay.addWidget(self.general)
        buttons = QDialogButtonBox(QDialogButtonBox.Save | QDialogButtonBox.Cancel, self)
        self.save_button = buttons.button(QDialogButtonBox.Save)
        self.save_button.setText(translate("RecordDialog", "保存"))
        buttons.button(QDialogButtonBox.Cancel).setText(translate("RecordDialog", "关闭"))
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        lay.addWidget(buttons)
        for w in (self.assigned_on, self.limit_unit):
            (w.dateChanged if isinstance(w, DateEdit) else w.currentIndexChanged).connect(self.show_due)
        self.limit_days.textChanged.connect(self.show_due)
        self.load()
        self.foreign = not stations.is_own(record)
        if self.foreign:  # a registered station's item (its 上报包): read-only, with a banner saying so
            from station_app.ui.widgets.origin_banner import origin_banner

            banner = origin_banner(record, self)
            if banner is not None:
                lay.insertWidget(0, banner)
            self.save_button.setVisible(False)
            self.follows.add_button.setVisible(False)
            self.follows.delete_button.setVisible(False)
            for w in self.findChildren(QWidget):
                if isinstance(w, (QLineEdit, QPlainTextEdit)):
                    w.setReadOnly(True)
                elif isinstance(w, (QComboBox, QCheckBox, DateEdit)):
                    w.setEnabled(False)
        elif not context.current().can_edit:
            self.save_button.setEnabled(False)
            self.follows.add_button.setEnabled(False)
            self.follows.delete_button.setEnabled(False)
        self.revisions = ReferralWatch(self, "referral")
        self.resize(880, 760)

    # ---- loading ----
    def load(self) -> None:
        item = self.record
        kind = item.source_kind
        label = referrals.source_label(kind, self.source)
        if self.source is not None:
            self.source_link.setText(translate("ReferralDialog", "来源：")
                                     + f"<a href='{kind}:{self.source.id}'>{label}</a>")
        else:
            self.source_link.setText(translate("ReferralDialog", "来源：") + label)
        withdrawn = self.source is not None and referrals.withdrawn(item, self.source)
        self.withdrawn_note.setText(translate(
            "ReferralDialog", "来源记录已不再交办承办单位；因已有督办记录或答复，本事项保留在督办清单中。")
            if withdrawn else "")
        self.withdrawn_note.setVisible(withdrawn)
        self.department.setText(item.department + translate("ReferralDialog", "（在来源记录中修改）"))
        self.matter.setPlainText(item.matter)
        self.asker.setText(item.asker)
        self.asker_public.setText(item.asker_public)
        self.assigned_on.setValue(item.assigned_on)
        self.limit_days.setText(str(item.limit_days) if item.limit_days else "")
        default = referrals.limit_of(kind)
        self.limit_days.setPlaceholderText(str(default.n))
        self.limit_unit.setCurrentIndex(max(self.limit_unit.findData(item.limit_unit or default.unit), 0))
        self.limit_hint.setText(translate("ReferralDialog", "留空按默认：{limit}").format(limit=default.text))
        self.replied_on.setValue(item.replied_on)
        self.reply.setPlainText(item.reply)
        self.result_choice.setCurrentIndex(max(self.result_choice.findData(item.result), 0))
        self.fed_back_on.setValue(item.fed_back_on)
        self.feedback_method.setCurrentIndex(max(self.feedback_method.findData(item.feedback_method), 0))
        self.feedback_by.setText(item.feedback_by)
        self.satisfaction.setCurrentIndex(max(self.satisfaction.findData(item.satisfaction), 0))
        self.feedback_note.setPlainText(item.feedback_note)
        self.on_board.setChecked(bool(item.on_board))
        owned_by_source = "replied_on" in self.owned
        for w in (self.assigned_on, self.replied_on):
            w.setEnabled(not (owned_by_source and w in (self.assigned_on, self.replied_on)))
        self.reply.setReadOnly(owned_by_source)
        self.reply_note.setText(translate("ReferralDialog",
                                          "提案的交办日期、答复日期和答复内容在提案中登记，此处只读。")
                                if owned_by_source else "")
        self.reply_note.setVisible(owned_by_source)
        self.state_label.setText(tr_field(item.state))
        self.fill_follows()
        self.show_due()
        self._clean = self.values()

    def fill_follows(self) -> None:
        self.follows.set_rows(rows_of(referrals.follows(self.record), ("date", "method", "by", "note")))

    def show_due(self, *_args) -> None:
        """The 办理期限 the current dates and limit give (before saving)."""
        assigned = self.assigned_on.value()
        text = self.limit_days.text().strip()
        try:
            n = int(text) if text else None
        except ValueError:
            n = None
            if text:
                self.due_label.setText(translate("ReferralDialog", "（时限应为整数）"))
                return
        if assigned is None:
            self.due_label.setText(translate("ReferralDialog", "尚未交办"))
            return
        if n is not None and n < 1:
            self.due_label.setText("—")
            return
        due = referrals.due_date(self.record.source_kind, assigned, n, self.limit_unit.currentData() if n else "")
        late = self.record.replied_on is None and due < dt.date.today()
        self.due_label.setText(due.strftime("%Y-%m-%d") + (translate("ReferralDialog", "（已逾期）") if late else ""))
        self.due_label.setStyleSheet(theme.recolour("color: #c0392b;") if late else "")

    # ---- values and saving ----
    def values(self) -> dict:
        text = self.limit_days.text().strip()
        out = {
            "matter": self.matter.toPlainText(), "asker": self.asker.text(), "asker_public": self.asker_public.text(),
            "limit_days": text or None, "limit_unit": self.limit_unit.currentData(),
            "result": self.result_choice.currentData(), "fed_back_on": self.fed_back_on.value(),
            "feedback_method": self.feedback_method.currentData(), "feedback_by": self.feedback_by.text(),
            "satisfaction": self.satisfaction.currentData(), "feedback_note": self.feedback_note.toPlainText(),
            "on_board": self.on_board.isChecked(),
        }
        if "replied_on" not in self.owned:
            out.update(assigned_on=self.assigned_on.value(), replied_on=self.replied_on.value(),
                       reply=self.reply.toPlainText())
        return out

    def is_dirty(self) -> bool:
        return self.values() != self._clean

    def save(self) -> bool:
        for err in self.errors.values():
            err.clear_message()
        self.general.clear_message()
        try:
            self.record = self.revisions.persist(None, self.values())  # another PC's save: merged, or asked
        except SaveCancelled:
            return False
        except EditConflict as exc:  # deleted meanwhile
            QMessageBox.warning(self, translate("RecordDialog", "不能保存"), exc.message)
            return False
        except ValidationError as exc:
            general = []
            for name, message in exc.by_field().items():
                label = self.errors.get(name)
                if label is not None:
                    label.show_message(message)
                else:
                    general.append(message)
            self.general.show_message("；".join(general))
            return False
        except PermissionDenied as exc:
            QMessageBox.warning(self, translate("RecordDialog", "没有权限"), exc.message)
            return False
        except Exception as exc:  # noqa: BLE001  (a failed write is shown; the input stays)
            QMessageBox.critical(self, translate("RecordDialog", "保存失败"), explain_failure(exc))
            return False
        self.saved.emit(self.record)
        self.accept()
        return True

    def reject(self) -> None:
        if self.is_dirty() and context.current().can_edit and not self.foreign:
            answer = QMessageBox.question(self, translate("RecordDialog", "放弃修改？"),
                                          translate("RecordDialog", "有尚未保存的修改，确定关闭并放弃这些修改吗？"),
                                          QMessageBox.Yes | QMessageBox.No, QMessageBox.No)
            if answer != QMessageBox.Yes:
                return
        super().reject()

    # ---- follow-ups and the source ----
    def add_follow(self) -> None:
        if FollowDialog(self, self.record).exec():
            self.fill_follows()

    def edit_follow(self, row: int) -> None:
        if (0 <= row < len(self.follows.rows) and context.current().can_edit and not self.foreign
                and FollowDialog(self, self.record, self.follows.rows[row]["_obj"]).exec()):
            self.fill_follows()

    def delete_follow(self, row: int) -> None:
        if 0 <= row < len(self.follows.rows) and confirm_delete(self, translate("ReferralDialog", "这条督办记录")):
            referrals.delete_follow(self.follows.rows[row]["_obj"])
            self.fill_follows()

    def open_source(self, link: str) -> None:
        from station_app.ui.dialogs.open_record import open_record

        kind, _, source_id = link.partition(":")
        open_record(self, kind, int(source_id))
        fresh = referrals.get_item(self.record.id)
        if fresh is not None and not self.is_dirty():
            self.record = fresh
            self.source = referrals.source_of(fresh)
            self.load()
