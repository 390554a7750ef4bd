"""矛盾纠纷调解 page: cases with deadline highlighting, a banner of due deadlines and follow-ups."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QT_TRANSLATE_NOOP, QTimer
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout

from station_app.ui import theme
from station_app.ui.dialogs.dispute import DisputeDialog
from station_app.ui.i18n import tr_field, translate
from station_app.ui.pages.list_page import ListPage


class DisputesPage(ListPage):
    key = "disputes"
    title = "矛盾纠纷调解"
    icon_name = "disputes"
    list_key = "dispute"
    shows = frozenset({"dispute", "member"})
    new_text = QT_TRANSLATE_NOOP("ListPage", "受理新案件")

    def bar_options(self) -> dict:
        return {"category_label": tr_field("纠纷类型")}

    def build_body(self, lay: QVBoxLayout) -> None:
        row = QHBoxLayout()
        self.banner = QLabel(self)
        self.banner.setWordWrap(True)
        self.banner.setMinimumHeight(2 * self.banner.fontMetrics().lineSpacing() + 4)  # two lines, never clipped
        self.show_overdue = QPushButton(translate("DisputesPage", "只看超期"), self)
        self.show_overdue.clicked.connect(lambda: self.view.bar.set_status("已超期"))
        self.show_due = QPushButton(translate("DisputesPage", "只看应回访"), self)
        self.show_due.clicked.connect(lambda: self.view.bar.set_status("应回访"))
        self.show_near = QPushButton(translate("DisputesPage", "只看临近期限"), self)
        self.show_near.clicked.connect(lambda: self.view.bar.set_status("临近期限"))
        row.addWidget(self.banner, 1)
        row.addWidget(self.show_due)
        row.addWidget(self.show_near)
        row.addWidget(self.show_overdue)
        lay.addLayout(row)
        legend = QLabel(translate("DisputesPage", "红色：已超过一个月办理期限；黄色：7天内到期；"
                                                  "蓝色：应回访（“办理期限”列为回访日期）。"), self)
        legend.setStyleSheet(theme.recolour("color:#666;"))
        legend.setWordWrap(True)  # the English legend at 130 % type is wider than a 1366 px screen
        lay.addWidget(self.view, 1)
        self.view.footer.addWidget(legend)

    def refresh(self) -> None:
        super().refresh()
        QTimer.singleShot(0, self.update_banner)  # the rows first, the counts right after

    def update_banner(self) -> None:
        from station_app.services import disputes

        today = dt.date.today()
        counts = disputes.due_counts(today)
        parts = []
        if counts["overdue"]:
            parts.append(theme.recolour(translate("DisputesPage", "<b style='color:#c0392b'>{n} 件已超期</b>")).format(
                n=counts["overdue"]))
        if counts["near_deadline"]:
            parts.append(theme.recolour(translate("DisputesPage", "<b style='color:#b45309'>{n} 件 7 天内到期</b>"))
                         .format(n=counts["near_deadline"]))
        if counts["followups_due"]:
            first = disputes.followups_due(today, limit=5)
            names = "、".join(d.case_no for d in first) + ("…" if counts["followups_due"] > 5 else "")
            parts.append(translate("DisputesPage", "<b>{n} 件应回访</b>（{cases}）").format(
                n=counts["followups_due"], cases=names))
        self.banner.setText(translate("DisputesPage", "；").join(parts) if parts
                            else translate("DisputesPage", "没有临近期限或应回访的案件。"))

    def dialog_for(self, record):
        return DisputeDialog(self, record)


PAGE_CLASSES = [DisputesPage]
