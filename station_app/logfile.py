"""The program's log file, rotated by size: station.log, then station.log.1 … .N (newest first).

What logging.handlers.RotatingFileHandler does, without importing logging.handlers at every start: that
module loads socket, pickle, queue and their imports (≈ 15–40 ms on the office PCs' 2 cores, measured with
`python -X importtime` after PySide6), for the one handler the program uses.
"""

from __future__ import annotations

import logging
import os


class RotatingLogFile(logging.FileHandler):
    """Appends to *path*; before a record would take the file past *max_bytes*, the file becomes .1 (the
    older ones .2 … *backups*, the oldest dropped) and a new one is started."""

    def __init__(self, path, max_bytes: int, backups: int, encoding: str = "utf-8"):
        super().__init__(path, mode="a", encoding=encoding)
        self.maxBytes, self.backupCount = max_bytes, backups  # the names logging.handlers uses

    def emit(self, record: logging.LogRecord) -> None:
        try:
            if self._would_overflow(record):
                self._rotate()
        except Exception:  # noqa: BLE001  (logging never raises into the program: it reports and goes on)
            self.handleError(record)
            return
        super().emit(record)

    def _would_overflow(self, record: logging.LogRecord) -> bool:
        if self.maxBytes <= 0 or self.backupCount <= 0:  # as logging.handlers: then it never rotates
            return False
        if self.stream is None:
            self.stream = self._open()
        size = self.stream.seek(0, os.SEEK_END)
        line = self.format(record) + self.terminator
        return size > 0 and size + len(line.encode(self.encoding or "utf-8")) > self.maxBytes

    def _rotate(self) -> None:
        if self.stream is not None:
            self.stream.close()  # Windows renames no open file
            self.stream = None
        base = self.baseFilename
        for i in range(self.backupCount - 1, 0, -1):
            if os.path.exists(f"{base}.{i}"):
                os.replace(f"{base}.{i}", f"{base}.{i + 1}")
        if os.path.exists(base):
            os.replace(base, f"{base}.1")
        self.stream = self._open()
