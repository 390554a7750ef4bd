"""User accounts: roles, salted scrypt password hashes, first-run administrator, login policy; audited.

Signing in itself (delay and lock after wrong passwords) is services/logins.py. When the data is encrypted
each account's password also unwraps the data key: adding an account, changing a password and deactivating
an account update the key file (`store.keyfile`) beside the database.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import re
import secrets

from station_app.services import changes, context
from station_app.services.errors import FieldProblem, ValidationError
from station_app.store import keyfile
from station_app.store.base import database_proxy, now
from station_app.store.choices import USER_ROLES
from station_app.store.db import open_key
from station_app.store.models import User

# scrypt at N=2^17, r=8, p=1: the minimum OWASP's Password Storage Cheat Sheet gives for scrypt (≈0.5 s and
# 128 MiB per hash here). Older, weaker hashes are replaced at the next successful login (needs_rehash).
SCRYPT_N, SCRYPT_R, SCRYPT_P = 2 ** 17, 8, 1
MAX_SCRYPT_MEMORY = 2 ** 30  # refuse stored parameters that would need more than 1 GiB
MIN_PASSWORD = 6
# compiled on first use (re keeps it): ≈ 1.5 ms at every start for the CJK range, needed only for a new account
USERNAME_PATTERN = r"^[A-Za-z0-9_.\-\u4e00-\u9fff]{2,40}$"
KIND = "账号"


def _b64(raw: bytes) -> str:
    return base64.b64encode(raw).decode("ascii")


def _scrypt(password: str, salt: bytes, n: int, r: int, p: int, dklen: int) -> bytes:
    need = 128 * r * (n + p + 2)
    if need > MAX_SCRYPT_MEMORY:
        raise ValueError("scrypt parameters too large")
    return hashlib.scrypt(password.encode("utf-8"), salt=salt, n=n, r=r, p=p, dklen=dklen,
                          maxmem=need + 2 ** 20)


def hash_password(password: str, *, n: int | None = None, r: int | None = None, p: int | None = None) -> str:
    """`scrypt$n$r$p$salt$hash` with a fresh 16-byte salt (base64 fields); today's parameters by default."""
    n, r, p = n or SCRYPT_N, r or SCRYPT_R, p or SCRYPT_P
    salt = secrets.token_bytes(16)
    digest = _scrypt(password, salt, n, r, p, 32)
    return f"scrypt${n}${r}${p}${_b64(salt)}${_b64(digest)}"


def check_password(password: str, stored: str) -> bool:
    try:
        scheme, n, r, p, salt, digest = stored.split("$")
        if scheme != "scrypt":
            return False
        expected = base64.b64decode(digest)
        got = _scrypt(password, base64.b64decode(salt), int(n), int(r), int(p), len(expected))
    except (ValueError, TypeError):
        return False
    return hmac.compare_digest(got, expected)


def needs_rehash(stored: str) -> bool:
    """Whether *stored* was made with weaker parameters than today's (then replaced at the next login)."""
    try:
        scheme, n, r, p, _salt, _digest = stored.split("$")
        return scheme != "scrypt" or int(n) < SCRYPT_N or int(r) < SCRYPT_R or int(p) < SCRYPT_P
    except ValueError:
        return True


def _problem(field: str, label: str, message: str) -> ValidationError:
    return ValidationError(FieldProblem(field, label, message), kind_label=KIND)


def check_username(username: str) -> str:
    username = (username or "").strip()
    if not username:
        raise _problem("username", "用户名", "不能为空")
    if not re.match(USERNAME_PATTERN, username):
        raise _problem("username", "用户名", "应为2–40个字符，只能包含汉字、字母、数字、下划线、点或连字符")
    return username


def check_new_password(password: str) -> str:
    if not password:
        raise _problem("password", "密码", "不能为空")
    if len(password) < MIN_PASSWORD:
        raise _problem("password", "密码", f"至少需要{MIN_PASSWORD}个字符")
    if password != password.strip():
        raise _problem("password", "密码", "首尾不能有空格")
    if len(password) > 128:
        raise _problem("password", "密码", "不能超过128个字符")
    return password


def check_role(role: str) -> str:
    if role not in USER_ROLES:
        raise _problem("role", "角色", f"应为{'、'.join(USER_ROLES)}之一")
    return role


# ---- the key file (encrypted data only) ----
def _key_file():
    """(key file path, data key) of the open encrypted database, or (None, None) when the data is plain."""
    key = open_key()
    return (keyfile.keyfile_of(database_proxy.obj.database), key) if key else (None, None)


def _wrap_key(username: str, password: str) -> None:
    """Let *password* unwrap the data key for *username* (called inside the account's transaction)."""
    path, key = _key_file()
    if path is not None:
        keyfile.set_account(path, username, keyfile.wrap(key, password, keyfile.entry_name(username)))


def _drop_key(username: str) -> None:
    path, _key = _key_file()
    if path is not None:
        keyfile.remove_account(path, username)


def refresh_key(user: User, password: str) -> None:
    """At login: give an account without an entry of its own salt one (see keyfile.wrap_with_hash)."""
    path, _key = _key_file()
    if path is None:
        return
    entry = keyfile.read(path)["accounts"].get(user.username)
    if entry is None or entry.get("kdf") != "scrypt":
        _wrap_key(user.username, password)


def audit(*args, **kwargs):
    """records.audit, imported on first use: signing in at start-up needs none of the record services."""
    from station_app.services.records import audit as write

    changes.touched(User)
    return write(*args, **kwargs)


def _public(user: User) -> dict:
    from station_app.services.records import snapshot

    data = snapshot(user)
    data.pop("password_hash", None)  # never put hashes into the audit log
    return data


def create_user(username: str, password: str, role: str = "录入员", display_name: str = "") -> User:
    """Add an account (administrators only, except the very first one)."""
    if active_users().exists():
        context.require_admin()
    username, password, role = check_username(username), check_new_password(password), check_role(role)
    if User.select().where(User.username == username).exists():
        raise _problem("username", "用户名", f"“{username}”已存在")
    with changes.operation(), database_proxy.atomic():
        user = User.create(username=username, password_hash=hash_password(password), role=role,
                           display_name=(display_name or "").strip()[:50] or username,
                           created_by=context.current().username, updated_by=context.current().username)
        audit("create", user, None, _public(user))
        _wrap_key(user.username, password)  # last: a key file that cannot be written undoes the account
    return user


def active_users():
    return User.alive().where(User.active == True)


def list_users() -> list[User]:
    return list(User.alive().order_by(User.id))


def get_user(username: str) -> User | None:
    return User.alive().where(User.username == (username or "").strip()).first()


def change_password(user: User, new: str, *, old: str | None = None, note: str = "修改密码") -> User:
    """Set a new password: the user themself (with the old one) or an administrator."""
    actor = context.current()
    if actor.username != user.username:
        context.require_admin()
    if old is not None and not check_password(old, user.password_hash):
        raise _problem("old_password", "原密码", "不正确")
    new = check_new_password(new)
    with changes.operation(), database_proxy.atomic():
        user.password_hash = hash_password(new)
        user.failed_logins, user.locked_until = 0, None  # a new password also lifts a lock
        user.updated_at, user.updated_by = now(), actor.username
        user.save()
        audit("update", user, None, {"password": "已修改"}, note=note)
        _wrap_key(user.username, new)
    return user


def set_role(user: User, role: str) -> User:
    context.require_admin()
    role = check_role(role)
    if user.role == "管理员" and role != "管理员" and _admin_count() <= 1:
        raise _problem("role", "角色", "至少要保留一个管理员账号")
    with changes.operation(), database_proxy.atomic():
        before = user.role
        user.role, user.updated_at, user.updated_by = role, now(), context.current().username
        user.save()
        audit("update", user, {"role": before}, {"role": role})
    return user


def set_active(user: User, active: bool) -> User:
    context.require_admin()
    if not active and user.role == "管理员" and _admin_count() <= 1:
        raise _problem("active", "状态", "不能停用最后一个管理员账号")
    with changes.operation(), database_proxy.atomic():
        user.active, user.updated_at, user.updated_by = bool(active), now(), context.current().username
        user.save()
        audit("update", user, {"active": not active}, {"active": bool(active)})
        if not active:  # reactivated accounts unlock again once an administrator sets their password
            _drop_key(user.username)
    return user


def _admin_count() -> int:
    return active_users().where(User.role == "管理员").count()


def ensure_admin(password: str, username: str = "admin") -> User:
    """First run: create the administrator unless an active one exists (then return it unchanged)."""
    existing = active_users().where(User.role == "管理员").order_by(User.id).first()
    if existing:
        return existing
    with context.acting_as("system", "管理员"):
        return create_user(username, password, "管理员", "管理员")


def login_required() -> bool:
    """A login is asked for only once the station has more than one active account."""
    return active_users().count() > 1
