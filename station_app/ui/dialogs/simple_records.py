"""Dialogs of the records without workflow steps: opinion (社情民意信息), member (委员), reception day (接待日)."""

from __future__ import annotations

from station_app.services import records
from station_app.ui.dialogs.record_dialog import RecordDialog, today_duty_member_ids
from station_app.ui.forms.ui_member import Ui_MemberForm
from station_app.ui.forms.ui_opinion import Ui_OpinionForm
from station_app.ui.forms.ui_reception_day import Ui_ReceptionDayForm
from station_app.ui.i18n import tr_field, translate


class OpinionDialog(RecordDialog):
    kind_key = "opinion"
    form_class = Ui_OpinionForm

    def setup_extra(self) -> None:
        from station_app.ui.dialogs.proposal import add_make_proposal_button

        self.proposal_button = add_make_proposal_button(self)


class MemberDialog(RecordDialog):
    """A member, with the work teams (工作专班) they belong to (administrators change those)."""

    kind_key = "member"
    form_class = Ui_MemberForm

    def setup_extra(self) -> None:
        from PySide6.QtCore import Qt
        from PySide6.QtWidgets import QLabel

        from station_app.services import context, teams
        from station_app.ui.widgets.team_checks import TeamChecks

        self.teams = TeamChecks([(t.id, t.name) for t in teams.teams()], self)
        self.teams.set_editable(context.current().is_admin,
                                translate("MemberDialog", "只有管理员可以调整工作专班"))
        grid, ui = self.ui.grid_0, self.ui
        row = grid.getItemPosition(grid.indexOf(ui.note))[0]  # the teams go above 备注, which moves down
        for widget, column, span in ((ui.label_note, 0, 1), (ui.note, 1, 3), (ui.err_note, 1, 3)):
            at = grid.getItemPosition(grid.indexOf(widget))[0]
            grid.removeWidget(widget)
            grid.addWidget(widget, at + 2, column, 1, span, Qt.AlignTop if widget is ui.label_note else Qt.Alignment())
        spacer_row = grid.getItemPosition(grid.indexOf(ui.vspace_15))[0]
        grid.removeItem(ui.vspace_15)
        grid.addItem(ui.vspace_15, spacer_row + 2, 1)
        grid.addWidget(QLabel(tr_field("工作专班"), self), row, 0)
        grid.addWidget(self.teams, row, 1, 1, 3)
        self.setTabOrder(ui.expertise, self.teams)
        self.setTabOrder(self.teams, ui.note)

    def load(self, defaults: dict) -> None:
        super().load(defaults)
        from station_app.services import teams

        if self.record is not None:
            self.teams.set_team_ids(teams.team_ids_of_member(self.record.id))

    def extra_snapshot(self) -> tuple:
        return (tuple(sorted(self.teams.team_ids())),)

    def persist(self, values, member_ids):
        from station_app.services import context, teams

        team_ids = self.teams.team_ids() if context.current().is_admin else None
        return teams.save_member(self.record, values, team_ids)


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
