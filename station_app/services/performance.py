"""Member performance (委员履职情况): per-member figures, points, ranking and quota checks (亮牌提醒).

Quotas over a period that is not whole months/quarters/years:
- a monthly or quarterly quota is checked for every month / quarter lying wholly inside
  [start, as_of], where as_of = min(end, today) — a month still running is not judged yet;
- a yearly quota is prorated: target × (days in [start, as_of]) / (days in that year), rounded up.
"""

from __future__ import annotations

import datetime as dt
import math
from collections import defaultdict
from dataclasses import asdict, dataclass, field

from station_app.store import dialect
from station_app.store.base import database_proxy
from station_app.store.models import PointRule, Quota

UNITS = {"duty_shifts": "次", "visits": "次", "people_contacted": "人次", "mediations": "件",
         "mediations_succeeded": "件", "activities": "次", "meetings": "次", "topics": "件", "opinions": "篇",
         "proposals": "件", "proposals_lead": "件", "proposals_joint": "件"}
METRIC_LABELS = {"duty_shifts": "值班接待", "visits": "接待来访", "people_contacted": "联系群众",
                 "mediations": "参与调解", "mediations_succeeded": "成功调解", "activities": "参加活动",
                 "meetings": "参加协商会", "topics": "参与议题", "opinions": "社情民意信息",
                 "proposals": "提交提案", "proposals_lead": "领衔提案", "proposals_joint": "联名提案"}

# Each query gives (member_id, month, value…) for rows dated in [:start, :end]; the values fill the metrics named
# beside it, in order. {month} is the record's 'YYYY-MM' and {by} groups by it too ("1, 2") when a month or
# quarter quota needs the monthly figures of that metric, else {month} is NULL and {by} is "1" (member only).
_HELD = "(dm.present = TRUE OR (dm.present IS NULL AND dm.active = TRUE))"


def metric_sql() -> tuple[tuple[tuple[str, ...], str, str], ...]:
    opinion_day = f"COALESCE(submitted_on, {dialect.sql_day_of('created_at')})"
    return (
        # a shift is a (date, half) the member was on duty: a held slot, or a reception day they staffed
        (("duty_shifts",), "date", f"""SELECT member_id, {{month}}, COUNT(*) FROM (
            SELECT dm.member_id, s.date, s.half FROM duty_member dm JOIN duty_slot s ON s.id = dm.slot_id
             WHERE s.deleted = FALSE AND s.state = '已完成' AND {_HELD} AND s.date BETWEEN :start AND :end
            UNION
            SELECT rm.member_id, d.date, d.half FROM reception_member rm JOIN reception_day d ON d.id = rm.day_id
             WHERE d.deleted = FALSE AND d.date BETWEEN :start AND :end) AS shifts GROUP BY {{by}}"""),
        # {links}: the join order, chosen by how much of the visits the period covers (see _visit_links)
        (("visits", "people_contacted"), "v.visit_date", """SELECT vm.member_id, {month}, COUNT(*),
            SUM(v.people_count) FROM {links} WHERE v.deleted = FALSE AND v.visit_date BETWEEN :start AND :end
            GROUP BY {by}"""),
        (("mediations",), "d.accepted_on", """SELECT dm.member_id, {month}, COUNT(*) FROM dispute_mediator dm
            JOIN dispute d ON d.id = dm.dispute_id WHERE d.deleted = FALSE AND d.accepted_on BETWEEN :start AND :end
            GROUP BY {by}"""),
        # a case counts as resolved (化解) in the month it was closed successfully
        (("mediations_succeeded",), "COALESCE(d.closed_on, d.accepted_on)", """SELECT dm.member_id, {month},
            COUNT(*) FROM dispute_mediator dm JOIN dispute d ON d.id = dm.dispute_id
            WHERE d.deleted = FALSE AND d.result = '调解成功'
              AND COALESCE(d.closed_on, d.accepted_on) BETWEEN :start AND :end GROUP BY {by}"""),
        (("activities",), "a.date", """SELECT am.member_id, {month}, COUNT(*) FROM activity_member am
            JOIN activity a ON a.id = am.activity_id WHERE a.deleted = FALSE AND a.date BETWEEN :start AND :end
            GROUP BY {by}"""),
        (("opinions",), opinion_day, """SELECT member_id, {month}, COUNT(*)
            FROM opinion WHERE deleted = FALSE AND member_id IS NOT NULL
              AND """ + opinion_day + """ BETWEEN :start AND :end GROUP BY {by}"""),
        # proposals the member is an author of, submitted in the period: position 0 is the 领衔 member
        (("proposals", "proposals_lead", "proposals_joint"), "p.submitted_on", """SELECT pm.member_id, {month},
            COUNT(*), SUM(pm.position = 0), SUM(pm.position > 0) FROM proposal_member pm
            JOIN proposal p ON p.id = pm.proposal_id WHERE p.deleted = FALSE AND p.submitted_on BETWEEN :start AND :end
            GROUP BY {by}"""),
    )


# Meetings and topics in one pass: (member, topic, month, meetings attended, date of the first of them);
# a topic counts once, in the month of the first meeting on it the member attended.
MEETING_SQL = """SELECT mm.member_id, m.topic_id, {month}, COUNT(*), MIN(m.date) FROM meeting_member mm
    JOIN meeting m ON m.id = mm.meeting_id JOIN topic t ON t.id = m.topic_id
    WHERE t.deleted = FALSE AND m.date BETWEEN :start AND :end GROUP BY 1, 2{by}"""
# Over most of the visits, walking the member links in member order (index report_visit_member) needs no
# sorting; over a small share of them, starting from the visits of the period reads far fewer rows.
_LINKS_FIRST = "visit_member vm CROSS JOIN visit v ON v.id = vm.visit_id"
_VISITS_FIRST = "visit v JOIN visit_member vm ON vm.visit_id = v.id"


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
    station_id: int = 1  # the member's station: its quotas and point rules apply (org.OWN_STATION_ID)
    duty_shifts: int = 0
    visits: int = 0
    people_contacted: int = 0
    mediations: int = 0
    mediations_succeeded: int = 0
    activities: int = 0
    meetings: int = 0
    topics: int = 0
    opinions: int = 0
    proposals: int = 0  # authored (领衔 or 联名)
    proposals_lead: int = 0
    proposals_joint: int = 0
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


def _judge(plan, full_target: float, figures, monthly, totals) -> None:
    """Append the quota's status to every member's figures (and the reason to those below it)."""
    key, label, metric, period, target, names, units = plan
    empty: dict[str, float] = {}
    reasons: dict[tuple, str] = {}  # many members fall short in the same way: one text each way
    for fig in figures:
        mk = (fig.member_id, metric)
        get = monthly.get(mk, empty).get
        failed: dict[str, float] = {}
        for unit, keys in units:
            if keys is None:
                value = totals.get(mk, 0)
            else:
                value = 0
                for k in keys:
                    value += get(k, 0)
            if value < target:
                failed[unit] = value
        st = QuotaStatus(key, label, metric, period, target, list(names), failed)
        fig.quotas.append(st)
        if failed:
            way = tuple(failed.items())
            reason = reasons.get(way)
            if reason is None:
                reason = reasons[way] = _reason(st, full_target)
            fig.below_quota.append(reason)


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


def _visit_links(start: dt.date, end: dt.date) -> str:
    """The join order for the visit query: links first when the period spans most of the visits' dates.
    (SQLite's CROSS JOIN fixes the order; PostgreSQL's planner chooses its own, and takes no ON after it.)"""
    if dialect.is_postgres():
        return _VISITS_FIRST
    first, last = database_proxy.execute_sql(
        "SELECT (SELECT MIN(visit_date) FROM visit), (SELECT MAX(visit_date) FROM visit)").fetchone()
    if not first or not last:
        return _VISITS_FIRST
    first, last = str(first), str(last)  # text in SQLite, DATE on a server
    lo, hi = max(start.isoformat(), first), min(end.isoformat(), last)
    if lo > hi:
        return _VISITS_FIRST
    try:
        day = [dt.date.fromisoformat(x[:10]) for x in (first, last, lo, hi)]
    except ValueError:  # a malformed date: either order gives the same figures
        return _VISITS_FIRST
    return _LINKS_FIRST if 2 * ((day[3] - day[2]).days + 1) >= (day[1] - day[0]).days + 1 else _VISITS_FIRST


def _gather(start: dt.date, end: dt.date, by_month: set[str]):
    """Totals {(member, metric): n} and, for the metrics in *by_month*, {(member, metric): {month: n}}."""
    totals: dict[tuple[int, str], int] = defaultdict(int)
    monthly: dict[tuple[int, str], dict[str, float]] = defaultdict(dict)
    params = {"start": start.isoformat(), "end": end.isoformat()}

    def run(sql: str, values: dict):
        return database_proxy.execute_sql(*dialect.bind(sql, values))

    def add_months(metric: str, rows, i: int = 2) -> None:  # rows: (member_id, month, …, value at i)
        for row in rows:
            key, month, value = (row[0], metric), row[1], int(row[i] or 0)
            totals[key] += value
            bucket = monthly[key]
            bucket[month] = bucket.get(month, 0) + value

    for metrics, date, sql in metric_sql():
        months = not by_month.isdisjoint(metrics)
        links = _visit_links(start, end) if "{links}" in sql else ""
        sql = sql.format(month=dialect.sql_month_key(date) if months else "NULL", by="1, 2" if months else "1",
                         links=links)
        rows = run(sql, params).fetchall()
        for i, metric in enumerate(metrics, 2):
            if months:
                add_months(metric, rows, i)
            else:  # one row per member
                totals.update(((r[0], metric), int(r[i] or 0)) for r in rows)
    months = not by_month.isdisjoint(("meetings", "topics"))
    first: dict[tuple[int, int], str] = {}
    meetings = []
    meeting_sql = MEETING_SQL.format(month=dialect.sql_month_key("m.date") if months else "NULL",
                                     by=", 3" if months else "")
    for member_id, topic_id, month, count, day in run(meeting_sql, params).fetchall():
        meetings.append((member_id, month, count))
        key, day = (member_id, topic_id), str(day)  # MIN(date): text in SQLite, a DATE on a server
        if key not in first or day < first[key]:
            first[key] = day
    topics = [(member_id, day[:7], 1) for (member_id, _topic), day in first.items()]
    for metric, rows in (("meetings", meetings), ("topics", topics)):
        if metric in by_month:
            add_months(metric, rows)
        else:
            for member_id, _month, value in rows:
                totals[(member_id, metric)] += value
    return totals, monthly


def gather_all(start: dt.date, end: dt.date):
    """What `member_figures(gathered=…)` takes: every metric by month, read once for many stations."""
    metrics = {m for ms, _d, _s in metric_sql() for m in ms} | {"meetings", "topics"}
    return _gather(start, end, metrics)


def member_figures(start: dt.date, end: dt.date, *, today: dt.date | None = None, station: int | None = None,
                   gathered=None) -> list[MemberFigures]:
    """Figures of every active member (在册) for [start, end], ranked by points (1 = best).

    *station*: only that station's members, judged by its own 指标 and 积分 rules; None: every member, and
    where the members belong to several stations (a county) each is judged by its own station's rules and
    all are ranked together; *gathered*: the result of `gather_all` for the same period (to rank many
    stations off one reading)."""
    if station is None:
        owners = [r[0] for r in database_proxy.execute_sql(
            "SELECT DISTINCT station_id FROM member WHERE deleted = FALSE AND status = '在册' ORDER BY 1").fetchall()]
        if len(owners) > 1:
            gathered = gathered if gathered is not None else gather_all(start, end)
            out = [f for sid in owners
                   for f in member_figures(start, end, today=today, station=sid, gathered=gathered)]
            return _ranked(out)
    where = "" if station is None else f" AND station_id = {int(station)}"
    members = {row[0]: MemberFigures(*row) for row in database_proxy.execute_sql(
        "SELECT id, name, sector, role, station_id FROM member "
        f"WHERE deleted = FALSE AND status = '在册'{where} ORDER BY id"
    ).fetchall()}
    as_of = min(end, today or dt.date.today())
    quotas = []  # (metric, the quota's full target, the plan _judge takes)
    own = (lambda model: model.station == station) if station is not None else (lambda model: True)
    for q in Quota.alive().where((Quota.active == True) & own(Quota)).order_by(Quota.id):
        target, units = _plan(q, start, as_of)
        quotas.append((q.metric, float(q.target),
                       (q.key, q.label, q.metric, q.period, target, [u for u, _k in units], units)))
    by_month = {plan[2] for _m, _t, plan in quotas if any(keys is not None for _u, keys in plan[6])}
    totals, monthly = gathered if gathered is not None else _gather(start, end, by_month)
    for (member_id, metric), value in totals.items():
        fig = members.get(member_id)
        if fig is not None:
            setattr(fig, metric, value)
    rules = [(r.metric, r.points) for r in PointRule.alive().where(own(PointRule))]
    for fig in members.values():
        fig.points = round(sum(getattr(fig, metric, 0) * points for metric, points in rules), 2)
    for _metric, full_target, plan in quotas:
        _judge(plan, full_target, members.values(), monthly, totals)
    return _ranked(list(members.values()))


def _ranked(figures: list[MemberFigures]) -> list[MemberFigures]:
    """By points, best first; equal points share a rank (1, 2, 2, 4 …)."""
    ranked = sorted(figures, key=lambda f: (-f.points, f.name, f.member_id))
    for i, fig in enumerate(ranked):
        fig.rank = ranked[i - 1].rank if i and ranked[i - 1].points == fig.points else i + 1
    return ranked
