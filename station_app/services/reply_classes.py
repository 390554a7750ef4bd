"""Proposal reply classes (答复类别): editable like the topic result grades (services.letter_classes)."""

from __future__ import annotations

from station_app.services.letter_classes import REPLY_CLASSES


def set_class(code: str, name: str, meaning: str = ""):
    """Add or rename a reply class (A 已解决 …)."""
    return REPLY_CLASSES.set(code, name, meaning)


def remove_class(code: str) -> None:
    """Retire a reply class that no proposal uses."""
    REPLY_CLASSES.remove(code)


def classes() -> list:
    return REPLY_CLASSES.all()
