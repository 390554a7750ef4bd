"""The pages of the left navigation, in order; the main window imports each by name."""

from __future__ import annotations

import importlib

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

# (module, class) in navigation order: 首页, 接待日, 值班排班, 矛盾纠纷调解, 履职活动, 协商议题, 社情民意,
# 提案, 督办, 委员, 统计, 设置, 回收站.
PAGE_MODULES = (
    "home", "reception", "roster", "disputes", "activities", "topics", "opinions", "proposals", "referrals",
    "members", "stats", "stations", "settings", "recycle",
)
COUNTY_PAGES = ("stations",)  # shown only when the database holds more than one station
PAGE_CLASSES = {
    "home": "HomePage",
    "reception": "ReceptionPage",
    "roster": "RosterPage",
    "disputes": "DisputesPage",
    "activities": "ActivitiesPage",
    "topics": "TopicsPage",
    "opinions": "OpinionsPage",
    "referrals": "ReferralsPage",
    "proposals": "ProposalsPage",
    "members": "MembersPage",
    "stats": "StatsPage",
    "stations": "StationsPage",
    "settings": "SettingsPage",
    "recycle": "RecyclePage",
}
# Navigation titles, known before a page's module is imported (pages are imported when first shown).
PAGE_TITLES = {
    "home": QT_TRANSLATE_NOOP("Pages", "首页"), "reception": QT_TRANSLATE_NOOP("Pages", "接待日"),
    "roster": QT_TRANSLATE_NOOP("Pages", "值班排班"), "disputes": QT_TRANSLATE_NOOP("Pages", "矛盾纠纷调解"),
    "activities": QT_TRANSLATE_NOOP("Pages", "履职活动"), "topics": QT_TRANSLATE_NOOP("Pages", "协商议题"),
    "opinions": QT_TRANSLATE_NOOP("Pages", "社情民意"), "proposals": QT_TRANSLATE_NOOP("Pages", "提案"),
    "referrals": QT_TRANSLATE_NOOP("Pages", "督办"),
    "members": QT_TRANSLATE_NOOP("Pages", "委员"),
    "stats": QT_TRANSLATE_NOOP("Pages", "统计"), "stations": QT_TRANSLATE_NOOP("Pages", "工作站对比"),
    "settings": QT_TRANSLATE_NOOP("Pages", "设置"),
    "recycle": QT_TRANSLATE_NOOP("Pages", "回收站"),
}


def kind_page(kind: str) -> str | None:
    """The page that lists records of *kind* (services.registry)."""
    # lazy: the registry (with services.fields and the masking rules) costs ≈ 40 ms before the window shows;
    # ui.app imports it just after the window is shown
    from station_app.services.registry import PAGE_OF

    return PAGE_OF.get(kind)


def page_title(key: str) -> str:
    """The navigation title of page *key* in the interface language."""
    return QCoreApplication.translate("Pages", PAGE_TITLES[key])

def page_keys() -> list[str]:
    """The pages in navigation order (工作站对比 only when the database holds several stations)."""
    from station_app.services import station_scope

    try:
        multi = station_scope.is_multi()
    except Exception:  # noqa: BLE001  (no database open: a station's pages)
        multi = False
    return [k for k in PAGE_MODULES if multi or k not in COUNTY_PAGES]


def page_class(key: str) -> type:
    """Import the page module *key* and return its Page subclass."""
    module = importlib.import_module(f"{__name__}.{key}")
    return getattr(module, PAGE_CLASSES[key])
