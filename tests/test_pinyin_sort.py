"""Person names sort by pinyin (于 after 王, 何 before 侯), in lists and member pickers."""

from __future__ import annotations

from station_app.services import listing, records
from station_app.store.sortkeys import pinyin_key

NAMES = ["于海燕", "何志强", "侯德明", "王桂兰", "张建国", "安丽", "李秀英", "林涛"]
PINYIN_ORDER = ["安丽", "何志强", "侯德明", "李秀英", "林涛", "王桂兰", "于海燕", "张建国"]


def test_key_orders_names_by_pinyin():
    assert sorted(NAMES, key=pinyin_key) == PINYIN_ORDER
    assert sorted(NAMES) != PINYIN_ORDER  # code point order is what the clerk saw before


def test_member_list_and_picker_in_pinyin_order(db):
    for name in NAMES:
        records.create("member", {"name": name, "sector": "民革"})
    shown = [r["name"] for r in listing.fetch("member")]
    assert shown == PINYIN_ORDER
    assert [r["name"] for r in listing.fetch("member", sort="name", descending=True)] == PINYIN_ORDER[::-1]
    assert [c.name for c in listing.member_choices()] == PINYIN_ORDER


def test_surnames_read_as_surnames():
    assert (sorted(["曾志伟", "蔡明", "张三", "单田芳", "邵华"], key=pinyin_key)
            == ["蔡明", "单田芳", "邵华", "曾志伟", "张三"])
