"""Attachment model: a file stored under its SHA-256 in the data folder (on a server database: in the
`attachment_blob` table, so that every PC sees it), linked to any record."""

from __future__ import annotations

import peewee as pw

from station_app.store.base import database_proxy
from station_app.store.org import Owned


class Attachment(Owned):
    sha256 = pw.CharField(max_length=64, index=True)
    filename = pw.CharField(max_length=255)
    size = pw.IntegerField(default=0)
    owner_table = pw.CharField(max_length=40)  # e.g. "activity"
    owner_id = pw.IntegerField()
    caption = pw.CharField(max_length=200, default="")

    class Meta:
        indexes = ((("owner_table", "owner_id"), False),)

    @property
    def relative_path(self) -> str:
        return f"{self.sha256[:2]}/{self.sha256}"


class AttachmentBlob(pw.Model):
    """A server database's attachment contents, once per SHA-256 (each PC keeps a cache of what it read)."""

    sha256 = pw.CharField(max_length=64, primary_key=True)
    data = pw.BlobField()

    class Meta:
        table_name = "attachment_blob"
        database = database_proxy
