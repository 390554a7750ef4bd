"""协商议题 page: topics by step, new topic, merge several visits into one topic."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QLineEdit, QMessageBox, QVBoxLayout

from station_app.services.errors import ValidationError
from station_app.ui import theme
from station_app.ui.dialogs.record_dialog import explain_failure
from station_app.ui.dialogs.topic import TopicDialog
from station_app.ui.i18n import tr_field, translate
from station_app.ui.pages.list_page import ListPage
from station_app.ui.widgets.list_view import RecordListView


class MergeVisitsDialog(QDialog):
    """Pick several visits (Ctrl/Shift-click) and name the topic they become."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setWindowTitle(translate("TopicsPage", "合并来访为协商议题"))
        self.visits = RecordListView("visit", self, remember_as="topic-visits")
        self.visits.table.setSelectionMode(self.visits.table.SelectionMode.ExtendedSelection)
        self.title_edit = QLineEdit(self)
        self.title_edit.setPlaceholderText(translate("TopicsPage", "议题名称（必填）"))
        self.error = QLabel(self)
        self.error.setStyleSheet(theme.recolour("color:#c0392b;"))
        box = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel, self)
        box.button(QDialogButtonBox.Ok).setText(translate("TopicsPage", "合并为议题"))
        box.accepted.connect(self.merge)
        box.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addWidget(QLabel(translate("TopicsPage", "按住 Ctrl 选择内容相近的多条来访："), self))
        lay.addWidget(self.visits, 1)
        lay.addWidget(self.title_edit)
        lay.addWidget(self.error)
        lay.addWidget(box)
        self.topic = None
        self.resize(860, 560)
        self.visits.refresh()

    def merge(self) -> None:
        from station_app.services import conversions

        ids = self.visits.selected_ids()
        try:
            self.topic = conversions.merge_visits_into_topic(ids, {"title": self.title_edit.text()})
        except ValidationError as exc:
            self.error.setText(exc.message)
            return
        except Exception as exc:  # noqa: BLE001  (a failed write is shown; the input stays)
            QMessageBox.critical(self, translate("TopicsPage", "合并失败"), explain_failure(exc))
            return
        self.accept()


class TopicsPage(ListPage):
    key = "topics"
    title = "协商议题"
    icon_name = "topics"
    list_key = "topic"
    shows = frozenset({"topic", "visit", "member", "topic_grade"})
    new_text = QT_TRANSLATE_NOOP("ListPage", "新建议题")

    def __init__(self, parent=None):
        super().__init__(parent)
        self.merge_button = self.add_button(translate("TopicsPage", "合并来访为议题…"), self.merge_visits, edit=True)
        self.toolbar.insertWidget(1, self.merge_button)

    def bar_options(self) -> dict:
        return {"category_label": tr_field("来源"), "status_label": translate("TopicsPage", "环节")}

    def merge_visits(self) -> None:
        dlg = MergeVisitsDialog(self)
        if dlg.exec() and dlg.topic is not None:
            self.select_saved(dlg.topic)
            self.run_dialog(TopicDialog(self, dlg.topic))

    def dialog_for(self, record):
        return TopicDialog(self, record)


PAGE_CLASSES = [TopicsPage]
