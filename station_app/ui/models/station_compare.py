"""Table models of the 工作站对比 page: stations × figures, and the members of all stations ranked.

Each column declares its header, how its value reads and the value it sorts by (Qt.UserRole), so a
QSortFilterProxyModel sorts numbers as numbers and dates as dates.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QAbstractTableModel, QModelIndex, Qt

from station_app.ui.i18n import translate

N = "StationCompare"
SORT_ROLE = Qt.UserRole
_ROOT = QModelIndex()


def _pct(x: float) -> str:
    return f"{x * 100:.1f}%"


@dataclass(frozen=True)
class Col:
    key: str
    header: str  # marked for translation in context StationCompare
    text: Callable
    sort: Callable
    numeric: bool = True
    chart: bool = False  # offered as the chart's figure
    percent: bool = False


def _attr(name):
    return lambda r: getattr(r, name)


STATION_COLUMNS = (
    Col("name", QT_TRANSLATE_NOOP("StationCompare", "工作站"), _attr("name"), _attr("name"), numeric=False),
    Col("people", QT_TRANSLATE_NOOP("StationCompare", "接待人次"), _attr("people"), _attr("people"), chart=True),
    Col("visits", QT_TRANSLATE_NOOP("StationCompare", "来访登记"), _attr("visits"), _attr("visits")),
    Col("disputes", QT_TRANSLATE_NOOP("StationCompare", "纠纷件数"), _attr("disputes"), _attr("disputes"), chart=True),
    Col("success_rate", QT_TRANSLATE_NOOP("StationCompare", "调解成功率"),
        lambda r: f"{_pct(r.success_rate)}（{r.succeeded}）", _attr("success_rate"), chart=True, percent=True),
    Col("activities", QT_TRANSLATE_NOOP("StationCompare", "活动场次"), _attr("activities"), _attr("activities"),
        chart=True),
    Col("conversion_rate", QT_TRANSLATE_NOOP("StationCompare", "议题转化率"),
        lambda r: f"{_pct(r.conversion_rate)}（{r.topics_converted}/{r.topics_concluded}）", _attr("conversion_rate"),
        chart=True, percent=True),
    Col("opinions", QT_TRANSLATE_NOOP("StationCompare", "社情民意"),
        lambda r: translate("StationCompare", "{n}（采用 {adopted}）").format(n=r.opinions, adopted=r.opinions_adopted),
        _attr("opinions"), chart=True),
    Col("quota_rate", QT_TRANSLATE_NOOP("StationCompare", "指标达成"),
        lambda r: f"{_pct(r.quota_rate)}（{r.members_met}/{r.members}）", _attr("quota_rate"), chart=True,
        percent=True),
    Col("last_package_at", QT_TRANSLATE_NOOP("StationCompare", "最近上报包"),
        lambda r: r.last_package_at.strftime("%Y-%m-%d") if r.last_package_at else
        (translate("StationCompare", "本站") if r.own else translate("StationCompare", "未收到")),
        lambda r: r.last_package_at.isoformat() if r.last_package_at else "", numeric=False),
    Col("last_seq", QT_TRANSLATE_NOOP("StationCompare", "上报包序号"),
        lambda r: translate("StationCompare", "第 {n} 号").format(n=r.last_seq) if r.last_seq else "—",
        _attr("last_seq")),
)

MEMBER_COLUMNS = (
    Col("rank", QT_TRANSLATE_NOOP("StationCompare", "排名"), _attr("rank"), _attr("rank")),
    Col("name", QT_TRANSLATE_NOOP("StationCompare", "姓名"), _attr("name"), _attr("name"), numeric=False),
    Col("station", QT_TRANSLATE_NOOP("StationCompare", "工作站"), _attr("station"), _attr("station"), numeric=False),
    Col("sector", QT_TRANSLATE_NOOP("StationCompare", "界别"), _attr("sector"), _attr("sector"), numeric=False),
    Col("points", QT_TRANSLATE_NOOP("StationCompare", "积分"), lambda r: f"{r.points:g}", _attr("points")),
    Col("people_contacted", QT_TRANSLATE_NOOP("StationCompare", "联系群众"), _attr("people_contacted"),
        _attr("people_contacted")),
    Col("mediations", QT_TRANSLATE_NOOP("StationCompare", "调解"), _attr("mediations"), _attr("mediations")),
    Col("activities", QT_TRANSLATE_NOOP("StationCompare", "活动"), _attr("activities"), _attr("activities")),
    Col("below_quota", QT_TRANSLATE_NOOP("StationCompare", "履职指标"),
        lambda r: "；".join(r.below_quota) if r.below_quota else translate("StationCompare", "达标"),
        lambda r: len(r.below_quota), numeric=False),
)


class RowsModel(QAbstractTableModel):
    """Rows (dataclasses) shown through *columns*; set_rows replaces them all."""

    def __init__(self, columns, parent=None):
        super().__init__(parent)
        self.columns = columns
        self.rows: list = []

    def set_rows(self, rows) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent=_ROOT) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=_ROOT) -> int:
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section, orientation, role=Qt.DisplayRole):
        if orientation == Qt.Horizontal and role == Qt.DisplayRole and 0 <= section < len(self.columns):
            return translate(N, self.columns[section].header)
        return None

    def data(self, index, role=Qt.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        col, row = self.columns[index.column()], self.rows[index.row()]
        if role == Qt.DisplayRole:
            value = col.text(row)
            return value if isinstance(value, str) else str(value)
        if role == SORT_ROLE:
            return col.sort(row)
        if role == Qt.TextAlignmentRole:
            return int((Qt.AlignRight if col.numeric else Qt.AlignLeft) | Qt.AlignVCenter)
        if role == Qt.ForegroundRole and col.key == "below_quota" and row.below_quota:
            from PySide6.QtGui import QColor

            return QColor("#c0392b")
        return None
