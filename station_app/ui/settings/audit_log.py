"""设置 — 操作日志: who changed what and when, filtered, newest first, with the selected entry's changes."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QT_TRANSLATE_NOOP, QDate, Qt
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from station_app.services import audit
from station_app.ui.i18n import translate
from station_app.ui.settings.audit_view import EntryDetail, EntryModel, entry_view, tr_word

TITLE = QT_TRANSLATE_NOOP("SettingsPage", "操作日志")
PERIODS = (QT_TRANSLATE_NOOP("AuditLog", "全部时间"), QT_TRANSLATE_NOOP("AuditLog", "今天"),
           QT_TRANSLATE_NOOP("AuditLog", "最近7天"), QT_TRANSLATE_NOOP("AuditLog", "最近30天"),
           QT_TRANSLATE_NOOP("AuditLog", "本年"), QT_TRANSLATE_NOOP("AuditLog", "自定义"))


def period_of(index: int, today: dt.date, start: dt.date, end: dt.date) -> tuple[dt.date | None, dt.date | None]:
    """The (start, end) of the period choice at *index* (custom: the two dates)."""
    return ((None, None), (today, today), (today - dt.timedelta(days=6), today),
            (today - dt.timedelta(days=29), today), (dt.date(today.year, 1, 1), today), (start, end))[index]


class AuditLogTab(QWidget):
    title = TITLE

    def __init__(self, parent: QWidget | None = None, today: dt.date | None = None):
        super().__init__(parent)
        self.today = today
        self.denied = QLabel(translate("AuditLog", "只有管理员和只读检查账号可以查看操作日志。"))
        self.denied.setProperty("role", "hint")
        self.period = QComboBox()
        self.period.addItems([translate("AuditLog", p) for p in PERIODS])
        self.start_edit, self.end_edit = QDateEdit(calendarPopup=True), QDateEdit(calendarPopup=True)
        for edit in (self.start_edit, self.end_edit):
            edit.setDisplayFormat("yyyy-MM-dd")
            edit.setDate(QDate.currentDate())
        self.user, self.kind, self.action = QComboBox(), QComboBox(), QComboBox()
        for combo in (self.user, self.kind, self.action):
            combo.setSizeAdjustPolicy(QComboBox.AdjustToContents)
        self.text = QLineEdit(placeholderText=translate("AuditLog", "查找内容、用户或说明…"))
        self.text.setClearButtonEnabled(True)
        self.search_button = QPushButton(translate("AuditLog", "查询"))
        bar, find = QHBoxLayout(), QHBoxLayout()  # two rows: the longer English labels fit
        for w in (QLabel(translate("AuditLog", "时间：")), self.period, self.start_edit, QLabel("–"), self.end_edit,
                  QLabel(translate("AuditLog", "用户：")), self.user, QLabel(translate("AuditLog", "类别：")),
                  self.kind, QLabel(translate("AuditLog", "操作：")), self.action):
            bar.addWidget(w)
        bar.addStretch(1)
        find.addWidget(self.text, 1)
        find.addWidget(self.search_button)
        self.count_label = QLabel()
        self.chain_label = QLabel()
        self.chain_label.setWordWrap(True)
        self.verify_button = QPushButton(translate("AuditLog", "校验日志完整性"))
        self.verify_button.setToolTip(translate(
            "AuditLog", "逐条核对操作日志的校验链，发现被删除、改动或截短的记录"))
        self.verify_button.clicked.connect(self.verify)
        self.model = EntryModel(self)
        self.model.count_changed.connect(self._counted)
        self.view = entry_view(self.model, (150, 90, 80, 260))
        self.view.selectionModel().currentRowChanged.connect(lambda cur, _prev: self._show(cur.row()))
        self.detail = EntryDetail()
        split = QSplitter(Qt.Vertical)
        split.addWidget(self.view)
        split.addWidget(self.detail)
        split.setSizes([330, 270])  # the detail shows a few changed fields without dragging
        self.body = QWidget()
        inner = QVBoxLayout(self.body)
        inner.setContentsMargins(0, 0, 0, 0)
        inner.addLayout(bar)
        inner.addLayout(find)
        inner.addWidget(split, 1)
        inner.addWidget(self.count_label)
        status = QHBoxLayout()  # a row of its own: a broken-chain message is long
        status.addWidget(self.chain_label, 1)
        status.addWidget(self.verify_button)
        inner.addLayout(status)
        layout = QVBoxLayout(self)
        layout.addWidget(self.denied)
        layout.addWidget(self.body, 1)
        self._filled = False
        self.period.currentIndexChanged.connect(self._period_changed)
        for combo in (self.user, self.kind, self.action):
            combo.currentIndexChanged.connect(self.apply)
        for edit in (self.start_edit, self.end_edit):
            edit.dateChanged.connect(self.apply)
        self.text.returnPressed.connect(self.apply)
        self.search_button.clicked.connect(self.apply)
        self._period_changed()

    # ---- filter ----
    def _fill_choices(self) -> None:
        """The users and record kinds the log holds, and the actions; keeps what was chosen."""
        self._filled = False
        for combo, items in (
                (self.user, [(translate("AuditLog", "全部用户"), "")] + [(u, u) for u in audit.users()]),
                (self.kind, [(translate("AuditLog", "全部类别"), "")]
                 + [(tr_word(label), table) for table, label in audit.kinds()]),
                (self.action, [(translate("AuditLog", "全部操作"), "")]
                 + [(tr_word(label), key) for key, label in audit.ACTIONS.items()])):
            chosen = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            for text, value in items:
                combo.addItem(text, value)
            combo.setCurrentIndex(max(0, combo.findData(chosen)))
            combo.blockSignals(False)
        self.body.layout().activate()  # the combos' new widths now, not at the next event loop turn
        self._filled = True

    def _period_changed(self) -> None:
        custom = self.period.currentIndex() == len(PERIODS) - 1
        self.start_edit.setEnabled(custom)
        self.end_edit.setEnabled(custom)
        self.apply()

    def current_filter(self) -> audit.LogFilter:
        start, end = period_of(self.period.currentIndex(), self.today or dt.date.today(),
                               self.start_edit.date().toPython(), self.end_edit.date().toPython())
        return audit.LogFilter(start=start, end=end, username=self.user.currentData() or "",
                               kind=self.kind.currentData() or "", action=self.action.currentData() or "",
                               text=self.text.text().strip())

    def apply(self) -> None:
        if not self._filled or not audit.can_read_log():
            return
        flt = self.current_filter()
        if flt.start and flt.end and flt.end < flt.start:
            self.count_label.setText(translate("AuditLog", "截止日期早于起始日期"))
            return
        QApplication.setOverrideCursor(Qt.WaitCursor)  # a text search reads every row: ~2 s on a 500k-row log
        try:
            self.model.set_filter(flt)
        finally:
            QApplication.restoreOverrideCursor()
        self.detail.show_entry(None)
        if self.model.rowCount():
            self.view.selectRow(0)

    def verify(self) -> None:
        """Walk the log's hash chain (a few seconds on a county log) and say whether it is whole."""
        QApplication.setOverrideCursor(Qt.WaitCursor)
        try:
            report = audit.verify_chain()
        finally:
            QApplication.restoreOverrideCursor()
        if report.ok:
            self.chain_label.setText(translate("AuditLog", "日志完整：{n} 条记录的校验链无误。").format(n=report.count))
            self.chain_label.setProperty("role", "hint")
        else:
            self.chain_label.setText(report.problem)  # the service's Chinese text names the entry
            self.chain_label.setProperty("role", "error")
        self.chain_label.style().unpolish(self.chain_label)
        self.chain_label.style().polish(self.chain_label)

    def _counted(self, total: int) -> None:
        self.count_label.setText(translate("AuditLog", "共 {n} 条操作记录").format(n=total))

    def _show(self, row: int) -> None:
        self.detail.show_entry(self.model.entry(row))

    # ---- settings tab interface ----
    def refresh(self) -> None:
        allowed = audit.can_read_log()
        self.denied.setVisible(not allowed)
        self.body.setVisible(allowed)
        if allowed:
            self._fill_choices()
            self.apply()
