"""Which station: the banner over a registered station's record (where it came from, read-only here) and the
window title's station and role (工作站 / 汇总)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QLabel, QWidget

from station_app.services import stations
from station_app.ui import theme
from station_app.ui.i18n import app_title, translate

ROLE_LABELS = {"station": QT_TRANSLATE_NOOP("Stations", "工作站"), "county": QT_TRANSLATE_NOOP("Stations", "汇总")}
STYLE = "background: #fff4d6; border: 1px solid #e0b84f; border-radius: 4px; padding: 6px 8px; color: #6b4500;"


def banner_text(record) -> str:
    """「该记录属于“某某镇委员工作站”，由其上报包导入……」, or "" for the own station's records."""
    came = stations.origin(record) if record is not None else None
    if came is None:
        return ""
    if came.last_package_at:
        when = translate("OriginBanner", "（最近一次上报包：第 {seq} 号，{date}）").format(
            seq=came.last_seq, date=f"{came.last_package_at:%Y-%m-%d}")
    else:
        when = ""
    return translate("OriginBanner", "该记录属于“{station}”，由其上报包导入{when}，在此只能查看和打印；"
                     "如需更正，请在该工作站修改后随下一次上报包报来。").format(station=came.name, when=when)


def origin_banner(record, parent: QWidget | None = None) -> QLabel | None:
    """A wrapped, tinted label for a registered station's *record*; None for the own station's."""
    text = banner_text(record)
    if not text:
        return None
    label = QLabel(text, parent)
    label.setObjectName("origin_banner")
    label.setWordWrap(True)
    label.setStyleSheet(theme.recolour(STYLE))
    return label


def role_label(code: str | None = None) -> str:
    """工作站 / 汇总 in the interface language."""
    return translate("Stations", ROLE_LABELS[code or stations.role()])


def role_title() -> str:
    """The main window's title: 「某某县政协委员联络委 — 汇总 — 委员工作站履职台账」 (the app's name alone
    before the station is named, with the role when it is a 汇总 database)."""
    name = stations.own_name()
    role = stations.role()
    if name:
        return translate("Stations", "{station} — {role} — {app}").format(station=name, role=role_label(role),
                                                                          app=app_title())
    if role == "county":
        return translate("Stations", "{app} — {role}").format(app=app_title(), role=role_label(role))
    return app_title()
