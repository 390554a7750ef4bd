"""Attachments: stored once by content under the data folder, listed per record, verified."""

from __future__ import annotations

import hashlib

import pytest

from station_app.services import attachments, context, records
from station_app.services.errors import PermissionDenied, ValidationError
from station_app.store.models import Attachment, AuditLog


@pytest.fixture
def activity(db):
    return records.create("activity", {"date": "2026-03-15", "activity_type": "普法宣传", "title": "送法进社区"})


def write(path, data: bytes):
    path.write_bytes(data)
    return path


def test_attach_copies_under_sha_and_dedupes(activity, data_dir, tmp_path):
    photo = write(tmp_path / "现场照片.jpg", b"\xff\xd8 photo bytes" * 1000)
    same = write(tmp_path / "copy.jpg", photo.read_bytes())
    other = records.create("activity", {"date": "2026-03-16", "activity_type": "普法宣传", "title": "送法进校园"})
    a = attachments.attach(activity, photo, "活动现场")
    with pytest.raises(ValidationError, match="已经添加过"):  # the same photo twice on one record
        attachments.attach(activity, same)
    b = attachments.attach(other, same)
    sha = hashlib.sha256(photo.read_bytes()).hexdigest()
    stored = data_dir.attachments / sha[:2] / sha
    assert attachments.path_of(a) == stored and stored.read_bytes() == photo.read_bytes()
    assert a.sha256 == b.sha256 == sha and a.size == photo.stat().st_size
    files = [p for p in data_dir.attachments.rglob("*") if p.is_file()]
    assert files == [stored]  # same content stored once, no temp file left behind
    assert [(x.filename, x.caption) for x in attachments.list_for(activity)] == [("现场照片.jpg", "活动现场")]
    assert [x.filename for x in attachments.list_for(other)] == ["copy.jpg"]
    photo.unlink()  # the stored copy does not depend on the original
    assert stored.exists()
    assert AuditLog.select().where(AuditLog.table == "attachment").count() == 2


def test_list_is_per_owner_and_remove_keeps_shared_file(activity, tmp_path):
    other = records.create("activity", {"date": "2026-03-16", "activity_type": "委员讲堂", "title": "讲堂"})
    f = write(tmp_path / "签到表.pdf", b"%PDF-1.4 sign-in")
    a = attachments.attach(activity, f)
    b = attachments.attach(other, f)
    assert attachments.list_for(other) == [b]
    attachments.remove(a)
    assert attachments.list_for(activity) == []
    assert attachments.path_of(b).exists()
    assert attachments.verify_all() == []
    assert attachments.purge_unreferenced() == 0  # the deleted row can still be restored


def test_verify_detects_corrupted_and_missing_files(activity, tmp_path):
    good = attachments.attach(activity, write(tmp_path / "a.jpg", b"good"))
    bad = attachments.attach(activity, write(tmp_path / "协议书扫描.pdf", b"scanned agreement"))
    gone = attachments.attach(activity, write(tmp_path / "照片2.jpg", b"second photo"))
    attachments.path_of(bad).write_bytes(b"scanned agreemenT")  # same size, different content
    attachments.path_of(gone).unlink()
    problems = attachments.verify_all()
    assert len(problems) == 2
    assert "协议书扫描.pdf" in problems[0] and "损坏" in problems[0] and "履职活动" in problems[0]
    assert "照片2.jpg" in problems[1] and "缺失" in problems[1]
    assert attachments.path_of(good).read_bytes() == b"good"


def test_bad_input_is_refused_in_chinese(activity, tmp_path):
    with pytest.raises(ValidationError, match="找不到要添加的附件文件"):
        attachments.attach(activity, tmp_path / "nope.jpg")
    with pytest.raises(ValidationError, match="附件说明过长"):
        attachments.attach(activity, write(tmp_path / "x.jpg", b"x"), "长" * 201)
    assert Attachment.select().count() == 0
    with context.acting_as("inspector", "只读检查"), pytest.raises(PermissionDenied):
        attachments.attach(activity, tmp_path / "x.jpg")


def test_purge_removes_only_unreferenced_files(activity, data_dir, tmp_path):
    att = attachments.attach(activity, write(tmp_path / "a.jpg", b"keep"))
    stray = data_dir.attachments / "ab" / ("ab" + "0" * 62)
    stray.parent.mkdir(parents=True, exist_ok=True)
    stray.write_bytes(b"orphan")
    assert attachments.purge_unreferenced() == 1
    assert not stray.exists() and attachments.path_of(att).exists()


def test_adding_the_file_again_repairs_a_tampered_stored_copy(activity, tmp_path):
    photo = write(tmp_path / "合影.jpg", b"\xff\xd8 group photo" * 500)
    att = attachments.attach(activity, photo)
    stored = attachments.path_of(att)
    stored.write_bytes(b"\xff\xd8 other bytes!" * 500)  # same size, other content
    assert attachments.verify_all()
    with pytest.raises(ValidationError, match="已经添加过"):  # not listed twice, but the stored copy is repaired
        attachments.attach(activity, photo)
    assert attachments.list_for(activity) == [att]
    assert stored.read_bytes() == photo.read_bytes()
    assert attachments.verify_all() == []


def test_a_symbolic_link_is_refused_as_an_attachment(activity, tmp_path):
    secret = write(tmp_path / "secret.txt", b"not for the station")
    link = tmp_path / "照片.jpg"
    link.symlink_to(secret)
    with pytest.raises(ValidationError, match="符号链接"):
        attachments.attach(activity, link)
    assert attachments.list_for(activity) == []


def test_a_stored_copy_replaced_by_a_link_is_reported(activity, tmp_path):
    photo = write(tmp_path / "现场.jpg", b"\xff\xd8 scene" * 300)
    att = attachments.attach(activity, photo)
    stored = attachments.path_of(att)
    other = write(tmp_path / "elsewhere.jpg", photo.read_bytes())
    stored.unlink()
    stored.symlink_to(other)
    assert any("链接" in p for p in attachments.verify_all())
