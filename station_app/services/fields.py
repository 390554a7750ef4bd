"""One declaration per record kind: its fields' Chinese labels, types, rules and import synonyms.

Validation, ledgers, import and the GUI's dialogs all read these, so a label is written once.
"""

from __future__ import annotations

from dataclasses import dataclass
from dataclasses import field as dc_field

from station_app.services.masking import ADDRESS, FREE_TEXT, ID_NUMBER, PHONE
from station_app.store import choices as C
from station_app.store import models as M

# field types: text, longtext, date, time, int, amount, phone, id_number, credit_code, choice, lookup, bool, grade,
# reply_class (a proposal's 答复类别 code), department (a unit's name: free text that joins the
# 承办单位 list when saved, services.departments; a *_depts field holds several, 、-separated)


@dataclass(frozen=True)
class Field:
    name: str
    label: str
    type: str = "text"
    required: bool = False
    max_len: int | None = None
    choices: tuple[str, ...] | None = None  # fixed states
    lookup: str | None = None  # Lookup.kind for editable lists
    synonyms: tuple[str, ...] = ()  # other header texts meaning the same column
    sensitivity: str | None = None  # services.masking class: id_number, phone (masked), address, free_text
    default: object = None
    not_future: bool = False  # a date of something that has happened: never after today
    minimum: int | None = None  # int / amount bounds (checked by the service, shown by the dialogs)
    maximum: int | None = None
    exported: bool = True  # a column of its kind's ledger (tests/test_registry.py checks the declaration)
    printed: bool = True  # on its kind's archive sheet
    searched: bool = False  # part of its record's search-index document (services.registry → store.fts)
    keep_for_next: bool = False  # kept by 保存并登记下一位; every other field is cleared for the next entry


@dataclass(frozen=True)
class Kind:
    key: str
    label: str
    model: type
    fields: tuple[Field, ...]
    date_field: str | None = None  # the date a period filter applies to
    title_field: str | None = None  # what names one record in messages and search results
    order_checks: tuple[tuple[str, str], ...] = ()  # (earlier, later) date pairs
    member_link: tuple[type, str] | None = None  # (link model, owner field) for member lists
    members_label: str = "委员"
    members_required: bool = False  # at least one member (its dialog marks the picker "*")
    natural_key: tuple[str, ...] = ()  # what makes two imported rows the same record
    extra: dict = dc_field(default_factory=dict)

    def field(self, name: str) -> Field:
        for f in self.fields:
            if f.name == name:
                return f
        raise KeyError(name)

    @property
    def names(self) -> tuple[str, ...]:
        return tuple(f.name for f in self.fields)


F = Field
TEL = ("联系电话", "电话", "手机", "手机号", "电话号码")

STATION = Kind("station", "工作站信息", M.Station, (
    F("name", "名称", required=True, max_len=100, synonyms=("工作站名称", "站名")),
    F("kind", "类型", "choice", choices=C.STATION_KINDS),
    F("cppcc", "所属政协", max_len=100),
    F("host_unit", "依托单位", max_len=100),
    F("address", "地址", max_len=200),
    F("founded_on", "成立日期", "date"),
    F("convener", "召集人", max_len=50),
    F("liaison", "联络员", max_len=50),
    F("phone", "电话", "phone"),
    F("reception_note", "接待日规则", "longtext", max_len=500),
    F("annual_target", "年度履职指标", "longtext", max_len=1000),
    F("fonds_no", "全宗号", max_len=30),
    F("mediation_org", "人民调解组织", max_len=100, synonyms=("人民调解委员会", "调解组织")),
), title_field="name")

MEMBER = Kind("member", "委员", M.Member, (
    F("name", "姓名", required=True, max_len=50, synonyms=("名字", "委员姓名"), searched=True),
    F("gender", "性别", "choice", choices=C.GENDERS),
    F("ethnicity", "民族", max_len=20),
    F("birth_month", "出生年月", "date", synonyms=("出生日期", "出生年月日")),
    F("sector", "界别", "lookup", lookup="sector", required=True, synonyms=("所属界别",), searched=True),
    F("level", "委员层级", "choice", choices=C.MEMBER_LEVELS, synonyms=("层级",)),
    F("term", "届次", max_len=20),
    F("party", "党派", max_len=30, synonyms=("政治面貌",), searched=True),
    F("employer", "工作单位及职务", max_len=200, synonyms=("工作单位", "单位及职务", "单位职务"), searched=True),
    F("expertise", "专业特长", max_len=200, synonyms=("特长",), searched=True),
    F("phone", "联系电话", "phone", synonyms=TEL, sensitivity=PHONE, searched=True),
    F("role", "角色", "choice", choices=C.MEMBER_ROLES, synonyms=("职务分工",), searched=True),
    F("status", "状态", "choice", choices=C.MEMBER_STATES),
    F("joined_on", "入室日期", "date", synonyms=("入站日期", "加入日期")),
    F("note", "备注", "longtext", max_len=500, searched=True, printed=False),
), title_field="name", order_checks=(("birth_month", "joined_on"),), natural_key=("name", "sector"))

WORK_TEAM = Kind("work_team", "工作专班", M.WorkTeam, (
    F("name", "专班名称", required=True, max_len=50),
    F("note", "备注", "longtext", max_len=500),
), title_field="name", member_link=(M.TeamMember, "team"), members_label="成员", natural_key=("name",))

RECEPTION_RULE = Kind("reception_rule", "接待日规则", M.ReceptionRule, (
    F("name", "规则名称", required=True, max_len=50),
    F("kind", "方式", "choice", choices=C.RULE_KINDS, required=True),
    F("half", "时段", "choice", choices=C.HALVES),
    F("members_per_session", "每次委员人数", "int", required=True, minimum=1, maximum=50),
    F("location", "地点", max_len=100),
    F("shift_on_holiday", "遇节假日顺延", "bool"),
    F("active", "启用", "bool"),
    F("valid_from", "起始日期", "date"),
    F("valid_to", "截止日期", "date"),
), title_field="name", order_checks=(("valid_from", "valid_to"),))

DUTY_SLOT = Kind("duty_slot", "值班安排", M.DutySlot, (
    F("date", "日期", "date", required=True, synonyms=("值班日期",)),
    F("half", "时段", "choice", choices=C.HALVES, required=True),
    F("location", "地点", max_len=100, synonyms=("值班地点",)),
    F("state", "状态", "choice", choices=C.SLOT_STATES),
    F("note", "备注", "longtext", max_len=500, printed=False),
), date_field="date", title_field="date", natural_key=("date", "half", "location"))

RECEPTION_DAY = Kind("reception_day", "接待日", M.ReceptionDay, (
    F("date", "接待日期", "date", required=True, not_future=True, synonyms=("日期",)),
    F("half", "时段", "choice", choices=C.HALVES),
    F("location", "地点", max_len=100, synonyms=("接待地点",)),
    F("theme", "主题", max_len=100, synonyms=("接待主题",)),
    F("themed_sectors", "邀请界别", max_len=200),
    F("recorder", "记录人", max_len=50),
    F("summary", "小结", "longtext", max_len=2000, synonyms=("接待小结",)),
), date_field="date", title_field="date", member_link=(M.ReceptionMember, "day"),
    members_label="值班委员", natural_key=("date", "half"))

VISIT = Kind("visit", "来访登记", M.Visit, (
    F("visit_date", "来访日期", "date", required=True, not_future=True,
      synonyms=("日期", "时间", "来访时间", "接待日期"), keep_for_next=True),
    F("visit_time", "来访时刻", "time"),
    F("mode", "来访方式", "lookup", lookup="visit_mode", synonyms=("方式",), searched=True, keep_for_next=True),
    F("visitor_name", "来访人", required=True, max_len=50, synonyms=("姓名", "名字", "来访人姓名", "来访群众"),
      searched=True),
    F("visitor_gender", "性别", "choice", choices=C.GENDERS),
    F("visitor_phone", "联系电话", "phone", synonyms=TEL, sensitivity=PHONE, searched=True),
    F("visitor_address", "住址或单位", max_len=200, synonyms=("住址", "单位", "地址", "家庭住址"), searched=True,
      sensitivity=ADDRESS),
    F("visitor_id_number", "身份证号", "id_number", synonyms=("身份证号码", "身份证"), sensitivity=ID_NUMBER),
    F("people_count", "人数", "int", required=True, default=1, minimum=1, maximum=10000,
      synonyms=("来访人数", "人次")),
    F("visitor_sector", "界别群众", "lookup", lookup="sector"),
    F("category", "诉求类别", "lookup", lookup="visit_category", required=True, synonyms=("类别", "问题类别"),
      searched=True, keep_for_next=True),
    F("content", "诉求内容", "longtext", required=True, max_len=2000, synonyms=("反映问题", "来访事由", "主要诉求"),
      searched=True, sensitivity=FREE_TEXT),
    F("handling", "处理方式", "lookup", lookup="handling", required=True, searched=True, keep_for_next=True),
    F("handling_dept", "承办部门", "department", max_len=50, synonyms=("交办部门", "承办单位"), searched=True),
    F("status", "办理状态", "choice", choices=C.VISIT_STATES, synonyms=("状态",)),
    F("result", "办理结果", "longtext", max_len=2000, synonyms=("处理结果",), searched=True),
    F("followup_date", "回访日期", "date", not_future=True),
    F("followup_note", "回访情况", "longtext", max_len=1000, searched=True),
    F("satisfaction", "满意度", "choice", choices=C.SATISFACTION),
), date_field="visit_date", title_field="visitor_name", order_checks=(("visit_date", "followup_date"),),
    member_link=(M.VisitMember, "visit"), members_label="接待委员",
    natural_key=("visit_date", "visitor_name", "content"))

DISPUTE = Kind("dispute", "矛盾纠纷调解案件", M.Dispute, (
    F("case_no", "案件编号", max_len=40, synonyms=("编号", "案号"), searched=True),
    F("accepted_on", "受理日期", "date", required=True, not_future=True, synonyms=("日期", "受理时间")),
    F("source", "来源", "lookup", lookup="dispute_source", required=True, synonyms=("案件来源", "纠纷来源"),
      searched=True),
    F("dispute_type", "纠纷类型", "lookup", lookup="dispute_type", required=True, synonyms=("类型", "案件类型"),
      searched=True),
    F("summary", "简要情况", "longtext", required=True, max_len=2000, synonyms=("纠纷简要情况", "基本案情", "案情"),
      searched=True),
    F("location", "地点", max_len=100, searched=True, exported=False),
    F("people_count", "涉及人数", "int", default=1, minimum=1, maximum=100000, synonyms=("人数",)),
    F("amount", "涉及金额", "amount", minimum=0, synonyms=("涉案金额", "金额")),
    F("other_mediators", "其他调解员", max_len=200, searched=True, exported=False),
    F("result", "调解结果", "choice", choices=C.DISPUTE_RESULTS, synonyms=("结果",)),
    F("agreement_form", "协议形式", "choice", choices=C.AGREEMENT_FORMS),
    F("agreement_content", "协议内容", "longtext", max_len=3000, searched=True, exported=False),
    F("agreement_amount", "协议涉及金额", "amount", minimum=0),
    F("fulfil_method", "履行方式", max_len=100, synonyms=("协议履行方式",), exported=False),
    F("fulfil_deadline", "履行期限", "date", exported=False),
    F("fulfilment", "履行情况", "choice", choices=C.FULFILMENT),
    F("agreement_no", "协议编号", max_len=40, exported=False),
    F("agreement_date", "协议日期", "date", synonyms=("协议签订日期",), exported=False),
    F("fulfil_place", "履行地点", max_len=100, exported=False),
    F("recorder", "记录人", max_len=50, synonyms=("协议记录人",), exported=False),
    F("failure_reason", "调解不成功原因", "longtext", max_len=1000, searched=True, exported=False),
    F("explanation", "情况说明", "longtext", max_len=2000, synonyms=("卷宗情况说明",), exported=False),
    F("closed_on", "结案日期", "date", not_future=True, synonyms=("结案时间",)),
    F("file_no", "卷宗号", max_len=40, searched=True),
    F("archive_status", "归档状态", "choice", choices=C.ARCHIVE_STATES),
    F("retention", "保管期限", "choice", choices=C.RETENTION, exported=False),
    F("filed_by", "立卷人", max_len=50, exported=False),
    F("filed_on", "立卷日期", "date", exported=False),
    F("checked_by", "检查人", max_len=50, exported=False),
    F("prevented_criminal_cases", "防止民转刑（件）", "int", minimum=0, exported=False, printed=False),
    F("prevented_criminal_people", "防止民转刑（人）", "int", minimum=0, exported=False, printed=False),
    F("prevented_petition_cases", "防止群体性上访（件）", "int", minimum=0, exported=False, printed=False),
    F("prevented_petition_people", "防止群体性上访（人）", "int", minimum=0, exported=False, printed=False),
    F("prevented_suicide_cases", "防止自杀（件）", "int", minimum=0, exported=False, printed=False),
    F("prevented_suicide_people", "防止自杀（人）", "int", minimum=0, exported=False, printed=False),
), date_field="accepted_on", title_field="case_no",
    order_checks=(("accepted_on", "closed_on"), ("accepted_on", "fulfil_deadline"), ("accepted_on", "agreement_date"),
                  ("agreement_date", "fulfil_deadline")),
    member_link=(M.DisputeMediator, "dispute"), members_label="调解员", natural_key=("case_no",))

PARTY = Kind("party", "当事人", M.Party, (
    F("role", "身份", "choice", choices=C.PARTY_ROLES, required=True),
    F("name", "姓名或单位", required=True, max_len=100, synonyms=("姓名", "名称"), searched=True),
    F("is_org", "单位", "bool"),
    F("gender", "性别", "choice", choices=C.GENDERS),
    F("age", "年龄", "int", minimum=0, maximum=120),
    F("ethnicity", "民族", max_len=20),
    F("id_number", "身份证号", "id_number", sensitivity=ID_NUMBER, synonyms=("身份证号码",)),
    F("address", "住址", max_len=200, searched=True, sensitivity=ADDRESS),
    F("phone", "电话", "phone", sensitivity=PHONE, synonyms=TEL, searched=True),
    F("occupation", "职业或职务", max_len=60, synonyms=("职业", "职务")),
    F("legal_rep", "法定代表人/负责人", max_len=50, synonyms=("法定代表人", "负责人")),
    F("credit_code", "统一社会信用代码", "credit_code", synonyms=("信用代码", "社会信用代码")),
    F("statement", "陈述", "longtext", max_len=3000, sensitivity=FREE_TEXT),
), title_field="name")

MEDIATION_SESSION = Kind("mediation_session", "调解记录", M.MediationSession, (
    F("date", "调解日期", "date", required=True, not_future=True),
    F("location", "地点", max_len=100),
    F("mediators", "调解员", max_len=200),
    F("recorder", "记录人", max_len=50),
    F("participants", "参加人", max_len=300, synonyms=("邀请参加人",)),
    F("process", "调解经过", "longtext", required=True, max_len=5000),
    F("result", "结果", "longtext", max_len=2000),
), date_field="date", title_field="date")

FOLLOW_UP = Kind("follow_up", "回访记录", M.FollowUp, (
    F("date", "回访日期", "date", required=True, not_future=True),
    F("visitor", "回访人", required=True, max_len=50),
    F("reason", "回访事由", max_len=100),
    F("content", "回访情况", "longtext", required=True, max_len=2000),
    F("fulfilment", "履行情况", "choice", choices=C.FULFILMENT),
    F("satisfaction", "满意度", "choice", choices=C.SATISFACTION),
), date_field="date", title_field="date")

ACTIVITY = Kind("activity", "履职活动", M.Activity, (
    F("date", "活动日期", "date", required=True, not_future=True, synonyms=("日期", "时间")),
    F("activity_type", "活动类型", "lookup", lookup="activity_type", required=True, synonyms=("类型",),
      searched=True),
    F("title", "活动名称", required=True, max_len=200, synonyms=("名称", "活动主题", "主题"), searched=True),
    F("location", "地点", max_len=100, synonyms=("活动地点",), searched=True),
    F("organizer", "主办", max_len=100, synonyms=("主办单位",), searched=True),
    F("co_organizer", "协办", max_len=100, synonyms=("协办单位",), searched=True),
    F("other_people", "其他人员", max_len=300, searched=True),
    F("people_served", "服务群众人次", "int", minimum=0, synonyms=("服务人次", "参与人次", "涉及人次")),
    F("summary", "内容摘要", "longtext", max_len=3000, synonyms=("活动内容", "主要内容"), searched=True),
    F("outcome", "成效", "longtext", max_len=2000, synonyms=("活动成效",), searched=True),
), date_field="date", title_field="title", member_link=(M.ActivityMember, "activity"),
    members_label="参加委员", natural_key=("date", "title"))

TOPIC = Kind("topic", "协商议题", M.Topic, (
    F("code", "议题编号", max_len=30, synonyms=("编号",), searched=True),
    F("title", "议题名称", required=True, max_len=200, synonyms=("名称", "议题"), searched=True),
    F("source", "来源", "lookup", lookup="topic_source", synonyms=("议题来源",), searched=True),
    F("proposed_on", "提出日期", "date", required=True, not_future=True, synonyms=("日期", "收集日期")),
    F("proposer", "提出人", max_len=100, searched=True),
    F("description", "议题说明", "longtext", max_len=3000, searched=True, exported=False),
    F("step", "当前环节", "int"),
    F("suggestions_count", "建议条数", "int"),
    F("grade", "成果分类", "grade"),
    F("undertaker", "承办单位", "department", max_len=50, synonyms=("承办部门",), searched=True),
    F("handling_result", "办理结果", "longtext", max_len=3000, searched=True),
    F("feedback_on", "反馈日期", "date", not_future=True),
    F("converted", "是否转化", "bool"),
    F("publicity", "公示情况", "longtext", max_len=1000, searched=True),
), date_field="proposed_on", title_field="title", order_checks=(("proposed_on", "feedback_on"),),
    natural_key=("title", "proposed_on"))

MEETING = Kind("meeting", "协商议事会", M.Meeting, (
    F("date", "协商日期", "date", required=True, not_future=True),
    F("location", "地点", max_len=100),
    F("form", "形式", "lookup", lookup="meeting_form"),
    F("dept_reps", "部门代表", max_len=300),
    F("public_reps", "群众代表", max_len=300),
    F("experts", "专家", max_len=300),
    F("points", "协商要点", "longtext", max_len=5000),
    F("consensus", "形成共识", "longtext", max_len=3000),
), date_field="date", title_field="date", member_link=(M.MeetingMember, "meeting"), members_label="参加委员")

OPINION = Kind("opinion", "社情民意信息", M.Opinion, (
    F("title", "标题", required=True, max_len=200, synonyms=("信息标题", "题目"), searched=True),
    F("reporter", "反映人", max_len=50, searched=True),
    F("reporter_unit", "反映人单位", max_len=100, synonyms=("单位",), searched=True),
    F("situation", "情况问题", "longtext", max_len=1500, synonyms=("基本情况", "存在问题"), searched=True),
    F("analysis", "原因分析", "longtext", max_len=1500, searched=True),
    F("suggestion", "意见建议", "longtext", max_len=1500, synonyms=("建议",), searched=True),
    F("submitted_on", "报送日期", "date", synonyms=("日期",)),
    F("submitted_to", "报送单位", max_len=100, searched=True),
    F("adoption", "采用情况", "lookup", lookup="opinion_adoption"),
    F("instruction", "领导批示", "longtext", max_len=1000, searched=True),
    F("instruction_unit", "批示交办单位", "department", max_len=50, synonyms=("交办单位", "承办单位"), exported=False),
), date_field="submitted_on", title_field="title", natural_key=("title",))

PROPOSAL = Kind("proposal", "提案", M.Proposal, (
    F("number", "提案编号", max_len=30, synonyms=("编号",), searched=True),
    F("title", "提案标题", required=True, max_len=200, synonyms=("标题", "题目", "案题"), searched=True),
    F("reason", "案由", "longtext", required=True, max_len=2000, searched=True),
    F("source", "提案来源", "lookup", lookup="proposal_source", required=True, synonyms=("来源",), searched=True),
    F("analysis", "情况分析", "longtext", max_len=5000, synonyms=("现状分析", "问题分析"), searched=True),
    F("suggestion", "具体建议", "longtext", required=True, max_len=5000, synonyms=("建议", "意见建议"), searched=True),
    F("submitted_on", "提交日期", "date", required=True, not_future=True, synonyms=("日期", "提出日期")),
    F("submitted_to", "提交至", "lookup", lookup="proposal_level", required=True, synonyms=("报送单位", "提交单位"),
      searched=True),
    F("filing", "立案情况", "choice", choices=C.PROPOSAL_FILING, required=True, default="待审查",
      synonyms=("审查结果", "是否立案"), searched=True),
    F("filing_no", "立案号", max_len=30, synonyms=("提案号", "立案编号"), searched=True),
    F("is_key", "重点提案", "bool", synonyms=("是否重点提案", "是否重点")),
    F("main_dept", "主办单位", "department", max_len=50, synonyms=("承办单位", "主办"), searched=True),
    F("co_depts", "会办单位", "department", max_len=300, synonyms=("协办单位", "会办"), searched=True),
    F("assigned_on", "交办日期", "date", not_future=True),
    F("replied_on", "答复日期", "date", not_future=True, synonyms=("办复日期",)),
    F("reply_class", "答复类别", "reply_class", synonyms=("办理结果类别", "答复分类")),
    F("reply_summary", "答复摘要", "longtext", max_len=3000, synonyms=("答复内容", "办理结果"), searched=True),
    F("member_opinion", "委员意见", "choice", choices=C.SATISFACTION, synonyms=("委员满意度", "提案人意见")),
    F("concluded", "已办结", "bool", synonyms=("办结", "是否办结"), printed=False),
), date_field="submitted_on", title_field="title",
    order_checks=(("submitted_on", "assigned_on"), ("assigned_on", "replied_on"), ("submitted_on", "replied_on")),
    member_link=(M.ProposalMember, "proposal"), members_label="提案人", members_required=True,
    natural_key=("title", "submitted_on"))

REFERRAL = Kind("referral", "交办事项", M.Referral, (
    F("source_kind", "事项来源", "choice", choices=C.REFERRAL_KINDS),
    F("matter", "交办事项", "longtext", required=True, max_len=3000, synonyms=("事项", "诉求内容", "内容")),
    F("asker", "反馈对象", max_len=100, synonyms=("反映人", "来访人")),
    F("asker_public", "回音壁署名", max_len=100, synonyms=("公开署名",)),
    F("department", "承办单位", "department", max_len=50, required=True, synonyms=("承办部门", "交办单位")),
    F("assigned_on", "交办日期", "date", not_future=True, synonyms=("日期",)),
    F("limit_days", "办理时限", "int", minimum=1, maximum=3650, synonyms=("时限",), exported=False),
    F("due_on", "办理期限", "date", synonyms=("期限", "到期日期")),
    F("replied_on", "答复日期", "date", not_future=True, synonyms=("办复日期",)),
    F("reply", "答复内容", "longtext", max_len=3000, synonyms=("答复情况", "办理结果")),
    F("result", "办理结果", "choice", choices=C.REFERRAL_RESULTS, synonyms=("结果",)),
    F("fed_back_on", "反馈日期", "date", not_future=True),
    F("feedback_method", "反馈方式", "choice", choices=C.FEEDBACK_METHODS),
    F("feedback_by", "反馈人", max_len=50),
    F("satisfaction", "群众满意度", "choice", choices=C.SATISFACTION, synonyms=("满意度",)),
    F("feedback_note", "反馈情况", "longtext", max_len=1000),
    F("on_board", "上回音壁", "bool", default=True, synonyms=("回音壁",)),
    F("state", "办理状态", "choice", choices=C.REFERRAL_STATES, synonyms=("状态",)),
), date_field="assigned_on", title_field="matter",
    order_checks=(("assigned_on", "replied_on"), ("replied_on", "fed_back_on"), ("assigned_on", "fed_back_on")),
    natural_key=("source_kind", "matter", "assigned_on"))

REFERRAL_FOLLOW = Kind("referral_follow", "督办记录", M.ReferralFollow, (
    F("date", "督办日期", "date", required=True, not_future=True, synonyms=("日期",)),
    F("method", "督办方式", "choice", choices=C.FOLLOW_METHODS, required=True, synonyms=("方式",)),
    F("by", "督办人", max_len=50),
    F("note", "督办情况", "longtext", max_len=2000, synonyms=("情况",)),
), date_field="date", title_field="date")

KINDS: dict[str, Kind] = {k.key: k for k in (
    STATION, MEMBER, WORK_TEAM, RECEPTION_RULE, DUTY_SLOT, RECEPTION_DAY, VISIT, DISPUTE, PARTY,
    MEDIATION_SESSION, FOLLOW_UP, ACTIVITY, TOPIC, MEETING, OPINION, PROPOSAL, REFERRAL, REFERRAL_FOLLOW,
)}
BY_MODEL: dict[type, Kind] = {k.model: k for k in KINDS.values()}


def kind_of(model_or_key) -> Kind:
    if isinstance(model_or_key, str):
        return KINDS[model_or_key]
    model = model_or_key if isinstance(model_or_key, type) else type(model_or_key)
    return BY_MODEL[model]
