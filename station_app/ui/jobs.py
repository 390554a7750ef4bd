"""Run long work (exports, imports, packages) off the GUI thread with a progress dialog and cancel."""

from __future__ import annotations

import threading
import traceback
from typing import Callable

from PySide6.QtCore import QObject, Qt, QThread, Signal
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QWidget

from station_app.ui.i18n import translate


class _Worker(QObject):
    progressed = Signal(int, int, str)
    finished = Signal(object)
    failed = Signal(object, str)

    def __init__(self, fn: Callable, cancel_flag: threading.Event):
        super().__init__()
        self.fn, self.cancel_flag = fn, cancel_flag

    def run(self):
        try:
            result = self.fn(lambda d, t, m="": self.progressed.emit(int(d), int(t), str(m)),
                             self.cancel_flag.is_set)
        except BaseException as exc:  # reported to the GUI thread, shown there
            self.failed.emit(exc, traceback.format_exc())
        else:
            self.finished.emit(result)


class Job(QObject):
    """One background job. fn(progress, cancel) -> result; callbacks run on the GUI thread."""

    done = Signal(object)
    error = Signal(object, str)

    def __init__(self, parent: QWidget, title: str, fn: Callable, *, modal: bool = True):
        super().__init__(parent)
        self.cancel_flag = threading.Event()
        self.dialog = QProgressDialog(title, translate("Jobs", "取消"), 0, 0, parent)
        self.dialog.setWindowTitle(title)
        self.dialog.setWindowModality(Qt.WindowModal if modal else Qt.NonModal)
        self.dialog.setMinimumDuration(300)
        self.dialog.setAutoClose(False)
        self.dialog.setAutoReset(False)
        self.dialog.canceled.connect(self.cancel_flag.set)
        self.thread = QThread(self)
        self.worker = _Worker(fn, self.cancel_flag)
        self.worker.moveToThread(self.thread)
        self.thread.started.connect(self.worker.run)
        self.worker.progressed.connect(self._on_progress)
        self.worker.finished.connect(self._on_finished)
        self.worker.failed.connect(self._on_failed)

    def start(self) -> "Job":
        self.thread.start()
        return self

    def wait(self, ms: int = 60000) -> bool:
        return self.thread.wait(ms)

    def _on_progress(self, done: int, total: int, message: str):
        if total > 0:
            self.dialog.setMaximum(total)
            self.dialog.setValue(min(done, total))
        if message:
            self.dialog.setLabelText(message)

    def _finish(self):
        self.thread.quit()
        self.thread.wait()
        self.dialog.close()

    def _on_finished(self, result):
        self._finish()
        self.done.emit(result)

    def _on_failed(self, exc, tb: str):
        self._finish()
        self.error.emit(exc, tb)


def run_job(parent: QWidget, title: str, fn: Callable, on_done: Callable | None = None,
            on_error: Callable | None = None) -> Job:
    """Start *fn(progress, cancel)* in a thread; *on_done(result)* / *on_error(exc, traceback)* after."""
    job = Job(parent, title, fn)
    if on_done:
        job.done.connect(on_done)
    if on_error:
        job.error.connect(on_error)
    return job.start()


def report_failure(parent: QWidget, title: str, exc: BaseException) -> None:
    """A job's end by error: a cancel is said plainly, anything else with the error's own message."""
    from station_app.outputs import Cancelled
    from station_app.store.errors import known_error

    if isinstance(exc, Cancelled):
        QMessageBox.information(parent, translate("Jobs", "已取消"), exc.message)
        return
    known = known_error(exc)  # a full or write-protected disk: its plain message
    QMessageBox.critical(parent, title, known.message if known else (getattr(exc, "message", None) or str(exc)))


def confirm_overwrite(parent: QWidget, path) -> bool:
    """True when *path* is free, or its owner agrees to replace it."""
    if not path.exists():
        return True
    return QMessageBox.question(parent, translate("Jobs", "文件已存在"),
                                translate("Jobs", "{path} 已存在，是否覆盖？").format(path=path)) == QMessageBox.Yes

