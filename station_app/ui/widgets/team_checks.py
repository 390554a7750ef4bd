"""The work teams (工作专班) as a row of check boxes, for the member dialog."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QCheckBox, QGridLayout, QLabel, QWidget

from station_app.ui.i18n import translate

PER_ROW = 5


class TeamChecks(QWidget):
    """One check box per team (`teams`: (id, name) pairs); `team_ids()` gives the ticked ones."""

    changed = Signal()

    def __init__(self, teams: list[tuple[int, str]], parent: QWidget | None = None):
        super().__init__(parent)
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        self.boxes: dict[int, QCheckBox] = {}
        for i, (team_id, name) in enumerate(teams):
            box = QCheckBox(name, self)
            box.toggled.connect(lambda _on: self.changed.emit())
            grid.addWidget(box, i // PER_ROW, i % PER_ROW)
            self.boxes[team_id] = box
        if not teams:
            hint = QLabel(translate("TeamChecks", "尚未建立工作专班（在“设置—工作专班”中建立）"), self)
            hint.setProperty("role", "hint")
            grid.addWidget(hint, 0, 0)
        grid.setColumnStretch(PER_ROW, 1)

    def team_ids(self) -> list[int]:
        return [team_id for team_id, box in self.boxes.items() if box.isChecked()]

    def set_team_ids(self, ids) -> None:
        wanted = set(ids)
        for team_id, box in self.boxes.items():
            box.setChecked(team_id in wanted)

    def set_editable(self, editable: bool, why: str = "") -> None:
        for box in self.boxes.values():
            box.setEnabled(editable)
            box.setToolTip("" if editable else why)
