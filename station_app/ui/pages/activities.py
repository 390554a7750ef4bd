"""履职活动 page: the activity list with its filters; photos are shown in the activity dialog."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

from station_app.ui.dialogs.activity import ActivityDialog
from station_app.ui.i18n import tr_field
from station_app.ui.pages.list_page import ListPage


class ActivitiesPage(ListPage):
    key = "activities"
    title = "履职活动"
    icon_name = "activities"
    list_key = "activity"
    shows = frozenset({"activity", "member"})
    new_text = QT_TRANSLATE_NOOP("ListPage", "新建活动")

    def bar_options(self) -> dict:
        return {"category_label": tr_field("活动类型")}

    def dialog_for(self, record):
        return ActivityDialog(self, record)


PAGE_CLASSES = [ActivitiesPage]
