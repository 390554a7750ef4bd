"""Attachment model: a file stored under its SHA-256 in the data folder, linked to any record."""

from __future__ import annotations

import peewee as pw

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
