"""Holiday calendar: packaged official data, unknown years, user overrides that always win."""

from __future__ import annotations

import datetime as dt

import pytest

from station_app.services import context, holidays
from station_app.services.errors import PermissionDenied, ValidationError
from station_app.store.models import AuditLog, HolidayOverride

D = dt.date


def test_official_national_day_and_adjusted_workday(db):
    assert holidays.year_has_official_data(2026)
    for day in range(1, 8):
        assert not holidays.is_workday(D(2026, 10, day))
    assert holidays.is_workday(D(2026, 10, 8))
    assert holidays.is_workday(D(2026, 10, 10))  # Saturday, 调休上班
    info = holidays.day_info(D(2026, 10, 1))
    assert info.name == "国庆节" and info.source == "官方" and info.is_holiday
    assert holidays.day_info(D(2026, 10, 10)).name == "国庆节调休上班"
    assert not holidays.day_info(D(2026, 10, 17)).is_holiday  # an ordinary Saturday
    assert holidays.warnings_for(D(2026, 1, 1), D(2026, 12, 31)) == []


def test_unknown_year_falls_back_to_weekends_with_a_warning(db):
    assert not holidays.year_has_official_data(2027)
    assert holidays.is_workday(D(2027, 1, 1))  # a Friday: unknown, so counted as a workday
    assert not holidays.is_workday(D(2027, 1, 2))
    assert holidays.day_info(D(2027, 1, 4)).source == "按周末推算"
    warnings = holidays.warnings_for(D(2026, 12, 1), D(2028, 1, 31))
    assert warnings == [
        "2027年尚无官方节假日安排，已按周末计算，请在“设置—节假日”中录入",
        "2028年尚无官方节假日安排，已按周末计算，请在“设置—节假日”中录入",
    ]


def test_override_beats_the_package_and_is_audited(db):
    holidays.set_override(D(2026, 10, 8), False, "国庆延长")
    holidays.set_override("2026-10-04", True, "临时上班")
    assert not holidays.is_workday(D(2026, 10, 8))
    assert holidays.is_workday(D(2026, 10, 4))
    assert holidays.day_info(D(2026, 10, 8)).source == "自定义"
    assert [o.date for o in holidays.overrides(2026)] == [D(2026, 10, 4), D(2026, 10, 8)]
    assert AuditLog.select().where(AuditLog.table == "holiday_override").count() == 2

    # changing an entry updates it; removing it brings the official calendar back
    holidays.set_override(D(2026, 10, 8), True, "改为上班")
    assert HolidayOverride.select().count() == 2
    assert holidays.remove_override(D(2026, 10, 4))
    assert not holidays.is_workday(D(2026, 10, 4))
    assert not holidays.remove_override(D(2026, 10, 4))
    # re-adding a removed date revives the row (the date is unique)
    holidays.set_override(D(2026, 10, 4), True, "再次上班")
    assert holidays.is_workday(D(2026, 10, 4))


def test_overrides_silence_the_unknown_year_warning(db):
    holidays.set_override(D(2027, 1, 1), False, "元旦")
    assert not holidays.is_workday(D(2027, 1, 1))
    assert holidays.warnings_for(D(2027, 1, 1), D(2027, 3, 1)) == []


def test_import_overrides_checks_every_row_first(db):
    rows = [("2027-01-01", "放假", "元旦"), ("2027/2/6", "上班", "春节调休"), ("2027年2月8日", False, "春节")]
    assert holidays.import_overrides(rows) == 3
    assert holidays.is_workday(D(2027, 2, 6))
    assert not holidays.is_workday(D(2027, 2, 8))
    with pytest.raises(ValidationError) as err:
        holidays.import_overrides([("2027-05-01", "放假", "劳动节"), ("2027-13-01", "放假", ""),
                                   ("2027-05-03", "也许", "")])
    assert "第2行" in err.value.message and "第3行" in err.value.message and "也许" in err.value.message
    assert holidays.is_workday(D(2027, 5, 3)) and D(2027, 5, 1) not in {o.date for o in holidays.overrides()}


def test_special_days_lists_holidays_and_adjusted_workdays(db):
    holidays.set_override(D(2026, 12, 24), False, "站内休息")
    days = {d.date: d for d in holidays.special_days(2026)}
    assert days[D(2026, 10, 1)].name == "国庆节"
    assert days[D(2026, 10, 10)].is_workday
    assert days[D(2026, 12, 24)].source == "自定义"
    assert D(2026, 10, 17) not in days


def test_read_only_account_cannot_change_the_calendar(db):
    with context.acting_as("inspector", "只读检查"):
        with pytest.raises(PermissionDenied):
            holidays.set_override(D(2026, 10, 8), False)
        with pytest.raises(PermissionDenied):
            holidays.import_overrides([("2027-01-01", "放假", "元旦")])
    assert holidays.overrides() == []
