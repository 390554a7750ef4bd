"""Signing in: a growing delay after wrong passwords, a 15-minute lock after 10, stronger hashes, no typed names."""

from __future__ import annotations

import datetime as dt

import pytest

from station_app.services import accounts, audit, logins
from station_app.store.models import AuditLog, User

T0 = dt.datetime(2026, 3, 6, 9, 0, 0)


class Clock:
    def __init__(self, at: dt.datetime):
        self.at = at

    def __call__(self) -> dt.datetime:
        return self.at

    def advance(self, seconds: float) -> None:
        self.at += dt.timedelta(seconds=seconds)


@pytest.fixture
def clock(monkeypatch):
    c = Clock(T0)
    monkeypatch.setattr(logins, "clock", c)
    return c


@pytest.fixture
def weak_hashes(monkeypatch):
    """Test accounts hashed at N=2^12 so that many logins stay quick (the upgrade test checks the real N)."""
    monkeypatch.setattr(accounts, "SCRYPT_N", 2 ** 12)


def wrong(name: str = "clerk") -> logins.LoginRefused:
    with pytest.raises(logins.LoginRefused) as info:
        logins.login(name, "not-the-password")
    return info.value


def test_the_delay_doubles_from_half_a_second_and_is_capped():
    assert [logins.delay_after(n) for n in range(7)] == [0, 0.5, 1, 2, 4, 8, 8]
    assert logins.delay_after(9) == logins.MAX_DELAY == 8


def test_each_wrong_password_makes_the_next_try_wait_longer(db, clock, weak_hashes):
    accounts.ensure_admin("secret123")
    accounts.create_user("clerk", "abcdef", "录入员")
    waits = []
    for _ in range(4):
        refused = wrong()
        assert refused.message == logins.WRONG and not refused.locked
        waits.append(logins.wait_seconds(accounts.get_user("clerk")))
        with pytest.raises(logins.LoginRefused) as early:  # even the right password waits its turn
            logins.login("clerk", "abcdef")
        assert "后再试" in early.value.message and early.value.wait == pytest.approx(waits[-1])
        clock.advance(waits[-1])
    assert waits == [0.5, 1, 2, 4]
    assert User.get(User.username == "clerk").failed_logins == 4
    assert logins.login("clerk", "abcdef").username == "clerk"  # after the wait the right one works …
    user = User.get(User.username == "clerk")
    assert user.failed_logins == 0 and user.locked_until is None  # … and resets the count
    wrong()
    assert logins.wait_seconds(accounts.get_user("clerk")) == 0.5  # counting starts again


def test_ten_wrong_passwords_lock_the_account_for_15_minutes(db, clock, weak_hashes):
    accounts.ensure_admin("secret123")
    accounts.create_user("clerk", "abcdef", "录入员")
    for n in range(1, 11):
        refused = wrong()
        clock.advance(logins.delay_after(n))
    assert refused.locked and refused.locked_until == T0 + dt.timedelta(seconds=sum(
        logins.delay_after(n) for n in range(1, 10))) + logins.LOCK_TIME
    until = refused.locked_until
    assert f"{until:%Y-%m-%d %H:%M:%S}" in refused.message and "锁定" in refused.message
    clock.advance(14 * 60)
    with pytest.raises(logins.LoginRefused) as still:
        logins.login("clerk", "abcdef")  # the right password, still locked
    assert still.value.locked and f"{until:%H:%M:%S}" in still.value.message
    assert logins.authenticate("admin", "secret123")  # the lock is per account
    clock.at = until
    assert logins.login("clerk", "abcdef").username == "clerk"
    notes = [e.note for e in audit.fetch(audit.LogFilter(action="账号锁定"))]
    assert len(notes) == 1 and "连续10次密码错误" in notes[0] and f"{until:%Y-%m-%d %H:%M}" in notes[0]
    failures = audit.fetch(audit.LogFilter(action="登录失败"))
    assert len(failures) == 10 and all("clerk" in e.note for e in failures)
    assert "连续第10次" in failures[0].note


def test_an_administrators_new_password_lifts_the_lock(db, clock, weak_hashes):
    accounts.ensure_admin("secret123")
    clerk = accounts.create_user("clerk", "abcdef", "录入员")
    User.update(failed_logins=10, locked_until=T0 + logins.LOCK_TIME).where(User.id == clerk.id).execute()
    accounts.change_password(accounts.get_user("clerk"), "fresh-pass")
    assert logins.login("clerk", "fresh-pass")


def test_a_name_that_is_no_account_is_never_stored(db, clock, weak_hashes):
    accounts.ensure_admin("secret123")
    accounts.create_user("clerk", "abcdef", "录入员")
    typed = "MySecretPw!2026"  # a password typed into the user-name field
    with pytest.raises(logins.LoginRefused):
        logins.login(typed, "")
    wrong("clerk")
    rows = list(AuditLog.select().where(AuditLog.action == "login_failed"))
    stored = " ".join(f"{r.username} {r.note} {r.before} {r.after}" for r in rows)
    assert typed not in stored and "MySecretPw" not in stored
    notes = [e.note for e in audit.fetch(audit.LogFilter(action="登录失败"))]
    assert notes == ["登录失败：clerk（密码不正确（连续第1次））", "登录失败：未知账号"]


def test_todays_hash_parameters_and_an_old_hash_upgraded_at_login(db, clock):
    assert (accounts.SCRYPT_N, accounts.SCRYPT_R, accounts.SCRYPT_P) == (2 ** 17, 8, 1)
    assert accounts.hash_password("abcdef").startswith("scrypt$131072$8$1$")
    accounts.ensure_admin("secret123")
    old = accounts.hash_password("abcdef", n=2 ** 14)  # what earlier versions stored
    clerk = accounts.create_user("clerk", "other1", "录入员")
    User.update(password_hash=old).where(User.id == clerk.id).execute()
    assert accounts.needs_rehash(old) and not accounts.needs_rehash(accounts.get_user("admin").password_hash)
    wrong()  # a wrong password changes nothing
    assert accounts.get_user("clerk").password_hash == old
    clock.advance(1)
    assert logins.login("clerk", "abcdef")
    upgraded = accounts.get_user("clerk").password_hash
    assert upgraded != old and upgraded.startswith("scrypt$131072$8$1$")
    assert accounts.check_password("abcdef", upgraded) and not accounts.needs_rehash(upgraded)
    assert "已升级" in audit.fetch(audit.LogFilter(action="登录"))[0].note


def test_stored_parameters_asking_for_too_much_memory_are_refused():
    assert not accounts.check_password("x", "scrypt$1073741824$8$1$AAAA$AAAA")


def test_upgrading_forgets_names_typed_at_earlier_failed_logins(data_dir):
    """Earlier versions logged 登录失败：<typed name>; a password typed there must not survive the upgrade."""
    import sqlite3

    from station_app.store.db import close_database, open_database

    open_database(data_dir.db_path)
    User.create(username="clerk", password_hash="scrypt$16384$8$1$AAAA$AAAA", role="录入员")
    for note in ("登录失败：clerk", "登录失败：MySecretPw!2026"):
        AuditLog.create(username="system", action="login_failed", table="user", note=note)
    close_database()
    con = sqlite3.connect(data_dir.db_path)
    for column in ("failed_logins", "locked_until"):
        con.execute(f"ALTER TABLE user DROP COLUMN {column}")
    con.execute("PRAGMA user_version = 2")
    con.commit()
    con.close()
    open_database(data_dir.db_path)
    try:
        notes = [r.note for r in AuditLog.select().where(AuditLog.action == "login_failed").order_by(AuditLog.id)]
        assert notes == ["登录失败：clerk", "登录失败：未知账号"]
        assert User.get(User.username == "clerk").failed_logins == 0
    finally:
        close_database()
