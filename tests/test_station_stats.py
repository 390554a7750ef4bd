"""Statistics per station at the county: a station's block equals the same records' stats in a database of
their own, the blocks add up to the total, and `stats --station` / `--by-station [--json]` print them."""

from __future__ import annotations

import json

import pytest

from station_app.cli import main
from station_app.services import context, station_figures, station_scope, stats
from station_app.store.db import close_database, open_database
from station_app.store.org import OWN_STATION_ID
from tests.county_sample import TODAY, Y0, Y1, county_fixture, fill  # noqa: F401  (the county fixture)


def _alone(tmp_path, k: int) -> dict:
    """stats of the *k* records in a database holding only that station (its own)."""
    close_database()
    open_database(tmp_path / f"alone{k}.db")
    context.set_actor("tester", "管理员")
    fill(OWN_STATION_ID, k)
    figures = stats.compute(Y0, Y1, today=TODAY)
    close_database()
    return figures


def _numbers(block: dict, prefix: str = ""):
    """The additive leaves of a stats block (counts and sums; rates and medians are not additive)."""
    for key, value in block.items():
        if isinstance(value, dict):
            yield from _numbers(value, f"{prefix}{key}.")
        elif isinstance(value, (int, float)) and not isinstance(value, bool) \
                and not key.endswith("rate") and "median" not in key:
            yield f"{prefix}{key}", value


def test_a_stations_block_equals_its_own_database_and_blocks_sum_to_the_total(county, tmp_path):
    result = station_figures.by_station(Y0, Y1, today=TODAY)
    blocks = [b["figures"] for b in result["stations"]]
    assert [b["station"]["name"] for b in result["stations"]] == ["芦阳镇委员工作站", "草窝滩镇委员工作站"]
    total = dict(_numbers(result["total"]))
    summed = {}
    for block in blocks:
        for key, value in _numbers(block):
            summed[key] = summed.get(key, 0) + value
    assert summed == total
    assert result["total"] == stats.compute(Y0, Y1, today=TODAY)  # the blocks added up = computed for all
    assert total["reception.visits"] == 3 + 4 + 2 + 3 and total["disputes.cases"] == 2 + 3
    assert result["total"]["referrals"]["by_department"]["县住建局"]["median_days"] == 8.0  # 4 5 8 9 10
    assert blocks[0] != blocks[1]
    assert result["total"]["disputes"]["success_rate"] == round(3 / 5, 4)  # recomputed, not summed
    alone = [_alone(tmp_path, 1), _alone(tmp_path, 2)]
    assert blocks == alone


def test_one_station_only(county):
    one = stats.compute(Y0, Y1, today=TODAY, station=county[1])
    assert one["reception"]["visits"] == 4 + 3 and one["members"]["active"] == 4
    assert one["topics"]["by_grade"] == {"A": 1, "B": 0, "C": 1}
    assert one["topics"]["concluded"] == 2 and one["topics"]["converted"] == 1
    assert station_scope.is_multi() and station_scope.by_name("草窝滩").id == county[1]
    assert station_scope.by_name("镇") is None  # two match: not a unique part of a name


def test_comparison_rows_and_members_of_all_stations(county):
    c = station_figures.comparison(Y0, Y1, today=TODAY)
    assert [r.name for r in c.rows] == ["芦阳镇委员工作站", "草窝滩镇委员工作站"]
    second = c.rows[1]
    assert (second.visits, second.people, second.disputes, second.succeeded) == (4 + 3, 1 + 2 + 3 + 4 + 3, 3, 2)
    assert second.topics_concluded == 2 and second.conversion_rate == 0.5 and second.last_seq == 3
    assert len(c.members) == 3 + 4 and {m.station for m in c.members} == {r.name for r in c.rows}
    assert [m.rank for m in c.members] == sorted(m.rank for m in c.members)


def test_cli_by_station_and_station(county, data_dir, capsys):
    close_database()
    args = ["--data-dir", str(data_dir.root), "stats", "--year", "2026"]
    assert main([*args, "--by-station", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert [b["station"]["name"] for b in data["stations"]] == ["芦阳镇委员工作站", "草窝滩镇委员工作站"]
    assert list(data["total"]) == list(data["stations"][0]["figures"])  # each block in `stats --json`'s shape
    assert main([*args, "--station", "芦阳镇委员工作站", "--json"]) == 0
    one = json.loads(capsys.readouterr().out)
    assert one["reception"] == data["stations"][0]["figures"]["reception"]
    assert main([*args, "--by-station"]) == 0
    text = capsys.readouterr().out
    assert "【芦阳镇委员工作站】" in text and "【合计（全部工作站）】" in text and text.count("统计期间") == 3
    assert main([*args, "--station", "无此站"]) == 1
    err = capsys.readouterr().err
    assert "找不到工作站“无此站”" in err and "芦阳镇委员工作站" in err
    with pytest.raises(SystemExit) as usage:
        main([*args, "--station", "x", "--by-station"])
    assert usage.value.code == 2


def test_members_of_all_stations_are_judged_by_their_own_stations_rules(county):
    from station_app.services import performance
    from station_app.store.models import PointRule

    PointRule.update(points=PointRule.points * 10).where(PointRule.station == county[1]).execute()
    every = performance.member_figures(Y0, Y1, today=TODAY)
    one = {f.member_id: f for f in performance.member_figures(Y0, Y1, today=TODAY, station=county[0])}
    other = {f.member_id: f for f in performance.member_figures(Y0, Y1, today=TODAY, station=county[1])}
    assert len(every) == len(one) + len(other) == 3 + 4
    for fig in every:  # the same points as judged within its station alone (not every station's rules summed)
        alone = one.get(fig.member_id) or other[fig.member_id]
        assert fig.points == alone.points and len(fig.quotas) == len(alone.quotas)
    assert every[0].member_id in other  # the tenfold points rank first
    assert [f.rank for f in every] == sorted(f.rank for f in every)
