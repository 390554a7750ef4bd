"""The station selector (全部工作站 or one) of the list pages, the 统计 page and the exports.

It shows only when the database holds more than one station (a county that has registered stations);
a station's own database never sees it. `station_id()` is None for 全部工作站.
"""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox

from station_app.services import station_scope
from station_app.ui.i18n import translate


class StationCombo(QComboBox):
    """全部工作站 first, then the own station and the registered ones by name."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("station_combo")
        self.setSizeAdjustPolicy(QComboBox.AdjustToContents)
        self.setToolTip(translate("StationCombo", "只看一个工作站的记录，或全部工作站"))
        self.reload()

    def reload(self) -> None:
        """Re-read the stations (a package may have registered one); keeps the choice when it still exists."""
        try:
            multi = station_scope.is_multi()
            refs = station_scope.stations() if multi else []
        except Exception:  # noqa: BLE001  (no database open yet: nothing to choose)
            multi, refs = False, []
        current = self.station_id()
        self.blockSignals(True)
        self.clear()
        self.addItem(translate("StationCombo", "全部工作站"), None)
        for ref in refs:
            self.addItem(ref.name or translate("StationCombo", "（未命名）"), ref.id)
        self.setCurrentIndex(max(self.findData(current), 0) if current is not None else 0)
        self.blockSignals(False)
        if self.parent() is not None:  # a parentless combo made visible would be a window of its own
            self.setHidden(not multi)

    def station_id(self) -> int | None:
        value = self.currentData()
        return int(value) if value is not None else None

    def set_station(self, station_id: int | None) -> None:
        self.setCurrentIndex(max(self.findData(station_id), 0) if station_id is not None else 0)
