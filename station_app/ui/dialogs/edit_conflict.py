"""A record dialog's guard against lost updates (services.edit_conflicts) and the question it asks.

`RevisionWatch` belongs to one RecordDialog. Its `persist()` saves inside a revision guard; when someone
saved the record since the dialog read it, their changes are taken into the fields this dialog did not
touch (a merge, said in the dialog), and where both changed the same field the clerk chooses:
「查看对方的版本」 (their version is loaded, nothing saved), 「保留我的修改」 (saved over theirs, a new
revision, logged) or 「取消」 (nothing saved, the input stays). It also follows change notices: when the
record is saved elsewhere while the dialog is open, an untouched dialog shows the new version and an
edited one says so at once, before the clerk saves.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QMessageBox

from station_app.services import context, edit_conflicts
from station_app.services.edit_conflicts import EditConflict
from station_app.ui.change_bridge import follow
from station_app.ui.i18n import tr_field, translate

TRIES = 3  # saves in between by others, merged one after the other, before giving up


class SaveCancelled(Exception):
    """The clerk chose not to save (their version shown, or cancel): the dialog stays open."""


def shown(value) -> str:
    if value in (None, ""):
        return translate("EditConflict", "（空）")
    if isinstance(value, bool):
        return translate("EditConflict", "是") if value else translate("EditConflict", "否")
    if isinstance(value, dt.datetime):
        return value.strftime("%Y-%m-%d %H:%M")
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return f"{value.normalize():f}"
    text = str(value).replace("\n", " ")
    return text if len(text) <= 40 else text[:39] + "…"


class RevisionWatch:
    """The guard of one RecordDialog (its fields, widgets and persist()); ReferralWatch adapts it."""

    def __init__(self, dialog, kind_key: str | None = None):
        self.dialog = dialog
        self.saving = False
        self.pending = False
        kind_key = kind_key or getattr(dialog, "kind_key", None)
        if kind_key:
            follow(dialog, {kind_key}, self._notice)

    # ---- what the dialog holds (RecordDialog's shape; a subclass adapts another dialog) ----
    def field_names(self) -> list[str]:
        return [f.name for f in self.dialog.fields]

    def clean_values(self) -> dict:
        """The form as last loaded or saved (what the clerk started from)."""
        return dict(p for p in self.dialog.clean_snapshot() if isinstance(p, tuple) and len(p) == 2)

    def save(self, values: dict, ids):
        return self.dialog.persist(values, ids)

    def say(self, text: str) -> None:
        self.dialog.general_error.show_message(text)

    def reload(self, stored) -> None:
        """Show *stored* as the dialog's record, the form reading from it."""
        dialog = self.dialog
        dialog.record = stored
        dialog.load({})
        dialog.mark_clean()
        dialog.refresh_links()

    def label_of(self, name: str) -> str:
        f = next((f for f in self.dialog.fields if f.name == name), None)
        return tr_field(f.label) if f else name

    def take_theirs(self, comparison, mine: dict, values: dict) -> tuple[dict, list[str]]:
        """Their values into the fields this dialog left alone (the widgets show them); the stored row
        becomes the base. Returns the values to save and the fields taken."""
        taken = []
        for name in self.field_names():
            if name in comparison.theirs and name not in mine:
                self.dialog.show_value(name, getattr(comparison.stored, name, None))
                taken.append(name)
        self.dialog.record = comparison.stored
        return self.dialog.values(), taken

    # ---- what this dialog changed ----
    def my_changes(self, values: dict) -> dict:
        """The form's values that differ from the form as last loaded or saved."""
        clean = self.clean_values()
        return {k: v for k, v in values.items() if k in clean and clean[k] != v}

    # ---- saving ----
    def persist(self, ids, values: dict | None = None):
        """The dialog's save inside a revision guard, merging or asking as the module says."""
        dialog = self.dialog
        kept = None
        values = dict(values) if values is not None else dialog.values()
        self.saving = True
        try:
            for _ in range(TRIES):
                try:
                    with edit_conflicts.guard(dialog.base):
                        saved = self.save(values, ids)
                        if kept is not None:
                            edit_conflicts.log_kept(saved, *kept)
                        return saved
                except EditConflict as exc:
                    if exc.deleted:
                        raise
                    mine = self.my_changes(values)
                    comparison = edit_conflicts.compare(dialog.base, mine, exc.stored)
                    if comparison.conflicts:
                        choice = self.ask(exc, comparison, mine)
                        if choice != "mine":
                            if choice == "theirs":
                                self.show_theirs(exc)
                            else:
                                self.say(translate(
                                    "EditConflict", "没有保存：{who} 于 {at} 也改了「{fields}」。再次保存时可查看对方的"
                                                    "版本或保留您的修改。").format(
                                        who=exc.by, at=exc.at,
                                        fields="、".join(self.label_of(n) for n in comparison.conflicts)))
                            raise SaveCancelled from exc
                        kept = (exc, comparison, {k: mine[k] for k in comparison.conflicts})
                    values, taken = self.take_theirs(comparison, mine, values)
                    if taken and kept is None:
                        self.say(translate(
                            "EditConflict", "{who} 于 {at} 修改过此记录，已合并对方改的「{fields}」后保存。").format(
                                who=exc.by, at=exc.at, fields="、".join(self.label_of(n) for n in taken)))
            raise EditConflict(dialog.base and edit_conflicts.stored_row(dialog.base))
        finally:
            self.saving = False

    def ask(self, exc: EditConflict, comparison, mine: dict) -> str:
        """「查看对方的版本」 → "theirs", 「保留我的修改」 → "mine", 「取消」 → "cancel"."""
        box = QMessageBox(self.dialog)
        box.setIcon(QMessageBox.Warning)
        box.setWindowTitle(translate("EditConflict", "记录已被修改"))
        box.setText(translate("EditConflict", "该记录已被 {who} 于 {at} 修改").format(who=exc.by, at=exc.at))
        lines = [translate("EditConflict", "双方都改了下面各项：")]
        for name in comparison.conflicts:
            lines.append(translate("EditConflict", "「{field}」 对方：{theirs}　您：{mine}").format(
                field=self.label_of(name), theirs=shown(getattr(comparison.stored, name, None)),
                mine=shown(mine[name])))
        lines.append(translate("EditConflict", "保留我的修改：以您填写的为准另存一版（记入操作日志）；"
                                               "查看对方的版本：载入对方保存的内容，您的修改不保存。"))
        box.setInformativeText("\n".join(lines))
        theirs = box.addButton(translate("EditConflict", "查看对方的版本"), QMessageBox.ActionRole)
        mine_button = box.addButton(translate("EditConflict", "保留我的修改"), QMessageBox.AcceptRole)
        cancel = box.addButton(translate("EditConflict", "取消"), QMessageBox.RejectRole)
        box.setDefaultButton(cancel)
        box.exec()
        clicked = box.clickedButton()
        return "theirs" if clicked is theirs else "mine" if clicked is mine_button else "cancel"

    def show_theirs(self, exc: EditConflict) -> None:
        self.reload(exc.stored)
        self.say(translate("EditConflict", "已载入 {who} 于 {at} 保存的版本，您的修改没有保存。").format(
            who=exc.by, at=exc.at))

    # ---- saved elsewhere while open ----
    def _notice(self) -> None:
        if self.saving or self.pending or self.dialog.base is None:
            return
        self.pending = True  # after the action that wrote it has refreshed its own record
        QTimer.singleShot(0, self.dialog, self._check)  # dropped with the dialog

    def _check(self) -> None:
        self.pending = False
        dialog = self.dialog
        base = dialog.base
        if base is None or self.saving or not dialog.isVisible():
            return
        stored = edit_conflicts.stored_row(base)
        if stored is None or stored.revision == base.revision:
            return
        if getattr(stored, "deleted", False):
            self.say(EditConflict(stored, deleted=True).message)
            return
        theirs = edit_conflicts.compare(base, {}, stored).theirs
        by_me = (stored.updated_by or "") == context.current().username
        if not theirs or (by_me and not dialog.is_dirty()):
            if dialog.is_dirty():
                dialog.record = stored  # only bookkeeping moved: nothing to tell
            else:
                self._reload(stored, note="")
            return
        exc = EditConflict(stored)
        if dialog.is_dirty():
            self.say(translate(
                "EditConflict", "{who} 于 {at} 修改了此记录（{fields}）。保存时会合并对方的修改；"
                                "双方改了同一项时会请您选择。").format(
                who=exc.by, at=exc.at, fields="、".join(self.label_of(n) for n in sorted(theirs)
                                                       if n in self.field_names()) or "其他内容"))
        else:
            self._reload(stored, note=translate("EditConflict", "{who} 于 {at} 修改了此记录，已显示最新内容。").format(
                who=exc.by, at=exc.at))

    def _reload(self, stored, note: str) -> None:
        self.reload(stored)
        if note:
            self.say(note)
