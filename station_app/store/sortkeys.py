"""Pinyin sort keys for person names (于 after 王, 何 before 侯), also as the SQL function pinyin_key()."""

from __future__ import annotations

import functools

SQL_NAME = "pinyin_key"


@functools.lru_cache(maxsize=50000)
def pinyin_key(text: str | None) -> str:
    """Syllables with tone numbers (“he2 jian4 guo2”), then the text itself to break ties."""
    from pypinyin import Style, lazy_pinyin  # ≈0.2 s to import: only when a list is first sorted by name

    text = text or ""
    syllables = lazy_pinyin(text, style=Style.TONE3, neutral_tone_with_five=True, errors=lambda s: list(s))
    return " ".join(s.lower() for s in syllables) + "\x00" + text


def register(db) -> None:
    """Make pinyin_key(text) available to the queries of *db* (a peewee SqliteDatabase)."""
    db.register_function(pinyin_key, SQL_NAME, 1, deterministic=True)
