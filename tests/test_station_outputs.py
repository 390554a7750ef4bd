"""County-wide outputs: ledgers with a 工作站 column when they cover several stations, one station's ledgers
and inspection package (`export ledger|inspection --station NAME`), read back from the files."""

from __future__ import annotations

import zipfile

from openpyxl import load_workbook

from station_app.cli import main
from station_app.outputs.ledgers.export import export_ledger, export_rows
from station_app.outputs.package import build_package
from station_app.store.db import close_database
from station_app.store.models import Dispute, Station
from tests.county_sample import TODAY, Y0, Y1, county_fixture  # noqa: F401  (the county fixture)


def _table(path, sheet=None):
    """(title, header row, data rows) of a ledger sheet (rows numbered 1, 2 … in column A)."""
    wb = load_workbook(path)
    ws = wb[sheet] if sheet else wb.active
    rows = list(ws.iter_rows(values_only=True))
    head = next(i for i, r in enumerate(rows) if r and r[0] == "序号")
    data = [r for r in rows[head + 1:] if isinstance(r[0], int)]
    return rows[0][0], list(rows[head]), data


def test_a_county_wide_ledger_names_each_rows_station(county, tmp_path):
    path = export_ledger("disputes", tmp_path / "纠纷.xlsx", start=Y0, end=Y1, today=TODAY)
    title, header, rows = _table(path)
    assert title.startswith("景泰县政协委员联络委") and header[1] == "工作站"
    stations = [r[1] for r in rows]
    assert stations.count("芦阳镇委员工作站") == 2 and stations.count("草窝滩镇委员工作站") == 3
    numbers = header.index("案件编号")
    assert sorted(r[numbers] for r in rows if r[1] == "草窝滩镇委员工作站") == [
        "〔2026〕调字第001号", "〔2026〕调字第002号", "〔2026〕调字第003号"]
    # every record ledger of the workbook leads with the column; the computed ones do not
    wb_path = export_ledger("all", tmp_path / "全年.xlsx", start=Y0, end=Y1, today=TODAY)
    for sheet, has in (("接待登记台账", True), ("委员名册", True), ("督办台账", True), ("年度工作统计汇总表", False)):
        assert (_table(wb_path, sheet)[1][1] == "工作站") is has, sheet


def test_one_stations_ledger_has_its_rows_and_name_only(county, tmp_path):
    path = export_ledger("visits", tmp_path / "接待.xlsx", start=Y0, end=Y1, today=TODAY, station=county[0])
    title, header, rows = _table(path)
    assert title == "芦阳镇委员工作站接待登记台账" and "工作站" not in header
    assert len(rows) == 3 + 2  # its reception-day visits and its 交办 visits; the other station's are not there
    summary = export_ledger("summary", tmp_path / "汇总.xlsx", start=Y0, end=Y1, today=TODAY, station=county[1])
    assert _table(summary)[0] == "草窝滩镇委员工作站年度工作统计汇总表"
    shown = [d.id for d in Dispute.select().where(Dispute.station == county[1])]
    listed = export_rows("disputes", shown, tmp_path / "所列.xlsx", station=county[1])
    assert len(_table(listed)[2]) == 3 and "工作站" not in _table(listed)[1]


def test_a_station_alone_gets_no_station_column(db, tmp_path):
    from station_app.store.org import OWN_STATION_ID
    from tests.county_sample import fill

    Station.name_own(name="芦阳镇委员工作站")
    fill(OWN_STATION_ID, 1)
    header = _table(export_ledger("disputes", tmp_path / "d.xlsx", start=Y0, end=Y1, today=TODAY))[1]
    assert "工作站" not in header


def test_inspection_package_of_one_station(county, tmp_path):
    result = build_package(Y0, Y1, tmp_path / "迎检.zip", workers=0, today=TODAY, station=county[1])
    with zipfile.ZipFile(result.path) as zf:
        names = zf.namelist()
        (tmp_path / "ledger.xlsx").write_bytes(zf.read("00_全年台账.xlsx"))
    title, header, rows = _table(tmp_path / "ledger.xlsx", "矛盾纠纷调解台账")
    assert title == "草窝滩镇委员工作站矛盾纠纷调解台账" and len(rows) == 3 and "工作站" not in header
    dossiers = [n for n in names if "卷宗" in n and n.endswith(".pdf")]
    assert len(dossiers) == 3  # this station's three cases, not the other's two
    folders = {n.split("/")[0] for n in names}
    assert not folders & {"06_月度值班表", "08_年度工作报告", "10_回音壁"}  # sheets summing every station
    assert {"01_接待日登记表", "02_来访登记处理单", "07_委员履职档案"} <= folders
    everything = build_package(Y0, Y1, tmp_path / "全县.zip", workers=0, today=TODAY)
    with zipfile.ZipFile(everything.path) as zf:
        assert len([n for n in zf.namelist() if "卷宗" in n and n.endswith(".pdf")]) == 5
        assert "06_月度值班表" in {n.split("/")[0] for n in zf.namelist()}


def test_cli_export_with_station(county, data_dir, tmp_path, capsys):
    close_database()
    base = ["--data-dir", str(data_dir.root), "export"]
    assert main([*base, "ledger", "disputes", "--year", "2026", "--station", "草窝滩", "-o",
                 str(tmp_path / "d.xlsx")]) == 0
    assert len(_table(tmp_path / "d.xlsx")[2]) == 3
    assert main([*base, "inspection", "--year", "2026", "--station", "芦阳镇委员工作站", "-o",
                 str(tmp_path / "i.zip")]) == 0
    assert "芦阳镇委员工作站的迎检材料" in capsys.readouterr().out
    assert main([*base, "inspection", "--year", "2026", "--station", "无此站", "-o", str(tmp_path / "x.zip")]) == 1
    assert "找不到工作站" in capsys.readouterr().err and not (tmp_path / "x.zip").exists()
