"""A record list: filter bar, lazy sortable table over RecordTableModel, and a count of matching rows."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from station_app.store.choices import TOPIC_STEPS
from station_app.ui import theme
from station_app.ui.i18n import tr_field, translate
from station_app.ui.models.record_table import RecordTableModel
from station_app.ui.widgets.column_layout import NAME_LISTS, TEXT_TYPES, ColumnLayout, settings_of
from station_app.ui.widgets.filter_bar import FilterBar


class RecordListView(QWidget):
    """`activated(id)` on double-click or Enter; `selection_changed()` when the current row moves."""

    activated = Signal(int)
    selection_changed = Signal()

    def __init__(self, key: str, parent=None, *, filter_bar: bool = True, remember_as: str = "",
                 hidden: tuple[str, ...] = (), **bar_options):
        """*remember_as*: the name its columns are remembered by (default *key*; a second list of the
        same kind on another page names its own); *hidden*: columns hidden until the user shows them."""
        super().__init__(parent)
        self.key = key
        self.model = RecordTableModel(key, self)
        self.bar = FilterBar(key, self, **bar_options) if filter_bar else None
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setDefaultSectionSize(24)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSortIndicatorShown(True)
        # never narrower than the header text plus the sort arrow, so labels are not clipped,
        # nor than a fixed state translated into a longer word (Resident member for 驻室委员)
        # (the services' widths are for the 100 % font: scaled with 帮助 → 字体大小)
        scale = theme.font_scale() / 100
        defaults = [max(round(col.width * scale), header.sectionSizeHint(i), self._choice_width(col.key))
                    for i, col in enumerate(self.model.columns)]
        self.columns = ColumnLayout(self.table, remember_as or key, [c.key for c in self.model.columns], defaults,
                                    self._text_columns(), settings_of(parent), hidden)
        key_col = next((i for i, c in enumerate(self.model.columns) if c.key == self.model.sort_key), 0)
        header.setSortIndicator(key_col, Qt.DescendingOrder if self.model.descending else Qt.AscendingOrder)
        header.sortIndicatorChanged.connect(self.model.sort)
        self.table.doubleClicked.connect(self._double_clicked)
        self.table.activated.connect(self._double_clicked)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self.selection_changed.emit())
        self.count_label = QLabel(self)
        self.count_label.setObjectName("count_label")
        self.model.count_changed.connect(self._show_count)
        self.model.modelReset.connect(self.selection_changed)

        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        if self.bar:
            lay.addWidget(self.bar)
            self.bar.changed.connect(self.apply_filter)
        lay.addWidget(self.table, 1)
        foot = QHBoxLayout()
        foot.addWidget(self.count_label)
        foot.addStretch(1)
        self.footer = foot
        lay.addLayout(foot)


    def _text_columns(self) -> set[str]:
        """Columns of free text or joined names: they take the spare width (or give it up) first."""
        names = set(self.model.spec.kind.names)
        return {c.key for c in self.model.columns if c.key in NAME_LISTS or (
            c.key in names and self.model.spec.kind.field(c.key).type in TEXT_TYPES
            and not c.key.endswith(("_no", "code", "number")))}  # numbers are read whole

    def _choice_width(self, key: str) -> int:
        """Width of the widest fixed state of column *key* whose translation differs from the stored value."""
        if key == "step":  # a topic's step number shown by name
            stored = (*TOPIC_STEPS, "已办结")
        elif key in self.model.choice_keys:
            stored = self.model.spec.kind.field(key).choices or ()
        else:
            return 0
        texts = [tr_field(c) for c in stored if tr_field(c) != c]
        metrics = self.table.fontMetrics()
        return max((metrics.horizontalAdvance(t) + 16 for t in texts), default=0)

    def apply_filter(self) -> None:
        if self.bar:
            self.model.set_filter(self.bar.filter())
        else:
            self.model.reload()

    def refresh(self) -> None:
        keep = self.current_id()
        self.apply_filter()
        if keep is not None:
            self.select_id(keep)

    def _show_count(self, n: int) -> None:
        self.count_label.setText(translate("RecordListView", "共 {n} 条").format(n=n))

    def _double_clicked(self, index) -> None:
        rid = self.model.record_id(index.row())
        if rid is not None:
            self.activated.emit(rid)

    def current_id(self) -> int | None:
        idx = self.table.currentIndex()
        return self.model.record_id(idx.row()) if idx.isValid() else None

    def selected_ids(self) -> list[int]:
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        return [self.model.record_id(r) for r in rows if self.model.record_id(r) is not None]

    def select_id(self, record_id: int) -> bool:
        row = self.model.row_of(record_id)
        while row < 0 and self.model.canFetchMore():
            self.model.fetchMore()
            row = self.model.row_of(record_id)
        if row >= 0:
            self.table.selectRow(row)
            self.table.scrollTo(self.model.index(row, 0))
        return row >= 0
