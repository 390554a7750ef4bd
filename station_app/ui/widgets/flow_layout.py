"""A row of widgets that wraps onto further rows when the width runs out (a filter bar at 130 % type, or in
English, on a 1366 px screen). On one row it behaves like a QHBoxLayout: items at their size hints, the
spare width given to the items added with a stretch."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import QLayout, QLayoutItem, QSizePolicy, QWidget, QWidgetItem


class FlowLayout(QLayout):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._stretch: set[int] = set()  # id() of the items that take a row's spare width

    # ---- filling ----
    def addItem(self, item: QLayoutItem) -> None:
        self._items.append(item)

    def addWidget(self, widget: QWidget, stretch: int = 0) -> None:
        self.insertWidget(len(self._items), widget, stretch)

    def insertWidget(self, index: int, widget: QWidget, stretch: int = 0) -> None:
        self.addChildWidget(widget)
        item = QWidgetItem(widget)
        if stretch:
            self._stretch.add(id(item))
        self._items.insert(max(0, min(index, len(self._items))), item)
        self.invalidate()

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:
        if not 0 <= index < len(self._items):
            return None
        item = self._items.pop(index)
        self._stretch.discard(id(item))
        return item

    # ---- sizes ----
    def expandingDirections(self) -> Qt.Orientation:
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._arrange(QRect(0, 0, width, 0), apply=False)

    def sizeHint(self) -> QSize:
        shown = self._shown()
        m = self.contentsMargins()
        gap = self._gap()
        width = sum(i.sizeHint().width() for i in shown) + gap * max(0, len(shown) - 1)
        height = max((i.sizeHint().height() for i in shown), default=0)
        return QSize(width + m.left() + m.right(), height + m.top() + m.bottom())

    def minimumSize(self) -> QSize:
        """As narrow as the widest single item: everything else can go to another row."""
        m = self.contentsMargins()
        width = max((i.minimumSize().width() for i in self._shown()), default=0)
        height = max((i.minimumSize().height() for i in self._shown()), default=0)
        return QSize(width + m.left() + m.right(), height + m.top() + m.bottom())

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        self._arrange(rect, apply=True)

    # ---- placing ----
    def _shown(self) -> list[QLayoutItem]:
        return [i for i in self._items if not i.isEmpty()]

    def _gap(self) -> int:
        if self.spacing() >= 0:
            return self.spacing()
        parent = self.parentWidget()
        style = parent.style() if parent is not None else None
        if style is None:
            return 6
        return style.layoutSpacing(QSizePolicy.PushButton, QSizePolicy.PushButton, Qt.Horizontal)

    def _width(self, item: QLayoutItem) -> int:
        """The width an item asks on its row: a stretching one (the search field) gives way to its minimum
        before anything goes to the next row, and takes the spare width back."""
        if id(item) in self._stretch:
            return item.minimumSize().width()
        return item.sizeHint().width()

    def _rows(self, width: int) -> list[list[QLayoutItem]]:
        rows: list[list[QLayoutItem]] = [[]]
        used, gap = 0, self._gap()
        for item in self._shown():
            w = self._width(item)
            if rows[-1] and used + gap + w > width:
                rows.append([])
                used = 0
            used += (gap if rows[-1] else 0) + w
            rows[-1].append(item)
        return rows if rows[0] else []

    def _arrange(self, rect: QRect, *, apply: bool) -> int:
        m = self.contentsMargins()
        area = rect.adjusted(m.left(), m.top(), -m.right(), -m.bottom())
        gap, y = self._gap(), area.y()
        rows = self._rows(area.width())
        for n, row in enumerate(rows):
            height = max(i.sizeHint().height() for i in row)
            widths = [min(self._width(i), area.width()) for i in row]
            spare = area.width() - sum(widths) - gap * (len(row) - 1)
            takers = [k for k, i in enumerate(row) if id(i) in self._stretch]
            if spare > 0 and takers:
                for k in takers:
                    widths[k] += spare // len(takers)
            if apply:
                x = area.x()
                for item, w in zip(row, widths, strict=True):
                    h = min(height, item.maximumSize().height())
                    item.setGeometry(QRect(QPoint(x, y + (height - h) // 2), QSize(w, h)))
                    x += w + gap
            y += height + (gap if n < len(rows) - 1 else 0)
        return y - area.y() + m.top() + m.bottom()
