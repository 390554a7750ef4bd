"""「修改记录」: one record's history from the audit log (its own rows and those of the rows it owns)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QSplitter,
    QVBoxLayout,
)

from station_app.services import audit
from station_app.services.errors import PermissionDenied
from station_app.ui.i18n import translate
from station_app.ui.settings.audit_view import EntryDetail, EntryModel, entry_view, tr_word


class HistoryDialog(QDialog):
    """Entries of record *record_id* of *kind* (a services.fields kind key or table), newest first."""

    def __init__(self, parent=None, kind: str = "", record_id: int = 0, title: str = ""):
        super().__init__(parent)
        self.kind, self.record_id = kind, record_id
        label = tr_word(audit.kind_label(audit.table_of(kind)))
        name = translate("HistoryDialog", "{kind}「{title}」").format(kind=label, title=title) if title else label
        self.setWindowTitle(translate("HistoryDialog", "修改记录 — {record}").format(record=name))
        self.heading = QLabel()
        self.heading.setWordWrap(True)
        self.model = EntryModel(self)
        self.view = entry_view(self.model, (150, 80, 70, 220))
        self.view.selectionModel().currentRowChanged.connect(
            lambda cur, _prev: self.detail.show_entry(self.model.entry(cur.row())))
        self.detail = EntryDetail()
        split = QSplitter(Qt.Vertical)
        split.addWidget(self.view)
        split.addWidget(self.detail)
        split.setSizes([260, 220])
        buttons = QDialogButtonBox(QDialogButtonBox.Close)
        buttons.button(QDialogButtonBox.Close).setText(translate("HistoryDialog", "关闭"))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(split, 1)
        layout.addWidget(buttons)
        self.resize(900, 560)
        self.load()

    def load(self) -> None:
        try:
            entries = audit.history(self.kind, self.record_id)
        except PermissionDenied as exc:
            self.heading.setText(str(exc))
            return
        self.model.set_entries(entries)
        self.heading.setText(translate("HistoryDialog", "共 {n} 条修改记录，最新的在上。")
                             .format(n=len(entries)))
        if entries:
            self.view.selectRow(0)


def add_history_button(dialog, box: QDialogButtonBox):
    """A 「修改记录…」 button on a record dialog's button box, shown for a saved record (a new one has none)."""
    button = box.addButton(translate("HistoryDialog", "修改记录…"), QDialogButtonBox.ActionRole)
    button.setToolTip(translate("HistoryDialog", "查看这条记录由谁、在什么时间做过哪些修改"))
    button.setVisible(getattr(dialog, "record", None) is not None)

    def show():
        record = getattr(dialog, "record", None)
        if record is None:
            QMessageBox.information(dialog, translate("HistoryDialog", "修改记录"),
                                    translate("HistoryDialog", "请先保存这条记录。"))
            return
        history = HistoryDialog(dialog, dialog.kind_key, record.id, dialog.title_of(record))
        history.setAttribute(Qt.WA_DeleteOnClose)
        dialog.history_dialog = history
        history.open()

    button.clicked.connect(show)
    return button
