"""Records of every kind, made through the services, for the archive sheet and package tests."""

from __future__ import annotations

import datetime as dt
import hashlib
from types import SimpleNamespace

from station_app.services import records
from station_app.store.models import Attachment, DutyMember, DutySlot, Station

D = dt.date
ID_1 = "110101199003074514"
ID_2 = "110101198502153028"


def _photo(data_dir, owner, caption: str, size=(800, 500)):
    """A real PNG stored like an attachment (attachments/<sha[:2]>/<sha>)."""
    import io

    from PIL import Image, ImageDraw

    img = Image.new("RGB", size, (170, 200, 230))
    ImageDraw.Draw(img).rectangle([size[0] // 4, size[1] // 4, size[0] * 3 // 4, size[1] * 3 // 4], fill=(240, 150, 40))
    buf = io.BytesIO()
    img.save(buf, "PNG")
    data = buf.getvalue()
    sha = hashlib.sha256(data).hexdigest()
    path = data_dir.attachments / sha[:2] / sha
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
    return Attachment.create(sha256=sha, filename=f"{caption}.png", size=len(data), owner_table="activity",
                             owner_id=owner.id, caption=caption)


def make(data_dir) -> SimpleNamespace:
    from station_app.services import disputes, dossier, reception, topics

    st = Station.alive().first()
    if st is None:
        st = Station.name_own(name="城关镇委员工作站")
    st.name, st.fonds_no, st.phone, st.liaison = "城关镇政协委员工作站", "Z108", "0871-6543210", "李秀英"
    st.reception_note = "每周五上午"
    st.save()
    m1 = records.create("member", {"name": "王建国", "sector": "经济界", "phone": "13912345678", "gender": "男"})
    m2 = records.create("member", {"name": "赵丽华", "sector": "社会福利和社会保障界", "gender": "女",
                                   "employer": "县人民医院副院长"})
    slot = DutySlot.create(date=D(2026, 3, 6), half="上午", location="工作站接待室", state="已完成")
    for m in (m1, m2):
        DutyMember.create(slot=slot, member=m, planned=True, active=True, present=True)
    DutySlot.create(date=D(2026, 3, 13), half="上午", location="工作站接待室")
    day = reception.open_day(slot, theme="医疗卫生界别接待日", recorder="李秀英")
    day.summary = "本次接待群众3批7人次，当场解答2件，转调解1件。"
    day.save()
    v1 = reception.add_visit(day, {
        "visit_date": D(2026, 3, 6), "visit_time": "09:30", "visitor_name": "张秀兰", "visitor_gender": "女",
        "visitor_phone": "13800138000", "visitor_id_number": ID_1, "people_count": 5,
        "visitor_address": "城关镇幸福村三组", "category": "邻里纠纷",
        "content": "反映邻居张某在两家之间的通道上堆放建筑材料，影响出行，多次协商未果。", "handling": "转矛盾纠纷调解",
    }, [m1.id])
    v2 = reception.add_visit(day, {
        "visit_date": D(2026, 3, 6), "visit_time": "10:15", "visitor_name": "欧阳明德", "people_count": 1,
        "category": "社会保障", "content": "咨询城乡居民医疗保险异地就医备案手续。", "handling": "政策咨询",
        "result": "已当场解答并告知线上备案渠道。",
    }, [m2.id])
    dsp = disputes.create_dispute({
        "accepted_on": D(2026, 3, 9), "dispute_type": "邻里", "source": "来访转入", "location": "幸福村三组",
        "summary": "申请人与被申请人系邻居，因通道堆放建筑材料发生纠纷。", "amount": "3000", "people_count": 2,
    }, [m1.id, m2.id], [
        {"role": "申请人", "name": "张秀兰", "gender": "女", "age": 52, "ethnicity": "汉族", "id_number": ID_1,
         "phone": "13800138000", "address": "城关镇幸福村三组18号", "statement": "要求对方清理通道。"},
        {"role": "被申请人", "name": "张德福", "gender": "男", "age": 58, "ethnicity": "汉族", "id_number": ID_2,
         "phone": "13700137000", "address": "城关镇幸福村三组20号"},
    ])
    disputes.add_session(dsp, {"date": D(2026, 3, 12), "location": "工作站调解室", "participants": "王建国、赵丽华",
                               "process": "调解员分别听取双方意见，释明相邻关系的法律规定，双方各让一步。",
                               "result": "达成书面协议"})
    dossier.set_paper(dsp, "当事人权利义务告知书", True, 2)
    dossier.set_paper(dsp, "当事人身份证明", True, 2)
    disputes.close_case(dsp, {"result": "调解成功", "agreement_form": "书面", "closed_on": D(2026, 3, 12),
                              "agreement_content": "一、被申请人于3月20日前清理通道建筑材料；"
                                                   "二、申请人补偿搬运费300元。",
                              "fulfil_deadline": D(2026, 3, 20), "agreement_amount": "300",
                              "fulfil_method": "自行清理，现金支付", "fulfil_place": "幸福村三组"})
    disputes.add_followup(dsp, {"date": D(2026, 3, 25), "visitor": "王建国", "content": "通道已清理，双方和好。",
                                "fulfilment": "已履行", "satisfaction": "满意"})
    dsp2 = disputes.create_dispute({"accepted_on": D(2026, 4, 2), "source": "当事人申请", "dispute_type": "劳动争议",
                                    "summary": "欠薪纠纷。"}, [m1.id],
                                   [{"role": "申请人", "name": "刘强"}])
    act = records.create("activity", {
        "date": D(2026, 4, 15), "activity_type": "普法宣传", "title": "民法典进社区宣传活动",
        "location": "城关社区广场", "organizer": "城关镇委员工作站", "people_served": 120,
        "summary": "委员现场解答群众法律问题，发放宣传资料500余份。", "outcome": "群众法律意识明显提高。"},
        members=[m1.id, m2.id])
    _photo(data_dir, act, "活动现场")
    _photo(data_dir, act, "发放资料", size=(400, 700))
    topic = topics.create_topic({"title": "幸福村通组道路硬化", "proposed_on": D(2026, 5, 8), "source": "接待日转化",
                                 "proposer": "张秀兰", "description": "三组通组道路雨天泥泞，群众出行难。"}, [v1.id])
    topics.add_meeting(topic, {"date": D(2026, 5, 20), "location": "村委会议室", "form": "院坝",
                               "dept_reps": "镇交通办", "public_reps": "村民代表5人",
                               "points": "群众要求尽快硬化道路。", "consensus": "由镇交通办列入年度计划。"},
                        [m1.id, m2.id])
    proposal, referral = proposal_and_referral(m1, m2, v1)
    return SimpleNamespace(station=st, members=[m1, m2], slot=slot, day=day, visits=[v1, v2],
                           disputes=[dsp, dsp2], activity=act, topic=topic, proposal=proposal, referral=referral)


def proposal_and_referral(lead, joint, visit):
    """A 联名 proposal grown from *visit* (立案, answered B), and the visit's 交办 item answered in March,
    whose matter and reply still carry the visitor's name and phone (the 回音壁 must not)."""
    from station_app.store.models import ProposalMember, ProposalSource, Referral

    p = records.create("proposal", {
        "number": "TA-2026-001", "title": "关于幸福村通组道路硬化的建议", "reason": "幸福村三组通组道路雨天泥泞。",
        "source": "接待日转化", "analysis": "全村尚有3公里通组道路未硬化，群众出行难。",
        "suggestion": "一、将通组道路硬化列入年度计划；二、整合一事一议资金。", "submitted_on": D(2026, 3, 10),
        "submitted_to": "县政协", "filing": "立案", "filing_no": "第35号", "main_dept": "交通运输所",
        "co_depts": "农业农村办", "assigned_on": D(2026, 3, 20), "replied_on": D(2026, 5, 30), "reply_class": "B",
        "reply_summary": "已列入下一年度通组道路硬化计划。", "member_opinion": "基本满意"})
    for position, m in enumerate((lead, joint)):
        ProposalMember.create(proposal=p, member=m, position=position)
    ProposalSource.create(proposal=p, visit=visit)
    r = records.create("referral", {
        "source_kind": "visit", "matter": "张秀兰反映邻居在通道上堆放建筑材料，请电话13800138000联系她。",
        "asker": "张秀兰", "asker_public": "幸福村群众", "department": "住建办", "assigned_on": D(2026, 3, 7),
        "due_on": D(2026, 3, 27), "replied_on": D(2026, 3, 18), "reply": "住建办已督促张秀兰的邻居清理通道。",
        "result": "已解决", "fed_back_on": D(2026, 3, 20), "satisfaction": "满意", "state": "已反馈"},
        extra={"visit": visit.id})
    Referral.update(visit=visit.id).where(Referral.id == r.id).execute()
    return p, r
