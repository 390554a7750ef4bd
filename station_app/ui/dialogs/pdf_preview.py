"""Print preview of archive sheets inside the app (QtPdf), with print and save-as-PDF."""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

from PySide6.QtCore import QPointF, QRectF, QSize
from PySide6.QtGui import QGuiApplication, QPageLayout, QPageSize, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
)

from station_app.outputs import atomic_path
from station_app.outputs.sheets import SHEET_KINDS, Coverage, precheck, render_selection
from station_app.services.privacy import may_unmask
from station_app.ui import theme
from station_app.ui.dialogs.output_dialog import report_saved
from station_app.ui.i18n import tr_field, translate
from station_app.ui.jobs import confirm_overwrite
from station_app.ui.widgets.path_field import choose_save_path


def fitting_size(widget, width: int, share: float) -> tuple[int, int]:
    """*width* (at most the screen's) × *share* of the available screen height: a dialog that fits."""
    screen = widget.screen() if widget.screen() is not None else QGuiApplication.primaryScreen()
    if screen is None:
        return width, 700
    area = screen.availableGeometry()
    return min(width, area.width()), max(400, int(area.height() * share))


class PdfPreviewDialog(QDialog):
    """Renders the sheets of *kind* for *ids* in the background, shows them, prints or saves them."""

    def __init__(self, parent, kind: str, ids, title: str = "", *, year: int | None = None):
        super().__init__(parent)
        self.kind, self.ids, self.year = kind, list(ids), year
        self.label = (
            tr_field(SHEET_KINDS[kind]) if kind in SHEET_KINDS else translate("PdfPreviewDialog", "档案")
        )
        self.title = title or self.label
        self.setWindowTitle(translate("PdfPreviewDialog", "打印预览 — {title}").format(title=self.title))
        self.resize(*fitting_size(self, 900, 0.85))
        self._dir = Path(tempfile.mkdtemp(prefix="station-preview-"))
        self.pdf_path: Path | None = None
        self.job = None
        self.doc = QPdfDocument(self)
        self.view = QPdfView(self)
        self.view.setDocument(self.doc)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)

        self.full = QCheckBox(translate("PdfPreviewDialog", "显示完整身份证号和电话"))
        self.full.setToolTip(translate("PdfPreviewDialog",
                                       "默认脱敏打印；勾选后重新生成，含完整个人信息，请妥善保管纸质件。"))
        if not may_unmask():  # full numbers are for administrators (the renderer refuses them too)
            self.full.setEnabled(False)
            self.full.setToolTip(translate("PdfPreviewDialog", "只有管理员可以显示和打印完整的身份证号和电话。"))
        self.full.toggled.connect(lambda _=None: self.render())
        self.print_btn = QPushButton(translate("PdfPreviewDialog", "打印…"))
        self.save_btn = QPushButton(translate("PdfPreviewDialog", "另存为 PDF…"))
        close_btn = QPushButton(translate("PdfPreviewDialog", "关闭"))
        self.print_btn.clicked.connect(self.print_document)
        self.save_btn.clicked.connect(self.save_as)
        close_btn.clicked.connect(self.reject)
        self.pages = QLabel("")
        self.warning = QLabel("")
        self.warning.setWordWrap(True)
        self.warning.setStyleSheet(theme.recolour("color: #8a4b00;"))
        self.warning.hide()

        bar = QHBoxLayout()
        for w in (self.print_btn, self.save_btn, self.full):
            bar.addWidget(w)
        bar.addStretch(1)
        bar.addWidget(self.pages)
        bar.addWidget(close_btn)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.warning)
        layout.addWidget(self.view, 1)
        self._set_ready(False)
        self.render()

    # ---- rendering ----
    def _set_ready(self, ready: bool) -> None:
        self.print_btn.setEnabled(ready)
        self.save_btn.setEnabled(ready)

    def render(self) -> None:
        from station_app.ui.jobs import abandon, run_job

        self._set_ready(False)
        self.doc.close()
        abandon(self.job)  # a render still running for the other masking is let go
        kind, ids, year = self.kind, list(self.ids), self.year  # the worker never reads the dialog
        unmasked = self.full.isChecked()
        target = self._dir / f"{'full' if unmasked else 'masked'}.pdf"
        cov = Coverage()
        found = precheck.sheet_findings(self.kind, self.ids, self.year) if self.kind != "roster" else (
            precheck.common_findings())
        before = precheck.message(found)  # shown now, before the file is written; it prints with □
        self.warning.setText(before)
        self.warning.setVisible(bool(before))

        def work(progress, cancel):
            render_selection(kind, ids, target, year=year, unmasked=unmasked,
                             progress=progress, cancel=cancel, coverage=cov)
            return target, "\n".join(t for t in (before, cov.message(skip=precheck.chars_of(found))) if t)

        self.job = run_job(
            self,
            translate("PdfPreviewDialog", "正在生成{sheet}…").format(sheet=self.label),
            work,
            self._loaded,
            self._failed,
        )

    def _loaded(self, result) -> None:
        path, warning = result
        self.pdf_path = path
        error = self.doc.load(str(path))
        if error != QPdfDocument.Error.None_:
            self._failed(
                RuntimeError(
                    translate("PdfPreviewDialog", "无法打开生成的 PDF：{error}").format(error=error)
                ),
                "",
            )
            return
        self.pages.setText(translate("PdfPreviewDialog", "共 {n} 页").format(n=self.doc.pageCount()))
        self.warning.setText(warning)
        self.warning.setVisible(bool(warning))
        self._set_ready(True)

    def _failed(self, exc, tb) -> None:
        from station_app.ui.jobs import report_failure

        report_failure(self, translate("PdfPreviewDialog", "无法生成档案"), exc)

    # ---- output ----
    def save_as(self) -> bool:
        if not self.pdf_path:
            return False
        name = f"{self.title}.pdf".replace("/", "_")
        dest = choose_save_path(self, "pdf_save", translate("PdfPreviewDialog", "另存为 PDF"), name,
                                translate("PdfPreviewDialog", "PDF 文件 (*.pdf)"), ".pdf")
        if not dest or not confirm_overwrite(self, Path(dest)):
            return False
        try:
            with atomic_path(dest) as tmp:
                shutil.copyfile(self.pdf_path, tmp)
        except OSError as exc:
            QMessageBox.critical(
                self,
                translate("PdfPreviewDialog", "保存失败"),
                translate("PdfPreviewDialog", "无法写入 {path}：{reason}").format(
                    path=dest, reason=exc.strerror or exc
                ),
            )
            return False
        report_saved(self, translate("PdfPreviewDialog", "已保存"),
                     translate("PdfPreviewDialog", "已保存到 {path}").format(path=dest), Path(dest))
        return True

    def print_document(self) -> bool:
        if not self.pdf_path or self.doc.pageCount() == 0:
            return False
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
        first = self.doc.pagePointSize(0)
        landscape = first.width() > first.height()
        printer.setPageOrientation(
            QPageLayout.Orientation.Landscape if landscape else QPageLayout.Orientation.Portrait
        )
        printer.setFullPage(True)
        printer.setDocName(self.title)
        dialog = QPrintDialog(printer, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return False
        return self.paint_pages(printer)

    def paint_pages(self, printer: QPrinter) -> bool:
        """Paint every page (the print range the user chose) onto *printer* at its resolution."""
        count = self.doc.pageCount()
        first, last = 0, count - 1
        if printer.printRange() == QPrinter.PrintRange.PageRange and printer.fromPage() > 0:
            first, last = printer.fromPage() - 1, min(count, printer.toPage()) - 1
        painter = QPainter()
        if not painter.begin(printer):
            QMessageBox.critical(
                self,
                translate("PdfPreviewDialog", "打印失败"),
                translate("PdfPreviewDialog", "无法连接打印机。"),
            )
            return False
        try:
            dpi = printer.resolution()
            for index in range(first, last + 1):
                if index > first:
                    printer.newPage()
                size = self.doc.pagePointSize(index)
                pixels = QSize(int(size.width() * dpi / 72), int(size.height() * dpi / 72))
                image = self.doc.render(index, pixels)
                area = QRectF(printer.pageLayout().fullRectPixels(dpi))
                scale = min(area.width() / pixels.width(), area.height() / pixels.height())
                target = QRectF(
                    QPointF(0, 0), QRectF(0, 0, pixels.width() * scale, pixels.height() * scale).size()
                )
                painter.drawImage(target, image)
        finally:
            painter.end()
        return True

    def done(self, result: int) -> None:
        """Close at once: a render still running is cancelled and its folder removed when it ends."""
        from station_app.ui.jobs import abandon

        job, self.job = self.job, None
        self.doc.close()
        folder = self._dir
        abandon(job, lambda: shutil.rmtree(folder, ignore_errors=True))
        super().done(result)


__all__ = ["PdfPreviewDialog"]
