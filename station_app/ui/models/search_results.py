"""The global search's results as a two-level Qt item model: one group per record kind, its hits below."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QModelIndex, Qt
from PySide6.QtGui import QFont, QGuiApplication, QPalette

from station_app.services.search import Hit, terms_of
from station_app.ui.widgets.highlight_delegate import HTML_ROLE, marked

ROOT = QModelIndex()  # the invisible root: the groups hang under it
GROUP = 0  # internalId of a group row; a hit row stores its group's position + 1


class SearchResultsModel(QAbstractItemModel):
    """`set_groups({kind: [Hit, …]})`; columns 内容 / 日期 / 摘要; `hit(index)` gives the record behind a row."""

    def __init__(self, headers: list[str], group_title, parent=None):
        super().__init__(parent)
        self.headers = headers
        self.group_title = group_title  # (kind, hits) -> the group row's text
        self.groups: list[tuple[str, list[Hit]]] = []
        self.bold = QFont()
        self.bold.setBold(True)
        self.terms: list[str] = []

    def set_groups(self, groups: dict[str, list[Hit]], text: str = "") -> None:
        """The hits by kind; *text* (what was searched) is marked in the titles and snippets."""
        self.beginResetModel()
        self.groups = [(kind, hits) for kind, hits in groups.items() if hits]
        self.terms = terms_of(text) if text else []
        self.endResetModel()

    def match_color(self) -> str:
        return QGuiApplication.palette().color(QPalette.Link).name()

    def total(self) -> int:
        return sum(len(hits) for _, hits in self.groups)

    def group_titles(self) -> list[str]:
        return [self.group_title(kind, hits) for kind, hits in self.groups]

    def hit(self, index: QModelIndex) -> Hit | None:
        if not index.isValid() or index.internalId() == GROUP:
            return None
        return self.groups[index.internalId() - 1][1][index.row()]

    # ---- QAbstractItemModel ----
    def index(self, row, column, parent=ROOT):
        if not self.hasIndex(row, column, parent):
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, column, GROUP)
        return self.createIndex(row, column, parent.row() + 1)

    def parent(self, index=ROOT):
        if not index.isValid() or index.internalId() == GROUP:
            return QModelIndex()
        return self.createIndex(index.internalId() - 1, 0, GROUP)

    def rowCount(self, parent=ROOT):
        if not parent.isValid():
            return len(self.groups)
        if parent.internalId() == GROUP and parent.column() == 0:
            return len(self.groups[parent.row()][1])
        return 0

    def columnCount(self, parent=ROOT):
        return len(self.headers)

    def headerData(self, section, orientation, role=Qt.DisplayRole):
        if orientation == Qt.Horizontal and role == Qt.DisplayRole:
            return self.headers[section]
        return None

    def data(self, index, role=Qt.DisplayRole):
        if not index.isValid():
            return None
        if index.internalId() == GROUP:
            kind, hits = self.groups[index.row()]
            if role == Qt.DisplayRole and index.column() == 0:
                return self.group_title(kind, hits)
            if role == Qt.FontRole:
                return self.bold
            return None
        hit = self.hit(index)
        if role == HTML_ROLE and index.column() in (0, 2) and self.terms:
            text = hit.title if index.column() == 0 else (hit.snippet or "").replace("\n", " ")
            return marked(text, self.terms, self.match_color())
        if role == Qt.DisplayRole:
            if index.column() == 0:
                return hit.title
            if index.column() == 1:
                return hit.date.isoformat() if hasattr(hit.date, "isoformat") else str(hit.date or "")
            return (hit.snippet or "").replace("\n", " ")
        if role == Qt.ToolTipRole and index.column() == 2:
            return hit.snippet or ""
        return None
