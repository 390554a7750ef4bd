"""Validators and parsers: phones, ID numbers (GB 11643), dates in every accepted form, amounts, lengths, order."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from station_app.services import normalize as N
from station_app.services.errors import ValidationError
from station_app.services.fields import kind_of
from station_app.services.validation import validate

FULL = str.maketrans("0123456789", "０１２３４５６７８９")
dates = st.dates(min_value=dt.date(1950, 1, 1), max_value=dt.date(2099, 12, 31))


def full_width(text: str) -> str:
    return text.translate(FULL)


# ---------- dates ----------

def spellings(d: dt.date) -> list[str]:
    return [
        d.isoformat(), f"{d.year}/{d.month}/{d.day}", f"{d.year}.{d.month}.{d.day}", f"{d:%Y/%m/%d}",
        f"{d.year}年{d.month}月{d.day}日", f"{d.year} 年 {d.month} 月 {d.day} 日", f"{d:%Y%m%d}",
        f"{d.isoformat()}T08:30:00", f"{d.isoformat()} 09:30", f"{d.year}-{d.month}-{d.day} 9:30",
        f"{d.year}/{d.month}/{d.day} 14:05:09", f"  {d.isoformat()}\u3000",
    ]


@given(dates)
def test_every_accepted_date_spelling_parses_to_the_same_day(d):
    for text in spellings(d):
        assert N.parse_date(text) == d, text
        assert N.parse_date(full_width(text)) == d, full_width(text)
    assert N.parse_date(d) == d
    assert N.parse_date(dt.datetime.combine(d, dt.time(10, 30))) == d
    assert N.parse_date((d - dt.date(1899, 12, 30)).days) == d  # Excel serial
    assert N.parse_date(float((d - dt.date(1899, 12, 30)).days)) == d


def test_month_only_means_the_first_day():
    assert N.parse_date("2026年3月") == dt.date(2026, 3, 1)
    assert N.parse_date("２０２６-０３") == dt.date(2026, 3, 1)


@pytest.mark.parametrize("text", ["2026-02-30", "2026年13月1日", "20261301", "2025/2/29"])
def test_impossible_dates_are_refused(text):
    with pytest.raises(N.ParseError, match="不存在"):
        N.parse_date(text)


@pytest.mark.parametrize("text", ["下周三", "abc", "2026-03-05-07"])
def test_unreadable_dates_are_refused_in_chinese(text):
    with pytest.raises(N.ParseError):
        N.parse_date(text)


def test_empty_dates_are_none():
    assert N.parse_date("") is None and N.parse_date(None) is None and N.parse_date("   ") is None


# ---------- phones ----------

mobiles = st.from_regex(r"\A1[3-9][0-9]{9}\Z")


@given(mobiles)
def test_mobile_numbers_in_any_spelling(number):
    canonical = N.normalize_phone(number)
    assert canonical == number
    spaced = f"{number[:3]} {number[3:7]} {number[7:]}"
    dashed = f"{number[:3]}-{number[3:7]}-{number[7:]}"
    for text in (spaced, dashed, "+86" + number, "86-" + number, full_width(number), f" {number} "):
        assert N.normalize_phone(text) == number, text
    assert N.mask_phone(number) == number[:3] + "****" + number[-4:]


@given(st.from_regex(r"\A0[1-9][0-9]{1,2}-[1-9][0-9]{6,7}\Z"))
def test_landlines_keep_their_area_code(number):
    assert N.normalize_phone(number) == number
    assert N.normalize_phone(full_width(number).replace("-", "－")) == number
    assert N.mask_phone(number).endswith(number[-4:]) and "****" in N.mask_phone(number)


@pytest.mark.parametrize("text", ["12345", "1381234567", "23812345678", "138123456789", "电话", "138-abcd-5678"])
def test_bad_phones_are_refused(text):
    with pytest.raises(N.ParseError, match="手机号|固定电话"):
        N.normalize_phone(text)


# ---------- resident ID numbers (GB 11643-1999) ----------

@st.composite
def id_numbers(draw):
    area = draw(st.from_regex(r"\A[1-6][0-9]{5}\Z"))
    born = draw(st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2025, 12, 31)))
    seq = draw(st.from_regex(r"\A[0-9]{3}\Z"))
    first17 = f"{area}{born:%Y%m%d}{seq}"
    return first17 + N.id_check_digit(first17)


def test_check_digit_matches_the_standard_examples():
    assert N.id_check_digit("11010519491231002") == "X"  # GB 11643 example
    assert N.id_check_digit("44052418800101001") == "4"
    assert N.normalize_id_number("11010519491231002x") == "11010519491231002X"


@given(id_numbers())
def test_valid_ids_pass_in_any_case_and_width(number):
    assert N.normalize_id_number(number) == number
    assert N.normalize_id_number(number.lower()) == number
    assert N.normalize_id_number(full_width(number)) == number
    masked = N.mask_id(number)
    assert len(masked) == 18 and masked[:3] == number[:3] and masked[-4:] == number[-4:] and "*" in masked


@given(id_numbers(), st.integers(min_value=0, max_value=10))
def test_a_wrong_check_digit_is_caught(number, k):
    wrong = "0123456789X"[k]
    if wrong == number[17]:
        return
    with pytest.raises(N.ParseError, match="校验位"):
        N.normalize_id_number(number[:17] + wrong)


@pytest.mark.parametrize("text,reason", [
    ("11010519491231002", "18位"), ("1101051949123100XX", "18位"), ("110105194902300021", "出生日期"),
])
def test_malformed_ids_name_the_reason(text, reason):
    with pytest.raises(N.ParseError, match=reason):
        N.normalize_id_number(text)


# ---------- amounts and counts ----------

@given(st.decimals(min_value=0, max_value=10**9, places=2, allow_nan=False, allow_infinity=False))
def test_non_negative_amounts_round_trip(amount):
    assert N.parse_amount(amount) == amount
    assert N.parse_amount(f"{amount:,}元") == amount
    assert N.parse_amount(full_width(str(amount))) == amount


@given(st.decimals(max_value=Decimal("-0.01"), min_value=-10**9, places=2, allow_nan=False, allow_infinity=False))
def test_negative_amounts_are_refused(amount):
    with pytest.raises(N.ParseError, match="负数"):
        N.parse_amount(amount)
    with pytest.raises(N.ParseError, match="负数"):
        N.parse_amount(str(amount))


def test_amount_spellings():
    assert N.parse_amount("1.2万") == Decimal("12000.00")
    assert N.parse_amount("¥3,500") == Decimal("3500.00")
    with pytest.raises(N.ParseError, match="金额"):
        N.parse_amount("三千元")


@given(st.integers(min_value=0, max_value=10**6), st.sampled_from(["", "人", "人次", "件", "次", "场"]))
def test_counts_accept_units_and_full_width(n, unit):
    assert N.parse_int(f"{n}{unit}") == n
    assert N.parse_int(full_width(f"{n:,}") + unit) == n


@given(st.integers(max_value=-1, min_value=-10**6))
def test_negative_counts_are_refused(n):
    with pytest.raises(N.ParseError, match="不能小于 0"):
        N.parse_int(n)
    with pytest.raises(N.ParseError, match="不能小于 0"):
        N.parse_int(str(n))


def test_fractional_counts_are_refused():
    with pytest.raises(N.ParseError, match="整数"):
        N.parse_int(2.5)
    with pytest.raises(N.ParseError, match="整数"):
        N.parse_int("两人")


# ---------- text ----------

@given(st.text(max_size=60))
def test_text_cleaning_is_idempotent(text):
    once = N.clean_text(text)
    assert N.clean_text(once) == once
    assert once == once.strip()
    lines = N.clean_multiline(text)
    assert N.clean_multiline(lines) == lines


def test_chinese_punctuation_is_kept_and_full_width_letters_fold():
    assert (N.clean_text("两户因排水沟堵塞发生争执，（已协调）：同意！")
            == "两户因排水沟堵塞发生争执，（已协调）：同意！")
    assert N.clean_text("ＡＢＣ　１２３") == "ABC 123"
    assert N.clean_multiline("第一行  \r\n第二行\r第三行") == "第一行\n第二行\n第三行"


# ---------- whole-record validation: lengths, required fields, date order ----------

def case(**values):
    data = {"accepted_on": "2026-03-05", "source": "当事人申请", "dispute_type": "邻里",
            "summary": "两户因排水沟堵塞发生争执。"}
    data.update(values)
    return data


def test_valid_dispute_is_cleaned(db):
    values = validate(kind_of("dispute"), case(amount="1.5万", people_count="3人", accepted_on="２０２６年３月５日"))
    assert values["amount"] == Decimal("15000.00") and values["people_count"] == 3
    assert values["accepted_on"] == dt.date(2026, 3, 5)


def test_every_problem_is_reported_with_its_label(db):
    with pytest.raises(ValidationError) as err:
        validate(kind_of("dispute"), case(summary="", amount="-5", people_count="-1", dispute_type="打架",
                                          location="地" * 101))
    problems = err.value.by_field()
    assert set(problems) == {"summary", "amount", "people_count", "dispute_type", "location"}
    text = str(err.value)
    assert "「简要情况」不能为空" in text and "「地点」过长（101字，最多100字）" in text
    assert "“打架”不在可选列表中" in text and "金额不能为负数" in text


@given(dates, st.integers(min_value=-400, max_value=400))
@settings(max_examples=60, deadline=None)
def test_closing_date_never_precedes_acceptance(accepted, offset):
    from station_app.services.fields import kind_of as k
    from station_app.services.validation import fixed_today

    closed = accepted + dt.timedelta(days=offset)
    data = {"accepted_on": accepted.isoformat(), "closed_on": f"{closed.year}年{closed.month}月{closed.day}日",
            "source": "当事人申请", "dispute_type": "邻里", "summary": "x"}
    kind = k("dispute")
    try:
        with fixed_today(dt.date(2100, 1, 1)):  # this test is about the order of the two dates only
            values = validate(kind, data, lookups={"dispute_type": ["邻里"], "dispute_source": ["当事人申请"]})
    except ValidationError as exc:
        assert offset < 0
        assert exc.by_field() == {"closed_on": f"不能早于受理日期（{accepted:%Y-%m-%d}）"}
    else:
        assert offset >= 0 and values["closed_on"] == closed


def test_partial_update_checks_order_against_the_saved_record(db):
    from station_app.services import disputes

    saved = disputes.create_dispute(case(), parties=[{"role": "申请人", "name": "王秀英"}])
    with pytest.raises(ValidationError, match="结案日期」不能早于受理日期"):
        validate(kind_of("dispute"), {"closed_on": "2026-03-01"}, partial=True, existing=saved)
    with pytest.raises(ValidationError, match="办理状态"):
        validate(kind_of("visit"), {"status": "已完成"}, partial=True)
