<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="zh_CN">
<context>
    <name>AuditLog</name>
    <message>
        <source>全部时间</source>
        <translation>All time</translation>
    </message>
    <message>
        <source>今天</source>
        <translation>Today</translation>
    </message>
    <message>
        <source>最近7天</source>
        <translation>Last 7 days</translation>
    </message>
    <message>
        <source>最近30天</source>
        <translation>Last 30 days</translation>
    </message>
    <message>
        <source>本年</source>
        <translation>This year</translation>
    </message>
    <message>
        <source>自定义</source>
        <translation>Custom</translation>
    </message>
    <message>
        <source>只有管理员和只读检查账号可以查看操作日志。</source>
        <translation>Only administrators and read-only inspectors can view the activity log.</translation>
    </message>
    <message>
        <source>查找内容、用户或说明…</source>
        <translation>Find in changes, users or notes…</translation>
    </message>
    <message>
        <source>查询</source>
        <translation>Search</translation>
    </message>
    <message>
        <source>时间：</source>
        <translation>When:</translation>
    </message>
    <message>
        <source>用户：</source>
        <translation>User:</translation>
    </message>
    <message>
        <source>类别：</source>
        <translation>Kind:</translation>
    </message>
    <message>
        <source>操作：</source>
        <translation>Action:</translation>
    </message>
    <message>
        <source>校验日志完整性</source>
        <translation>Verify log integrity</translation>
    </message>
    <message>
        <source>逐条核对操作日志的校验链，发现被删除、改动或截短的记录</source>
        <translation>Check the audit log&apos;s hash chain entry by entry for deleted, changed or cut-off entries</translation>
    </message>
    <message>
        <source>全部用户</source>
        <translation>All users</translation>
    </message>
    <message>
        <source>全部类别</source>
        <translation>All kinds</translation>
    </message>
    <message>
        <source>全部操作</source>
        <translation>All actions</translation>
    </message>
    <message>
        <source>截止日期早于起始日期</source>
        <translation>The end date is before the start date</translation>
    </message>
    <message>
        <source>日志完整：{n} 条记录的校验链无误。</source>
        <translation>Log intact: the hash chain of {n} entries checks out.</translation>
    </message>
    <message>
        <source>共 {n} 条操作记录</source>
        <translation>{n} log entries</translation>
    </message>
    <message>
        <source>新建</source>
        <translation>Created</translation>
    </message>
    <message>
        <source>修改</source>
        <translation>Edited</translation>
    </message>
    <message>
        <source>删除</source>
        <translation>Deleted</translation>
    </message>
    <message>
        <source>恢复</source>
        <translation>Restored</translation>
    </message>
    <message>
        <source>彻底删除</source>
        <translation>Deleted permanently</translation>
    </message>
    <message>
        <source>转换</source>
        <translation>Converted</translation>
    </message>
    <message>
        <source>登录</source>
        <translation>Signed in</translation>
    </message>
    <message>
        <source>登录失败</source>
        <translation>Sign-in failed</translation>
    </message>
    <message>
        <source>账号</source>
        <translation>Account</translation>
    </message>
    <message>
        <source>撤销</source>
        <translation>Undo</translation>
    </message>
    <message>
        <source>导出上报包</source>
        <translation>Export exchange package</translation>
    </message>
    <message>
        <source>导入上报包</source>
        <translation>Import exchange packages</translation>
    </message>
    <message>
        <source>生成上报包密钥</source>
        <translation>Made package keys</translation>
    </message>
    <message>
        <source>设定上报单位</source>
        <translation>Set receiving level</translation>
    </message>
    <message>
        <source>账号锁定</source>
        <translation>Account locked</translation>
    </message>
    <message>
        <source>完整导出</source>
        <translation>Unmasked export</translation>
    </message>
    <message>
        <source>导出</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>选项</source>
        <translation>List value</translation>
    </message>
    <message>
        <source>履职指标</source>
        <translation>Duty target</translation>
    </message>
    <message>
        <source>积分规则</source>
        <translation>Points rule</translation>
    </message>
    <message>
        <source>节假日</source>
        <translation>Public holiday</translation>
    </message>
    <message>
        <source>值班调剂</source>
        <translation>Duty swap</translation>
    </message>
    <message>
        <source>议题环节</source>
        <translation>Topic step</translation>
    </message>
    <message>
        <source>议题来源来访</source>
        <translation>Topic source visit</translation>
    </message>
    <message>
        <source>卷宗材料</source>
        <translation>Case file paper</translation>
    </message>
    <message>
        <source>附件</source>
        <translation>Attachment</translation>
    </message>
    <message>
        <source>委员请假</source>
        <translation>Member leave</translation>
    </message>
    <message>
        <source>用户名</source>
        <translation>Username</translation>
    </message>
    <message>
        <source>密码</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>最近登录</source>
        <translation>Last sign-in</translation>
    </message>
    <message>
        <source>选项类别</source>
        <translation>List</translation>
    </message>
    <message>
        <source>排序</source>
        <translation>Order</translation>
    </message>
    <message>
        <source>代码</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>含义</source>
        <translation>Meaning</translation>
    </message>
    <message>
        <source>统计项</source>
        <translation>Measure</translation>
    </message>
    <message>
        <source>周期</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>目标值</source>
        <translation>Target value</translation>
    </message>
    <message>
        <source>分值</source>
        <translation>Points</translation>
    </message>
    <message>
        <source>上班</source>
        <translation>Working day</translation>
    </message>
    <message>
        <source>原值班委员</source>
        <translation>Member replaced</translation>
    </message>
    <message>
        <source>替班委员</source>
        <translation>Substitute member</translation>
    </message>
    <message>
        <source>原因</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>已告知联络员</source>
        <translation>Liaison officer informed</translation>
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
        <source>材料名称</source>
        <translation>Paper</translation>
    </message>
    <message>
        <source>已收到</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>页数</source>
        <translation>Pages</translation>
    </message>
    <message>
        <source>文件名</source>
        <translation>File name</translation>
    </message>
    <message>
        <source>大小（字节）</source>
        <translation>Size (bytes)</translation>
    </message>
    <message>
        <source>说明</source>
        <translation>Caption</translation>
    </message>
    <message>
        <source>已删除</source>
        <translation>Deleted</translation>
    </message>
    <message>
        <source>所属案件</source>
        <translation>Case</translation>
    </message>
    <message>
        <source>所属议题</source>
        <translation>Topic</translation>
    </message>
    <message>
        <source>来源来访</source>
        <translation>Source visit</translation>
    </message>
    <message>
        <source>到岗情况</source>
        <translation>Attendance</translation>
    </message>
    <message>
        <source>负责人</source>
        <translation>Leader</translation>
    </message>
    <message>
        <source>转为</source>
        <translation>Converted to</translation>
    </message>
    <message>
        <source>编号</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>是</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>否</source>
        <translation>No</translation>
    </message>
    <message>
        <source>已修改</source>
        <translation>changed</translation>
    </message>
    <message>
        <source>委员</source>
        <translation>Member</translation>
    </message>
    <message>
        <source>当事人</source>
        <translation>Party</translation>
    </message>
    <message>
        <source>工作专班</source>
        <translation>Work team</translation>
    </message>
    <message>
        <source>接待日规则</source>
        <translation>Reception day rule</translation>
    </message>
    <message>
        <source>{label}：{value}</source>
        <translation>{label}: {value}</translation>
    </message>
    <message>
        <source>（空）</source>
        <translation>(empty)</translation>
    </message>
    <message>
        <source>{label}：{old} → {new}</source>
        <translation>{label}: {old} → {new}</translation>
    </message>
    <message>
        <source>{kind}「{title}」</source>
        <translation>{kind}: {title}</translation>
    </message>
    <message>
        <source>；</source>
        <translation>; </translation>
    </message>
    <message>
        <source>时间</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>用户</source>
        <translation>User</translation>
    </message>
    <message>
        <source>操作</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>记录</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>内容</source>
        <translation>Changes</translation>
    </message>
    <message>
        <source>字段</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>原值</source>
        <translation>Before</translation>
    </message>
    <message>
        <source>新值</source>
        <translation>After</translation>
    </message>
    <message>
        <source>选择一条记录查看修改内容。</source>
        <translation>Select an entry to see what changed.</translation>
    </message>
    <message>
        <source>{at}&#x3000;{user}&#x3000;{action}&#x3000;{record}</source>
        <translation>{at}   {user}   {action}   {record}</translation>
    </message>
    <message>
        <source>说明：{note}</source>
        <translation>Note: {note}</translation>
    </message>
    <message>
        <source>（没有字段内容变化）</source>
        <translation>(no field values changed)</translation>
    </message>
    <message>
        <source>值</source>
        <translation>Value</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>{kind}「{title}」</source>
        <translation>{kind}: {title}</translation>
    </message>
    <message>
        <source>修改记录 — {record}</source>
        <translation>History — {record}</translation>
    </message>
    <message>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>共 {n} 条修改记录，最新的在上。</source>
        <translation>{n} changes, newest first.</translation>
    </message>
    <message>
        <source>修改记录…</source>
        <translation>History…</translation>
    </message>
    <message>
        <source>查看这条记录由谁、在什么时间做过哪些修改</source>
        <translation>See who changed this record, when, and what they changed</translation>
    </message>
    <message>
        <source>修改记录</source>
        <translation>History</translation>
    </message>
    <message>
        <source>请先保存这条记录。</source>
        <translation>Save this record first.</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>操作日志</source>
        <translation>Activity log</translation>
    </message>
</context>
</TS>
