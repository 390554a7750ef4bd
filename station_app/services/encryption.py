"""Encryption at rest: turning it on (re-keying the database and its backups), unlocking, recovery."""

from __future__ import annotations

from pathlib import Path

from station_app.services import accounts, context
from station_app.services.errors import FieldProblem, ValidationError
from station_app.store import backup as store_backup
from station_app.store import cipher, keyfile
from station_app.store.base import database_proxy
from station_app.store.db import close_database, is_encrypted, open_database, open_key
from station_app.store.errors import StoreError
from station_app.store.models import AuditLog


def enabled(data_dir) -> bool:
    return is_encrypted(data_dir.db_path)


def key_path(data_dir) -> Path:
    return keyfile.keyfile_of(data_dir.db_path)


def login_names(data_dir) -> list[str]:
    """The accounts that can unlock the data (kept in the key file: the database is still closed)."""
    return keyfile.usernames(key_path(data_dir))


def unlock(data_dir, username: str, password: str) -> bytes:
    """The data key for this account's password (KeyFileError with a Chinese message otherwise)."""
    return keyfile.unlock(key_path(data_dir), username, password)


def unlock_with_code(data_dir_or_keys, code: str) -> bytes:
    path = data_dir_or_keys if isinstance(data_dir_or_keys, Path) else key_path(data_dir_or_keys)
    return keyfile.unlock_with_code(path, code)


def _problem(field: str, label: str, message: str) -> ValidationError:
    return ValidationError(FieldProblem(field, label, message), kind_label="数据加密")


def enable(data_dir, username: str, password: str) -> tuple[str, list[str]]:
    """Encrypt the open plain database and every plain backup; administrators only, with their password.

    Every active account can open the data afterwards with its own password. The database is open
    again (with the key) on return. Returns (recovery code — shown once, never stored —, problems with
    backups that stayed plain).
    """
    context.require_admin()
    db_path = Path(data_dir.db_path)
    if is_encrypted(db_path):
        raise _problem("", "", "数据已经加密，无需再次开启")
    user = accounts.get_user(username)
    if user is None or not user.active or not accounts.check_password(password or "", user.password_hash):
        raise _problem("password", "密码", "不正确，请输入当前登录账号的密码")
    data_key, code = keyfile.new_data_key(), keyfile.new_recovery_code()
    doc = keyfile.new_document(data_key, code, cipher.CIPHER)
    for other in accounts.active_users():
        doc["accounts"][other.username] = (
            keyfile.wrap(data_key, password, keyfile.entry_name(other.username)) if other.id == user.id
            else keyfile.wrap_with_hash(data_key, other.password_hash, keyfile.entry_name(other.username)))
    AuditLog.create(username=context.current().username, action="update", table="setting",
                    note="开启数据加密（数据库与备份）")
    close_database()
    keys = key_path(data_dir)
    try:
        keyfile.write(keys, doc)  # first; the header decides whether the data is encrypted
        cipher.encrypt_file(db_path, data_key, doc["cipher"])
    except BaseException as exc:
        if not cipher.is_encrypted(db_path):
            keys.unlink(missing_ok=True)
            open_database(db_path)
        if isinstance(exc, Exception):
            raise StoreError(f"加密失败，数据库未改动：{exc}", path=db_path) from exc
        raise
    open_database(db_path, key=data_key)
    return code, encrypt_backups(data_dir)


def encrypt_backups(data_dir) -> list[str]:
    """Encrypt each plain backup in place with the open database's key (its key file beside it)."""
    context.require_admin()
    key = open_key()
    if key is None:
        raise _problem("", "", "数据没有加密")
    doc = keyfile.read(key_path(data_dir))
    problems = []
    for path in store_backup.list_backups(data_dir.backups):
        if cipher.is_encrypted(path):
            continue
        try:
            keyfile.write(keyfile.keyfile_of(path), doc)
            cipher.encrypt_file(path, key, doc.get("cipher"))
        except Exception as exc:  # noqa: BLE001  (one unreadable backup must not stop the others)
            problems.append(f"{path.name}：{exc}")
    return problems


def plain_backups(data_dir) -> list[Path]:
    return [p for p in store_backup.list_backups(data_dir.backups) if not cipher.is_encrypted(p)]


def recover(data_dir, username: str, code: str, new_password: str) -> bytes:
    """Forgotten password: the recovery code opens the data, *username* gets *new_password*.

    The database is left open with the key (the caller closes it or carries on logged in). Returns the key.
    """
    accounts.check_new_password(new_password)
    key = unlock_with_code(data_dir, code)
    open_database(data_dir.db_path, create=False, key=key)
    user = accounts.get_user(username)
    if user is None or not user.active:
        close_database()
        raise _problem("username", "用户名", f"账号“{username}”不存在或已停用")
    with context.acting_as(user.username, user.role):
        accounts.change_password(user, new_password, note="用恢复码重设密码")
    return key


def new_recovery_code(data_dir) -> str:
    """Replace the recovery code (the old one stops working); administrators only, data open."""
    context.require_admin()
    key = open_key()
    if key is None:
        raise _problem("", "", "数据没有加密")
    code = keyfile.new_recovery_code()
    doc = keyfile.read(key_path(data_dir))
    doc[keyfile.RECOVERY] = keyfile.wrap(key, keyfile.normalise_code(code), keyfile.RECOVERY)
    with database_proxy.atomic():
        AuditLog.create(username=context.current().username, action="update", table="setting",
                        note="更换数据加密恢复码")
        keyfile.write(key_path(data_dir), doc)
    return code

