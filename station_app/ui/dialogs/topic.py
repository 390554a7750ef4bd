"""The topic dialog (协商议题): six-step indicator, a dated record per step, meetings, grade and feedback."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QHBoxLayout, QLabel, QListWidget, QMessageBox, QPushButton

from station_app.services import listing, records
from station_app.services.errors import FieldProblem, ValidationError
from station_app.services.fields import Field
from station_app.services.registry import entry
from station_app.services.topics import LAST_STEP
from station_app.store.choices import TOPIC_STEPS
from station_app.ui.dialogs.child_table import ChildTable, rows_of
from station_app.ui.dialogs.record_dialog import RecordDialog, edit_button, explain_failure
from station_app.ui.forms.ui_meeting import Ui_MeetingForm
from station_app.ui.forms.ui_topic import Ui_TopicForm
from station_app.ui.forms.ui_topic_step import Ui_TopicStepForm
from station_app.ui.i18n import tr_field, translate
from station_app.ui.widgets.step_indicator import StepIndicator

CONCLUDE_FIELDS = (
    "undertaker",
    "handling_result",
    "feedback_on",
    "converted",
    "suggestions_count",
    "publicity",
)
STEP_COLS = entry("topic").child("steps").column_labels()  # child-table columns (services.registry)
MEETING_COLS = entry("topic").child("meetings").column_labels()


class MeetingDialog(RecordDialog):
    kind_key = "meeting"
    form_class = Ui_MeetingForm

    def __init__(self, parent=None, record=None, *, topic=None, defaults=None):
        self.topic = topic
        super().__init__(parent, record, defaults=defaults)

    def persist(self, values, member_ids):
        from station_app.services import topics

        if self.record is None:
            return topics.add_meeting(self.topic, values, member_ids or ())
        return records.update(self.record, values, members=member_ids)


class TopicStepDialog(RecordDialog):
    """Move a topic forward: the step, its date and what was done."""

    form_class = Ui_TopicStepForm
    form_fields = (Field("step", "环节", "choice", required=True, choices=TOPIC_STEPS),
                   Field("date", "日期", "date", required=True), Field("by", "经办人"),
                   Field("note", "情况记录", "longtext"))

    def __init__(self, parent=None, *, topic):
        self.topic = topic
        nxt = min(topic.step + 1, len(TOPIC_STEPS))
        super().__init__(parent, None, defaults={"step": TOPIC_STEPS[nxt - 1], "date": dt.date.today()})
        self.setWindowTitle(translate("TopicDialog", "推进议题环节 — {title}").format(title=topic.title))
        self.ui.by.setVisible(False)
        self.ui.label_by.setVisible(False)

    def persist(self, values, member_ids):
        from station_app.services import topics

        if not values["step"]:
            raise ValidationError([FieldProblem("step", "环节", "请选择")])
        return topics.advance(
            self.topic, TOPIC_STEPS.index(values["step"]) + 1, values["date"], values["note"]
        )


class TopicDialog(RecordDialog):
    kind_key = "topic"
    form_class = Ui_TopicForm

    def __init__(self, parent=None, record=None, *, defaults=None, visit_ids=()):
        self.visit_ids = list(visit_ids)
        super().__init__(parent, record, defaults=defaults)

    def setup_extra(self) -> None:
        self.ui.code.setPlaceholderText(translate("TopicDialog", "留空则自动编号"))
        self.steps_view = StepIndicator(self)
        self.layout().insertWidget(0, self.steps_view)
        row = QHBoxLayout()
        self.advance_button = edit_button(QPushButton(translate("TopicDialog", "推进到下一环节…"), self))
        self.advance_button.clicked.connect(self.advance)
        self.conclude_button = edit_button(QPushButton(translate("TopicDialog", "办结（按成果分类）"), self))
        self.conclude_button.setToolTip(translate("TopicDialog", "在“成果与反馈”中选好成果分类、填写办理结果后办结"))
        self.conclude_button.clicked.connect(self.conclude)
        self.state_label = QLabel(self)
        row.addWidget(self.advance_button)
        row.addWidget(self.conclude_button)
        row.addWidget(self.state_label, 1)
        self.layout().insertLayout(1, row)
        self.step_table = ChildTable(
            STEP_COLS, self, add_text=translate("TopicDialog", "推进到下一环节…"), deletable=False
        )
        self.step_table.add_clicked.connect(self.advance)
        self.meetings = ChildTable(MEETING_COLS, self, add_text=translate("TopicDialog", "添加协商议事会"))
        self.meetings.add_clicked.connect(lambda: self._meeting(-1))
        self.meetings.edit_clicked.connect(self._meeting)
        self.meetings.delete_button.setVisible(False)
        self.visit_list = QListWidget(self)
        self.ui.tabs.addTab(self.step_table, translate("TopicDialog", "环节记录"))
        self.ui.tabs.addTab(self.meetings, translate("TopicDialog", "协商议事会"))
        self.ui.tabs.addTab(self.visit_list, translate("TopicDialog", "来源来访"))
        from station_app.ui.dialogs.proposal import add_make_proposal_button

        self.proposal_button = add_make_proposal_button(self)
        self.reload_children()

    def reload_children(self) -> None:
        t = self.record
        for w in (
            self.advance_button,
            self.conclude_button,
            self.step_table.add_button,
            self.meetings.add_button,
        ):
            w.setEnabled(t is not None and not t.concluded and w.property("edit_action") and self._can_edit())
        if t is not None and t.step >= LAST_STEP:  # 成果转化 is the last step: nothing to advance to
            for w in (self.advance_button, self.step_table.add_button):
                w.setEnabled(False)
                w.setToolTip(translate("TopicDialog", "已在最后一个环节（成果转化），请办结"))
        if t is None:
            self.steps_view.set_step(1)
            self.state_label.setText(translate("TopicDialog", "保存后可推进环节、添加协商议事会。"))
            return
        steps = listing.children(t, "steps")
        self.steps_view.set_step(7 if t.concluded else t.step, {s.step: f"{s.date:%m-%d}" for s in steps})
        rows = rows_of(steps, ["step", "date", "by", "note"])
        for r in rows:
            r["step_name"] = tr_field(TOPIC_STEPS[r["step"] - 1])
        self.step_table.set_rows(rows)
        meetings = listing.children(t, "meetings")
        mrows = rows_of(meetings, [k for k, _ in MEETING_COLS if k != "members"])
        for r, m in zip(mrows, meetings):
            r["members"] = "、".join(records.member_names(records.member_ids(m)))
        self.meetings.set_rows(mrows)
        from station_app.services import conversions

        self.visit_list.clear()
        for v in conversions.visits_of_topic(t):
            self.visit_list.addItem(f"{v.visit_date:%Y-%m-%d}  {v.visitor_name}：{v.content[:60]}")
        self.state_label.setText(
            translate("TopicDialog", "已办结（成果分类 {grade}）").format(grade=t.grade)
            if t.concluded
            else translate("TopicDialog", "当前环节：{step}").format(step=tr_field(TOPIC_STEPS[t.step - 1]))
        )

    def _can_edit(self) -> bool:
        return self.editable

    def _refetch(self) -> None:
        self.record = records.get(type(self.record), self.record.id)

    def advance(self) -> None:
        dlg = TopicStepDialog(self, topic=self.record)
        if dlg.exec():
            self._refetch()
            self.reload_children()
            self.saved.emit(self.record)

    def _meeting(self, row: int) -> None:
        obj = self.meetings.rows[row]["_obj"] if row >= 0 else None
        dlg = MeetingDialog(self, obj, topic=self.record, defaults={"date": dt.date.today()})
        if dlg.exec():
            self.reload_children()

    def conclude(self) -> None:
        from station_app.services import topics

        self.clear_errors()
        values = self.values()
        try:
            head = {
                k: v for k, v in values.items() if k not in CONCLUDE_FIELDS and k not in ("grade", "step")
            }
            records.update(self.record, head)
            topics.conclude(self.record, values["grade"], {"date": dt.date.today(),
                                                           **{k: values[k] for k in CONCLUDE_FIELDS}})
        except ValidationError as exc:
            self.show_errors(exc.by_field())
            return
        except Exception as exc:  # noqa: BLE001  (a failed write is shown; the input stays)
            QMessageBox.critical(self, translate("TopicDialog", "办结失败"), explain_failure(exc))
            return
        self._refetch()
        self.load({})
        self.mark_clean()
        self.reload_children()
        self.saved.emit(self.record)

    def persist(self, values, member_ids):
        from station_app.services import topics

        values.pop("step", None)
        if self.record is None:
            return topics.create_topic(values, self.visit_ids)
        return records.update(self.record, values)
