"""The command line acts as a signed-in account: --user, STATION_APP_PASSWORD, roles, the audit log, the delay."""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys
from contextlib import contextmanager
from pathlib import Path

import pytest

from station_app.cli import main
from station_app.commands import common

ROOT = Path(__file__).resolve().parent.parent
PASSWORDS = {"admin": "secret123", "clerk": "abcdef", "viewer": "ghijkl"}


def run(*argv: str, password: str | None = None) -> subprocess.CompletedProcess:
    """The real program without a terminal (stdin closed), as a script or a scheduled task starts it."""
    env = dict(os.environ, PYTHONIOENCODING="utf-8")
    env.pop("STATION_APP_PASSWORD", None)
    if password is not None:
        env["STATION_APP_PASSWORD"] = password
    return subprocess.run([sys.executable, "-m", "station_app", *argv], check=False, capture_output=True, text=True,
                          cwd=ROOT, env=env, timeout=120, stdin=subprocess.DEVNULL)


@contextmanager
def database(folder: Path):
    from station_app.store.db import close_database, open_database

    open_database(folder / "station.db", create=False)
    try:
        yield
    finally:
        close_database()


@pytest.fixture
def quick_hashes(monkeypatch):
    """Accounts hashed at N=2^12 so that the many logins stay quick (test_logins checks the real N)."""
    from station_app.services import accounts

    monkeypatch.setattr(accounts, "SCRYPT_N", 2 ** 12)


@pytest.fixture
def slept(monkeypatch):
    """The login delay the command line waits: recorded, and passed on a stopped clock instead of slept."""
    from station_app.services import logins

    now = [dt.datetime(2026, 3, 6, 9, 0)]
    waits: list[float] = []

    def sleep(seconds: float) -> None:
        waits.append(seconds)
        now[0] += dt.timedelta(seconds=seconds)

    monkeypatch.setattr(logins, "clock", lambda: now[0])
    monkeypatch.setattr(common, "sleep", sleep)
    return waits


@pytest.fixture
def three(tmp_path, quick_hashes, monkeypatch):
    """A station with an administrator, a clerk and an inspector (只读检查)."""
    from station_app.services import accounts, context

    folder = tmp_path / "data"
    assert main(["--data-dir", str(folder), "init", "--name", "城关镇委员工作站", "--admin-password",
                 PASSWORDS["admin"]]) == 0
    with database(folder), context.acting_as("admin", "管理员"):
        accounts.create_user("clerk", PASSWORDS["clerk"], "录入员")
        accounts.create_user("viewer", PASSWORDS["viewer"], "只读检查")
    monkeypatch.delenv("STATION_APP_PASSWORD", raising=False)
    return folder


def as_user(folder: Path, name: str, monkeypatch, password: str | None = None) -> list[str]:
    monkeypatch.setenv("STATION_APP_PASSWORD", password or PASSWORDS[name])
    return ["--data-dir", str(folder), "--user", name]


def test_without_a_login_nothing_is_changed(three):
    """The defect: `user passwd admin` and `user add evil --role 管理员` used to succeed with exit 0."""
    from station_app.services import accounts, logins

    passwd = run("--data-dir", str(three), "user", "passwd", "admin", "--password", "xxxxxx")
    assert passwd.returncode == 1
    assert "--user" in passwd.stderr and "STATION_APP_PASSWORD" in passwd.stderr and "Traceback" not in passwd.stderr
    evil = run("--data-dir", str(three), "user", "add", "evil", "--role", "管理员", "--password", "xxxxxx")
    assert evil.returncode == 1 and "需要登录" in evil.stderr
    assert run("--data-dir", str(three), "stats").returncode == 1  # reading needs a login too
    with database(three):
        assert accounts.get_user("evil") is None
        assert logins.authenticate("admin", PASSWORDS["admin"])  # the password is unchanged


def test_an_inspector_reads_but_cannot_change(three, monkeypatch, capsys, tmp_path):
    viewer = as_user(three, "viewer", monkeypatch)
    assert main([*viewer, "stats", "--year", "2026"]) == 0
    assert "统计期间" in capsys.readouterr().out
    assert main([*viewer, "export", "ledger", "visits", "--year", "2026", "-o", str(tmp_path / "v.xlsx")]) == 0
    assert (tmp_path / "v.xlsx").exists()
    assert main([*viewer, "log"]) == 0
    capsys.readouterr()
    refused = [
        ["user", "add", "evil", "--role", "管理员", "--password", "xxxxxx"],
        ["user", "passwd", "admin", "--password", "xxxxxx"],
        ["user", "list"],
        ["demo", "--year", "2026"],
        ["roster", "generate", "--year", "2026"],
        ["backup", "-o", str(tmp_path / "b.db")],
        ["restore", str(tmp_path / "b.db")],
        ["import", "visits", str(tmp_path / "v.xlsx")],
    ]
    for argv in refused:
        assert main([*viewer, *argv]) == 1, argv
        err = capsys.readouterr().err
        assert err.startswith("错误：") and ("只有管理员" in err or "不能修改" in err or "只能修改自己" in err), err
    assert not (tmp_path / "b.db").exists()


def test_a_clerk_changes_records_but_not_accounts(three, monkeypatch, capsys, tmp_path):
    clerk = as_user(three, "clerk", monkeypatch)
    assert main([*clerk, "backup", "-o", str(tmp_path / "b.db")]) == 0
    assert main([*clerk, "user", "add", "evil", "--password", "xxxxxx"]) == 1
    assert "只有管理员" in capsys.readouterr().err
    assert main([*clerk, "log"]) == 1  # the audit log is for administrators and inspectors
    assert "操作日志" in capsys.readouterr().err


def test_ones_own_password_with_the_old_one(three, monkeypatch, capsys):
    from station_app.services import logins

    clerk = as_user(three, "clerk", monkeypatch)
    assert main([*clerk, "user", "passwd", "admin", "--password", "xxxxxx"]) == 1
    assert "只能修改自己的密码" in capsys.readouterr().err
    assert main([*clerk, "user", "passwd", "clerk", "--password", "newpass1"]) == 0
    assert main(as_user(three, "clerk", monkeypatch, "newpass1") + ["stats"]) == 0
    with database(three):
        assert logins.authenticate("clerk", "newpass1")


def test_the_audit_log_names_the_signed_in_account(three, monkeypatch):
    from station_app.store.models import AuditLog

    with database(three):
        before = AuditLog.select().count()  # init's rows: written by "cli" while the folder had no account
    assert main(as_user(three, "admin", monkeypatch) + ["user", "add", "新同事", "--role", "录入员",
                                                        "--password", "abcdef"]) == 0
    with database(three):
        row = AuditLog.select().where(AuditLog.action == "create", AuditLog.table == "user").order_by(
            AuditLog.id.desc()).first()
        assert row.username == "admin" and row.after["username"] == "新同事"
        names = {r.username for r in AuditLog.select().where(AuditLog.id > before)}
        assert names == {"admin"}  # the login and the new account, nothing by "cli"


def test_the_password_from_the_environment_in_a_real_process(three):
    ok = run("--data-dir", str(three), "--user", "viewer", "stats", "--json", password=PASSWORDS["viewer"])
    assert ok.returncode == 0 and '"period"' in ok.stdout
    bad = run("--data-dir", str(three), "--user", "viewer", "stats", password="wrong-one")
    assert bad.returncode == 1 and "用户名或密码不正确" in bad.stderr
    no_password = run("--data-dir", str(three), "--user", "viewer", "stats")
    assert no_password.returncode == 1 and "STATION_APP_PASSWORD" in no_password.stderr


def test_wrong_password_and_unknown_name_are_logged_and_delay_the_next_try(three, monkeypatch, capsys, slept):
    from station_app.services import audit, context

    assert main(as_user(three, "clerk", monkeypatch, "wrong-one") + ["stats"]) == 1
    assert "用户名或密码不正确" in capsys.readouterr().err
    assert main(["--data-dir", str(three), "--user", "Secret!Typed", "stats"]) == 1  # a password typed as name
    assert "用户名或密码不正确" in capsys.readouterr().err
    assert slept == []
    assert main(as_user(three, "clerk", monkeypatch) + ["stats"]) == 0  # the right one, after the delay
    assert slept == [0.5]
    with database(three), context.acting_as("admin", "管理员"):
        notes = [e.note for e in audit.fetch(audit.LogFilter(action="登录失败"))]
    assert notes == ["登录失败：未知账号", "登录失败：clerk（密码不正确（连续第1次））"]
    assert not any("Secret" in n for n in notes)


def test_a_locked_account_names_the_end_of_the_lock(three, monkeypatch, capsys, slept):
    from station_app.services import logins
    from station_app.store.models import User

    until = (dt.datetime.now() + dt.timedelta(minutes=15)).replace(microsecond=0)
    with database(three):
        User.update(failed_logins=logins.MAX_FAILURES, locked_until=until).where(User.username == "clerk").execute()
    assert main(as_user(three, "clerk", monkeypatch) + ["stats"]) == 1  # even with the right password
    err = capsys.readouterr().err
    assert "锁定" in err and f"{until:%Y-%m-%d %H:%M:%S}" in err and slept == []
    assert main(as_user(three, "admin", monkeypatch) + ["stats"]) == 0  # other accounts are not locked


def test_on_a_terminal_the_name_and_password_are_asked_for(three, monkeypatch, capsys):
    import io

    monkeypatch.setattr(common, "_interactive", lambda: True)
    monkeypatch.setattr(sys, "stdin", io.StringIO("viewer\n"))
    asked = []
    monkeypatch.setattr(common.getpass, "getpass", lambda prompt: asked.append(prompt) or PASSWORDS["viewer"])
    assert main(["--data-dir", str(three), "stats"]) == 0
    assert "用户名" in capsys.readouterr().err and asked == ["账号 viewer 的密码："]


def test_the_global_user_and_the_log_filter_do_not_mix(three, monkeypatch, capsys):
    assert main(as_user(three, "viewer", monkeypatch) + ["log", "--user", "admin"]) == 0
    out = capsys.readouterr().out
    assert "admin" in out and "viewer" not in out.replace("账号「viewer」", "")


def test_a_folder_without_accounts_works_as_before(tmp_path, capsys, quick_hashes):
    from station_app.store.models import AuditLog

    folder = tmp_path / "fresh"
    assert main(["--data-dir", str(folder), "init", "--name", "新站"]) == 0
    assert main(["--data-dir", str(folder), "stats"]) == 0
    assert main(["--data-dir", str(folder), "user", "add", "admin", "--role", "管理员", "--password", "abcdef"]) == 0
    with database(folder):
        assert AuditLog.select().where(AuditLog.table == "user").get().username == "cli"
    assert main(["--data-dir", str(folder), "--user", "nobody", "stats"]) == 1  # one account: no such name
    # one account: commands act as it without a login, as the GUI opens without one
    assert main(["--data-dir", str(folder), "user", "add", "clerk", "--password", "abcdef"]) == 0
    capsys.readouterr()
    assert main(["--data-dir", str(folder), "stats"]) == 1  # two accounts: a login from now on
    assert "--user" in capsys.readouterr().err


def test_init_needs_no_login_but_leaves_an_existing_folder_alone(three, capsys):
    assert main(["--data-dir", str(three), "init", "--name", "别的站"]) == 1
    assert "已初始化" in capsys.readouterr().err
    version = run("--version")
    assert version.returncode == 0 and "station-app" in version.stdout
    assert run("--data-dir", str(three), "--help").returncode == 0
