"""The pages of the left navigation, in order; the main window imports each by name."""

from __future__ import annotations

import importlib
import logging

log = logging.getLogger(__name__)

# (module, class) in navigation order: 首页, 接待日, 值班排班, 矛盾纠纷调解, 履职活动, 协商议题, 社情民意,
# 委员, 统计, 设置, 回收站.
PAGE_MODULES = (
    "home", "reception", "roster", "disputes", "activities", "topics", "opinions", "members",
    "stats", "settings", "recycle",
)
PAGE_CLASSES = {
    "home": "HomePage",
    "reception": "ReceptionPage",
    "roster": "RosterPage",
    "disputes": "DisputesPage",
    "activities": "ActivitiesPage",
    "topics": "TopicsPage",
    "opinions": "OpinionsPage",
    "members": "MembersPage",
    "stats": "StatsPage",
    "settings": "SettingsPage",
    "recycle": "RecyclePage",
}

# Which page shows a record of a given kind (search results, dashboard links).
KIND_PAGES = {
    "reception_day": "reception", "visit": "reception", "duty_slot": "roster", "dispute": "disputes",
    "activity": "activities", "topic": "topics", "opinion": "opinions", "member": "members",
}


def page_classes() -> list[type]:
    """The Page subclasses that exist, in navigation order (a module not yet written is skipped)."""
    found = []
    for name in PAGE_MODULES:
        qualified = f"{__name__}.{name}"
        try:
            module = importlib.import_module(qualified)
        except ModuleNotFoundError as exc:
            if exc.name == qualified:
                log.info("page %s not available", name)
                continue
            raise
        found.append(getattr(module, PAGE_CLASSES[name]))
    return found


def available(module: str) -> bool:
    """Whether an optional module (a peer's dialog) is installed."""
    import importlib.util

    try:
        return importlib.util.find_spec(module) is not None
    except ModuleNotFoundError:
        return False
