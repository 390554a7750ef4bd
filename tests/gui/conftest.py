"""GUI test set-up: offscreen Qt with the bundled font and Chinese locale; Qt warnings fail the test."""

from __future__ import annotations

import os

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import station_app.ui  # noqa: F401  (guards against the PySide6 6.12 None refcount leak)

GUI_DIR = os.path.dirname(__file__)
# Harmless notes of the offscreen platform plugin, not our code.
QT_IGNORE = ["This plugin does not support", "propagateSizeHints"]


def pytest_collection_modifyitems(config, items):
    for item in items:
        if str(item.fspath).startswith(GUI_DIR):
            item.add_marker(pytest.mark.gui)
            item.add_marker(pytest.mark.qt_log_level_fail("WARNING"))
            item.add_marker(pytest.mark.qt_log_ignore(*QT_IGNORE))


@pytest.fixture
def app(qapp):
    """The test QApplication set up like the real one (font, locale, translator, stylesheet)."""
    from station_app.ui.app import create_application

    return create_application()


@pytest.fixture
def window_settings(tmp_path):
    from PySide6.QtCore import QSettings

    return QSettings(str(tmp_path / "window.ini"), QSettings.IniFormat)


@pytest.fixture
def type_text():
    """Type text (Chinese included) into a widget the way an input method commits it."""
    from PySide6.QtGui import QInputMethodEvent
    from PySide6.QtWidgets import QApplication

    def commit(widget, text: str):
        widget.setFocus()
        event = QInputMethodEvent()
        event.setCommitString(text)
        QApplication.sendEvent(widget, event)

    return commit


@pytest.fixture(autouse=True)
def _crash_logs_of_this_test_only(monkeypatch):
    """The crash-log folder an earlier test set (app.install_crash_handler) is not this test's."""
    from station_app.ui import crash

    monkeypatch.setattr(crash, "_data", [])
