"""Members typed by name with a completer ("张三、李四"), or picked from a checklist; gives member ids."""

from __future__ import annotations

import re

from PySide6.QtCore import Property, QStringListModel, Qt, Signal
from PySide6.QtWidgets import (
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from station_app.services import listing
from station_app.ui.i18n import translate

SEP = re.compile(r"[、，,;；\s]+")


class _TokenCompleter(QCompleter):
    """Completes the name after the last separator and keeps the ones before it."""

    def splitPath(self, path: str) -> list[str]:
        return [SEP.split(path)[-1]]

    def pathFromIndex(self, index) -> str:
        text = self.widget().text()
        parts = SEP.split(text)
        head = text[: len(text) - len(parts[-1])] if parts[-1] else text
        return head + str(index.data()) + ("" if self.widget().property("single") else "、")


class MemberPicker(QWidget):
    """A line edit with a name completer plus a "选择" button; `member_ids()` raises ValueError on unknowns."""

    changed = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self._single = False
        self._choices: list[listing.MemberChoice] | None = None
        self.station_id: int | None = None  # whose members it names (None: the own station's)
        self.edit = QLineEdit(self)
        self.edit.setPlaceholderText(translate("MemberPicker", "姓名，多人用、分隔"))
        self.button = QToolButton(self)
        self.button.setText(translate("MemberPicker", "选择…"))
        self.button.clicked.connect(self.pick)
        lay = QHBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.edit, 1)
        lay.addWidget(self.button)
        self.completer = _TokenCompleter(self)
        self.completer.setCaseSensitivity(Qt.CaseInsensitive)
        self.completer.setFilterMode(Qt.MatchContains)
        self.completer.setWidget(self.edit)
        self.edit.textEdited.connect(self._complete)
        self.completer.activated.connect(self._insert)
        self.edit.textChanged.connect(self.changed)
        self.setFocusProxy(self.edit)

    def _get_single(self) -> bool:
        return self._single

    def _set_single(self, single: bool) -> None:
        self._single = bool(single)
        self.edit.setProperty("single", self._single)
        self.edit.setPlaceholderText(translate("MemberPicker", "输入姓名") if single
                                     else translate("MemberPicker", "姓名，多人用、分隔"))

    single = Property(bool, _get_single, _set_single)
    setSingle = _set_single  # what pyside6-uic calls

    def choices(self) -> list[listing.MemberChoice]:
        if self._choices is None:
            extra = {} if self.station_id is None else {"station_id": self.station_id}
            self._choices = listing.member_choices(include_retired=True, **extra)
            self.completer.setModel(QStringListModel([c.name for c in self._choices if c.active], self))
        return self._choices

    def reload(self) -> None:
        self._choices = None
        self.choices()

    def _complete(self, text: str) -> None:
        self.choices()
        prefix = SEP.split(text)[-1]
        if prefix:
            self.completer.setCompletionPrefix(prefix)
            self.completer.complete()

    def _insert(self, text: str) -> None:
        self.edit.setText(self.completer.pathFromIndex(self.completer.currentIndex()))

    def names(self) -> list[str]:
        return [n for n in SEP.split(self.edit.text().strip()) if n]

    def member_ids(self) -> list[int]:
        if not self.names():
            return []  # nothing typed: no need to load the members
        by_name: dict[str, int] = {}
        for c in self.choices():
            by_name.setdefault(c.name, c.id)  # active members come first
        out, unknown = [], []
        for name in self.names():
            (out.append(by_name[name]) if name in by_name else unknown.append(name))
        if unknown:
            raise ValueError(translate("MemberPicker", "没有这位委员：") + "、".join(unknown))
        if self._single and len(out) > 1:
            raise ValueError(translate("MemberPicker", "只能填一位委员"))
        return list(dict.fromkeys(out))

    def member_id(self) -> int | None:
        ids = self.member_ids()
        return ids[0] if ids else None

    def set_member_ids(self, ids) -> None:
        names = {c.id: c.name for c in self.choices()}
        self.edit.setText("、".join(names[i] for i in ids if i in names))

    def text(self) -> str:
        return self.edit.text()

    def pick(self) -> None:
        """A checklist of active members (by sector) to tick instead of typing."""
        dlg = QDialog(self)
        dlg.setWindowTitle(translate("MemberPicker", "选择委员"))
        lst = QListWidget(dlg)
        try:
            chosen = set(self.member_ids())
        except ValueError:
            chosen = set()
        for c in self.choices():
            if not c.active and c.id not in chosen:
                continue
            item = QListWidgetItem(f"{c.name}（{c.sector}）" if c.sector else c.name, lst)
            item.setData(Qt.UserRole, c.id)
            item.setFlags(item.flags() | Qt.ItemIsUserCheckable)
            item.setCheckState(Qt.Checked if c.id in chosen else Qt.Unchecked)
        box = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel, dlg)
        box.accepted.connect(dlg.accept)
        box.rejected.connect(dlg.reject)
        lay = QVBoxLayout(dlg)
        lay.addWidget(lst)
        lay.addWidget(box)
        dlg.resize(280, 420)
        if dlg.exec() == QDialog.Accepted:
            ids = [lst.item(i).data(Qt.UserRole) for i in range(lst.count())
                   if lst.item(i).checkState() == Qt.Checked]
            self.set_member_ids(ids[:1] if self._single else ids)
