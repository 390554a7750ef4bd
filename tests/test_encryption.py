"""Encryption at rest: no ID number left in the files, passwords and the recovery code, backups, kill -9."""

from __future__ import annotations

import os
import random
import re
import shutil
import signal
import sqlite3
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from station_app.cli import main

ROOT = Path(__file__).resolve().parent.parent
ID_NUMBER = re.compile(rb"(?<!\d)\d{17}[\dX](?!\d)")
CODE = re.compile(r"\b[A-Z2-7]{5}(?:-[A-Z2-7]{5}){5}\b")


@pytest.fixture(scope="module")
def template(tmp_path_factory):
    """A studio year of demo data, an administrator and a clerk, one plain backup; built once."""
    path = tmp_path_factory.mktemp("enc") / "data"
    assert main(["--data-dir", str(path), "demo", "--year", "2026"]) == 0
    assert main(["--data-dir", str(path), "user", "add", "admin", "--role", "管理员", "--password", "secret1"]) == 0
    assert main(["--data-dir", str(path), "user", "add", "小王", "--password", "clerk99"]) == 0
    os.environ["STATION_APP_PASSWORD"] = "secret1"  # two accounts now: the command line signs in
    try:
        assert main(["--data-dir", str(path), "--user", "admin", "backup"]) == 0
    finally:
        del os.environ["STATION_APP_PASSWORD"]
    con = sqlite3.connect(path / "station.db")
    known = con.execute("SELECT id_number FROM party WHERE length(id_number) = 18 LIMIT 1").fetchone()[0]
    counts = {t: con.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0] for t in ("visit", "party", "dispute")}
    con.close()
    return path, known, counts


@pytest.fixture
def folder(template, tmp_path):
    path, _known, _counts = template
    shutil.copytree(path, tmp_path / "data")
    return tmp_path / "data"


def as_user(monkeypatch, password: str | None):
    if password is None:
        monkeypatch.delenv("STATION_APP_PASSWORD", raising=False)
    else:
        monkeypatch.setenv("STATION_APP_PASSWORD", password)


def encrypt(folder: Path, monkeypatch, capsys) -> str:
    as_user(monkeypatch, "secret1")
    assert main(["--data-dir", str(folder), "--user", "admin", "encrypt"]) == 0
    codes = CODE.findall(capsys.readouterr().out)
    assert len(codes) == 1
    return codes[0]


def test_encrypted_files_hold_no_id_number_and_no_sqlite_header(folder, template, monkeypatch, capsys):
    _path, known, _counts = template
    plain = (folder / "station.db").read_bytes()
    assert known.encode() in plain and plain.startswith(b"SQLite format 3")
    backups = list((folder / "backups").glob("*.db"))
    assert len(backups) == 1 and known.encode() in backups[0].read_bytes()
    encrypt(folder, monkeypatch, capsys)
    as_user(monkeypatch, "secret1")
    assert main(["--data-dir", str(folder), "--user", "admin", "backup"]) == 0  # a new backup, made encrypted
    files = [folder / "station.db", *sorted((folder / "backups").glob("*.db"))]
    assert len(files) == 3
    for path in files:
        raw = path.read_bytes()
        assert not raw.startswith(b"SQLite format 3"), path
        assert known.encode() not in raw and not ID_NUMBER.search(raw), path
        keys = path.with_suffix(".keys")  # every backup carries what opens it
        assert keys.exists() and not ID_NUMBER.search(keys.read_bytes())
    assert not list(folder.glob("*.encrypting")) and not (folder / "station.db-wal").exists()


def test_right_password_opens_wrong_one_is_refused_in_chinese(folder, template, monkeypatch, capsys):
    _path, _known, counts = template
    encrypt(folder, monkeypatch, capsys)
    as_user(monkeypatch, None)
    assert main(["--data-dir", str(folder), "stats", "--year", "2026"]) == 1
    assert "已加密" in capsys.readouterr().err
    as_user(monkeypatch, "secret2")
    assert main(["--data-dir", str(folder), "--user", "admin", "stats", "--year", "2026"]) == 1
    assert "用户名或密码不正确" in capsys.readouterr().err
    for user, password in (("admin", "secret1"), ("小王", "clerk99")):  # 小王 was there before encryption
        as_user(monkeypatch, password)
        assert main(["--data-dir", str(folder), "--user", user, "check"]) == 0
        assert "检查通过" in capsys.readouterr().out
    from station_app.store.db import close_database, connect_raw, open_database
    from station_app.store.errors import KeyRequiredError
    from station_app.store.keyfile import unlock

    with pytest.raises(KeyRequiredError, match="已加密"):
        open_database(folder / "station.db")
    key = unlock(folder / "station.keys", "admin", "secret1")
    con = connect_raw(folder / "station.db", key)
    assert con.execute("SELECT count(*) FROM visit").fetchone()[0] == counts["visit"]
    con.close()
    with pytest.raises(KeyRequiredError, match="不符"):
        open_database(folder / "station.db", key=bytes(32))
    open_database(folder / "station.db", key=key)
    close_database()


def test_recovery_code_resets_a_forgotten_password(folder, monkeypatch, capsys):
    code = encrypt(folder, monkeypatch, capsys)
    monkeypatch.setenv("STATION_APP_RECOVERY_CODE", "AAAAA-BBBBB-CCCCC-DDDDD-EEEEE-FFFFF")
    assert main(["--data-dir", str(folder), "--user", "admin", "recover", "--password", "brandnew1"]) == 1
    assert "恢复码不正确" in capsys.readouterr().err
    monkeypatch.setenv("STATION_APP_RECOVERY_CODE", code.lower().replace("-", " "))  # as typed from paper
    assert main(["--data-dir", str(folder), "--user", "admin", "recover", "--password", "brandnew1"]) == 0
    as_user(monkeypatch, "secret1")
    assert main(["--data-dir", str(folder), "--user", "admin", "check"]) == 1
    as_user(monkeypatch, "brandnew1")
    assert main(["--data-dir", str(folder), "--user", "admin", "log"]) == 0
    assert "用恢复码重设密码" in capsys.readouterr().out


def test_backup_restores_into_a_fresh_folder_with_password_or_code(folder, template, monkeypatch, capsys,
                                                                 tmp_path):
    _path, known, counts = template
    code = encrypt(folder, monkeypatch, capsys)
    stick = tmp_path / "U盘"
    stick.mkdir()
    as_user(monkeypatch, "secret1")
    assert main(["--data-dir", str(folder), "--user", "admin", "backup", "-o", str(stick / "站点备份.db")]) == 0
    assert {p.name for p in stick.iterdir()} == {"站点备份.db", "站点备份.keys"}
    assert known.encode() not in (stick / "站点备份.db").read_bytes()
    with_password, with_code = tmp_path / "新电脑1", tmp_path / "新电脑2"
    assert main(["--data-dir", str(with_password), "--user", "admin", "restore", str(stick / "站点备份.db")]) == 0
    as_user(monkeypatch, None)
    monkeypatch.setenv("STATION_APP_RECOVERY_CODE", "AAAAA-BBBBB-CCCCC-DDDDD-EEEEE-FFFFF")
    assert main(["--data-dir", str(with_code), "restore", str(stick / "站点备份.db")]) == 1
    assert "恢复码不正确" in capsys.readouterr().err and not (with_code / "station.db").exists()
    monkeypatch.setenv("STATION_APP_RECOVERY_CODE", code)
    assert main(["--data-dir", str(with_code), "restore", str(stick / "站点备份.db")]) == 0
    for restored in (with_password, with_code):
        assert known.encode() not in (restored / "station.db").read_bytes()
        as_user(monkeypatch, "clerk99")
        assert main(["--data-dir", str(restored), "--user", "小王", "stats", "--year", "2026", "--json"]) == 0
        assert f'"visits": {counts["visit"]}' in capsys.readouterr().out


def test_account_added_after_encryption_opens_the_data_and_a_deactivated_one_not(folder, monkeypatch, capsys):
    encrypt(folder, monkeypatch, capsys)
    as_user(monkeypatch, "secret1")
    assert main(["--data-dir", str(folder), "--user", "admin", "user", "add", "老李", "--password", "laoli123"]) == 0
    as_user(monkeypatch, "laoli123")
    assert main(["--data-dir", str(folder), "--user", "老李", "check"]) == 0
    as_user(monkeypatch, "secret1")  # an administrator's new password for 老李 replaces his entry
    assert main(["--data-dir", str(folder), "--user", "admin", "user", "passwd", "老李", "--password", "laoli456"]) == 0
    as_user(monkeypatch, "laoli123")
    assert main(["--data-dir", str(folder), "--user", "老李", "check"]) == 1
    as_user(monkeypatch, "laoli456")
    assert main(["--data-dir", str(folder), "--user", "老李", "check"]) == 0

    from station_app.paths import DataDir
    from station_app.services import accounts, context, encryption
    from station_app.store.db import close_database, open_database
    from station_app.store.keyfile import usernames

    data = DataDir(folder)
    open_database(data.db_path, key=encryption.unlock(data, "admin", "secret1"))
    try:
        with context.acting_as("admin", "管理员"):
            accounts.set_active(accounts.get_user("老李"), False)
    finally:
        close_database()
    assert "老李" not in usernames(folder / "station.keys") and "admin" in usernames(folder / "station.keys")
    as_user(monkeypatch, "laoli456")
    assert main(["--data-dir", str(folder), "--user", "老李", "check"]) == 1


ENCRYPTER = textwrap.dedent("""
    import sys
    from station_app.paths import DataDir
    from station_app.services import context, encryption
    from station_app.store.db import close_database, open_database
    data = DataDir(__import__("pathlib").Path(sys.argv[1]))
    open_database(data.db_path)
    context.set_actor("admin", "管理员")
    print("ready", flush=True)
    code, _problems = encryption.enable(data, "admin", "secret1")
    close_database()
    print("done", flush=True)
""")


def _usable(folder: Path, counts: dict) -> str:
    """Open the folder as the app would: plain, or encrypted with admin's password; check the rows."""
    from station_app.paths import DataDir
    from station_app.services import encryption
    from station_app.store.db import close_database, open_database, quick_check
    from station_app.store.models import Dispute, Party, Visit

    data = DataDir(folder)
    state = "encrypted" if encryption.enabled(data) else "plain"
    key = encryption.unlock(data, "admin", "secret1") if state == "encrypted" else None
    open_database(data.db_path, create=False, key=key)
    try:
        got = {"visit": Visit.select().count(), "party": Party.select().count(),
               "dispute": Dispute.select().count()}
        assert got == counts and quick_check(data.db_path) is None
    finally:
        close_database()
    return state


def test_kill_9_during_encrypt_leaves_a_usable_database(template, tmp_path):
    path, _known, counts = template
    env = dict(os.environ, PYTHONIOENCODING="utf-8", PYTHONPATH=str(ROOT))
    rng = random.Random(7)
    window, states = None, []
    for run in range(6):
        work = tmp_path / f"run{run}"
        shutil.copytree(path, work)
        child = subprocess.Popen([sys.executable, "-c", ENCRYPTER, str(work)], stdout=subprocess.PIPE,
                                 text=True, cwd=ROOT, env=env)
        assert child.stdout.readline().strip() == "ready"
        started = time.monotonic()
        if window is None:  # first run: let it finish, to learn how long encrypting takes here
            assert child.stdout.readline().strip() == "done"
            child.wait(60)
            window = time.monotonic() - started
        else:
            time.sleep(rng.uniform(0, window))
            child.send_signal(signal.SIGKILL)
            child.wait(60)
        child.stdout.close()
        states.append(_usable(work, counts))
    assert states[0] == "encrypted"


def test_new_recovery_code_replaces_the_old_one(folder, monkeypatch, capsys):
    old = encrypt(folder, monkeypatch, capsys)
    as_user(monkeypatch, "clerk99")
    assert main(["--data-dir", str(folder), "--user", "小王", "recovery-code"]) == 1
    assert "不是管理员" in capsys.readouterr().err
    as_user(monkeypatch, "secret1")
    assert main(["--data-dir", str(folder), "--user", "admin", "recovery-code"]) == 0
    new = CODE.findall(capsys.readouterr().out)
    assert len(new) == 1 and new[0] != old
    from station_app.store.keyfile import KeyFileError, unlock_with_code

    assert unlock_with_code(folder / "station.keys", new[0])
    with pytest.raises(KeyFileError, match="恢复码不正确"):
        unlock_with_code(folder / "station.keys", old)


def test_an_account_encrypted_without_its_password_gets_its_own_entry_at_login(folder, monkeypatch, capsys):
    """Accounts other than the administrator who turned encryption on are wrapped under their stored
    password hash (no password at hand); their first login replaces that with a fresh-salted entry."""
    import json

    from station_app.paths import DataDir
    from station_app.services import encryption, logins
    from station_app.store.db import close_database, open_database

    encrypt(folder, monkeypatch, capsys)
    entries = json.loads((folder / "station.keys").read_text("utf-8"))["accounts"]
    assert entries["admin"]["kdf"] == "scrypt" and entries["小王"]["kdf"] == "scrypt-hash"
    data = DataDir(folder)
    open_database(data.db_path, key=encryption.unlock(data, "小王", "clerk99"))
    try:
        assert logins.authenticate("小王", "clerk99") is not None
    finally:
        close_database()
    entry = json.loads((folder / "station.keys").read_text("utf-8"))["accounts"]["小王"]
    assert entry["kdf"] == "scrypt" and entry["salt"] != entries["小王"]["salt"]
    assert encryption.unlock(data, "小王", "clerk99")
