"""Parsing and checking of user-typed values: dates, phones, ID numbers, numbers (full-width safe)."""

from __future__ import annotations

import datetime as dt
import math
import re
import unicodedata
from decimal import Decimal, InvalidOperation

from dateutil import parser as dateparser

_EXCEL_EPOCH = dt.date(1899, 12, 30)
_YMD = re.compile(r"^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?$")
_YM = re.compile(r"^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*月?$")
_COMPACT = re.compile(r"^(\d{4})(\d{2})(\d{2})$")
# a time of day after the date (space, T or 日 before it): 2026-03-05 9:30, 2026-03-05T08:30:00
_TIME_OF_DAY = re.compile(r"(?:(?<=日)|[ T])\s*(\d{1,2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?$")
_NO_YEAR = dt.datetime(0o1, 1, 1)
_ID_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
_ID_CHECK = "10X98765432"
MOBILE = re.compile(r"^1[3-9]\d{9}$")
LANDLINE = re.compile(r"^0\d{2,3}-?\d{7,8}(-\d{1,6})?$")


# Full-width forms (U+FF01–FF5E) fold to ASCII in text, except the punctuation Chinese prose uses.
_KEEP_FULL_WIDTH = set("！（），：；？")
_WIDTH_FOLD = {cp: cp - 0xFEE0 for cp in range(0xFF01, 0xFF5F) if chr(cp) not in _KEEP_FULL_WIDTH}
_WIDTH_FOLD[0x3000] = 0x20


def fold_width(text: str) -> str:
    """Full-width letters, digits and symbols to half-width; Chinese punctuation (，：；（）！？) kept."""
    return unicodedata.normalize("NFC", text).translate(_WIDTH_FOLD)


def clean_text(value) -> str:
    """Full-width letters/digits to half-width (Chinese punctuation kept), trimmed, spaces folded."""
    if value is None:
        return ""
    text = fold_width(str(value))
    return re.sub(r"[ \t]+", " ", text).strip()


def clean_multiline(value) -> str:
    if value is None:
        return ""
    text = fold_width(str(value)).replace("\r\n", "\n").replace("\r", "\n")
    return "\n".join(line.rstrip() for line in text.split("\n")).strip()


def _ascii(value) -> str:
    """Every compatibility form folded (NFKC) for parsing numbers, dates, phones and ID numbers."""
    text = unicodedata.normalize("NFKC", str(value)).replace("\u3000", " ")
    return re.sub(r"[ \t]+", " ", text).strip()


class ParseError(ValueError):
    """Raised with a Chinese reason."""


def quoted(value, limit: int = 50) -> str:
    """A value as a message quotes it: at most *limit* characters, then 「…」."""
    text = str(value)
    return text if len(text) <= limit else text[:limit] + "…"


def _only_ascii_digits(text: str, original) -> None:
    """Digits of other scripts (٣, ३ …) are refused: they would be stored as they are, not as 0–9."""
    if any(not ("0" <= ch <= "9") and unicodedata.category(ch) == "Nd" for ch in text):
        raise ParseError(f"只能使用数字 0–9（全角数字会自动转换），不能是“{quoted(original)}”")


def parse_date(value) -> dt.date | None:
    """Accept a date, an Excel serial, 2026-03-05, 2026/3/5, 2026.3.5, 2026年3月5日, 20260305."""
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        if 1 <= value < 2958466:
            return _EXCEL_EPOCH + dt.timedelta(days=int(value))
        raise ParseError(f"不是有效日期：{quoted(value)}")
    text = _ascii(value)
    _only_ascii_digits(text, value)
    clock = _TIME_OF_DAY.search(text)
    if clock and (int(clock.group(1)) > 23 or int(clock.group(2)) > 59 or int(clock.group(3) or 0) > 59):
        raise ParseError(f"时间不存在：{quoted(value)}（时应在 0–23，分、秒应在 0–59）")
    spaced = _TIME_OF_DAY.sub("", text)
    text = spaced.replace(" ", "")
    if not text:
        return None
    for pattern in (_YMD, _COMPACT):
        m = pattern.match(text)
        if m:
            y, mo, d = (int(g) for g in m.groups())
            try:
                return dt.date(y, mo, d)
            except ValueError:
                raise ParseError(f"日期不存在：{quoted(value)}") from None
    m = _YM.match(text)
    if m:
        try:
            return dt.date(int(m.group(1)), int(m.group(2)), 1)
        except ValueError:
            raise ParseError(f"日期不存在：{quoted(value)}") from None
    try:
        parsed = dateparser.parse(spaced, yearfirst=True, dayfirst=False, default=_NO_YEAR)
    except (ValueError, OverflowError):
        parsed = None
    # leftovers read as a time or zone (2026-03-05-07 gives 07:00) or a missing year: not a plain date
    if parsed is None or parsed.tzinfo is not None or parsed.time() != dt.time() or parsed.year == _NO_YEAR.year:
        raise ParseError(f"无法识别的日期：{quoted(value)}（请写成 2026-03-05）")
    return parsed.date()


INT_MAX = 10**9  # counts (人数, 人次, 件) and ages: far below SQLite's 64-bit limit


def parse_int(value, *, minimum: int | None = 0, maximum: int = INT_MAX) -> int | None:
    if value is None or value == "":
        return None
    if isinstance(value, bool):
        raise ParseError("应为整数")
    if isinstance(value, int):
        number = value
    elif isinstance(value, float):
        if not math.isfinite(value):
            raise ParseError(f"应为整数，不能是“{quoted(value)}”")
        if value != int(value):
            raise ParseError(f"应为整数：{value}")
        number = int(value)
    else:
        text = _ascii(value).replace(",", "").replace(" ", "")
        _only_ascii_digits(text, value)
        text = re.sub(r"(人次|人|件|次|场|个|户)$", "", text)
        if not text:
            return None
        if not re.fullmatch(r"[-+]?\d+", text):
            raise ParseError(f"应为整数，不能是“{quoted(value)}”")
        number = int(text)
    if minimum is not None and number < minimum:
        raise ParseError(f"不能小于 {minimum}")
    if abs(number) > maximum:
        raise ParseError(f"数值过大（最大 {maximum:,}），不能是“{quoted(value)}”")
    return number


AMOUNT_MAX = Decimal(10) ** 12  # the columns hold 14 digits with 2 decimals


def parse_amount(value) -> Decimal | None:
    """Non-negative amount in yuan; accepts 1,200.50 and 1.2万."""
    if value is None or value == "":
        return None
    if isinstance(value, bool):
        raise ParseError("应为金额")
    if isinstance(value, (int, float, Decimal)):
        amount = Decimal(str(value))
    else:
        text = _ascii(value).replace(",", "").replace(" ", "").replace("元", "").replace("¥", "")
        _only_ascii_digits(text, value)
        if not text:
            return None
        factor = Decimal(1)
        if text.endswith("万"):
            factor, text = Decimal(10000), text[:-1]
        try:
            amount = Decimal(text) * factor
        except InvalidOperation:
            raise ParseError(f"应为金额（元），不能是“{quoted(value)}”") from None
    if not amount.is_finite():
        raise ParseError(f"应为金额（元），不能是“{quoted(value)}”")
    if amount < 0:
        raise ParseError("金额不能为负数")
    if amount >= AMOUNT_MAX:
        raise ParseError(f"金额过大（应小于 {AMOUNT_MAX:,} 元），不能是“{quoted(value)}”")
    return amount.quantize(Decimal("0.01"))


def normalize_phone(value) -> str:
    """Return the phone in canonical form or raise ParseError."""
    text = _ascii(value).replace(" ", "").replace("－", "-").replace("—", "-")
    if not text:
        return ""
    _only_ascii_digits(text, value)
    text = re.sub(r"^(\+?86)-?(?=1\d{10}$)", "", text)
    digits = text.replace("-", "")
    if MOBILE.match(digits):
        return digits
    if LANDLINE.match(text) or (digits.startswith("0") and 10 <= len(digits) <= 12 and digits.isdigit()):
        return text
    if digits.isdigit() and 7 <= len(digits) <= 8:
        return digits  # local landline without area code
    raise ParseError("应为11位手机号或固定电话（如 0512-12345678）")


def id_check_digit(first17: str) -> str:
    total = sum(int(c) * w for c, w in zip(first17, _ID_WEIGHTS))
    return _ID_CHECK[total % 11]


def normalize_id_number(value) -> str:
    """18-digit resident ID with the GB 11643 check digit; returns upper-case form or raises ParseError."""
    text = _ascii(value).replace(" ", "").upper()
    if not text:
        return ""
    _only_ascii_digits(text, value)
    if not re.fullmatch(r"\d{17}[\dX]", text):
        raise ParseError("应为18位身份证号码（最后一位可为X）")
    try:
        dt.date(int(text[6:10]), int(text[10:12]), int(text[12:14]))
    except ValueError:
        raise ParseError("身份证号码中的出生日期不存在") from None
    if id_check_digit(text[:17]) != text[17]:
        raise ParseError("身份证号码校验位不正确，请核对")
    return text


# GB 32100-2015 统一社会信用代码: 18 characters from 31 (no I, O, Z, S, V), the last a check character.
CREDIT_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY"
_CREDIT_WEIGHTS = (1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28)


def credit_check_char(first17: str) -> str:
    """The GB 32100-2015 check character of the first 17 characters of a credit code."""
    total = sum(CREDIT_CHARS.index(c) * w for c, w in zip(first17, _CREDIT_WEIGHTS))
    return CREDIT_CHARS[(31 - total % 31) % 31]


def normalize_credit_code(value) -> str:
    """统一社会信用代码 (GB 32100-2015) upper-cased, with its check character verified; or ParseError."""
    text = _ascii(value).replace(" ", "").replace("-", "").upper()
    if not text:
        return ""
    if len(text) != 18:
        raise ParseError(f"应为18位统一社会信用代码（现为{len(text)}位）")
    bad = sorted({c for c in text if c not in CREDIT_CHARS})
    if bad:
        raise ParseError(f"统一社会信用代码不能含有“{'、'.join(bad)}”（不使用I、O、Z、S、V）")
    if credit_check_char(text[:17]) != text[17]:
        raise ParseError("统一社会信用代码校验位不正确，请核对")
    return text


def mask_id(value: str) -> str:
    return value[:3] + "*" * (len(value) - 7) + value[-4:] if value and len(value) > 7 else value


def mask_phone(value: str) -> str:
    digits = value.replace("-", "")
    if MOBILE.match(digits):
        return digits[:3] + "****" + digits[-4:]
    if len(value) > 4:
        return value[:-4].rstrip("0123456789") + "****" + value[-4:] if "-" in value else "****" + value[-4:]
    return value
