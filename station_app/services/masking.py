"""Personal data by sensitivity class (services.fields `Field.sensitivity`): what each class is, how it is masked.

Ledgers, archive sheets and the audit log all mask through `mask()`, so a field declared with a class is
masked the same way everywhere. Addresses and free text are classified (a reader knows they are personal)
but shown as written: only ID numbers and phone numbers have a masked form.
"""

from __future__ import annotations

from collections.abc import Callable

from station_app.services.normalize import mask_id, mask_phone

ID_NUMBER, PHONE, ADDRESS, FREE_TEXT = "id_number", "phone", "address", "free_text"
CLASSES = (ID_NUMBER, PHONE, ADDRESS, FREE_TEXT)
_MASKS: dict[str, Callable[[str], str]] = {ID_NUMBER: mask_id, PHONE: mask_phone}


def masks(sensitivity: str | None) -> bool:
    """Whether a value of this class is masked unless shown in full."""
    return sensitivity in _MASKS


def mask(sensitivity: str | None, value):
    """*value* masked as its class requires (unchanged for classes without a masked form and for blanks)."""
    how = _MASKS.get(sensitivity)
    return how(value) if how is not None and value else value
