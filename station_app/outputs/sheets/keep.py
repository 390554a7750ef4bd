"""Page-break rules of the paper forms: a heading never ends a page, signature lines never stand alone,
and a list marked so never leaves the closing part of its sheet (小结 and signatures) without its last row.

`arrange(flowables)` groups each heading with what follows it, each signature block with what precedes
it, and a marked list with the headed part after it, into a `Keep`; the engine applies it to every sheet.
"""

from __future__ import annotations

from reportlab.platypus import Flowable, Paragraph, Spacer
from reportlab.platypus.doctemplate import ActionFlowable

SIGNATURE = "_signature_block"  # attribute set on the flowable blocks.signatures returns
LAST_ROWS = "_last_rows_along"  # on a list table: how many closing rows go along with what follows it


def is_heading(f) -> bool:
    return isinstance(f, Paragraph) and getattr(f.style, "name", "") == "heading"


def is_signature(f) -> bool:
    return bool(getattr(f, SIGNATURE, False))


def rows_along(f) -> int:
    return int(getattr(f, LAST_ROWS, 0) or 0)


def _movable(f) -> bool:
    """Zero-size markers and page breaks stay where the declaration put them."""
    return not isinstance(f, ActionFlowable) and f.__class__.__name__ not in ("Begin", "Mark")


class Keep(Flowable):
    """Flowables laid out in order, except that the page never breaks right after a heading of the
    group nor right before its signature block: the body splits so that part of it goes along."""

    def __init__(self, items):
        super().__init__()
        self.items = list(items)

    def wrap(self, aw, ah):
        return aw, 0xFFFFFF  # always asked to split: the frame then lays out what split returns

    def _heights(self, aw, ah):
        out = []
        for i, f in enumerate(self.items):
            _, h = f.wrapOn(self.canv, aw, ah)
            out.append(h + (f.getSpaceBefore() if i else 0) + f.getSpaceAfter())
        return out

    def _tail_start(self):
        """Where the closing signature block (with the spacers before it) begins, if the group has one."""
        if not self.items or not is_signature(self.items[-1]):
            return None
        k = len(self.items) - 1
        while k > 0 and isinstance(self.items[k - 1], Spacer):
            k -= 1
        return k

    def _give_up(self):
        frame = getattr(self, "_frame", None)
        return list(self.items) if frame is not None and getattr(frame, "_atTop", False) else []

    def split(self, aw, ah):
        self._aw = aw
        items = self.items
        heights = self._heights(aw, ah)
        used, i = 0.0, 0
        while i < len(items) and used + heights[i] <= ah + 1e-6:
            used += heights[i]
            i += 1
        if i == len(items):
            return list(items)
        tail = self._tail_start()
        if tail is not None and i >= tail > 0:
            # everything before the signature fits, the signature does not: take the body's end along
            prev = items[tail - 1]
            own = prev.wrapOn(self.canv, aw, ah)[1]
            parts = prev.splitOn(self.canv, aw, max(1.0, own - 1))  # its last line or row goes along
            if len(parts) >= 2:
                return items[:tail - 1] + parts[:-1] + [Keep([parts[-1], *items[tail:]])]
            return self._moved(tail - 1)
        room = ah - used - (items[i].getSpaceBefore() if i else 0)
        if rows_along(items[i]):  # a marked list split at the page end: its closing rows go on whole
            room = min(room, self._closing_cut(items[i], aw))
        parts = items[i].splitOn(self.canv, aw, room) if room > 0 else []
        if len(parts) >= 2 and rows_along(items[i]):
            setattr(parts[-1], LAST_ROWS, rows_along(items[i]))  # the rest of a marked list stays marked
        if len(parts) >= 2:
            return items[:i] + parts[:-1] + [Keep([parts[-1], *items[i + 1:]])]
        start = i - 1 if i > 0 and is_heading(items[i - 1]) else i
        return self._moved(start)

    def _moved(self, start: int):
        """Items from *start* on (with a heading right before them) go to the next page together; a
        marked list before them sends its closing rows along."""
        while start > 0 and is_heading(self.items[start - 1]):
            start -= 1
        if start > 0 and rows_along(self.items[start - 1]):
            parts = self._last_rows(self.items[start - 1])
            if parts:
                return self.items[:start - 1] + parts[:-1] + [Keep([parts[-1], *self.items[start:]])]
            return self._moved(start - 1)
        if start <= 0:
            return self._give_up()
        return self.items[:start] + [Keep(self.items[start:])]

    def _closing_cut(self, table, aw) -> float:
        """The height of *table* above its last rows_along() rows (0 when it holds no more: it moves whole)."""
        own = table.wrapOn(self.canv, aw, 0xFFFFFF)[1]
        heights = list(getattr(table, "_rowHeights", []) or [])
        k = rows_along(table)
        if len(heights) <= k + getattr(table, "repeatRows", 0):
            return 0
        return own - sum(heights[-k:]) + 1e-3

    def _last_rows(self, table) -> list:
        """*table* split so that its last rows_along() rows (with the repeated header) form the 2nd part."""
        aw = getattr(self, "_aw", None)
        if aw is None:
            return []
        cut = self._closing_cut(table, aw)
        parts = table.splitOn(self.canv, aw, cut) if cut > 0 else []
        if len(parts) < 2:
            return []
        setattr(parts[-1], LAST_ROWS, rows_along(table))  # moved on whole if it must move again
        return parts

    def draw(self):  # never drawn: split always hands the frame its items
        pass


def arrange(flowables: list) -> list:
    """Group headings with the next flowable and signature blocks with the flowable before them."""
    out: list = []
    i, n = 0, len(flowables)
    while i < n:
        f = flowables[i]
        if is_heading(f) and i + 1 < n and _movable(flowables[i + 1]) and not is_heading(flowables[i + 1]):
            group = [f, flowables[i + 1]]
            if out and rows_along(out[-1]):  # the marked list before the heading keeps its rows with it
                group.insert(0, out.pop())
            out.append(Keep(group))
            i += 2
            continue
        if is_signature(f) and out:
            tail = [f]
            while out and isinstance(out[-1], Spacer):
                tail.insert(0, out.pop())
            prev = out.pop() if out and _movable(out[-1]) else None
            if isinstance(prev, Keep):
                out.append(Keep(prev.items + tail))
            elif prev is not None:
                out.append(Keep([prev, *tail]))
            else:
                out.extend(tail)
            i += 1
            continue
        out.append(f)
        i += 1
    return out
