"""What was sent and received: the export history (sequence numbers, change-counter marks) and, per
registered station, the packages imported — kept in the Setting table of the database."""

from __future__ import annotations

from station_app.store.models import Setting

EXPORTS = "exchange.exports"  # [{"sequence", "since_seq", "until_seq", "made_at", "full", "file", "rows"}]
IMPORTED = "exchange.imported."  # + station uuid: {"<sequence>": {"digest", "at", "full", "complete"}}


def _get(key: str):
    row = Setting.get_or_none(Setting.key == key)
    return row.value if row is not None else None


def _put(key: str, value) -> None:
    row = Setting.get_or_none(Setting.key == key) or Setting(key=key)
    row.value = value
    row.save()


def exports() -> list[dict]:
    return list(_get(EXPORTS) or [])


def last_export() -> dict | None:
    done = exports()
    return done[-1] if done else None


def record_export(entry: dict) -> None:
    _put(EXPORTS, [*exports(), entry])


def imported(station_uuid: str) -> dict[int, dict]:
    return {int(k): v for k, v in (_get(IMPORTED + station_uuid) or {}).items()}


def record_import(station_uuid: str, sequence: int, entry: dict) -> None:
    done = imported(station_uuid)
    done[sequence] = entry
    _put(IMPORTED + station_uuid, {str(k): v for k, v in sorted(done.items())})


def missing(done: dict[int, dict]) -> list[int]:
    """Sequence numbers not yet received: after the newest complete full package, up to the newest one."""
    if not done:
        return []
    fulls = [n for n, e in done.items() if e.get("full") and e.get("complete", True)]
    start = max(fulls) if fulls else 0
    return [n for n in range(start + 1, max(done)) if n not in done or not done[n].get("complete", True)]
