"""Topic result grades (成果分类): editable letters, names and meanings (localities use them differently)."""

from __future__ import annotations

from station_app.services.letter_classes import GRADES


def set_grade(code: str, name: str, meaning: str = ""):
    """Add or rename a result grade (成果分类); localities use the letters differently."""
    return GRADES.set(code, name, meaning)


def remove_grade(code: str) -> None:
    """Retire a grade that no topic uses."""
    GRADES.remove(code)


def grades() -> list:
    return GRADES.all()
