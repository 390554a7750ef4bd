"""The main window: left navigation, the page stack, menus, toolbar, shortcuts and status bar."""

from __future__ import annotations

import importlib

from PySide6.QtCore import QT_TRANSLATE_NOOP, QByteArray, QSettings, QSize, Qt, QUrl
from PySide6.QtGui import QAction, QDesktopServices, QFontMetrics, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from station_app import __version__
from station_app.services import context
from station_app.ui import display, i18n, theme
from station_app.ui.i18n import app_title, translate
from station_app.ui.pages import kind_page, page_class, page_keys, page_title

# action key -> (label, shortcut, icon, needs edit rights)
PAGE_ACTIONS = {
    "new": (QT_TRANSLATE_NOOP("MainWindow", "新建"), QKeySequence.New, "new", True),
    "find": (QT_TRANSLATE_NOOP("MainWindow", "查找"), QKeySequence.Find, "", False),
    "export": (QT_TRANSLATE_NOOP("MainWindow", "导出当前列表…"), QKeySequence("Ctrl+E"), "export", False),
    "print": (QT_TRANSLATE_NOOP("MainWindow", "打印…"), QKeySequence.Print, "print", False),
    "delete": (QT_TRANSLATE_NOOP("MainWindow", "删除"), QKeySequence.Delete, "delete", True),
}


class MainWindow(QMainWindow):
    """One window; pages are built when first shown so the window opens quickly."""

    def __init__(self, data_dir=None, settings: QSettings | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.data_dir = data_dir
        self.settings = settings or QSettings()
        self.update_title()
        self.setWindowIcon(theme.icon("app"))
        self.page_keys = page_keys()
        self.pages: dict[str, QWidget] = {}
        self.nav = QListWidget(objectName="navigation")
        self.nav.setIconSize(QSize(22, 22))
        self.stack = QStackedWidget()
        for key in self.page_keys:
            item = QListWidgetItem(theme.icon(key), page_title(key))
            item.setData(Qt.UserRole, key)
            self.nav.addItem(item)
            self.stack.addWidget(QWidget())  # replaced by the page when first shown
        self._fit_nav()
        central = QWidget()
        row = QHBoxLayout(central)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(0)
        row.addWidget(self.nav)
        from station_app.ui.undo_bar import UndoBar

        self.undo_bar = UndoBar(self)  # 「已保存 … 撤销」 and Ctrl+Z
        column = QVBoxLayout()
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.undo_bar)
        column.addWidget(self.stack, 1)
        row.addLayout(column, 1)
        self.setCentralWidget(central)
        self.actions_by_key: dict[str, QAction] = {}
        self._build_actions()
        self._build_menus()
        self._build_toolbar()
        self.user_label = QLabel()
        self.statusBar().addPermanentWidget(self.user_label)
        self.update_user()
        self.nav.currentRowChanged.connect(self._on_nav)
        self._restore()

    def _fit_nav(self) -> None:
        """Navigation wide enough for the longest title (English ones are longer) in the current font:
        icon, padding and margins ≈ 70 px."""
        metrics = QFontMetrics(QApplication.font(self.nav))  # the new size, even before the list has it
        widest = max((metrics.horizontalAdvance(page_title(k)) for k in self.page_keys), default=0)
        self.nav.setFixedWidth(max(168, widest + 78))
        for i in range(self.nav.count()):
            self.nav.item(i).setSizeHint(QSize(max(150, widest + 60), max(42, metrics.height() + 22)))

    # ---- pages ----
    def keys(self) -> list[str]:
        return list(self.page_keys)

    def page(self, key: str):
        """The page for *key*, imported and built on first use."""
        if key not in self.pages:
            index = self.page_keys.index(key)
            page = page_class(key)(self.stack)  # built in its place: moving it there re-styles every widget
            page.title = page_title(key)  # the navigation title in the interface language
            page.status_message.connect(self.show_status)
            page.open_record.connect(self.show_record)
            placeholder = self.stack.widget(index)
            self.stack.insertWidget(index, page)
            self.stack.removeWidget(placeholder)
            placeholder.deleteLater()
            self.pages[key] = page
        return self.pages[key]

    def current_page(self):
        item = self.nav.currentItem()
        return self.page(item.data(Qt.UserRole)) if item else None

    def show_page(self, key: str):
        self.nav.setCurrentRow(self.page_keys.index(key))
        page = self.page(key)
        if page.stale:  # asked for before the window is shown (no show event yet): its data now
            page.refresh_now()
        return page

    def _on_nav(self, row: int):
        if row < 0:
            return
        key = self.nav.item(row).data(Qt.UserRole)
        page = self.page(key)
        self.stack.setCurrentWidget(page)  # a stale page re-reads as it is shown (pages.base.Page)
        self.update_actions()
        self.show_status(page.title)

    def show_record(self, kind: str, record_id: int):
        key = kind_page(kind)
        if key in self.page_keys:
            self.show_page(key).show_record(kind, int(record_id))

    def show_status(self, text: str):
        self.statusBar().showMessage(text, 8000)
        self.undo_bar.check()

    # ---- actions ----
    def _action(self, key: str, label: str, slot, shortcut=None, icon_name: str = "") -> QAction:
        action = QAction(theme.icon(icon_name) if icon_name else theme.icon(""), label, self)
        if shortcut is not None:
            action.setShortcut(shortcut)
        action.triggered.connect(slot)
        self.actions_by_key[key] = action
        return action

    def _build_actions(self):
        for key, (label, shortcut, icon_name, _edit) in PAGE_ACTIONS.items():
            self._action(key, translate("MainWindow", label), lambda _=False, k=key: self.route(k), shortcut, icon_name)
        self._action("search", translate("MainWindow", "全局搜索…"), self.open_search, QKeySequence("Ctrl+Shift+F"),
                     "search")
        self._action("refresh", translate("MainWindow", "刷新"), self.refresh_current, QKeySequence.Refresh, "refresh")
        self._action("backup", translate("MainWindow", "立即备份"), self.backup_now, None, "backup")
        self._action("folder", translate("MainWindow", "打开数据文件夹"), self.open_data_folder, None, "folder")
        self._action("quit", translate("MainWindow", "退出"), self.close, QKeySequence.Quit)
        self._action("about", translate("MainWindow", "关于"), self.about, None, "about")
        self._action("ledger_export", translate("MainWindow", "导出台账…"), lambda: self._open_dialog("ledger_export"))
        self._action("ledger_import", translate("MainWindow", "导入台账…"), lambda: self._open_dialog("ledger_import"))
        self._action("inspection", translate("MainWindow", "迎检材料打包…"), lambda: self._open_dialog("inspection"))
        self._action("exchange_export", translate("MainWindow", "上报包…"),
                     lambda: self._open_dialog("exchange_export"))
        self._action("exchange_import", translate("MainWindow", "导入上报包…"),
                     lambda: self._open_dialog("exchange_import"))

    def _build_menus(self):
        bar = self.menuBar()
        a = self.actions_by_key
        file_menu = bar.addMenu(translate("MainWindow", "文件(&F)"))
        for key in ("new", "print", "backup", "folder"):
            file_menu.addAction(a[key])
        file_menu.addSeparator()
        file_menu.addAction(a["quit"])
        edit = bar.addMenu(translate("MainWindow", "编辑(&E)"))
        edit.addAction(self.undo_bar.action)
        for key in ("delete", "search", "find"):
            edit.addAction(a[key])
        view = bar.addMenu(translate("MainWindow", "查看(&V)"))
        for i, key in enumerate(self.page_keys):
            act = QAction(theme.icon(key), page_title(key), self)
            if i < 9:
                act.setShortcut(QKeySequence(f"Ctrl+{i + 1}"))
            act.triggered.connect(lambda _=False, k=key: self.show_page(k))
            view.addAction(act)
        view.addSeparator()
        view.addAction(a["refresh"])
        export = bar.addMenu(translate("MainWindow", "导出(&X)"))
        export.addAction(a["export"])
        for key in ("ledger_export", "ledger_import", "inspection"):
            export.addAction(a[key])
        export.addSeparator()
        for key in ("exchange_export", "exchange_import"):
            export.addAction(a[key])
        help_menu = bar.addMenu(translate("MainWindow", "帮助(&H)"))
        help_menu.addAction(a["folder"])
        self.language_actions = i18n.add_language_menu(help_menu, self.settings, self)
        self.font_actions = display.add_font_menu(help_menu, self.settings, self)
        help_menu.addSeparator()
        help_menu.addAction(a["about"])

    def _build_toolbar(self):
        tools = self.addToolBar(translate("MainWindow", "工具栏"))
        tools.setObjectName("main-toolbar")
        tools.setIconSize(QSize(22, 22))
        tools.setToolButtonStyle(Qt.ToolButtonTextBesideIcon)
        for key in ("new", "search", "export", "print", "delete", "refresh"):
            tools.addAction(self.actions_by_key[key])

    def route(self, action: str):
        """Send a menu/shortcut action to the current page when it applies.

        Ctrl+F focuses the page's own filter box; on a page without one it opens the global search.
        """
        page = self.current_page()
        if action == "find" and (page is None or not page.can("find")):
            self.open_search()
            return
        if page is None or not self._allowed(page, action):
            return
        {"new": page.new_record, "find": page.find, "export": page.export_shown,
         "print": page.print_current, "delete": page.delete_selected}[action]()

    def _allowed(self, page, action: str) -> bool:
        needs_edit = PAGE_ACTIONS[action][3]
        return page.can(action) and (not needs_edit or context.current().can_edit)

    def update_actions(self):
        page = self.current_page()
        for key in PAGE_ACTIONS:
            self.actions_by_key[key].setEnabled(key == "find" or (page is not None and self._allowed(page, key)))

    def update_title(self):
        """「某某县政协委员联络委 — 汇总 — 委员工作站履职台账」: the own station and this database's role."""
        from station_app.ui.widgets.origin_banner import role_title

        self.setWindowTitle(role_title())

    def update_user(self):
        actor = context.current()
        self.user_label.setText(translate("MainWindow", "当前用户：{user}（{role}）").format(
            user=actor.username, role=i18n.tr_field(actor.role)))

    def refresh_current(self):
        """刷新 (F5): the current page re-reads whether or not a change notice marked it stale."""
        page = self.current_page()
        if page:
            page.refresh_now()

    # ---- commands ----
    def open_search(self):
        from station_app.ui.search_dialog import SearchDialog

        dialog = SearchDialog(self)
        dialog.open_record.connect(self.show_record)
        dialog.show()
        return dialog

    DIALOGS: dict[str, tuple[str, str]] = {  # noqa: RUF012  (read-only)
        "ledger_export": ("station_app.ui.dialogs.ledger_export", "LedgerExportDialog"),
        "ledger_import": ("station_app.ui.dialogs.ledger_import", "LedgerImportWizard"),
        "inspection": ("station_app.ui.dialogs.inspection", "InspectionDialog"),
        "exchange_export": ("station_app.ui.dialogs.exchange_export", "ExchangeExportDialog"),
        "exchange_import": ("station_app.ui.dialogs.exchange_import", "ExchangeImportDialog"),
    }

    def _open_dialog(self, key: str):
        module_name, cls_name = self.DIALOGS[key]
        module = importlib.import_module(module_name)
        dialog = getattr(module, cls_name)(self)
        dialog.exec()  # an import's change notice marks the pages it concerns stale

    def backup_now(self):
        from station_app.ui.settings.backup import backup_now

        backup_now(self, self.data_dir)

    def open_data_folder(self):
        if self.data_dir is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.data_dir.root)))

    def about(self):
        name = app_title()
        QMessageBox.about(
            self, translate("MainWindow", "关于 {name}").format(name=name),
            translate("MainWindow",
                      "<h3>{name}</h3><p>版本 {version}</p>"
                      "<p>政协委员工作室（站）履职台账：接待日、值班排班、矛盾纠纷调解、履职活动、协商议题、"
                      "社情民意、委员履职统计，一键生成 Excel 台账与 PDF 档案。</p>"
                      "<p>数据文件夹：{folder}</p>"
                      "<p>界面字体：文泉驿微米黑（Apache-2.0）</p>").format(
                name=name, version=__version__, folder=self.data_dir.root if self.data_dir else "—"))

    # ---- geometry ----
    def _restore(self):
        geometry = self.settings.value("window/geometry")
        if isinstance(geometry, QByteArray) and not geometry.isEmpty():
            self.restoreGeometry(geometry)
        else:
            self.resize(1280, 800)
        state = self.settings.value("window/state")
        if isinstance(state, QByteArray) and not state.isEmpty():
            self.restoreState(state)
        last = self.settings.value("window/page", "home")
        keys = list(self.page_keys)
        if keys:  # its rows (or the dashboard's worker) once the window is shown: see pages.base.Page
            self.nav.setCurrentRow(keys.index(last if last in keys else keys[0]))

    def save_layout(self):
        self.settings.setValue("window/geometry", self.saveGeometry())
        self.settings.setValue("window/state", self.saveState())
        item = self.nav.currentItem()
        if item:
            self.settings.setValue("window/page", item.data(Qt.UserRole))
        self.settings.sync()

    def changeEvent(self, event):
        display.palette_changed(event)
        super().changeEvent(event)

    def font_scale_changed(self):
        """帮助 → 字体大小 was applied: widths worked out from the font follow."""
        self._fit_nav()

    def closeEvent(self, event):
        self.save_layout()
        super().closeEvent(event)
