"""The child rows of a dispute: 当事人 (persons or organisations), 调解记录 and 回访记录 dialogs."""

from __future__ import annotations

from station_app.services import records
from station_app.ui.dialogs.record_dialog import RecordDialog
from station_app.ui.forms.ui_follow_up import Ui_FollowUpForm
from station_app.ui.forms.ui_mediation_session import Ui_MediationSessionForm
from station_app.ui.forms.ui_party import Ui_PartyForm
from station_app.ui.i18n import translate


class _ChildDialog(RecordDialog):
    """A child row of a dispute; with no saved dispute yet it only collects the values."""

    adder = ""

    def __init__(self, parent=None, record=None, *, dispute=None, defaults=None):
        self.dispute = dispute
        self.collected: dict | None = None
        super().__init__(parent, record, defaults=defaults)

    def persist(self, values, member_ids):
        from station_app.services import disputes
        from station_app.services.fields import kind_of
        from station_app.services.validation import validate

        if self.record is not None:
            return records.update(self.record, values)
        if self.dispute is None:
            self.collected = validate(kind_of(self.kind_key), values)
            return self.collected
        return getattr(disputes, self.adder)(self.dispute, values)


class PartyDialog(_ChildDialog):
    kind_key, form_class, adder = "party", Ui_PartyForm, "add_party"

    ORG_ONLY = ("legal_rep", "credit_code")
    PERSON_ONLY = ("gender", "age", "ethnicity", "id_number")

    def setup_extra(self) -> None:
        self.ui.occupation.setPlaceholderText(translate("DisputeDialog", "如 农民、教师"))
        self.ui.credit_code.setPlaceholderText(translate("DisputeDialog", "18位，单位当事人填写"))
        self.ui.is_org.toggled.connect(self._org_toggled)

    def load(self, defaults: dict) -> None:
        super().load(defaults)
        self._org_toggled(self.ui.is_org.isChecked())

    def _org_toggled(self, org: bool) -> None:
        """法定代表人 and 信用代码 belong to organisations; sex, age, ethnicity and ID number to persons."""
        for name in self.ORG_ONLY:
            getattr(self.ui, name).setEnabled(org)
        for name in self.PERSON_ONLY:
            getattr(self.ui, name).setEnabled(not org)
        self.ui.label_occupation.setText(translate("DisputeDialog", "法定代表人职务") if org
                                         else translate("DisputeDialog", "职业或职务"))


class SessionDialog(_ChildDialog):
    kind_key, form_class, adder = "mediation_session", Ui_MediationSessionForm, "add_session"

    def setup_extra(self) -> None:
        self.ui.participants.setPlaceholderText(
            translate("DisputeDialog", "受邀参加的其他人员（如村干部、亲属），不含当事人"))
        self.ui.mediators.setPlaceholderText(translate("DisputeDialog", "本次主持调解的调解员"))


class FollowUpDialog(_ChildDialog):
    kind_key, form_class, adder = "follow_up", Ui_FollowUpForm, "add_followup"
