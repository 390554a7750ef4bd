"""Open any record's dialog by kind and id (a click on a 关联记录 link)."""

from __future__ import annotations

import importlib

from PySide6.QtWidgets import QMessageBox, QWidget

from station_app.services import listing
from station_app.services.registry import DIALOG_OF
from station_app.ui.i18n import translate


def dialog_for(parent: QWidget | None, kind: str, record):
    module, name = DIALOG_OF[kind]
    cls = getattr(importlib.import_module(f"station_app.ui.dialogs.{module}"), name)
    return cls(parent, record)


def open_record(parent: QWidget | None, kind: str, record_id: int):
    """Open the record's dialog (modal); a kind without a dialog (值班) shows its page in the main window."""
    if kind not in DIALOG_OF:
        window = parent.window() if parent is not None else None
        main = getattr(window, "parent", lambda: None)()
        while main is not None and not hasattr(main, "show_record"):
            main = main.parent()
        if main is not None:
            main.show_record(kind, record_id)
        return None
    rec = listing.get(kind, record_id)
    if rec is None or getattr(rec, "deleted", False):
        QMessageBox.information(parent, translate("ListPage", "记录不存在"),
                                translate("ListPage", "这条记录已被删除或移入回收站。"))
        return None
    dlg = dialog_for(parent, kind, rec)
    dlg.exec()
    return dlg
