"""A visit's 办理状态 follows the case it became, unless the clerk set it by hand."""

from __future__ import annotations

import datetime as dt

from station_app.services import conversions, disputes, links, records
from station_app.store import models as M


def ready_to_close(case):
    """Closing checks the dossier: the signed notice, the ID proofs and a 调解记录."""
    for name in ("当事人权利义务告知书", "当事人身份证明"):
        disputes.set_paper(case, name, pages=1)
    if not case.sessions.count():
        disputes.add_session(case, {"date": dt.date(2026, 3, 10), "process": "调解员释法说理。"})


def _visit(content="邻居占用楼道堆放杂物"):
    from station_app.services import reception

    return reception.add_visit(None, {"visit_date": dt.date(2026, 3, 5), "visitor_name": "王桂兰",
                                      "content": content, "category": "邻里纠纷", "handling": "转矛盾纠纷调解",
                                      "mode": "来信"}, [])


def _close(case):
    ready_to_close(case)
    return disputes.close_case(case, {"result": "调解成功", "closed_on": dt.date(2026, 3, 20),
                                      "agreement_content": "双方同意清理楼道", "agreement_form": "口头"})


def test_closing_the_case_closes_the_visit_and_reopening_reopens_it(db):
    visit = _visit()
    case = conversions.visit_to_dispute(visit)
    assert M.Visit.get_by_id(visit.id).status == "办理中"
    case = _close(case)
    assert M.Visit.get_by_id(visit.id).status == "已办结"
    disputes.reopen_case(case)
    assert M.Visit.get_by_id(visit.id).status == "办理中"


def test_a_status_set_by_hand_is_kept(db):
    visit = _visit()
    case = conversions.visit_to_dispute(visit)
    records.update(M.Visit.get_by_id(visit.id), {"status": "待办"})  # the clerk's own choice
    _close(case)
    assert M.Visit.get_by_id(visit.id).status == "待办"


def test_links_both_ways_and_deleted_target_marked(db):
    visit = _visit()
    case = conversions.visit_to_dispute(visit)
    assert [(l.kind, l.id) for l in links.related("visit", visit)] == [("dispute", case.id)]
    assert [(l.kind, l.id) for l in links.related("dispute", case)] == [("visit", visit.id)]
    records.soft_delete(case)
    (link,) = links.related("visit", M.Visit.get_by_id(visit.id))
    assert link.deleted
