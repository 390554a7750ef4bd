"""社情民意 page: the opinion list (by adoption), new and open."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

from station_app.ui.dialogs.simple_records import OpinionDialog
from station_app.ui.i18n import tr_field
from station_app.ui.pages.list_page import ListPage


class OpinionsPage(ListPage):
    key = "opinions"
    title = "社情民意"
    icon_name = "opinions"
    list_key = "opinion"
    shows = frozenset({"opinion", "member", "visit"})
    new_text = QT_TRANSLATE_NOOP("ListPage", "新建信息")

    def bar_options(self) -> dict:
        return {"status_label": tr_field("采用情况")}

    def dialog_for(self, record):
        return OpinionDialog(self, record)


PAGE_CLASSES = [OpinionsPage]
