"""全局搜索 (Ctrl+Shift+F; Ctrl+F where a page has no filter box): every kind of record, grouped by kind."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QTimer, Signal
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from station_app.services import search
from station_app.services.fields import KINDS
from station_app.ui import theme
from station_app.ui.i18n import tr_field, translate
from station_app.ui.models.search_results import SearchResultsModel
from station_app.ui.widgets.highlight_delegate import HighlightDelegate

DELAY_MS = 250  # search after typing pauses


def kind_label(kind: str) -> str:
    return tr_field(KINDS[kind].label) if kind in KINDS else kind


class SearchDialog(QDialog):
    """Type a word (one Chinese character is enough); double-click a result to open it."""

    open_record = Signal(str, int)

    def __init__(self, parent: QWidget | None = None, limit: int = 50):
        super().__init__(parent)
        self.limit = limit
        self.setWindowTitle(translate("SearchDialog", "全局搜索"))
        self.setWindowIcon(theme.icon("search"))
        self.box = QLineEdit(placeholderText=translate("SearchDialog",
                                                       "输入姓名、案件编号、诉求内容、活动名称等，按回车搜索"))
        self.box.setClearButtonEnabled(True)
        self.timer = QTimer(self, singleShot=True, interval=DELAY_MS)
        self.timer.timeout.connect(self.run)
        self.box.textChanged.connect(lambda _t: self.timer.start())
        self.box.returnPressed.connect(self.run)
        go = QPushButton(theme.icon("search"), translate("SearchDialog", "搜索"))
        go.clicked.connect(self.run)
        row = QHBoxLayout()
        row.addWidget(self.box, 1)
        row.addWidget(go)
        headers = [translate("SearchDialog", "内容"), translate("SearchDialog", "日期"),
                   translate("SearchDialog", "摘要")]
        self.model = SearchResultsModel(headers, self._group_title, self)
        self.results = QTreeView()
        self.results.setModel(self.model)
        self.results.setItemDelegate(HighlightDelegate(self.results))  # the searched words marked
        self.results.setUniformRowHeights(True)
        self.results.setColumnWidth(0, 300)
        self.results.setColumnWidth(1, 100)
        self.results.activated.connect(self._activate)
        self.summary = QLabel("")
        self.summary.setProperty("role", "hint")
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.results, 1)
        layout.addWidget(self.summary)
        self.resize(860, 560)
        self.box.setFocus()

    def _group_title(self, kind: str, hits: list) -> str:
        count = f"{len(hits)}{'+' if len(hits) >= self.limit else ''}"
        return translate("SearchDialog", "{kind}（{n}）").format(kind=kind_label(kind), n=count)

    def run(self) -> None:
        self.timer.stop()
        text = self.box.text().strip()
        self.model.set_groups(search.search(text, limit=self.limit) if text else {}, text)
        for row in range(self.model.rowCount()):  # a group's title runs across the columns
            self.results.setFirstColumnSpanned(row, QModelIndex(), True)
        self.results.expandAll()
        total = self.model.total()
        if not text:
            self.summary.setText("")
        elif total:
            self.summary.setText(translate("SearchDialog", "“{text}”：找到 {n} 条，双击打开。").format(
                text=text, n=total))
        else:
            self.summary.setText(translate("SearchDialog", "没有找到“{text}”。").format(text=text))

    def _activate(self, index: QModelIndex) -> None:
        hit = self.model.hit(index)
        if hit is not None:
            self.open_record.emit(hit.kind, int(hit.id))
