"""Service calls made from a worker thread: the thread's own database connection is closed afterwards."""

from __future__ import annotations

from collections.abc import Callable

from station_app.store.base import database_proxy


def release_connection() -> None:
    """Close the calling thread's connection (peewee keeps one per thread); harmless when none is open."""
    try:
        if database_proxy.obj is not None and not database_proxy.is_closed():
            database_proxy.close()
    except Exception:  # noqa: BLE001  (a closed or never-opened store: nothing to release)
        pass


def detached(fn: Callable, *args, **kwargs):
    """fn(*args, **kwargs) for a worker thread, releasing the thread's connection when it returns."""
    try:
        return fn(*args, **kwargs)
    finally:
        release_connection()
