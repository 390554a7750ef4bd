"""承办单位 fields: an editable drop-down of the station's units (services.departments), and a line for
several units (会办单位, 、-separated) that completes each one from the same list."""

from __future__ import annotations

import re

from PySide6.QtCore import QStringListModel, Qt
from PySide6.QtWidgets import QComboBox, QCompleter, QLineEdit

from station_app.services import departments
from station_app.ui.i18n import translate

SEP = re.compile(r"[、，,；;/\s]+")


class DepartmentCombo(QComboBox):
    """A unit picked from the list or typed; a new one joins the list when the record is saved."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.NoInsert)
        self.setMinimumContentsLength(8)
        self.setSizeAdjustPolicy(QComboBox.AdjustToMinimumContentsLengthWithIcon)
        self.lineEdit().setMaxLength(50)
        self.lineEdit().setPlaceholderText(translate("DepartmentCombo", "选择或输入单位"))
        self.reload()
        self.completer().setFilterMode(Qt.MatchContains)
        self.completer().setCompletionMode(QCompleter.PopupCompletion)

    def reload(self) -> None:
        units = departments.names_if_open()
        self._loaded = units is not None
        current = self.currentText()
        self.blockSignals(True)
        self.clear()
        self.addItem("")
        self.addItems(units or [])
        self.setCurrentText(current)
        self.blockSignals(False)

    def showEvent(self, event) -> None:
        if not self._loaded:
            self.reload()
        super().showEvent(event)

    def value(self) -> str:
        return self.currentText().strip()

    def setValue(self, value) -> None:
        self.setCurrentText("" if value is None else str(value))


class _UnitCompleter(QCompleter):
    """Completes the unit after the last separator and keeps the ones before it."""

    def splitPath(self, path: str) -> list[str]:
        return [SEP.split(path)[-1]]

    def pathFromIndex(self, index) -> str:
        text = self.widget().text()
        parts = SEP.split(text)
        head = text[: len(text) - len(parts[-1])] if parts[-1] else text
        return head + str(index.data()) + "、"


class DepartmentsEdit(QLineEdit):
    """Several units, 、-separated (会办单位), each completed from the 承办单位 list."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setPlaceholderText(translate("DepartmentCombo", "多个单位用、分隔"))
        self._completer = _UnitCompleter(self)
        self._model = QStringListModel(departments.names_if_open() or [], self)
        self._completer.setModel(self._model)
        self._completer.setCaseSensitivity(Qt.CaseInsensitive)
        self._completer.setFilterMode(Qt.MatchContains)
        self._completer.setWidget(self)
        self._completer.activated.connect(self._insert)
        self.textEdited.connect(self._complete)

    def _complete(self, text: str) -> None:
        if not self._model.rowCount():
            self._model.setStringList(departments.names_if_open() or [])
        prefix = SEP.split(text)[-1]
        if prefix:
            self._completer.setCompletionPrefix(prefix)
            self._completer.complete()

    def _insert(self, _text: str) -> None:
        self.setText(self._completer.pathFromIndex(self._completer.currentIndex()))

    def units(self) -> list[str]:
        return departments.split(self.text())
