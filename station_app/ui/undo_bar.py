"""撤销: the notice bar offered after a change (「已保存 … 撤销」) and Edit ▸ 撤销 (Ctrl+Z), over services.undo
(imported when first needed: the record services it uses load after the window is shown)."""

from __future__ import annotations

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QMessageBox, QPushButton, QToolButton

from station_app.services import audit_marks, context
from station_app.services.errors import ValidationError
from station_app.ui.i18n import translate


class UndoBar(QFrame):
    """Shown when the signed-in user's audit log grows (a save, a delete, a conversion)."""

    def __init__(self, window):
        super().__init__(window)
        self.window_ = window
        self.setObjectName("undo_bar")
        self.setFrameShape(QFrame.StyledPanel)
        self.setStyleSheet("#undo_bar { background: palette(alternate-base); border: 1px solid palette(mid); }")
        self.label = QLabel(self)
        self.undo_button = QPushButton(translate("UndoBar", "撤销"), self)
        self.undo_button.setToolTip(translate("UndoBar", "撤销上一次修改（Ctrl+Z）"))
        self.undo_button.clicked.connect(self.undo)
        close = QToolButton(self)
        close.setText("×")
        close.setAutoRaise(True)
        close.clicked.connect(self.hide)
        row = QHBoxLayout(self)
        row.setContentsMargins(10, 4, 6, 4)
        row.addWidget(self.label, 1)
        row.addWidget(self.undo_button)
        row.addWidget(close)
        self.seen = self._last()  # what was logged before the window opened is not offered
        self.action = QAction(translate("UndoBar", "撤销上一次修改"), window)
        self.action.setShortcut(QKeySequence.Undo)
        self.action.triggered.connect(self.undo)
        self.hide()

    @staticmethod
    def _last() -> int:
        try:
            return audit_marks.last_entry_id()
        except Exception:  # noqa: BLE001  (no database open yet)
            return 0

    def _newest(self) -> int:
        """The user's newest audit entry since the last look (0: none)."""
        try:
            return audit_marks.newest_entry_id(context.current().username, after=self.seen)
        except Exception:  # noqa: BLE001  (no database open yet)
            return 0

    def check(self, *_args) -> None:
        """Offer undo when the user wrote new audit entries since the last look."""
        newest = self._newest()
        if newest <= self.seen or not context.current().can_edit:
            return
        self.seen = newest
        from station_app.services import undo

        what = undo.describe_last(context.current().username)
        if not what or what.startswith(("登录", "撤销")):
            self.hide()
            return
        self.label.setText(translate("UndoBar", "已{what}　可以撤销这次操作").format(what=what))
        self.show()

    def undo(self) -> None:
        from station_app.services import undo

        try:
            done = undo.undo_last(context.current().username)
        except ValidationError as exc:
            QMessageBox.information(self.window_, translate("UndoBar", "不能撤销"), exc.message)
            return
        self.seen = self._last()
        self.hide()  # the pages the undo touched re-read through its change notice
        self.window_.statusBar().showMessage(done.text, 8000)
