"""The 卷宗材料 tab of a dispute: the dossier's papers in order; paper-only items ticked with their pages; archiving."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from station_app.services import context, stations
from station_app.services.errors import ValidationError
from station_app.ui import theme
from station_app.ui.dialogs.record_dialog import edit_button, explain_failure
from station_app.ui.i18n import tr_field, translate

HEADERS = [QT_TRANSLATE_NOOP("DossierPanel", "序号"), QT_TRANSLATE_NOOP("DossierPanel", "文书名称"),
           QT_TRANSLATE_NOOP("DossierPanel", "必备"), QT_TRANSLATE_NOOP("DossierPanel", "已具备"),
           QT_TRANSLATE_NOOP("DossierPanel", "页数"), QT_TRANSLATE_NOOP("DossierPanel", "备注"),
           QT_TRANSLATE_NOOP("DossierPanel", "来源")]
HAVE, PAGES, NOTE = 3, 4, 5  # columns the clerk edits on paper-only items


class DossierPanel(QWidget):
    """Shows services.disputes.dossier(); a paper item's tick, 页数 and 备注 are recorded with set_paper()."""

    changed = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.dispute = None
        self.model = QStandardItemModel(0, len(HEADERS), self)
        self.model.setHorizontalHeaderLabels([translate("DossierPanel", h) for h in HEADERS])
        self.view = QTableView(self)
        self.view.setModel(self.model)
        self.view.verticalHeader().setVisible(False)
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeToContents)
        self.view.horizontalHeader().setStretchLastSection(True)
        self.missing = QLabel(self)
        self.missing.setWordWrap(True)
        self.archive_button = edit_button(QPushButton(translate("DossierPanel", "归档…"), self))
        self.archive_button.clicked.connect(self.archive)
        row = QHBoxLayout()
        row.addWidget(self.missing, 1)
        row.addWidget(self.archive_button)
        lay = QVBoxLayout(self)
        hint = QLabel(translate("DossierPanel", "勾选“已具备”登记已收到的纸质材料（身份证明、告知书等），"
                                                "双击“页数”填写实际页数、“备注”填写说明；"
                                                "其余由案件记录自动生成。"), self)
        hint.setWordWrap(True)
        lay.addWidget(hint)
        lay.addWidget(self.view, 1)
        lay.addLayout(row)
        self.model.itemChanged.connect(self._ticked)
        self._filling = False

    def show_dispute(self, dispute) -> None:
        from station_app.services import disputes

        self.dispute = dispute
        self._filling = True
        self.model.setRowCount(0)
        editable = (context.current().can_edit and dispute.archive_status != "已归档"
                    and stations.is_own(dispute))  # a registered station's case: read-only here
        for e in disputes.dossier(dispute):
            paper = e.origin == "paper" and editable
            have = QStandardItem("")
            have.setCheckState(Qt.Checked if e.present else Qt.Unchecked)
            have.setFlags(Qt.ItemIsEnabled | Qt.ItemIsUserCheckable if paper else Qt.ItemIsEnabled)
            have.setData(e.name, Qt.UserRole)
            shown_pages = str(e.pages) if e.origin == "paper" and e.pages else ""
            pages, note = QStandardItem(shown_pages), QStandardItem(e.note)
            for item in (pages, note):
                item.setFlags(Qt.ItemIsEnabled | Qt.ItemIsSelectable | Qt.ItemIsEditable if paper
                              else Qt.ItemIsEnabled)
            pages.setToolTip(translate("DossierPanel", "双击填写纸质材料的实际页数") if paper else "")
            items = [QStandardItem(str(e.seq)), QStandardItem(tr_field(e.name)),
                     QStandardItem(translate("DossierPanel", "是") if e.required else ""),
                     have, pages, note, QStandardItem(e.source)]
            self.model.appendRow(items)
        self._filling = False
        archived = dispute.archive_status == "已归档"
        problems = [] if archived else disputes.archive_problems(dispute)
        if archived:
            self.missing.setText(
                translate("DossierPanel", "已归档，卷宗号 {file_no}。").format(file_no=dispute.file_no)
            )
        elif problems:
            self.missing.setText(theme.recolour("<b style='color:#c0392b'>") + translate("DossierPanel", "尚不能归档：")
                                 + "</b>" + translate("DossierPanel", "；").join(problems))
        else:
            self.missing.setText(theme.recolour("<b style='color:#3c8d5a'>")
                                 + translate("DossierPanel", "必备材料齐全，可以归档。") + "</b>")
        self.archive_button.setEnabled(editable and not archived)

    def _ticked(self, item: QStandardItem) -> None:
        if self._filling or self.dispute is None or item.column() not in (HAVE, PAGES, NOTE):
            return
        from station_app.services import disputes

        row = item.row()
        have = self.model.item(row, HAVE)
        received = have.checkState() == Qt.Checked
        pages = self.model.item(row, PAGES).text().strip()
        if item.column() == HAVE and received and not pages:
            pages = "1"  # ticked: one page until the clerk counts them
        elif item.column() == PAGES and pages:
            received = True  # a page count means the paper is there
        try:
            disputes.set_paper(self.dispute, have.data(Qt.UserRole), received, pages if received else 0,
                               self.model.item(row, NOTE).text())
        except ValidationError as exc:
            QMessageBox.warning(self, translate("DossierPanel", "不能修改"), exc.message)
        except Exception as exc:  # noqa: BLE001  (a failed write is shown; the input stays)
            QMessageBox.critical(self, translate("DossierPanel", "保存失败"), explain_failure(exc))
        self.show_dispute(self.dispute)
        self.changed.emit()

    def archive(self) -> None:
        from station_app.services import disputes

        try:
            disputes.archive(self.dispute)
        except ValidationError as exc:
            QMessageBox.warning(self, translate("DossierPanel", "不能归档"), exc.message)
            return
        except Exception as exc:  # noqa: BLE001  (a failed write is shown; the input stays)
            QMessageBox.critical(self, translate("DossierPanel", "归档失败"), explain_failure(exc))
            return
        self.show_dispute(self.dispute)
        self.changed.emit()
