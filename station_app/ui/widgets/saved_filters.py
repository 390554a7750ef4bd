"""The 「已保存筛选」 menu of a list page: save the filter bar's state by name, re-apply it with one click."""

from __future__ import annotations

from PySide6.QtWidgets import QInputDialog, QMenu, QMessageBox, QPushButton

from station_app.services import saved_filters
from station_app.services.errors import ValidationError
from station_app.ui.i18n import translate


def bar_state(bar) -> dict:
    """The filter bar's choices as plain values (what a saved filter keeps)."""
    state = {"period": bar.period.currentData() or "", "category": bar.category.currentData() or "",
             "status": bar.status.currentData() or "", "member": bar.member.text(), "text": bar.text.text()}
    if state["period"] == "自定义":
        start, end = bar.start.value(), bar.end.value()
        state["start"], state["end"] = (start.isoformat() if start else ""), (end.isoformat() if end else "")
    if bar.extra_team is not None:
        state["team"] = bar.extra_team.currentData()
    for name, combo in getattr(bar, "extra_choices", {}).items():
        state[name] = combo.currentData() or ""
    return state


def apply_state(bar, state: dict) -> None:
    """Put *state* back into the bar and filter once."""
    import datetime as dt

    widgets = [bar.period, bar.category, bar.status, bar.text, bar.member, bar.start, bar.end]
    if bar.extra_team is not None:
        widgets.append(bar.extra_team)
    widgets += list(bar.extra_choices.values())
    for w in widgets:
        w.blockSignals(True)
    try:
        bar.set_period(state.get("period") or "全部时间")
        custom = bar.period.currentData() == "自定义"
        bar.start.setVisible(custom)
        bar.end.setVisible(custom)
        if custom:
            for w, key in ((bar.start, "start"), (bar.end, "end")):
                w.setValue(dt.date.fromisoformat(state[key]) if state.get(key) else None)
        bar.category.setCurrentIndex(max(bar.category.findData(state.get("category", "")), 0))
        bar.status.setCurrentIndex(max(bar.status.findData(state.get("status", "")), 0))
        if bar.extra_team is not None:
            bar.extra_team.setCurrentIndex(max(bar.extra_team.findData(state.get("team")), 0))
        for name, combo in bar.extra_choices.items():
            combo.setCurrentIndex(max(combo.findData(state.get(name, "")), 0))
        bar.member.edit.setText(state.get("member", ""))
        bar.text.setText(state.get("text", ""))
    finally:
        for w in widgets:
            w.blockSignals(False)
    bar.changed.emit()


class SavedFiltersButton(QPushButton):
    """A drop-down: 「保存当前筛选…」, the saved ones (click to apply), 「删除已保存筛选」."""

    def __init__(self, list_key: str, bar, parent=None):
        super().__init__(parent)
        self.list_key, self.bar = list_key, bar
        self.setText(translate("SavedFilters", "已保存筛选"))
        self.setToolTip(translate("SavedFilters", "保存当前的筛选条件，或套用已保存的筛选"))
        self.setMenu(QMenu(self))  # a push button with a menu: room for its arrow
        self.menu().aboutToShow.connect(self.fill)

    def fill(self) -> None:
        menu = self.menu()
        menu.clear()
        menu.addAction(translate("SavedFilters", "保存当前筛选…"), self.save_current)
        found = saved_filters.saved(self.list_key)
        if found:
            menu.addSeparator()
            for name in found:
                menu.addAction(name, lambda n=name: self.apply(n))
            drop = menu.addMenu(translate("SavedFilters", "删除已保存筛选"))
            for name in found:
                drop.addAction(name, lambda n=name: self.remove(n))

    def save_current(self, name: str | None = None) -> bool:
        if name is None:
            name, ok = QInputDialog.getText(self, translate("SavedFilters", "保存筛选"),
                                            translate("SavedFilters", "为当前筛选条件起个名字："))
            if not ok:
                return False
        try:
            saved_filters.save(self.list_key, name, bar_state(self.bar))
        except ValidationError as exc:
            QMessageBox.warning(self, translate("SavedFilters", "不能保存筛选"), exc.message)
            return False
        return True

    def apply(self, name: str) -> None:
        state = saved_filters.saved(self.list_key).get(name)
        if state is not None:
            apply_state(self.bar, state)

    def remove(self, name: str) -> None:
        saved_filters.remove(self.list_key, name)
