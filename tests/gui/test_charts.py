"""Dashboard and statistics pies: one 其他 slice, last, holding both the small categories and 其他 itself."""

from __future__ import annotations


def _labels(view):
    return [s.label() for s in view.chart().series()[0].slices()]


def test_pie_folds_small_categories_into_one_other_slice(app):
    from station_app.ui.charts import pie_chart

    by_type = {"邻里": 18, "其他": 7, "劳动争议": 8, "合同": 6, "婚姻家庭": 4, "医疗": 4, "损害赔偿": 3, "物业": 2}
    labels = _labels(pie_chart("纠纷类型", by_type))
    assert labels == ["邻里 18", "劳动争议 8", "合同 6", "婚姻家庭 4", "医疗 4", "其他 12"]
    assert sum(int(label.split()[-1]) for label in labels) == sum(by_type.values())


def test_pie_with_few_categories_keeps_them_all(app):
    from station_app.ui.charts import pie_chart

    assert _labels(pie_chart("活动类型", {"其他": 7, "委员讲堂": 3, "普法宣传": 0})) == ["委员讲堂 3", "其他 7"]
