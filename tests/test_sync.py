"""Change tracking for 上报包 (store/sync.py): what a station's next package must carry is what changed."""

from __future__ import annotations

import datetime as dt

import peewee as pw
import pytest

from station_app.services import records
from station_app.store import sync
from station_app.store.models import Dispute, Lookup, Member, Party, Station, Visit
from station_app.store.org import OWN_STATION_ID


def _changed_since(db, seq: int) -> set[tuple[str, str]]:
    out = set()
    for model in (Visit, Member, Dispute, Party):
        out |= {(model._meta.table_name, r.uuid) for r in model.select().where(model.change_seq > seq)}
    return out


def test_every_write_is_counted_and_revised_whoever_makes_it(db):
    member = records.create("member", {"name": "王建国", "sector": "中共"})
    visit = records.create("visit", {"visit_date": dt.date(2026, 3, 6), "visitor_name": "李秀英",
                                     "category": "其他", "content": "咨询", "handling": "当场解答"},
                           members=[member.id])
    mark = sync.current_seq(db)
    assert Visit.get_by_id(visit.id).change_seq > 0 and Visit.get_by_id(visit.id).revision == 1

    records.update(visit, {"content": "咨询低保政策"})  # through the services
    assert Visit.get_by_id(visit.id).revision == 2
    db.execute_sql("UPDATE member SET note = '改' WHERE id = ?", (member.id,))  # raw SQL counts too
    assert Member.get_by_id(member.id).revision == 2
    assert _changed_since(db, mark) == {("visit", visit.uuid), ("member", member.uuid)}

    stale = Visit.get_by_id(visit.id)
    records.soft_delete(stale)  # a soft deletion is a change like any other
    fresh = Visit.get_by_id(visit.id)
    assert fresh.deleted and fresh.revision == 3 and fresh.change_seq == sync.current_seq(db)
    stale.visitor_name = "李秀英（改）"
    stale.save()  # an instance read before the deletion: its old revision is not written back
    assert Visit.get_by_id(visit.id).revision == 4


def test_an_import_keeps_the_origins_revision_and_a_hard_delete_leaves_a_tombstone(db):
    member = records.create("member", {"name": "王建国", "sector": "中共"})
    db.execute_sql("UPDATE member SET revision = 7, name = '王建国' WHERE id = ?", (member.id,))
    assert Member.get_by_id(member.id).revision == 7
    case = Dispute.create(case_no="〔2026〕调字第001号", case_year=2026, case_seq=1, accepted_on=dt.date(2026, 3, 1))
    party = Party.create(dispute=case, name="张三")
    mark = sync.current_seq(db)
    party.delete_instance()
    assert [(t.table_name, t.row_uuid) for t in sync.Tombstone.select().where(sync.Tombstone.change_seq > mark)] \
        == [("party", party.uuid)]


def test_keys_are_unique_per_station(db):
    other = Station.create(name="某某镇委员工作站", own=False)
    Lookup.create(station=other, kind="sector", name="中共")  # the own station has its 中共 as well
    Dispute.create(case_no="〔2026〕调字第001号", case_year=2026, case_seq=1, accepted_on=dt.date(2026, 3, 1))
    Dispute.create(station=other, case_no="〔2026〕调字第001号", case_year=2026, case_seq=1,
                   accepted_on=dt.date(2026, 3, 2))
    with pytest.raises(pw.IntegrityError), db.atomic():
        Dispute.create(case_no="〔2026〕调字第001号", case_year=2026, case_seq=1, accepted_on=dt.date(2026, 3, 3))
    assert Station.own_row().id == OWN_STATION_ID and Station.own_row().own
    # the own station's lists are its own: the settings show one 中共, not the other station's
    from station_app.services import settings

    assert [r.name for r in settings.lookups("sector")].count("中共") == 1
