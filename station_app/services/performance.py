"""Member performance (委员履职情况): per-member figures, points, ranking and quota checks (亮牌提醒).

Quotas over a period that is not whole months/quarters/years:
- a monthly or quarterly quota is checked for every month / quarter lying wholly inside
  [start, as_of], where as_of = min(end, today) — a month still running is not judged yet;
- a yearly quota is prorated: target × (days in [start, as_of]) / (days in that year), rounded up.
"""

from __future__ import annotations

import datetime as dt
import math
from dataclasses import asdict, dataclass, field

from station_app.store.base import database_proxy

UNITS = {"duty_shifts": "次", "visits": "次", "people_contacted": "人次", "mediations": "件",
         "mediations_succeeded": "件", "activities": "次", "meetings": "次", "topics": "件", "opinions": "篇"}
METRIC_LABELS = {"duty_shifts": "值班接待", "visits": "接待来访", "people_contacted": "联系群众",
                 "mediations": "参与调解", "mediations_succeeded": "成功调解", "activities": "参加活动",
                 "meetings": "参加协商会", "topics": "参与议题", "opinions": "社情民意信息"}

# Each query gives (member_id, 'YYYY-MM', value…) for rows dated in [?1, ?2], grouped by member and month;
# the values fill the metrics named beside it, in order.
_HELD = "(dm.present = 1 OR (dm.present IS NULL AND dm.active = 1))"
METRIC_SQL: tuple[tuple[tuple[str, ...], str], ...] = (
    # a shift is a (date, half) the member was on duty: a held slot, or a reception day they staffed
    (("duty_shifts",), f"""SELECT member_id, substr(date, 1, 7), COUNT(*) FROM (
        SELECT dm.member_id, s.date, s.half FROM duty_member dm JOIN duty_slot s ON s.id = dm.slot_id
         WHERE s.deleted = 0 AND s.state = '已完成' AND {_HELD} AND s.date BETWEEN ?1 AND ?2
        UNION
        SELECT rm.member_id, d.date, d.half FROM reception_member rm JOIN reception_day d ON d.id = rm.day_id
         WHERE d.deleted = 0 AND d.date BETWEEN ?1 AND ?2) GROUP BY 1, 2"""),
    (("visits", "people_contacted"), """SELECT vm.member_id, substr(v.visit_date, 1, 7), COUNT(*),
        SUM(v.people_count) FROM visit_member vm JOIN visit v ON v.id = vm.visit_id
        WHERE v.deleted = 0 AND v.visit_date BETWEEN ?1 AND ?2 GROUP BY 1, 2"""),
    (("mediations",), """SELECT dm.member_id, substr(d.accepted_on, 1, 7), COUNT(*) FROM dispute_mediator dm
        JOIN dispute d ON d.id = dm.dispute_id WHERE d.deleted = 0 AND d.accepted_on BETWEEN ?1 AND ?2
        GROUP BY 1, 2"""),
    # a case counts as resolved (化解) in the month it was closed successfully
    (("mediations_succeeded",), """SELECT dm.member_id, substr(COALESCE(d.closed_on, d.accepted_on), 1, 7),
        COUNT(*) FROM dispute_mediator dm JOIN dispute d ON d.id = dm.dispute_id
        WHERE d.deleted = 0 AND d.result = '调解成功'
          AND COALESCE(d.closed_on, d.accepted_on) BETWEEN ?1 AND ?2 GROUP BY 1, 2"""),
    (("activities",), """SELECT am.member_id, substr(a.date, 1, 7), COUNT(*) FROM activity_member am
        JOIN activity a ON a.id = am.activity_id WHERE a.deleted = 0 AND a.date BETWEEN ?1 AND ?2
        GROUP BY 1, 2"""),
    (("meetings",), """SELECT mm.member_id, substr(m.date, 1, 7), COUNT(*) FROM meeting_member mm
        JOIN meeting m ON m.id = mm.meeting_id JOIN topic t ON t.id = m.topic_id
        WHERE t.deleted = 0 AND m.date BETWEEN ?1 AND ?2 GROUP BY 1, 2"""),
    # a topic counts once, in the month of the first meeting on it the member attended
    (("topics",), """SELECT member_id, substr(first, 1, 7), COUNT(*) FROM (
        SELECT mm.member_id, m.topic_id, MIN(m.date) AS first FROM meeting_member mm
        JOIN meeting m ON m.id = mm.meeting_id JOIN topic t ON t.id = m.topic_id
        WHERE t.deleted = 0 AND m.date BETWEEN ?1 AND ?2 GROUP BY 1, 2) GROUP BY 1, 2"""),
    (("opinions",), """SELECT member_id, substr(COALESCE(submitted_on, date(created_at)), 1, 7), COUNT(*)
        FROM opinion WHERE deleted = 0 AND member_id IS NOT NULL
          AND COALESCE(submitted_on, date(created_at)) BETWEEN ?1 AND ?2 GROUP BY 1, 2"""),
)


@dataclass
class QuotaStatus:
    key: str
    label: str
    metric: str
    period: str
    target: float  # per period unit, after proration for a yearly quota
    checked: list[str] = field(default_factory=list)  # the months/quarters/year judged
    failed: dict[str, float] = field(default_factory=dict)  # unit -> value reached

    @property
    def met(self) -> bool:
        return not self.failed


@dataclass
class MemberFigures:
    member_id: int
    name: str
    sector: str
    role: str
    duty_shifts: int = 0
    visits: int = 0
    people_contacted: int = 0
    mediations: int = 0
    mediations_succeeded: int = 0
    activities: int = 0
    meetings: int = 0
    topics: int = 0
    opinions: int = 0
    points: float = 0.0
    rank: int = 0
    quotas: list[QuotaStatus] = field(default_factory=list)
    below_quota: list[str] = field(default_factory=list)

    def value(self, metric: str) -> float:
        return getattr(self, metric, 0) or 0

    def to_dict(self) -> dict:
        out = asdict(self)
        out["quotas"] = [dict(asdict(q), met=q.met) for q in self.quotas]
        return out


def _months(start: dt.date, end: dt.date):
    y, m = start.year, start.month
    while (y, m) <= (end.year, end.month):
        yield y, m
        y, m = (y + 1, 1) if m == 12 else (y, m + 1)


def _month_end(y: int, m: int) -> dt.date:
    return (dt.date(y + 1, 1, 1) if m == 12 else dt.date(y, m + 1, 1)) - dt.timedelta(days=1)


def _whole_months(start: dt.date, as_of: dt.date) -> list[tuple[int, int]]:
    return [(y, m) for y, m in _months(start, as_of) if dt.date(y, m, 1) >= start and _month_end(y, m) <= as_of]


def _whole_quarters(start: dt.date, as_of: dt.date) -> list[tuple[int, int]]:
    out = []
    for y, m in _months(start, as_of):
        if m % 3 == 1:
            q = (m - 1) // 3 + 1
            if dt.date(y, m, 1) >= start and _month_end(y, m + 2) <= as_of:
                out.append((y, q))
    return out


def _fmt(x: float) -> str:
    return str(int(x)) if float(x).is_integer() else f"{x:g}"


def _plan(quota, start: dt.date, as_of: dt.date) -> tuple[float, list[tuple[str, tuple[str, ...] | None]]]:
    """The quota's target per unit and the units judged: (label, month keys), None = the whole period."""
    if as_of < start:
        return float(quota.target), []
    if quota.period == "month":
        return float(quota.target), [(f"{y}年{m}月", (f"{y:04d}-{m:02d}",)) for y, m in _whole_months(start, as_of)]
    if quota.period == "quarter":
        return float(quota.target), [
            (f"{y}年第{q}季度", tuple(f"{y:04d}-{m:02d}" for m in range(3 * q - 2, 3 * q + 1)))
            for y, q in _whole_quarters(start, as_of)]
    # year: prorated by the days of the period already passed
    days = (as_of - start).days + 1
    year_days = 366 if _is_leap(start.year) else 365
    target = float(math.ceil(quota.target * min(days, year_days) / year_days - 1e-9))
    return target, [(f"{start.isoformat()}至{as_of.isoformat()}", None)]


def _check(quota, target: float, units, monthly: dict[str, float]) -> QuotaStatus:
    st = QuotaStatus(quota.key, quota.label, quota.metric, quota.period, target, [u for u, _k in units])
    for unit, keys in units:
        value = sum(monthly.values()) if keys is None else sum(monthly.get(k, 0) for k in keys)
        if value < target:
            st.failed[unit] = value
    return st


def _is_leap(y: int) -> bool:
    return y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)


def _reason(st: QuotaStatus, quota_target: float) -> str:
    unit = UNITS.get(st.metric, "")
    if st.period == "year":
        value = next(iter(st.failed.values()))
        extra = "" if st.target == quota_target else f"（全年{_fmt(quota_target)}{unit}按期间折算）"
        return f"{st.label}：{_fmt(value)}{unit}，未达到{_fmt(st.target)}{unit}{extra}"
    names = "、".join(st.failed)
    return f"{st.label}未达到{_fmt(st.target)}{unit}：{names}"


def member_figures(start: dt.date, end: dt.date, *, today: dt.date | None = None) -> list[MemberFigures]:
    """Figures of every active member (在册) for [start, end], ranked by points (1 = best)."""
    from station_app.store.models import Member, PointRule, Quota

    members = {m.id: MemberFigures(m.id, m.name, m.sector, m.role) for m in
               Member.alive(Member.id, Member.name, Member.sector, Member.role)
               .where(Member.status == "在册").order_by(Member.id)}
    totals: dict[tuple[int, str], int] = {}
    monthly: dict[tuple[int, str], dict[str, float]] = {}
    params = (start.isoformat(), end.isoformat())
    for metrics, sql in METRIC_SQL:
        for member_id, month, *values in database_proxy.execute_sql(sql, params).fetchall():
            for metric, value in zip(metrics, values):
                key, value = (member_id, metric), int(value or 0)
                totals[key] = totals.get(key, 0) + value
                bucket = monthly.get(key)
                if bucket is None:
                    bucket = monthly[key] = {}
                bucket[month] = bucket.get(month, 0) + value
    for (member_id, metric), value in totals.items():
        fig = members.get(member_id)
        if fig is not None:
            setattr(fig, metric, value)
    rules = [(r.metric, r.points) for r in PointRule.alive()]
    as_of = min(end, today or dt.date.today())
    quotas = [(q, *_plan(q, start, as_of)) for q in
              Quota.alive().where(Quota.active == True).order_by(Quota.id)]  # noqa: E712
    empty: dict[str, float] = {}
    for fig in members.values():
        fig.points = round(sum(getattr(fig, metric, 0) * points for metric, points in rules), 2)
        for quota, target, units in quotas:
            st = _check(quota, target, units, monthly.get((fig.member_id, quota.metric), empty))
            fig.quotas.append(st)
            if st.failed:
                fig.below_quota.append(_reason(st, float(quota.target)))
    ranked = sorted(members.values(), key=lambda f: (-f.points, f.name, f.member_id))
    for i, fig in enumerate(ranked):
        fig.rank = ranked[i - 1].rank if i and ranked[i - 1].points == fig.points else i + 1
    return ranked
