"""设置 — 工作站信息: the station's name, type, address, contacts, wall text for reception days."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from station_app.services import settings
from station_app.services.errors import ValidationError
from station_app.services.fields import KINDS
from station_app.ui.i18n import tr_field, translate
from station_app.ui.settings import can_admin, is_known, message_of, read_only_note, save_row
from station_app.ui.settings.unsaved import UnsavedEdits, UnsavedGuard


class StationTab(UnsavedEdits, QWidget):
    title = "工作站信息"

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.kind = KINDS["station"]
        self.inputs: dict[str, QWidget] = {}
        self.errors: dict[str, QLabel] = {}
        form = QFormLayout()
        for f in self.kind.fields:
            if f.type == "choice":
                widget = QComboBox()
                widget.addItems(list(f.choices))
            elif f.type == "longtext":
                widget = QPlainTextEdit()
                widget.setFixedHeight(70)
            else:
                widget = QLineEdit()
                if f.type == "date":
                    widget.setPlaceholderText(translate("StationTab", "如 2021-06-18"))
            error = QLabel()
            error.setProperty("role", "error")
            error.hide()
            cell = QVBoxLayout()
            cell.setSpacing(2)
            cell.addWidget(widget)
            cell.addWidget(error)
            form.addRow(
                ("*" if f.required else "")
                + translate("StationTab", "{label}：").format(label=tr_field(f.label)),
                cell,
            )
            self.inputs[f.name], self.errors[f.name] = widget, error
        # the role (工作站 / 汇总) is chosen at `init --role` and shown, not edited here: it names what the
        # database is for and changes no record; an administrator changes it with `station role`
        self.role = QLabel()
        self.role.setObjectName("station_role")
        role_hint = QLabel(translate("StationTab", "建立数据库时选定（station-app init --role）。如确需更改，"
                                     "请管理员在命令行运行 station-app station role county 或 station。"))
        role_hint.setProperty("role", "hint")
        role_hint.setWordWrap(True)
        cell = QVBoxLayout()
        cell.setSpacing(2)
        cell.addWidget(self.role)
        cell.addWidget(role_hint)
        form.addRow(translate("StationTab", "角色："), cell)
        buttons = save_row(self, translate("StationTab", "保存"))
        layout = QVBoxLayout(self)
        layout.addWidget(read_only_note())
        layout.addLayout(form)
        layout.addLayout(buttons)
        layout.addStretch(1)
        self.guard = UnsavedGuard(self)

    def reload(self) -> None:
        from station_app.services import stations
        from station_app.ui.widgets.origin_banner import role_label

        count = len(stations.registered_stations())
        self.role.setText(role_label() + (translate("StationTab", "（已登记 {n} 个工作站）").format(n=count)
                                          if count else ""))
        row = settings.station()
        for f in self.kind.fields:
            value = getattr(row, f.name) if row else None
            text = value.isoformat() if isinstance(value, dt.date) else ("" if value is None else str(value))
            widget = self.inputs[f.name]
            if isinstance(widget, QComboBox):
                widget.setCurrentText(text or widget.itemText(1))
            elif isinstance(widget, QPlainTextEdit):
                widget.setPlainText(text)
            else:
                widget.setText(text)
            widget.setEnabled(can_admin())
        self.save_button.setEnabled(can_admin())
        self._clear_errors()
        self.mark_clean()

    def snapshot(self) -> tuple:
        return tuple(self.values().items())

    def values(self) -> dict:
        out = {}
        for name, widget in self.inputs.items():
            if isinstance(widget, QComboBox):
                out[name] = widget.currentText()
            elif isinstance(widget, QPlainTextEdit):
                out[name] = widget.toPlainText()
            else:
                out[name] = widget.text()
        return out

    def _clear_errors(self) -> None:
        for label in self.errors.values():
            label.hide()

    def save(self) -> bool:
        self._clear_errors()
        try:
            settings.save_station(self.values())
        except ValidationError as exc:
            for field, message in exc.by_field().items():
                if field in self.errors:
                    self.errors[field].setText(message)
                    self.errors[field].show()
            self.saved_note.setText(translate("StationTab", "有内容需要修改，见红字提示；尚未保存。"))
            return False
        except Exception as exc:  # permission, disk full, locked: say so and keep the input
            if not is_known(exc):
                raise
            QMessageBox.warning(self, translate("StationTab", "保存失败"), message_of(exc))
            return False
        self.saved_note.setText(translate("StationTab", "已保存。"))
        self.mark_clean()
        update_title = getattr(self.window(), "update_title", None)
        if callable(update_title):  # the title bar names the station
            update_title()
        return True
