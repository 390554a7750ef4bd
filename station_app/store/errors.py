"""Known storage faults, each carrying a plain Chinese message for the user."""

from __future__ import annotations


class StoreError(Exception):
    """A known fault the user can act on (not a bug)."""

    def __init__(self, message: str, *, path=None, backup=None):
        super().__init__(message)
        self.message = message
        self.path = path
        self.backup = backup  # latest good backup, when one is known

    def __str__(self) -> str:
        return self.message


class DatabaseNewerError(StoreError):
    pass


class DatabaseCorruptError(StoreError):
    pass


class DataDirLockedError(StoreError):
    pass


class BackupError(StoreError):
    pass


class KeyRequiredError(StoreError):
    """The database is encrypted and no (or a wrong) data key was given."""
