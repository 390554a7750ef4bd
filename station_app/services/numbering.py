"""Sequential numbers per year that are never reused: dispute case numbers, topic codes, proposal numbers."""

from __future__ import annotations

from station_app.store.base import database_proxy
from station_app.store.models import CaseCounter
from station_app.store.org import OWN_STATION_ID

FORMATS = {
    "dispute": "〔{year}〕调字第{seq:03d}号",
    "topic": "YT-{year}-{seq:03d}",
    "proposal": "提〔{year}〕第{seq:03d}号",  # 提案编号, the station's own (the 立案号 comes from the 政协)
}


def next_number(kind: str, year: int) -> tuple[str, int]:
    """Reserve the next number of *kind* in *year*; returns (text, sequence)."""
    with database_proxy.atomic():
        counter, _ = CaseCounter.get_or_create(station=OWN_STATION_ID, kind=kind, year=year, defaults={"last": 0})
        CaseCounter.update(last=CaseCounter.last + 1).where(CaseCounter.id == counter.id).execute()
        seq = CaseCounter.get_by_id(counter.id).last
    return FORMATS[kind].format(year=year, seq=seq), seq


def bump_to(kind: str, year: int, seq: int) -> None:
    """Make sure later numbers come after *seq* (an imported or hand-entered number)."""
    with database_proxy.atomic():
        counter, _ = CaseCounter.get_or_create(station=OWN_STATION_ID, kind=kind, year=year, defaults={"last": 0})
        if counter.last < seq:
            CaseCounter.update(last=seq).where(CaseCounter.id == counter.id).execute()
