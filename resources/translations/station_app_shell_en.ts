<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="zh_CN">
<context>
    <name>App</name>
    <message>
        <source>无法完成</source>
        <translation>Could not finish</translation>
    </message>
    <message>
        <source>程序出错</source>
        <translation>Unexpected error</translation>
    </message>
    <message>
        <source>程序遇到意外错误。已保存的数据不受影响。

错误报告已保存到：
{path}

如问题反复出现，请把这个文件发给技术支持。</source>
        <translation>The program ran into an unexpected error. Data already saved is not affected.

An error report was saved to:
{path}

If this keeps happening, please send that file to technical support.</translation>
    </message>
    <message>
        <source>（无法写入日志文件夹）</source>
        <translation>(the log folder could not be written)</translation>
    </message>
    <message>
        <source>需要升级程序</source>
        <translation>Program update needed</translation>
    </message>
    <message>
        <source>数据库已损坏</source>
        <translation>Database damaged</translation>
    </message>
    <message>
        <source>数据库文件丢失</source>
        <translation>Database file missing</translation>
    </message>
    <message>
        <source>

请联系技术支持。</source>
        <translation>

Please contact technical support.</translation>
    </message>
    <message>
        <source>数据库文件 {path} 不存在或是空文件（没有新建空数据库）。

是否用最近一份完好的备份（{when}）恢复？
{backup}</source>
        <translation>The database file {path} is missing or empty (no new empty database was created).

Restore the latest good backup ({when})?
{backup}</translation>
    </message>
    <message>
        <source>数据库文件 {path} 已损坏，无法打开。

是否用最近一份完好的备份（{when}）恢复？
{backup}

损坏的文件会另存一份，不会删除。</source>
        <translation>The database file {path} is damaged and cannot be opened.

Restore it from the latest good backup ({when})?
{backup}

A copy of the damaged file is kept; nothing is deleted.</translation>
    </message>
    <message>
        <source>恢复失败</source>
        <translation>Restore failed</translation>
    </message>
    <message>
        <source>无法打开数据库</source>
        <translation>Cannot open the database</translation>
    </message>
    <message>
        <source>连接数据库服务器</source>
        <translation>Connect to the database server</translation>
    </message>
    <message>
        <source>请输入数据库服务器 {url} 的密码：</source>
        <translation>Password for the database server {url}:</translation>
    </message>
    <message>
        <source>无法连接数据库服务器</source>
        <translation>Cannot connect to the database server</translation>
    </message>
    <message>
        <source>三次输入的密码都不正确。</source>
        <translation>The password was wrong three times.</translation>
    </message>
    <message>
        <source>已自动备份：{name}</source>
        <translation>Automatic backup made: {name}</translation>
    </message>
    <message>
        <source>自动备份失败：{error}</source>
        <translation>Automatic backup failed: {error}</translation>
    </message>
    <message>
        <source>数据库检查发现问题</source>
        <translation>Database check found a problem</translation>
    </message>
    <message>
        <source>数据库文件检查发现问题：{problem}

已保存的数据可能不完整。建议在“设置—备份与数据”中用最近一份备份恢复；今天的自动备份已暂停，以免覆盖完好的备份。</source>
        <translation>The database file check found a problem: {problem}

Saved data may be incomplete. We recommend restoring the latest backup under “Settings – Backup and data”; today&apos;s automatic backup has been paused so it does not overwrite a good backup.</translation>
    </message>
    <message>
        <source>程序文件不完整</source>
        <translation>Program files incomplete</translation>
    </message>
    <message>
        <source>程序已在运行</source>
        <translation>Already running</translation>
    </message>
    <message>
        <source>委员工作站履职台账</source>
        <translation>Station Ledger</translation>
    </message>
</context>
<context>
    <name>Charts</name>
    <message>
        <source>其他</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>{title}（暂无数据）</source>
        <translation>{title} (no data yet)</translation>
    </message>
</context>
<context>
    <name>DateEdit</name>
    <message>
        <source>未填</source>
        <translation>Not set</translation>
    </message>
</context>
<context>
    <name>Dates</name>
    <message>
        <source>{month}月{day}日</source>
        <translation>{day} {mon}</translation>
    </message>
    <message>
        <source>{year}年{month}月{day}日</source>
        <translation>{day} {mon} {year}</translation>
    </message>
    <message>
        <source>{year}年{month}月</source>
        <translation>{mon} {year}</translation>
    </message>
</context>
<context>
    <name>DepartmentCombo</name>
    <message>
        <source>选择或输入单位</source>
        <translation>Pick or type a unit</translation>
    </message>
    <message>
        <source>多个单位用、分隔</source>
        <translation>Separate several units with 、</translation>
    </message>
</context>
<context>
    <name>DisputesPage</name>
    <message>
        <source>只看超期</source>
        <translation>Overdue only</translation>
    </message>
    <message>
        <source>只看应回访</source>
        <translation>Follow-ups due only</translation>
    </message>
    <message>
        <source>只看临近期限</source>
        <translation>Near deadline only</translation>
    </message>
    <message>
        <source>红色：已超过一个月办理期限；黄色：7天内到期；蓝色：应回访（“办理期限”列为回访日期）。</source>
        <translation>Red: past the one-month time limit; yellow: due within 7 days; blue: follow-up due (the “Deadline” column then shows the follow-up date).</translation>
    </message>
    <message>
        <source>&lt;b style=&apos;color:#c0392b&apos;&gt;{n} 件已超期&lt;/b&gt;</source>
        <translation>&lt;b style=&apos;color:#c0392b&apos;&gt;{n} overdue&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b style=&apos;color:#b45309&apos;&gt;{n} 件 7 天内到期&lt;/b&gt;</source>
        <translation>&lt;b style=&apos;color:#b45309&apos;&gt;{n} due within 7 days&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;{n} 件应回访&lt;/b&gt;（{cases}）</source>
        <translation>&lt;b&gt;{n} follow-ups due&lt;/b&gt; ({cases})</translation>
    </message>
    <message>
        <source>；</source>
        <translation>; </translation>
    </message>
    <message>
        <source>没有临近期限或应回访的案件。</source>
        <translation>No cases near their deadline or due for a follow-up.</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>全部时间</source>
        <translation>All time</translation>
    </message>
    <message>
        <source>本月</source>
        <translation>This month</translation>
    </message>
    <message>
        <source>上月</source>
        <translation>Last month</translation>
    </message>
    <message>
        <source>本季度</source>
        <translation>This quarter</translation>
    </message>
    <message>
        <source>本年</source>
        <translation>This year</translation>
    </message>
    <message>
        <source>去年</source>
        <translation>Last year</translation>
    </message>
    <message>
        <source>自定义</source>
        <translation>Custom</translation>
    </message>
    <message>
        <source>期间</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>全部{label}</source>
        <translation>{label}: all</translation>
    </message>
    <message>
        <source>类别</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>委员</source>
        <translation>Member</translation>
    </message>
    <message>
        <source>搜索（Ctrl+F）</source>
        <translation>Search (Ctrl+F)</translation>
    </message>
    <message>
        <source>清除条件</source>
        <translation>Clear filters</translation>
    </message>
    <message>
        <source>全部承办单位</source>
        <translation>All units</translation>
    </message>
    <message>
        <source>只看逾期</source>
        <translation>Overdue only</translation>
    </message>
    <message>
        <source>全部专班</source>
        <translation>All work teams</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <source>来访未办结</source>
        <translation>Visits not yet closed</translation>
    </message>
    <message>
        <source>回访到期</source>
        <translation>Follow-ups due</translation>
    </message>
    <message>
        <source>纠纷临近一个月期限</source>
        <translation>Disputes near the one-month limit</translation>
    </message>
    <message>
        <source>议题待推进</source>
        <translation>Topics waiting for the next step</translation>
    </message>
    <message>
        <source>委员未达履职指标</source>
        <translation>Members below their targets</translation>
    </message>
    <message>
        <source>本周值班</source>
        <translation>Duty this week</translation>
    </message>
    <message>
        <source>开始使用：完成以下设置</source>
        <translation>Getting started: complete these settings</translation>
    </message>
    <message>
        <source>（已完成）</source>
        <translation> (done)</translation>
    </message>
    <message>
        <source>待办提醒</source>
        <translation>To do</translation>
    </message>
    <message>
        <source>双击一项即可打开。</source>
        <translation>Double-click an item to open it.</translation>
    </message>
    <message>
        <source>本年数据</source>
        <translation>This year</translation>
    </message>
    <message>
        <source>接待群众（人次）</source>
        <translation>People received</translation>
    </message>
    <message>
        <source>来访登记（件）</source>
        <translation>Visits recorded</translation>
    </message>
    <message>
        <source>接待日（次）</source>
        <translation>Reception days</translation>
    </message>
    <message>
        <source>调解纠纷（件）</source>
        <translation>Disputes mediated</translation>
    </message>
    <message>
        <source>履职活动（场次）</source>
        <translation>Activities</translation>
    </message>
    <message>
        <source>协商议题（个）</source>
        <translation>Consultation topics</translation>
    </message>
    <message>
        <source>社情民意（篇）</source>
        <translation>Public opinion reports</translation>
    </message>
    <message>
        <source>正在统计……</source>
        <translation>Computing…</translation>
    </message>
    <message>
        <source>录入本站委员名单</source>
        <translation>Enter the station&apos;s members</translation>
    </message>
    <message>
        <source>设置接待日规则（每周几、哪天接待）</source>
        <translation>Set the reception-day rules (which weekdays or dates)</translation>
    </message>
    <message>
        <source>录入{years}节假日与调休安排</source>
        <translation>Enter the holidays and adjusted workdays of {years}</translation>
    </message>
    <message>
        <source>、</source>
        <translation>, </translation>
    </message>
    <message>
        <source>{year}年</source>
        <translation>{year}</translation>
    </message>
    <message>
        <source>督办：本周到期 / 已逾期</source>
        <translation>Follow-up: due this week / overdue</translation>
    </message>
    <message>
        <source>双击单位打开督办清单，双击事项打开该事项。</source>
        <translation>Double-click a unit to open the follow-up list, an item to open it.</translation>
    </message>
    <message>
        <source>{dept}：逾期 {late}，本周到期 {due}</source>
        <translation>{dept}: {late} overdue, {due} due this week</translation>
    </message>
    <message>
        <source>未填承办单位</source>
        <translation>No unit given</translation>
    </message>
    <message>
        <source>逾期{n}天</source>
        <translation>{n} days overdue</translation>
    </message>
    <message>
        <source>{date}到期</source>
        <translation>due {date}</translation>
    </message>
    <message>
        <source>…… 另有 {n} 项</source>
        <translation>… and {n} more</translation>
    </message>
    <message>
        <source>没有逾期或本周到期的交办事项。</source>
        <translation>No assigned items overdue or due this week.</translation>
    </message>
    <message>
        <source>首页数据读取失败：{error}</source>
        <translation>Could not read the dashboard figures: {error}</translation>
    </message>
    <message>
        <source>正在核对委员履职指标……</source>
        <translation>Checking members against their quotas…</translation>
    </message>
    <message>
        <source>工作站</source>
        <translation>Station</translation>
    </message>
    <message>
        <source>本周没有值班安排</source>
        <translation>No duty scheduled this week</translation>
    </message>
    <message>
        <source>今天没有安排接待日。</source>
        <translation>No reception day scheduled today.</translation>
    </message>
    <message>
        <source>今天{half}接待日已开设：{members}值班。</source>
        <translation>Today&apos;s reception day ({half}) is open: {members} on duty.</translation>
    </message>
    <message>
        <source>打开今天的接待日</source>
        <translation>Open today&apos;s reception day</translation>
    </message>
    <message>
        <source>今天{half}有接待日（{location}），值班委员：{members}。</source>
        <translation>Reception day today ({half}, {location}); members on duty: {members}.</translation>
    </message>
    <message>
        <source>未安排</source>
        <translation>none assigned</translation>
    </message>
    <message>
        <source>开始今天的接待日</source>
        <translation>Start today&apos;s reception day</translation>
    </message>
    <message>
        <source>{title}（{n}）</source>
        <translation>{title} ({n})</translation>
    </message>
    <message>
        <source>…… 另有 {n} 项，请到相应页面查看</source>
        <translation>… {n} more; see the page concerned</translation>
    </message>
    <message>
        <source>暂无待办事项。</source>
        <translation>Nothing to do.</translation>
    </message>
    <message>
        <source>{year}年数据</source>
        <translation>Figures for {year}</translation>
    </message>
    <message>
        <source>调解纠纷（件，成功率{rate:.0f}%）</source>
        <translation>Disputes mediated ({rate:.0f}% settled)</translation>
    </message>
    <message>
        <source>每月来访（件）</source>
        <translation>Visits per month</translation>
    </message>
    <message>
        <source>来访</source>
        <translation>Visits</translation>
    </message>
    <message>
        <source>月份</source>
        <translation>Month</translation>
    </message>
    <message>
        <source>无法开设接待日</source>
        <translation>Cannot open the reception day</translation>
    </message>
</context>
<context>
    <name>ItemNumber</name>
    <message>
        <source>来访</source>
        <translation>Visit</translation>
    </message>
    <message>
        <source>活动</source>
        <translation>Activity</translation>
    </message>
    <message>
        <source>接待</source>
        <translation>Reception</translation>
    </message>
    <message>
        <source>议题</source>
        <translation>Topic</translation>
    </message>
    <message>
        <source>值班</source>
        <translation>Duty</translation>
    </message>
    <message>
        <source>委员</source>
        <translation>Member</translation>
    </message>
    <message>
        <source>报告</source>
        <translation>Report</translation>
    </message>
</context>
<context>
    <name>Jobs</name>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>已取消</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>文件已存在</source>
        <translation>File already exists</translation>
    </message>
    <message>
        <source>{path} 已存在，是否覆盖？</source>
        <translation>{path} already exists. Replace it?</translation>
    </message>
</context>
<context>
    <name>ListPage</name>
    <message>
        <source>新建活动</source>
        <translation>New activity</translation>
    </message>
    <message>
        <source>受理新案件</source>
        <translation>New case</translation>
    </message>
    <message>
        <source>没有可导出的记录</source>
        <translation>Nothing to export</translation>
    </message>
    <message>
        <source>当前筛选条件下没有记录。</source>
        <translation>No records match the current filters.</translation>
    </message>
    <message>
        <source>导出当前列表：{title}</source>
        <translation>Export this list: {title}</translation>
    </message>
    <message>
        <source>已导出 {n} 条到 {path}</source>
        <translation>Exported {n} records to {path}</translation>
    </message>
    <message>
        <source>没有可打印的记录</source>
        <translation>Nothing to print</translation>
    </message>
    <message>
        <source>请先选中要打印的记录。</source>
        <translation>Select the records to print first.</translation>
    </message>
    <message>
        <source>打印范围</source>
        <translation>What to print</translation>
    </message>
    <message>
        <source>选中了 {n} 条记录，要打印哪些？</source>
        <translation>{n} records are selected. Which should be printed?</translation>
    </message>
    <message>
        <source>打印选中的 {n} 条（约 {pages} 页）</source>
        <translation>The {n} selected (about {pages} pages)</translation>
    </message>
    <message>
        <source>没有选中记录。要打印当前列表的全部 {n} 条吗？</source>
        <translation>No record is selected. Print all {n} records of the list?</translation>
    </message>
    <message>
        <source>全部 {n} 条（约 {pages} 页）</source>
        <translation>All {n} (about {pages} pages)</translation>
    </message>
    <message>
        <source>新建</source>
        <translation>New</translation>
    </message>
    <message>
        <source>打开</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>删除</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>导出Excel</source>
        <translation>Export to Excel</translation>
    </message>
    <message>
        <source>打印</source>
        <translation>Print</translation>
    </message>
    <message>
        <source>此类记录没有打印样式</source>
        <translation>There is no printed sheet for this kind of record</translation>
    </message>
    <message>
        <source>当前账号只能查看</source>
        <translation>This account can only view</translation>
    </message>
    <message>
        <source>选中的记录由其他工作站的上报包导入，只能在该工作站修改或删除</source>
        <translation>The selected records came in another station&apos;s package and can only be changed or deleted at that station</translation>
    </message>
    <message>
        <source>不能删除</source>
        <translation>Cannot delete</translation>
    </message>
    <message>
        <source>选中的记录中有其他工作站的上报包导入的记录，只能在该工作站修改或删除；未删除任何记录。</source>
        <translation>Some selected records came in another station&apos;s package and can only be changed or deleted at that station; nothing was deleted.</translation>
    </message>
    <message>
        <source>移入回收站</source>
        <translation>Move to the recycle bin</translation>
    </message>
    <message>
        <source>确定将选中的 {n} 条记录移入回收站吗？（可在回收站恢复）</source>
        <translation>Move the {n} selected records to the recycle bin? (They can be restored from there.)</translation>
    </message>
    <message>
        <source>删除失败</source>
        <translation>Delete failed</translation>
    </message>
    <message>
        <source>已将 {n} 条记录移入回收站</source>
        <translation>Moved {n} records to the recycle bin</translation>
    </message>
    <message>
        <source>记录不存在</source>
        <translation>Record not found</translation>
    </message>
    <message>
        <source>这条记录已被删除或移入回收站。</source>
        <translation>This record has been deleted or moved to the recycle bin.</translation>
    </message>
    <message>
        <source>已保存</source>
        <translation>Saved</translation>
    </message>
    <message>
        <source>新增委员</source>
        <translation>New member</translation>
    </message>
    <message>
        <source>新建信息</source>
        <translation>New report</translation>
    </message>
    <message>
        <source>登记来访</source>
        <translation>Record a visit</translation>
    </message>
    <message>
        <source>新建议题</source>
        <translation>New topic</translation>
    </message>
    <message>
        <source>新建提案</source>
        <translation>New proposal</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>欢迎使用{name}</source>
        <translation>Welcome to {name}</translation>
    </message>
    <message>
        <source>第一次使用，请填写工作站名称，并为管理员账号（admin）设置密码。以后添加其他账号后，启动时需要登录。</source>
        <translation>First start: enter the station&apos;s name and set a password for the administrator account (admin). Once other accounts are added, everyone signs in when the program starts.</translation>
    </message>
    <message>
        <source>如：某某镇政协委员工作站</source>
        <translation>e.g. Riverside Town CPPCC members&apos; station</translation>
    </message>
    <message>
        <source>工作站名称：</source>
        <translation>Station name:</translation>
    </message>
    <message>
        <source>管理员密码：</source>
        <translation>Administrator password:</translation>
    </message>
    <message>
        <source>再次输入密码：</source>
        <translation>Repeat the password:</translation>
    </message>
    <message>
        <source>请填写工作站名称。</source>
        <translation>Please enter the station&apos;s name.</translation>
    </message>
    <message>
        <source>两次输入的密码不一致。</source>
        <translation>The two passwords do not match.</translation>
    </message>
    <message>
        <source>登录 — {name}</source>
        <translation>Sign in — {name}</translation>
    </message>
    <message>
        <source>用户名：</source>
        <translation>User name:</translation>
    </message>
    <message>
        <source>密码：</source>
        <translation>Password:</translation>
    </message>
    <message>
        <source>登录</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <source>忘记密码</source>
        <translation>Forgot password</translation>
    </message>
    <message>
        <source>已设置新密码，请用新密码登录。</source>
        <translation>New password set. Log in with the new password.</translation>
    </message>
    <message>
        <source>用户名或密码不正确，或账号已停用。</source>
        <translation>Wrong user name or password, or the account is disabled.</translation>
    </message>
    <message>
        <source>账号因连续多次密码错误已锁定，请于 {time} 后再试（管理员重设密码可解锁）。</source>
        <translation>The account is locked after too many wrong passwords. Try again after {time} (an administrator can unlock it by setting a new password).</translation>
    </message>
    <message>
        <source>密码错误次数较多，请稍候 {seconds} 秒再试。</source>
        <translation>Several wrong passwords: wait {seconds} s before trying again.</translation>
    </message>
    <message>
        <source>请 {seconds} 秒后再试。</source>
        <translation> Try again in {seconds} s.</translation>
    </message>
    <message>
        <source>请输入开启加密时打印或抄写的恢复码（30个字符，分6组，不分大小写），再为账号设置新密码。</source>
        <translation>Enter the recovery code printed or written down when encryption was turned on (30 characters in 6 groups, case does not matter), then set a new password for the account.</translation>
    </message>
    <message>
        <source>恢复码：</source>
        <translation>Recovery code:</translation>
    </message>
    <message>
        <source>新密码：</source>
        <translation>New password:</translation>
    </message>
    <message>
        <source>再次输入新密码：</source>
        <translation>Repeat new password:</translation>
    </message>
    <message>
        <source>设置新密码</source>
        <translation>Set new password</translation>
    </message>
    <message>
        <source>请填写用户名。</source>
        <translation>Enter the user name.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>新建</source>
        <translation>New</translation>
    </message>
    <message>
        <source>查找</source>
        <translation>Find</translation>
    </message>
    <message>
        <source>导出当前列表…</source>
        <translation>Export this list…</translation>
    </message>
    <message>
        <source>打印…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <source>删除</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>全局搜索…</source>
        <translation>Search everywhere…</translation>
    </message>
    <message>
        <source>刷新</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>立即备份</source>
        <translation>Back up now</translation>
    </message>
    <message>
        <source>打开数据文件夹</source>
        <translation>Open data folder</translation>
    </message>
    <message>
        <source>退出</source>
        <translation>Exit</translation>
    </message>
    <message>
        <source>关于</source>
        <translation>About</translation>
    </message>
    <message>
        <source>导出台账…</source>
        <translation>Export ledger…</translation>
    </message>
    <message>
        <source>导入台账…</source>
        <translation>Import ledger…</translation>
    </message>
    <message>
        <source>迎检材料打包…</source>
        <translation>Inspection package…</translation>
    </message>
    <message>
        <source>上报包…</source>
        <translation>Exchange package…</translation>
    </message>
    <message>
        <source>导入上报包…</source>
        <translation>Import exchange packages…</translation>
    </message>
    <message>
        <source>文件(&amp;F)</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>编辑(&amp;E)</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>查看(&amp;V)</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>导出(&amp;X)</source>
        <translation>E&amp;xport</translation>
    </message>
    <message>
        <source>帮助(&amp;H)</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>界面语言</source>
        <translation>Interface language</translation>
    </message>
    <message>
        <source>工具栏</source>
        <translation>Toolbar</translation>
    </message>
    <message>
        <source>当前用户：{user}（{role}）</source>
        <translation>Signed in: {user} ({role})</translation>
    </message>
    <message>
        <source>关于 {name}</source>
        <translation>About {name}</translation>
    </message>
    <message>
        <source>&lt;h3&gt;{name}&lt;/h3&gt;&lt;p&gt;版本 {version}&lt;/p&gt;&lt;p&gt;政协委员工作室（站）履职台账：接待日、值班排班、矛盾纠纷调解、履职活动、协商议题、社情民意、委员履职统计，一键生成 Excel 台账与 PDF 档案。&lt;/p&gt;&lt;p&gt;数据文件夹：{folder}&lt;/p&gt;&lt;p&gt;界面字体：文泉驿微米黑（Apache-2.0）&lt;/p&gt;</source>
        <translation>&lt;h3&gt;{name}&lt;/h3&gt;&lt;p&gt;Version {version}&lt;/p&gt;&lt;p&gt;Duty records for CPPCC members&apos; studios and stations: reception days, duty roster, dispute mediation, activities, consultation topics, public opinion reports and members&apos; performance statistics, with Excel ledgers and PDF archive sheets in one click.&lt;/p&gt;&lt;p&gt;Data folder: {folder}&lt;/p&gt;&lt;p&gt;Interface font: WenQuanYi Micro Hei (Apache-2.0)&lt;/p&gt;</translation>
    </message>
    <message>
        <source>字体大小</source>
        <translation>Font size</translation>
    </message>
    <message>
        <source>标准（100%）</source>
        <translation>Standard (100%)</translation>
    </message>
    <message>
        <source>较大（115%）</source>
        <translation>Larger (115%)</translation>
    </message>
    <message>
        <source>特大（130%）</source>
        <translation>Largest (130%)</translation>
    </message>
</context>
<context>
    <name>MemberPicker</name>
    <message>
        <source>姓名，多人用、分隔</source>
        <translation>Names, comma-separated</translation>
    </message>
    <message>
        <source>选择…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <source>输入姓名</source>
        <translation>Type a name</translation>
    </message>
    <message>
        <source>没有这位委员：</source>
        <translation>No such member: </translation>
    </message>
    <message>
        <source>只能填一位委员</source>
        <translation>Enter one member only</translation>
    </message>
    <message>
        <source>选择委员</source>
        <translation>Choose members</translation>
    </message>
</context>
<context>
    <name>MembersPage</name>
    <message>
        <source>值班（次）</source>
        <translation>Duty shifts</translation>
    </message>
    <message>
        <source>接待来访（件）</source>
        <translation>Visits received</translation>
    </message>
    <message>
        <source>联系群众（人次）</source>
        <translation>People contacted</translation>
    </message>
    <message>
        <source>参与调解（件）</source>
        <translation>Mediations</translation>
    </message>
    <message>
        <source>调解成功（件）</source>
        <translation>Mediations settled</translation>
    </message>
    <message>
        <source>参加活动（次）</source>
        <translation>Activities attended</translation>
    </message>
    <message>
        <source>参与协商议题（件）</source>
        <translation>Consultation topics</translation>
    </message>
    <message>
        <source>社情民意（篇）</source>
        <translation>Public opinion reports</translation>
    </message>
    <message>
        <source>领衔提案（件）</source>
        <translation>Lead proposals</translation>
    </message>
    <message>
        <source>积分</source>
        <translation>Points</translation>
    </message>
    <message>
        <source>联名提案（件）</source>
        <translation>Co-signed proposals</translation>
    </message>
    <message>
        <source>排名</source>
        <translation>Rank</translation>
    </message>
    <message>
        <source>年度履职</source>
        <translation>Year&apos;s performance</translation>
    </message>
    <message>
        <source>{year} 年</source>
        <translation>Year {year}</translation>
    </message>
    <message>
        <source>请在左侧选择一位委员</source>
        <translation>Select a member on the left</translation>
    </message>
    <message>
        <source>该委员当年不在册或无记录。</source>
        <translation>This member was not on the list that year or has no records.</translation>
    </message>
    <message>
        <source>&lt;b style=&apos;color:#c0392b&apos;&gt;未达指标：&lt;/b&gt;</source>
        <translation>&lt;b style=&apos;color:#c0392b&apos;&gt;Below target: &lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b style=&apos;color:#3c8d5a&apos;&gt;已达年度指标&lt;/b&gt;</source>
        <translation>&lt;b style=&apos;color:#3c8d5a&apos;&gt;Annual targets met&lt;/b&gt;</translation>
    </message>
</context>
<context>
    <name>MonthCalendar</name>
    <message>
        <source>上午</source>
        <translation>AM</translation>
    </message>
    <message>
        <source>下午</source>
        <translation>PM</translation>
    </message>
    <message>
        <source>全天</source>
        <translation>All day</translation>
    </message>
    <message>
        <source>上班</source>
        <translation>Working day</translation>
    </message>
    <message>
        <source>‹ 上月</source>
        <translation>‹ Previous</translation>
    </message>
    <message>
        <source>下月 ›</source>
        <translation>Next ›</translation>
    </message>
    <message>
        <source>本月</source>
        <translation>This month</translation>
    </message>
    <message>
        <source>另有 {n} 次…</source>
        <translation>{n} more…</translation>
    </message>
    <message>
        <source>{date} {half} {location}
值班委员：{members}
状态：{state}</source>
        <translation>{date} {half} {location}
Members on duty: {members}
Status: {state}</translation>
    </message>
    <message>
        <source>无</source>
        <translation>none</translation>
    </message>
</context>
<context>
    <name>OrderedMembers</name>
    <message>
        <source>输入姓名后点“添加”，多人用、分隔</source>
        <translation>Type a name and click &quot;Add&quot;; separate several with 、</translation>
    </message>
    <message>
        <source>添加</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>上移</source>
        <translation>Move up</translation>
    </message>
    <message>
        <source>下移</source>
        <translation>Move down</translation>
    </message>
    <message>
        <source>移除</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>领衔</source>
        <translation>Lead</translation>
    </message>
    <message>
        <source>联名</source>
        <translation>Co-proposer</translation>
    </message>
</context>
<context>
    <name>OriginBanner</name>
    <message>
        <source>（最近一次上报包：第 {seq} 号，{date}）</source>
        <translation> (last package: no. {seq}, {date})</translation>
    </message>
    <message>
        <source>该记录属于“{station}”，由其上报包导入{when}，在此只能查看和打印；如需更正，请在该工作站修改后随下一次上报包报来。</source>
        <translation>This record belongs to &quot;{station}&quot; and came in its package{when}. Here it can only be viewed and printed; to correct it, change it at that station and it arrives with the next package.</translation>
    </message>
</context>
<context>
    <name>Pages</name>
    <message>
        <source>首页</source>
        <translation>Home</translation>
    </message>
    <message>
        <source>接待日</source>
        <translation>Reception days</translation>
    </message>
    <message>
        <source>值班排班</source>
        <translation>Duty roster</translation>
    </message>
    <message>
        <source>矛盾纠纷调解</source>
        <translation>Dispute mediation</translation>
    </message>
    <message>
        <source>履职活动</source>
        <translation>Activities</translation>
    </message>
    <message>
        <source>协商议题</source>
        <translation>Consultation topics</translation>
    </message>
    <message>
        <source>社情民意</source>
        <translation>Public opinion reports</translation>
    </message>
    <message>
        <source>督办</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <source>提案</source>
        <translation>Proposals</translation>
    </message>
    <message>
        <source>委员</source>
        <translation>Members</translation>
    </message>
    <message>
        <source>统计</source>
        <translation>Statistics</translation>
    </message>
    <message>
        <source>工作站对比</source>
        <translation>Station comparison</translation>
    </message>
    <message>
        <source>设置</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>回收站</source>
        <translation>Recycle bin</translation>
    </message>
</context>
<context>
    <name>PathField</name>
    <message>
        <source>浏览…</source>
        <translation>Browse…</translation>
    </message>
</context>
<context>
    <name>PeriodBar</name>
    <message>
        <source>统计期间：</source>
        <translation>Period:</translation>
    </message>
    <message>
        <source>至</source>
        <translation>to</translation>
    </message>
    <message>
        <source>统计</source>
        <translation>Show</translation>
    </message>
    <message>
        <source>本月</source>
        <translation>This month</translation>
    </message>
    <message>
        <source>本季度</source>
        <translation>This quarter</translation>
    </message>
    <message>
        <source>本年</source>
        <translation>This year</translation>
    </message>
    <message>
        <source>上一年</source>
        <translation>Last year</translation>
    </message>
    <message>
        <source>截止日期早于起始日期</source>
        <translation>The end date is before the start date</translation>
    </message>
</context>
<context>
    <name>ProposalsPage</name>
    <message>
        <source>全部年度</source>
        <translation>All years</translation>
    </message>
    <message>
        <source>全部提案</source>
        <translation>All proposals</translation>
    </message>
    <message>
        <source>全部承办单位</source>
        <translation>All units</translation>
    </message>
    <message>
        <source>{year}年</source>
        <translation>{year}</translation>
    </message>
</context>
<context>
    <name>ReceptionPage</name>
    <message>
        <source>转为调解案件</source>
        <translation>To mediation case</translation>
    </message>
    <message>
        <source>转为协商议题</source>
        <translation>To consultation topic</translation>
    </message>
    <message>
        <source>形成社情民意</source>
        <translation>To public opinion report</translation>
    </message>
    <message>
        <source>形成提案…</source>
        <translation>Turn into a proposal…</translation>
    </message>
    <message>
        <source>开启今日接待日</source>
        <translation>Open today&apos;s reception day</translation>
    </message>
    <message>
        <source>开设接待日…</source>
        <translation>New reception day…</translation>
    </message>
    <message>
        <source>本次接待</source>
        <translation>This reception day</translation>
    </message>
    <message>
        <source>请在左侧选择一个接待日</source>
        <translation>Select a reception day on the left</translation>
    </message>
    <message>
        <source>登记来访…</source>
        <translation>Record a visit…</translation>
    </message>
    <message>
        <source>登记到场委员…</source>
        <translation>Members present…</translation>
    </message>
    <message>
        <source>回访…</source>
        <translation>Follow-up…</translation>
    </message>
    <message>
        <source>接待日</source>
        <translation>Reception days</translation>
    </message>
    <message>
        <source>全部来访</source>
        <translation>All visits</translation>
    </message>
    <message>
        <source>今天 {date}（{weekday}）</source>
        <translation>Today {date} ({weekday})</translation>
    </message>
    <message>
        <source>{head}{half}接待日（{location}）已开启，到场委员：{names}。</source>
        <translation>{head}{half} reception day ({location}) is open; members present: {names}.</translation>
    </message>
    <message>
        <source>：值班表中没有今天的接待安排。可点“开设接待日…”临时开设。</source>
        <translation>: the duty roster has no reception today. Use “New reception day…” to open one anyway.</translation>
    </message>
    <message>
        <source>未排委员</source>
        <translation>no members assigned</translation>
    </message>
    <message>
        <source>{head}{half}接待日，值班委员：{names}，已开启。</source>
        <translation>{head}: reception day ({half}), members on duty: {names}; open.</translation>
    </message>
    <message>
        <source>{head}{half}接待日，值班委员：{names}。</source>
        <translation>{head}: reception day ({half}), members on duty: {names}.</translation>
    </message>
    <message>
        <source>转到今日接待日</source>
        <translation>Go to today&apos;s reception day</translation>
    </message>
    <message>
        <source>请在左侧选择一个接待日，或开启今日接待日。</source>
        <translation>Select a reception day on the left, or open today&apos;s.</translation>
    </message>
    <message>
        <source>未登记</source>
        <translation>none recorded</translation>
    </message>
    <message>
        <source>，主题：{theme}</source>
        <translation>, theme: {theme}</translation>
    </message>
    <message>
        <source>{date} {half} {location}{theme}
到场委员：{names}</source>
        <translation>{date} {half} {location}{theme}
Members present: {names}</translation>
    </message>
    <message>
        <source>不能开启</source>
        <translation>Cannot open</translation>
    </message>
    <message>
        <source>开启失败</source>
        <translation>Opening failed</translation>
    </message>
    <message>
        <source>已开启 {date} {half} 接待日</source>
        <translation>Reception day {date} ({half}) opened</translation>
    </message>
    <message>
        <source>不能转换</source>
        <translation>Cannot convert</translation>
    </message>
    <message>
        <source>转换失败</source>
        <translation>Conversion failed</translation>
    </message>
    <message>
        <source>来访“{name}”已{action}</source>
        <translation>Visit by “{name}” converted ({action})</translation>
    </message>
    <message>
        <source>已转换</source>
        <translation>Converted</translation>
    </message>
    <message>
        <source>已{action}。现在打开它继续填写吗？</source>
        <translation>Converted ({action}). Open it now to fill in the rest?</translation>
    </message>
</context>
<context>
    <name>RecordLinks</name>
    <message>
        <source>关联记录</source>
        <translation>Linked records</translation>
    </message>
</context>
<context>
    <name>RecordListView</name>
    <message>
        <source>共 {n} 条</source>
        <translation>{n} records</translation>
    </message>
    <message>
        <source>恢复默认列和列宽</source>
        <translation>Restore default columns and widths</translation>
    </message>
</context>
<context>
    <name>RecordTable</name>
    <message>
        <source>是</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>否</source>
        <translation>No</translation>
    </message>
    <message>
        <source>此列不能排序</source>
        <translation>This column cannot be sorted</translation>
    </message>
</context>
<context>
    <name>RecyclePage</name>
    <message>
        <source>类别</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>内容</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>删除时间</source>
        <translation>Deleted at</translation>
    </message>
    <message>
        <source>删除人</source>
        <translation>Deleted by</translation>
    </message>
    <message>
        <source>回收站</source>
        <translation>Recycle bin</translation>
    </message>
    <message>
        <source>恢复所选</source>
        <translation>Restore selected</translation>
    </message>
    <message>
        <source>彻底删除所选</source>
        <translation>Delete selected permanently</translation>
    </message>
    <message>
        <source>删除的记录先放在这里，可以恢复；彻底删除后无法找回（仅管理员）。</source>
        <translation>Deleted records wait here and can be restored; once deleted permanently they are gone (administrators only).</translation>
    </message>
    <message>
        <source>共 {n} 条</source>
        <translation>{n} records</translation>
    </message>
    <message>
        <source>无法恢复</source>
        <translation>Cannot restore</translation>
    </message>
    <message>
        <source>已恢复 {n} 条记录</source>
        <translation>Restored {n} records</translation>
    </message>
    <message>
        <source>彻底删除</source>
        <translation>Delete permanently</translation>
    </message>
    <message>
        <source>彻底删除所选的 {n} 条记录？删除后无法找回。</source>
        <translation>Permanently delete the {n} selected records? They cannot be recovered.</translation>
    </message>
    <message>
        <source>无法彻底删除</source>
        <translation>Cannot delete permanently</translation>
    </message>
    <message>
        <source>已彻底删除 {n} 条记录</source>
        <translation>Permanently deleted {n} records</translation>
    </message>
</context>
<context>
    <name>ReferralsPage</name>
    <message>
        <source>交办事项由来访、协商成果、提案和社情民意的交办自动生成；红色为已逾期，黄色为7天内到期。</source>
        <translation>Items come from visits, topic outcomes, proposals and opinion reports assigned to a unit; red is overdue, yellow due within 7 days.</translation>
    </message>
</context>
<context>
    <name>RosterPage</name>
    <message>
        <source>按规则生成排班…</source>
        <translation>Generate roster from rules…</translation>
    </message>
    <message>
        <source>调剂…</source>
        <translation>Swap…</translation>
    </message>
    <message>
        <source>登记到岗…</source>
        <translation>Attendance…</translation>
    </message>
    <message>
        <source>取消该次值班</source>
        <translation>Cancel this shift</translation>
    </message>
    <message>
        <source>节假日…</source>
        <translation>Holidays…</translation>
    </message>
    <message>
        <source>打印值班表</source>
        <translation>Print roster</translation>
    </message>
    <message>
        <source>点击日历中的一次值班查看详情</source>
        <translation>Click a shift for its details</translation>
    </message>
    <message>
        <source>{month}值班表</source>
        <translation>Duty roster {month}</translation>
    </message>
    <message>
        <source>休</source>
        <translation>Day off</translation>
    </message>
    <message>
        <source>{name}？待核实</source>
        <translation>{name}? to be verified</translation>
    </message>
    <message>
        <source>{slot}
状态：{state}</source>
        <translation>{slot}
Status: {state}</translation>
    </message>
    <message>
        <source>到岗</source>
        <translation>present</translation>
    </message>
    <message>
        <source>缺勤</source>
        <translation>absent</translation>
    </message>
    <message>
        <source>（已调出）</source>
        <translation> (swapped out)</translation>
    </message>
    <message>
        <source>（替班）</source>
        <translation> (substitute)</translation>
    </message>
    <message>
        <source>已通知联络员</source>
        <translation>liaison officer notified</translation>
    </message>
    <message>
        <source>未通知联络员</source>
        <translation>liaison officer not notified</translation>
    </message>
    <message>
        <source>调剂：{original} → {substitute}（{reason}，{notified}）</source>
        <translation>Swap: {original} → {substitute} ({reason}; {notified})</translation>
    </message>
    <message>
        <source>备注：{note}</source>
        <translation>Note: {note}</translation>
    </message>
    <message>
        <source>已保存 {n} 次值班</source>
        <translation>Saved {n} shifts</translation>
    </message>
    <message>
        <source>取消值班</source>
        <translation>Cancel shift</translation>
    </message>
    <message>
        <source>确定取消 {slot} 的值班吗？</source>
        <translation>Cancel the shift {slot}?</translation>
    </message>
    <message>
        <source>不能取消</source>
        <translation>Cannot cancel</translation>
    </message>
    <message>
        <source>取消失败</source>
        <translation>Cancelling failed</translation>
    </message>
</context>
<context>
    <name>SavedFilters</name>
    <message>
        <source>已保存筛选</source>
        <translation>Saved filters</translation>
    </message>
    <message>
        <source>保存当前的筛选条件，或套用已保存的筛选</source>
        <translation>Save the current filter, or apply a saved one</translation>
    </message>
    <message>
        <source>保存当前筛选…</source>
        <translation>Save current filter…</translation>
    </message>
    <message>
        <source>删除已保存筛选</source>
        <translation>Delete saved filter</translation>
    </message>
    <message>
        <source>保存筛选</source>
        <translation>Save filter</translation>
    </message>
    <message>
        <source>为当前筛选条件起个名字：</source>
        <translation>A name for the current filter:</translation>
    </message>
    <message>
        <source>不能保存筛选</source>
        <translation>Cannot save the filter</translation>
    </message>
</context>
<context>
    <name>SearchDialog</name>
    <message>
        <source>全局搜索</source>
        <translation>Search everywhere</translation>
    </message>
    <message>
        <source>输入姓名、案件编号、诉求内容、活动名称等，按回车搜索</source>
        <translation>Type a name, case number, request, activity title… and press Enter</translation>
    </message>
    <message>
        <source>搜索</source>
        <translation>Search</translation>
    </message>
    <message>
        <source>内容</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>摘要</source>
        <translation>Excerpt</translation>
    </message>
    <message>
        <source>{kind}（{n}）</source>
        <translation>{kind} ({n})</translation>
    </message>
    <message>
        <source>“{text}”：找到 {n} 条，双击打开。</source>
        <translation>“{text}”: {n} found; double-click one to open it.</translation>
    </message>
    <message>
        <source>没有找到“{text}”。</source>
        <translation>Nothing found for “{text}”.</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>工作站信息</source>
        <translation>Station</translation>
    </message>
    <message>
        <source>接待日规则</source>
        <translation>Reception day rules</translation>
    </message>
    <message>
        <source>选项列表</source>
        <translation>Option lists</translation>
    </message>
    <message>
        <source>工作专班</source>
        <translation>Work teams</translation>
    </message>
    <message>
        <source>履职指标与积分</source>
        <translation>Targets and points</translation>
    </message>
    <message>
        <source>卷宗归档</source>
        <translation>Case filing</translation>
    </message>
    <message>
        <source>节假日</source>
        <translation>Public holidays</translation>
    </message>
    <message>
        <source>督办时限</source>
        <translation>Follow-up limits</translation>
    </message>
    <message>
        <source>账号与权限</source>
        <translation>Accounts and permissions</translation>
    </message>
    <message>
        <source>备份与数据</source>
        <translation>Backup and data</translation>
    </message>
    <message>
        <source>设置</source>
        <translation>Settings</translation>
    </message>
</context>
<context>
    <name>StationCombo</name>
    <message>
        <source>只看一个工作站的记录，或全部工作站</source>
        <translation>Show one station&apos;s records, or all stations</translation>
    </message>
    <message>
        <source>全部工作站</source>
        <translation>All stations</translation>
    </message>
    <message>
        <source>（未命名）</source>
        <translation>(unnamed)</translation>
    </message>
</context>
<context>
    <name>StationCompare</name>
    <message>
        <source>工作站对比</source>
        <translation>Station comparison</translation>
    </message>
    <message>
        <source>正在统计各工作站……</source>
        <translation>Counting every station…</translation>
    </message>
    <message>
        <source>各工作站主要数字（点击列标题排序）</source>
        <translation>Main figures per station (click a column header to sort)</translation>
    </message>
    <message>
        <source>图表</source>
        <translation>Chart</translation>
    </message>
    <message>
        <source>比较</source>
        <translation>Compare</translation>
    </message>
    <message>
        <source>全部工作站委员履职排名</source>
        <translation>Members of all stations ranked</translation>
    </message>
    <message>
        <source>{n} 个工作站，统计期间 {start} 至 {end}</source>
        <translation>{n} stations, period {start} to {end}</translation>
    </message>
    <message>
        <source>统计失败：{error}</source>
        <translation>Could not compute the figures: {error}</translation>
    </message>
    <message>
        <source>工作站</source>
        <translation>Station</translation>
    </message>
    <message>
        <source>接待人次</source>
        <translation>Visitors received</translation>
    </message>
    <message>
        <source>来访登记</source>
        <translation>Visit record</translation>
    </message>
    <message>
        <source>纠纷件数</source>
        <translation>Disputes</translation>
    </message>
    <message>
        <source>调解成功率</source>
        <translation>Mediation success rate</translation>
    </message>
    <message>
        <source>活动场次</source>
        <translation>Activities</translation>
    </message>
    <message>
        <source>议题转化率</source>
        <translation>Topic conversion rate</translation>
    </message>
    <message>
        <source>社情民意</source>
        <translation>Public opinion report</translation>
    </message>
    <message>
        <source>{n}（采用 {adopted}）</source>
        <translation>{n} ({adopted} adopted)</translation>
    </message>
    <message>
        <source>指标达成</source>
        <translation>Targets met</translation>
    </message>
    <message>
        <source>最近上报包</source>
        <translation>Last package</translation>
    </message>
    <message>
        <source>本站</source>
        <translation>This unit</translation>
    </message>
    <message>
        <source>未收到</source>
        <translation>None received</translation>
    </message>
    <message>
        <source>上报包序号</source>
        <translation>Package no.</translation>
    </message>
    <message>
        <source>第 {n} 号</source>
        <translation>No. {n}</translation>
    </message>
    <message>
        <source>排名</source>
        <translation>Rank</translation>
    </message>
    <message>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>界别</source>
        <translation>Sector</translation>
    </message>
    <message>
        <source>积分</source>
        <translation>Points</translation>
    </message>
    <message>
        <source>联系群众</source>
        <translation>People contacted</translation>
    </message>
    <message>
        <source>调解</source>
        <translation>Mediations</translation>
    </message>
    <message>
        <source>活动</source>
        <translation>Activity</translation>
    </message>
    <message>
        <source>履职指标</source>
        <translation>Duty target</translation>
    </message>
    <message>
        <source>达标</source>
        <translation>Met</translation>
    </message>
</context>
<context>
    <name>Stations</name>
    <message>
        <source>工作站</source>
        <translation>Station</translation>
    </message>
    <message>
        <source>汇总</source>
        <translation>County summary</translation>
    </message>
    <message>
        <source>{station} — {role} — {app}</source>
        <translation>{station} — {role} — {app}</translation>
    </message>
    <message>
        <source>{app} — {role}</source>
        <translation>{app} — {role}</translation>
    </message>
</context>
<context>
    <name>StatsPage</name>
    <message>
        <source>排名</source>
        <translation>Rank</translation>
    </message>
    <message>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>界别</source>
        <translation>Sector</translation>
    </message>
    <message>
        <source>值班</source>
        <translation>Duty shifts</translation>
    </message>
    <message>
        <source>联系群众</source>
        <translation>People contacted</translation>
    </message>
    <message>
        <source>调解</source>
        <translation>Mediations</translation>
    </message>
    <message>
        <source>活动</source>
        <translation>Activities</translation>
    </message>
    <message>
        <source>议题</source>
        <translation>Topics</translation>
    </message>
    <message>
        <source>社情民意</source>
        <translation>Public opinion reports</translation>
    </message>
    <message>
        <source>积分</source>
        <translation>Points</translation>
    </message>
    <message>
        <source>履职指标</source>
        <translation>Duty targets</translation>
    </message>
    <message>
        <source>防止民转刑</source>
        <translation>Prevented criminal escalation</translation>
    </message>
    <message>
        <source>防止群体性上访</source>
        <translation>Prevented mass petitions</translation>
    </message>
    <message>
        <source>防止自杀</source>
        <translation>Prevented suicides</translation>
    </message>
    <message>
        <source>{n} 人</source>
        <translation>{n}</translation>
    </message>
    <message>
        <source>{n} 次</source>
        <translation>{n}</translation>
    </message>
    <message>
        <source>{n} 件</source>
        <translation>{n}</translation>
    </message>
    <message>
        <source>{n} 人次</source>
        <translation>{n}</translation>
    </message>
    <message>
        <source>{n} 场次</source>
        <translation>{n}</translation>
    </message>
    <message>
        <source>{n} 个</source>
        <translation>{n}</translation>
    </message>
    <message>
        <source>{n} 篇</source>
        <translation>{n}</translation>
    </message>
    <message>
        <source>委员与值班</source>
        <translation>Members and duty</translation>
    </message>
    <message>
        <source>在册委员</source>
        <translation>Active members</translation>
    </message>
    <message>
        <source>值班安排</source>
        <translation>Duty shifts</translation>
    </message>
    <message>
        <source>已完成值班</source>
        <translation>Shifts held</translation>
    </message>
    <message>
        <source>调剂</source>
        <translation>Swaps</translation>
    </message>
    <message>
        <source>委员值班</source>
        <translation>Member shifts</translation>
    </message>
    <message>
        <source>接待来访</source>
        <translation>Reception</translation>
    </message>
    <message>
        <source>接待日</source>
        <translation>Reception days</translation>
    </message>
    <message>
        <source>来访登记</source>
        <translation>Visit records</translation>
    </message>
    <message>
        <source>接待群众</source>
        <translation>People received</translation>
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
        <source>矛盾纠纷调解</source>
        <translation>Dispute mediation</translation>
    </message>
    <message>
        <source>受理纠纷</source>
        <translation>Cases accepted</translation>
    </message>
    <message>
        <source>调解成功</source>
        <translation>Settled</translation>
    </message>
    <message>
        <source>成功率</source>
        <translation>Success rate</translation>
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
        <source>{n} 元</source>
        <translation>¥{n}</translation>
    </message>
    <message>
        <source>协议涉及金额</source>
        <translation>Agreement amounts</translation>
    </message>
    <message>
        <source>{cases} 件 / {people} 人</source>
        <translation>{cases} cases / {people} people</translation>
    </message>
    <message>
        <source>超期未结</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>履职活动</source>
        <translation>Activities</translation>
    </message>
    <message>
        <source>服务群众</source>
        <translation>People served</translation>
    </message>
    <message>
        <source>协商议题</source>
        <translation>Consultation topics</translation>
    </message>
    <message>
        <source>已转化</source>
        <translation>Implemented</translation>
    </message>
    <message>
        <source>转化率</source>
        <translation>Implementation rate</translation>
    </message>
    <message>
        <source>报送信息</source>
        <translation>Reports submitted</translation>
    </message>
    <message>
        <source>被采用</source>
        <translation>Adopted</translation>
    </message>
    <message>
        <source>统计</source>
        <translation>Statistics</translation>
    </message>
    <message>
        <source>年度报告文字…</source>
        <translation>Annual report text…</translation>
    </message>
    <message>
        <source>填写年度工作报告的“存在问题”“下一步打算”</source>
        <translation>Write the annual report&apos;s “Problems” and “Plans for next year”</translation>
    </message>
    <message>
        <source>正在统计……</source>
        <translation>Computing…</translation>
    </message>
    <message>
        <source>委员履职排名</source>
        <translation>Members&apos; performance ranking</translation>
    </message>
    <message>
        <source>统计期间 {start} 至 {end}</source>
        <translation>Statistics for {start} to {end}</translation>
    </message>
    <message>
        <source>统计失败：{error}</source>
        <translation>Could not compute the figures: {error}</translation>
    </message>
    <message>
        <source>{year}年每月工作量</source>
        <translation>Work per month, {year}</translation>
    </message>
    <message>
        <source>来访（件）</source>
        <translation>Visits</translation>
    </message>
    <message>
        <source>纠纷（件）</source>
        <translation>Disputes</translation>
    </message>
    <message>
        <source>活动（场次）</source>
        <translation>Activities</translation>
    </message>
    <message>
        <source>月份</source>
        <translation>Month</translation>
    </message>
    <message>
        <source>来访诉求类别</source>
        <translation>Visits by request category</translation>
    </message>
    <message>
        <source>达标</source>
        <translation>Met</translation>
    </message>
    <message>
        <source>{year}年度工作报告</source>
        <translation>Annual work report {year}</translation>
    </message>
</context>
<context>
    <name>StepIndicator</name>
    <message>
        <source>当前环节：</source>
        <translation>Current step: </translation>
    </message>
</context>
<context>
    <name>TeamChecks</name>
    <message>
        <source>尚未建立工作专班（在“设置—工作专班”中建立）</source>
        <translation>No work teams yet (create them under Settings → Work teams)</translation>
    </message>
</context>
<context>
    <name>Theme</name>
    <message>
        <source>无法加载程序自带的中文字体：{path}。请重新安装本程序。</source>
        <translation>The program&apos;s bundled Chinese font could not be loaded: {path}. Please reinstall the program.</translation>
    </message>
</context>
<context>
    <name>TopicsPage</name>
    <message>
        <source>合并来访为协商议题</source>
        <translation>Merge visits into a consultation topic</translation>
    </message>
    <message>
        <source>议题名称（必填）</source>
        <translation>Topic title (required)</translation>
    </message>
    <message>
        <source>合并为议题</source>
        <translation>Merge into topic</translation>
    </message>
    <message>
        <source>按住 Ctrl 选择内容相近的多条来访：</source>
        <translation>Hold Ctrl and select several visits about the same matter:</translation>
    </message>
    <message>
        <source>合并失败</source>
        <translation>Merge failed</translation>
    </message>
    <message>
        <source>合并来访为议题…</source>
        <translation>Merge visits into topic…</translation>
    </message>
    <message>
        <source>环节</source>
        <translation>Step</translation>
    </message>
</context>
</TS>
