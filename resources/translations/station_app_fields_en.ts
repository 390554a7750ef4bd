<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="zh_CN">
<context>
    <name>fields</name>
    <message>
        <source>工作站信息</source>
        <translation>Station</translation>
    </message>
    <message>
        <source>委员</source>
        <translation>Members</translation>
    </message>
    <message>
        <source>名称</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>类型</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>委员工作室</source>
        <translation>Members&apos; studio</translation>
    </message>
    <message>
        <source>委员工作站</source>
        <translation>Members&apos; station</translation>
    </message>
    <message>
        <source>协商议事室</source>
        <translation>Consultation room</translation>
    </message>
    <message>
        <source>委员联络站</source>
        <translation>Members&apos; liaison station</translation>
    </message>
    <message>
        <source>所属政协</source>
        <translation>CPPCC committee</translation>
    </message>
    <message>
        <source>依托单位</source>
        <translation>Host organisation</translation>
    </message>
    <message>
        <source>地址</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>成立日期</source>
        <translation>Founded on</translation>
    </message>
    <message>
        <source>召集人</source>
        <translation>Convener</translation>
    </message>
    <message>
        <source>联络员</source>
        <translation>Liaison officer</translation>
    </message>
    <message>
        <source>电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>接待日规则</source>
        <translation>Reception day rules</translation>
    </message>
    <message>
        <source>年度履职指标</source>
        <translation>Annual targets</translation>
    </message>
    <message>
        <source>全宗号</source>
        <translation>Fonds number</translation>
    </message>
    <message>
        <source>人民调解组织</source>
        <translation>People&apos;s mediation committee</translation>
    </message>
    <message>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>性别</source>
        <translation>Gender</translation>
    </message>
    <message>
        <source>男</source>
        <translation>Male</translation>
    </message>
    <message>
        <source>女</source>
        <translation>Female</translation>
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
        <source>界别</source>
        <translation>Sector</translation>
    </message>
    <message>
        <source>委员层级</source>
        <translation>Member level</translation>
    </message>
    <message>
        <source>全国</source>
        <translation>National</translation>
    </message>
    <message>
        <source>省</source>
        <translation>Provincial</translation>
    </message>
    <message>
        <source>市</source>
        <translation>City</translation>
    </message>
    <message>
        <source>县区</source>
        <translation>County/district</translation>
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
        <source>工作单位及职务</source>
        <translation>Employer and position</translation>
    </message>
    <message>
        <source>专业特长</source>
        <translation>Expertise</translation>
    </message>
    <message>
        <source>联系电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>角色</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>副召集人</source>
        <translation>Deputy convener</translation>
    </message>
    <message>
        <source>驻室委员</source>
        <translation>Resident member</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>在册</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>退出</source>
        <translation>Left</translation>
    </message>
    <message>
        <source>入室日期</source>
        <translation>Joined on</translation>
    </message>
    <message>
        <source>备注</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>工作专班</source>
        <translation>Work teams</translation>
    </message>
    <message>
        <source>成员</source>
        <translation>Members</translation>
    </message>
    <message>
        <source>专班名称</source>
        <translation>Team name</translation>
    </message>
    <message>
        <source>规则名称</source>
        <translation>Rule name</translation>
    </message>
    <message>
        <source>方式</source>
        <translation>Pattern</translation>
    </message>
    <message>
        <source>时段</source>
        <translation>Session</translation>
    </message>
    <message>
        <source>上午</source>
        <translation>Morning</translation>
    </message>
    <message>
        <source>下午</source>
        <translation>Afternoon</translation>
    </message>
    <message>
        <source>全天</source>
        <translation>All day</translation>
    </message>
    <message>
        <source>每次委员人数</source>
        <translation>Members per session</translation>
    </message>
    <message>
        <source>地点</source>
        <translation>Location</translation>
    </message>
    <message>
        <source>遇节假日顺延</source>
        <translation>Move on public holidays</translation>
    </message>
    <message>
        <source>启用</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>起始日期</source>
        <translation>Start date</translation>
    </message>
    <message>
        <source>截止日期</source>
        <translation>End date</translation>
    </message>
    <message>
        <source>值班安排</source>
        <translation>Duty shift</translation>
    </message>
    <message>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>计划</source>
        <translation>Planned</translation>
    </message>
    <message>
        <source>已完成</source>
        <translation>Held</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>接待日</source>
        <translation>Reception day</translation>
    </message>
    <message>
        <source>值班委员</source>
        <translation>Members on duty</translation>
    </message>
    <message>
        <source>接待日期</source>
        <translation>Reception date</translation>
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
        <source>记录人</source>
        <translation>Recorded by</translation>
    </message>
    <message>
        <source>小结</source>
        <translation>Summary</translation>
    </message>
    <message>
        <source>来访登记</source>
        <translation>Visit record</translation>
    </message>
    <message>
        <source>接待委员</source>
        <translation>Receiving members</translation>
    </message>
    <message>
        <source>来访日期</source>
        <translation>Visit date</translation>
    </message>
    <message>
        <source>来访时刻</source>
        <translation>Visit time</translation>
    </message>
    <message>
        <source>来访方式</source>
        <translation>Visit channel</translation>
    </message>
    <message>
        <source>来访人</source>
        <translation>Visitor</translation>
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
        <source>人数</source>
        <translation>People</translation>
    </message>
    <message>
        <source>界别群众</source>
        <translation>Visitor&apos;s sector</translation>
    </message>
    <message>
        <source>诉求类别</source>
        <translation>Request category</translation>
    </message>
    <message>
        <source>诉求内容</source>
        <translation>Request details</translation>
    </message>
    <message>
        <source>处理方式</source>
        <translation>Handling</translation>
    </message>
    <message>
        <source>承办部门</source>
        <translation>Handling department</translation>
    </message>
    <message>
        <source>办理状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>待办</source>
        <translation>Pending</translation>
    </message>
    <message>
        <source>办理中</source>
        <translation>In progress</translation>
    </message>
    <message>
        <source>已办结</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>已回访</source>
        <translation>Followed up</translation>
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
    <message>
        <source>满意度</source>
        <translation>Satisfaction</translation>
    </message>
    <message>
        <source>满意</source>
        <translation>Satisfied</translation>
    </message>
    <message>
        <source>基本满意</source>
        <translation>Mostly satisfied</translation>
    </message>
    <message>
        <source>不满意</source>
        <translation>Not satisfied</translation>
    </message>
    <message>
        <source>矛盾纠纷调解案件</source>
        <translation>Mediation case</translation>
    </message>
    <message>
        <source>调解员</source>
        <translation>Mediators</translation>
    </message>
    <message>
        <source>案件编号</source>
        <translation>Case number</translation>
    </message>
    <message>
        <source>受理日期</source>
        <translation>Accepted on</translation>
    </message>
    <message>
        <source>来源</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>纠纷类型</source>
        <translation>Dispute type</translation>
    </message>
    <message>
        <source>简要情况</source>
        <translation>Summary</translation>
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
        <source>其他调解员</source>
        <translation>Other mediators</translation>
    </message>
    <message>
        <source>调解结果</source>
        <translation>Mediation result</translation>
    </message>
    <message>
        <source>调解成功</source>
        <translation>Settled</translation>
    </message>
    <message>
        <source>调解不成功</source>
        <translation>Not settled</translation>
    </message>
    <message>
        <source>终止调解</source>
        <translation>Mediation ended</translation>
    </message>
    <message>
        <source>转诉讼</source>
        <translation>Referred to court</translation>
    </message>
    <message>
        <source>转其他部门</source>
        <translation>Referred to another department</translation>
    </message>
    <message>
        <source>协议形式</source>
        <translation>Agreement form</translation>
    </message>
    <message>
        <source>书面</source>
        <translation>Written</translation>
    </message>
    <message>
        <source>口头</source>
        <translation>Oral</translation>
    </message>
    <message>
        <source>协议内容</source>
        <translation>Agreement terms</translation>
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
        <source>已履行</source>
        <translation>Fulfilled</translation>
    </message>
    <message>
        <source>部分履行</source>
        <translation>Partly fulfilled</translation>
    </message>
    <message>
        <source>未履行</source>
        <translation>Not fulfilled</translation>
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
        <source>履行方式</source>
        <translation>Manner of performance</translation>
    </message>
    <message>
        <source>履行地点</source>
        <translation>Place of performance</translation>
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
        <source>结案日期</source>
        <translation>Closed on</translation>
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
        <source>未归档</source>
        <translation>Not archived</translation>
    </message>
    <message>
        <source>已归档</source>
        <translation>Archived</translation>
    </message>
    <message>
        <source>保管期限</source>
        <translation>Retention period</translation>
    </message>
    <message>
        <source>永久</source>
        <translation>Permanent</translation>
    </message>
    <message>
        <source>30年</source>
        <translation>30 years</translation>
    </message>
    <message>
        <source>10年</source>
        <translation>10 years</translation>
    </message>
    <message>
        <source>立卷人</source>
        <translation>Filed by</translation>
    </message>
    <message>
        <source>立卷日期</source>
        <translation>Filing date</translation>
    </message>
    <message>
        <source>检查人</source>
        <translation>Checked by</translation>
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
    <message>
        <source>当事人</source>
        <translation>Parties</translation>
    </message>
    <message>
        <source>身份</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>申请人</source>
        <translation>Applicant</translation>
    </message>
    <message>
        <source>被申请人</source>
        <translation>Respondent</translation>
    </message>
    <message>
        <source>第三人</source>
        <translation>Third party</translation>
    </message>
    <message>
        <source>姓名或单位</source>
        <translation>Name or organisation</translation>
    </message>
    <message>
        <source>单位</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>年龄</source>
        <translation>Age</translation>
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
    <message>
        <source>调解记录</source>
        <translation>Mediation session record</translation>
    </message>
    <message>
        <source>调解日期</source>
        <translation>Session date</translation>
    </message>
    <message>
        <source>参加人</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>调解经过</source>
        <translation>Course of the session</translation>
    </message>
    <message>
        <source>结果</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>回访记录</source>
        <translation>Follow-up record</translation>
    </message>
    <message>
        <source>回访人</source>
        <translation>Followed up by</translation>
    </message>
    <message>
        <source>回访事由</source>
        <translation>Reason for follow-up</translation>
    </message>
    <message>
        <source>履职活动</source>
        <translation>Activity</translation>
    </message>
    <message>
        <source>参加委员</source>
        <translation>Members taking part</translation>
    </message>
    <message>
        <source>活动日期</source>
        <translation>Activity date</translation>
    </message>
    <message>
        <source>活动类型</source>
        <translation>Activity type</translation>
    </message>
    <message>
        <source>活动名称</source>
        <translation>Activity title</translation>
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
        <source>其他人员</source>
        <translation>Other participants</translation>
    </message>
    <message>
        <source>服务群众人次</source>
        <translation>People served</translation>
    </message>
    <message>
        <source>内容摘要</source>
        <translation>Summary</translation>
    </message>
    <message>
        <source>成效</source>
        <translation>Results</translation>
    </message>
    <message>
        <source>协商议题</source>
        <translation>Consultation topic</translation>
    </message>
    <message>
        <source>议题编号</source>
        <translation>Topic number</translation>
    </message>
    <message>
        <source>议题名称</source>
        <translation>Topic title</translation>
    </message>
    <message>
        <source>提出日期</source>
        <translation>Proposed on</translation>
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
        <source>当前环节</source>
        <translation>Current step</translation>
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
        <source>公示情况</source>
        <translation>Publication</translation>
    </message>
    <message>
        <source>协商议事会</source>
        <translation>Consultation meeting</translation>
    </message>
    <message>
        <source>协商日期</source>
        <translation>Meeting date</translation>
    </message>
    <message>
        <source>形式</source>
        <translation>Format</translation>
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
    <message>
        <source>社情民意信息</source>
        <translation>Public opinion report</translation>
    </message>
    <message>
        <source>标题</source>
        <translation>Title</translation>
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
        <source>领导批示</source>
        <translation>Leaders&apos; instructions</translation>
    </message>
    <message>
        <source>批示交办单位</source>
        <translation>Unit assigned by the instruction</translation>
    </message>
    <message>
        <source>提案</source>
        <translation>Proposals</translation>
    </message>
    <message>
        <source>提案人</source>
        <translation>Proposers</translation>
    </message>
    <message>
        <source>提案编号</source>
        <translation>Proposal number</translation>
    </message>
    <message>
        <source>提案标题</source>
        <translation>Proposal title</translation>
    </message>
    <message>
        <source>案由</source>
        <translation>Subject</translation>
    </message>
    <message>
        <source>提案来源</source>
        <translation>Proposal source</translation>
    </message>
    <message>
        <source>情况分析</source>
        <translation>Analysis</translation>
    </message>
    <message>
        <source>具体建议</source>
        <translation>Specific suggestions</translation>
    </message>
    <message>
        <source>提交日期</source>
        <translation>Submitted on</translation>
    </message>
    <message>
        <source>提交至</source>
        <translation>Submitted to</translation>
    </message>
    <message>
        <source>立案情况</source>
        <translation>Filing</translation>
    </message>
    <message>
        <source>待审查</source>
        <translation>Under review</translation>
    </message>
    <message>
        <source>立案</source>
        <translation>Filed</translation>
    </message>
    <message>
        <source>不立案转意见</source>
        <translation>Not filed, passed on as an opinion</translation>
    </message>
    <message>
        <source>并案</source>
        <translation>Merged with another</translation>
    </message>
    <message>
        <source>立案号</source>
        <translation>Filing number</translation>
    </message>
    <message>
        <source>重点提案</source>
        <translation>Key proposal</translation>
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
        <source>答复摘要</source>
        <translation>Reply summary</translation>
    </message>
    <message>
        <source>委员意见</source>
        <translation>Member&apos;s opinion</translation>
    </message>
    <message>
        <source>交办事项</source>
        <translation>Assigned matter</translation>
    </message>
    <message>
        <source>事项来源</source>
        <translation>Matter from</translation>
    </message>
    <message>
        <source>反馈对象</source>
        <translation>Feedback to</translation>
    </message>
    <message>
        <source>回音壁署名</source>
        <translation>Name on the feedback wall</translation>
    </message>
    <message>
        <source>办理时限</source>
        <translation>Time limit</translation>
    </message>
    <message>
        <source>答复内容</source>
        <translation>Reply</translation>
    </message>
    <message>
        <source>已解决</source>
        <translation>Solved</translation>
    </message>
    <message>
        <source>正在解决</source>
        <translation>Being solved</translation>
    </message>
    <message>
        <source>暂不能解决</source>
        <translation>Cannot be solved for now</translation>
    </message>
    <message>
        <source>反馈方式</source>
        <translation>Feedback by</translation>
    </message>
    <message>
        <source>上门</source>
        <translation>Home visit</translation>
    </message>
    <message>
        <source>回音壁</source>
        <translation>Feedback wall</translation>
    </message>
    <message>
        <source>微信</source>
        <translation>WeChat</translation>
    </message>
    <message>
        <source>反馈人</source>
        <translation>Fed back by</translation>
    </message>
    <message>
        <source>群众满意度</source>
        <translation>Asker&apos;s satisfaction</translation>
    </message>
    <message>
        <source>反馈情况</source>
        <translation>Feedback notes</translation>
    </message>
    <message>
        <source>上回音壁</source>
        <translation>On the feedback wall</translation>
    </message>
    <message>
        <source>待交办</source>
        <translation>To be assigned</translation>
    </message>
    <message>
        <source>已答复</source>
        <translation>Replied</translation>
    </message>
    <message>
        <source>已反馈</source>
        <translation>Fed back</translation>
    </message>
    <message>
        <source>督办记录</source>
        <translation>Follow-up records</translation>
    </message>
    <message>
        <source>督办日期</source>
        <translation>Follow-up date</translation>
    </message>
    <message>
        <source>督办方式</source>
        <translation>Follow-up by</translation>
    </message>
    <message>
        <source>发函</source>
        <translation>Letter</translation>
    </message>
    <message>
        <source>现场</source>
        <translation>On site</translation>
    </message>
    <message>
        <source>会议</source>
        <translation>Meeting</translation>
    </message>
    <message>
        <source>督办人</source>
        <translation>Followed up by</translation>
    </message>
    <message>
        <source>督办情况</source>
        <translation>Follow-up notes</translation>
    </message>
    <message>
        <source>环节</source>
        <translation>Step</translation>
    </message>
    <message>
        <source>经办人</source>
        <translation>Handled by</translation>
    </message>
    <message>
        <source>情况记录</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>情况</source>
        <translation>Progress</translation>
    </message>
    <message>
        <source>登记编号</source>
        <translation>Reg. no.</translation>
    </message>
    <message>
        <source>来访（件）</source>
        <translation>Visits</translation>
    </message>
    <message>
        <source>办理期限</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <source>临近期限</source>
        <translation>Near deadline</translation>
    </message>
    <message>
        <source>已超期</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>应回访</source>
        <translation>Follow-up due</translation>
    </message>
    <message>
        <source>已结案</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>编号</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>收集议题</source>
        <translation>Collect topics</translation>
    </message>
    <message>
        <source>确定议题</source>
        <translation>Choose the topic</translation>
    </message>
    <message>
        <source>议前调研</source>
        <translation>Preliminary research</translation>
    </message>
    <message>
        <source>协商议事</source>
        <translation>Consultation</translation>
    </message>
    <message>
        <source>公开公示</source>
        <translation>Publication</translation>
    </message>
    <message>
        <source>成果转化</source>
        <translation>Implementation</translation>
    </message>
    <message>
        <source>事项</source>
        <translation>Matter</translation>
    </message>
    <message>
        <source>期限</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>最近督办</source>
        <translation>Last follow-up</translation>
    </message>
    <message>
        <source>答复</source>
        <translation>Reply</translation>
    </message>
    <message>
        <source>未办结</source>
        <translation>Not completed</translation>
    </message>
    <message>
        <source>管理员</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <source>录入员</source>
        <translation>Data clerk</translation>
    </message>
    <message>
        <source>只读检查</source>
        <translation>Read-only inspector</translation>
    </message>
    <message>
        <source>星期一</source>
        <translation>Monday</translation>
    </message>
    <message>
        <source>星期二</source>
        <translation>Tuesday</translation>
    </message>
    <message>
        <source>星期三</source>
        <translation>Wednesday</translation>
    </message>
    <message>
        <source>星期四</source>
        <translation>Thursday</translation>
    </message>
    <message>
        <source>星期五</source>
        <translation>Friday</translation>
    </message>
    <message>
        <source>星期六</source>
        <translation>Saturday</translation>
    </message>
    <message>
        <source>星期日</source>
        <translation>Sunday</translation>
    </message>
    <message>
        <source>每周固定</source>
        <translation>Weekly</translation>
    </message>
    <message>
        <source>每月固定日期</source>
        <translation>Fixed days of the month</translation>
    </message>
    <message>
        <source>每月第N个星期几</source>
        <translation>Nth weekday of the month</translation>
    </message>
    <message>
        <source>纠纷来源</source>
        <translation>Dispute source</translation>
    </message>
    <message>
        <source>议题来源</source>
        <translation>Topic source</translation>
    </message>
    <message>
        <source>协商形式</source>
        <translation>Meeting format</translation>
    </message>
    <message>
        <source>调剂原因</source>
        <translation>Swap reason</translation>
    </message>
    <message>
        <source>来访诉求</source>
        <translation>Visitor&apos;s request</translation>
    </message>
    <message>
        <source>协商成果</source>
        <translation>Topic outcome</translation>
    </message>
    <message>
        <source>社情民意</source>
        <translation>Public opinion report</translation>
    </message>
    <message>
        <source>个工作日</source>
        <translation>working days</translation>
    </message>
    <message>
        <source>天</source>
        <translation>days</translation>
    </message>
    <message>
        <source>个月</source>
        <translation>months</translation>
    </message>
    <message>
        <source>非重点提案</source>
        <translation>Not a key proposal</translation>
    </message>
    <message>
        <source>申请书或受理登记表</source>
        <translation>Application or acceptance form</translation>
    </message>
    <message>
        <source>当事人权利义务告知书</source>
        <translation>Notice of parties&apos; rights and duties</translation>
    </message>
    <message>
        <source>当事人身份证明</source>
        <translation>Parties&apos; proof of identity</translation>
    </message>
    <message>
        <source>授权委托书</source>
        <translation>Power of attorney</translation>
    </message>
    <message>
        <source>调查记录</source>
        <translation>Investigation notes</translation>
    </message>
    <message>
        <source>证据材料</source>
        <translation>Evidence</translation>
    </message>
    <message>
        <source>调解协议书</source>
        <translation>Mediation agreement</translation>
    </message>
    <message>
        <source>履行凭证</source>
        <translation>Proof of fulfilment</translation>
    </message>
    <message>
        <source>司法确认材料</source>
        <translation>Judicial confirmation papers</translation>
    </message>
    <message>
        <source>卷宗情况说明</source>
        <translation>Case file notes</translation>
    </message>
    <message>
        <source>封底</source>
        <translation>Back cover</translation>
    </message>
    <message>
        <source>截止日期 {end:%Y-%m-%d} 早于起始日期 {start:%Y-%m-%d}</source>
        <translation>The end date {end:%Y-%m-%d} is before the start date {start:%Y-%m-%d}</translation>
    </message>
    <message>
        <source>人数不足：{date:%Y-%m-%d}（{weekday}）{half}{location}需要{needed}名委员，只能安排{got}名</source>
        <translation>Not enough members: {date:%Y-%m-%d} ({weekday}) {half}{location} needs {needed}, only {got} could be assigned</translation>
    </message>
    <message>
        <source>{date} {name}：{content}（{status}）</source>
        <translation>{date} {name}: {content} ({status})</translation>
    </message>
    <message>
        <source>来访 {date} {name}：待回访</source>
        <translation>Visit {date} {name}: follow-up due</translation>
    </message>
    <message>
        <source>调解 {case}：应于{date}回访</source>
        <translation>Mediation {case}: follow up by {date}</translation>
    </message>
    <message>
        <source>{case} 已超期{days}天</source>
        <translation>{case} {days} days overdue</translation>
    </message>
    <message>
        <source>{case} 还剩{days}天（{date}到期）</source>
        <translation>{case} {days} days left (due {date})</translation>
    </message>
    <message>
        <source>{title}：{step}，已等{days}天</source>
        <translation>{title}: {step}, waiting {days} days</translation>
    </message>
    <message>
        <source>{name}：{below}</source>
        <translation>{name}: {below}</translation>
    </message>
    <message>
        <source>{year}年尚无官方节假日安排，已按周末计算，请在“设置—节假日”中录入</source>
        <translation>There is no official holiday schedule for {year} yet; weekends are used. Enter it under Settings → Public holidays.</translation>
    </message>
    <message>
        <source>尚未设置启用的接待日规则，请先在“设置—接待日规则”中添加</source>
        <translation>No active reception rule yet; add one under Settings → Reception day rules first.</translation>
    </message>
    <message>
        <source>没有在册委员，无法排班</source>
        <translation>There are no active members to put on duty</translation>
    </message>
    <message>
        <source>来访登记 {no}{name}（{date:%Y-%m-%d}）</source>
        <translation>Visit record {no}{name} ({date:%Y-%m-%d})</translation>
    </message>
    <message>
        <source>来源：来访登记 {no}{name}（{date:%Y-%m-%d}）</source>
        <translation>Source: visit record {no}{name} ({date:%Y-%m-%d})</translation>
    </message>
    <message>
        <source>并入：来访登记 {no}{name}（{date:%Y-%m-%d}）</source>
        <translation>Merged: visit record {no}{name} ({date:%Y-%m-%d})</translation>
    </message>
    <message>
        <source>接待：来访登记 {no}{name}（{date:%Y-%m-%d}）</source>
        <translation>Received: visit record {no}{name} ({date:%Y-%m-%d})</translation>
    </message>
    <message>
        <source>调解案件 {case}</source>
        <translation>Mediation case {case}</translation>
    </message>
    <message>
        <source>协商议题 {code}「{title}」</source>
        <translation>Consultation topic {code} “{title}”</translation>
    </message>
    <message>
        <source>社情民意「{title}」</source>
        <translation>Public opinion report “{title}”</translation>
    </message>
    <message>
        <source>反映委员 {name}</source>
        <translation>Reported by member {name}</translation>
    </message>
    <message>
        <source>提案 {number}「{title}」</source>
        <translation>Proposal {number} &quot;{title}&quot;</translation>
    </message>
    <message>
        <source>来源：协商议题 {code}「{title}」</source>
        <translation>Source: consultation topic {code} &quot;{title}&quot;</translation>
    </message>
    <message>
        <source>来源：社情民意「{title}」</source>
        <translation>Source: public opinion report &quot;{title}&quot;</translation>
    </message>
    <message>
        <source>领衔提案人 {name}</source>
        <translation>Lead proposer {name}</translation>
    </message>
    <message>
        <source>联名提案人 {name}</source>
        <translation>Co-proposer {name}</translation>
    </message>
    <message>
        <source>值班 {date:%Y-%m-%d} {half} {location}</source>
        <translation>Duty {date:%Y-%m-%d} {half} {location}</translation>
    </message>
    <message>
        <source>委员名册</source>
        <translation>Member register</translation>
    </message>
    <message>
        <source>值班安排表</source>
        <translation>Duty roster</translation>
    </message>
    <message>
        <source>接待登记台账</source>
        <translation>Reception and visits ledger</translation>
    </message>
    <message>
        <source>矛盾纠纷调解台账</source>
        <translation>Dispute mediation ledger</translation>
    </message>
    <message>
        <source>履职活动台账</source>
        <translation>Activities ledger</translation>
    </message>
    <message>
        <source>协商议题台账</source>
        <translation>Consultation topics ledger</translation>
    </message>
    <message>
        <source>社情民意信息台账</source>
        <translation>Public opinion reports ledger</translation>
    </message>
    <message>
        <source>提案台账</source>
        <translation>Proposals ledger</translation>
    </message>
    <message>
        <source>督办台账</source>
        <translation>Follow-up ledger</translation>
    </message>
    <message>
        <source>委员履职情况统计表</source>
        <translation>Members&apos; performance table</translation>
    </message>
    <message>
        <source>年度工作统计汇总表</source>
        <translation>Annual work summary</translation>
    </message>
    <message>
        <source>人民调解工作统计表</source>
        <translation>Mediation statistics</translation>
    </message>
    <message>
        <source>全年台账</source>
        <translation>All ledgers for the year</translation>
    </message>
    <message>
        <source>接待日登记表</source>
        <translation>Reception day sheet</translation>
    </message>
    <message>
        <source>来访登记处理单</source>
        <translation>Visit handling sheet</translation>
    </message>
    <message>
        <source>人民调解卷宗</source>
        <translation>People&apos;s mediation case file</translation>
    </message>
    <message>
        <source>活动记录表</source>
        <translation>Activity record sheet</translation>
    </message>
    <message>
        <source>协商议事记录与成果反馈单</source>
        <translation>Consultation record and feedback sheet</translation>
    </message>
    <message>
        <source>月度值班表</source>
        <translation>Monthly duty roster</translation>
    </message>
    <message>
        <source>委员履职档案</source>
        <translation>Member&apos;s performance archive sheet</translation>
    </message>
    <message>
        <source>年度工作报告</source>
        <translation>Annual work report</translation>
    </message>
</context>
</TS>
