"""The core command line: exit codes 0/1/2, Chinese messages, init, stats, backup/restore, users, check."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from station_app.cli import main

ROOT = Path(__file__).resolve().parent.parent


def run(*argv: str) -> subprocess.CompletedProcess:
    """The real program in a child process, as a user's shell would start it."""
    env = dict(os.environ, PYTHONIOENCODING="utf-8")
    return subprocess.run([sys.executable, "-m", "station_app", *argv], capture_output=True, text=True,
                          cwd=ROOT, env=env, timeout=120)


@pytest.fixture
def folder(tmp_path):
    path = tmp_path / "data"
    assert main(["--data-dir", str(path), "init", "--name", "城关镇委员工作站", "--admin-password", "secret123"]) == 0
    return path


def test_init_then_refuses_to_init_again(tmp_path, capsys):
    folder = tmp_path / "新数据"
    assert main(["--data-dir", str(folder), "init", "--name", "城关镇委员工作站"]) == 0
    out = capsys.readouterr().out
    assert "城关镇委员工作站" in out and (folder / "station.db").exists()
    assert main(["--data-dir", str(folder), "init", "--name", "别的站"]) == 1
    assert "已初始化" in capsys.readouterr().err


def test_stats_json_shape(folder, capsys):
    capsys.readouterr()
    assert main(["--data-dir", str(folder), "stats", "--year", "2026", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["period"] == {"from": "2026-01-01", "to": "2026-12-31"}
    assert list(data) == ["period", "members", "duty", "reception", "disputes", "activities", "topics",
                          "opinions", "proposals", "referrals"]
    assert set(data["duty"]) == {"slots", "held", "cancelled", "swaps", "member_shifts"}
    assert set(data["topics"]) == {"count", "concluded", "converted", "conversion_rate", "by_grade"}
    assert set(data["opinions"]) == {"count", "adopted"}
    assert main(["--data-dir", str(folder), "stats", "--from", "2026-03-01", "--to", "2026-03-31"]) == 0
    text = capsys.readouterr().out
    assert "统计期间：2026-03-01 至 2026-03-31" in text and "矛盾纠纷" in text and "成功率" in text


def test_exit_codes_in_a_real_process(folder):
    ok = run("--data-dir", str(folder), "stats", "--year", "2026", "--json")
    assert ok.returncode == 0 and json.loads(ok.stdout)["members"]["active"] == 0
    bad_data = run("--data-dir", str(folder), "stats", "--from", "2026-13-45")
    assert bad_data.returncode == 1 and "日期参数有误" in bad_data.stderr
    backwards = run("--data-dir", str(folder), "stats", "--from", "2026-05-01", "--to", "2026-04-01")
    assert backwards.returncode == 1 and "早于" in backwards.stderr
    usage = run("--data-dir", str(folder), "stats", "--year", "二〇二六")
    assert usage.returncode == 2 and "参数错误" in usage.stderr
    assert run("no-such-command").returncode == 2
    missing = run("--data-dir", str(folder.parent / "nowhere"), "check")
    assert missing.returncode == 1 and "不存在" in missing.stderr


def test_newer_database_refused_with_exit_1(folder):
    con = sqlite3.connect(folder / "station.db")
    con.execute("PRAGMA user_version = 99")
    con.commit()
    con.close()
    result = run("--data-dir", str(folder), "stats")
    assert result.returncode == 1 and "更新版本" in result.stderr and "Traceback" not in result.stderr


HOLDER = textwrap.dedent("""
    import sys, time
    from station_app.cli import main
    from station_app.commands import common
    class A: data_dir = sys.argv[1]; portable = False
    with common.opened(A()):
        print("open", flush=True)
        time.sleep(60)
""")


def test_second_process_on_one_folder_gets_exit_1(folder):
    holder = subprocess.Popen([sys.executable, "-c", HOLDER, str(folder)], stdout=subprocess.PIPE, text=True,
                              cwd=ROOT)
    try:
        assert holder.stdout.readline().strip() == "open"
        result = run("--data-dir", str(folder), "stats")
        assert result.returncode == 1
        assert "正被另一个正在运行的本程序使用" in result.stderr
    finally:
        holder.kill()
        holder.wait()
    assert run("--data-dir", str(folder), "stats").returncode == 0


def test_backup_and_restore_commands(folder, tmp_path, capsys, monkeypatch):
    target = tmp_path / "copy.db"
    assert main(["--data-dir", str(folder), "backup", "-o", str(target)]) == 0
    assert target.exists()
    assert main(["--data-dir", str(folder), "user", "add", "clerk", "--password", "abcdef"]) == 0
    # two accounts now: restoring replaces every record, so it takes an administrator's login
    assert main(["--data-dir", str(folder), "restore", str(target)]) == 1
    assert "--user" in capsys.readouterr().err
    monkeypatch.setenv("STATION_APP_PASSWORD", "abcdef")
    assert main(["--data-dir", str(folder), "--user", "clerk", "restore", str(target)]) == 1
    assert "只有管理员" in capsys.readouterr().err
    monkeypatch.setenv("STATION_APP_PASSWORD", "secret123")
    assert main(["--data-dir", str(folder), "--user", "admin", "restore", str(target)]) == 0
    capsys.readouterr()
    assert main(["--data-dir", str(folder), "user", "list"]) == 0
    out = capsys.readouterr().out
    assert "admin" in out and "clerk" not in out  # the account added after the backup is gone
    (tmp_path / "plain").write_text("x")
    assert main(["--data-dir", str(folder), "backup", "-o", str(tmp_path / "plain" / "x.db")]) == 1
    assert "备份失败" in capsys.readouterr().err
    assert main(["--data-dir", str(folder), "restore", str(tmp_path / "nothing.db")]) == 1
    assert "不存在" in capsys.readouterr().err


def test_user_commands(folder, capsys, monkeypatch):
    assert main(["--data-dir", str(folder), "user", "add", "录入员小王", "--role", "录入员", "--password",
                 "abcdef"]) == 0  # one account: the command acts as it, as the GUI opens without a login
    admin = ["--data-dir", str(folder), "--user", "admin"]  # two accounts: a login from here on
    monkeypatch.setenv("STATION_APP_PASSWORD", "secret123")
    assert main([*admin, "user", "add", "x", "--password", "abcdef"]) == 1
    assert "用户名" in capsys.readouterr().err
    assert main([*admin, "user", "add", "viewer", "--role", "老板", "--password", "abcdef"]) == 1
    assert "角色" in capsys.readouterr().err
    assert main([*admin, "user", "passwd", "录入员小王", "--password", "newpass"]) == 0
    assert main([*admin, "user", "passwd", "nobody", "--password", "newpass"]) == 1
    from station_app.services import accounts
    from station_app.store.db import close_database, open_database

    open_database(folder / "station.db")
    try:
        assert accounts.authenticate("录入员小王", "newpass")
        assert accounts.login_required()
    finally:
        close_database()


def test_check_passes_then_finds_a_broken_link(folder, capsys):
    assert main(["--data-dir", str(folder), "check"]) == 0
    assert "检查通过" in capsys.readouterr().out
    con = sqlite3.connect(folder / "station.db")
    con.execute("PRAGMA foreign_keys = OFF")
    con.execute("INSERT INTO party (uuid, dispute_id, role, name, is_org, gender, ethnicity, id_number, address,"
                " phone, occupation, legal_rep, credit_code, statement)"
                " VALUES ('u-1', 9999, '申请人', '孤儿当事人', 0, '', '', '', '', '', '', '', '', '')")
    con.commit()
    con.close()
    assert main(["--data-dir", str(folder), "check"]) == 1
    out = capsys.readouterr().out
    assert "外键错误" in out and "party" in out


def test_gui_without_the_gui_module(folder, monkeypatch, capsys):
    monkeypatch.setitem(sys.modules, "station_app.app", None)
    from station_app.commands.core import run_gui

    class Args:
        data_dir, portable = folder, False

    assert run_gui(Args()) == 1
    assert "图形界面" in capsys.readouterr().err


def test_check_finds_missing_and_altered_attachments(folder, tmp_path, capsys):
    import datetime as dt

    from station_app.commands.common import opened
    from station_app.services import attachments
    from station_app.store.models import Activity

    class Args:
        data_dir, portable = folder, False

    photo, scan = tmp_path / "活动照片.jpg", tmp_path / "协议.pdf"
    photo.write_bytes(b"\xff\xd8 photo bytes")
    scan.write_bytes(b"%PDF-1.4 scan")
    with opened(Args()):
        act = Activity.create(date=dt.date(2026, 4, 8), title="普法进村")
        gone = attachments.path_of(attachments.attach(act, photo, "合影"))
        changed = attachments.path_of(attachments.attach(act, scan, "协议"))
    capsys.readouterr()
    assert main(["--data-dir", str(folder), "check"]) == 0
    gone.unlink()
    changed.write_bytes(b"tampered")
    assert main(["--data-dir", str(folder), "check"]) == 1
    out = capsys.readouterr().out
    assert "发现 2 个问题" in out


def test_station_set_and_show(folder, capsys):
    capsys.readouterr()
    d = ["--data-dir", str(folder)]
    assert main([*d, "station", "set", "人民调解组织", "三塬镇人民调解委员会"]) == 0
    assert "人民调解组织 = 三塬镇人民调解委员会" in capsys.readouterr().out
    assert main([*d, "station", "set", "成立日期", "2021年6月18日"]) == 0
    assert main([*d, "station", "set", "电话", "123"]) == 1  # checked like the 设置 page: nothing saved
    assert "电话" in capsys.readouterr().err
    assert main([*d, "station", "show"]) == 0
    out = capsys.readouterr().out
    assert "人民调解组织：三塬镇人民调解委员会" in out and "成立日期　　：2021-06-18" in out
    assert "电话　　　　：（未填）" in out
    assert main([*d, "log", "--kind", "工作站信息"]) == 0
    assert "人民调解组织：（空） → 三塬镇人民调解委员会" in capsys.readouterr().out  # audited


def test_station_set_unknown_label_lists_the_labels(folder):
    bad = run("--data-dir", str(folder), "station", "set", "颜色", "红")
    assert bad.returncode == 1
    assert "没有“颜色”" in bad.stderr and "人民调解组织" in bad.stderr and "全宗号" in bad.stderr
    usage = run("--data-dir", str(folder), "station", "set", "名称")
    assert usage.returncode == 2 and "参数错误" in usage.stderr
