"""The lazy part the list models share: count once, fetch a page at a time as the view scrolls."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Signal

ROOT = QModelIndex()  # the invisible root: a flat table has rows only under it


class PagedTableModel(QAbstractTableModel):
    """Subclasses give `count_rows()` and `fetch_rows(offset, limit)`; `reload()` starts over."""

    count_changed = Signal(int)

    def __init__(self, parent=None, page: int = 100):
        super().__init__(parent)
        self.page = page
        self._rows: list = []
        self._total = 0
        self._fetching = False

    def count_rows(self) -> int:
        raise NotImplementedError

    def fetch_rows(self, offset: int, limit: int) -> list:
        raise NotImplementedError

    def lazy(self) -> bool:
        """Whether more rows may be fetched (a fixed list set once is not)."""
        return True

    def reload(self) -> None:
        self.beginResetModel()
        self._total = self.count_rows()
        self._rows = list(self.fetch_rows(0, self.page)) if self._total else []
        self.endResetModel()
        self.count_changed.emit(self._total)

    @property
    def total(self) -> int:
        return self._total

    def canFetchMore(self, parent=ROOT) -> bool:
        return self.lazy() and not parent.isValid() and not self._fetching and len(self._rows) < self._total

    def fetchMore(self, parent=ROOT) -> None:
        if parent.isValid() or self._fetching or not self.lazy():
            return
        self._fetching = True  # views may ask again from inside the insertion signals
        try:
            more = self.fetch_rows(len(self._rows), self.page)[: self._total - len(self._rows)]
            if not more:
                self._total = len(self._rows)
                return
            first = len(self._rows)
            self.beginInsertRows(ROOT, first, first + len(more) - 1)
            self._rows.extend(more)
            self.endInsertRows()
        finally:
            self._fetching = False

    def rowCount(self, parent=ROOT) -> int:
        return 0 if parent.isValid() else len(self._rows)
