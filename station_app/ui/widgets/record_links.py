"""The 「关联记录」 area of a record dialog: clickable links to the records it names or is named by."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QGroupBox, QLabel, QVBoxLayout

from station_app.services import links
from station_app.ui.i18n import tr_notice, translate


class RecordLinks(QGroupBox):
    """Shows links.related(kind, record); a click emits `open_link(kind, id)`; deleted targets are plain text."""

    open_link = Signal(str, int)

    def __init__(self, parent=None):
        super().__init__(translate("RecordLinks", "关联记录"), parent)
        self.label = QLabel(self)
        self.label.setObjectName("record_links")
        self.label.setWordWrap(True)
        self.label.setTextFormat(Qt.RichText)
        self.label.setTextInteractionFlags(Qt.LinksAccessibleByMouse | Qt.LinksAccessibleByKeyboard)
        self.label.linkActivated.connect(self._activated)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(8, 4, 8, 4)
        lay.addWidget(self.label)
        self.items: list[links.Link] = []

    def show_for(self, kind: str, record) -> None:
        self.items = links.related(kind, record)
        parts = []
        grey = self.palette().color(QPalette.PlaceholderText).name()
        for item in self.items:
            text = html.escape(tr_notice(item.text))
            if item.deleted:
                parts.append(f"<span style='color: {grey};'>{text}"
                             f"{translate('RecordLinks', '（已删除）')}</span>")
            else:
                parts.append(f"<a href='{item.kind}:{item.id}'>{text}</a>")
        self.label.setText("<br>".join(parts))
        self.setVisible(bool(parts))

    def _activated(self, href: str) -> None:
        kind, _, rid = href.partition(":")
        self.open_link.emit(kind, int(rid))
