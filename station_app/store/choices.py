"""Fixed workflow states and the seed lists for the user-editable lookups (界别, 诉求类别 …)."""

from __future__ import annotations

# ---- fixed states (workflow logic depends on them; not user-editable) ----
GENDERS = ("男", "女")
HALVES = ("上午", "下午", "全天")
MEMBER_LEVELS = ("全国", "省", "市", "县区")
MEMBER_ROLES = ("召集人", "副召集人", "联络员", "驻室委员")
MEMBER_STATES = ("在册", "退出")
SLOT_STATES = ("计划", "已完成", "取消")
VISIT_STATES = ("待办", "办理中", "已办结", "已回访")
SATISFACTION = ("满意", "基本满意", "不满意")
PARTY_ROLES = ("申请人", "被申请人", "第三人")
DISPUTE_RESULTS = ("调解成功", "调解不成功", "终止调解", "转诉讼", "转其他部门")
AGREEMENT_FORMS = ("书面", "口头")
FULFILMENT = ("已履行", "部分履行", "未履行")
ARCHIVE_STATES = ("未归档", "已归档")
RETENTION = ("永久", "30年", "10年")
TOPIC_STEPS = ("收集议题", "确定议题", "议前调研", "协商议事", "公开公示", "成果转化")
USER_ROLES = ("管理员", "录入员", "只读检查")
RULE_KINDS = ("weekly", "monthly_dates", "nth_weekday")
RULE_KIND_LABELS = {"weekly": "每周固定", "monthly_dates": "每月固定日期", "nth_weekday": "每月第N个星期几"}
WEEKDAY_NAMES = ("星期一", "星期二", "星期三", "星期四", "星期五", "星期六", "星期日")
STATION_KINDS = ("委员工作室", "委员工作站", "协商议事室", "委员联络站")
PROPOSAL_FILING = ("待审查", "立案", "不立案转意见", "并案")
# 交办 items: the kinds of record a matter can be handed to a department from, and their labels
REFERRAL_KINDS = ("visit", "topic", "proposal", "opinion")
REFERRAL_KIND_LABELS = {"visit": "来访诉求", "topic": "协商成果", "proposal": "提案", "opinion": "社情民意"}
REFERRAL_STATES = ("待交办", "办理中", "已答复", "已反馈")
REFERRAL_RESULTS = ("已解决", "正在解决", "暂不能解决")
FOLLOW_METHODS = ("电话", "发函", "现场", "会议")  # 督办方式
FEEDBACK_METHODS = ("电话", "上门", "回音壁", "微信")  # 反馈方式
LIMIT_UNITS = ("workday", "day", "month")
LIMIT_UNIT_LABELS = {"workday": "个工作日", "day": "天", "month": "个月"}
# default 办理时限 per kind: (number, unit); editable in settings (Setting "referral_limits")
REFERRAL_LIMIT_SEEDS = {"visit": (15, "workday"), "topic": (30, "day"), "proposal": (3, "month"),
                        "opinion": (30, "day")}

# ---- editable lookups, seeded once: kind -> (label, values) ----
LOOKUP_SEEDS: dict[str, tuple[str, tuple[str, ...]]] = {
    "sector": ("界别", (
        "中共", "民革", "民盟", "民建", "民进", "农工党", "致公党", "九三学社", "台盟", "无党派人士",
        "共青团", "总工会", "妇联", "青联", "工商联", "科协", "台联", "侨联", "文化艺术界",
        "科学技术界", "社会科学界", "经济界", "农业界", "教育界", "体育界", "新闻出版界", "医药卫生界",
        "对外友好界", "社会福利和社会保障界", "少数民族界", "宗教界", "环境资源界", "特别邀请人士",
    )),
    "visit_mode": ("来访方式", ("接待日来访", "电话", "来信", "微信", "委员走访", "网络留言", "其他")),
    "visit_category": ("诉求类别", (
        "涉法涉诉", "邻里纠纷", "婚姻家庭", "劳动就业", "征地拆迁", "社会保障", "医疗卫生", "教育",
        "生态环境", "交通出行", "城乡建设", "营商环境", "其他",
    )),
    "handling": ("处理方式", (
        "当场解答", "政策咨询", "法律咨询", "转矛盾纠纷调解", "转协商议题", "形成社情民意信息", "形成提案",
        "转交部门办理", "其他",
    )),
    "dispute_source": ("纠纷来源", ("来访转入", "委员排查", "法院委托诉前调解", "部门移交", "当事人申请")),
    "dispute_type": ("纠纷类型", (
        "婚姻家庭", "邻里", "房屋宅基地", "合同", "损害赔偿", "劳动争议", "山林土地", "征地拆迁", "村务管理",
        "医疗", "物业", "道路交通", "消费", "企业经济/信用", "其他",
    )),
    "activity_type": ("活动类型", (
        "委员讲堂", "普法宣传", "送法进企", "庭审观摩", "协商议事", "走访调研", "视察监督", "学习培训",
        "读书活动", "公益服务", "界别活动", "其他",
    )),
    "topic_source": ("议题来源", ("群众反映", "委员荐题", "党政交题", "线上征题", "接待日转化", "社情民意")),
    "meeting_form": ("协商形式", ("会议", "现场", "线上", "院坝", "板凳会")),
    "swap_reason": ("调剂原因", ("外出", "生病", "工作冲突", "其他")),
    "opinion_adoption": ("采用情况", ("未采用", "上级采用", "领导批示", "转部门参考")),
    "department": ("承办单位", (
        "镇政府办公室", "党政综合办", "司法所", "派出所", "农业农村办", "自然资源所", "市场监管所", "卫生院",
        "中心学校", "民政办", "人社所", "住建办", "交通运输所", "供电所", "应急管理办", "生态环境分局",
        "水利站", "综合行政执法队", "社会事务办", "各村（社区）",
    )),
    "proposal_source": ("提案来源", ("接待日转化", "社情民意", "协商议题", "委员调研", "界别活动", "其他")),
    "proposal_level": ("提交至", ("县政协", "市政协", "省政协", "全国政协")),
}

# Proposal reply classes (答复类别): editable like the topic grades.
REPLY_CLASS_SEEDS = (
    ("A", "已解决", "所提问题已经解决或基本解决"),
    ("B", "正在解决", "所提问题正在解决或已列入计划逐步解决"),
    ("C", "暂不能解决", "因条件限制或其他原因暂时不能解决，作出解释说明"),
)

# Topic result grades: editable names and meanings (some localities use A/B/C/D differently).
GRADE_SEEDS = (
    ("A", "可落实", "可落实，交承办单位办理"),
    ("B", "报研究", "报党委政府或村两委研究"),
    ("C", "做好解释", "暂不能解决，做好解释"),
)

# Mediation dossier (人民调解卷宗) contents in order; True marks a required paper.
DOSSIER_ITEMS = (
    ("申请书或受理登记表", True),
    ("当事人权利义务告知书", True),
    ("当事人身份证明", True),
    ("授权委托书", False),
    ("调查记录", False),
    ("证据材料", False),
    ("调解记录", True),
    ("调解协议书", True),
    ("履行凭证", False),
    ("回访记录", False),
    ("司法确认材料", False),
    ("卷宗情况说明", False),
    ("封底", True),
)

# Default quotas (年度履职指标) and points rules; both editable per station.
QUOTA_SEEDS = (
    # key, label, metric, period, target
    ("reception_monthly", "每月参加接待", "duty_shifts", "month", 1),
    ("disputes_quarterly", "每季度化解纠纷", "mediations_succeeded", "quarter", 1),
    ("contacts_yearly", "全年联系群众", "people_contacted", "year", 40),
    ("proposals_yearly", "每年提交提案", "proposals", "year", 1),
)
POINT_SEEDS = (
    # metric, label, points
    ("duty_shifts", "值班一次", 2.0),
    ("people_contacted", "接待群众一人次", 0.5),
    ("mediations_succeeded", "成功调解一件", 5.0),
    ("activities", "参加活动一次", 2.0),
    ("topics", "参与协商议题一件", 3.0),
    ("opinions", "社情民意信息一篇", 3.0),
    ("proposals_lead", "领衔提案一件", 5.0),
    ("proposals_joint", "联名提案一件", 2.0),
)
