"""A small red label beside a field that shows the services' validation message, hidden when empty."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel

from station_app.ui import theme


class FieldErrorLabel(QLabel):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.setStyleSheet(theme.recolour("color: #c0392b;"))
        self.setWordWrap(True)
        self.hide()

    def show_message(self, message: str) -> None:
        self.setText(message or "")
        self.setVisible(bool(message))

    def clear_message(self) -> None:
        self.show_message("")
