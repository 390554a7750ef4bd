"""Page-break rules of the paper forms: a heading never ends a page, signature lines never stand alone.

`arrange(flowables)` groups each heading with what follows it and each signature block with what
precedes it into a `Keep`; the engine applies it to every sheet, so declarations need not think about it.
"""

from __future__ import annotations

from reportlab.platypus import Flowable, Paragraph, Spacer
from reportlab.platypus.doctemplate import ActionFlowable

SIGNATURE = "_signature_block"  # attribute set on the flowable blocks.signatures returns


def is_heading(f) -> bool:
    return isinstance(f, Paragraph) and getattr(f.style, "name", "") == "heading"


def is_signature(f) -> bool:
    return bool(getattr(f, SIGNATURE, False))


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
        parts = items[i].splitOn(self.canv, aw, ah - used - (items[i].getSpaceBefore() if i else 0))
        if len(parts) >= 2:
            return items[:i] + parts[:-1] + [Keep([parts[-1], *items[i + 1:]])]
        start = i - 1 if i > 0 and is_heading(items[i - 1]) else i
        return self._moved(start)

    def _moved(self, start: int):
        """Items from *start* on (with a heading right before them) go to the next page together."""
        while start > 0 and is_heading(self.items[start - 1]):
            start -= 1
        if start <= 0:
            return self._give_up()
        return self.items[:start] + [Keep(self.items[start:])]

    def draw(self):  # never drawn: split always hands the frame its items
        pass


def arrange(flowables: list) -> list:
    """Group headings with the next flowable and signature blocks with the flowable before them."""
    out: list = []
    i, n = 0, len(flowables)
    while i < n:
        f = flowables[i]
        if is_heading(f) and i + 1 < n and _movable(flowables[i + 1]) and not is_heading(flowables[i + 1]):
            out.append(Keep([f, flowables[i + 1]]))
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
