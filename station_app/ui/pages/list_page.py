"""A page built around one record list: toolbar, filter bar, lazy table, open/new/delete/export/print."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QHBoxLayout, QMessageBox, QPushButton, QVBoxLayout, QWidget

from station_app.services import changes, context, listing, records
from station_app.services.registry import LEDGER_OF, SHEET_OF
from station_app.ui.dialogs.record_dialog import explain_failure
from station_app.ui.i18n import translate
from station_app.ui.pages.base import Page
from station_app.ui.widgets.list_view import RecordListView


def export_ids(parent: QWidget, list_key: str, ids: list[int], title: str, station: int | None = None) -> None:
    """Write the shown rows to an Excel ledger through the export dialog (masking chosen there)."""
    from station_app.services.reception import visit_ids_of_days
    from station_app.ui.dialogs.ledger_export import LedgerExportDialog

    if list_key == "reception_day":  # a list of reception days exports the visits registered on them
        ids = visit_ids_of_days(ids)
    if not ids:
        QMessageBox.information(parent, translate("ListPage", "没有可导出的记录"),
                                translate("ListPage", "当前筛选条件下没有记录。"))
        return
    dialog = LedgerExportDialog(parent, LEDGER_OF[list_key], ids=ids, station=station)
    dialog.setWindowTitle(translate("ListPage", "导出当前列表：{title}").format(title=title))
    if dialog.exec() and dialog.result_path and hasattr(parent, "status_message"):
        parent.status_message.emit(translate("ListPage", "已导出 {n} 条到 {path}").format(
            n=len(ids), path=dialog.result_path))


def print_ids(parent: QWidget, list_key: str, ids: list[int], title: str) -> None:
    from station_app.ui.dialogs.pdf_preview import PdfPreviewDialog

    if not ids:
        QMessageBox.information(parent, translate("ListPage", "没有可打印的记录"),
                                translate("ListPage", "请先选中要打印的记录。"))
        return
    PdfPreviewDialog(parent, SHEET_OF[list_key], ids, title=title).exec()


def print_scope(parent: QWidget, list_key: str, selected: list[int], shown: list[int]) -> list[int] | None:
    """Which records to print: asked before a big job (nothing selected, or more than one record) as
    「打印选中的 N 条 / 全部 M 条（约 P 页）」; None when the user cancels or nothing is shown."""
    from station_app.outputs.sheets import estimate_pages

    if len(selected) == 1:
        return selected
    if not shown and not selected:
        return []
    kind = SHEET_OF[list_key]
    box = QMessageBox(QMessageBox.Question, translate("ListPage", "打印范围"), "", QMessageBox.NoButton, parent)
    chosen = None
    if selected:
        box.setText(translate("ListPage", "选中了 {n} 条记录，要打印哪些？").format(n=len(selected)))
        chosen = box.addButton(translate("ListPage", "打印选中的 {n} 条（约 {pages} 页）").format(
            n=len(selected), pages=estimate_pages(kind, len(selected))), QMessageBox.AcceptRole)
    else:
        box.setText(translate("ListPage", "没有选中记录。要打印当前列表的全部 {n} 条吗？").format(n=len(shown)))
    every = box.addButton(translate("ListPage", "全部 {n} 条（约 {pages} 页）").format(
        n=len(shown), pages=estimate_pages(kind, len(shown))), QMessageBox.AcceptRole)
    cancel = box.addButton(QMessageBox.Cancel)
    box.setDefaultButton(chosen or cancel)  # Enter never starts the whole list unasked
    box.setEscapeButton(cancel)
    box.exec()
    clicked = box.clickedButton()
    if chosen is not None and clicked is chosen:
        return selected
    return shown if clicked is every else None


class ListPage(Page):
    """Subclasses set key/title/list_key and implement `open_dialog(record_id)` and `new_dialog()`."""

    list_key = ""
    new_text = QT_TRANSLATE_NOOP("ListPage", "新建")  # subclasses mark theirs in context "ListPage" too

    def __init__(self, parent=None):
        super().__init__(parent)
        self.view = RecordListView(self.list_key, self, **self.bar_options())
        self.view.activated.connect(self.open_id)
        self.view.selection_changed.connect(self.update_delete)
        self.toolbar = QHBoxLayout()
        self.new_button = self.add_button(translate("ListPage", self.new_text), self.new_record, edit=True)
        self.open_button = self.add_button(translate("ListPage", "打开"), lambda: self.open_id(self.view.current_id()))
        self.delete_button = self.add_button(translate("ListPage", "删除"), self.delete_selected, edit=True)
        self.export_button = self.add_button(translate("ListPage", "导出Excel"), self.export_shown)
        self.print_button = self.add_button(translate("ListPage", "打印"), self.print_current)
        if self.list_key not in SHEET_OF:
            self.print_button.setEnabled(False)
            self.print_button.setToolTip(translate("ListPage", "此类记录没有打印样式"))
        self.saved_filters = None
        if self.view.bar is not None:  # 「已保存筛选」: the filter bar's state by name
            from station_app.ui.widgets.saved_filters import SavedFiltersButton

            self.saved_filters = SavedFiltersButton(self.list_key, self.view.bar, self)
            self.toolbar.addWidget(self.saved_filters)
        self.toolbar.addStretch(1)
        lay = QVBoxLayout(self)
        lay.addLayout(self.toolbar)
        self.build_body(lay)

    # ---- building ----
    def bar_options(self) -> dict:
        return {}

    def build_body(self, lay: QVBoxLayout) -> None:
        lay.addWidget(self.view, 1)

    def add_button(self, text: str, slot, *, edit: bool = False) -> QPushButton:
        b = QPushButton(text, self)
        b.clicked.connect(lambda _=False: slot())
        b.setProperty("edit_action", edit)
        self.toolbar.addWidget(b)
        return b

    def update_actions(self) -> None:
        editable = context.current().can_edit
        for b in self.findChildren(QPushButton):
            if b.property("edit_action"):
                b.setEnabled(editable)
                b.setToolTip("" if editable else translate("ListPage", "当前账号只能查看"))
        self.update_delete()

    def foreign_selected(self) -> bool:
        """Whether a selected row belongs to a registered station (its records are read-only here)."""
        ids = self.view.selected_ids()
        return bool(ids) and bool(listing.foreign_ids(self.list_key, ids))

    def update_delete(self) -> None:
        """删除 is off while the selection holds another station's records."""
        if not context.current().can_edit:
            return
        foreign = self.foreign_selected()
        self.delete_button.setEnabled(not foreign)
        self.delete_button.setToolTip(
            translate("ListPage", "选中的记录由其他工作站的上报包导入，只能在该工作站修改或删除") if foreign else "")

    # ---- Page interface ----
    def refresh(self) -> None:
        self.update_actions()
        self.view.refresh()

    def can(self, action: str) -> bool:
        if action in ("new", "delete"):
            return context.current().can_edit
        if action == "find":
            return True
        if action == "export":
            return True
        if action == "print":
            return self.list_key in SHEET_OF
        return False

    def find(self) -> None:
        if self.view.bar:
            self.view.bar.focus_text()

    def export_shown(self) -> None:
        station = self.view.bar.station.station_id() if self.view.bar else None  # the list's 工作站 choice
        export_ids(self, self.list_key, self.view.model.shown_ids(), self.title, station)

    def print_current(self) -> None:
        ids = print_scope(self, self.list_key, self.view.selected_ids(), self.view.model.shown_ids())
        if ids is not None:
            print_ids(self, self.list_key, ids, self.title)

    def delete_selected(self) -> None:
        ids = self.view.selected_ids()
        if not ids or not context.current().can_edit:
            return
        if listing.foreign_ids(self.list_key, ids):
            QMessageBox.information(self, translate("ListPage", "不能删除"), translate(
                "ListPage", "选中的记录中有其他工作站的上报包导入的记录，只能在该工作站修改或删除；未删除任何记录。"))
            return
        answer = QMessageBox.question(self, translate("ListPage", "移入回收站"), translate(
            "ListPage", "确定将选中的 {n} 条记录移入回收站吗？（可在回收站恢复）").format(n=len(ids)),
                                      QMessageBox.Yes | QMessageBox.No, QMessageBox.No)
        if answer != QMessageBox.Yes:
            return
        try:
            with changes.operation():  # one change notice (one re-read of the list) for them all
                for rid in ids:
                    rec = listing.get(self.list_key, rid)
                    if rec is not None:
                        records.soft_delete(rec)
        except Exception as exc:  # noqa: BLE001  (a failed write is shown; the input stays)
            QMessageBox.critical(self, translate("ListPage", "删除失败"),
                                 getattr(exc, "message", None) or explain_failure(exc))
        self.status_message.emit(translate("ListPage", "已将 {n} 条记录移入回收站").format(n=len(ids)))

    def show_record(self, kind: str, record_id: int) -> None:
        if self.stale:
            self.refresh_now()
        if kind == self.list_key:
            self.view.select_id(record_id)
        self.open_kind(kind, record_id)

    def open_kind(self, kind: str, record_id: int) -> None:
        self.open_id(record_id)

    # ---- records ----
    def open_id(self, record_id: int | None) -> None:
        if record_id is None:
            return
        rec = listing.get(self.list_key, record_id)
        if rec is None:
            QMessageBox.information(self, translate("ListPage", "记录不存在"),
                                    translate("ListPage", "这条记录已被删除或移入回收站。"))
            return
        self.run_dialog(self.dialog_for(rec))

    def new_record(self) -> None:
        if context.current().can_edit:
            self.run_dialog(self.dialog_for(None))

    def run_dialog(self, dlg) -> None:
        """The list re-reads through the change notice of each save; the record saved is selected after."""
        saved = []
        dlg.saved.connect(lambda *_: saved.append(True))
        dlg.exec()
        self.select_saved(getattr(dlg, "record", None))
        if saved:  # the main window offers 撤销 for it
            self.status_message.emit(translate("ListPage", "已保存"))

    def select_saved(self, record=None) -> None:
        if record is not None and getattr(record, "id", None) and listing.get(self.list_key, record.id):
            self.view.select_id(record.id)

    def dialog_for(self, record):
        raise NotImplementedError
