"""Rich-text cells: a delegate that paints a model's HTML role (search matches in bold, palette colour)."""

from __future__ import annotations

import html
import re

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QAbstractTextDocumentLayout, QPalette, QTextDocument
from PySide6.QtWidgets import QApplication, QStyle, QStyledItemDelegate, QStyleOptionViewItem

HTML_ROLE = Qt.UserRole + 40  # a cell's text as HTML (models that want marked text answer it)


def marked(text: str, terms: list[str], color: str) -> str:
    """*text* as HTML with every occurrence of a term in bold and *color* (case-insensitive)."""
    terms = sorted({t for t in terms if t}, key=len, reverse=True)
    if not terms:
        return html.escape(text)
    pattern = re.compile("|".join(re.escape(t) for t in terms), re.IGNORECASE)
    out, last = [], 0
    for m in pattern.finditer(text):
        out.append(html.escape(text[last:m.start()]))
        out.append(f"<b style='color: {color};'>{html.escape(m.group(0))}</b>")
        last = m.end()
    out.append(html.escape(text[last:]))
    return "".join(out)


class HighlightDelegate(QStyledItemDelegate):
    """Paints HTML_ROLE when the model gives it; otherwise the ordinary cell."""

    def paint(self, painter, option, index):
        text = index.data(HTML_ROLE)
        if not text:
            super().paint(painter, option, index)
            return
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        style = opt.widget.style() if opt.widget else QApplication.style()
        style.drawControl(QStyle.CE_ItemViewItem, opt, painter, opt.widget)
        selected = bool(opt.state & QStyle.State_Selected)
        if selected:  # marks keep their weight but take the selection's text colour
            text = re.sub(r"color: #[0-9a-fA-F]{6}", "color: " + opt.palette.color(QPalette.HighlightedText).name(),
                          text)
        doc = QTextDocument()
        doc.setDefaultFont(opt.font)
        doc.setDocumentMargin(0)
        doc.setHtml(text)
        rect = style.subElementRect(QStyle.SE_ItemViewItemText, opt, opt.widget)
        painter.save()
        painter.translate(rect.left() + 3, rect.top() + max(0, (rect.height() - doc.size().height()) / 2))
        ctx = QAbstractTextDocumentLayout.PaintContext()
        ctx.palette.setColor(QPalette.Text, opt.palette.color(
            QPalette.HighlightedText if selected else QPalette.Text))
        ctx.clip = QRectF(0, 0, rect.width() - 3, rect.height())
        painter.setClipRect(ctx.clip)
        doc.documentLayout().draw(painter, ctx)
        painter.restore()

    def sizeHint(self, option, index):
        size = super().sizeHint(option, index)
        return QSize(size.width(), max(size.height(), option.fontMetrics.height() + 6))
