"""设置 — 卷宗归档: which checks archiving a mediation case makes (services.archive_rules), one box each."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QCheckBox, QGroupBox, QLabel, QVBoxLayout, QWidget

from station_app.services import archive_rules
from station_app.ui.i18n import translate
from station_app.ui.settings import attempt, can_admin, read_only_note, save_row
from station_app.ui.settings.unsaved import UnsavedEdits, UnsavedGuard

# rule key -> (check box text, explanation); the same rules as services.archive_rules.RULES
TEXTS = {
    "papers": (QT_TRANSLATE_NOOP("ArchiveRulesTab", "必备材料齐全"),
               QT_TRANSLATE_NOOP("ArchiveRulesTab", "卷内目录中的必备材料（告知书、身份证明、调解记录等）都已具备")),
    "followup": (QT_TRANSLATE_NOOP("ArchiveRulesTab", "书面协议已回访"),
                 QT_TRANSLATE_NOOP("ArchiveRulesTab", "达成书面协议的案件至少有一次回访记录")),
    "explanation": (QT_TRANSLATE_NOOP("ArchiveRulesTab", "超过一个月须有情况说明"),
                    QT_TRANSLATE_NOOP("ArchiveRulesTab",
                                      "受理至结案（或至今未结）超过一个月、调解不成功、终止调解或转诉讼的案件已填写情况说明")),
    "closed": (QT_TRANSLATE_NOOP("ArchiveRulesTab", "已结案"),
               QT_TRANSLATE_NOOP("ArchiveRulesTab", "案件已有调解结果和结案日期")),
}


class ArchiveRulesTab(UnsavedEdits, QWidget):
    title = "卷宗归档"

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.boxes: dict[str, QCheckBox] = {}
        group = QGroupBox(translate("ArchiveRulesTab",
                                    "归档前检查（未通过的案件不能归档，迎检材料中单独放在“未归档卷宗”）"))
        rows = QVBoxLayout(group)
        for key in archive_rules.RULES:
            text, why = TEXTS[key]
            box = QCheckBox(translate("ArchiveRulesTab", text))
            note = QLabel(translate("ArchiveRulesTab", why))
            note.setProperty("role", "hint")
            note.setWordWrap(True)
            note.setContentsMargins(24, 0, 0, 6)
            rows.addWidget(box)
            rows.addWidget(note)
            self.boxes[key] = box
        buttons = save_row(self, translate("ArchiveRulesTab", "保存"))
        layout = QVBoxLayout(self)
        layout.addWidget(read_only_note())
        layout.addWidget(group)
        layout.addLayout(buttons)
        layout.addStretch(1)
        self.guard = UnsavedGuard(self)

    def reload(self) -> None:
        for key, on in archive_rules.enabled().items():
            self.boxes[key].setChecked(on)
            self.boxes[key].setEnabled(can_admin())
        self.save_button.setEnabled(can_admin())
        self.mark_clean()

    def snapshot(self) -> tuple:
        return tuple((key, box.isChecked()) for key, box in self.boxes.items())

    def save(self) -> bool:
        ok, _ = attempt(self, translate("ArchiveRulesTab", "保存失败"), archive_rules.save, dict(self.snapshot()))
        if ok:
            self.saved_note.setText(translate("ArchiveRulesTab", "已保存。"))
            self.mark_clean()
        return ok
