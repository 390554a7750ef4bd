"""Dialogs of the records without workflow steps: opinion (社情民意信息), member (委员), reception day (接待日)."""

from __future__ import annotations

from station_app.services import records
from station_app.ui.dialogs.record_dialog import RecordDialog, today_duty_member_ids
from station_app.ui.forms.ui_member import Ui_MemberForm
from station_app.ui.forms.ui_opinion import Ui_OpinionForm
from station_app.ui.forms.ui_reception_day import Ui_ReceptionDayForm


class OpinionDialog(RecordDialog):
    kind_key = "opinion"
    form_class = Ui_OpinionForm


class MemberDialog(RecordDialog):
    kind_key = "member"
    form_class = Ui_MemberForm


class ReceptionDayDialog(RecordDialog):
    """A reception day; its 值班委员 list is the members actually present."""

    kind_key = "reception_day"
    form_class = Ui_ReceptionDayForm

    def __init__(self, parent=None, record=None, *, defaults: dict | None = None):
        defaults = dict(defaults or {})
        if record is None:
            defaults.setdefault("members", today_duty_member_ids())
        super().__init__(parent, record, defaults=defaults)

    def persist(self, values, member_ids):
        if self.record is None:
            from station_app.services import reception

            day = reception.open_day(date=values["date"], half=values.get("half") or None,
                                     location=values.get("location", ""), theme=values.get("theme", ""),
                                     member_ids=member_ids, recorder=values.get("recorder", ""))
            return records.update(day, values, members=member_ids)
        return records.update(self.record, values, members=member_ids)
