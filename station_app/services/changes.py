"""Change notices: which kinds of data one operation changed, published once when the operation ends.

A writing service reports what it wrote with `touched(...)` (a model, an instance or a kind key);
`services.records` and `services.bulk` do it for every record they save. Writes made inside
`with operation():` are gathered and published as one `Change` when the outermost operation ends (after
the transaction inside it committed), so an import of 5,000 rows or a conversion that writes three tables
sends one notice. A `touched` outside any operation is published at once. Listeners (`subscribe`) are
called on the thread that wrote; the GUI's bridge hands them to its own thread. No Qt here.

A kind key is the table name of a record (`visit`, `dispute`, `duty_slot`, `lookup`, `setting` …); a child
row (party, swap, member link, topic step …) counts as a change of the record that owns it.
"""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Callable, Iterable
from dataclasses import dataclass

import peewee as pw

from station_app.store.base import ChildRow

# bookkeeping written alongside every change: never a change a page shows by itself
IGNORED = frozenset({"audit_log", "case_counter", "item_number"})


@dataclass(frozen=True)
class Change:
    """The kinds (table names, children folded into their owner) one operation changed."""

    kinds: frozenset[str]

    def touches(self, kinds: Iterable[str] | None) -> bool:
        """Whether this change concerns something shown from *kinds* (None: everything)."""
        return bool(self.kinds) and (kinds is None or not self.kinds.isdisjoint(kinds))


Listener = Callable[[Change], None]
_listeners: list[Listener] = []
_lock = threading.Lock()
_local = threading.local()


def subscribe(fn: Listener) -> Listener:
    with _lock:
        if fn not in _listeners:
            _listeners.append(fn)
    return fn


def unsubscribe(fn: Listener) -> None:
    with _lock:
        if fn in _listeners:
            _listeners.remove(fn)


def key_of(what) -> str:
    """The kind key of a model class, an instance or a key: a child row's is its owner's (first foreign key)."""
    if isinstance(what, str):
        return what
    model = what if isinstance(what, type) else type(what)
    seen = set()
    while issubclass(model, ChildRow) and model not in seen:
        seen.add(model)
        owner = next((f.rel_model for f in model._meta.sorted_fields if isinstance(f, pw.ForeignKeyField)), None)
        if owner is None:
            break
        model = owner
    return model._meta.table_name


def _pending() -> set[str]:
    if not hasattr(_local, "kinds"):
        _local.kinds = set()
        _local.depth = 0
    return _local.kinds


def touched(*what) -> None:
    """Report that models / instances / kind keys *what* were written (inserted, updated or deleted)."""
    pending = _pending()
    pending.update(k for k in map(key_of, what) if k not in IGNORED)
    if _local.depth == 0:
        _flush()


def _flush() -> None:
    pending = _pending()
    if not pending:
        return
    change = Change(frozenset(pending))
    pending.clear()
    publish(change)


def publish(change: Change) -> None:
    """Call every listener with *change* (a listener that fails does not stop the others: it raises after)."""
    with _lock:
        listeners = list(_listeners)
    failure = None
    for fn in listeners:
        try:
            fn(change)
        except Exception as exc:  # noqa: BLE001  (re-raised below, after every listener had its turn)
            failure = failure or exc
    if failure is not None:
        raise failure


class operation(contextlib.ContextDecorator):
    """`with changes.operation():` (or `@changes.operation()`) — what is touched inside is one notice,
    published when the outermost operation of this thread ends, also when it ends with an error (what an
    earlier step committed is then shown; a rolled-back step at worst costs one needless refresh)."""

    def __enter__(self):
        self._before = set(_pending())
        _local.depth += 1
        return self

    def discard(self) -> None:
        """Forget what was touched inside this operation: the caller rolled it back (a dry run)."""
        pending = _pending()
        pending.intersection_update(self._before)

    def __exit__(self, *exc):
        _local.depth -= 1
        if _local.depth == 0:
            _flush()
        return False


@contextlib.contextmanager
def recorded():
    """`with changes.recorded() as seen:` — *seen* gets every Change published meanwhile (tests, CLI)."""
    seen: list[Change] = []
    subscribe(seen.append)
    try:
        yield seen
    finally:
        unsubscribe(seen.append)
