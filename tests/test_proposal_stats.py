"""提案 and 督办 figures of `stats --json` on a small hand-built database: on time, overdue, per department
median days, the recycle bin and 跨年 items."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from station_app.services import stats
from station_app.store.models import Proposal, Referral, Visit

D = dt.date
Y0, Y1 = D(2026, 1, 1), D(2026, 12, 31)


def proposal(n, **kw):
    values = {"number": f"TA-2026-{n:03d}", "title": f"关于第{n}件事的建议", "submitted_on": D(2026, 3, n)}
    values.update(kw)
    return Proposal.create(**values)


def item(dept, assigned, due, replied=None, **kw):
    return Referral.create(source_kind=kw.pop("source_kind", "visit"), matter="事项", department=dept,
                           assigned_on=assigned, due_on=due, replied_on=replied, **kw)


@pytest.fixture
def figures(db):
    proposal(1, filing="立案", is_key=True, replied_on=D(2026, 6, 1), reply_class="A", member_opinion="满意")
    proposal(2, filing="立案", replied_on=D(2026, 6, 2), reply_class="B", member_opinion="基本满意")
    proposal(3, filing="不立案转意见", member_opinion="不满意", replied_on=D(2026, 6, 3), reply_class="C")
    proposal(4)
    proposal(5, deleted=True, filing="立案")
    proposal(6, submitted_on=D(2025, 11, 1), filing="立案")  # another year
    # 住建办: replied after 5, 9 and 20 days (one late), one overdue, one still within its limit
    item("住建办", D(2026, 3, 1), D(2026, 3, 15), D(2026, 3, 6), fed_back_on=D(2026, 3, 8))
    item("住建办", D(2026, 4, 1), D(2026, 4, 15), D(2026, 4, 10))
    item("住建办", D(2026, 5, 1), D(2026, 5, 15), D(2026, 5, 21))
    item("住建办", D(2026, 6, 1), D(2026, 6, 15))
    item("住建办", D(2026, 12, 1), D(2026, 12, 20))
    # 司法所: replied after 2 and 4 days: median 3
    item("司法所", D(2026, 2, 1), D(2026, 2, 20), D(2026, 2, 3))
    item("司法所", D(2026, 2, 10), D(2026, 3, 1), D(2026, 2, 14))
    # the source visit is in the recycle bin: counts nowhere
    gone = Visit.create(visit_date=D(2026, 2, 1), visitor_name="某", content="x", deleted=True)
    item("司法所", D(2026, 2, 2), D(2026, 2, 5), visit=gone)
    # 跨年: handed on in the previous December, still open
    item("派出所", D(2025, 12, 20), D(2026, 1, 10))
    return stats.compute(Y0, Y1, today=D(2026, 12, 3))


def test_proposal_figures(figures):
    assert figures["proposals"] == {"count": 4, "filed": 2, "key": 1, "replied": 3, "satisfied": 2,
                                    "by_reply_class": {"A": 1, "B": 1, "C": 1}}


def test_referral_figures_follow_the_shared_semantics(figures):
    r = figures["referrals"]
    assert (r["count"], r["replied"], r["on_time"], r["overdue"], r["fed_back"]) == (7, 5, 4, 1, 1)
    assert r["carried_over"] == 1  # the December item, not counted again in this year's 交办
    assert r["on_time_rate"] == round(4 / 6, 4)
    assert r["by_department"]["住建办"] == {"count": 5, "replied": 3, "on_time": 2, "overdue": 1,
                                            "on_time_rate": 0.5, "median_days": 9.0}
    assert r["by_department"]["司法所"] == {"count": 2, "replied": 2, "on_time": 2, "overdue": 0,
                                            "on_time_rate": 1.0, "median_days": 3.0}


def test_overdue_is_judged_at_the_end_of_a_past_period(figures):
    # by 2026-06-10 the June item is still inside its limit
    assert stats.compute(Y0, D(2026, 6, 10))["referrals"]["overdue"] == 0
    assert stats.compute(D(2025, 1, 1), D(2025, 12, 31))["referrals"]["count"] == 1


def test_stats_json_on_the_command_line(figures, data_dir, capsys):
    from station_app.cli import main

    assert main(["--data-dir", str(data_dir.root), "stats", "--year", "2026", "--json"]) == 0
    s = json.loads(capsys.readouterr().out)
    assert s["proposals"]["filed"] == 2 and s["referrals"]["by_department"]["司法所"]["median_days"] == 3.0
    assert main(["--data-dir", str(data_dir.root), "stats", "--year", "2026"]) == 0
    text = capsys.readouterr().out
    assert "提案：4 件，立案 2 件" in text and "司法所 2 件（按时率 100.0%）" in text
