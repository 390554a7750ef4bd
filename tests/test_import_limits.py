"""Bounded, honest imports: files past the limits are refused before any row is read; numbers that are
not numbers, formulas without a value and long cells are reported per row and column like any bad value."""

from __future__ import annotations

import datetime as dt

import pytest

from station_app.outputs.ledgers import import_ledger
from station_app.outputs.ledgers.reader import ImportFileError
from station_app.services import normalize as N
from station_app.store.models import Visit
from tests import xlsx_bombs as bombs


@pytest.fixture
def members(db):
    from station_app.services import records

    records.create("member", {"name": "张建国", "sector": "农业界"})


@pytest.mark.parametrize("make, words", [
    (bombs.merged_columns, "合并单元格"),
    (bombs.far_cell, "XFD4"),
    (lambda p: bombs.many_rows(p, 150_000), "100,000 行"),
    (bombs.huge_text, "32767 个字符"),
    (bombs.huge_shared_string, "共享文字表"),
])
def test_files_past_a_limit_are_refused_naming_it(db, tmp_path, make, words):
    path = make(tmp_path / "bomb.xlsx")
    with pytest.raises(ImportFileError) as info:
        import_ledger("visits", path)
    assert words in str(info.value) and "不能导入" in str(info.value)
    assert len(str(info.value)) < 300
    assert Visit.select().count() == 0


def test_a_file_within_the_limits_still_imports(db, tmp_path):
    path = bombs.base(tmp_path / "ok.xlsx")
    report = import_ledger("visits", path)
    assert report.ok, report.text()
    assert Visit.get().visitor_name == "陈一"


@pytest.mark.parametrize("element, reason", [
    ('<c r="C3"><v>NaN</v></c>', "应为整数"),
    ('<c r="C3"><v>1e400</v></c>', "应为整数"),
    ('<c r="C3" t="inlineStr"><is><t>999999999999999999999</t></is></c>', "数值过大"),
    ('<c r="C3"><f>1+4</f></c>', "没有计算结果的公式"),
    ('<c r="A3" t="inlineStr"><is><t>2026-3-5 25:00</t></is></c>', "时间不存在"),
])
def test_values_that_are_not_what_they_seem_are_reported_per_cell(db, tmp_path, element, reason):
    path = bombs.cell_value(tmp_path / "bad.xlsx", element.split('"')[1], element)
    report = import_ledger("visits", path)
    assert not report.ok and Visit.select().count() == 0
    [problem] = report.problems
    assert problem.row == 3 and problem.column == element.split('"')[1][0] and reason in problem.reason
    assert "Traceback" not in report.text()


def test_a_long_bad_value_is_quoted_by_its_first_fifty_characters(db, tmp_path):
    long = "１" * 30 + "二" * 5000
    path = bombs.cell_value(tmp_path / "long.xlsx", "C3", f'<c r="C3" t="inlineStr"><is><t>{long}</t></is></c>')
    report = import_ledger("visits", path)
    text = report.text()
    assert "应为整数" in text and len(text) < 600 and "二" * 60 not in text


@pytest.mark.parametrize("value", ["١١٠١٠٥١٩٤٩١٢٣١٠٠٢٤", "११०१०५१९४९१२३१००२४"])
def test_id_numbers_in_other_scripts_digits_are_refused(value):
    with pytest.raises(N.ParseError, match="0–9"):
        N.normalize_id_number(value)


def test_full_width_digits_still_fold_to_ascii():
    assert N.normalize_id_number("１１０１０５１９４９１２３１００２Ｘ") == "11010519491231002X"
    assert N.normalize_phone("１３９１２３４５６７８") == "13912345678"


@pytest.mark.parametrize("text", ["2026-3-5 25:00", "2026-03-05 10:61", "2026-03-05T08:30:75"])
def test_dates_with_impossible_clock_times_are_refused(text):
    with pytest.raises(N.ParseError, match="时间不存在"):
        N.parse_date(text)


def test_real_clock_times_after_a_date_are_accepted():
    assert N.parse_date("2026-3-5 23:59") == dt.date(2026, 3, 5)


@pytest.mark.parametrize("value", ["NaN", "Infinity", "-inf", "1e400", float("nan"), float("inf")])
def test_amounts_that_are_not_finite_are_refused(value):
    with pytest.raises(N.ParseError):
        N.parse_amount(value)


def test_huge_counts_are_refused_not_overflowing_the_database():
    with pytest.raises(N.ParseError, match="数值过大"):
        N.parse_int("999999999999999999999")
    with pytest.raises(N.ParseError):
        N.parse_int(float("nan"))
