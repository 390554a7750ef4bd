"""The demo year as a county inspector reads it: every dossier of the inspection package, by its PDF text."""

from __future__ import annotations

import datetime as dt
import io
import re
import zipfile
from collections import Counter

from pypdf import PdfReader

from station_app.outputs.package import UNARCHIVED_FOLDER, build_package
from station_app.services import demo, dossier
from station_app.store.models import Dispute, Station

TODAY = dt.date(2026, 12, 3)
FILED = "03_人民调解卷宗/"
STAMP = re.compile(r"第 (\d+) 页 共 (\d+) 页")
FAILED = ("调解不成功", "终止调解", "转诉讼", "转其他部门")


def _pages(zf, name):
    return [p.extract_text() for p in PdfReader(io.BytesIO(zf.read(name))).pages]


def _check(pages: list[str], case: Dispute, org: str) -> str:
    """Assert what the inspector checks on one dossier; returns the kind of agreement it holds."""
    text = "\n".join(pages)
    cover = pages[0]
    assert cover.startswith(org), case.case_no
    result = re.search(r"调解结果\n(.+)\n", cover).group(1).strip()
    assert result.startswith(case.result or "调解中"), (case.case_no, result)
    for line in text.splitlines():  # every seal line names the 人民调解组织
        if "（印章）" in line:
            assert org in line, (case.case_no, line)
    assert "按约定前履行完毕" not in text
    sessions = [p for p in pages if p.startswith("人民调解记录")]
    if case.result:
        assert "双方同意继续协商" not in sessions[-1], case.case_no
    totals = {int(m.group(2)) for p in pages for m in [STAMP.search(p)]}
    assert len(totals) == 1, case.case_no
    assert re.search(rf"本卷共 \d+ 件 {totals.pop()} 页", pages[-1]), case.case_no
    kind = "open"
    if case.result == "调解成功":
        copies = [p for p in pages if p.startswith("人民调解协议书")]
        if case.agreement_form == "书面":
            kind = "written"
            n = int(re.search(r"一式 (\d+) 份", copies[0]).group(1))
            assert n == len(copies) == case.parties.count() + 1, case.case_no
            for copy in copies:
                for label in (f"编号：{case.agreement_no}", "履行方式", "履行地点", "履行期限", "协议日期：",
                              "记录人", org):
                    assert label in copy, (case.case_no, label)
        else:
            kind = "oral"
            [form] = [p for p in pages if p.startswith("人民调解口头协议登记表")]
            assert org in form, case.case_no
            for label in ("履行方式", "履行地点", "履行期限"):  # each filled in, not a blank cell
                value = re.search(rf"{label}\n(.+)\n", form).group(1).strip()
                assert value and value not in ("履行方式", "履行地点", "履行期限", "人民调解员"), (case.case_no, label)
    elif case.result in FAILED:
        kind = "failed"
        assert "原因：" in sessions[-1] and "仲裁" in sessions[-1] and "司法" in sessions[-1], case.case_no
    return kind


def test_every_demo_dossier_states_its_result_and_names_the_organisation(db, tmp_path):
    demo.generate(2026, seed=1, today=TODAY)
    org = Station.get().mediation_org
    assert org.endswith("人民调解委员会")
    result = build_package(dt.date(2026, 1, 1), dt.date(2026, 12, 31), tmp_path / "p.zip", workers=2, today=TODAY)
    cases = {d.case_no: d for d in Dispute.select().where(Dispute.accepted_on.year == 2026)}
    kinds, filed, apart = Counter(), [], []
    with zipfile.ZipFile(result.path) as zf:
        for name in zf.namelist():
            if not name.endswith(".pdf") or not name.startswith((FILED, UNARCHIVED_FOLDER + "/")):
                continue
            pages = _pages(zf, name)
            case = cases[re.search(r"案件编号\n(\S+)", pages[0]).group(1)]
            kinds[_check(pages, case, org)] += 1
            (filed if name.startswith(FILED) else apart).append(case)
    assert len(filed) + len(apart) == len(cases) == 56
    assert {"written", "oral", "failed", "open"} <= set(kinds)
    # the 卷宗 folder holds archived cases the rules accept; every other case is apart and counted
    problems = dossier.archive_problems_by_case([c.id for c in filed], today=TODAY)
    assert all(c.archive_status == "已归档" and not problems[c.id] for c in filed)
    assert all(c.archive_status != "已归档" for c in apart) and result.unarchived == len(apart) > 0
    assert not any(c.result == "" or c.result is None for c in filed)  # no open case among the archived
