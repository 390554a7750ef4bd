<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="zh_CN">
<context>
    <name>ActivityForm</name>
    <message>
        <source>履职活动</source>
        <translation>Activity</translation>
    </message>
    <message>
        <source>活动日期*</source>
        <translation>Activity date*</translation>
    </message>
    <message>
        <source>活动类型*</source>
        <translation>Activity type*</translation>
    </message>
    <message>
        <source>活动名称*</source>
        <translation>Activity title*</translation>
    </message>
    <message>
        <source>地点</source>
        <translation>Location</translation>
    </message>
    <message>
        <source>服务群众人次</source>
        <translation>People served</translation>
    </message>
    <message>
        <source>主办</source>
        <translation>Organiser</translation>
    </message>
    <message>
        <source>协办</source>
        <translation>Co-organiser</translation>
    </message>
    <message>
        <source>参加委员</source>
        <translation>Members taking part</translation>
    </message>
    <message>
        <source>其他人员</source>
        <translation>Other participants</translation>
    </message>
    <message>
        <source>内容摘要</source>
        <translation>Summary</translation>
    </message>
    <message>
        <source>成效</source>
        <translation>Results</translation>
    </message>
</context>
<context>
    <name>DisputeForm</name>
    <message>
        <source>矛盾纠纷调解案件</source>
        <translation>Mediation case</translation>
    </message>
    <message>
        <source>案件信息</source>
        <translation>Case</translation>
    </message>
    <message>
        <source>案件编号</source>
        <translation>Case number</translation>
    </message>
    <message>
        <source>受理日期*</source>
        <translation>Accepted on*</translation>
    </message>
    <message>
        <source>来源</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>纠纷类型*</source>
        <translation>Dispute type*</translation>
    </message>
    <message>
        <source>地点</source>
        <translation>Location</translation>
    </message>
    <message>
        <source>涉及人数</source>
        <translation>People involved</translation>
    </message>
    <message>
        <source>涉及金额</source>
        <translation>Amount involved</translation>
    </message>
    <message>
        <source> 元</source>
        <translation> yuan</translation>
    </message>
    <message>
        <source>调解员</source>
        <translation>Mediators</translation>
    </message>
    <message>
        <source>其他调解员</source>
        <translation>Other mediators</translation>
    </message>
    <message>
        <source>简要情况*</source>
        <translation>Summary*</translation>
    </message>
    <message>
        <source>调解结果</source>
        <translation>Mediation result</translation>
    </message>
    <message>
        <source>结案日期</source>
        <translation>Closed on</translation>
    </message>
    <message>
        <source>协议形式</source>
        <translation>Agreement form</translation>
    </message>
    <message>
        <source>协议编号</source>
        <translation>Agreement no.</translation>
    </message>
    <message>
        <source>协议日期</source>
        <translation>Agreement date</translation>
    </message>
    <message>
        <source>记录人</source>
        <translation>Recorded by</translation>
    </message>
    <message>
        <source>履行方式</source>
        <translation>Manner of performance</translation>
    </message>
    <message>
        <source>履行地点</source>
        <translation>Place of performance</translation>
    </message>
    <message>
        <source>协议涉及金额</source>
        <translation>Agreement amount</translation>
    </message>
    <message>
        <source>履行期限</source>
        <translation>Fulfilment deadline</translation>
    </message>
    <message>
        <source>履行情况</source>
        <translation>Fulfilment</translation>
    </message>
    <message>
        <source>协议内容</source>
        <translation>Agreement terms</translation>
    </message>
    <message>
        <source>调解不成功原因</source>
        <translation>Why mediation failed</translation>
    </message>
    <message>
        <source>情况说明</source>
        <translation>Explanatory note</translation>
    </message>
    <message>
        <source>立卷归档</source>
        <translation>Filing</translation>
    </message>
    <message>
        <source>卷宗号</source>
        <translation>File number</translation>
    </message>
    <message>
        <source>归档状态</source>
        <translation>Archive status</translation>
    </message>
    <message>
        <source>保管期限</source>
        <translation>Retention period</translation>
    </message>
    <message>
        <source>立卷日期</source>
        <translation>Filing date</translation>
    </message>
    <message>
        <source>立卷人</source>
        <translation>Filed by</translation>
    </message>
    <message>
        <source>检查人</source>
        <translation>Checked by</translation>
    </message>
    <message>
        <source>预防统计</source>
        <translation>Prevention figures</translation>
    </message>
    <message>
        <source>防止民转刑（件）</source>
        <translation>Criminal escalations prevented (cases)</translation>
    </message>
    <message>
        <source>防止民转刑（人）</source>
        <translation>Criminal escalations prevented (people)</translation>
    </message>
    <message>
        <source>防止群体性上访（件）</source>
        <translation>Group petitions prevented (cases)</translation>
    </message>
    <message>
        <source>防止群体性上访（人）</source>
        <translation>Group petitions prevented (people)</translation>
    </message>
    <message>
        <source>防止自杀（件）</source>
        <translation>Suicides prevented (cases)</translation>
    </message>
    <message>
        <source>防止自杀（人）</source>
        <translation>Suicides prevented (people)</translation>
    </message>
</context>
<context>
    <name>FollowUpForm</name>
    <message>
        <source>回访记录</source>
        <translation>Follow-up record</translation>
    </message>
    <message>
        <source>回访日期*</source>
        <translation>Follow-up date*</translation>
    </message>
    <message>
        <source>回访人*</source>
        <translation>Followed up by*</translation>
    </message>
    <message>
        <source>回访事由</source>
        <translation>Reason for follow-up</translation>
    </message>
    <message>
        <source>履行情况</source>
        <translation>Fulfilment</translation>
    </message>
    <message>
        <source>满意度</source>
        <translation>Satisfaction</translation>
    </message>
    <message>
        <source>回访情况*</source>
        <translation>Follow-up notes*</translation>
    </message>
</context>
<context>
    <name>MediationSessionForm</name>
    <message>
        <source>调解记录</source>
        <translation>Mediation session record</translation>
    </message>
    <message>
        <source>调解日期*</source>
        <translation>Session date*</translation>
    </message>
    <message>
        <source>地点</source>
        <translation>Location</translation>
    </message>
    <message>
        <source>调解员</source>
        <translation>Mediators</translation>
    </message>
    <message>
        <source>记录人</source>
        <translation>Recorded by</translation>
    </message>
    <message>
        <source>参加人</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>调解经过*</source>
        <translation>Course of the session*</translation>
    </message>
    <message>
        <source>结果</source>
        <translation>Result</translation>
    </message>
</context>
<context>
    <name>MeetingForm</name>
    <message>
        <source>协商议事会</source>
        <translation>Consultation meeting</translation>
    </message>
    <message>
        <source>协商日期*</source>
        <translation>Meeting date*</translation>
    </message>
    <message>
        <source>形式</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>地点</source>
        <translation>Location</translation>
    </message>
    <message>
        <source>参加委员</source>
        <translation>Members taking part</translation>
    </message>
    <message>
        <source>部门代表</source>
        <translation>Department representatives</translation>
    </message>
    <message>
        <source>群众代表</source>
        <translation>Residents&apos; representatives</translation>
    </message>
    <message>
        <source>专家</source>
        <translation>Experts</translation>
    </message>
    <message>
        <source>协商要点</source>
        <translation>Main points</translation>
    </message>
    <message>
        <source>形成共识</source>
        <translation>Consensus reached</translation>
    </message>
</context>
<context>
    <name>MemberForm</name>
    <message>
        <source>委员</source>
        <translation>Member</translation>
    </message>
    <message>
        <source>姓名*</source>
        <translation>Name*</translation>
    </message>
    <message>
        <source>性别</source>
        <translation>Gender</translation>
    </message>
    <message>
        <source>民族</source>
        <translation>Ethnic group</translation>
    </message>
    <message>
        <source>出生年月</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <source>界别*</source>
        <translation>Sector*</translation>
    </message>
    <message>
        <source>委员层级</source>
        <translation>Member level</translation>
    </message>
    <message>
        <source>届次</source>
        <translation>Term</translation>
    </message>
    <message>
        <source>党派</source>
        <translation>Party</translation>
    </message>
    <message>
        <source>角色</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>联系电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>手机或固定电话</source>
        <translation>Phone no.</translation>
    </message>
    <message>
        <source>入室日期</source>
        <translation>Joined on</translation>
    </message>
    <message>
        <source>工作单位及职务</source>
        <translation>Employer and position</translation>
    </message>
    <message>
        <source>专业特长</source>
        <translation>Expertise</translation>
    </message>
    <message>
        <source>备注</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>OpinionForm</name>
    <message>
        <source>社情民意信息</source>
        <translation>Public opinion report</translation>
    </message>
    <message>
        <source>标题*</source>
        <translation>Title*</translation>
    </message>
    <message>
        <source>反映人</source>
        <translation>Reported by</translation>
    </message>
    <message>
        <source>反映人单位</source>
        <translation>Reporter&apos;s organisation</translation>
    </message>
    <message>
        <source>报送日期</source>
        <translation>Submitted on</translation>
    </message>
    <message>
        <source>报送单位</source>
        <translation>Submitted to</translation>
    </message>
    <message>
        <source>采用情况</source>
        <translation>Adoption</translation>
    </message>
    <message>
        <source>情况问题</source>
        <translation>Situation</translation>
    </message>
    <message>
        <source>原因分析</source>
        <translation>Analysis of causes</translation>
    </message>
    <message>
        <source>意见建议</source>
        <translation>Suggestions</translation>
    </message>
    <message>
        <source>领导批示</source>
        <translation>Leaders&apos; instructions</translation>
    </message>
    <message>
        <source>批示交办单位</source>
        <translation>Unit assigned by the instruction</translation>
    </message>
</context>
<context>
    <name>PartyForm</name>
    <message>
        <source>当事人</source>
        <translation>Party</translation>
    </message>
    <message>
        <source>身份*</source>
        <translation>Role*</translation>
    </message>
    <message>
        <source>单位</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>姓名或单位*</source>
        <translation>Name or organisation*</translation>
    </message>
    <message>
        <source>性别</source>
        <translation>Gender</translation>
    </message>
    <message>
        <source>年龄</source>
        <translation>Age</translation>
    </message>
    <message>
        <source>民族</source>
        <translation>Ethnic group</translation>
    </message>
    <message>
        <source>身份证号</source>
        <translation>ID number</translation>
    </message>
    <message>
        <source>电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>手机或固定电话</source>
        <translation>Phone no.</translation>
    </message>
    <message>
        <source>住址</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>职业或职务</source>
        <translation>Occupation or post</translation>
    </message>
    <message>
        <source>法定代表人/负责人</source>
        <translation>Legal representative / head</translation>
    </message>
    <message>
        <source>统一社会信用代码</source>
        <translation>Unified social credit code</translation>
    </message>
    <message>
        <source>陈述</source>
        <translation>Statement</translation>
    </message>
</context>
<context>
    <name>ProposalForm</name>
    <message>
        <source>提案</source>
        <translation>Proposals</translation>
    </message>
    <message>
        <source>提案编号</source>
        <translation>Proposal number</translation>
    </message>
    <message>
        <source>保存时自动编号</source>
        <translation>Numbered when saved</translation>
    </message>
    <message>
        <source>提交日期*</source>
        <translation>Submitted on*</translation>
    </message>
    <message>
        <source>提案标题*</source>
        <translation>Proposal title*</translation>
    </message>
    <message>
        <source>提案人*</source>
        <translation>Proposers*</translation>
    </message>
    <message>
        <source>提案来源*</source>
        <translation>Proposal source*</translation>
    </message>
    <message>
        <source>提交至*</source>
        <translation>Submitted to*</translation>
    </message>
    <message>
        <source>重点提案</source>
        <translation>Key proposal</translation>
    </message>
    <message>
        <source>案由*</source>
        <translation>Subject*</translation>
    </message>
    <message>
        <source>情况分析</source>
        <translation>Analysis</translation>
    </message>
    <message>
        <source>具体建议*</source>
        <translation>Specific suggestions*</translation>
    </message>
    <message>
        <source>立案与办理</source>
        <translation>Filing and handling</translation>
    </message>
    <message>
        <source>立案情况*</source>
        <translation>Filing*</translation>
    </message>
    <message>
        <source>立案号</source>
        <translation>Filing number</translation>
    </message>
    <message>
        <source>主办单位</source>
        <translation>Lead unit</translation>
    </message>
    <message>
        <source>会办单位</source>
        <translation>Co-handling units</translation>
    </message>
    <message>
        <source>交办日期</source>
        <translation>Assigned on</translation>
    </message>
    <message>
        <source>答复日期</source>
        <translation>Replied on</translation>
    </message>
    <message>
        <source>答复类别</source>
        <translation>Reply class</translation>
    </message>
    <message>
        <source>委员意见</source>
        <translation>Member&apos;s opinion</translation>
    </message>
    <message>
        <source>答复摘要</source>
        <translation>Reply summary</translation>
    </message>
    <message>
        <source>已办结</source>
        <translation>Closed</translation>
    </message>
</context>
<context>
    <name>ReceptionDayForm</name>
    <message>
        <source>接待日</source>
        <translation>Reception day</translation>
    </message>
    <message>
        <source>接待日期*</source>
        <translation>Reception date*</translation>
    </message>
    <message>
        <source>时段</source>
        <translation>Session</translation>
    </message>
    <message>
        <source>地点</source>
        <translation>Location</translation>
    </message>
    <message>
        <source>记录人</source>
        <translation>Recorded by</translation>
    </message>
    <message>
        <source>主题</source>
        <translation>Theme</translation>
    </message>
    <message>
        <source>邀请界别</source>
        <translation>Invited sectors</translation>
    </message>
    <message>
        <source>值班委员</source>
        <translation>Members on duty</translation>
    </message>
    <message>
        <source>小结</source>
        <translation>Summary</translation>
    </message>
</context>
<context>
    <name>SwapForm</name>
    <message>
        <source>值班调剂</source>
        <translation>Duty swap</translation>
    </message>
    <message>
        <source>原值班委员*</source>
        <translation>Member on duty*</translation>
    </message>
    <message>
        <source>替换委员*</source>
        <translation>Substitute*</translation>
    </message>
    <message>
        <source>调剂原因*</source>
        <translation>Swap reason*</translation>
    </message>
    <message>
        <source>已通知联络员</source>
        <translation>Liaison officer notified</translation>
    </message>
    <message>
        <source>备注</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>TopicForm</name>
    <message>
        <source>协商议题</source>
        <translation>Consultation topic</translation>
    </message>
    <message>
        <source>议题</source>
        <translation>Topic</translation>
    </message>
    <message>
        <source>议题编号</source>
        <translation>Topic number</translation>
    </message>
    <message>
        <source>提出日期*</source>
        <translation>Proposed on*</translation>
    </message>
    <message>
        <source>议题名称*</source>
        <translation>Topic title*</translation>
    </message>
    <message>
        <source>来源</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>提出人</source>
        <translation>Proposed by</translation>
    </message>
    <message>
        <source>议题说明</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>成果与反馈</source>
        <translation>Outcome and feedback</translation>
    </message>
    <message>
        <source>建议条数</source>
        <translation>Number of suggestions</translation>
    </message>
    <message>
        <source>成果分类</source>
        <translation>Outcome grade</translation>
    </message>
    <message>
        <source>承办单位</source>
        <translation>Handling organisation</translation>
    </message>
    <message>
        <source>反馈日期</source>
        <translation>Feedback date</translation>
    </message>
    <message>
        <source>是否转化</source>
        <translation>Implemented</translation>
    </message>
    <message>
        <source>办理结果</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>公示情况</source>
        <translation>Publication</translation>
    </message>
</context>
<context>
    <name>TopicStepForm</name>
    <message>
        <source>议题环节记录</source>
        <translation>Topic step</translation>
    </message>
    <message>
        <source>环节*</source>
        <translation>Step*</translation>
    </message>
    <message>
        <source>日期*</source>
        <translation>Date*</translation>
    </message>
    <message>
        <source>经办人</source>
        <translation>Handled by</translation>
    </message>
    <message>
        <source>情况记录</source>
        <translation>Notes</translation>
    </message>
</context>
<context>
    <name>VisitForm</name>
    <message>
        <source>来访登记</source>
        <translation>Visit record</translation>
    </message>
    <message>
        <source>登记</source>
        <translation>Visit</translation>
    </message>
    <message>
        <source>来访日期*</source>
        <translation>Visit date*</translation>
    </message>
    <message>
        <source>来访时刻</source>
        <translation>Visit time</translation>
    </message>
    <message>
        <source>如 09:30</source>
        <translation>e.g. 09:30</translation>
    </message>
    <message>
        <source>来访方式</source>
        <translation>Visit channel</translation>
    </message>
    <message>
        <source>接待委员</source>
        <translation>Receiving members</translation>
    </message>
    <message>
        <source>来访人*</source>
        <translation>Visitor*</translation>
    </message>
    <message>
        <source>性别</source>
        <translation>Gender</translation>
    </message>
    <message>
        <source>联系电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>手机或固定电话</source>
        <translation>Phone no.</translation>
    </message>
    <message>
        <source>人数*</source>
        <translation>People*</translation>
    </message>
    <message>
        <source>住址或单位</source>
        <translation>Address or employer</translation>
    </message>
    <message>
        <source>身份证号</source>
        <translation>ID number</translation>
    </message>
    <message>
        <source>界别群众</source>
        <translation>Visitor&apos;s sector</translation>
    </message>
    <message>
        <source>诉求类别*</source>
        <translation>Request category*</translation>
    </message>
    <message>
        <source>诉求内容*</source>
        <translation>Request details*</translation>
    </message>
    <message>
        <source>处理方式*</source>
        <translation>Handling*</translation>
    </message>
    <message>
        <source>承办部门</source>
        <translation>Handling department</translation>
    </message>
    <message>
        <source>办理与回访</source>
        <translation>Handling and follow-up</translation>
    </message>
    <message>
        <source>办理状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>满意度</source>
        <translation>Satisfaction</translation>
    </message>
    <message>
        <source>办理结果</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>回访日期</source>
        <translation>Follow-up date</translation>
    </message>
    <message>
        <source>回访情况</source>
        <translation>Follow-up notes</translation>
    </message>
</context>
</TS>
