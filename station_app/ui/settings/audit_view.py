"""What the 操作日志 tab and the 修改记录 dialog share: a lazy entry table model and the detail pane."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QModelIndex, Qt
from PySide6.QtGui import QStandardItem
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHeaderView,
    QPlainTextEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from station_app.services import audit
from station_app.ui.i18n import tr_field, translate
from station_app.ui.models.paged import ROOT as _ROOT
from station_app.ui.models.paged import PagedTableModel
from station_app.ui.widgets.item_table import ItemTable

CONTEXT = "AuditLog"
# words services.audit hands over that are not field labels of services.fields (those go through tr_field)
WORDS = (
    QT_TRANSLATE_NOOP("AuditLog", "新建"), QT_TRANSLATE_NOOP("AuditLog", "修改"), QT_TRANSLATE_NOOP("AuditLog", "删除"),
    QT_TRANSLATE_NOOP("AuditLog", "恢复"), QT_TRANSLATE_NOOP("AuditLog", "彻底删除"),
    QT_TRANSLATE_NOOP("AuditLog", "转换"),
    QT_TRANSLATE_NOOP("AuditLog", "登录"), QT_TRANSLATE_NOOP("AuditLog", "登录失败"),
    QT_TRANSLATE_NOOP("AuditLog", "账号"),
    QT_TRANSLATE_NOOP("AuditLog", "撤销"),
    QT_TRANSLATE_NOOP("AuditLog", "导出上报包"), QT_TRANSLATE_NOOP("AuditLog", "导入上报包"),
    QT_TRANSLATE_NOOP("AuditLog", "生成上报包密钥"), QT_TRANSLATE_NOOP("AuditLog", "设定上报单位"),
    QT_TRANSLATE_NOOP("AuditLog", "账号锁定"), QT_TRANSLATE_NOOP("AuditLog", "完整导出"),
    QT_TRANSLATE_NOOP("AuditLog", "导出"),
    QT_TRANSLATE_NOOP("AuditLog", "选项"), QT_TRANSLATE_NOOP("AuditLog", "履职指标"),
    QT_TRANSLATE_NOOP("AuditLog", "积分规则"), QT_TRANSLATE_NOOP("AuditLog", "节假日"),
    QT_TRANSLATE_NOOP("AuditLog", "值班调剂"), QT_TRANSLATE_NOOP("AuditLog", "议题环节"),
    QT_TRANSLATE_NOOP("AuditLog", "议题来源来访"), QT_TRANSLATE_NOOP("AuditLog", "卷宗材料"),
    QT_TRANSLATE_NOOP("AuditLog", "附件"), QT_TRANSLATE_NOOP("AuditLog", "委员请假"),
    QT_TRANSLATE_NOOP("AuditLog", "用户名"),
    QT_TRANSLATE_NOOP("AuditLog", "密码"), QT_TRANSLATE_NOOP("AuditLog", "最近登录"),
    QT_TRANSLATE_NOOP("AuditLog", "选项类别"), QT_TRANSLATE_NOOP("AuditLog", "排序"),
    QT_TRANSLATE_NOOP("AuditLog", "代码"),
    QT_TRANSLATE_NOOP("AuditLog", "含义"), QT_TRANSLATE_NOOP("AuditLog", "统计项"),
    QT_TRANSLATE_NOOP("AuditLog", "周期"),
    QT_TRANSLATE_NOOP("AuditLog", "目标值"), QT_TRANSLATE_NOOP("AuditLog", "分值"),
    QT_TRANSLATE_NOOP("AuditLog", "上班"),
    QT_TRANSLATE_NOOP("AuditLog", "原值班委员"), QT_TRANSLATE_NOOP("AuditLog", "替班委员"),
    QT_TRANSLATE_NOOP("AuditLog", "原因"), QT_TRANSLATE_NOOP("AuditLog", "已告知联络员"),
    QT_TRANSLATE_NOOP("AuditLog", "环节"), QT_TRANSLATE_NOOP("AuditLog", "经办人"),
    QT_TRANSLATE_NOOP("AuditLog", "材料名称"),
    QT_TRANSLATE_NOOP("AuditLog", "已收到"), QT_TRANSLATE_NOOP("AuditLog", "页数"),
    QT_TRANSLATE_NOOP("AuditLog", "文件名"),
    QT_TRANSLATE_NOOP("AuditLog", "大小（字节）"), QT_TRANSLATE_NOOP("AuditLog", "说明"),
    QT_TRANSLATE_NOOP("AuditLog", "已删除"), QT_TRANSLATE_NOOP("AuditLog", "所属案件"),
    QT_TRANSLATE_NOOP("AuditLog", "所属议题"), QT_TRANSLATE_NOOP("AuditLog", "来源来访"),
    QT_TRANSLATE_NOOP("AuditLog", "到岗情况"), QT_TRANSLATE_NOOP("AuditLog", "负责人"),
    QT_TRANSLATE_NOOP("AuditLog", "转为"),
    QT_TRANSLATE_NOOP("AuditLog", "编号"), QT_TRANSLATE_NOOP("AuditLog", "是"), QT_TRANSLATE_NOOP("AuditLog", "否"),
    QT_TRANSLATE_NOOP("AuditLog", "已修改"),
    # one record here, where `fields` names the list (“Members”, “Parties”)
    QT_TRANSLATE_NOOP("AuditLog", "委员"), QT_TRANSLATE_NOOP("AuditLog", "当事人"),
    QT_TRANSLATE_NOOP("AuditLog", "工作专班"), QT_TRANSLATE_NOOP("AuditLog", "接待日规则"),
)


def tr_word(text: str) -> str:
    """A label or fixed value from services.audit in the interface language (typed data stays as it is)."""
    if not text:
        return text
    shown = translate(CONTEXT, text)
    return shown if shown != text else tr_field(text)


def change_text(change: audit.Change) -> str:
    label, new = tr_word(change.label), tr_word(change.new)
    if change.old is None:
        return translate("AuditLog", "{label}：{value}").format(label=label, value=new)
    empty = translate("AuditLog", "（空）")
    return translate("AuditLog", "{label}：{old} → {new}").format(
        label=label, old=tr_word(change.old) or empty, new=new or empty)


def record_text(entry: audit.Entry) -> str:
    kind = tr_word(entry.kind_label)
    return translate("AuditLog", "{kind}「{title}」").format(kind=kind, title=entry.title) if entry.title else kind


def summary(entry: audit.Entry) -> str:
    parts = [change_text(c) for c in entry.changes]
    if entry.note:
        parts.insert(0, entry.note)  # the service's own note (归档, 修改密码 …): stays as written
    return translate("AuditLog", "；").join(parts)


HEADERS = (QT_TRANSLATE_NOOP("AuditLog", "时间"), QT_TRANSLATE_NOOP("AuditLog", "用户"),
           QT_TRANSLATE_NOOP("AuditLog", "操作"), QT_TRANSLATE_NOOP("AuditLog", "记录"),
           QT_TRANSLATE_NOOP("AuditLog", "内容"))


class EntryModel(PagedTableModel):
    """Entries of the log matching a filter, PAGE at a time (canFetchMore/fetchMore), or a fixed list."""

    def __init__(self, parent=None, page: int = audit.PAGE):
        super().__init__(parent, page)
        self.filter = audit.LogFilter()
        self._lazy = True

    def count_rows(self) -> int:
        return audit.count(self.filter)

    def fetch_rows(self, offset: int, limit: int) -> list[audit.Entry]:
        return audit.fetch(self.filter, offset, limit)

    def lazy(self) -> bool:
        return self._lazy

    def set_filter(self, flt: audit.LogFilter) -> None:
        self.filter, self._lazy = flt, True
        self.reload()

    def set_entries(self, entries: list[audit.Entry]) -> None:
        self.beginResetModel()
        self._rows, self._total, self._lazy = list(entries), len(entries), False
        self.endResetModel()
        self.count_changed.emit(self._total)

    def entry(self, row: int) -> audit.Entry | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def columnCount(self, parent=_ROOT) -> int:
        return 0 if parent.isValid() else len(HEADERS)

    def headerData(self, section, orientation, role=Qt.DisplayRole):
        if orientation == Qt.Horizontal and role == Qt.DisplayRole and 0 <= section < len(HEADERS):
            return translate("AuditLog", HEADERS[section])
        return None

    def data(self, index: QModelIndex, role=Qt.DisplayRole):
        entry = self.entry(index.row()) if index.isValid() else None
        if entry is None or int(role) not in (int(Qt.DisplayRole), int(Qt.ToolTipRole)):
            return None
        column = index.column()
        if column == 0:
            return entry.at.strftime("%Y-%m-%d %H:%M:%S")
        if column == 1:
            return entry.username
        if column == 2:
            return tr_word(entry.action_label)
        if column == 3:
            return record_text(entry)
        text = summary(entry)
        return text if int(role) == int(Qt.ToolTipRole) or len(text) <= 80 else text[:80] + "…"


def entry_view(model: EntryModel, widths: tuple[int, ...]) -> QTableView:
    """The entries' table: one row selected at a time, the last column (the changes) stretched."""
    view = QTableView()
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectRows)
    view.setSelectionMode(QAbstractItemView.SingleSelection)
    view.verticalHeader().hide()
    view.setWordWrap(False)
    header = view.horizontalHeader()
    for col, width in enumerate(widths):
        header.resizeSection(col, width)
    header.setSectionResizeMode(len(HEADERS) - 1, QHeaderView.Stretch)
    return view


class EntryDetail(QWidget):
    """The selected entry: who, when, what, and its fields as 字段 / 原值 / 新值."""

    def __init__(self, parent=None):
        super().__init__(parent)
        # who / when / which record: the station's data, in a read-only text box (selectable, not a label)
        self.heading = QPlainTextEdit(readOnly=True)
        self.heading.setFrameShape(QFrame.NoFrame)
        self.heading.setStyleSheet("QPlainTextEdit { background: transparent; }")
        self.heading.setVerticalScrollBarPolicy(Qt.ScrollBarAsNeeded)
        self.heading.setFixedHeight(self.heading.fontMetrics().lineSpacing() * 3 + 10)
        self.table = ItemTable([translate("AuditLog", "字段"), translate("AuditLog", "原值"),
                                translate("AuditLog", "新值")])
        self.model = self.table.model_
        self.table.setWordWrap(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.Stretch)
        header.setSectionResizeMode(2, QHeaderView.Stretch)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addWidget(self.table)
        self.show_entry(None)

    def show_entry(self, entry: audit.Entry | None) -> None:
        if entry is None:
            self.heading.setPlainText(translate("AuditLog", "选择一条记录查看修改内容。"))
            self.model.setRowCount(0)
            return
        line = translate("AuditLog", "{at}　{user}　{action}　{record}").format(
            at=entry.at.strftime("%Y-%m-%d %H:%M:%S"), user=entry.username or "—",
            action=tr_word(entry.action_label), record=record_text(entry))
        if entry.note:
            line += "\n" + translate("AuditLog", "说明：{note}").format(note=entry.note)
        if not entry.changes:
            line += "\n" + translate("AuditLog", "（没有字段内容变化）")
        self.heading.setPlainText(line)
        values_only = all(c.old is None for c in entry.changes)  # a new or removed record: its values, no "before"
        self.table.setColumnHidden(1, values_only)
        self.model.horizontalHeaderItem(2).setText(
            translate("AuditLog", "值") if values_only else translate("AuditLog", "新值"))
        self.model.setRowCount(len(entry.changes))
        for row, change in enumerate(entry.changes):
            old = "" if change.old is None else (tr_word(change.old) or translate("AuditLog", "（空）"))
            new = tr_word(change.new) or translate("AuditLog", "（空）")
            for col, text in enumerate((tr_word(change.label), old, new)):
                item = QStandardItem(text)
                item.setToolTip(text if len(text) > 30 else "")
                self.model.setItem(row, col, item)
        self.table.resizeRowsToContents()
