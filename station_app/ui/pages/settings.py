"""设置: station information, reception rules, lookups, quotas and points, holidays, accounts, backups."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QFrame, QLabel, QScrollArea, QTabWidget, QVBoxLayout, QWidget

from station_app.ui import theme
from station_app.ui.i18n import translate
from station_app.ui.pages.base import Page
from station_app.ui.settings.archive import ArchiveRulesTab
from station_app.ui.settings.audit_log import AuditLogTab
from station_app.ui.settings.backup import BackupTab
from station_app.ui.settings.holidays import HolidaysTab
from station_app.ui.settings.lookups import LookupsTab
from station_app.ui.settings.quotas import QuotasTab
from station_app.ui.settings.referral_limits import ReferralLimitsPanel
from station_app.ui.settings.rules import RulesTab
from station_app.ui.settings.station import StationTab
from station_app.ui.settings.teams import TeamsTab
from station_app.ui.settings.users import UsersTab

# the tabs' own `title`s, so their tab texts are found by lupdate and shown in the interface language
TAB_TITLES = (
    QT_TRANSLATE_NOOP("SettingsPage", "工作站信息"), QT_TRANSLATE_NOOP("SettingsPage", "接待日规则"),
    QT_TRANSLATE_NOOP("SettingsPage", "选项列表"), QT_TRANSLATE_NOOP("SettingsPage", "工作专班"),
    QT_TRANSLATE_NOOP("SettingsPage", "履职指标与积分"), QT_TRANSLATE_NOOP("SettingsPage", "卷宗归档"),
    QT_TRANSLATE_NOOP("SettingsPage", "节假日"), QT_TRANSLATE_NOOP("SettingsPage", "督办时限"),
    QT_TRANSLATE_NOOP("SettingsPage", "账号与权限"), QT_TRANSLATE_NOOP("SettingsPage", "备份与数据"),
)


class SettingsPage(Page):
    key = "settings"
    title = "设置"
    icon_name = "settings"
    shows = None  # its tabs show lookups, rules, teams, accounts, backups and the audit log of every change

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        heading = QLabel(translate("SettingsPage", "设置"))
        heading.setFont(theme.title_font())
        heading.setProperty("role", "page-title")
        self.tabs = QTabWidget()
        data_dir = getattr(parent.window() if parent is not None else None, "data_dir", None)  # the main window's
        self.station = StationTab()
        self.rules = RulesTab()
        self.lookups = LookupsTab()
        self.teams = TeamsTab()
        self.quotas = QuotasTab()
        self.archive_rules = ArchiveRulesTab()
        self.holidays = HolidaysTab()
        self.referral_limits = ReferralLimitsPanel()
        self.users = UsersTab()
        self.backup = BackupTab(data_dir=data_dir)
        self.audit_log = AuditLogTab()
        tabs = (self.station, self.rules, self.lookups, self.teams, self.quotas, self.archive_rules, self.holidays,
                self.referral_limits, self.users, self.backup, self.audit_log)
        for tab in tabs:
            self.tabs.addTab(tab, translate("SettingsPage", tab.title))
        self.tabs.currentChanged.connect(lambda _i: self.tabs.currentWidget().refresh())
        # the tallest tab (工作站信息 at 130 % type) scrolls instead of making the window taller than 768 px
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.NoFrame)
        scroll.setWidget(self.tabs)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(scroll, 1)

    def refresh(self) -> None:
        self.tabs.currentWidget().refresh()

    def show_tab(self, title: str) -> QWidget:
        """The tab titled *title* (its Chinese title or the text shown), made current."""
        for i in range(self.tabs.count()):
            if title in (self.tabs.tabText(i), getattr(self.tabs.widget(i), "title", None)):
                if self.tabs.currentIndex() == i:
                    self.tabs.widget(i).refresh()
                self.tabs.setCurrentIndex(i)
                return self.tabs.widget(i)
        raise KeyError(title)
