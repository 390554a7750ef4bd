"""矛盾纠纷调解 page: cases with deadline highlighting, a banner of due deadlines and follow-ups."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout

from station_app.ui.dialogs.dispute import DisputeDialog
from station_app.ui.pages.list_page import ListPage


class DisputesPage(ListPage):
    key = "disputes"
    title = "矛盾纠纷调解"
    icon_name = "disputes"
    list_key = "dispute"
    new_text = "受理新案件"

    def bar_options(self) -> dict:
        return {"category_label": "纠纷类型"}

    def build_body(self, lay: QVBoxLayout) -> None:
        row = QHBoxLayout()
        self.banner = QLabel(self)
        self.banner.setWordWrap(True)
        self.show_overdue = QPushButton("只看超期", self)
        self.show_overdue.clicked.connect(lambda: self.view.bar.set_status("已超期"))
        self.show_near = QPushButton("只看临近期限", self)
        self.show_near.clicked.connect(lambda: self.view.bar.set_status("临近期限"))
        row.addWidget(self.banner, 1)
        row.addWidget(self.show_near)
        row.addWidget(self.show_overdue)
        lay.addLayout(row)
        legend = QLabel("红色：已超过一个月办理期限；黄色：7天内到期。", self)
        legend.setStyleSheet("color:#666;")
        lay.addWidget(self.view, 1)
        self.view.footer.addWidget(legend)

    def refresh(self) -> None:
        super().refresh()
        from station_app.services import disputes

        today = dt.date.today()
        near, over, due = disputes.near_deadline(today), disputes.overdue(today), disputes.followups_due(today)
        parts = []
        if over:
            parts.append(f"<b style='color:#c0392b'>{len(over)} 件已超期</b>")
        if near:
            parts.append(f"<b style='color:#b45309'>{len(near)} 件 7 天内到期</b>")
        if due:
            names = "、".join(d.case_no for d in due[:5]) + ("…" if len(due) > 5 else "")
            parts.append(f"<b>{len(due)} 件应回访</b>（{names}）")
        self.banner.setText("；".join(parts) if parts else "没有临近期限或应回访的案件。")

    def dialog_for(self, record):
        return DisputeDialog(self, record)


PAGE_CLASSES = [DisputesPage]
