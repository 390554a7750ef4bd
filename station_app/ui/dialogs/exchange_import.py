"""导入上报包: several package files at once, verified and imported in the background; the first package of
a station shows its name and key fingerprint and registers it after confirmation; a report per package
and kind (新增, 更新, 删除, 未变) follows. This unit's key file for the stations can be saved here too."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTreeView,
    QVBoxLayout,
)

from station_app.services import settings
from station_app.services.exchange import KINDS, PackageError, container, importer, keys, rows
from station_app.ui.i18n import translate
from station_app.ui.jobs import report_failure, run_job

HEADERS = (QT_TRANSLATE_NOOP("ExchangeImportDialog", "上报包"), QT_TRANSLATE_NOOP("ExchangeImportDialog", "工作站"),
           QT_TRANSLATE_NOOP("ExchangeImportDialog", "新增"), QT_TRANSLATE_NOOP("ExchangeImportDialog", "更新"),
           QT_TRANSLATE_NOOP("ExchangeImportDialog", "删除"), QT_TRANSLATE_NOOP("ExchangeImportDialog", "未变"))


class ExchangeImportDialog(QDialog):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.setWindowTitle(translate("ExchangeImportDialog", "导入上报包"))
        self.resize(860, 520)
        self.job = None
        self.outcomes: list[importer.Outcome] = []
        own = QLabel(translate("ExchangeImportDialog", "本单位接收密钥指纹：{fp}").format(fp=keys.box_fingerprint()))
        own.setTextInteractionFlags(Qt.TextSelectableByMouse)
        save_key = QPushButton(translate("ExchangeImportDialog", "导出本单位公钥文件…"))
        save_key.clicked.connect(self.save_key_file)
        top = QHBoxLayout()
        top.addWidget(own, 1)
        top.addWidget(save_key)
        self.choose = QPushButton(translate("ExchangeImportDialog", "选择上报包…"))
        self.choose.clicked.connect(self.choose_files)
        self.summary = QLabel(translate("ExchangeImportDialog", "可一次选择多个上报包（.slpkg）。"
                                                                "每个包先核对签名和校验和，有问题的整包不导入。"))
        self.summary.setWordWrap(True)
        self.model = QStandardItemModel(0, len(HEADERS), self)
        self.model.setHorizontalHeaderLabels([translate("ExchangeImportDialog", h) for h in HEADERS])
        self.view = QTreeView()
        self.view.setModel(self.model)
        self.view.setUniformRowHeights(True)
        self.view.setAlternatingRowColors(True)
        header = self.view.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.Stretch)
        for col in range(1, len(HEADERS)):
            header.setSectionResizeMode(col, QHeaderView.ResizeToContents)
        buttons = QDialogButtonBox(QDialogButtonBox.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.choose, 0, Qt.AlignLeft)
        layout.addWidget(self.summary)
        layout.addWidget(self.view, 1)
        layout.addWidget(buttons)

    # ---- key file ----
    def save_key_file(self) -> None:
        own = settings.station()
        name = f"{own.name if own else 'county'}_公钥{keys.KEY_SUFFIX}"
        path, _ = QFileDialog.getSaveFileName(self, translate("ExchangeImportDialog", "导出本单位公钥文件"),
                                              str(Path.home() / name),
                                              translate("ExchangeImportDialog", "公钥文件 (*.slkey)"))
        if not path:
            return
        try:
            key = keys.write_key_file(Path(path), own)
        except PackageError as exc:
            QMessageBox.warning(self, translate("ExchangeImportDialog", "导出失败"), exc.message)
            return
        QMessageBox.information(self, translate("ExchangeImportDialog", "已导出公钥文件"),
                                translate("ExchangeImportDialog", "已保存到 {path}\n指纹：{fp}\n\n"
                                                                  "把这个文件交给各工作站；他们导入后，"
                                                                  "请电话核对这串数字。").format(
                                    path=path, fp=key.fingerprint))

    # ---- packages ----
    def choose_files(self) -> None:
        paths, _ = QFileDialog.getOpenFileNames(self, translate("ExchangeImportDialog", "选择上报包"), "",
                                                translate("ExchangeImportDialog", "上报包 (*.slpkg);;所有文件 (*)"))
        if paths:
            self.import_paths([Path(p) for p in paths])

    def import_paths(self, paths: list[Path]) -> None:
        self.choose.setEnabled(False)

        def work(progress, cancel):
            return importer.import_files(paths, accept_new=False, progress=progress, cancelled=cancel)

        self.job = run_job(self, translate("ExchangeImportDialog", "正在核对并导入上报包…"), work, self._first_pass,
                           self._failed)

    def _first_pass(self, outcomes: list[importer.Outcome]) -> None:
        pending = [o for o in outcomes if o.pending is not None]
        accepted = {info.station_uuid for info in {o.pending.station_uuid: o.pending for o in pending}.values()
                    if self.confirm_station(info)}
        again = [o.path for o in pending if o.pending.station_uuid in accepted]
        if not again:
            self._show(outcomes)
            return
        keep = [o for o in outcomes if o.path not in set(again)]

        def work(progress, cancel):
            return importer.import_files(again, accept_new=lambda info: info.station_uuid in accepted,
                                         progress=progress, cancelled=cancel)

        self.job = run_job(self, translate("ExchangeImportDialog", "正在导入新登记工作站的上报包…"), work,
                           lambda more: self._show(self._in_order(keep + more, outcomes)), self._failed)

    @staticmethod
    def _in_order(found: list[importer.Outcome], order: list[importer.Outcome]) -> list[importer.Outcome]:
        by_path = {o.path: o for o in found}
        return [by_path[o.path] for o in order if o.path in by_path]

    def confirm_station(self, info: importer.Inspection) -> bool:
        text = translate("ExchangeImportDialog", "首次收到工作站“{name}”的上报包。\n\n"
                                                 "所属政协：{cppcc}\n签名密钥指纹：{fp}\n\n"
                                                 "请打电话与该工作站核对指纹，一致才登记。登记这个工作站并导入吗？").format(
            name=info.name, cppcc=info.cppcc or translate("ExchangeImportDialog", "（未填）"), fp=info.fingerprint)
        return QMessageBox.question(self, translate("ExchangeImportDialog", "登记新的工作站"), text) == QMessageBox.Yes

    def _show(self, outcomes: list[importer.Outcome]) -> None:
        self.choose.setEnabled(True)
        self.outcomes = outcomes
        self.model.removeRows(0, self.model.rowCount())
        done = sum(o.result is not None for o in outcomes)
        for outcome in outcomes:
            cells, notes = self._row(outcome)
            self.model.appendRow(cells)
            for text in notes:  # spanned rows: their parent must be in the model first
                self._note(cells[0], text)
        self.view.expandAll()
        refused = len(outcomes) - done
        text = translate("ExchangeImportDialog", "已处理 {n} 个上报包：导入 {ok} 个").format(n=len(outcomes), ok=done)
        if refused:
            text += translate("ExchangeImportDialog", "，{bad} 个未导入（原因见下）").format(bad=refused)
        self.summary.setText(text + translate("ExchangeImportDialog", "。"))

    def _row(self, outcome: importer.Outcome) -> tuple[list[QStandardItem], list[str]]:
        """The package's row with a child row per kind changed, and the notes to add under it."""
        result = outcome.result
        cells = [QStandardItem(outcome.path.name), QStandardItem(result.station if result else "")]
        if result is None:
            cells += [QStandardItem("") for _ in KINDS]
            return cells, [translate("ExchangeImportDialog", "未导入：") + outcome.error]
        notes = []
        title = translate("ExchangeImportDialog", "第 {n} 号").format(n=result.sequence)
        if result.registered:
            title += translate("ExchangeImportDialog", "（新登记）")
        cells[1].setText(f"{result.station} {title}")
        cells += [self._number(result.total(k)) for k in KINDS]
        if result.already:
            notes.append(translate("ExchangeImportDialog", "已导入过，无变化"))
        elif not result.changed:
            notes.append(translate("ExchangeImportDialog", "无变化"))
        for table, counts in result.kinds.items():
            if not any(counts.get(k) for k in KINDS[:3]):
                continue
            label = rows.BY_NAME[table].label if table in rows.BY_NAME else table
            cells[0].appendRow([QStandardItem(label), QStandardItem("")]
                               + [self._number(counts.get(k, 0)) for k in KINDS])
        if result.without_files:
            notes.append(translate("ExchangeImportDialog", "{n} 个附件的文件未随包，暂未导入（请工作站导出"
                                                           "“全部记录”并勾选“附带附件文件”）").format(n=result.without_files))
        if result.unresolved:
            notes.append(translate("ExchangeImportDialog", "{n} 行引用的记录尚未收到，暂未导入"
                                                           "（补齐缺少的上报包后再导入本包）").format(n=result.unresolved))
        notes += [translate("ExchangeImportDialog", "缺少第 {n} 号上报包").format(n=n) for n in result.gaps]
        return cells, notes

    def _note(self, parent: QStandardItem, text: str) -> None:
        item = QStandardItem(text)
        item.setToolTip(text)
        parent.appendRow([item])
        self.view.setFirstColumnSpanned(parent.rowCount() - 1, parent.index(), True)

    @staticmethod
    def _number(n: int) -> QStandardItem:
        item = QStandardItem(str(n))
        item.setTextAlignment(Qt.AlignRight | Qt.AlignVCenter)
        return item

    def done(self, result: int) -> None:
        from station_app.ui.jobs import abandon

        abandon(self.job)
        self.job = None
        super().done(result)

    def _failed(self, exc, tb) -> None:
        self.choose.setEnabled(True)
        if isinstance(exc, container.Cancelled):
            QMessageBox.information(self, translate("ExchangeImportDialog", "已取消"),
                                    translate("ExchangeImportDialog", "已取消导入：已导入的上报包保留，其余未导入。"))
        elif isinstance(exc, PackageError):
            QMessageBox.warning(self, translate("ExchangeImportDialog", "导入失败"), exc.message)
        else:
            report_failure(self, translate("ExchangeImportDialog", "导入失败"), exc)
