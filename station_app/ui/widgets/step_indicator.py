"""The six steps of a consultation topic drawn as a row of numbered stages, the current one highlighted."""

from __future__ import annotations

from PySide6.QtCore import QRect, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from station_app.store.choices import TOPIC_STEPS
from station_app.ui import theme
from station_app.ui.i18n import tr_field, translate

DONE, CURRENT, TODO = QColor("#3c8d5a"), QColor("#1f6fb2"), QColor("#b8bec6")


class StepIndicator(QWidget):
    """`set_step(n, done_dates)` with n in 1..6 (7 = concluded); clicking a stage emits `step_clicked(n)`."""

    step_clicked = Signal(int)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.step = 1
        self.dates: dict[int, str] = {}
        self.setSizePolicy(QSizePolicy.Expanding, QSizePolicy.Fixed)
        self.height_needed = 62
        self.setMinimumHeight(self.height_needed)

    def sizeHint(self) -> QSize:
        return QSize(600, self.height_needed)

    def label(self, n: int) -> str:
        text = tr_field(TOPIC_STEPS[n - 1])
        return text + "\n" + self.dates[n] if self.dates.get(n) else text

    def label_font(self) -> QFont:
        """The widget's font, made smaller when a single word of a label is wider than its slot."""
        font = QFont(self.font())
        width = max(40, int(self.width() / len(TOPIC_STEPS)) - 4)
        words = [w for n in range(1, len(TOPIC_STEPS) + 1) for w in self.label(n).split()]
        while font.pointSizeF() > 7 and max(QFontMetrics(font).horizontalAdvance(w) for w in words) > width:
            font.setPointSizeF(font.pointSizeF() - 0.5)
        return font

    def _fit_height(self) -> None:
        """Tall enough for the longest label wrapped to its slot (English step names take two lines)."""
        width = max(40, int(self.width() / len(TOPIC_STEPS)) - 4)
        metrics = QFontMetrics(self.label_font())
        text = max(metrics.boundingRect(QRect(0, 0, width, 1000), Qt.AlignHCenter | Qt.TextWordWrap,
                                        self.label(n)).height() for n in range(1, len(TOPIC_STEPS) + 1))
        needed = max(62, 29 + text + 4)
        if needed != self.height_needed:
            self.height_needed = needed
            self.setMinimumHeight(needed)
            self.updateGeometry()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._fit_height()

    def set_step(self, step: int, dates: dict[int, str] | None = None) -> None:
        self.step = int(step or 1)
        self.dates = dict(dates or {})
        self.setToolTip(translate("StepIndicator", "当前环节：")
                        + tr_field(TOPIC_STEPS[self.step - 1] if self.step <= 6 else "已办结"))
        self._fit_height()
        self.update()

    def state_of(self, n: int) -> str:
        if n < self.step or self.step > 6:
            return "done"
        return "current" if n == self.step else "todo"

    def _slot(self, n: int) -> QRectF:
        w = self.width() / len(TOPIC_STEPS)
        return QRectF((n - 1) * w, 0, w, self.height())

    def paintEvent(self, event) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.Antialiasing)
        label_font = self.label_font()
        dark, hues = theme.is_dark(), theme.colours()
        n_steps = len(TOPIC_STEPS)
        r = 11
        for n in range(1, n_steps + 1):
            slot = self._slot(n)
            cx, cy = slot.center().x(), 16
            colour = {"done": DONE, "current": CURRENT, "todo": TODO}[self.state_of(n)]
            if n < n_steps:
                nxt = self._slot(n + 1).center().x()
                p.setPen(QPen(DONE if n < self.step else TODO, 2))
                p.drawLine(int(cx + r), cy, int(nxt - r), cy)
            p.setPen(Qt.NoPen)
            p.setBrush(colour)
            p.drawEllipse(QRectF(cx - r, cy - r, 2 * r, 2 * r))
            p.setPen(Qt.white)
            p.drawText(QRectF(cx - r, cy - r, 2 * r, 2 * r), Qt.AlignCenter,
                       "✓" if self.state_of(n) == "done" else str(n))
            if dark:  # the labels in the palette's text and hint colours, readable on a dark window
                p.setPen(QColor(hues["text"] if self.state_of(n) != "todo" else hues["hint"]))
            else:
                p.setPen(colour if self.state_of(n) != "todo" else QColor("#6b7280"))
            p.setFont(label_font)
            p.drawText(QRectF(slot.left() + 2, cy + r + 2, slot.width() - 4, self.height() - cy - r - 2),
                       Qt.AlignHCenter | Qt.AlignTop | Qt.TextWordWrap, self.label(n))
            p.setFont(self.font())
        p.end()

    def mousePressEvent(self, event) -> None:
        n = int(event.position().x() // (self.width() / len(TOPIC_STEPS))) + 1
        if 1 <= n <= len(TOPIC_STEPS):
            self.step_clicked.emit(n)
