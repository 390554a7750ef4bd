"""Roster generation: rule dates, holiday shifting, fair rotation (property tests), saving, the CLI."""

from __future__ import annotations

import datetime as dt
from collections import Counter

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from station_app.services import context, holidays, roster
from station_app.services.errors import PermissionDenied, ValidationError
from station_app.store.models import AuditLog, DutyMember, DutySlot, Member, MemberUnavailable, ReceptionRule

D = dt.date
NAMES = ["张建国", "李秀英", "王志强", "刘海燕", "陈明", "杨丽华", "赵红梅", "黄国平", "周晓东", "吴芳"]


def make_members(n: int) -> list[int]:
    return [Member.create(name=NAMES[i % len(NAMES)] + ("" if i < len(NAMES) else str(i)), sector="经济界").id
            for i in range(n)]


def rule(kind="weekly", **kw) -> ReceptionRule:
    kw.setdefault("members_per_session", 2)
    kw.setdefault("location", "工作站接待室")
    return ReceptionRule.create(name=kw.pop("name", "接待日"), kind=kind, **kw)


def dates(plan) -> list[dt.date]:
    return [s.date for s in plan.slots]


# ---------------------------------------------------------------- rule dates and holidays

def test_weekly_friday_mornings_skip_national_day_and_mid_autumn(db):
    make_members(4)
    rule(weekdays=[4], half="上午")
    plan = roster.plan(D(2026, 9, 1), D(2026, 10, 31))
    got = dates(plan)
    assert D(2026, 9, 25) not in got  # 中秋节
    assert D(2026, 10, 2) not in got  # 国庆节
    assert got == [D(2026, 9, 4), D(2026, 9, 11), D(2026, 9, 18), D(2026, 10, 9), D(2026, 10, 16),
                   D(2026, 10, 23), D(2026, 10, 30)]
    assert all(s.half == "上午" and s.location == "工作站接待室" for s in plan.slots)
    assert plan.warnings == []


def test_monthly_dates_shift_to_next_workday(db):
    make_members(4)
    rule("monthly_dates", month_days=[1, 10, 20])
    got = dates(roster.plan(D(2026, 10, 1), D(2026, 10, 31)))
    # 10-01 is 国庆 → 10-08; 10-10 is a Saturday but an adjusted workday (调休上班); 10-20 a Tuesday
    assert got == [D(2026, 10, 8), D(2026, 10, 10), D(2026, 10, 20)]


def test_monthly_dates_without_shifting_are_dropped_on_holidays(db):
    make_members(4)
    rule("monthly_dates", month_days=[1, 15], shift_on_holiday=False)
    assert dates(roster.plan(D(2026, 11, 1), D(2026, 11, 30))) == []  # 11-01 and 11-15 are Sundays


def test_a_date_shifted_from_the_previous_month_is_kept(db):
    make_members(2)
    rule("monthly_dates", month_days=[31], members_per_session=1)
    # 2026-01-31 is a Saturday → Monday 02-02; February has no 31st → the 28th, a Saturday but an
    # adjusted workday after the Spring Festival (春节调休上班)
    assert dates(roster.plan(D(2026, 2, 1), D(2026, 3, 5))) == [D(2026, 2, 2), D(2026, 2, 28)]


def test_nth_weekday_first_tuesday_and_last_friday(db):
    make_members(4)
    rule("nth_weekday", nth=1, nth_weekday=1, half="下午", location="协商议事室")
    rule("nth_weekday", nth=-1, nth_weekday=4)
    plan = roster.plan(D(2026, 9, 1), D(2026, 11, 30))
    got = [(s.date, s.half) for s in plan.slots]
    assert got == [
        (D(2026, 9, 1), "下午"), (D(2026, 9, 28), "上午"),  # last Friday 09-25 is 中秋节 → Monday
        (D(2026, 10, 8), "下午"), (D(2026, 10, 30), "上午"),
        (D(2026, 11, 3), "下午"), (D(2026, 11, 27), "上午"),
    ]


def test_inactive_and_out_of_validity_rules_are_ignored(db):
    make_members(3)
    rule(weekdays=[0], active=False)
    rule(weekdays=[2], valid_from=D(2026, 11, 11), valid_to=D(2026, 11, 20))
    assert dates(roster.plan(D(2026, 11, 1), D(2026, 11, 30))) == [D(2026, 11, 11), D(2026, 11, 18)]


def test_unknown_year_warns_instead_of_crashing(db):
    make_members(4)
    rule(weekdays=[4])
    plan = roster.plan(D(2026, 12, 20), D(2027, 1, 31))
    assert D(2027, 1, 1) in dates(plan)  # without data, New Year's Day counts as a plain Friday
    assert plan.warnings == ["2027年尚无官方节假日安排，已按周末计算，请在“设置—节假日”中录入"]
    holidays.set_override(D(2027, 1, 1), False, "元旦")
    plan = roster.plan(D(2026, 12, 20), D(2027, 1, 31))
    assert D(2027, 1, 1) not in dates(plan) and plan.warnings == []


def test_overrides_beat_the_package_when_planning(db):
    make_members(4)
    rule("monthly_dates", month_days=[1])
    holidays.set_override(D(2026, 10, 8), False, "国庆延长")
    assert dates(roster.plan(D(2026, 10, 1), D(2026, 10, 31))) == [D(2026, 10, 9)]


def test_no_rules_and_too_few_members_are_reported(db):
    assert "尚未设置启用的接待日规则" in roster.plan(D(2026, 11, 1), D(2026, 11, 30)).warnings[0]
    make_members(1)
    rule(weekdays=[4], members_per_session=2)
    plan = roster.plan(D(2026, 11, 1), D(2026, 11, 15))
    assert [len(s.member_ids) for s in plan.slots] == [1, 1]
    assert plan.warnings == [
        "人数不足：2026-11-06（星期五）上午 工作站接待室需要2名委员，只能安排1名",
        "人数不足：2026-11-13（星期五）上午 工作站接待室需要2名委员，只能安排1名",
    ]


# ---------------------------------------------------------------- who is drawn

def test_only_registered_members_and_respect_unavailability(db):
    ids = make_members(4)
    Member.update(status="退出").where(Member.id == ids[0]).execute()
    Member.update(deleted=True).where(Member.id == ids[1]).execute()
    MemberUnavailable.create(member=ids[2], start=D(2026, 11, 1), end=D(2026, 11, 10), reason="出差")
    rule(weekdays=[4], members_per_session=1)
    plan = roster.plan(D(2026, 11, 1), D(2026, 11, 30))
    assert [s.member_ids for s in plan.slots] == [[ids[3]], [ids[2]], [ids[3]], [ids[2]]]


def test_plan_is_deterministic(db):
    make_members(7)
    rule(weekdays=[1, 4], members_per_session=2)
    rule("monthly_dates", month_days=[15], members_per_session=3, location="村委会")
    a = roster.plan(D(2026, 1, 1), D(2026, 12, 31))
    b = roster.plan(D(2026, 1, 1), D(2026, 12, 31))
    assert [(s.date, s.half, s.location, s.member_ids) for s in a.slots] == \
           [(s.date, s.half, s.location, s.member_ids) for s in b.slots]


RULES = st.lists(st.one_of(
    st.builds(lambda w, h: {"kind": "weekly", "weekdays": sorted(w), "half": h},
              st.sets(st.integers(0, 6), min_size=1, max_size=3), st.sampled_from(["上午", "下午"])),
    st.builds(lambda m, s: {"kind": "monthly_dates", "month_days": sorted(m), "shift_on_holiday": s},
              st.sets(st.integers(1, 31), min_size=1, max_size=3), st.booleans()),
    st.builds(lambda n, w: {"kind": "nth_weekday", "nth": n, "nth_weekday": w},
              st.sampled_from([1, 2, 3, 4, 5, -1]), st.integers(0, 6)),
), min_size=1, max_size=3)


def _reset():
    for model in (DutySlot, ReceptionRule, MemberUnavailable, Member, AuditLog):
        model.delete().execute()


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(n_members=st.integers(1, 9), per=st.integers(1, 3), rules=RULES,
       start=st.dates(D(2025, 6, 1), D(2027, 6, 1)), days=st.integers(0, 200),
       away=st.lists(st.tuples(st.integers(0, 8), st.integers(0, 200), st.integers(0, 60)), max_size=4))
def test_fair_rotation_property(db, n_members, per, rules, start, days, away):
    _reset()
    ids = make_members(n_members)
    end = start + dt.timedelta(days=days)
    for r in rules:
        rule(members_per_session=per, **r)
    off: dict[int, list[tuple]] = {}
    for idx, offset, length in away:
        if idx < n_members:
            a = start + dt.timedelta(days=offset)
            MemberUnavailable.create(member=ids[idx], start=a, end=a + dt.timedelta(days=length))
            off.setdefault(ids[idx], []).append((a, a + dt.timedelta(days=length)))
    plan = roster.plan(start, end)

    def free(mid, day):
        return not any(a <= day <= b for a, b in off.get(mid, ()))

    counts = Counter()
    short = 0
    for s in plan.slots:
        assert start <= s.date <= end
        assert len(set(s.member_ids)) == len(s.member_ids)
        assert all(free(m, s.date) for m in s.member_ids)
        available = sum(free(m, s.date) for m in ids)
        assert len(s.member_ids) == min(per, available)
        short += len(s.member_ids) < per
        counts.update(s.member_ids)
    assert sum("人数不足" in w for w in plan.warnings) == short
    always = [m for m in ids if not any(a <= end and b >= start for a, b in off.get(m, ()))]
    if always:
        figures = [counts[m] for m in always]
        assert max(figures) - min(figures) <= 1
    assert len({(s.date, s.half, s.location) for s in plan.slots}) == len(plan.slots)


@settings(max_examples=50, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(n_members=st.integers(2, 9), per=st.integers(1, 3), rules=RULES,
       start=st.dates(D(2026, 1, 1), D(2026, 12, 31)), days=st.integers(7, 150))
def test_nobody_back_to_back_when_avoidable(db, n_members, per, rules, start, days):
    _reset()
    ids = make_members(n_members)
    for r in rules:
        rule(members_per_session=per, **r)
    plan = roster.plan(start, start + dt.timedelta(days=days))
    for prev, cur in zip(plan.slots, plan.slots[1:]):
        overlap = set(prev.member_ids) & set(cur.member_ids)
        # back-to-back is forced only when fewer than 2×per members exist; then it is minimal
        assert len(overlap) == max(0, len(prev.member_ids) + len(cur.member_ids) - len(ids))


# ---------------------------------------------------------------- saving

def test_save_plan_writes_slots_members_and_audit_and_never_doubles(db):
    ids = make_members(5)
    rule(weekdays=[4])
    plan = roster.plan(D(2026, 11, 1), D(2026, 11, 30))
    saved = roster.save_plan(plan)
    assert [s.date for s in saved] == [D(2026, 11, 6), D(2026, 11, 13), D(2026, 11, 20), D(2026, 11, 27)]
    assert DutyMember.select().count() == 8
    assert AuditLog.select().where((AuditLog.table == "duty_slot") & (AuditLog.note == "排班生成")).count() == 4
    first = DutySlot.get(DutySlot.date == D(2026, 11, 6))
    assert first.created_by == "tester" and first.state == "计划" and first.rule_id is not None
    # saving the same plan again, or planning again, adds nothing
    assert roster.save_plan(plan) == []
    again = roster.plan(D(2026, 11, 1), D(2026, 12, 31))
    assert again.skipped_existing == 4
    assert [s.date for s in again.slots] == [D(2026, 12, 4), D(2026, 12, 11), D(2026, 12, 18), D(2026, 12, 25)]
    # the saved November shifts count: over both months everybody has 3 or 4 shifts (16 seats, 5 members)
    roster.save_plan(again)
    counts = Counter(r.member_id for r in DutyMember.select())
    assert sorted(counts.values()) == [3, 3, 3, 3, 4] and set(counts) == set(ids)


def test_saved_slots_seed_the_rotation(db):
    make_members(4)
    rule(weekdays=[4], members_per_session=2)
    first = roster.plan(D(2026, 11, 1), D(2026, 11, 7))
    roster.save_plan(first)
    taken = set(first.slots[0].member_ids)
    nxt = roster.plan(D(2026, 11, 1), D(2026, 11, 14)).slots
    assert len(nxt) == 1 and not taken & set(nxt[0].member_ids)


def test_the_next_month_continues_the_rotation(db):
    ids = make_members(5)
    rule(weekdays=[4], members_per_session=2)
    nov = roster.plan(D(2026, 11, 1), D(2026, 11, 30))
    assert [s.member_ids for s in nov.slots] == [ids[0:2], ids[2:4], [ids[4], ids[0]], ids[1:3]]
    roster.save_plan(nov)
    dec = roster.plan(D(2026, 12, 1), D(2026, 12, 31))
    # December starts with those who waited longest (not again with the first two members) and nobody
    # serves on the last November Friday and the first December Friday
    assert [s.member_ids for s in dec.slots] == [[ids[3], ids[0]], [ids[4], ids[1]], [ids[2], ids[0]],
                                                [ids[3], ids[1]]]


def test_members_are_drawn_only_after_joining(db):
    ids = make_members(3)
    Member.update(joined_on=D(2026, 11, 15)).where(Member.id == ids[0]).execute()
    rule(weekdays=[4], members_per_session=1)
    plan = roster.plan(D(2026, 11, 1), D(2026, 11, 30))
    assert [s.member_ids for s in plan.slots] == [[ids[1]], [ids[2]], [ids[0]], [ids[1]]]


def test_an_edited_plan_with_an_unknown_member_is_refused(db):
    make_members(2)
    rule(weekdays=[4])
    plan = roster.plan(D(2026, 11, 1), D(2026, 11, 30))
    plan.slots[1].member_ids = [plan.slots[1].member_ids[0], 999]
    with pytest.raises(ValidationError, match="值班委员」委员不存在或已删除（编号 \\[999\\]）"):
        roster.save_plan(plan)
    assert DutySlot.select().count() == 0


def test_read_only_cannot_save(db):
    make_members(2)
    rule(weekdays=[4])
    plan = roster.plan(D(2026, 11, 1), D(2026, 11, 30))
    with context.acting_as("inspector", "只读检查"), pytest.raises(PermissionDenied):
        roster.save_plan(plan)
    assert DutySlot.select().count() == 0


# ---------------------------------------------------------------- the command line

@pytest.fixture
def cli_data(data_dir):
    from station_app.store.db import close_database, open_database

    open_database(data_dir.db_path)
    context.set_actor("tester", "管理员")
    make_members(4)
    rule(weekdays=[4], members_per_session=2)
    close_database()
    return data_dir


def test_cli_generate_dry_run_prints_and_saves_nothing(cli_data, capsys):
    from station_app.cli import main

    args = ["--data-dir", str(cli_data.root), "roster", "generate", "--from", "2026-12-01", "--to", "2027-01-10",
            "--dry-run"]
    assert main(args) == 1  # 2027 has no official holidays: refused until told to go on
    assert "station-app holidays import" in capsys.readouterr().err
    code = main(args + ["--without-official-holidays"])
    out = capsys.readouterr().out
    assert code == 0
    assert "2026-12-04  星期五  上午  工作站接待室  张建国、李秀英" in out
    assert "2027-01-08  星期五  上午  工作站接待室" in out
    assert "提醒：2027年尚无官方节假日安排" in out
    assert "共 6 次值班" in out and "未保存" in out
    assert main(["--data-dir", str(cli_data.root), "roster", "show", "--from", "2026-12-01",
                 "--to", "2027-01-10"]) == 0
    assert "共 0 次值班" in capsys.readouterr().out


def test_cli_generate_saves_then_show_lists(cli_data, capsys):
    from station_app.cli import main

    args = ["--data-dir", str(cli_data.root), "roster"]
    assert main(args + ["generate", "--from", "2026-10-01", "--to", "2026-10-31"]) == 0
    assert "已保存 2026-10-01—2026-10-31 的 4 次值班" in capsys.readouterr().out
    assert main(args + ["generate", "--from", "2026-10-01", "--to", "2026-10-31"]) == 0
    assert "0 次值班，4 次已有安排未重复生成" in capsys.readouterr().out
    assert main(args + ["show", "--from", "2026-10-01", "--to", "2026-10-31"]) == 0
    out = capsys.readouterr().out
    assert "2026-10-09  星期五  上午  工作站接待室  张建国、李秀英" in out and "共 4 次值班" in out


def test_cli_bad_dates_are_data_errors(cli_data, capsys):
    from station_app.cli import main

    args = ["--data-dir", str(cli_data.root), "roster", "generate"]
    assert main(args + ["--from", "2026-13-45", "--to", "2026-12-31"]) == 1
    assert "日期参数有误" in capsys.readouterr().err
    assert main(args + ["--from", "2026-12-31", "--to", "2026-01-01"]) == 1
    assert "早于起始日期" in capsys.readouterr().err


def test_cli_without_a_database_says_so(data_dir, capsys):
    from station_app.cli import main

    assert main(["--data-dir", str(data_dir.root), "roster", "show", "--year", "2026"]) == 1
    assert "数据库文件不存在" in capsys.readouterr().err


# ---------------------------------------------------------------- years without official holidays

def test_a_guessed_holiday_of_an_unknown_year_is_marked_to_check(db):
    make_members(4)
    rule(weekdays=[4], members_per_session=2)  # Fridays: 2027-01-01 is 元旦
    assert holidays.years_without_data(D(2027, 1, 1), D(2027, 1, 31)) == [2027]
    plan = roster.plan(D(2027, 1, 1), D(2027, 1, 31))
    notes = {s.date: s.note for s in plan.slots}
    assert notes[D(2027, 1, 1)] == "待核实：可能是元旦"
    assert notes[D(2027, 1, 8)] == ""
    saved = roster.save_plan(plan)
    assert DutySlot.get(DutySlot.date == D(2027, 1, 1)).note == "待核实：可能是元旦" and len(saved) == 5
    # a known year is never marked
    assert all(not s.note for s in roster.plan(D(2026, 9, 1), D(2026, 10, 31)).slots)


def test_cli_refuses_an_unknown_year_then_imports_its_schedule(cli_data, tmp_path, capsys):
    from station_app.cli import main

    base = ["--data-dir", str(cli_data.root)]
    gen = base + ["roster", "generate", "--from", "2027-01-01", "--to", "2027-01-31"]
    assert main(gen) == 1
    err = capsys.readouterr().err
    assert "2027年尚无官方节假日安排" in err and "--without-official-holidays" in err
    bad = tmp_path / "bad.csv"
    bad.write_text("日期,类型,名称\n2027-01-01,休假日,元旦\n", encoding="utf-8")
    assert main(base + ["holidays", "import", str(bad)]) == 1
    assert "第2行" in capsys.readouterr().err
    good = tmp_path / "2027.csv"
    good.write_text("日期,类型,名称\n2027-01-01,放假,元旦\n2027-02-06,放假,春节\n2027-02-20,上班,春节调休\n",
                    encoding="gbk")
    assert main(base + ["holidays", "import", str(good)]) == 0
    assert "已导入 3 天" in capsys.readouterr().out
    assert main(gen) == 0
    out = capsys.readouterr().out
    assert "2027-01-01  星期五" not in out and "2027-01-08  星期五" in out and "待核实" not in out


def test_holiday_schedule_from_an_xlsx_file(db, tmp_path):
    from openpyxl import Workbook

    from station_app.outputs.holiday_file import import_file

    wb = Workbook()
    wb.active.append(["日期", "类型", "名称"])
    wb.active.append([dt.datetime(2027, 10, 1), "放假", "国庆节"])
    wb.active.append(["2027-09-26", "上班", "国庆调休"])
    wb.save(tmp_path / "h.xlsx")
    assert import_file(tmp_path / "h.xlsx") == 2
    assert not holidays.is_workday(D(2027, 10, 1)) and holidays.is_workday(D(2027, 9, 26))
    (tmp_path / "no_header.csv").write_text("2027-10-02,放假\n", encoding="utf-8")
    with pytest.raises(ValidationError, match="表头"):
        import_file(tmp_path / "no_header.csv")


def test_holiday_schedule_with_the_english_header_the_english_interface_describes(db, tmp_path):
    from station_app.outputs.holiday_file import import_file

    (tmp_path / "h.csv").write_text("Date,Type,Name\n2027-02-06,off,Spring Festival\n2027-02-14,workday,\n",
                                    encoding="utf-8")
    assert import_file(tmp_path / "h.csv") == 2
    assert not holidays.is_workday(D(2027, 2, 6)) and holidays.is_workday(D(2027, 2, 14))
