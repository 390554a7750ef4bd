"""Run long work (exports, imports, sheets) off the GUI thread with a progress dialog and cancel.

The GUI thread never waits on a worker: closing a dialog abandons its job (cancel flag set, result
dropped, temporary files removed when the worker ends); `stop_all()` at exit cancels and waits.
"""

from __future__ import annotations

import threading
import traceback
import weakref
from collections.abc import Callable

import shiboken6
from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QWidget

from station_app.outputs import Cancelled
from station_app.services.background import detached
from station_app.ui import crash
from station_app.ui.i18n import translate

_LIVE: set[Job] = set()  # jobs whose worker may still run: kept alive here, never by a widget
_READERS: weakref.WeakSet[threading.Thread] = weakref.WeakSet()  # pages' figure threads (see track)


def track(thread: threading.Thread) -> threading.Thread:
    """A page's reading thread (figures, dashboard): `stop_all` waits for it before the store closes."""
    _READERS.add(thread)
    return thread


def _alive(obj) -> bool:
    return obj is not None and shiboken6.isValid(obj)


class Job(QObject):
    """One background job. fn(progress, cancel) -> result; done/error are emitted on the GUI thread."""

    done = Signal(object)
    error = Signal(object, str)
    _progressed = Signal(int, int, str)
    _ended = Signal(bool, object, str)

    def __init__(self, parent: QWidget, title: str, fn: Callable, *, modal: bool = True):
        super().__init__()  # no parent: a closed dialog must not take a running job down with it
        self.fn = fn
        self.cancel_flag = threading.Event()
        self._owner = weakref.ref(parent) if parent is not None else (lambda: None)
        self._lock = threading.Lock()
        self._abandoned = self._finished = False
        self._cleanups: list[Callable] = []
        self.dialog = QProgressDialog(title, translate("Jobs", "取消"), 0, 0, parent)
        self.dialog.setWindowTitle(title)
        self.dialog.setWindowModality(Qt.WindowModal if modal else Qt.NonModal)
        self.dialog.setMinimumDuration(300)
        self.dialog.setAutoClose(False)
        self.dialog.setAutoReset(False)
        self.dialog.canceled.connect(self.cancel_flag.set)
        self._progressed.connect(self._on_progress)
        self._ended.connect(self._on_ended)
        self.thread = threading.Thread(target=self._run, name=f"job:{title}", daemon=True)

    # ---- GUI thread ----
    def start(self) -> Job:
        _LIVE.add(self)
        self.thread.start()
        return self

    @property
    def running(self) -> bool:
        return self.thread.is_alive()

    def wait(self, ms: int = 60000) -> bool:
        """Block until the worker ends (tests and application exit only; never from a dialog)."""
        if self.thread.ident is not None:
            self.thread.join(ms / 1000)
        return not self.thread.is_alive()

    def abandon(self, *cleanups: Callable) -> None:
        """Stop waiting for this job at once: cancel it, drop its result, close its progress dialog;
        *cleanups* (e.g. removing its temporary folder) run when the worker has ended."""
        with self._lock:
            self._abandoned = True
            self._cleanups.extend(cleanups)
            run_now = self._finished
        self.cancel_flag.set()
        self._close_dialog()
        if run_now:
            self._run_cleanups()

    def _close_dialog(self) -> None:
        if _alive(self.dialog):
            self.dialog.close()
            self.dialog.deleteLater()

    def _on_progress(self, done: int, total: int, message: str):
        if self._abandoned or not _alive(self.dialog):
            return
        if total > 0:
            self.dialog.setMaximum(total)
            self.dialog.setValue(min(done, total))
        if message:
            self.dialog.setLabelText(message)

    def _on_ended(self, ok: bool, payload, tb: str):
        QTimer.singleShot(0, lambda: _LIVE.discard(self))  # released after this slot has returned
        if self._abandoned:
            return
        self._close_dialog()
        owner = self._owner()
        if owner is not None and not _alive(owner):
            return  # the window that asked is gone: nobody to tell
        if ok:
            self.done.emit(payload)
        else:
            self.error.emit(payload, tb)

    # ---- worker thread ----
    def _run(self) -> None:
        def progress(d, t, m=""):
            if not self._abandoned:
                self._progressed.emit(int(d), int(t), str(m))

        ok, payload, tb = True, None, ""
        try:
            payload = detached(self.fn, progress, self.cancel_flag.is_set)
        except BaseException as exc:  # noqa: BLE001  (reported to the GUI thread, shown there)
            ok, payload, tb = False, exc, traceback.format_exc()
        with self._lock:
            self._finished = True
            abandoned = self._abandoned
        if abandoned:
            self._run_cleanups()
        self._ended.emit(ok, payload, tb)

    def _run_cleanups(self) -> None:
        with self._lock:
            todo, self._cleanups = self._cleanups, []
        for fn in todo:
            try:
                fn()
            except Exception:  # noqa: BLE001  (a cleanup never stops the others)
                traceback.print_exc()


def run_job(parent: QWidget, title: str, fn: Callable, on_done: Callable | None = None,
            on_error: Callable | None = None) -> Job:
    """Start *fn(progress, cancel)* in a thread; *on_done(result)* / *on_error(exc, traceback)* after."""
    job = Job(parent, title, fn)
    if on_done:
        job.done.connect(on_done)
    if on_error:
        job.error.connect(on_error)
    return job.start()


def abandon(job: Job | None, *cleanups: Callable) -> None:
    """A dialog closing: let its running *job* go (see Job.abandon); cleanups run now when none runs."""
    if job is not None and job.running:
        job.abandon(*cleanups)
        return
    for fn in cleanups:
        fn()


def running_jobs() -> list[Job]:
    return [job for job in _LIVE if job.running]


def stop_all(timeout: float = 60.0) -> bool:
    """At application exit: cancel every job still running and wait for each (cleanups included)."""
    jobs = list(_LIVE)
    for job in jobs:
        job.abandon()
    ok = all(job.wait(int(timeout * 1000)) for job in jobs)
    for job in jobs:
        job._run_cleanups()
    _LIVE.clear()
    for thread in list(_READERS):  # read-only and short: let them finish
        if thread.ident is not None:
            thread.join(timeout)
        ok = ok and not thread.is_alive()
    return ok


class _PaintGate(QObject):
    """Calls *start* once *widget* has painted (or after *longest* ms): a worker thread holding the GIL
    from the first moment slows the page's first paint down several times (every Python-side widget
    waits for the GIL), so the frame and its busy line are painted first."""

    def __init__(self, widget: QWidget, start: Callable, longest: int = 250):
        super().__init__(widget)
        self.widget, self.start = widget, start
        widget.installEventFilter(self)
        QTimer.singleShot(longest, self, self._go)

    def eventFilter(self, watched, event) -> bool:
        if event.type() == QEvent.Paint:
            self.widget.removeEventFilter(self)
            QTimer.singleShot(0, self, self._go)  # after the whole window has been painted
        return False

    def _go(self) -> None:
        if self.start is not None:
            start, self.start = self.start, None
            self.widget.removeEventFilter(self)
            start()
            self.deleteLater()


def start_after_paint(widget: QWidget | None, start: Callable) -> None:
    """Call *start* (a worker thread's) once *widget* has painted, or at once when it is not shown."""
    if widget is not None and widget.window().isVisible():
        _PaintGate(widget, start)
    else:
        start()


class Latest(QObject):
    """Figures for a page, computed in a worker thread: each `run` supersedes the one before, whose
    result (when it comes) is dropped; `on_result(value)` / `on_error(exc)` run on the GUI thread."""

    _arrived = Signal(int, bool, object)

    def __init__(self, parent: QObject, on_result: Callable, on_error: Callable | None = None, *,
                 painted: QWidget | None = None):
        super().__init__(parent)
        self.on_result, self.on_error = on_result, on_error
        self.painted = painted  # the worker starts once this (e.g. the busy bar) has been painted
        self.generation = self._delivered = 0
        self._arrived.connect(self._deliver)

    @property
    def busy(self) -> bool:
        return self.generation != self._delivered

    def run(self, fn: Callable, *args) -> int:
        self.generation += 1
        generation = self.generation

        def work():
            try:
                ok, value = True, detached(fn, *args)
            except Exception as exc:  # noqa: BLE001  (shown by the page)
                traceback.print_exc()
                ok, value = False, exc
            try:
                self._arrived.emit(generation, ok, value)
            except RuntimeError:  # the page was closed meanwhile
                pass

        thread = track(threading.Thread(target=work, name="figures", daemon=True))
        start_after_paint(self.painted, thread.start)
        return generation

    def supersede(self) -> None:
        """Drop whatever is still being computed (the caller shows fresher figures itself)."""
        self.generation += 1
        self._delivered = self.generation

    def _deliver(self, generation: int, ok: bool, value) -> None:
        if generation != self.generation:
            return  # a stale period: a newer computation is on its way
        self._delivered = generation
        if ok:
            self.on_result(value)
        elif self.on_error:
            self.on_error(value)


def report_failure(parent: QWidget, title: str, exc: BaseException) -> None:
    """A job's end by error: a cancel is said plainly, a known fault with its message, anything else (a bug)
    goes to the crash log and the dialog says where it is."""
    if isinstance(exc, Cancelled):
        QMessageBox.information(parent, translate("Jobs", "已取消"), exc.message)
        return
    message = crash.known_message(exc)  # a full or write-protected disk, a file held open …: its plain message
    if message is None:
        crash.report_unexpected(parent, exc)
        return
    QMessageBox.critical(parent, title, message)


def confirm_overwrite(parent: QWidget, path) -> bool:
    """True when *path* is free, or its owner agrees to replace it."""
    if not path.exists():
        return True
    return QMessageBox.question(parent, translate("Jobs", "文件已存在"),
                                translate("Jobs", "{path} 已存在，是否覆盖？").format(path=path)) == QMessageBox.Yes
