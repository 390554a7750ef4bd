"""Accounts: scrypt hashes, login, first administrator, when a login is needed, rules, audit."""

from __future__ import annotations

import pytest

from station_app.services import accounts, context, logins
from station_app.services.errors import PermissionDenied, ValidationError
from station_app.store.models import AuditLog, User


def test_hash_format_is_salted_scrypt():
    a, b = accounts.hash_password("同一个密码123"), accounts.hash_password("同一个密码123")
    assert a != b  # fresh salt each time
    scheme, n, r, p, _salt, _digest = a.split("$")
    assert (scheme, n, r, p) == ("scrypt", str(2 ** 17), "8", "1")
    assert accounts.check_password("同一个密码123", a)
    assert not accounts.check_password("同一个密码124", a)
    assert not accounts.check_password("x", "not-a-hash")
    assert not accounts.check_password("x", "md5$1$2$3$4$5")


def test_first_admin_then_login(db):
    assert not accounts.login_required()
    admin = accounts.ensure_admin("secret123")
    assert admin.role == "管理员" and admin.username == "admin"
    assert accounts.ensure_admin("other-password").id == admin.id  # idempotent, password unchanged
    assert logins.authenticate("admin", "secret123").id == admin.id
    assert logins.authenticate("admin", "other-password") is None
    assert logins.authenticate("nobody", "secret123") is None
    assert not accounts.login_required()  # one account: no login
    accounts.create_user("录入员小王", "abcdef", "录入员")
    assert accounts.login_required()
    assert User.get(User.username == "admin").last_login is not None


def test_passwords_never_reach_the_audit_log(db):
    accounts.create_user("clerk", "abcdef", "录入员")
    user = accounts.get_user("clerk")
    accounts.change_password(user, "ghijkl")
    assert logins.authenticate("clerk", "ghijkl")
    logins.authenticate("clerk", "wrong!")
    rows = list(AuditLog.select().where(AuditLog.table == "user"))
    assert {r.action for r in rows} >= {"create", "update", "login", "login_failed"}
    text = " ".join(str(r.before) + str(r.after) + r.note for r in rows)
    assert "scrypt$" not in text and "ghijkl" not in text and "abcdef" not in text


@pytest.mark.parametrize("username,password,role,message", [
    ("", "abcdef", "录入员", "「用户名」不能为空"),
    ("a", "abcdef", "录入员", "「用户名」应为2–40个字符"),
    ("bad name", "abcdef", "录入员", "「用户名」应为2–40个字符"),
    ("clerk2", "123", "录入员", "「密码」至少需要6个字符"),
    ("clerk2", " abcdef", "录入员", "「密码」首尾不能有空格"),
    ("clerk2", "abcdef", "超级用户", "「角色」应为管理员、录入员、只读检查之一"),
])
def test_bad_input_is_refused_in_chinese(db, username, password, role, message):
    with pytest.raises(ValidationError) as err:
        accounts.create_user(username, password, role)
    assert message in err.value.message
    assert not User.select().exists()


def test_duplicate_username(db):
    accounts.create_user("clerk", "abcdef")
    with pytest.raises(ValidationError, match="已存在"):
        accounts.create_user("clerk", "abcdef")


def test_only_admins_manage_accounts(db):
    accounts.ensure_admin("secret123")
    clerk = accounts.create_user("clerk", "abcdef", "录入员")
    viewer = accounts.create_user("inspector", "abcdef", "只读检查")
    with context.acting_as("clerk", "录入员"):
        with pytest.raises(PermissionDenied):
            accounts.create_user("x2", "abcdef")
        with pytest.raises(PermissionDenied):
            accounts.change_password(viewer, "123456")
        accounts.change_password(clerk, "newpass", old="abcdef")  # one's own password
        with pytest.raises(ValidationError, match="原密码"):
            accounts.change_password(clerk, "again1", old="wrong")
    assert logins.authenticate("clerk", "newpass")


def test_the_last_admin_stays(db):
    admin = accounts.ensure_admin("secret123")
    with pytest.raises(ValidationError, match="至少要保留一个管理员"):
        accounts.set_role(admin, "录入员")
    with pytest.raises(ValidationError, match="最后一个管理员"):
        accounts.set_active(admin, False)
    second = accounts.create_user("admin2", "abcdef", "管理员")
    accounts.set_role(admin, "只读检查")
    assert accounts.ensure_admin("zzzzzz").id == second.id


def test_deactivated_user_cannot_log_in(db):
    accounts.ensure_admin("secret123")
    clerk = accounts.create_user("clerk", "abcdef")
    assert accounts.login_required()
    accounts.set_active(clerk, False)
    assert logins.authenticate("clerk", "abcdef") is None
    assert not accounts.login_required()
