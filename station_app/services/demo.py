"""Demo data: a realistic year of a member studio (or a whole county of them), same seed, same data.

`generate(2026)` fills an empty database with the station, ~50 members and work teams, the weekly
and monthly reception rules, the year's duty roster (from `services.roster.plan`) with swaps and
attendance, reception days with a few hundred visits, dozens of mediated disputes, activities,
topics at every one of the six steps and opinions. `scale="county"` writes 50 stations' worth into
one file (≈100k records) through the bulk path, for benchmarks and stress tests.
"""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass

from station_app.services import (  # noqa: F401  (registry: the search index's sources)
    bulk,
    context,
    demo_cases,
    demo_county,
    demo_proposals,
    record_events,
    registry,
    roster,
)
from station_app.services import demo_text as T
from station_app.services.changes import operation, touched
from station_app.services.demo_people import People
from station_app.services.errors import ValidationError
from station_app.services.validation import fixed_today
from station_app.store import fts
from station_app.store.base import database_proxy
from station_app.store.models import (
    ALL_MODELS,
    Activity,
    Dispute,
    DutyMember,
    DutySlot,
    Member,
    Opinion,
    Proposal,
    Quota,
    ReceptionDay,
    Referral,
    Station,
    Swap,
    Topic,
    Visit,
)


@dataclass(frozen=True)
class Scale:
    stations: int
    members: int  # per station
    visit_factor: float  # visits per reception day, relative to a studio
    disputes: int  # per station, besides those converted from visits
    activities: int
    topics: int
    opinions: int
    proposals: int = 20  # per station (联名: about 2 authors each)


SCALES = {
    "studio": Scale(stations=1, members=50, visit_factor=1.0, disputes=36, activities=25, topics=14,
                    opinions=15),
    "county": Scale(stations=50, members=30, visit_factor=4.0, disputes=50, activities=40, topics=14,
                    opinions=24, proposals=10),
}
COUNTY = "景泰县"
STAGES = ("委员", "值班", "接待", "纠纷", "活动", "议题", "提案")


def generate(year: int, seed: int = 1, scale: str = "studio", progress=None, *,
             today: dt.date | None = None) -> dict:
    """Fill the (empty) open database with demo data for *year*; returns `figures()` of the result.

    Events are dated up to the year's end, or up to *today* (default: the real today) in the current
    year, so the lists of cases due and follow-ups due are meaningful. The duty roster covers the year.
    """
    context.require_edit()
    if scale not in SCALES:
        raise ValueError(f"unknown scale {scale!r}; use one of {sorted(SCALES)}")
    size = SCALES[scale]
    if Member.select().exists() or Visit.select().exists() or Dispute.select().exists():
        raise ValidationError("数据库中已有委员或业务记录，演示数据只能生成到新的空数据库中。")
    today = today or dt.date.today()
    start, end = dt.date(year, 1, 1), dt.date(year, 12, 31)
    last = min(end, today) if start <= today else end
    rng = random.Random(seed)
    towns = rng.sample(T.TOWNS, size.stations)
    total = size.stations * len(STAGES)
    # the demo is written as of *today* (a future year: as of its last day), so its dates count as past
    # the demo writes its own 交办 items (demo_proposals.referrals, with replies and follow-ups): the
    # services.referrals hook waits, and the backfill at the end adds the items of any other hand-over
    with operation(), database_proxy.atomic(), fts.paused(database_proxy.obj), fixed_today(max(today, last)), \
            record_events.paused():
        county = size.stations > 1  # the county's own station receives one registered station per town
        _station_info(rng, towns[0], year, scale, county)
        rules = _rules()
        dates = None
        for n, town in enumerate(towns):
            marks = demo_county.Marks() if county else None
            station = StationYear(random.Random(f"{seed}/{n}"), town, year, last, size, first=(n == 0))
            step = n * len(STAGES)
            station.members_and_teams()
            _tick(progress, step + 1, total, town, "委员")
            if dates is None or size.stations == 1:
                plan = roster.plan(start, end)
                dates = [(p.date, p.half, p.rule_id, p.member_ids) for p in plan.slots]
            station.duty(dates, rules, from_plan=(size.stations == 1))
            _tick(progress, step + 2, total, town, "值班")
            station.reception()
            _tick(progress, step + 3, total, town, "接待")
            demo_cases.disputes(station)
            _tick(progress, step + 4, total, town, "纠纷")
            demo_cases.activities(station)
            _tick(progress, step + 5, total, town, "活动")
            demo_cases.topics(station)
            demo_cases.opinions(station)
            _tick(progress, step + 6, total, town, "议题")
            demo_proposals.proposals(station)
            demo_proposals.referrals(station)
            if county:
                demo_county.claim(demo_county.register(rng, town, COUNTY, year, last, "委员工作站"), marks)
            _tick(progress, step + 7, total, town, "提案")
        demo_cases.finish_numbering(year)
        demo_proposals.finish_numbering((year - 1, year))
        touched(*ALL_MODELS)  # the demo fills every list (some rows are written past the record services)
    with operation(), database_proxy.atomic(), fixed_today(max(today, last)):
        from station_app.services import referrals

        referrals.backfill()
        if size.stations > 1:
            demo_county.referrals_follow_sources()
    return figures()


def _tick(progress, done: int, total: int, town: str, stage: str) -> None:
    if progress:
        progress(done, total, f"{town}镇：{stage}")


def figures() -> dict:
    """Counts of live records, as the home page and reports show them."""
    alive = lambda m: m.alive().count()
    total_people = database_proxy.execute_sql(
        "SELECT COALESCE(SUM(people_count), 0) FROM visit WHERE deleted = FALSE").fetchone()[0]
    return {
        "members": alive(Member), "duty_slots": alive(DutySlot), "reception_days": alive(ReceptionDay),
        "visits": alive(Visit), "people": int(total_people), "disputes": alive(Dispute),
        "succeeded": Dispute.alive().where(Dispute.result == "调解成功").count(),
        "activities": alive(Activity), "topics": alive(Topic),
        "topic_steps": sorted({t.step for t in Topic.alive().select(Topic.step)}),
        "opinions": alive(Opinion), "swaps": Swap.select().count(),
        "proposals": alive(Proposal), "referrals": alive(Referral),
    }


def _station_info(rng: random.Random, town: str, year: int, scale: str, county: bool = False) -> None:
    people = People(rng)
    convener, liaison = people.name(), people.name()
    name = demo_county.COUNTY_OFFICE.format(county=COUNTY) if county else f"{town}镇委员工作室"
    values = {
        "name": name, "kind": "委员联络站" if county else "委员工作室", "cppcc": f"{COUNTY}政协",
        "host_unit": f"{town}镇人民政府",
        "address": f"{COUNTY}{town}镇{rng.choice(T.STREETS)}{rng.randint(1, 200)}号便民服务中心二楼",
        "founded_on": dt.date(year - 2, rng.randint(3, 11), rng.randint(1, 28)),
        "convener": convener, "liaison": liaison, "phone": people.landline(),
        "reception_note": "每周五上午为委员接待日，两名委员轮值；每月15日为政协委员联系群众日（遇节假日顺延）。",
        "annual_target": "驻室委员全年参加接待日值班不少于2次，全年参与成功化解矛盾纠纷不少于1件，"
                         "全年联系界别群众不少于8人次。",
        "fonds_no": f"J{rng.randint(10, 99):03d}",
        "mediation_org": f"{COUNTY}人民调解委员会" if county else f"{town}镇人民调解委员会",
    }
    if county:
        values.update(host_unit=f"{COUNTY}政协", address=f"{COUNTY}政协机关三楼")
    _station_quotas()
    if Station.own_row().name:  # `init --name` came first: keep the name the user gave
        values.pop("name")
    Station.name_own(**values)


# The demo station has ~50 members sharing one weekly session of two, so each serves about twice a
# year: like a real station of that size it sets yearly targets it can meet, and the 亮牌提醒 then
# flags the members who really fall short instead of everyone.
DEMO_QUOTAS = {
    "reception_monthly": {"label": "全年参加接待", "period": "year", "target": 2},
    "disputes_quarterly": {"label": "全年成功调解", "period": "year", "target": 1},
    "contacts_yearly": {"target": 8},
}


def _station_quotas() -> None:
    for key, values in DEMO_QUOTAS.items():
        Quota.update(**values).where(Quota.key == key).execute()


def _rules() -> dict[int, str]:
    """The weekly reception day and the monthly 15th contact day; returns rule id -> location suffix."""
    rows = [
        {"name": "委员接待日", "kind": "weekly", "half": "上午", "members_per_session": 2,
         "location": "委员工作室接待室", "shift_on_holiday": True, "active": True},
        {"name": "政协委员联系群众日", "kind": "monthly_dates", "half": "上午", "members_per_session": 2,
         "location": "便民服务中心", "shift_on_holiday": True, "active": True},
    ]
    extra = [{"weekdays": [4], "month_days": []}, {"weekdays": [], "month_days": [15]}]
    ids = bulk.bulk_create("reception_rule", rows, extra=extra)
    return {ids[0]: "委员工作室接待室", ids[1]: "便民服务中心"}


class StationYear:
    """One station's year of records, built in memory and written kind by kind through the bulk path."""

    def __init__(self, rng: random.Random, town: str, year: int, last: dt.date, size: Scale, first: bool):
        self.rng, self.town, self.year, self.last, self.size, self.first = rng, town, year, last, size, first
        self.people = People(rng)
        self.start = dt.date(year, 1, 1)
        self.share = min(1.0, ((last - self.start).days + 1) / 365)  # of the year already past
        self.members: list[dict] = []  # {"id", "name", "role", "employer"}
        self.days: list[dict] = []  # held reception days: {"id", "date", "members"}
        self.visits: list[dict] = []  # written visits: {"id", "date", "handling", "category", "name", ...}

    def count(self, per_year: float, minimum: int = 1) -> int:
        """How many of something a whole year has *per_year* of, for the part of the year past."""
        return max(minimum, round(per_year * self.share))

    # ---- members and teams ----
    def members_and_teams(self) -> None:
        rng, size = self.rng, self.size
        roles = ["召集人", "副召集人", "副召集人", "联络员"] + ["驻室委员"] * (size.members - 4)
        rows = []
        for i, (name, gender) in enumerate(self.people.unique_names(size.members)):
            profile = (i * 7 + rng.randrange(3)) % len(T.MEMBER_PROFILES)
            sector, employer, expertise = T.MEMBER_PROFILES[profile]
            joined = dt.date(self.year - rng.choice((1, 1, 2, 3)), rng.randint(1, 12), 1)
            if i >= size.members - 2:  # two members joined during the year
                latest = max(self.start, self.last - dt.timedelta(days=90))
                joined = self.people.day_between(self.start, latest)
            rows.append({
                "name": name, "gender": gender, "ethnicity": rng.choice(T.ETHNICITIES),
                "birth_month": dt.date(self.year - rng.randint(32, 60), rng.randint(1, 12), 1),
                "sector": sector,
                "level": rng.choices(("县区", "市", "省"), (14, 4, 1))[0], "term": "第十届",
                "party": T.PARTIES_OF.get(sector, rng.choice(("中共党员", "群众", "群众"))),
                "employer": employer.replace("某某", self.town) if employer.startswith("某某") else employer,
                "expertise": expertise, "phone": self.people.mobile(), "role": roles[i],
                "status": "退出" if i == size.members - 3 else "在册", "joined_on": joined,
                "note": "因工作调动退出" if i == size.members - 3 else "",
            })
        ids = bulk.bulk_create("member", rows)
        for mid, row in zip(ids, rows):
            if row["status"] == "在册":
                self.members.append({"id": mid, "name": row["name"], "role": row["role"],
                                     "employer": row["employer"], "joined": row["joined_on"]})
        if self.first:
            teams = ("政策咨询", "法律援助", "普法宣传", "诉讼指导", "公共服务")
            groups = [rng.sample(self.members, rng.randint(4, 8)) for _ in teams]
            bulk.bulk_create("work_team", [{"name": t, "note": f"{t}工作专班"} for t in teams],
                             members=[[m["id"] for m in g] for g in groups],
                             extra=[{"leader": g[0]["id"]} for g in groups])

    def member_ids(self, day: dt.date) -> list[int]:
        return [m["id"] for m in self.members if m["joined"] <= day]

    def name_of(self, member_id: int) -> str:
        return next(m["name"] for m in self.members if m["id"] == member_id)

    # ---- duty roster, swaps, attendance ----
    def duty(self, dates, rules: dict[int, str], *, from_plan: bool) -> None:
        rng = self.rng
        slots, members, swaps = [], [], []
        turn = rng.randrange(len(self.members))
        for day, half, rule_id, planned in dates:
            pool = self.member_ids(day)
            if not from_plan or not planned:
                planned = [pool[(turn + k) % len(pool)] for k in range(2)]
                turn += 2
            place = f"{self.town}镇{rules.get(rule_id, '委员工作室接待室')}"
            state, note = "计划", ""
            links = [[mid, True, True, None] for mid in planned]
            slot_swaps = []
            if day <= self.last:
                state = "已完成"
                if rng.random() < 0.02:
                    state, note = "取消", rng.choice(("因暴雨天气取消", "与全县集中活动冲突，取消"))
                elif rng.random() < 0.1 and len(pool) > 2:
                    original = rng.choice(planned)
                    substitute = rng.choice([m for m in pool if m not in planned])
                    for link in links:
                        if link[0] == original:
                            link[2] = False
                    links.append([substitute, False, True, None])
                    slot_swaps.append({"original": original, "substitute": substitute,
                                       "reason": self.people.weighted({"外出": 4, "生病": 2, "工作冲突": 4, "其他": 1}),
                                       "registered_at": dt.datetime.combine(
                                           day - dt.timedelta(days=rng.randint(1, 4)),
                                           dt.time(rng.randint(8, 17))),
                                       "liaison_notified": True, "note": "提前告知联络员调剂"})
                if state == "已完成":
                    for link in links:
                        link[3] = link[2] and rng.random() > 0.03
            slots.append({"date": day, "half": half, "location": place, "state": state, "note": note,
                          "rule": rule_id})
            members.append(links)
            swaps.append(slot_swaps)
        ids = bulk.bulk_create("duty_slot", slots, extra=[{"rule": s["rule"]} for s in slots])
        bulk.insert_rows(DutyMember, [
            {"slot": sid, "member": mid, "planned": planned, "active": active, "present": present}
            for sid, links in zip(ids, members) for mid, planned, active, present in links], audit=False)
        bulk.insert_rows(Swap, [{**s, "slot": sid} for sid, group in zip(ids, swaps) for s in group],
                         audit=False)
        self.held = [(sid, slot, [mid for mid, _p, active, present in links if active and present])
                     for sid, slot, links in zip(ids, slots, members) if slot["state"] == "已完成"]

    # ---- reception days and visits ----
    def reception(self) -> None:
        rng, size = self.rng, self.size
        day_rows, day_members, day_visits = [], [], []
        for sid, slot, present in self.held:
            contact_day = slot["date"].day in range(15, 20) and "便民" in slot["location"]
            n = rng.choice((0, 1, 2, 2, 3, 3, 4, 4, 5, 6, 7, 8)) + (3 if contact_day else 0)
            n = round(n * size.visit_factor)
            theme = ""
            if contact_day:
                theme = "政协委员联系群众日"
            elif rng.random() < 0.15:
                theme = rng.choice(("涉法涉诉专题接待（1+N）", "劳动用工专题接待（1+N）", "婚姻家庭专题接待（1+N）"))
            visits = [self._visit(slot["date"], "接待日来访", True) for _ in range(n)]
            day_rows.append({"date": slot["date"], "half": slot["half"], "location": slot["location"],
                             "theme": theme, "themed_sectors": "社会科学界、特别邀请人士" if "1+N" in theme else "",
                             "recorder": self.members[3]["name"] if len(self.members) > 3 else "",
                             "summary": day_summary(visits)})
            day_members.append(present)
            day_visits.append(visits)
        day_ids = bulk.bulk_create("reception_day", day_rows, members=day_members,
                                   extra=[{"duty_slot": sid} for sid, *_ in self.held])
        rows, links, extra = [], [], []
        for day_id, day, present, visits in zip(day_ids, day_rows, day_members, day_visits):
            for visit in visits:
                rows.append(visit)
                links.append(present or self.member_ids(day["date"])[:1])
                extra.append({"reception_day": day_id})
        for _ in range(self.count(70 * size.visit_factor, 3)):
            when = self.people.day_between(self.start, self.last)
            mode = self.people.weighted({"电话": 35, "微信": 25, "委员走访": 20, "来信": 5, "网络留言": 10, "其他": 5})
            rows.append(self._visit(when, mode, False))
            links.append([rng.choice(self.member_ids(when))])
            extra.append({"reception_day": None})
        # in date order, as a clerk registers them: the 登记编号 follow the dates
        order = sorted(range(len(rows)), key=lambda i: (rows[i]["visit_date"], rows[i].get("visit_time") or ""))
        rows, links, extra = ([seq[i] for i in order] for seq in (rows, links, extra))
        ids = bulk.bulk_create("visit", rows, members=links, extra=extra)
        for vid, row in zip(ids, rows):
            self.visits.append({"id": vid, **row})

    def _visit(self, day: dt.date, mode: str, on_day: bool) -> dict:
        rng, p = self.rng, self.people
        category = p.weighted(T.CATEGORY_WEIGHTS)
        templates, answer, dept = T.VISIT_CONTENT[category]
        gender = p.gender()
        name = p.name(gender)
        count = 1 if rng.random() < 0.88 else rng.choice((2, 2, 2, 3, 3, 4, 6))
        content = rng.choice(templates).format(
            year=self.year - rng.randint(1, 3), other=p.name(), n=rng.randint(2, 10),
            company=rng.choice(T.COMPANIES), amount=rng.randrange(3000, 60000, 100),
            village=rng.choice(T.VILLAGES))
        if count >= 5:
            content = f"{count}名群众集体反映：" + content
        weights = dict(T.HANDLING_WEIGHTS)
        for method, boost in T.HANDLING_BOOST.get(category, {}).items():
            weights[method] += boost
        handling = p.weighted(weights)
        age = (self.last - day).days
        hour = rng.randint(8, 11) if on_day else rng.randint(8, 18)
        settled = handling in ("当场解答", "政策咨询", "法律咨询")
        if settled:
            status = "已回访" if rng.random() < 0.15 and age > 10 else "已办结"
        elif age < 7:
            status = "待办"
        elif age < 30:
            status = rng.choice(("办理中", "已办结"))
        else:
            status = rng.choices(("已办结", "已回访", "办理中"), (70, 25, 5))[0]
        row = {
            "visit_date": day, "mode": mode,
            "visit_time": f"{hour:02d}:{rng.choice((0, 15, 30, 45)):02d}",
            "visitor_name": name, "visitor_gender": gender,
            "visitor_phone": p.mobile() if rng.random() < 0.9 else "",
            "visitor_address": p.town_address(self.town), "people_count": count,
            "visitor_id_number": (p.id_number(p.birth(rng.randint(22, 75), day), gender)
                                  if rng.random() < 0.25 else ""),
            "visitor_sector": rng.choice(("", "", "", "社会福利和社会保障界", "农业界", "经济界")),
            "category": category, "content": content, "handling": handling,
            "handling_dept": dept if handling == "转交部门办理" else "", "status": status,
            "result": "", "followup_date": None, "followup_note": "", "satisfaction": "",
        }
        if status in ("已办结", "已回访"):
            row["result"] = {
                "转矛盾纠纷调解": "已转入矛盾纠纷调解程序，由委员工作室组织调解。",
                "转协商议题": "已作为协商议题收集，纳入协商议事。", "形成提案": "已由委员形成提案提交县政协。",
                "形成社情民意信息": "已整理形成社情民意信息报送。",
                "转交部门办理": f"已转{dept}办理，{dept}已书面答复。",
            }.get(handling, answer + "，来访人表示理解。")
        if status == "已回访":
            row["followup_date"] = min(self.last, day + dt.timedelta(days=rng.randint(3, 20)))
            row["followup_note"] = rng.choice(T.FOLLOWUP_NOTES)
            row["satisfaction"] = rng.choices(("满意", "基本满意", "不满意"), (80, 17, 3))[0]
        return row


def day_summary(visits: list[dict]) -> str:
    """接待小结 of a reception day, as a clerk writes it from the day's register."""
    if not visits:
        return "本次接待日无群众来访，值班委员整理接待台账，开展政策宣传。"
    people = sum(v["people_count"] for v in visits)
    kinds = sorted({v["category"] for v in visits}, key=lambda c: -sum(v["category"] == c for v in visits))
    handled = [v["handling"] for v in visits]
    parts = [f"当场解答及政策法律咨询{sum(h in ('当场解答', '政策咨询', '法律咨询') for h in handled)}件"]
    for method, label in (("转交部门办理", "转交部门办理"), ("转矛盾纠纷调解", "转入调解"),
                          ("转协商议题", "转为协商议题"), ("形成社情民意信息", "形成社情民意信息")):
        k = handled.count(method)
        if k:
            parts.append(f"{label}{k}件")
    return (f"本次接待来访群众{people}人次，登记诉求{len(visits)}件，主要涉及{'、'.join(kinds[:3])}等方面；"
            + "，".join(parts) + "。")

