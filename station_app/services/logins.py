"""Signing in: the password check, a growing delay and a 15-minute lock after wrong passwords; audited."""

from __future__ import annotations

import datetime as dt

from station_app.services import accounts, context
from station_app.services.records import audit
from station_app.store.base import database_proxy
from station_app.store.models import AuditLog, User

MAX_FAILURES = 10  # wrong passwords in a row that lock the account …
LOCK_TIME = dt.timedelta(minutes=15)  # … for this long
BASE_DELAY, MAX_DELAY = 0.5, 8.0  # seconds before the next try: 0.5 × 2^(n-1), at most 8
WRONG = "用户名或密码不正确，或账号已停用。"
UNKNOWN = "未知账号"  # what the audit log says instead of a name that is no account (it may be a password)


def clock() -> dt.datetime:
    """The time the throttle reads (tests replace it)."""
    return dt.datetime.now()


class LoginRefused(Exception):
    """The login did not succeed: *message* in Chinese; *reason* "wrong" (name or password), "wait" (tried
    again too soon, not checked) or "locked"; *wait* seconds before the next try is checked."""

    def __init__(self, message: str, *, reason: str = "wrong", wait: float = 0.0,
                 locked_until: dt.datetime | None = None):
        super().__init__(message)
        self.message, self.reason, self.wait, self.locked_until = message, reason, wait, locked_until

    @property
    def locked(self) -> bool:
        return self.reason == "locked"


def delay_after(failures: int) -> float:
    """Seconds before the next password is checked after *failures* wrong ones in a row."""
    if failures <= 0:
        return 0.0
    return min(BASE_DELAY * 2 ** (failures - 1), MAX_DELAY)


def lock_text(until: dt.datetime) -> str:
    return f"账号因连续{MAX_FAILURES}次密码错误已锁定，请于 {until:%Y-%m-%d %H:%M:%S} 后再试（管理员重设密码可解锁）。"


def wait_seconds(user: User | None) -> float:
    """How long until a password of *user* is checked again (0 when it may be tried now)."""
    if user is None or not user.locked_until:
        return 0.0
    return max(0.0, (user.locked_until - clock()).total_seconds())


def refusal_of(user: User) -> LoginRefused | None:
    """The refusal a try on *user* meets now without its password being checked, or None."""
    wait = wait_seconds(user)
    if wait <= 0:
        return None
    if user.failed_logins >= MAX_FAILURES:
        return LoginRefused(lock_text(user.locked_until), reason="locked", wait=wait, locked_until=user.locked_until)
    return LoginRefused(f"密码错误次数较多，请 {wait:.0f} 秒后再试。" if wait >= 1 else "请稍后再试。",
                        reason="wait", wait=wait)


def login(username: str, password: str) -> User:
    """The active account with these credentials; LoginRefused otherwise. Every outcome is audited,
    except tries refused unchecked during a wait; a name that is no account is never stored."""
    user = accounts.get_user(username)
    if user is None or not user.active:
        accounts.hash_password(password or "")  # answer as slowly as a wrong password does
        _audit_failure(user, UNKNOWN if user is None else "账号已停用")
        raise LoginRefused(WRONG)
    refused = refusal_of(user)
    if refused is not None:
        raise refused
    if not accounts.check_password(password or "", user.password_hash):
        raise _wrong_password(user)
    return _succeeded(user, password)


def _wrong_password(user: User) -> LoginRefused:
    failures = user.failed_logins + 1
    locked = failures >= MAX_FAILURES
    until = clock() + (LOCK_TIME if locked else dt.timedelta(seconds=delay_after(failures)))
    with database_proxy.atomic():
        User.update(failed_logins=failures, locked_until=until).where(User.id == user.id).execute()
        _audit_failure(user, f"密码不正确（连续第{failures}次）")
        if locked:
            AuditLog.create(username="", action="login_locked", table="user", record_id=user.id,
                            record_uuid=user.uuid, note=f"连续{failures}次密码错误，锁定至 {until:%Y-%m-%d %H:%M:%S}")
    if locked:
        return LoginRefused(lock_text(until), reason="locked", wait=LOCK_TIME.total_seconds(), locked_until=until)
    return LoginRefused(WRONG, wait=delay_after(failures))


def _succeeded(user: User, password: str) -> User:
    upgraded = accounts.needs_rehash(user.password_hash)
    with database_proxy.atomic():
        user.last_login = clock().replace(microsecond=0)
        user.failed_logins, user.locked_until = 0, None
        fields = [User.last_login, User.failed_logins, User.locked_until]
        if upgraded:
            user.password_hash = accounts.hash_password(password)
            fields.append(User.password_hash)
        user.save(only=fields)
        with context.acting_as(user.username, user.role):
            audit("login", user, None, None, note="登录成功（密码散列已升级）" if upgraded else "登录成功")
    accounts.refresh_key(user, password)  # encrypted data: the account's own salted wrapping of the key
    return user


def _audit_failure(user: User | None, why: str) -> None:
    name = user.username if user is not None else ""
    AuditLog.create(username="", action="login_failed", table="user", record_id=user.id if user else None,
                    record_uuid=user.uuid if user else None,
                    note=f"登录失败：{name}（{why}）" if name else f"登录失败：{why}")


def authenticate(username: str, password: str) -> User | None:
    """The active user with these credentials, or None (see login for the reason and the delay)."""
    try:
        return login(username, password)
    except LoginRefused:
        return None
