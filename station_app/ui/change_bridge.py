"""The Qt side of the change notices (services.changes): one bridge object re-emits each `Change` as a
signal on the GUI thread — a background job's notice (an import) arrives there as a queued signal."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, Signal

from station_app.services import changes

_bridge: ChangeBridge | None = None


class ChangeBridge(QObject):
    """`changed(Change)`, emitted on the thread the bridge lives in (the GUI thread)."""

    changed = Signal(object)

    def __init__(self):
        super().__init__()
        changes.subscribe(self._publish)

    def _publish(self, change: changes.Change) -> None:
        self.changed.emit(change)  # from a worker thread Qt queues it to the GUI thread


def bridge() -> ChangeBridge:
    """The application's bridge, made on first use (from the GUI thread)."""
    global _bridge
    if _bridge is None:
        _bridge = ChangeBridge()
        app = QCoreApplication.instance()
        if app is not None and _bridge.thread() is not app.thread():
            _bridge.moveToThread(app.thread())
    return _bridge


class _Follower(QObject):
    """Calls *slot* after each change touching *kinds*; a child of the widget, so it ends with it."""

    def __init__(self, widget: QObject, kinds, slot):
        super().__init__(widget)
        self.kinds, self.slot = frozenset(kinds), slot
        bridge().changed.connect(self._changed)

    def _changed(self, change: changes.Change) -> None:
        if change.touches(self.kinds):
            self.slot()


def follow(widget: QObject, kinds, slot) -> None:
    """A small editor outside the pages (a settings tab's table) re-reads with *slot* after each change
    notice touching *kinds* — visible or not: such a table is read in a moment."""
    _Follower(widget, kinds, slot)
