"""The visit dialog (来访登记): quick successive entry on a reception day, follow-up, conversions."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QDialogButtonBox, QHBoxLayout, QLabel, QMessageBox, QPushButton

from station_app.services import records
from station_app.services.edit_conflicts import EditConflict
from station_app.services.errors import ValidationError
from station_app.ui.dialogs.edit_conflict import SaveCancelled
from station_app.ui.dialogs.record_dialog import (
    RecordDialog,
    edit_button,
    explain_failure,
    today_duty_member_ids,
    write_widget,
)
from station_app.ui.forms.ui_visit import Ui_VisitForm
from station_app.ui.i18n import tr_field, translate

FOLLOWUP = ("followup_date", "followup_note", "satisfaction")
CONVERSIONS = (("dispute", QT_TRANSLATE_NOOP("VisitDialog", "转为调解案件")),
               ("topic", QT_TRANSLATE_NOOP("VisitDialog", "转为协商议题")),
               ("opinion", QT_TRANSLATE_NOOP("VisitDialog", "形成社情民意")),
               ("proposal", QT_TRANSLATE_NOOP("VisitDialog", "形成提案…")))


class VisitDialog(RecordDialog):
    """`day` (a ReceptionDay) links new visits to it; “保存并登记下一位” keeps the dialog open."""

    kind_key = "visit"
    form_class = Ui_VisitForm

    def __init__(self, parent=None, record=None, *, day=None, defaults: dict | None = None):
        self.day = day if day is not None else (record.reception_day if record is not None else None)
        self.saved_count = 0
        self._keep_open = False
        self.converted = None
        defaults = dict(defaults or {})
        defaults.setdefault("status", "")  # empty: the service decides (当场解答 → 已办结, else 待办)
        if self.day is not None and record is None:
            from station_app.services import reception

            defaults.setdefault("visit_date", self.day.date)
            defaults.setdefault("mode", "接待日来访")
            defaults.setdefault("members", reception.day_members(self.day))
        elif record is None:
            defaults.setdefault("members", today_duty_member_ids())
        super().__init__(parent, record, defaults=defaults)

    def setup_extra(self) -> None:
        box: QDialogButtonBox = self.ui.buttonBox
        self.next_button = edit_button(
            box.addButton(translate("VisitDialog", "保存并登记下一位"), QDialogButtonBox.ActionRole)
        )
        self.next_button.clicked.connect(self.save_and_next)
        self.next_button.setVisible(self.record is None)
        self.day_label = QLabel(self)
        self.day_text = ""
        if self.day is not None:
            self.day_text = translate("VisitDialog", "接待日：{date} {half} {location}").format(
                date=f"{self.day.date:%Y-%m-%d}", half=tr_field(self.day.half), location=self.day.location)
            self.day_label.setText(self.day_text)
        self.layout().insertWidget(0, self.day_label)
        row = QHBoxLayout()
        self.convert_buttons = {}
        for key, text in CONVERSIONS:
            b = edit_button(QPushButton(translate("VisitDialog", text), self))
            b.clicked.connect(lambda _=False, k=key: self.convert(k))
            b.setVisible(self.record is not None)
            row.addWidget(b)
            self.convert_buttons[key] = b
        self.links_label = QLabel(self)
        self.links_label.hide()  # what the visit became is listed, clickable, under 关联记录
        row.addWidget(self.links_label)
        row.addStretch(1)
        self.layout().insertLayout(self.layout().count() - 2, row)
        self.show_links()
        self._add_due_hint()

    def _add_due_hint(self) -> None:
        """Beside 承办部门: the 办理期限 a hand-over to a department gets (转交部门办理 only)."""
        grid, ui = self.ui.grid_0, self.ui
        at = grid.getItemPosition(grid.indexOf(ui.handling_dept))
        grid.removeWidget(ui.handling_dept)
        line = QHBoxLayout()
        line.setContentsMargins(0, 0, 0, 0)
        self.due_hint = QLabel(self)
        self.due_hint.setProperty("role", "hint")
        line.addWidget(ui.handling_dept, 1)
        line.addWidget(self.due_hint)
        grid.addLayout(line, at[0], at[1], at[2], at[3])
        ui.handling.currentIndexChanged.connect(self.show_due_hint)
        ui.handling.currentTextChanged.connect(self.show_due_hint)
        ui.visit_date.dateChanged.connect(self.show_due_hint)
        self.show_due_hint()

    def show_due_hint(self, *_args) -> None:
        from station_app.services import referrals

        if self.ui.handling.value() != referrals.VISIT_HANDOVER or self.ui.visit_date.value() is None:
            self.due_hint.hide()
            return
        item = referrals.items_of(self.record).first() if self.record is not None and self.record.id else None
        day = self.ui.visit_date.value() if item is None or item.assigned_on is None else item.assigned_on
        limit = referrals.limit_for(item) if item is not None else referrals.limit_of("visit")
        due = referrals.due_date("visit", day, limit.n, limit.unit)
        self.due_hint.setText(translate("VisitDialog", "办理期限 {date}（{limit}）").format(
            date=f"{due:%Y-%m-%d}", limit=limit.text))
        self.due_hint.show()

    def persist(self, values, member_ids):
        from station_app.services import reception

        follow = {k: values.pop(k) for k in FOLLOWUP}
        if self.record is None:
            if not values.get("status"):
                values.pop("status")
            visit = reception.add_visit(self.day, values, member_ids)
        else:
            visit = records.update(self.record, values, members=member_ids)
        changed = self.record is None or any(follow[k] != getattr(visit, k) for k in FOLLOWUP)
        if follow["followup_note"].strip() and changed:
            reception.record_followup(
                visit,
                follow["followup_date"] or dt.date.today(),
                follow["followup_note"],
                follow["satisfaction"],
            )
        elif changed and self.record is not None:
            visit = records.update(visit, follow)
        return visit

    def save_and_next(self) -> None:
        self._keep_open = True
        try:
            self.save()
        finally:
            self._keep_open = False

    def after_save(self) -> None:
        self.saved_count += 1
        if not self._keep_open:
            self.accept()
            return
        values = self.values()
        keep = {f.name: values[f.name] for f in self.fields if f.keep_for_next}
        members = self.members.text()
        self.record = None
        self.load(keep)
        for f in self.fields:  # every field not kept for the next visitor (services.fields) starts blank
            if not f.keep_for_next:
                write_widget(getattr(self.ui, f.name), f.default)
        self.members.edit.setText(members)
        self.mark_clean()
        self.ui.tabs.setCurrentIndex(0)
        self.ui.visitor_name.setFocus()
        self.day_label.setText(
            self.day_text + translate("VisitDialog", "　已登记 {n} 位").format(n=self.saved_count)
        )

    def show_links(self) -> None:
        if getattr(self, "links_box", None) is not None:
            self.refresh_links()
        if self.record is None:
            return
        from station_app.services import conversions

        links = conversions.links_of_visit(self.record)
        parts = [translate("VisitDialog", "调解案件 {no}").format(no=d.case_no) for d in links["disputes"]]
        parts += [translate("VisitDialog", "协商议题 {code}").format(code=t.code) for t in links["topics"]]
        parts += [translate("VisitDialog", "社情民意「{title}」").format(title=o.title) for o in links["opinions"]]
        parts += [translate("VisitDialog", "提案 {number}").format(number=p.number) for p in links["proposals"]]
        self.links_label.setText(translate("VisitDialog", "已转：") + translate("VisitDialog", "；").join(parts)
                                 if parts else "")

    def convert(self, target: str) -> None:
        """One action: the visit becomes a dispute / topic / opinion, pre-filled and linked both ways."""
        from station_app.services import conversions

        if target == "proposal":  # a proposal needs more than the visit holds: its dialog, pre-filled
            from station_app.ui.dialogs.proposal import make_proposal

            made = make_proposal(self)
            if made is not None:
                self.converted = (target, made.id)
                self.show_links()
            return
        if self.is_dirty() and not self.save_quietly():
            return
        fn = {"dispute": conversions.visit_to_dispute, "topic": conversions.visit_to_topic,
              "opinion": conversions.visit_to_opinion}[target]
        try:
            made = fn(self.record)
        except ValidationError as exc:
            QMessageBox.warning(self, translate("VisitDialog", "不能转换"), exc.message)
            return
        except Exception as exc:  # noqa: BLE001  (a failed write is shown; the input stays)
            QMessageBox.critical(self, translate("VisitDialog", "转换失败"), explain_failure(exc))
            return
        self.converted = (target, made.id)
        self.record = records.get(type(self.record), self.record.id)
        self.load({})
        self.mark_clean()
        self.show_links()
        self.saved.emit(self.record)

    def save_quietly(self) -> bool:
        self._keep_open = True
        try:
            self.clear_errors()
            ids = self.member_ids()
            self.record = self.revisions.persist(ids)
            self.mark_clean()
            return True
        except ValidationError as exc:
            self.show_errors(exc.by_field())
            return False
        except ValueError as exc:
            self.show_errors({"members": str(exc)})
            return False
        except SaveCancelled:
            return False
        except EditConflict as exc:  # deleted meanwhile
            QMessageBox.warning(self, translate("RecordDialog", "不能保存"), exc.message)
            return False
        finally:
            self._keep_open = False
