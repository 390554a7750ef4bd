"""督办 page: every 交办 item (visits, topic results, proposals, opinions handed to a department), with
filters for kind, department, state, overdue and period (跨年 open items show in the later year too)."""

from __future__ import annotations

from station_app.services import referrals
from station_app.ui.dialogs.referral import ReferralDialog
from station_app.ui.i18n import tr_field, translate
from station_app.ui.pages.list_page import ListPage


class ReferralsPage(ListPage):
    key = "referrals"
    title = "督办"
    icon_name = "referrals"
    list_key = "referral"
    shows = frozenset({"referral", "visit", "topic", "proposal", "opinion", "lookup", "holiday_override"})

    def __init__(self, parent=None):
        super().__init__(parent)
        # items follow their sources: none is made or deleted here (the source's hand-over does that)
        self.new_button.hide()
        self.delete_button.hide()
        self.view.bar.add_department_filter(referrals.departments_in_use())
        hint = translate("ReferralsPage", "交办事项由来访、协商成果、提案和社情民意的交办自动生成；"
                                          "红色为已逾期，黄色为7天内到期。")
        from station_app.ui.dialogs.record_dialog import info_label

        self.layout().insertWidget(1, info_label(hint, self))

    def bar_options(self) -> dict:
        return {"category_label": tr_field("事项来源"), "status_label": tr_field("办理状态")}

    def can(self, action: str) -> bool:
        if action in ("new", "delete"):
            return False
        return super().can(action)

    def refresh(self) -> None:
        referrals.backfill_if_pending()
        bar = self.view.bar
        if bar is not None and bar.extra_department is not None:  # units named since the page was built
            current = bar.extra_department.currentData()
            names = referrals.departments_in_use()
            have = [bar.extra_department.itemData(i) for i in range(1, bar.extra_department.count())]
            if names != have:
                bar.extra_department.blockSignals(True)
                while bar.extra_department.count() > 1:
                    bar.extra_department.removeItem(1)
                for name in names:
                    bar.extra_department.addItem(name, name)
                bar.extra_department.setCurrentIndex(max(bar.extra_department.findData(current), 0))
                bar.extra_department.blockSignals(False)
        super().refresh()

    def show_filtered(self, department: str = "", overdue: bool = False) -> None:
        """The list narrowed to one department (and overdue items): the 首页 box's group links."""
        self.refresh()
        bar = self.view.bar
        bar.blockSignals(True)
        bar.reset()
        bar.set_department(department)
        bar.set_overdue(overdue)
        bar.blockSignals(False)
        self.view.apply_filter()

    def dialog_for(self, record):
        return ReferralDialog(self, record)


PAGE_CLASSES = [ReferralsPage]
