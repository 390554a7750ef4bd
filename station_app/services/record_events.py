"""After-save listeners: services that keep derived rows in step with records (the 督办 list follows the
visits, topics, proposals and opinions handed to a department) register here.

`services.records` calls `saved(action, instance)` inside the transaction of every create / update /
save_raw / soft_delete / restore, and `services.bulk.insert_rows` calls `inserted(model, ids)` after a
batch. A listener that raises rolls the whole save back. The modules in AUTOLOAD register themselves when
first imported, which happens before the first event — so no caller has to remember to import them and
no import cycle arises."""

from __future__ import annotations

import importlib
from collections.abc import Callable, Sequence

SavedFn = Callable[[str, object], None]
InsertedFn = Callable[[type, Sequence[int]], None]

AUTOLOAD = ("station_app.services.referrals",)
_saved: list[SavedFn] = []
_inserted: list[InsertedFn] = []
_inserting: list[Callable[[type, Sequence[dict]], None]] = []
_loaded = False
_paused = 0


def on_saved(fn: SavedFn) -> SavedFn:
    if fn not in _saved:
        _saved.append(fn)
    return fn


def on_inserted(fn: InsertedFn) -> InsertedFn:
    if fn not in _inserted:
        _inserted.append(fn)
    return fn


def on_inserting(fn):
    """*fn(model, rows)* before the bulk path writes *rows* (clean values) of *model*."""
    if fn not in _inserting:
        _inserting.append(fn)
    return fn


def inserting(model: type, rows: Sequence[dict]) -> None:
    if _paused or not rows:
        return
    _load()
    for fn in _inserting:
        fn(model, rows)


def _load() -> None:
    global _loaded
    if not _loaded:
        _loaded = True
        for name in AUTOLOAD:
            importlib.import_module(name)


def saved(action: str, instance) -> None:
    """*action*: create / update / delete / restore (save_raw passes create or update)."""
    if _paused:
        return
    _load()
    for fn in _saved:
        fn(action, instance)


def inserted(model: type, ids: Sequence[int]) -> None:
    if _paused or not ids:
        return
    _load()
    for fn in _inserted:
        fn(model, ids)


class paused:
    """`with record_events.paused():` — listeners skip (a listener writing its own rows uses it)."""

    def __enter__(self):
        global _paused
        _paused += 1

    def __exit__(self, *exc):
        global _paused
        _paused -= 1
        return False
