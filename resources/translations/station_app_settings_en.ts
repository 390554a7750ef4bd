<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="zh_CN">
<context>
    <name>ArchiveRulesTab</name>
    <message>
        <source>必备材料齐全</source>
        <translation>Required documents present</translation>
    </message>
    <message>
        <source>卷内目录中的必备材料（告知书、身份证明、调解记录等）都已具备</source>
        <translation>Every required document of the file contents list (notice of rights, ID proof, session records…) is present</translation>
    </message>
    <message>
        <source>书面协议已回访</source>
        <translation>Written agreements followed up</translation>
    </message>
    <message>
        <source>达成书面协议的案件至少有一次回访记录</source>
        <translation>A case with a written agreement has at least one follow-up record</translation>
    </message>
    <message>
        <source>超过一个月须有情况说明</source>
        <translation>Explanatory note after one month</translation>
    </message>
    <message>
        <source>受理至结案（或至今未结）超过一个月、调解不成功、终止调解或转诉讼的案件已填写情况说明</source>
        <translation>Cases over a month from acceptance to closing (or still open), failed, ended or sent to court have an explanatory note</translation>
    </message>
    <message>
        <source>已结案</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>案件已有调解结果和结案日期</source>
        <translation>The case has a result and a closing date</translation>
    </message>
    <message>
        <source>归档前检查（未通过的案件不能归档，迎检材料中单独放在“未归档卷宗”）</source>
        <translation>Checks before archiving (a case that fails them cannot be archived and goes to “Unarchived files” in the inspection package)</translation>
    </message>
    <message>
        <source>保存</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>保存失败</source>
        <translation>Save failed</translation>
    </message>
    <message>
        <source>已保存。</source>
        <translation>Saved.</translation>
    </message>
</context>
<context>
    <name>BackupTab</name>
    <message>
        <source>备份失败</source>
        <translation>Backup failed</translation>
    </message>
    <message>
        <source>备份完成</source>
        <translation>Backup finished</translation>
    </message>
    <message>
        <source>已备份到：
{path}</source>
        <translation>Backed up to:
{path}</translation>
    </message>
    <message>
        <source>立即备份</source>
        <translation>Back up now</translation>
    </message>
    <message>
        <source>用所选备份恢复…</source>
        <translation>Restore selected backup…</translation>
    </message>
    <message>
        <source>打开数据文件夹</source>
        <translation>Open data folder</translation>
    </message>
    <message>
        <source>程序每天第一次启动时自动备份（保留30天的每日备份和12个月的月度备份）。恢复前会先把当前数据另存为一份备份。</source>
        <translation>The program backs up automatically the first time it starts each day (daily backups are kept for 30 days, monthly backups for 12 months). Before a restore, the current data is saved as a backup.</translation>
    </message>
    <message>
        <source>已有备份（最新在前）：</source>
        <translation>Backups (newest first):</translation>
    </message>
    <message>
        <source>数据文件夹：{path}</source>
        <translation>Data folder: {path}</translation>
    </message>
    <message>
        <source>恢复备份</source>
        <translation>Restore backup</translation>
    </message>
    <message>
        <source>用这份备份替换当前的全部数据吗？
{backup}

当前数据会先另存为一份备份。</source>
        <translation>Replace all current data with this backup?
{backup}

The current data is saved as a backup first.</translation>
    </message>
    <message>
        <source>恢复失败</source>
        <translation>Restore failed</translation>
    </message>
    <message>
        <source>恢复完成</source>
        <translation>Restore finished</translation>
    </message>
    <message>
        <source>已恢复。原来的数据另存为：
{path}</source>
        <translation>Restored. The previous data was saved as:
{path}</translation>
    </message>
</context>
<context>
    <name>Encryption</name>
    <message>
        <source>恢复码</source>
        <translation>Recovery code</translation>
    </message>
    <message>
        <source>数据已加密。下面是恢复码，只显示这一次：请打印或抄写下来，和公章一样妥善保管。忘记密码时，凭恢复码可以设置新密码；恢复码和所有密码都丢失时，数据无法找回。</source>
        <translation>The data is now encrypted. Below is the recovery code, shown this once only: print it or write it down and keep it as safely as the official seal. With it a forgotten password can be reset; if the code and every password are lost, the data cannot be recovered.</translation>
    </message>
    <message>
        <source>只含字母 A–Z 和数字 2–7，不分大小写（没有数字 0 和 1）。</source>
        <translation>Letters A–Z and digits 2–7 only, case does not matter (no 0 or 1).</translation>
    </message>
    <message>
        <source>打印…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <source>复制</source>
        <translation>Copy</translation>
    </message>
    <message>
        <source>我已打印或抄写恢复码，并妥善保管</source>
        <translation>I have printed or written down the recovery code and keep it safe</translation>
    </message>
    <message>
        <source>完成</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>&lt;h2&gt;数据加密恢复码&lt;/h2&gt;&lt;p&gt;{station}&lt;/p&gt;&lt;p style=&apos;font-size:20pt; font-family:monospace&apos;&gt;&lt;b&gt;{code}&lt;/b&gt;&lt;/p&gt;&lt;p&gt;忘记密码时：登录窗口点「忘记密码」，输入此恢复码并设置新密码。请与公章一样妥善保管，不要与电脑放在一起。&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Data encryption recovery code&lt;/h2&gt;&lt;p&gt;{station}&lt;/p&gt;&lt;p style=&apos;font-size:20pt; font-family:monospace&apos;&gt;&lt;b&gt;{code}&lt;/b&gt;&lt;/p&gt;&lt;p&gt;If a password is forgotten: click “Forgot password” in the login window, enter this code and set a new password. Keep it as safely as the official seal, not with the computer.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>开启数据加密</source>
        <translation>Turn on data encryption</translation>
    </message>
    <message>
        <source>请输入当前账号（{user}）的密码以确认：</source>
        <translation>Enter the password of the current account ({user}) to confirm:</translation>
    </message>
    <message>
        <source>数据加密</source>
        <translation>Data encryption</translation>
    </message>
    <message>
        <source>开启加密…</source>
        <translation>Turn on encryption…</translation>
    </message>
    <message>
        <source>更换恢复码…</source>
        <translation>New recovery code…</translation>
    </message>
    <message>
        <source>已开启，但有 {n} 份备份尚未加密。</source>
        <translation>On, but {n} backups are not encrypted yet.</translation>
    </message>
    <message>
        <source>已开启：数据库和备份均已加密（SQLCipher），打开数据需要账号密码或恢复码。</source>
        <translation>On: the database and backups are encrypted (SQLCipher); opening the data needs an account password or the recovery code.</translation>
    </message>
    <message>
        <source>未开启：数据库和备份是未加密的文件，身份证号等敏感个人信息可被直接读出。</source>
        <translation>Off: the database and backups are unencrypted files; ID numbers and other sensitive personal data can be read directly.</translation>
    </message>
    <message>
        <source>加密其余备份</source>
        <translation>Encrypt remaining backups</translation>
    </message>
    <message>
        <source>加密失败</source>
        <translation>Encryption failed</translation>
    </message>
    <message>
        <source>部分备份未加密</source>
        <translation>Some backups not encrypted</translation>
    </message>
    <message>
        <source>加密数据库和全部备份吗？

此后每次打开程序都要输入账号密码；系统会生成一个恢复码，只显示一次，请打印或抄写保管。
数据较多时需要一两分钟。</source>
        <translation>Encrypt the database and all backups?

From then on every start asks for an account password; a recovery code is generated and shown once — print it or write it down and keep it safe.
With a lot of data this takes a minute or two.</translation>
    </message>
    <message>
        <source>更换恢复码</source>
        <translation>New recovery code</translation>
    </message>
    <message>
        <source>生成新的恢复码吗？旧的恢复码随即作废。</source>
        <translation>Generate a new recovery code? The old one stops working at once.</translation>
    </message>
    <message>
        <source>更换失败</source>
        <translation>Could not change the code</translation>
    </message>
</context>
<context>
    <name>HolidaysTab</name>
    <message>
        <source>官方</source>
        <translation>Official</translation>
    </message>
    <message>
        <source>自定义</source>
        <translation>Custom</translation>
    </message>
    <message>
        <source>按周末推算</source>
        <translation>Weekends only</translation>
    </message>
    <message>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>星期</source>
        <translation>Weekday</translation>
    </message>
    <message>
        <source>安排</source>
        <translation>Arrangement</translation>
    </message>
    <message>
        <source>来源</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>放假</source>
        <translation>Day off</translation>
    </message>
    <message>
        <source>调休上班</source>
        <translation>Make-up working day</translation>
    </message>
    <message>
        <source>名称，如 春节</source>
        <translation>Name, e.g. Spring Festival</translation>
    </message>
    <message>
        <source>添加或修改</source>
        <translation>Add or change</translation>
    </message>
    <message>
        <source>删除所选自定义</source>
        <translation>Delete selected custom entry</translation>
    </message>
    <message>
        <source>导入节假日安排…</source>
        <translation>Import holiday schedule…</translation>
    </message>
    <message>
        <source>CSV（UTF-8 或 GBK）或 Excel（.xlsx）：第一行表头“日期、类型、名称”，类型写“放假”或“上班”，例如 2027-02-06,放假,春节</source>
        <translation>CSV (UTF-8 or GBK) or Excel (.xlsx): header row date, type, name; type is off or workday, e.g. 2027-02-06,off,Spring Festival</translation>
    </message>
    <message>
        <source>年度：</source>
        <translation>Year:</translation>
    </message>
    <message>
        <source>每年国务院公布次年放假安排后，在此录入，或点“导入节假日安排…”从文件导入（CSV 或 Excel，表头：日期、类型（放假/上班）、名称）；自定义的安排优先于程序内置日历。</source>
        <translation>Each year, once the State Council publishes the next year&apos;s schedule, enter it here or use “Import holiday schedule…” (CSV or Excel with the header date, type (off/workday), name); your entries take precedence over the built-in calendar.</translation>
    </message>
    <message>
        <source>{year}年没有内置的官方放假安排，目前按周末计算，请录入当年的节假日和调休。</source>
        <translation>There is no built-in official holiday schedule for {year}; only weekends are counted for now. Enter the year&apos;s public holidays and make-up working days.</translation>
    </message>
    <message>
        <source>上班</source>
        <translation>Working day</translation>
    </message>
    <message>
        <source>（{name}）</source>
        <translation> ({name})</translation>
    </message>
    <message>
        <source>无法保存</source>
        <translation>Cannot save</translation>
    </message>
    <message>
        <source>删除自定义</source>
        <translation>Delete custom entry</translation>
    </message>
    <message>
        <source>请先选中一条来源为“自定义”的安排。</source>
        <translation>First select an entry whose source is “Custom”.</translation>
    </message>
    <message>
        <source>无法删除</source>
        <translation>Cannot delete</translation>
    </message>
</context>
<context>
    <name>LookupsTab</name>
    <message>
        <source>添加…</source>
        <translation>Add…</translation>
    </message>
    <message>
        <source>改名…</source>
        <translation>Rename…</translation>
    </message>
    <message>
        <source>合并到…</source>
        <translation>Merge into…</translation>
    </message>
    <message>
        <source>停用</source>
        <translation>Deactivate</translation>
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
        <source>改名或合并会同时更新已录入记录中的该值；停用的值不再出现在新记录的选项中。</source>
        <translation>Renaming or merging also updates the value in records already entered; deactivated values are no longer offered for new records.</translation>
    </message>
    <message>
        <source>（已停用）</source>
        <translation> (deactivated)</translation>
    </message>
    <message>
        <source>&#x3000;已用 {n} 条</source>
        <translation>   (in use: {n})</translation>
    </message>
    <message>
        <source>启用</source>
        <translation>Activate</translation>
    </message>
    <message>
        <source>添加{kind}</source>
        <translation>Add {kind}</translation>
    </message>
    <message>
        <source>名称：</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>无法添加</source>
        <translation>Cannot add</translation>
    </message>
    <message>
        <source>{kind}改名</source>
        <translation>Rename {kind}</translation>
    </message>
    <message>
        <source>“{name}”改为：</source>
        <translation>Rename “{name}” to:</translation>
    </message>
    <message>
        <source>无法改名</source>
        <translation>Cannot rename</translation>
    </message>
    <message>
        <source>已改名</source>
        <translation>Renamed</translation>
    </message>
    <message>
        <source>已同时更新 {n} 条记录。</source>
        <translation>Records updated as well: {n}.</translation>
    </message>
    <message>
        <source>合并{kind}</source>
        <translation>Merge {kind}</translation>
    </message>
    <message>
        <source>把“{name}”合并到：</source>
        <translation>Merge “{name}” into:</translation>
    </message>
    <message>
        <source>确认合并</source>
        <translation>Confirm merge</translation>
    </message>
    <message>
        <source>用到“{name}”的记录将改为“{target}”，“{name}”从列表中移除。继续吗？</source>
        <translation>Records using “{name}” will be changed to “{target}”, and “{name}” will be removed from the list. Continue?</translation>
    </message>
    <message>
        <source>无法合并</source>
        <translation>Cannot merge</translation>
    </message>
    <message>
        <source>已合并</source>
        <translation>Merged</translation>
    </message>
    <message>
        <source>已合并，更新了 {n} 条记录。</source>
        <translation>Merged. Records updated: {n}.</translation>
    </message>
    <message>
        <source>无法修改</source>
        <translation>Cannot change</translation>
    </message>
    <message>
        <source>无法移动</source>
        <translation>Cannot move</translation>
    </message>
</context>
<context>
    <name>QuotasTab</name>
    <message>
        <source>每月</source>
        <translation>Monthly</translation>
    </message>
    <message>
        <source>每季度</source>
        <translation>Quarterly</translation>
    </message>
    <message>
        <source>全年</source>
        <translation>Yearly</translation>
    </message>
    <message>
        <source>指标</source>
        <translation>Target</translation>
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
        <source>启用</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>积分项目</source>
        <translation>Points item</translation>
    </message>
    <message>
        <source>每次积分</source>
        <translation>Points each</translation>
    </message>
    <message>
        <source>提案答复类别（可修改）</source>
        <translation>Proposal reply classes (editable)</translation>
    </message>
    <message>
        <source>代码</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>名称</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>含义</source>
        <translation>Meaning</translation>
    </message>
    <message>
        <source>代码，如 D</source>
        <translation>Code, e.g. D</translation>
    </message>
    <message>
        <source>名称，如 留作参考</source>
        <translation>Name, e.g. For reference</translation>
    </message>
    <message>
        <source>添加分类</source>
        <translation>Add grade</translation>
    </message>
    <message>
        <source>保存指标、积分和分类</source>
        <translation>Save targets, points and grades</translation>
    </message>
    <message>
        <source>年度履职指标（亮牌提醒）</source>
        <translation>Annual targets (below-target alert)</translation>
    </message>
    <message>
        <source>积分规则</source>
        <translation>Points rules</translation>
    </message>
    <message>
        <source>协商成果分类（各地含义不同，可修改）</source>
        <translation>Consultation outcome grades (meanings differ by locality; editable)</translation>
    </message>
    <message>
        <source>无法保存</source>
        <translation>Cannot save</translation>
    </message>
    <message>
        <source>已保存。</source>
        <translation>Saved.</translation>
    </message>
    <message>
        <source>无法添加</source>
        <translation>Cannot add</translation>
    </message>
</context>
<context>
    <name>ReferralLimitsTab</name>
    <message>
        <source>办理时限（交办日期起算；工作日按节假日与调休安排计算）</source>
        <translation>Time limits (from the assignment date; working days follow the holidays and make-up working days)</translation>
    </message>
    <message>
        <source>交承办单位办理的协商成果分类</source>
        <translation>Outcome grades assigned to a unit</translation>
    </message>
    <message>
        <source>成果分类字母，多个用顿号分隔（如 A、B）；这些分类且填了承办单位的议题进入督办清单。</source>
        <translation>Grade letters, several separated by 、 (e.g. A、B); topics of these grades with a handling unit join the follow-up list.</translation>
    </message>
    <message>
        <source>保存</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>保存失败</source>
        <translation>Save failed</translation>
    </message>
    <message>
        <source>已保存；{n} 件事项的办理期限已重新计算，新增 {m} 件。</source>
        <translation>Saved; due dates of {n} items recalculated, {m} items added.</translation>
    </message>
</context>
<context>
    <name>RulesTab</name>
    <message>
        <source>第一个</source>
        <translation>first</translation>
    </message>
    <message>
        <source>第二个</source>
        <translation>second</translation>
    </message>
    <message>
        <source>第三个</source>
        <translation>third</translation>
    </message>
    <message>
        <source>第四个</source>
        <translation>fourth</translation>
    </message>
    <message>
        <source>第五个</source>
        <translation>fifth</translation>
    </message>
    <message>
        <source>最后一个</source>
        <translation>last</translation>
    </message>
    <message>
        <source>一</source>
        <translation>Mon</translation>
    </message>
    <message>
        <source>二</source>
        <translation>Tue</translation>
    </message>
    <message>
        <source>三</source>
        <translation>Wed</translation>
    </message>
    <message>
        <source>四</source>
        <translation>Thu</translation>
    </message>
    <message>
        <source>五</source>
        <translation>Fri</translation>
    </message>
    <message>
        <source>六</source>
        <translation>Sat</translation>
    </message>
    <message>
        <source>日</source>
        <translation>Sun</translation>
    </message>
    <message>
        <source>、</source>
        <translation>, </translation>
    </message>
    <message>
        <source>每周{days}</source>
        <translation>Every {days}</translation>
    </message>
    <message>
        <source>{d}日</source>
        <translation>{d}</translation>
    </message>
    <message>
        <source>每月{days}</source>
        <translation>Monthly on day {days}</translation>
    </message>
    <message>
        <source>每月{nth}{weekday}</source>
        <translation>The {nth} {weekday} of each month</translation>
    </message>
    <message>
        <source>{name}：{when}{half}，{n}人</source>
        <translation>{name}: {when}, {half}, {n} member(s)</translation>
    </message>
    <message>
        <source>（停用）</source>
        <translation> (inactive)</translation>
    </message>
    <message>
        <source>如：10、20</source>
        <translation>e.g. 10, 20</translation>
    </message>
    <message>
        <source>每月</source>
        <translation>Each month, the</translation>
    </message>
    <message>
        <source>遇节假日顺延到下一个工作日</source>
        <translation>Move to the next working day if it falls on a holiday</translation>
    </message>
    <message>
        <source>启用</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>规则名称：</source>
        <translation>Rule name:</translation>
    </message>
    <message>
        <source>方式：</source>
        <translation>Recurs:</translation>
    </message>
    <message>
        <source>时间：</source>
        <translation>When:</translation>
    </message>
    <message>
        <source>时段：</source>
        <translation>Session:</translation>
    </message>
    <message>
        <source>每次委员人数：</source>
        <translation>Members per session:</translation>
    </message>
    <message>
        <source>地点：</source>
        <translation>Location:</translation>
    </message>
    <message>
        <source>新建规则</source>
        <translation>New rule</translation>
    </message>
    <message>
        <source>保存</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>删除</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>接待日</source>
        <translation>Reception day</translation>
    </message>
    <message>
        <source>无法保存</source>
        <translation>Cannot save</translation>
    </message>
    <message>
        <source>「日期」请填写数字，如 10、20</source>
        <translation>Enter days of the month as numbers, e.g. 10, 20</translation>
    </message>
    <message>
        <source>删除规则</source>
        <translation>Delete rule</translation>
    </message>
    <message>
        <source>删除这条接待日规则？已排好的值班不受影响。</source>
        <translation>Delete this reception rule? Duty sessions already on the roster are not affected.</translation>
    </message>
    <message>
        <source>无法删除</source>
        <translation>Cannot delete</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>磁盘空间不足</source>
        <translation>the disk is full</translation>
    </message>
    <message>
        <source>数据库正被占用，请稍后再试</source>
        <translation>the database is busy, try again shortly</translation>
    </message>
    <message>
        <source>保存失败：{why}。已填写的内容仍保留在窗口中。</source>
        <translation>Save failed: {why}. What you entered is still in the window.</translation>
    </message>
    <message>
        <source>只有管理员可以修改这些设置；当前账号只能查看。</source>
        <translation>Only administrators can change these settings; this account can only view them.</translation>
    </message>
</context>
<context>
    <name>SettingsUnsaved</name>
    <message>
        <source>尚未保存</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <source>“{tab}”有尚未保存的修改。保存这些修改吗？</source>
        <translation>“{tab}” has unsaved changes. Save them?</translation>
    </message>
    <message>
        <source>保存</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>放弃</source>
        <translation>Discard</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>StationTab</name>
    <message>
        <source>如 2021-06-18</source>
        <translation>e.g. 2021-06-18</translation>
    </message>
    <message>
        <source>{label}：</source>
        <translation>{label}:</translation>
    </message>
    <message>
        <source>保存</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>有内容需要修改，见红字提示；尚未保存。</source>
        <translation>Some entries need correcting (see the red notes); nothing was saved yet.</translation>
    </message>
    <message>
        <source>保存失败</source>
        <translation>Save failed</translation>
    </message>
    <message>
        <source>已保存。</source>
        <translation>Saved.</translation>
    </message>
</context>
<context>
    <name>TeamsTab</name>
    <message>
        <source>新建专班…</source>
        <translation>New work team…</translation>
    </message>
    <message>
        <source>改名…</source>
        <translation>Rename…</translation>
    </message>
    <message>
        <source>删除</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>保存成员</source>
        <translation>Save members</translation>
    </message>
    <message>
        <source>专班成员（可输入姓名，用顿号分隔，或点“选择…”）：</source>
        <translation>Team members (type names separated by 、 or click “Choose…”):</translation>
    </message>
    <message>
        <source>新建工作专班</source>
        <translation>New work team</translation>
    </message>
    <message>
        <source>专班名称：</source>
        <translation>Team name:</translation>
    </message>
    <message>
        <source>无法新建</source>
        <translation>Cannot create</translation>
    </message>
    <message>
        <source>专班改名</source>
        <translation>Rename work team</translation>
    </message>
    <message>
        <source>“{name}”改为：</source>
        <translation>Rename “{name}” to:</translation>
    </message>
    <message>
        <source>无法改名</source>
        <translation>Cannot rename</translation>
    </message>
    <message>
        <source>把“{name}”移到回收站吗？成员名单会保留，恢复后仍在。</source>
        <translation>Move “{name}” to the recycle bin? Its member list is kept and comes back if the team is restored.</translation>
    </message>
    <message>
        <source>删除工作专班</source>
        <translation>Delete work team</translation>
    </message>
    <message>
        <source>无法删除</source>
        <translation>Cannot delete</translation>
    </message>
    <message>
        <source>成员有误</source>
        <translation>Check the members</translation>
    </message>
    <message>
        <source>无法保存</source>
        <translation>Cannot save</translation>
    </message>
    <message>
        <source>已保存</source>
        <translation>Saved</translation>
    </message>
    <message>
        <source>“{name}”现有成员 {n} 人。</source>
        <translation>Members of “{name}”: {n}.</translation>
    </message>
</context>
<context>
    <name>UsersTab</name>
    <message>
        <source>全部功能，含系统设置和账号</source>
        <translation>everything, including settings and accounts</translation>
    </message>
    <message>
        <source>录入和修改记录、导出台账</source>
        <translation>enter and edit records, export ledgers</translation>
    </message>
    <message>
        <source>只能查看和导出，不能修改任何内容</source>
        <translation>view and export only, no changes</translation>
    </message>
    <message>
        <source>用户名</source>
        <translation>Username</translation>
    </message>
    <message>
        <source>姓名</source>
        <translation>Name</translation>
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
        <source>最近登录</source>
        <translation>Last sign-in</translation>
    </message>
    <message>
        <source>修改角色…</source>
        <translation>Change role…</translation>
    </message>
    <message>
        <source>停用</source>
        <translation>Deactivate</translation>
    </message>
    <message>
        <source>重设密码…</source>
        <translation>Reset password…</translation>
    </message>
    <message>
        <source>修改我的密码…</source>
        <translation>Change my password…</translation>
    </message>
    <message>
        <source>登录用户名</source>
        <translation>Username</translation>
    </message>
    <message>
        <source>初始密码（至少6位）</source>
        <translation>Initial password (6+ characters)</translation>
    </message>
    <message>
        <source>添加账号</source>
        <translation>Add account</translation>
    </message>
    <message>
        <source>；</source>
        <translation>; </translation>
    </message>
    <message>
        <source>{role}：{note}</source>
        <translation>{role}: {note}</translation>
    </message>
    <message>
        <source>已锁定至 {time}</source>
        <translation>Locked until {time}</translation>
    </message>
    <message>
        <source>正常</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>已停用</source>
        <translation>Deactivated</translation>
    </message>
    <message>
        <source>启用</source>
        <translation>Activate</translation>
    </message>
    <message>
        <source>无法添加账号</source>
        <translation>Cannot add account</translation>
    </message>
    <message>
        <source>修改角色</source>
        <translation>Change role</translation>
    </message>
    <message>
        <source>“{name}”的角色：</source>
        <translation>Role of “{name}”:</translation>
    </message>
    <message>
        <source>无法修改角色</source>
        <translation>Cannot change role</translation>
    </message>
    <message>
        <source>无法修改</source>
        <translation>Cannot change</translation>
    </message>
    <message>
        <source>重设密码</source>
        <translation>Reset password</translation>
    </message>
    <message>
        <source>“{name}”的新密码：</source>
        <translation>New password for “{name}”:</translation>
    </message>
    <message>
        <source>无法重设密码</source>
        <translation>Cannot reset password</translation>
    </message>
    <message>
        <source>修改我的密码</source>
        <translation>Change my password</translation>
    </message>
    <message>
        <source>原密码：</source>
        <translation>Current password:</translation>
    </message>
    <message>
        <source>新密码（至少6位）：</source>
        <translation>New password (6+ characters):</translation>
    </message>
    <message>
        <source>无法修改密码</source>
        <translation>Cannot change password</translation>
    </message>
</context>
</TS>
