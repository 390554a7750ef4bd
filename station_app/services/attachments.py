"""Attachments (附件): files stored once under their SHA-256 in the data folder, linked to any record."""

from __future__ import annotations

import hashlib
import os
import tempfile
from pathlib import Path

from station_app.services import context, records, stations
from station_app.services.errors import ValidationError
from station_app.services.fields import KINDS
from station_app.store.base import database_proxy
from station_app.store.models import Attachment

CHUNK = 1 << 20
_TABLE_LABELS = {k.model._meta.table_name: k.label for k in KINDS.values()}


def _on_server() -> bool:
    return getattr(database_proxy.obj, "is_server", False)


def root() -> Path:
    """``<folder of the open database>/attachments``; on a server database this PC's cache of them."""
    db = database_proxy.obj
    if _on_server():
        return Path(db.cache_dir) / "attachments"
    return Path(db.database).resolve().parent / "attachments"


def _upload(sha: str, path: Path) -> None:
    """A server database: the content into attachment_blob (once per SHA-256)."""
    from station_app.store.attachments import AttachmentBlob

    if not AttachmentBlob.select().where(AttachmentBlob.sha256 == sha).exists():
        AttachmentBlob.insert(sha256=sha, data=path.read_bytes()).on_conflict_ignore().execute()


def _download(att: Attachment, final: Path) -> None:
    """A server database: the content of *att* from attachment_blob into this PC's cache (temp, rename)."""
    from station_app.store.attachments import AttachmentBlob

    row = AttachmentBlob.get_or_none(AttachmentBlob.sha256 == att.sha256)
    if row is None:
        return  # verify_all names it missing
    final.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=".incoming-", dir=final.parent)
    with os.fdopen(fd, "wb") as fh:
        fh.write(bytes(row.data))
    os.replace(tmp, final)


def sha256_of(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as fh:
        for block in iter(lambda: fh.read(CHUNK), b""):
            digest.update(block)
    return digest.hexdigest()


def _store(source: Path) -> tuple[str, int]:
    """Copy *source* into the store (temp file, fsync, rename) unless the same content is there."""
    base = root()
    base.mkdir(parents=True, exist_ok=True)
    fd, tmp_name = tempfile.mkstemp(prefix=".incoming-", dir=base)
    tmp = Path(tmp_name)
    try:
        digest, size = hashlib.sha256(), 0
        with open(source, "rb") as src, os.fdopen(fd, "wb") as dst:
            for block in iter(lambda: src.read(CHUNK), b""):
                digest.update(block)
                dst.write(block)
                size += len(block)
            dst.flush()
            os.fsync(dst.fileno())
        sha = digest.hexdigest()
        final = base / sha[:2] / sha
        if final.is_file() and not final.is_symlink() and final.stat().st_size == size and sha256_of(final) == sha:
            tmp.unlink()
        else:  # new, or a stored copy that no longer has its hash (damaged, tampered): the new copy repairs it
            final.parent.mkdir(exist_ok=True)
            os.replace(tmp, final)
        if _on_server():
            _upload(sha, final)
        return sha, size
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


def owner_key(owner) -> tuple[str, int]:
    if getattr(owner, "id", None) is None:
        raise ValueError("attachments belong to a saved record")
    return owner._meta.table_name, owner.id


def attach(owner, file_path, caption: str = "") -> Attachment:
    """Store the file at *file_path* and link it to *owner* (an activity, a dispute …)."""
    context.require_edit()
    stations.require_own(owner, {})
    source = Path(file_path)
    if source.is_symlink():
        raise ValidationError(f"“{source.name}”是一个快捷方式（符号链接），请选择它指向的文件本身。")
    if not source.is_file():
        raise ValidationError(f"找不到要添加的附件文件：{source}")
    caption = (caption or "").strip()
    if len(caption) > 200:
        raise ValidationError(f"附件说明过长（{len(caption)}字，最多200字）")
    table, owner_id = owner_key(owner)
    try:
        sha, size = _store(source)
    except OSError as exc:
        raise ValidationError(f"无法保存附件 {source.name}：{exc.strerror or exc}") from None
    same = (Attachment.alive().where((Attachment.owner_table == table) & (Attachment.owner_id == owner_id)
                                     & (Attachment.sha256 == sha)).first())
    if same is not None:  # the same photo twice on one record: refused, nothing saved
        raise ValidationError(f"“{source.name}”已经添加过（与已有附件“{same.filename}”内容相同），不再重复添加。")
    row = Attachment(sha256=sha, filename=source.name[:255], size=size, owner_table=table, owner_id=owner_id,
                     caption=caption)
    return records.save_raw(row, note=f"附件 {source.name}")


def path_of(att: Attachment) -> Path:
    """The stored file (on a server database: this PC's copy, fetched from the server when missing)."""
    path = root() / att.sha256[:2] / att.sha256
    if _on_server() and not (path.is_file() and path.stat().st_size == att.size):
        _download(att, path)
    return path


def list_for(owner) -> list[Attachment]:
    table, owner_id = owner_key(owner)
    return list(Attachment.alive()
                .where((Attachment.owner_table == table) & (Attachment.owner_id == owner_id))
                .order_by(Attachment.id))


def get(att_id: int) -> Attachment | None:
    return Attachment.get_or_none(Attachment.id == att_id)


def remove(att: Attachment) -> None:
    """Move the attachment to the recycle bin; its file stays until no row refers to it."""
    stations.require_own(att, {})
    records.soft_delete(att)


def purge_unreferenced() -> int:
    """Delete stored files that no attachment row (recycle bin included) refers to; returns how many."""
    context.require_admin()
    base = root()
    if _on_server():
        from station_app.store.attachments import AttachmentBlob

        used = Attachment.select(Attachment.sha256)
        removed = AttachmentBlob.delete().where(AttachmentBlob.sha256.not_in(used)).execute()
        if base.exists():
            for path in base.glob("??/*"):
                path.unlink(missing_ok=True)  # the cache only: refilled from the server when read
        return removed
    if not base.exists():
        return 0
    known = {r.sha256 for r in Attachment.select(Attachment.sha256)}
    removed = 0
    for path in base.glob("??/*"):
        if path.is_file() and not path.is_symlink() and path.name not in known:
            path.unlink()
            removed += 1
    for tmp in base.glob(".incoming-*"):
        tmp.unlink(missing_ok=True)
    return removed


def _describe(att: Attachment) -> str:
    label = _TABLE_LABELS.get(att.owner_table, att.owner_table)
    where = "，在回收站中" if att.deleted else ""
    return f"{label}#{att.owner_id} 的附件“{att.filename}”（附件#{att.id}{where}）"


def verify_all(progress=None) -> list[str]:
    """Check every stored attachment: the file exists and its content still has its SHA-256.

    Returns one Chinese sentence per problem (empty when all is well). *progress(done, total)* is optional.
    """
    rows = list(Attachment.select().order_by(Attachment.id))
    problems, checked = [], {}
    for i, att in enumerate(rows, start=1):
        if att.sha256 not in checked:
            path = path_of(att)
            if path.is_symlink():
                checked[att.sha256] = f"存放的附件被换成了指向别处的链接（{path}）"
            elif not path.is_file():
                checked[att.sha256] = f"文件缺失（{path}）"
            elif path.stat().st_size != att.size or sha256_of(path) != att.sha256:
                checked[att.sha256] = f"文件内容已损坏，与保存时不一致（{path}）"
            else:
                checked[att.sha256] = ""
        if checked[att.sha256]:
            problems.append(f"{_describe(att)}：{checked[att.sha256]}")
        if progress:
            progress(i, len(rows))
    return problems
