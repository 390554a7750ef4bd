"""上报包 end to end: three demo stations in their own data folders, a county folder, real package files
through the CLI; edits and deletions travel, re-imports change nothing, damaged or foreign packages are
refused with the county database unchanged."""

from __future__ import annotations

import contextlib
import hashlib
import io
import re
import shutil
import sqlite3

import pytest

from station_app.cli import main

STATIONS = ("三塬镇委员工作室", "红水镇委员工作室", "芦阳镇委员工作室")


def cli(*argv) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = main([str(a) for a in argv])
    return code, out.getvalue(), err.getvalue()


def ok(*argv) -> str:
    code, out, err = cli(*argv)
    assert code == 0, err + out
    return out


@pytest.fixture(scope="module")
def world(tmp_path_factory):
    """Three stations (demo seeds 1–3) that trust the county, each with its first (full) package."""
    root = tmp_path_factory.mktemp("exchange")
    county = root / "county"
    ok("--data-dir", county, "init", "--name", "景泰县政协委员联络委", "--role", "county")
    ok("--data-dir", county, "exchange", "key", "-o", root / "county.slkey")
    stations, packages = [], []
    for n, name in enumerate(STATIONS, start=1):
        folder = root / f"s{n}"
        ok("--data-dir", folder, "init", "--name", name)
        ok("--data-dir", folder, "demo", "--seed", n, "--year", 2026)
        ok("--data-dir", folder, "exchange", "trust", root / "county.slkey")
        package = root / f"s{n}-1.slpkg"
        ok("--data-dir", folder, "exchange", "export", "--all", "-o", package)
        stations.append(folder)
        packages.append(package)
    return {"root": root, "county": county, "stations": stations, "packages": packages}


def fresh(world, tmp_path, name="county"):
    """A copy of the empty county folder (each test starts from it)."""
    target = tmp_path / name
    shutil.copytree(world["county"], target)
    return target


def station_copy(world, tmp_path, n: int):
    target = tmp_path / f"s{n}"
    shutil.copytree(world["stations"][n - 1], target)
    return target


def db_path(folder):
    return folder / "station.db"


def checksum(folder) -> str:
    """SHA-256 over every row of every table (the planner's statistics aside)."""
    con = sqlite3.connect(db_path(folder))
    try:
        digest = hashlib.sha256()
        tables = [r[0] for r in con.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")]
        for table in tables:
            digest.update(table.encode())
            for row in sorted(repr(r) for r in con.execute(f"SELECT * FROM \"{table}\"")):
                digest.update(row.encode())
        return digest.hexdigest()
    finally:
        con.close()


def query(folder, sql, params=()):
    con = sqlite3.connect(db_path(folder))
    try:
        return con.execute(sql, params).fetchall()
    finally:
        con.close()


RECORD_TABLES = ("member", "duty_slot", "reception_day", "visit", "dispute", "activity", "topic", "opinion",
                 "proposal", "referral", "lookup", "work_team")
CHILD_TABLES = {"visit_member": ("visit_id", "visit"), "party": ("dispute_id", "dispute"),
                "duty_member": ("slot_id", "duty_slot"), "topic_step": ("topic_id", "topic"),
                "mediation_session": ("dispute_id", "dispute")}


def own_station_id(folder) -> int:
    return query(folder, "SELECT id FROM station WHERE own = 1")[0][0]


def station_counts(folder, station_uuid: str | None = None) -> dict[str, int]:
    """Rows per table of one station (by uuid; default the folder's own station)."""
    if station_uuid is None:
        sid = own_station_id(folder)
    else:
        sid = query(folder, "SELECT id FROM station WHERE uuid = ?", (station_uuid,))[0][0]
    out = {t: query(folder, f"SELECT count(*) FROM {t} WHERE station_id = ?", (sid,))[0][0] for t in RECORD_TABLES}
    for child, (column, owner) in CHILD_TABLES.items():
        out[child] = query(folder, f"SELECT count(*) FROM {child} c JOIN {owner} o ON o.id = c.{column} "
                                   "WHERE o.station_id = ?", (sid,))[0][0]
    return out


def own_uuid(folder) -> str:
    return query(folder, "SELECT uuid FROM station WHERE own = 1")[0][0]


def test_three_stations_arrive_whole_at_the_county(world, tmp_path):
    county = fresh(world, tmp_path)
    out = ok("--data-dir", county, "exchange", "import", *world["packages"], "--accept-new")
    assert out.count("新登记的工作站") == 3 and "新增" in out
    for folder in world["stations"]:
        here = station_counts(folder)
        assert here["visit"] > 100 and here["dispute"] > 10 and here["party"] > 10
        assert station_counts(county, own_uuid(folder)) == here
        # the same case numbers, as each station spelled them, now side by side
        cases = {r[0] for r in query(folder, "SELECT case_no FROM dispute")}
        there = {r[0] for r in query(county, "SELECT d.case_no FROM dispute d JOIN station s ON s.id = d.station_id "
                                             "WHERE s.uuid = ?", (own_uuid(folder),))}
        assert cases == there
    # every imported row is stamped by the county's change counter, and the per-row triggers are back
    assert query(county, "SELECT min(change_seq) FROM visit")[0][0] > 0
    triggers = ("SELECT count(*) FROM sqlite_master WHERE type = 'trigger' "
                "AND (name LIKE 'sync%' OR name LIKE 'search%')")
    assert query(county, triggers) == query(world["stations"][0], triggers)
    registered = query(county, "SELECT name, fingerprint, last_seq FROM station WHERE own = 0 ORDER BY name")
    assert sorted(r[0] for r in registered) == sorted(STATIONS)
    assert all(r[2] == 1 and len(r[1]) == 24 for r in registered)
    # links point at the county's own ids of the same rows: a visit's members are the station's members
    folder = world["stations"][0]
    pairs = set(query(folder, "SELECT v.uuid, m.uuid FROM visit_member vm JOIN visit v ON v.id = vm.visit_id "
                              "JOIN member m ON m.id = vm.member_id"))
    assert pairs <= set(query(county, "SELECT v.uuid, m.uuid FROM visit_member vm JOIN visit v ON v.id = vm.visit_id "
                                      "JOIN member m ON m.id = vm.member_id"))


def test_the_same_package_twice_changes_nothing(world, tmp_path):
    county = fresh(world, tmp_path)
    ok("--data-dir", county, "exchange", "import", world["packages"][0], "--accept-new")
    before = checksum(county)
    out = ok("--data-dir", county, "exchange", "import", world["packages"][0])
    assert "已导入过，无变化" in out
    assert checksum(county) == before


def test_a_new_station_is_not_registered_without_confirmation(world, tmp_path):
    county = fresh(world, tmp_path)
    before = checksum(county)
    code, out, _err = cli("--data-dir", county, "exchange", "import", world["packages"][1])
    assert code == 1
    assert "首次收到工作站“红水镇委员工作室”" in out and "--accept-new" in out
    assert checksum(county) == before


def _edit_at_station(folder):
    """Change a visit, move a dispute to the recycle bin and remove a party for good, through the services."""
    from station_app.services import context, records
    from station_app.store.db import close_database, open_database
    from station_app.store.models import Dispute, Party, Visit

    open_database(db_path(folder))
    try:
        with context.acting_as("tester", "管理员"):
            visit = Visit.select().order_by(Visit.id).first()
            # the same members again: their link rows are replaced (deleted and added with new uuids)
            records.update(visit, {"content": "群众反映村口路灯不亮，已联系供电所（改）"},
                           members=records.member_ids(visit))
            dispute = Dispute.alive().order_by(Dispute.id.desc()).first()
            records.soft_delete(dispute)
            party = Party.select().order_by(Party.id).first()
            party.delete_instance()
        return visit.uuid, dispute.uuid, party.uuid
    finally:
        close_database()


def test_an_edit_and_deletions_arrive_with_the_next_package(world, tmp_path):
    county = fresh(world, tmp_path)
    station = station_copy(world, tmp_path, 1)
    ok("--data-dir", county, "exchange", "import", world["packages"][0], "--accept-new")
    visit, dispute, party = _edit_at_station(station)
    second = tmp_path / "s1-2.slpkg"
    out = ok("--data-dir", station, "exchange", "export", "-o", second)
    assert "第 2 号上报包" in out
    out = ok("--data-dir", county, "exchange", "import", second)
    assert "来访登记：新增 0，更新 1" in out
    assert "纠纷案件：新增 0，更新 0，删除 1" in out
    assert "当事人：新增 0，更新 0，删除 1" in out
    added, deleted = map(int, re.search(r"接待委员：新增 (\d+)，更新 0，删除 (\d+)", out).groups())
    assert added == deleted >= 1  # the replaced links: as many added as deleted
    assert query(county, "SELECT content FROM visit WHERE uuid = ?", (visit,))[0][0].endswith("（改）")
    assert query(county, "SELECT deleted FROM dispute WHERE uuid = ?", (dispute,))[0][0] == 1
    assert query(county, "SELECT count(*) FROM party WHERE uuid = ?", (party,))[0][0] == 0
    assert station_counts(county, own_uuid(station)) == station_counts(station)
    # the search index follows: the new text is found, the deleted case is gone, the others are there
    (vid,) = query(county, "SELECT id FROM visit WHERE uuid = ?", (visit,))[0]
    (did,) = query(county, "SELECT id FROM dispute WHERE uuid = ?", (dispute,))[0]
    found = query(county, "SELECT d.kind, d.rid FROM search_fts f JOIN search_doc d ON d.id = f.rowid "
                          "WHERE search_fts MATCH '\"路灯不亮\"'")
    assert ("visit", vid) in found
    assert not query(county, "SELECT 1 FROM search_doc WHERE kind = 'dispute' AND rid = ?", (did,))
    live = query(county, "SELECT count(*) FROM dispute WHERE deleted = 0")[0][0]
    assert query(county, "SELECT count(*) FROM search_doc WHERE kind = 'dispute'")[0][0] == live
    assert query(county, "SELECT count(*) FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'search%'")[0][0] \
        == query(station, "SELECT count(*) FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'search%'")[0][0]
    # a third package with nothing new
    third = tmp_path / "s1-3.slpkg"
    ok("--data-dir", station, "exchange", "export", "-o", third)
    out = ok("--data-dir", county, "exchange", "import", third)
    assert "无变化" in out
    assert query(county, "SELECT last_seq FROM station WHERE uuid = ?", (own_uuid(station),))[0][0] == 3


def test_an_older_package_after_a_newer_one_changes_nothing_newer_and_a_gap_is_named(world, tmp_path):
    from station_app.services import context, records
    from station_app.store.db import close_database, open_database
    from station_app.store.models import Visit

    county = fresh(world, tmp_path)
    station = station_copy(world, tmp_path, 2)
    ok("--data-dir", county, "exchange", "import", world["packages"][1], "--accept-new")
    packages = []
    for text in ("第一次修改", "第二次修改"):
        open_database(db_path(station))
        try:
            with context.acting_as("tester", "管理员"):
                visit = Visit.select().order_by(Visit.id).first()
                records.update(visit, {"result": text})
                uuid = visit.uuid
        finally:
            close_database()
        packages.append(tmp_path / f"s2-{len(packages) + 2}.slpkg")
        ok("--data-dir", station, "exchange", "export", "-o", packages[-1])
    out = ok("--data-dir", county, "exchange", "import", packages[1])
    assert "缺少第 2 号上报包" in out
    assert query(county, "SELECT result FROM visit WHERE uuid = ?", (uuid,))[0][0] == "第二次修改"
    out = ok("--data-dir", county, "exchange", "import", packages[0])
    assert "缺少第" not in out
    assert query(county, "SELECT result FROM visit WHERE uuid = ?", (uuid,))[0][0] == "第二次修改"


@pytest.mark.parametrize("damage", ["flip", "truncate", "other_key", "other_county"])
def test_a_damaged_or_foreign_package_is_refused_whole(world, tmp_path, damage):
    county = fresh(world, tmp_path)
    ok("--data-dir", county, "exchange", "import", world["packages"][0], "--accept-new")
    station = station_copy(world, tmp_path, 1)
    _edit_at_station(station)
    package = tmp_path / "s1-2.slpkg"
    if damage == "other_key":  # the station's signing key replaced (a forged package under its name)
        con = sqlite3.connect(db_path(station))
        con.execute("DELETE FROM setting WHERE key = 'exchange.keys'")
        con.commit()
        con.close()
    if damage == "other_county":
        other = tmp_path / "other"
        ok("--data-dir", other, "init", "--name", "别的县政协", "--role", "county")
        ok("--data-dir", other, "exchange", "key", "-o", tmp_path / "other.slkey")
        ok("--data-dir", station, "exchange", "trust", tmp_path / "other.slkey")
    ok("--data-dir", station, "exchange", "export", "-o", package)
    data = bytearray(package.read_bytes())
    if damage == "flip":
        data[len(data) // 2] ^= 0x20
    elif damage == "truncate":
        data = data[: len(data) - 100]
    package.write_bytes(bytes(data))
    before = checksum(county)
    code, out, _err = cli("--data-dir", county, "exchange", "import", package)
    assert code == 1
    reason = {"flip": "已损坏或被改动", "truncate": "不完整（文件被截断）",
              "other_key": "签名密钥与已登记的工作站“三塬镇委员工作室”不符", "other_county": "不是发给本单位的"}[damage]
    assert reason in out and "未导入" in out
    assert checksum(county) == before


def test_attachments_travel_by_hash_and_are_stored_once(world, tmp_path):
    from station_app.services import attachments, context
    from station_app.store.db import close_database, open_database
    from station_app.store.models import Activity

    station = station_copy(world, tmp_path, 3)
    photo = tmp_path / "合影.jpg"
    photo.write_bytes(b"\xff\xd8\xff" + bytes(range(256)) * 40)
    open_database(db_path(station))
    try:
        with context.acting_as("tester", "管理员"):
            first, second = list(Activity.select().order_by(Activity.id).limit(2))
            attachments.attach(first, photo, "活动合影")
            attachments.attach(second, photo)
            owners = {first.uuid, second.uuid}
    finally:
        close_database()
    bare = tmp_path / "s3-bare.slpkg"
    ok("--data-dir", station, "exchange", "export", "--all", "-o", bare)
    package = tmp_path / "s3.slpkg"
    out = ok("--data-dir", station, "exchange", "export", "--all", "--with-attachments", "-o", package)
    assert "附件文件 1 个" in out
    county = fresh(world, tmp_path)
    out = ok("--data-dir", county, "exchange", "import", bare, "--accept-new")
    assert "2 个附件的文件未随包，暂未导入" in out  # the county never holds a row without its file
    assert not query(county, "SELECT 1 FROM attachment")
    ok("--data-dir", county, "exchange", "import", package)
    assert "检查通过" in ok("--data-dir", county, "check")
    sha = hashlib.sha256(photo.read_bytes()).hexdigest()
    stored = county / "attachments" / sha[:2] / sha
    assert stored.read_bytes() == photo.read_bytes()
    linked = query(county, "SELECT a.caption, x.uuid FROM attachment a JOIN activity x ON x.id = a.owner_id "
                           "WHERE a.sha256 = ? AND a.owner_table = 'activity'", (sha,))
    assert {u for _c, u in linked} == owners and len(linked) == 2


def test_a_county_reports_upward_only_its_own_records(world, tmp_path):
    county = fresh(world, tmp_path)
    ok("--data-dir", county, "exchange", "import", world["packages"][0], "--accept-new")
    city = tmp_path / "city"
    ok("--data-dir", city, "init", "--name", "白银市政协", "--role", "county")
    ok("--data-dir", city, "exchange", "key", "-o", tmp_path / "city.slkey")
    ok("--data-dir", county, "exchange", "trust", tmp_path / "city.slkey")
    ok("--data-dir", county, "exchange", "export", "-o", tmp_path / "up.slpkg")
    out = ok("--data-dir", city, "exchange", "import", tmp_path / "up.slpkg", "--accept-new")
    assert "景泰县政协委员联络委 第 1 号上报包（新登记的工作站）" in out
    assert query(city, "SELECT count(*) FROM visit")[0][0] == 0  # the stations' records stay at the county
    assert query(city, "SELECT count(*) FROM station WHERE name = '三塬镇委员工作室'")[0][0] == 0
    assert station_counts(city, own_uuid(county))["lookup"] == station_counts(county)["lookup"]


def test_export_needs_the_upper_levels_key_and_status_shows_the_fingerprints(world, tmp_path):
    lone = tmp_path / "lone"
    ok("--data-dir", lone, "init", "--name", "独山镇委员工作站")
    code, _out, err = cli("--data-dir", lone, "exchange", "export", "-o", tmp_path / "x.slpkg")
    assert code == 1 and "尚未导入上级下发的公钥文件" in err
    assert not (tmp_path / "x.slpkg").exists()
    out = ok("--data-dir", world["stations"][0], "exchange", "status")
    assert "上报给：景泰县政协委员联络委" in out and "签名密钥指纹" in out


def test_a_package_that_conflicts_with_the_county_rows_is_refused_whole(world, tmp_path):
    """A row the county holds (put there behind the app's back) blocks one of the package's rows: the
    whole package is refused with the reason, nothing of it written."""
    import uuid as uuidlib

    from station_app.services import context, records
    from station_app.store.db import close_database, open_database
    from station_app.store.models import Member, Visit

    county = fresh(world, tmp_path)
    station = station_copy(world, tmp_path, 1)
    ok("--data-dir", county, "exchange", "import", world["packages"][0], "--accept-new")
    open_database(db_path(station))
    try:
        with context.acting_as("tester", "管理员"):
            visit = Visit.select().order_by(Visit.id).first()
            members = records.member_ids(visit)
            extra = Member.select().where(Member.id.not_in(members)).order_by(Member.id).first()
            records.update(visit, {"result": "补充一名接待委员"}, members=[*members, extra.id])
            pair = (visit.uuid, extra.uuid)
    finally:
        close_database()
    con = sqlite3.connect(db_path(county))
    con.execute("INSERT INTO visit_member (uuid, visit_id, member_id, revision, change_seq) VALUES "
                "(?, (SELECT id FROM visit WHERE uuid = ?), (SELECT id FROM member WHERE uuid = ?), 1, 0)",
                (str(uuidlib.uuid4()), *pair))
    con.commit()
    con.close()
    package = tmp_path / "s1-2.slpkg"
    ok("--data-dir", station, "exchange", "export", "-o", package)
    before = checksum(county)
    code, out, _err = cli("--data-dir", county, "exchange", "import", package)
    assert code == 1 and "与本单位已有的数据冲突" in out and "未导入" in out
    assert checksum(county) == before


def test_rows_linking_to_a_missing_package_wait_for_it(world, tmp_path):
    """Package 3 links a visit to a member that package 2 brought: imported before 2, that link waits (said
    so), and importing 3 again once 2 is in completes it."""
    from station_app.services import context, records
    from station_app.store.db import close_database, open_database
    from station_app.store.models import Visit

    county = fresh(world, tmp_path)
    station = station_copy(world, tmp_path, 2)
    ok("--data-dir", county, "exchange", "import", world["packages"][1], "--accept-new")

    def at_station(change):
        open_database(db_path(station))
        try:
            with context.acting_as("tester", "管理员"):
                return change()
        finally:
            close_database()

    member = at_station(lambda: records.create("member", {"name": "新委员", "sector": "农业界"}).uuid)
    second, third = tmp_path / "2.slpkg", tmp_path / "3.slpkg"
    ok("--data-dir", station, "exchange", "export", "-o", second)

    def link():
        from station_app.store.models import Member

        visit = Visit.select().order_by(Visit.id).first()
        new = Member.get(Member.uuid == member)
        records.update(visit, {"result": "请新委员跟进"}, members=[*records.member_ids(visit), new.id])
        return visit.uuid

    visit = at_station(link)
    ok("--data-dir", station, "exchange", "export", "-o", third)
    pairs = ("SELECT count(*) FROM visit_member vm JOIN visit v ON v.id = vm.visit_id JOIN member m "
             "ON m.id = vm.member_id WHERE v.uuid = ? AND m.uuid = ?")
    out = ok("--data-dir", county, "exchange", "import", third)
    assert "1 行引用的记录尚未收到" in out and "缺少第 2 号上报包" in out
    assert query(county, "SELECT result FROM visit WHERE uuid = ?", (visit,))[0][0] == "请新委员跟进"
    assert query(county, pairs, (visit, member))[0][0] == 0
    out = ok("--data-dir", county, "exchange", "import", second)
    assert query(county, pairs, (visit, member))[0][0] == 0
    out = ok("--data-dir", county, "exchange", "import", third)  # not 已导入过: it was not complete
    assert "已导入过" not in out and "尚未收到" not in out and "缺少第" not in out
    assert query(county, pairs, (visit, member))[0][0] == 1
    assert station_counts(county, own_uuid(station)) == station_counts(station)
