"""Service calls made from a worker thread: the thread's own database connection is closed afterwards."""

from __future__ import annotations

import logging
from collections.abc import Callable

from station_app.store.base import database_proxy


def release_connection() -> None:
    """Close the calling thread's connection (peewee keeps one per thread); harmless when none is open."""
    try:
        if database_proxy.obj is not None and not database_proxy.is_closed():
            database_proxy.close()
    except Exception:  # a cleanup (a closed store: nothing to release); never replaces the job's result
        logging.getLogger(__name__).debug("the thread's connection was not released", exc_info=True)


def detached(fn: Callable, *args, **kwargs):
    """fn(*args, **kwargs) for a worker thread, releasing the thread's connection when it returns."""
    try:
        return fn(*args, **kwargs)
    finally:
        release_connection()
