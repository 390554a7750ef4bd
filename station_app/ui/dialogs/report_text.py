"""年度报告文字… dialog: a year's 存在问题 and 下一步打算 for the 年度工作报告, each with a character counter."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
)

from station_app.services import context, report_text
from station_app.services.errors import PermissionDenied, ValidationError
from station_app.ui import theme
from station_app.ui.i18n import current_language, translate

HEADINGS = (QT_TRANSLATE_NOOP("ReportTextDialog", "存在问题"), QT_TRANSLATE_NOOP("ReportTextDialog", "下一步打算"))


class ReportTextDialog(QDialog):
    """Edit the texts of one year; switching the year with unsaved edits asks 保存 / 放弃 / 取消."""

    def __init__(self, parent=None, year: int | None = None):
        super().__init__(parent)
        self.setWindowTitle(translate("ReportTextDialog", "年度报告文字"))
        self.year = QSpinBox()
        self.year.setRange(2000, 2100)
        self.year.setSuffix(" 年" if current_language() == "zh_CN" else "")  # no unit after a year in English
        self.year.setValue(year or dt.date.today().year)
        self.year.setMaximumWidth(140)
        self._loaded_year = self.year.value()
        hint = QLabel(translate("ReportTextDialog", "印在年度工作报告的“四、存在问题”“五、下一步打算”中，每段另起一行；"
                                                    "未填写时只印标题和“本年度未填写”。"))
        hint.setWordWrap(True)
        form = QFormLayout()
        form.addRow(translate("ReportTextDialog", "年度"), self.year)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(hint)
        self.boxes: dict[str, QPlainTextEdit] = {}
        self.counters: dict[str, QLabel] = {}
        for key, heading in report_text.SECTIONS:
            group = QGroupBox(translate("ReportTextDialog", heading))
            box = QPlainTextEdit()
            box.setObjectName(f"report_text:{key}")
            box.setMinimumSize(520, 150)
            counter = QLabel()
            counter.setObjectName(f"report_count:{key}")
            box.textChanged.connect(lambda k=key: self._count(k))
            inner = QVBoxLayout(group)
            inner.addWidget(box)
            inner.addWidget(counter)
            layout.addWidget(group, 1)
            self.boxes[key], self.counters[key] = box, counter
        self.buttons = QDialogButtonBox(QDialogButtonBox.Save | QDialogButtonBox.Close)
        self.buttons.button(QDialogButtonBox.Save).clicked.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self.status = QLabel()
        self.status.setObjectName("report_text:status")
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)
        editable = context.current().can_edit
        for box in self.boxes.values():
            box.setReadOnly(not editable)
        self.buttons.button(QDialogButtonBox.Save).setEnabled(editable)
        self.year.valueChanged.connect(self._year_changed)
        self.load()

    # ---- data ----
    def load(self) -> None:
        self._loaded_year = self.year.value()
        texts = report_text.texts(self._loaded_year)
        for key, box in self.boxes.items():
            box.setPlainText(texts[key])
        self._saved = self.current()
        self.status.setText("")

    def current(self) -> dict[str, str]:
        return {key: box.toPlainText() for key, box in self.boxes.items()}

    def has_unsaved(self) -> bool:
        return self.current() != self._saved

    def save(self) -> bool:
        try:
            saved = report_text.save(self._loaded_year, **self.current())
        except (ValidationError, PermissionDenied) as exc:
            QMessageBox.warning(self, translate("ReportTextDialog", "未保存"), exc.message)
            return False
        for key, box in self.boxes.items():
            if box.toPlainText() != saved[key]:  # trailing spaces and blank lines were dropped
                box.setPlainText(saved[key])
        self._saved = self.current()
        self.status.setText(translate("ReportTextDialog", "已保存{year}年的文字。").format(year=self._loaded_year))
        return True

    def _count(self, key: str) -> None:
        n = report_text.char_count(self.boxes[key].toPlainText())
        over = n > report_text.MAX_CHARS
        text = translate("ReportTextDialog", "{n} / {max} 字").format(n=n, max=report_text.MAX_CHARS)
        if over:
            text += translate("ReportTextDialog", "（超出 {k} 字，保存前请删减）").format(k=n - report_text.MAX_CHARS)
        self.counters[key].setText(text)
        self.counters[key].setStyleSheet(theme.recolour("color: #c0392b;") if over else "")

    # ---- leaving a year or the dialog ----
    def _ask(self) -> bool:
        """True when it is fine to leave the loaded year's text (saved, discarded, or nothing changed)."""
        if not self.has_unsaved():
            return True
        answer = QMessageBox.question(
            self, translate("ReportTextDialog", "尚未保存"),
            translate("ReportTextDialog", "{year}年的文字已修改，是否保存？").format(year=self._loaded_year),
            QMessageBox.Save | QMessageBox.Discard | QMessageBox.Cancel, QMessageBox.Save)
        if answer == QMessageBox.Save:
            return self.save()
        return answer == QMessageBox.Discard

    def _year_changed(self, year: int) -> None:
        if year == self._loaded_year:
            return
        if self._ask():
            self.load()
        else:
            self.year.blockSignals(True)
            self.year.setValue(self._loaded_year)
            self.year.blockSignals(False)

    def reject(self) -> None:
        if self._ask():
            super().reject()
