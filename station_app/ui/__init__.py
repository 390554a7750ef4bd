"""The PySide6 desktop interface (the only package that imports Qt).

Imports inside functions here are there for start-up time (the main window must show within 2.5× a bare
Qt window): pages, dialogs and outputs load when first opened. Measured with `python -X importtime`:
outputs.sheets ≈ 1.2 s, outputs.ledgers ≈ 0.7 s, services.demo ≈ 0.4 s, services.records ≈ 0.3 s.
"""

from __future__ import annotations

import sys

# PySide6 6.12.0 on Python ≤ 3.11 drops a reference to None each time a Qt call returns None (every void
# method: setData, setText, processEvents …). None starts with a few thousand references, so after a few
# thousand such calls the interpreter aborts with "Fatal Python error: none_dealloc". pyproject.toml
# keeps PySide6 below 6.12; should 6.12.0 be installed anyway (an old environment, a frozen build made
# from one), give None so many references that the leak can never reach zero (None is never freed
# anyway; the count is a 64-bit integer). From Python 3.12 on None is immortal and this does not matter.
NONE_REFERENCE_BALLAST = 1 << 48


def _guard_none_refcount() -> None:
    if sys.version_info >= (3, 12) or getattr(sys, "_station_none_guard", False):
        return
    import PySide6

    if tuple(PySide6.__version_info__[:3]) != (6, 12, 0):
        return
    import ctypes  # lazy: ≈ 3 ms at every start, needed only under PySide6 6.12.0

    refcount = ctypes.c_ssize_t.from_address(id(None))
    refcount.value += NONE_REFERENCE_BALLAST
    sys._station_none_guard = True


_guard_none_refcount()
