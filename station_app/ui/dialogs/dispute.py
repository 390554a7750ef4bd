"""The dispute dialog (矛盾纠纷调解案件): case fields, parties, mediation sessions, follow-ups, deadline."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QLabel, QLineEdit, QMessageBox, QWidget

from station_app.services import listing, records
from station_app.services.errors import FieldProblem, ValidationError
from station_app.services.registry import entry
from station_app.ui import theme
from station_app.ui.dialogs.child_table import ChildTable, confirm_delete, rows_of
from station_app.ui.dialogs.dispute_children import FollowUpDialog, PartyDialog, SessionDialog
from station_app.ui.dialogs.dossier_panel import DossierPanel
from station_app.ui.dialogs.record_dialog import RecordDialog, explain_failure
from station_app.ui.forms.ui_dispute import Ui_DisputeForm
from station_app.ui.i18n import tr_field, translate
from station_app.ui.widgets.char_counter import attach_counters
from station_app.ui.widgets.field_error import FieldErrorLabel

CLOSING = ("result", "closed_on")
CHILDREN = entry("dispute")  # its child tables' columns (services.registry)
PARTY_COLS = CHILDREN.child("parties").column_labels()
SESSION_COLS = CHILDREN.child("sessions").column_labels()
FOLLOW_COLS = CHILDREN.child("followups").column_labels()


class DisputeDialog(RecordDialog):
    kind_key = "dispute"
    form_class = Ui_DisputeForm

    def __init__(self, parent=None, record=None, *, defaults=None, today: dt.date | None = None):
        self.today = today or dt.date.today()
        self.pending_parties: list[dict] = []
        super().__init__(parent, record, defaults=defaults)

    def _add_fulfil_method(self) -> None:
        """履行方式 (a written agreement needs it to close): a line under 履行期限 in the result group."""
        grid = self.ui.grid_10
        row = grid.rowCount()
        label = QLabel(translate("DisputeDialog", "履行方式"), self.ui.page_1)
        self.ui.fulfil_method = QLineEdit(self.ui.page_1)
        self.ui.fulfil_method.setObjectName("fulfil_method")
        self.ui.fulfil_method.setPlaceholderText(translate("DisputeDialog", "如 一次性当场履行、分期履行"))
        self.ui.err_fulfil_method = FieldErrorLabel(self.ui.page_1)
        label.setBuddy(self.ui.fulfil_method)
        grid.addWidget(label, row, 0)
        grid.addWidget(self.ui.fulfil_method, row, 1)
        grid.addWidget(self.ui.err_fulfil_method, row + 1, 1)
        QWidget.setTabOrder(self.ui.fulfil_deadline, self.ui.fulfil_method)
        f = self.kind.field("fulfil_method")
        self.fields.append(f)
        self.counters.update(attach_counters([(f.name, self.ui.fulfil_method, f.max_len)]))

    def setup_extra(self) -> None:
        self._add_fulfil_method()
        self.ui.case_no.setPlaceholderText(translate("DisputeDialog", "留空则自动编号"))
        self.ui.agreement_no.setPlaceholderText(translate("DisputeDialog", "结案时自动编号"))
        self.ui.fulfil_method.setPlaceholderText(translate("DisputeDialog", "如 银行转账、分期支付"))
        self.ui.fulfil_method.setToolTip(
            translate("DisputeDialog", "如 一次性现金支付、银行转账、分期支付、当场履行"))
        self.ui.fulfil_place.setPlaceholderText(translate("DisputeDialog", "如 调解室"))
        self.resize(max(self.width(), 820), max(self.height(), 560))  # nine tabs side by side, no scroll arrows
        for grid in (self.ui.grid_10, self.ui.grid_arch):  # both halves keep their width when an error shows
            grid.setColumnStretch(1, 1)
            grid.setColumnStretch(3, 1)
        self.ui.explanation.setPlaceholderText(
            translate("DisputeDialog", "调解不成功、终止调解、转诉讼，或受理超过一个月才结案的，须写明情况"))
        self.deadline_label = QLabel(self)
        self.layout().insertWidget(0, self.deadline_label)
        tabs = self.ui.tabs
        self.parties = ChildTable(PARTY_COLS, self, add_text=translate("DisputeDialog", "添加当事人"))
        self.sessions = ChildTable(SESSION_COLS, self, add_text=translate("DisputeDialog", "添加调解记录"))
        self.followups = ChildTable(FOLLOW_COLS, self, add_text=translate("DisputeDialog", "添加回访记录"))
        tabs.insertTab(1, self.parties, translate("DisputeDialog", "当事人"))
        tabs.insertTab(2, self.sessions, translate("DisputeDialog", "调解记录"))
        tabs.insertTab(3, self.followups, translate("DisputeDialog", "回访记录"))
        self.dossier = DossierPanel(self)
        tabs.addTab(self.dossier, translate("DisputeDialog", "卷宗材料"))
        tabs.setTabEnabled(tabs.indexOf(self.dossier), self.record is not None)
        self.dossier.changed.connect(self._dossier_changed)
        self.parties.add_clicked.connect(lambda: self._child(PartyDialog, self.parties))
        self.sessions.add_clicked.connect(lambda: self._child(SessionDialog, self.sessions))
        self.followups.add_clicked.connect(lambda: self._child(FollowUpDialog, self.followups))
        for table, cls in (
            (self.parties, PartyDialog),
            (self.sessions, SessionDialog),
            (self.followups, FollowUpDialog),
        ):
            table.edit_clicked.connect(lambda row, t=table, c=cls: self._child(c, t, row))
            table.delete_clicked.connect(lambda row, t=table: self._delete_child(t, row))
        for table in (self.sessions, self.followups):
            table.add_button.setEnabled(self.record is not None and table.add_button.isEnabled())
            if self.record is None:
                table.add_button.setToolTip(translate("DisputeDialog", "先保存案件，再添加调解记录和回访记录"))
        self.reload_children()

    def reload_children(self) -> None:
        d = self.record
        if d is None:
            self.parties.set_rows(self.pending_parties)
            self.deadline_label.setText(translate("DisputeDialog", "受理后一个月内应办结。"))
            return
        self.parties.set_rows(rows_of(listing.children(d, "parties"), [k for k, _ in PARTY_COLS]))
        self.sessions.set_rows(rows_of(listing.children(d, "sessions"), [k for k, _ in SESSION_COLS]))
        self.followups.set_rows(rows_of(listing.children(d, "followups"), [k for k, _ in FOLLOW_COLS]))
        self.dossier.show_dispute(d)
        self.show_deadline()

    def show_deadline(self) -> None:
        from station_app.services import disputes

        d = self.record
        if d.result:
            due = disputes.followup_due_on(d)
            if d.closed_on:
                text = translate("DisputeDialog", "已于 {date} 结案（{result}）。").format(
                    date=f"{d.closed_on:%Y-%m-%d}", result=tr_field(d.result)
                )
            else:
                text = translate("DisputeDialog", "已结案（{result}）。").format(result=tr_field(d.result))
            if due:
                text += translate("DisputeDialog", " 回访应在 {date} 前进行。").format(date=f"{due:%Y-%m-%d}")
                if due <= self.today:
                    text = "⚠ " + text
                    self.deadline_label.setStyleSheet(theme.recolour("color:#b45309; font-weight:bold;"))
            self.deadline_label.setText(text)
            return
        due = disputes.deadline(d)
        left = (due - self.today).days
        if left < 0:
            self.deadline_label.setText(
                translate("DisputeDialog", "⚠ 办理期限 {date}，已超期 {days} 天。").format(
                    date=f"{due:%Y-%m-%d}", days=-left
                )
            )
            self.deadline_label.setStyleSheet(theme.recolour("color:#c0392b; font-weight:bold;"))
        elif left <= 7:
            self.deadline_label.setText(
                translate("DisputeDialog", "⚠ 办理期限 {date}，还剩 {days} 天。").format(
                    date=f"{due:%Y-%m-%d}", days=left
                )
            )
            self.deadline_label.setStyleSheet(theme.recolour("color:#b45309; font-weight:bold;"))
        else:
            self.deadline_label.setText(
                translate("DisputeDialog", "办理期限 {date}（还剩 {days} 天）。").format(
                    date=f"{due:%Y-%m-%d}", days=left
                )
            )
            self.deadline_label.setStyleSheet("")

    def _dossier_changed(self) -> None:
        self.record = records.get(type(self.record), self.record.id)
        self.ui.archive_status.setValue(self.record.archive_status)
        self.ui.file_no.setText(self.record.file_no)
        self.ui.filed_on.setValue(self.record.filed_on)
        self.ui.filed_by.setText(self.record.filed_by)
        self.mark_clean()
        self.saved.emit(self.record)

    def _child(self, cls, table: ChildTable, row: int = -1) -> None:
        obj = table.rows[row].get("_obj") if row >= 0 else None
        if row >= 0 and obj is None:  # a pending party of an unsaved case
            dlg = cls(self, None, dispute=None, defaults=table.rows[row])
        else:
            defaults = (
                {"date": max(self.today, self.record.accepted_on)}
                if self.record and cls is not PartyDialog
                else {}
            )
            if cls is SessionDialog and self.record is not None:
                defaults.update(self._session_defaults())
            dlg = cls(self, obj, dispute=self.record, defaults=defaults)
        if dlg.exec():
            if self.record is None:
                if row >= 0:
                    self.pending_parties[row] = dlg.collected
                else:
                    self.pending_parties.append(dlg.collected)
            elif cls is FollowUpDialog:
                self.record = records.get(type(self.record), self.record.id)
            self.reload_children()

    def _session_defaults(self) -> dict:
        """A new session's 调解员 (the case's) and 记录人 (the previous session's)."""
        from station_app.services import disputes

        names = [self.members.text()] if self.members is not None and self.members.text() else []
        if self.record.other_mediators:
            names.append(self.record.other_mediators)
        previous = disputes.last_session(self.record)
        return {"mediators": "、".join(names)[:200], "recorder": previous.recorder if previous else ""}

    def _delete_child(self, table: ChildTable, row: int) -> None:
        obj = table.rows[row].get("_obj")
        if not confirm_delete(self, translate("DisputeDialog", "这一行")):
            return
        if obj is None:
            del self.pending_parties[row]
        else:
            try:
                records.soft_delete(obj)
            except Exception as exc:  # noqa: BLE001  (a failed write is shown; the input stays)
                QMessageBox.critical(self, translate("DisputeDialog", "删除失败"), explain_failure(exc))
                return
        self.reload_children()

    def extra_snapshot(self) -> tuple:
        return (len(self.pending_parties),)

    def persist(self, values, member_ids):
        from station_app.services import disputes

        if self.record is None:
            if values.get("closed_on") or values.get("result"):
                raise ValidationError(
                    [
                        FieldProblem(
                            "closed_on",
                            "结案日期",
                            translate("DisputeDialog", "新受理的案件请先保存，再结案"),
                        )
                    ]
                )
            for k in CLOSING:
                values.pop(k)
            return disputes.create_dispute(values, member_ids or (), self.pending_parties)
        return disputes.update_dispute(self.record, values, member_ids)

    def after_save(self) -> None:
        self.accept()
