"""The interface language: Chinese by default, English from resources/translations/*_en.qm.

Source strings are Chinese. Code marks them with `translate("Context", "…")` (found by
pyside6-lupdate) and service-provided labels are shown through `tr_field(label)`.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMenu, QMessageBox, QWidget

from station_app.paths import resources_dir

log = logging.getLogger(__name__)

SETTINGS_KEY = "ui/language"
DEFAULT = "zh_CN"
LANGUAGES = {"zh_CN": "中文", "en": "English"}  # shown in their own language, never translated
FIELDS_CONTEXT = "fields"

_current = DEFAULT


def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """QCoreApplication.translate under a short name pyside6-lupdate still recognises."""
    return QCoreApplication.translate(context, text, disambiguation, n)


def tr_field(label: str) -> str:
    """A field label, kind name or fixed state from services/ in the interface language (else unchanged)."""
    if not label:
        return label
    return QCoreApplication.translate(FIELDS_CONTEXT, label)



# the prefixes of stored record numbers (services.item_numbers.PREFIX), for record numbers in notices
NUMBER_PREFIXES = (QT_TRANSLATE_NOOP("ItemNumber", "来访"), QT_TRANSLATE_NOOP("ItemNumber", "活动"),
                   QT_TRANSLATE_NOOP("ItemNumber", "接待"), QT_TRANSLATE_NOOP("ItemNumber", "议题"),
                   QT_TRANSLATE_NOOP("ItemNumber", "值班"), QT_TRANSLATE_NOOP("ItemNumber", "委员"),
                   QT_TRANSLATE_NOOP("ItemNumber", "报告"))


def tr_notice(text: str) -> str:
    """A service notice (`services.notices.Notice`) in the interface language; any other text unchanged."""
    from station_app.services.notices import NUMBERS, TEMPLATES, WORDS, Notice, fill

    if not isinstance(text, Notice):
        return text
    values = {k: tr_field(v) if k in WORDS else v for k, v in text.values.items()}
    for k in NUMBERS:  # 来访-012 → Visit-012: the number's prefix as a field label
        if values.get(k):
            head, sep, tail = str(values[k]).partition("-")
            values[k] = translate("ItemNumber", head) + sep + tail if sep else values[k]
    return fill(tr_field(TEMPLATES[text.key]), values, month_day)

def app_title() -> str:
    """The application's name (APP_NAME) in the interface language."""
    return translate("App", "委员工作站履职台账")


def translations_dir() -> Path:
    return resources_dir() / "translations"


def current_language() -> str:
    """The language installed in this process ("zh_CN" or "en")."""
    return _current


def normalise(lang: object) -> str:
    text = str(lang or "").strip()
    if text.lower().startswith("en"):
        return "en"
    return DEFAULT


def saved_language(settings: QSettings) -> str:
    """The language chosen in *settings* (ui/language); Chinese when unset or unknown."""
    return normalise(settings.value(SETTINGS_KEY, DEFAULT))


def save_language(settings: QSettings, lang: str) -> None:
    settings.setValue(SETTINGS_KEY, normalise(lang))
    settings.sync()


def install(app: QCoreApplication, lang: str) -> list[QTranslator]:
    """Install the translators for *lang* (replacing ones installed before) and the matching locale.

    zh_CN: Chinese locale + Qt's own qtbase_zh_CN (standard dialogs and buttons in Chinese).
    en: English (United States) locale + one translator per resources/translations/*_en.qm.
    """
    global _current
    for old in getattr(app, "_station_translators", []):
        app.removeTranslator(old)
    installed: list[QTranslator] = []
    app._station_translator = None  # the qtbase_zh_CN translator (the self-test checks it)
    lang = normalise(lang)
    if lang == "en":
        QLocale.setDefault(QLocale(QLocale.English, QLocale.UnitedStates))
        for path in sorted(translations_dir().glob("*_en.qm")):
            translator = QTranslator(app)
            if translator.load(str(path)):
                app.installTranslator(translator)
                installed.append(translator)
            else:
                log.warning("translation %s could not be loaded", path)
        if not installed:
            log.warning("no English translations in %s", translations_dir())
    else:
        QLocale.setDefault(QLocale(QLocale.Chinese, QLocale.China))
        translator = QTranslator(app)
        folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        if translator.load("qtbase_zh_CN", folder):
            app.installTranslator(translator)
            installed.append(translator)
            app._station_translator = translator
        else:
            log.warning("qtbase_zh_CN not found in %s", folder)
    app._station_translators = installed
    _current = lang
    return installed


# ---- choosing (帮助 → 界面语言) ----
def add_language_menu(parent_menu: QMenu, settings: QSettings, owner: QWidget) -> dict[str, QAction]:
    """界面语言 → 中文 / English under *parent_menu*; the choice is saved in *settings* for the next start."""
    menu = parent_menu.addMenu(translate("MainWindow", "界面语言"))
    menu.setObjectName("language-menu")
    group = QActionGroup(owner)
    chosen = saved_language(settings)
    actions: dict[str, QAction] = {}
    for lang, name in LANGUAGES.items():
        act = QAction(name, owner, checkable=True)
        act.setChecked(lang == chosen)
        act.triggered.connect(lambda _=False, code=lang: choose_language(owner, settings, code))
        group.addAction(act)
        menu.addAction(act)
        actions[lang] = act
    return actions


def choose_language(owner: QWidget, settings: QSettings, lang: str) -> None:
    """Remember *lang*; the running window keeps its language until the program is started again."""
    if lang == saved_language(settings):
        return
    save_language(settings, lang)
    name = LANGUAGES[lang]
    QMessageBox.information(
        owner, translate("MainWindow", "界面语言"),
        # both languages: the user may not read the one the window is in now
        f"界面语言已改为{name}，重新启动程序后生效。\n"
        f"The interface language is now {name}; it applies after you restart the program.")


# ---- dates in the interface language (Chinese output unchanged) ----
_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def weekday_name(day) -> str:
    from station_app.store.choices import WEEKDAY_NAMES

    return tr_field(WEEKDAY_NAMES[day.weekday()])


def month_day(day) -> str:
    """11月23日 / 23 Nov."""
    return translate("Dates", "{month}月{day}日").format(month=day.month, day=day.day, mon=_MONTHS[day.month - 1])


def long_date(day) -> str:
    """2026年11月23日 / 23 Nov 2026."""
    return translate("Dates", "{year}年{month}月{day}日").format(
        year=day.year, month=day.month, day=day.day, mon=_MONTHS[day.month - 1])


def year_month(year: int, month: int) -> str:
    """2026年11月 / Nov 2026."""
    return translate("Dates", "{year}年{month}月").format(year=year, month=month, mon=_MONTHS[month - 1])
