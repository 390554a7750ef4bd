"""The county's statistics after real 上报包: three demo stations in their own folders send their packages; at
the county `stats --by-station --json` equals each station's own `stats --json` block for block, and the
total is their sum."""

from __future__ import annotations

import contextlib
import io
import json

import pytest

from station_app.cli import main

STATIONS = ("三塬镇委员工作室", "红水镇委员工作室", "芦阳镇委员工作室")
TODAY_ARGS = ("stats", "--year", "2026", "--json")


def ok(*argv) -> str:
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = main([str(a) for a in argv])
    assert code == 0, err.getvalue() + out.getvalue()
    return out.getvalue()


@pytest.fixture(scope="module")
def county(tmp_path_factory):
    root = tmp_path_factory.mktemp("county-stats")
    county = root / "county"
    ok("--data-dir", county, "init", "--name", "景泰县政协委员联络委", "--role", "county")
    ok("--data-dir", county, "exchange", "key", "-o", root / "county.slkey")
    own, packages = {}, []
    for n, name in enumerate(STATIONS, start=1):
        folder = root / f"s{n}"
        ok("--data-dir", folder, "init", "--name", name)
        ok("--data-dir", folder, "demo", "--seed", n, "--year", 2026)
        ok("--data-dir", folder, "exchange", "trust", root / "county.slkey")
        packages.append(root / f"s{n}.slpkg")
        ok("--data-dir", folder, "exchange", "export", "--all", "-o", packages[-1])
        own[name] = json.loads(ok("--data-dir", folder, *TODAY_ARGS))
    ok("--data-dir", county, "exchange", "import", *packages, "--accept-new")
    return county, own


def _additive(block: dict, prefix: str = ""):
    for key, value in block.items():
        if isinstance(value, dict):
            yield from _additive(value, f"{prefix}{key}.")
        elif isinstance(value, (int, float)) and not isinstance(value, bool) \
                and not key.endswith("rate") and "median" not in key:
            yield f"{prefix}{key}", value


def test_by_station_equals_each_stations_own_stats_and_sums_to_the_total(county):
    folder, own = county
    result = json.loads(ok("--data-dir", folder, *TODAY_ARGS, "--by-station"))
    blocks = {b["station"]["name"]: b["figures"] for b in result["stations"]}
    assert set(blocks) == set(STATIONS)
    for name in STATIONS:
        assert blocks[name] == own[name], name
    summed: dict = {}
    for block in blocks.values():
        for key, value in _additive(block):
            summed[key] = round(summed.get(key, 0) + value, 2)
    assert summed == {k: round(v, 2) for k, v in _additive(result["total"])}
    assert result["total"] == json.loads(ok("--data-dir", folder, *TODAY_ARGS))  # = plain `stats` at the county
    one = json.loads(ok("--data-dir", folder, *TODAY_ARGS, "--station", "红水镇"))
    assert one == own["红水镇委员工作室"]
