"""委员 page: members by sector and work team; the selected member's year at a glance."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import QFormLayout, QGroupBox, QLabel, QSpinBox, QSplitter, QVBoxLayout

from station_app.services import listing
from station_app.ui import theme
from station_app.ui.dialogs.simple_records import MemberDialog
from station_app.ui.i18n import tr_field, translate
from station_app.ui.pages.base import FIGURE_KINDS
from station_app.ui.pages.list_page import ListPage

_M = "MembersPage"
FIGURES = (("duty_shifts", QT_TRANSLATE_NOOP("MembersPage", "值班（次）")),
           ("visits", QT_TRANSLATE_NOOP("MembersPage", "接待来访（件）")),
           ("people_contacted", QT_TRANSLATE_NOOP("MembersPage", "联系群众（人次）")),
           ("mediations", QT_TRANSLATE_NOOP("MembersPage", "参与调解（件）")),
           ("mediations_succeeded", QT_TRANSLATE_NOOP("MembersPage", "调解成功（件）")),
           ("activities", QT_TRANSLATE_NOOP("MembersPage", "参加活动（次）")),
           ("topics", QT_TRANSLATE_NOOP("MembersPage", "参与协商议题（件）")),
           ("opinions", QT_TRANSLATE_NOOP("MembersPage", "社情民意（篇）")),
           ("proposals_lead", QT_TRANSLATE_NOOP("MembersPage", "领衔提案（件）")),
           ("proposals_joint", QT_TRANSLATE_NOOP("MembersPage", "联名提案（件）")),
           ("points", QT_TRANSLATE_NOOP("MembersPage", "积分")),
           ("rank", QT_TRANSLATE_NOOP("MembersPage", "排名")))


class MemberYear(QGroupBox):
    """One member's figures for a year (services.performance.member_figures)."""

    def __init__(self, parent=None):
        super().__init__(translate("MembersPage", "年度履职"), parent)
        self.year = QSpinBox(self)
        self.year.setRange(2000, 2100)
        self.year.setValue(dt.date.today().year)
        prefix, _, suffix = translate("MembersPage", "{year} 年").partition("{year}")
        self.year.setPrefix(prefix)
        self.year.setSuffix(suffix)
        self.name = QLabel(translate("MembersPage", "请在左侧选择一位委员"), self)
        self.name.setStyleSheet("font-size:15px; font-weight:bold;")
        self.name.setWordWrap(True)
        self.form = QFormLayout()
        self.values: dict[str, QLabel] = {}
        for key, label in FIGURES:
            self.values[key] = QLabel("—", self)
            self.form.addRow(translate(_M, label), self.values[key])
        self.quota = QLabel(self)
        self.quota.setWordWrap(True)
        lay = QVBoxLayout(self)
        lay.addWidget(self.year)
        lay.addWidget(self.name)
        lay.addLayout(self.form)
        lay.addWidget(self.quota)
        lay.addStretch(1)
        self._cache: dict[int, dict] = {}
        self.member_id: int | None = None
        self.year.valueChanged.connect(lambda *_: self.show_member(self.member_id))

    def figures(self, year: int) -> dict:
        if year not in self._cache:
            from station_app.services import performance

            start, end = dt.date(year, 1, 1), dt.date(year, 12, 31)
            self._cache[year] = {f.member_id: f for f in performance.member_figures(start, end)}
        return self._cache[year]

    def invalidate(self) -> None:
        self._cache.clear()

    def show_member(self, member_id: int | None) -> None:
        self.member_id = member_id
        if member_id is None:
            return
        fig = self.figures(self.year.value()).get(member_id)
        rec = listing.get("member", member_id)
        self.name.setText(f"{rec.name}（{rec.sector}）" if rec else "")  # data
        for key, _ in FIGURES:
            value = getattr(fig, key, None) if fig else None
            if isinstance(value, float):
                value = f"{value:g}"
            self.values[key].setText("—" if value in (None, "") else str(value))
        if fig is None:
            self.quota.setText(translate("MembersPage", "该委员当年不在册或无记录。"))
        elif fig.below_quota:
            self.quota.setText(theme.recolour(translate("MembersPage", "<b style='color:#c0392b'>未达指标：</b>"))
                               + "；".join(fig.below_quota))
        else:
            self.quota.setText(theme.recolour(translate("MembersPage", "<b style='color:#3c8d5a'>已达年度指标</b>"))
                               if fig.quotas else "")


class MembersPage(ListPage):
    key = "members"
    title = "委员"
    icon_name = "members"
    list_key = "member"
    shows = FIGURE_KINDS | {"work_team"}  # the list and the year panel's figures
    new_text = QT_TRANSLATE_NOOP("ListPage", "新增委员")

    def bar_options(self) -> dict:
        return {"category_label": tr_field("界别")}

    def build_body(self, lay: QVBoxLayout) -> None:
        self.view.bar.add_team_filter(listing.teams())
        self.year_panel = MemberYear(self)
        split = QSplitter(Qt.Horizontal, self)
        split.addWidget(self.view)
        split.addWidget(self.year_panel)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 1)
        lay.addWidget(split, 1)
        self.view.selection_changed.connect(lambda: self.year_panel.show_member(self.view.current_id()))

    def refresh(self) -> None:
        self.year_panel.invalidate()
        super().refresh()

    def dialog_for(self, record):
        return MemberDialog(self, record)


PAGE_CLASSES = [MembersPage]
