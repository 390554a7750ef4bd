"""A drop-down filled from an editable lookup list (界别, 诉求类别 …) or fixed choices."""

from __future__ import annotations

from PySide6.QtCore import Property
from PySide6.QtWidgets import QComboBox

from station_app.services.validation import lookup_values


class LookupCombo(QComboBox):
    """`value()` is the chosen text ("" for the blank entry); a value not in the list is kept and shown."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self._lookup = ""
        self._blank = True
        self._blank_text = ""
        self.setMinimumContentsLength(6)
        self.setSizeAdjustPolicy(QComboBox.AdjustToMinimumContentsLengthWithIcon)

    def _get_lookup(self) -> str:
        return self._lookup

    def _set_lookup(self, kind: str) -> None:
        self._lookup = kind or ""

    lookup = Property(str, _get_lookup, _set_lookup)
    setLookup = _set_lookup  # what pyside6-uic calls

    def fill(self, values=None, *, blank: bool = True) -> None:
        """Fill from *values* or, when None, from the lookup kind set in the form."""
        current = self.value()
        if values is None:
            values = lookup_values(self._lookup) if self._lookup else []
        self._blank = blank
        self.blockSignals(True)
        self.clear()
        if blank:
            self.addItem(self._blank_text, "")
        for v in values:
            value, text = v if isinstance(v, tuple) else (v, v)  # (stored value, shown text)
            self.addItem(str(text), value)
        self.blockSignals(False)
        if current:
            self.setValue(current)

    def set_blank_text(self, text: str) -> None:
        """What the blank first entry shows (「请选择」 on a required field); its value stays ""."""
        self._blank_text = text
        if self._blank and self.count() and self.itemData(0) == "":
            self.setItemText(0, text)

    def value(self) -> str:
        data = self.currentData()
        return self.currentText() if data is None else str(data)

    def setValue(self, value) -> None:
        value = "" if value is None else str(value)
        i = self.findData(value)
        if i < 0 and value:
            self.addItem(value, value)  # an old value no longer in the list stays visible
            i = self.count() - 1
        self.setCurrentIndex(max(i, 0))
