"""A lazy, sortable Qt table model over one list kind of services.listing (rows fetched in pages)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QColor

from station_app.services import listing
from station_app.store.choices import TOPIC_STEPS
from station_app.ui import theme
from station_app.ui.i18n import tr_field, translate
from station_app.ui.models.paged import ROOT as _ROOT
from station_app.ui.models.paged import PagedTableModel

ID_ROLE = int(Qt.UserRole) + 1
RAW_ROLE = int(Qt.UserRole) + 2
_DISPLAY, _TOOLTIP, _BACKGROUND, _ALIGN = (int(r) for r in (Qt.DisplayRole, Qt.ToolTipRole, Qt.BackgroundRole,
                                                            Qt.TextAlignmentRole))
_RIGHT = int(Qt.AlignRight | Qt.AlignVCenter)
# looked up once: a view asks for header data and flags hundreds of times while it lays out (each section's
# size hint asks every role), and `Qt.DisplayRole`-style names and `|` of flags are slow in PySide6
_HORIZONTAL, _VERTICAL = Qt.Horizontal, Qt.Vertical
_ROW_FLAGS, _NO_FLAGS = Qt.ItemIsEnabled | Qt.ItemIsSelectable, Qt.NoItemFlags
# the light palette's row colours; under a dark palette theme.state_brushes() gives deep tints instead
STATE_COLOURS = {k: QColor(theme.LIGHT[k]) for k in ("overdue", "near", "followup")}
LONG = 60  # characters shown of a long text before an ellipsis


def display(key: str, value) -> str:
    """How one raw value reads in a table cell."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return translate("RecordTable", "是") if value else translate("RecordTable", "否")
    if isinstance(value, dt.datetime):
        return value.strftime("%Y-%m-%d %H:%M")
    if isinstance(value, dt.date):
        return value.strftime("%Y-%m-%d")
    if isinstance(value, Decimal):
        return f"{value:,.2f}" if value else ""
    if key == "step" and isinstance(value, int) and 1 <= value <= len(TOPIC_STEPS):
        return tr_field(TOPIC_STEPS[value - 1])
    text = str(value).replace("\n", " ")
    return text if len(text) <= LONG else text[:LONG] + "…"


class RecordTableModel(PagedTableModel):
    """Rows of list *key* matching a Filter; counts with one query, fetches PAGE rows at a time."""

    def __init__(self, key: str, parent=None, page: int = listing.PAGE):
        super().__init__(parent, page)
        self.key = key
        self.spec = listing.spec(key)
        self.columns = self.spec.columns
        self.headers = [tr_field(c.label) for c in self.columns]  # labels from services, in the interface language
        names = set(self.spec.kind.names)
        # fixed states (办理状态, 时段 …) read in the interface language; typed text and lookup values stay as stored
        self.choice_keys = {c.key for c in self.columns
                            if c.key in names and self.spec.kind.field(c.key).type == "choice"}
        self.filter = listing.Filter()
        self.sort_key, self.descending = self.spec.default_sort
        self._loaded = False

    # ---- loading ----
    def set_filter(self, flt: listing.Filter) -> None:
        self.filter = flt
        self.reload()

    def count_rows(self) -> int:
        return listing.count(self.key, self.filter)

    def fetch_rows(self, offset: int, limit: int) -> list[dict]:
        return listing.fetch(self.key, self.filter, sort=self.sort_key, descending=self.descending,
                             offset=offset, limit=limit)

    def reload(self) -> None:
        self._loaded = True
        super().reload()

    # ---- Qt interface ----
    def columnCount(self, parent=_ROOT) -> int:
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section, orientation, role=_DISPLAY):
        role = int(role)
        if orientation == _HORIZONTAL and 0 <= section < len(self.columns):
            if role == _DISPLAY:
                return self.headers[section]
            if role == _TOOLTIP and not self.columns[section].sortable:
                return translate("RecordTable", "此列不能排序")
        if orientation == _VERTICAL and role == _DISPLAY:
            return str(section + 1)
        return None

    def data(self, index: QModelIndex, role=Qt.DisplayRole):
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        role = int(role)  # plain ints: comparing PySide6 enums is slow, and views ask a lot
        row = self._rows[index.row()]
        col = self.columns[index.column()]
        value = row.get(col.key)
        if role == _DISPLAY:
            if col.key in self.choice_keys and value:
                return tr_field(value)
            return display(col.key, value)
        if role == _BACKGROUND:
            state = row.get("_state")
            return theme.state_brushes().get(state) if state else None
        if role == _ALIGN:
            if isinstance(value, (int, Decimal)) and not isinstance(value, bool) and col.key != "step":
                return _RIGHT
            return None
        if role == _TOOLTIP:
            text = "" if value is None else str(value)
            return text if len(text) > LONG else None
        if role == ID_ROLE:
            return row["id"]
        if role == RAW_ROLE:
            return value
        return None

    def flags(self, index):
        return _ROW_FLAGS if index.isValid() else _NO_FLAGS

    def sort(self, column: int, order=Qt.AscendingOrder) -> None:
        if not 0 <= column < len(self.columns) or not self.columns[column].sortable:
            return
        self.sort_key = self.columns[column].key
        self.descending = order == Qt.DescendingOrder
        if self._loaded:
            self.reload()

    # ---- helpers for pages ----
    def record_id(self, row: int) -> int | None:
        return self._rows[row]["id"] if 0 <= row < len(self._rows) else None

    def row_data(self, row: int) -> dict:
        return self._rows[row] if 0 <= row < len(self._rows) else {}

    def row_of(self, record_id: int) -> int:
        for i, r in enumerate(self._rows):
            if r["id"] == record_id:
                return i
        return -1

    def shown_ids(self) -> list[int]:
        """Every id the filter matches, in display order (not only the fetched pages)."""
        return listing.ids(self.key, self.filter, self.sort_key, self.descending)
