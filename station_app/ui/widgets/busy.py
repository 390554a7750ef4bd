"""A thin "computing" line for pages whose figures arrive from a worker thread."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QWidget


class BusyRow(QWidget):
    """An indeterminate bar and what is being done; keeps its space when hidden, so nothing jumps."""

    def __init__(self, text: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("busy")
        lay = QHBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        self.bar = QProgressBar()
        self.bar.setRange(0, 0)
        self.bar.setTextVisible(False)
        self.bar.setFixedSize(160, 12)
        lay.addWidget(self.bar)
        self.label = QLabel(text)
        self.label.setProperty("role", "hint")
        lay.addWidget(self.label)
        lay.addStretch(1)
        policy = self.sizePolicy()
        policy.setRetainSizeWhenHidden(True)
        self.setSizePolicy(policy)
        self.hide()

    def start(self, text: str | None = None) -> None:
        if text:
            self.label.setText(text)
        self.show()

    def stop(self) -> None:
        self.hide()
