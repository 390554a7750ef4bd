"""The proposal dialog (提案): authors in order (the first 领衔), 立案 and the course of its handling; and the
「形成提案…」 action that visit, topic and opinion dialogs share."""

from __future__ import annotations

from PySide6.QtWidgets import QDialogButtonBox, QMessageBox, QPushButton

from station_app.services import records
from station_app.ui.dialogs.record_dialog import RecordDialog, edit_button, info_label
from station_app.ui.forms.ui_proposal import Ui_ProposalForm
from station_app.ui.i18n import translate

FILED = "立案"


def register_outputs(*, ledger: bool = False) -> None:
    """Offer 打印 (and, with *ledger*, 导出Excel) for proposals once the outputs provide a proposal sheet
    (and ledger), looked up in their registries; the heavy output modules load only when there is one."""
    import importlib.util

    from station_app.ui.dialogs.record_dialog import PRINT_SHEETS
    from station_app.ui.pages import list_page

    if "proposal" not in PRINT_SHEETS and importlib.util.find_spec("station_app.outputs.sheets.kinds.proposal"):
        from station_app.outputs.sheets import SHEET_KINDS

        if "proposal" in SHEET_KINDS:
            PRINT_SHEETS["proposal"] = "proposal"
            list_page.SHEET_OF.setdefault("proposal", "proposal")
    if ledger and "proposal" not in list_page.LEDGER_OF:
        from station_app.outputs.ledgers import LEDGERS

        if "proposals" in LEDGERS:
            list_page.LEDGER_OF["proposal"] = "proposals"


class ProposalDialog(RecordDialog):
    """A proposal; *source* (a visit, topic or opinion) makes a new one from it: pre-filled and linked."""

    kind_key = "proposal"
    form_class = Ui_ProposalForm

    def __init__(self, parent=None, record=None, *, defaults: dict | None = None, source=None):
        register_outputs()
        self.source = source if record is None else None
        defaults = dict(defaults or {})
        if self.source is not None:
            from station_app.services import conversions

            for key, value in conversions.proposal_defaults(self.source).items():
                defaults.setdefault(key, value)
        super().__init__(parent, record, defaults=defaults)
        if self.source is not None:
            self.setWindowTitle(translate("ProposalDialog", "形成提案"))

    def setup_extra(self) -> None:
        ui = self.ui
        ui.number.setToolTip(translate("ProposalDialog", "本站提案编号，保存时自动按年度编号，删除后也不再使用"))
        ui.number.setReadOnly(self.record is not None)
        self.filing_hint = info_label(translate(
            "ProposalDialog", "提案立案后才能登记答复、委员意见和办结；立案须填写立案号。"), self)
        ui.page_layout_1.insertWidget(0, self.filing_hint)
        ui.filing.currentIndexChanged.connect(lambda _i: self._filing_changed())
        for grid in (ui.grid_0, ui.grid_1):  # both field columns share the width (答复类别 reads whole)
            grid.setColumnStretch(1, 1)
            grid.setColumnStretch(3, 1)
        self.resize(780, 640)

    def title_of(self, record) -> str:
        return f"{record.number} {record.title}"

    def load(self, defaults: dict) -> None:
        super().load(defaults)
        self._filing_changed()

    def _filing_changed(self) -> None:
        """Say why the reply fields wait (they stay editable: the service names what is wrong)."""
        self.filing_hint.setVisible(self.ui.filing.value() != FILED)

    def persist(self, values, member_ids):
        from station_app.services import conversions, proposals

        ids = member_ids or []
        if self.record is not None:
            values.pop("number", None)
            return proposals.update_proposal(self.record, values, ids)
        if self.source is not None:
            kind = type(self.source).__name__.lower()
            return conversions.TO_PROPOSAL[kind](self.source, values, ids)
        return proposals.create_proposal(values, ids)


def add_make_proposal_button(dialog: RecordDialog) -> QPushButton:
    """A 「形成提案…」 button in *dialog*'s button row (a saved visit, topic or opinion): opens a proposal
    pre-filled from the record; saving it links the two both ways."""
    box: QDialogButtonBox = dialog.ui.buttonBox
    button = edit_button(box.addButton(translate("ProposalDialog", "形成提案…"), QDialogButtonBox.ActionRole))
    button.setToolTip(translate("ProposalDialog", "以本条记录为来源新建提案（标题、案由等已预先填好）"))
    button.clicked.connect(lambda: make_proposal(dialog))
    button.setVisible(dialog.record is not None)
    return button


def make_proposal(dialog: RecordDialog):
    """Open the proposal dialog for *dialog*'s record (saved first if edited); returns the proposal or None."""
    from station_app.services import proposals

    if dialog.record is None:
        return None
    if dialog.is_dirty() and not dialog.save_quietly():
        return None
    made = proposals.proposals_of(dialog.record)
    if made:
        QMessageBox.information(dialog, translate("ProposalDialog", "已形成提案"), translate(
            "ProposalDialog", "本条记录已形成提案 {number}「{title}」，不能重复形成。").format(
                number=made[0].number, title=made[0].title))
        return None
    pdlg = ProposalDialog(dialog, source=dialog.record)
    pdlg.exec()
    proposal = pdlg.record
    if proposal is not None:
        dialog.record = records.get(type(dialog.record), dialog.record.id)
        dialog.load({})
        dialog.mark_clean()
        dialog.refresh_links()
        dialog.saved.emit(dialog.record)
    return proposal
