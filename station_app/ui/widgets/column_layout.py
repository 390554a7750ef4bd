"""A list table's columns: shown/hidden by the header's right-click menu, widths remembered per list
(QSettings "lists/<key>/…"), and the text columns — not the last one — taking the spare width or giving
it up, so the default columns fit the window without a sideways scroll bar."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QSettings, Qt
from PySide6.QtWidgets import QHeaderView, QMenu, QTableView, QWidget

from station_app.ui.i18n import translate

TEXT_TYPES = ("text", "longtext")
NAME_LISTS = ("members", "parties", "teams")  # computed columns of joined names
MIN_TEXT = 70  # a text column never shrinks below this (nor below its header)


def settings_of(widget: QWidget) -> QSettings | None:
    """The window settings of the window *widget* sits in (MainWindow.settings), if any."""
    w = widget
    while w is not None:
        found = getattr(w, "settings", None)
        if isinstance(found, QSettings):
            return found
        w = w.parentWidget()
    return None


class ColumnLayout(QObject):
    """Owns the column widths of *table*; *keys* name the model's columns, *defaults* their widths."""

    def __init__(self, table: QTableView, list_key: str, keys: list[str], defaults: list[int],
                 text_columns: set[str], settings: QSettings | None, default_hidden: tuple[str, ...] = ()):
        super().__init__(table)
        self.table, self.list_key, self.keys = table, list_key, keys
        self.defaults = dict(zip(keys, defaults))
        self.text_columns = [k for k in keys if k in text_columns]
        self.settings = settings
        self.base = dict(self.defaults)  # widths chosen (default or dragged), before fitting
        self.default_hidden = tuple(k for k in default_hidden if k in keys)
        self._fitting = False
        header = table.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.Interactive)
        header.setContextMenuPolicy(Qt.CustomContextMenu)
        header.customContextMenuRequested.connect(lambda pos: self.menu().exec(header.mapToGlobal(pos)))
        self._restore()
        header.sectionResized.connect(self._resized)
        table.viewport().installEventFilter(self)
        self.fit()

    # ---- remembered ----
    def _key(self, name: str) -> str:
        return f"lists/{self.list_key}/{name}"

    def _restore(self) -> None:
        saved = self.settings.value(self._key("hidden")) if self.settings is not None else None
        hidden = self.default_hidden if saved is None else str(saved or "").split(",")
        for i, key in enumerate(self.keys):
            self.table.setColumnHidden(i, key in hidden and len(hidden) < len(self.keys))
        if self.settings is None:
            return
        for item in str(self.settings.value(self._key("widths"), "") or "").split(","):
            key, _, width = item.partition(":")
            if key in self.base and width.isdigit():
                self.base[key] = max(int(width), 30)

    def save(self) -> None:
        if self.settings is None:
            return
        changed = [f"{k}:{w}" for k, w in self.base.items() if w != self.defaults[k]]
        self.settings.setValue(self._key("widths"), ",".join(changed))
        self.settings.setValue(self._key("hidden"), ",".join(self.hidden()))
        self.settings.sync()

    # ---- shown columns ----
    def hidden(self) -> list[str]:
        return [k for i, k in enumerate(self.keys) if self.table.isColumnHidden(i)]

    def set_visible(self, key: str, visible: bool) -> None:
        """Show or hide column *key*; the last shown column cannot be hidden."""
        i = self.keys.index(key)
        if not visible and len(self.hidden()) >= len(self.keys) - 1:
            return
        self.table.setColumnHidden(i, not visible)
        self.save()
        self.fit()

    def reset(self) -> None:
        self.base = dict(self.defaults)
        for i, key in enumerate(self.keys):
            self.table.setColumnHidden(i, key in self.default_hidden)
        self.save()
        self.fit()

    def menu(self) -> QMenu:
        """The header's right-click menu: one check per column, and back to the default columns."""
        menu = QMenu(self.table)
        menu.setObjectName("column-menu")
        model = self.table.model()
        for i, key in enumerate(self.keys):
            act = menu.addAction(str(model.headerData(i, Qt.Horizontal, Qt.DisplayRole)))
            act.setCheckable(True)
            act.setChecked(not self.table.isColumnHidden(i))
            act.setData(key)
            act.toggled.connect(lambda on, k=key: self.set_visible(k, on))
        menu.addSeparator()
        menu.addAction(translate("RecordListView", "恢复默认列和列宽"), self.reset)
        return menu

    # ---- widths ----
    def _resized(self, index: int, _old: int, new: int) -> None:
        if self._fitting or not 0 <= index < len(self.keys) or self.table.isColumnHidden(index):
            return
        self.base[self.keys[index]] = new  # dragged by the user: remembered as chosen
        self.save()

    def eventFilter(self, obj, event) -> bool:
        if event.type() == QEvent.Resize:
            self.fit()
        return False

    def _header_floor(self, i: int, tight: bool) -> int:
        header = self.table.horizontalHeader()
        if not tight:
            return max(40, header.sectionSizeHint(i))
        text = str(self.table.model().headerData(i, Qt.Horizontal, Qt.DisplayRole) or "")
        return max(40, header.fontMetrics().horizontalAdvance(text) + 14)

    def fit(self) -> None:
        """Spread the viewport's width: chosen widths for most columns, the text columns taking the
        rest (in proportion to their chosen widths) or shrinking towards MIN_TEXT when it is short."""
        header = self.table.horizontalHeader()
        avail = self.table.viewport().width()
        shown = [(i, k) for i, k in enumerate(self.keys) if not self.table.isColumnHidden(i)]
        flex = [(i, k) for i, k in shown if k in self.text_columns] or shown[-1:]
        fixed = sum(self.base[k] for i, k in shown if (i, k) not in flex)
        want = sum(self.base[k] for _i, k in flex)
        room = avail - fixed
        floors = {i: max(MIN_TEXT, min(self.base[k], header.sectionSizeHint(i))) for i, k in flex}
        extra = max(0, room - sum(floors.values()))  # beyond the floors, shared in proportion to the widths
        widths = {i: floors[i] + int(extra * self.base[k] / want if want else extra / len(flex)) for i, k in flex}
        for i, k in shown:
            widths.setdefault(i, self.base[k])
        over = sum(widths.values()) - avail
        for tight in (False, True):  # still too wide (a narrow pane, a large font): the other columns give up
            for i, k in shown:  # width down to their header with its sort arrow, then to the bare header text
                if over <= 0 or (i, k) in flex:
                    continue
                give = min(over, widths[i] - min(widths[i], self._header_floor(i, tight)))
                widths[i] -= give
                over -= give
        self._fitting = True
        try:
            for i, _k in shown:
                self.table.setColumnWidth(i, widths[i])
        finally:
            self._fitting = False
