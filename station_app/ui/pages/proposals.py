"""提案 page: the proposal list (by year, 立案情况, 重点, 承办单位, 办结), new and open."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

from station_app.services import departments
from station_app.services.list_specs import PROPOSAL_FLAGS
from station_app.ui.dialogs.proposal import ProposalDialog, register_outputs
from station_app.ui.i18n import tr_field, translate
from station_app.ui.pages.list_page import ListPage


class ProposalsPage(ListPage):
    key = "proposals"
    title = "提案"
    icon_name = "proposals"
    list_key = "proposal"
    new_text = QT_TRANSLATE_NOOP("ListPage", "新建提案")

    def __init__(self, parent=None):
        register_outputs()
        super().__init__(parent)
        bar = self.view.bar
        self.key_filter = bar.add_choice_filter("flag", translate("ProposalsPage", "全部提案"),
                                                [(f, tr_field(f)) for f in PROPOSAL_FLAGS])
        self.dept_filter = bar.add_choice_filter("dept", translate("ProposalsPage", "全部承办单位"),
                                                 [(d, d) for d in departments.names()])
        if self.list_key not in _ledgers():
            self.export_button.setEnabled(False)
            self.export_button.setToolTip(translate("ProposalsPage", "提案台账尚未提供"))

    def bar_options(self) -> dict:
        return {"category_label": tr_field("立案情况"), "status_label": tr_field("办理状态")}

    def refresh(self) -> None:
        combo, current = self.dept_filter, self.dept_filter.currentData()
        combo.blockSignals(True)  # units typed on records since the page was built join the drop-down
        while combo.count() > 1:
            combo.removeItem(1)
        for d in departments.names():
            combo.addItem(d, d)
        combo.setCurrentIndex(max(combo.findData(current), 0))
        combo.blockSignals(False)
        super().refresh()
        if self.list_key not in _ledgers():
            self.export_button.setEnabled(False)

    def can(self, action: str) -> bool:
        if action == "export":
            return self.list_key in _ledgers()
        return super().can(action)

    def dialog_for(self, record):
        return ProposalDialog(self, record)


def _ledgers() -> set[str]:
    """The list kinds with an Excel ledger (the proposal ledger comes with the outputs)."""
    from station_app.ui.pages.list_page import LEDGER_OF

    return set(LEDGER_OF)


PAGE_CLASSES = [ProposalsPage]
