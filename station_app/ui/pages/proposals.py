"""提案 page: the proposal list (by year, 立案情况, 重点, 承办单位, 办结), new and open."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

from station_app.services import departments, listing
from station_app.services.list_specs import PROPOSAL_FLAGS
from station_app.ui.dialogs.proposal import ProposalDialog
from station_app.ui.i18n import tr_field, translate
from station_app.ui.pages.list_page import ListPage


class ProposalsPage(ListPage):
    key = "proposals"
    title = "提案"
    icon_name = "proposals"
    list_key = "proposal"
    shows = frozenset({"proposal", "member", "lookup"})  # units typed join the filter
    new_text = QT_TRANSLATE_NOOP("ListPage", "新建提案")

    def __init__(self, parent=None):
        super().__init__(parent)
        bar = self.view.bar
        self.year_filter = bar.add_choice_filter("year", translate("ProposalsPage", "全部年度"), [])
        self.key_filter = bar.add_choice_filter("flag", translate("ProposalsPage", "全部提案"),
                                                [(f, tr_field(f)) for f in PROPOSAL_FLAGS])
        self.dept_filter = bar.add_choice_filter("dept", translate("ProposalsPage", "全部承办单位"),
                                                 [(d, d) for d in departments.names()])

    def bar_options(self) -> dict:
        return {"category_label": tr_field("立案情况"), "status_label": tr_field("办理状态")}

    def refresh(self) -> None:
        # units typed and years entered since the page was built join their drop-downs
        years = [(str(y), translate("ProposalsPage", "{year}年").format(year=y)) for y in listing.years("proposal")]
        for combo, items in ((self.dept_filter, [(d, d) for d in departments.names()]), (self.year_filter, years)):
            current = combo.currentData()
            combo.blockSignals(True)
            while combo.count() > 1:
                combo.removeItem(1)
            for value, text in items:
                combo.addItem(text, value)
            combo.setCurrentIndex(max(combo.findData(current), 0))
            combo.blockSignals(False)
        super().refresh()

    def dialog_for(self, record):
        return ProposalDialog(self, record)


PAGE_CLASSES = [ProposalsPage]
