"""A small 「123/1500」 counter in the corner of a text field with a length limit, red past the limit."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QLabel, QLineEdit, QPlainTextEdit, QWidget

NORMAL, OVER = "color: #888; background: transparent;", "color: #c0392b; font-weight: bold; background: transparent;"
LINE_SHOWN_FROM = 0.8  # a one-line field shows its counter once 80 % of the limit is used


class CharCounter(QLabel):
    """Attach to a QLineEdit or QPlainTextEdit: `count` / `limit`, kept in the field's bottom-right corner."""

    def __init__(self, field: QLineEdit | QPlainTextEdit, limit: int):
        host: QWidget = field.viewport() if isinstance(field, QPlainTextEdit) else field
        super().__init__(host)
        self.field, self.limit, self.host = field, int(limit), host
        self.setAttribute(Qt.WA_TransparentForMouseEvents)
        self.setObjectName(f"counter_{field.objectName()}")
        signal = field.textChanged
        signal.connect(self.update_count)
        host.installEventFilter(self)
        self.update_count()

    def text_length(self) -> int:
        text = self.field.toPlainText() if isinstance(self.field, QPlainTextEdit) else self.field.text()
        return len(text)

    def is_over(self) -> bool:
        return self.text_length() > self.limit

    def update_count(self, *_args) -> None:
        n = self.text_length()
        self.setText(f"{n}/{self.limit}")
        self.setStyleSheet(OVER if n > self.limit else NORMAL)
        self.setToolTip(f"已输入 {n} 字，最多 {self.limit} 字" + ("，请删减" if n > self.limit else ""))
        shown = isinstance(self.field, QPlainTextEdit) or n >= self.limit * LINE_SHOWN_FROM
        self.setVisible(shown)
        self.adjustSize()
        self._place()

    def _place(self) -> None:
        r = self.host.rect()
        self.move(max(0, r.right() - self.width() - 4), max(0, r.bottom() - self.height() - 2))
        self.raise_()

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if obj is self.host and event.type() in (QEvent.Resize, QEvent.Show):
            self._place()
        return False


def attach_counters(widgets_and_limits) -> dict[str, CharCounter]:
    """One counter per (field name, widget, max_len) whose widget is a text field."""
    out = {}
    for name, widget, limit in widgets_and_limits:
        if limit and isinstance(widget, (QLineEdit, QPlainTextEdit)):
            out[name] = CharCounter(widget, limit)
    return out
