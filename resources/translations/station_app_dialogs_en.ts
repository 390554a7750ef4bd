<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="zh_CN">
<context>
    <name>ActivityDialog</name>
    <message>
        <source>照片 (*.jpg *.jpeg *.png *.bmp *.gif *.webp);;所有文件 (*)</source>
        <translation>Photos (*.jpg *.jpeg *.png *.bmp *.gif *.webp);;All files (*)</translation>
    </message>
    <message>
        <source>活动照片</source>
        <translation>Activity photos</translation>
    </message>
    <message>
        <source>添加照片…</source>
        <translation>Add photos…</translation>
    </message>
    <message>
        <source>删除照片</source>
        <translation>Remove photo</translation>
    </message>
    <message>
        <source>删除选中的照片（移入回收站）</source>
        <translation>Remove the selected photo (to the recycle bin)</translation>
    </message>
    <message>
        <source>选择活动照片</source>
        <translation>Choose activity photos</translation>
    </message>
    <message>
        <source>照片未添加</source>
        <translation>Photo not added</translation>
    </message>
    <message>
        <source>“{name}”已经添加过，不再重复添加。</source>
        <translation>“{name}” is already attached; it is not added twice.</translation>
    </message>
    <message>
        <source>确定删除照片“{name}”吗？（可在回收站恢复）</source>
        <translation>Remove the photo “{name}”? (It can be restored from the recycle bin.)</translation>
    </message>
    <message>
        <source>删除失败</source>
        <translation>Delete failed</translation>
    </message>
</context>
<context>
    <name>ChildTable</name>
    <message>
        <source>添加</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>删除</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>确认删除</source>
        <translation>Confirm deletion</translation>
    </message>
    <message>
        <source>确定删除{what}吗？</source>
        <translation>Delete {what}?</translation>
    </message>
</context>
<context>
    <name>DisputeDialog</name>
    <message>
        <source>履行方式</source>
        <translation>Manner of performance</translation>
    </message>
    <message>
        <source>如 一次性当场履行、分期履行</source>
        <translation>e.g. at once on the spot, in instalments</translation>
    </message>
    <message>
        <source>留空则自动编号</source>
        <translation>Leave blank to number automatically</translation>
    </message>
    <message>
        <source>结案时自动编号</source>
        <translation>Numbered when the case is closed</translation>
    </message>
    <message>
        <source>如 银行转账、分期支付</source>
        <translation>e.g. bank transfer, instalments</translation>
    </message>
    <message>
        <source>如 一次性现金支付、银行转账、分期支付、当场履行</source>
        <translation>e.g. one cash payment, bank transfer, instalments, on the spot</translation>
    </message>
    <message>
        <source>如 调解室</source>
        <translation>e.g. mediation room</translation>
    </message>
    <message>
        <source>调解不成功、终止调解、转诉讼，或受理超过一个月才结案的，须写明情况</source>
        <translation>Required when mediation failed, was ended or went to court, or the case took over a month</translation>
    </message>
    <message>
        <source>添加当事人</source>
        <translation>Add party</translation>
    </message>
    <message>
        <source>添加调解记录</source>
        <translation>Add session record</translation>
    </message>
    <message>
        <source>添加回访记录</source>
        <translation>Add follow-up</translation>
    </message>
    <message>
        <source>当事人</source>
        <translation>Parties</translation>
    </message>
    <message>
        <source>调解记录</source>
        <translation>Mediation sessions</translation>
    </message>
    <message>
        <source>回访记录</source>
        <translation>Follow-ups</translation>
    </message>
    <message>
        <source>卷宗材料</source>
        <translation>Case file papers</translation>
    </message>
    <message>
        <source>先保存案件，再添加调解记录和回访记录</source>
        <translation>Save the case first, then add mediation sessions and follow-ups</translation>
    </message>
    <message>
        <source>受理后一个月内应办结。</source>
        <translation>To be concluded within one month of acceptance.</translation>
    </message>
    <message>
        <source>已于 {date} 结案（{result}）。</source>
        <translation>Case closed on {date} ({result}).</translation>
    </message>
    <message>
        <source>已结案（{result}）。</source>
        <translation>Case closed ({result}).</translation>
    </message>
    <message>
        <source> 回访应在 {date} 前进行。</source>
        <translation> Follow-up due by {date}.</translation>
    </message>
    <message>
        <source>⚠ 办理期限 {date}，已超期 {days} 天。</source>
        <translation>⚠ Deadline {date}: overdue by {days} day(s).</translation>
    </message>
    <message>
        <source>⚠ 办理期限 {date}，还剩 {days} 天。</source>
        <translation>⚠ Deadline {date}: {days} day(s) left.</translation>
    </message>
    <message>
        <source>办理期限 {date}（还剩 {days} 天）。</source>
        <translation>Deadline {date} ({days} day(s) left).</translation>
    </message>
    <message>
        <source>这一行</source>
        <translation>this row</translation>
    </message>
    <message>
        <source>删除失败</source>
        <translation>Delete failed</translation>
    </message>
    <message>
        <source>新受理的案件请先保存，再结案</source>
        <translation>Save a newly accepted case before closing it</translation>
    </message>
    <message>
        <source>如 农民、教师</source>
        <translation>e.g. farmer</translation>
    </message>
    <message>
        <source>18位，单位当事人填写</source>
        <translation>18 characters, for organisations</translation>
    </message>
    <message>
        <source>法定代表人职务</source>
        <translation>Legal representative&apos;s post</translation>
    </message>
    <message>
        <source>职业或职务</source>
        <translation>Occupation or post</translation>
    </message>
    <message>
        <source>受邀参加的其他人员（如村干部、亲属），不含当事人</source>
        <translation>Others invited (village officials, relatives), not the parties</translation>
    </message>
    <message>
        <source>本次主持调解的调解员</source>
        <translation>Lead mediators</translation>
    </message>
</context>
<context>
    <name>DossierPanel</name>
    <message>
        <source>序号</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>文书名称</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>必备</source>
        <translation>Required</translation>
    </message>
    <message>
        <source>已具备</source>
        <translation>Present</translation>
    </message>
    <message>
        <source>页数</source>
        <translation>Pages</translation>
    </message>
    <message>
        <source>备注</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>来源</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>归档…</source>
        <translation>Archive…</translation>
    </message>
    <message>
        <source>勾选“已具备”登记已收到的纸质材料（身份证明、告知书等），双击“页数”填写实际页数、“备注”填写说明；其余由案件记录自动生成。</source>
        <translation>Tick “Present” for paper documents received (ID proof, signed notice…); double-click “Pages” for the real page count and “Note” for a remark. The rest is generated from the case.</translation>
    </message>
    <message>
        <source>双击填写纸质材料的实际页数</source>
        <translation>Double-click to enter the paper document&apos;s real page count</translation>
    </message>
    <message>
        <source>尚不能归档：</source>
        <translation>Cannot be archived yet: </translation>
    </message>
    <message>
        <source>；</source>
        <translation>; </translation>
    </message>
    <message>
        <source>必备材料齐全，可以归档。</source>
        <translation>All required documents present: ready to archive.</translation>
    </message>
    <message>
        <source>是</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>已归档，卷宗号 {file_no}。</source>
        <translation>Archived, file number {file_no}.</translation>
    </message>
    <message>
        <source>不能修改</source>
        <translation>Cannot change</translation>
    </message>
    <message>
        <source>保存失败</source>
        <translation>Save failed</translation>
    </message>
    <message>
        <source>不能归档</source>
        <translation>Cannot archive</translation>
    </message>
    <message>
        <source>归档失败</source>
        <translation>Archiving failed</translation>
    </message>
</context>
<context>
    <name>EditConflict</name>
    <message>
        <source>（空）</source>
        <translation>(empty)</translation>
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
        <source>没有保存：{who} 于 {at} 也改了「{fields}」。再次保存时可查看对方的版本或保留您的修改。</source>
        <translation>Not saved: {who} also changed “{fields}” at {at}. When you save again you can see their version or keep your changes.</translation>
    </message>
    <message>
        <source>{who} 于 {at} 修改过此记录，已合并对方改的「{fields}」后保存。</source>
        <translation>{who} changed this record at {at}; their “{fields}” was merged in and the record saved.</translation>
    </message>
    <message>
        <source>记录已被修改</source>
        <translation>Record changed</translation>
    </message>
    <message>
        <source>该记录已被 {who} 于 {at} 修改</source>
        <translation>This record was changed by {who} at {at}</translation>
    </message>
    <message>
        <source>双方都改了下面各项：</source>
        <translation>You both changed:</translation>
    </message>
    <message>
        <source>「{field}」 对方：{theirs}&#x3000;您：{mine}</source>
        <translation>“{field}” theirs: {theirs}   yours: {mine}</translation>
    </message>
    <message>
        <source>保留我的修改：以您填写的为准另存一版（记入操作日志）；查看对方的版本：载入对方保存的内容，您的修改不保存。</source>
        <translation>Keep my changes: save what you entered as a new version (recorded in the audit log); See their version: load what they saved, your changes are not saved.</translation>
    </message>
    <message>
        <source>查看对方的版本</source>
        <translation>See their version</translation>
    </message>
    <message>
        <source>保留我的修改</source>
        <translation>Keep my changes</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>已载入 {who} 于 {at} 保存的版本，您的修改没有保存。</source>
        <translation>The version {who} saved at {at} is shown; your changes were not saved.</translation>
    </message>
    <message>
        <source>{who} 于 {at} 修改了此记录（{fields}）。保存时会合并对方的修改；双方改了同一项时会请您选择。</source>
        <translation>{who} changed this record at {at} ({fields}). Saving will merge their changes; where you both changed the same item you will be asked.</translation>
    </message>
    <message>
        <source>{who} 于 {at} 修改了此记录，已显示最新内容。</source>
        <translation>{who} changed this record at {at}; the latest version is shown.</translation>
    </message>
</context>
<context>
    <name>ExchangeExportDialog</name>
    <message>
        <source>导出上报包</source>
        <translation>Export exchange package</translation>
    </message>
    <message>
        <source>导入上级公钥文件…</source>
        <translation>Import the upper level&apos;s key file…</translation>
    </message>
    <message>
        <source>自上一个上报包以来的变动（新增、修改、删除）</source>
        <translation>Changes since the last package (added, edited, deleted)</translation>
    </message>
    <message>
        <source>全部记录（上级没有收到以前的上报包时）</source>
        <translation>All records (when the upper level has not received earlier packages)</translation>
    </message>
    <message>
        <source>附带附件文件（照片、扫描件；文件会变大）</source>
        <translation>Include attachment files (photos, scans; the file gets larger)</translation>
    </message>
    <message>
        <source>浏览…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <source>本单位</source>
        <translation>This unit</translation>
    </message>
    <message>
        <source>（未填写工作站信息）</source>
        <translation>(station details not filled in)</translation>
    </message>
    <message>
        <source>发给</source>
        <translation>Send to</translation>
    </message>
    <message>
        <source>序号</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>第 {n} 号上报包</source>
        <translation>Package no. {n}</translation>
    </message>
    <message>
        <source>内容</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>保存为</source>
        <translation>Save as</translation>
    </message>
    <message>
        <source>上报包已签名并加密，只有上级单位能打开；U 盘丢失也不会泄露内容。</source>
        <translation>The package is signed and encrypted: only the upper level can open it, so a lost USB stick leaks nothing.</translation>
    </message>
    <message>
        <source>导出</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>尚未导入上级公钥文件（.slkey，向上级索取）</source>
        <translation>The upper level&apos;s key file has not been imported yet (.slkey, ask the upper level for it)</translation>
    </message>
    <message>
        <source>{name}
指纹 {fp}</source>
        <translation>{name}
Fingerprint {fp}</translation>
    </message>
    <message>
        <source>上报包 (*.slpkg)</source>
        <translation>Exchange packages (*.slpkg)</translation>
    </message>
    <message>
        <source>导入上级公钥文件</source>
        <translation>Import the upper level&apos;s key file</translation>
    </message>
    <message>
        <source>公钥文件 (*.slkey);;所有文件 (*)</source>
        <translation>Key files (*.slkey);;All files (*)</translation>
    </message>
    <message>
        <source>无法导入公钥文件</source>
        <translation>Cannot import the key file</translation>
    </message>
    <message>
        <source>核对指纹</source>
        <translation>Check the fingerprint</translation>
    </message>
    <message>
        <source>此后上报包发给：{name}

对方公钥指纹：{fp}

请打电话与对方核对这串数字，一致才导入。指纹一致吗？</source>
        <translation>Packages will be sent to: {name}

Their key fingerprint: {fp}

Please phone them and compare these digits; import only if they match. Do they match?</translation>
    </message>
    <message>
        <source>请选择保存位置</source>
        <translation>Choose where to save</translation>
    </message>
    <message>
        <source>请先选择上报包的保存位置。</source>
        <translation>Please choose where to save the package first.</translation>
    </message>
    <message>
        <source>正在导出上报包…</source>
        <translation>Exporting the package…</translation>
    </message>
    <message>
        <source>导出完成</source>
        <translation>Export finished</translation>
    </message>
    <message>
        <source>已导出第 {n} 号上报包：{path}
记录 {rows} 行，删除 {gone} 行，附件文件 {files} 个。
请将文件拷贝给 {upper}。</source>
        <translation>Package no. {n} exported: {path}
{rows} rows, {gone} deletions, {files} attachment files.
Please copy the file to {upper}.</translation>
    </message>
    <message>
        <source>已取消</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>已取消导出，没有生成上报包。</source>
        <translation>Export cancelled; no package was made.</translation>
    </message>
    <message>
        <source>导出失败</source>
        <translation>Export failed</translation>
    </message>
</context>
<context>
    <name>ExchangeImportDialog</name>
    <message>
        <source>上报包</source>
        <translation>Package</translation>
    </message>
    <message>
        <source>工作站</source>
        <translation>Station</translation>
    </message>
    <message>
        <source>新增</source>
        <translation>Added</translation>
    </message>
    <message>
        <source>更新</source>
        <translation>Updated</translation>
    </message>
    <message>
        <source>删除</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>未变</source>
        <translation>Unchanged</translation>
    </message>
    <message>
        <source>导入上报包</source>
        <translation>Import exchange packages</translation>
    </message>
    <message>
        <source>本单位接收密钥指纹：{fp}</source>
        <translation>This unit&apos;s receiving key fingerprint: {fp}</translation>
    </message>
    <message>
        <source>导出本单位公钥文件…</source>
        <translation>Export this unit&apos;s key file…</translation>
    </message>
    <message>
        <source>选择上报包…</source>
        <translation>Choose packages…</translation>
    </message>
    <message>
        <source>可一次选择多个上报包（.slpkg）。每个包先核对签名和校验和，有问题的整包不导入。</source>
        <translation>You may choose several packages (.slpkg) at once. Each package&apos;s signature and checksums are checked first; a package with a problem is not imported at all.</translation>
    </message>
    <message>
        <source>导出本单位公钥文件</source>
        <translation>Export this unit&apos;s key file</translation>
    </message>
    <message>
        <source>公钥文件 (*.slkey)</source>
        <translation>Key files (*.slkey)</translation>
    </message>
    <message>
        <source>导出失败</source>
        <translation>Export failed</translation>
    </message>
    <message>
        <source>已导出公钥文件</source>
        <translation>Key file exported</translation>
    </message>
    <message>
        <source>已保存到 {path}
指纹：{fp}

把这个文件交给各工作站；他们导入后，请电话核对这串数字。</source>
        <translation>Saved to {path}
Fingerprint: {fp}

Give this file to each station; after they import it, compare these digits by phone.</translation>
    </message>
    <message>
        <source>选择上报包</source>
        <translation>Choose packages</translation>
    </message>
    <message>
        <source>上报包 (*.slpkg);;所有文件 (*)</source>
        <translation>Exchange packages (*.slpkg);;All files (*)</translation>
    </message>
    <message>
        <source>正在核对并导入上报包…</source>
        <translation>Checking and importing packages…</translation>
    </message>
    <message>
        <source>正在导入新登记工作站的上报包…</source>
        <translation>Importing the newly registered station&apos;s package…</translation>
    </message>
    <message>
        <source>首次收到工作站“{name}”的上报包。

所属政协：{cppcc}
签名密钥指纹：{fp}

请打电话与该工作站核对指纹，一致才登记。登记这个工作站并导入吗？</source>
        <translation>First package from station &quot;{name}&quot;.

CPPCC: {cppcc}
Signing key fingerprint: {fp}

Please phone the station and compare the fingerprint; register only if it matches. Register this station and import?</translation>
    </message>
    <message>
        <source>（未填）</source>
        <translation>(not given)</translation>
    </message>
    <message>
        <source>登记新的工作站</source>
        <translation>Register a new station</translation>
    </message>
    <message>
        <source>已处理 {n} 个上报包：导入 {ok} 个</source>
        <translation>{n} packages processed: {ok} imported</translation>
    </message>
    <message>
        <source>，{bad} 个未导入（原因见下）</source>
        <translation>, {bad} not imported (reasons below)</translation>
    </message>
    <message>
        <source>。</source>
        <translation>.</translation>
    </message>
    <message>
        <source>未导入：</source>
        <translation>Not imported: </translation>
    </message>
    <message>
        <source>第 {n} 号</source>
        <translation>No. {n}</translation>
    </message>
    <message>
        <source>（新登记）</source>
        <translation>(newly registered)</translation>
    </message>
    <message>
        <source>已导入过，无变化</source>
        <translation>Already imported, no change</translation>
    </message>
    <message>
        <source>无变化</source>
        <translation>No change</translation>
    </message>
    <message>
        <source>{n} 个附件的文件未随包，暂未导入（请工作站导出“全部记录”并勾选“附带附件文件”）</source>
        <translation>{n} attachments came without their files and were not imported yet (ask the station to export &quot;All records&quot; with &quot;Include attachment files&quot;)</translation>
    </message>
    <message>
        <source>{n} 行引用的记录尚未收到，暂未导入（补齐缺少的上报包后再导入本包）</source>
        <translation>{n} rows refer to records not received yet and were not imported (import this package again after the missing ones)</translation>
    </message>
    <message>
        <source>缺少第 {n} 号上报包</source>
        <translation>Package no. {n} is missing</translation>
    </message>
    <message>
        <source>已取消</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>已取消导入：已导入的上报包保留，其余未导入。</source>
        <translation>Import cancelled: packages already imported are kept, the rest were not imported.</translation>
    </message>
    <message>
        <source>导入失败</source>
        <translation>Import failed</translation>
    </message>
</context>
<context>
    <name>InspectionDialog</name>
    <message>
        <source>生成迎检材料</source>
        <translation>Build inspection package</translation>
    </message>
    <message>
        <source>、</source>
        <translation>, </translation>
    </message>
    <message>
        <source>包含：全年台账（Excel）；档案表单（{kinds}），每类一个文件夹；目录（序号、文件名称、页数、备注）。身份证号和电话已脱敏。</source>
        <translation>Contains: the full-year ledger (Excel); the archive sheets ({kinds}), one folder per kind; an index (number, file name, pages, notes). ID and phone numbers are masked.</translation>
    </message>
    <message>
        <source>生成</source>
        <translation>Build</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>保存迎检材料</source>
        <translation>Save inspection package</translation>
    </message>
    <message>
        <source>ZIP 压缩包 (*.zip)</source>
        <translation>ZIP archive (*.zip)</translation>
    </message>
    <message>
        <source>工作站</source>
        <translation>Station</translation>
    </message>
    <message>
        <source>请先选择迎检材料 zip 的保存位置。</source>
        <translation>Choose where to save the inspection package zip first.</translation>
    </message>
    <message>
        <source>有无法打印的字符</source>
        <translation>Characters that cannot be printed</translation>
    </message>
    <message>
        <source>是否仍要生成迎检材料？</source>
        <translation>Build the inspection package anyway?</translation>
    </message>
    <message>
        <source>正在生成迎检材料…</source>
        <translation>Building the inspection package…</translation>
    </message>
    <message>
        <source>未归档案件 {count} 件：卷宗单独放在“{folder}”文件夹，目录备注中写明每件缺少什么。</source>
        <translation>{count} cases not archived: their files are in the “{folder}” folder, and the index notes say what each lacks.</translation>
    </message>
    <message>
        <source>迎检材料已生成</source>
        <translation>Inspection package built</translation>
    </message>
    <message>
        <source>已保存到 {path}
共 {files} 个文件，档案 {pages} 页。</source>
        <translation>Saved to {path}
Files: {files}. Archive sheet pages: {pages}.</translation>
    </message>
    <message>
        <source>生成失败</source>
        <translation>Build failed</translation>
    </message>
</context>
<context>
    <name>LedgerExportDialog</name>
    <message>
        <source>导出台账</source>
        <translation>Export ledger</translation>
    </message>
    <message>
        <source>完整导出身份证号和电话（默认脱敏，如 110***********1234、138****5678）</source>
        <translation>Export full ID and phone numbers (masked by default, e.g. 110***********1234, 138****5678)</translation>
    </message>
    <message>
        <source>完整导出身份证号和电话（仅管理员可用；本账号导出的台账一律脱敏）</source>
        <translation>Export full ID and phone numbers (administrators only; this account&apos;s ledgers are always masked)</translation>
    </message>
    <message>
        <source>只有管理员可以完整导出身份证号和电话；当前账号只能导出脱敏的台账。</source>
        <translation>Only administrators can export full ID and phone numbers; this account can export masked ledgers only.</translation>
    </message>
    <message>
        <source>台账种类</source>
        <translation>Ledger</translation>
    </message>
    <message>
        <source>导出范围</source>
        <translation>Records</translation>
    </message>
    <message>
        <source>当前列表中的 {n} 条记录</source>
        <translation>Records in the current list: {n}</translation>
    </message>
    <message>
        <source>工作站</source>
        <translation>Station</translation>
    </message>
    <message>
        <source>个人信息</source>
        <translation>Personal data</translation>
    </message>
    <message>
        <source>导出</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>Excel 工作簿 (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <source>请先选择台账的保存位置。</source>
        <translation>Choose where to save the ledger first.</translation>
    </message>
    <message>
        <source>完整导出个人信息</source>
        <translation>Export full personal data</translation>
    </message>
    <message>
        <source>导出的文件将包含完整的身份证号和电话号码，请妥善保管、不要外传。确定继续吗？</source>
        <translation>The file will contain full ID and phone numbers. Keep it safe and do not pass it on. Continue?</translation>
    </message>
    <message>
        <source>正在导出台账…</source>
        <translation>Exporting the ledger…</translation>
    </message>
    <message>
        <source>导出完成</source>
        <translation>Export finished</translation>
    </message>
    <message>
        <source>已保存到 {path}</source>
        <translation>Saved to {path}</translation>
    </message>
    <message>
        <source>导出失败</source>
        <translation>Export failed</translation>
    </message>
</context>
<context>
    <name>LedgerImportWizard</name>
    <message>
        <source>行号</source>
        <translation>Row</translation>
    </message>
    <message>
        <source>导入台账</source>
        <translation>Import ledger</translation>
    </message>
    <message>
        <source>上一步</source>
        <translation>Back</translation>
    </message>
    <message>
        <source>检查</source>
        <translation>Check</translation>
    </message>
    <message>
        <source>导入</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>台账种类</source>
        <translation>Ledger</translation>
    </message>
    <message>
        <source>Excel 文件</source>
        <translation>Excel file</translation>
    </message>
    <message>
        <source>可以导入本软件导出的台账，也可以导入手工登记的 Excel 台账：软件会自动找到表头行，按列名对应（如 姓名/名字、联系电话/电话/手机），跳过空行和合计行。导入前逐行检查，只要有一处错误就不导入任何记录；已有的记录（记录标识相同，或同一来访人、日期和内容）不会重复导入。</source>
        <translation>You can import ledgers exported by this program or Excel ledgers kept by hand: the program finds the header row, matches columns by their headings (common alternative headings for names and phone numbers included) and skips empty and total rows. Every row is checked first; if there is a single error, nothing is imported. Records already here (same record ID, or the same visitor, date and content) are not imported twice.</translation>
    </message>
    <message>
        <source>检查结果：</source>
        <translation>Check results:</translation>
    </message>
    <message>
        <source>选择要导入的台账</source>
        <translation>Choose the ledger to import</translation>
    </message>
    <message>
        <source>Excel 工作簿 (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <source>请选择文件</source>
        <translation>Choose a file</translation>
    </message>
    <message>
        <source>请先选择要导入的 Excel 台账文件（.xlsx）。</source>
        <translation>Choose the Excel ledger file (.xlsx) to import first.</translation>
    </message>
    <message>
        <source>正在逐行检查…</source>
        <translation>Checking row by row…</translation>
    </message>
    <message>
        <source>错误：{text}</source>
        <translation>Error: {text}</translation>
    </message>
    <message>
        <source>重复：{text}</source>
        <translation>Duplicate: {text}</translation>
    </message>
    <message>
        <source>提醒：{text}</source>
        <translation>Note: {text}</translation>
    </message>
    <message>
        <source>正在导入…</source>
        <translation>Importing…</translation>
    </message>
    <message>
        <source>未导入</source>
        <translation>Not imported</translation>
    </message>
    <message>
        <source>检查发现错误，未导入任何记录。</source>
        <translation>The check found errors; no records were imported.</translation>
    </message>
    <message>
        <source>导入完成</source>
        <translation>Import finished</translation>
    </message>
    <message>
        <source>无法导入</source>
        <translation>Cannot import</translation>
    </message>
    <message>
        <source>导入失败</source>
        <translation>Import failed</translation>
    </message>
</context>
<context>
    <name>ListPage</name>
    <message>
        <source>记录不存在</source>
        <translation>Record not found</translation>
    </message>
    <message>
        <source>这条记录已被删除或移入回收站。</source>
        <translation>This record has been deleted or moved to the recycle bin.</translation>
    </message>
</context>
<context>
    <name>MemberDialog</name>
    <message>
        <source>只有管理员可以调整工作专班</source>
        <translation>Only an administrator can change the work teams</translation>
    </message>
</context>
<context>
    <name>OutputDialog</name>
    <message>
        <source>保存为</source>
        <translation>Save as</translation>
    </message>
    <message>
        <source>年度</source>
        <translation>Year</translation>
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
        <source>日期有误</source>
        <translation>Check the dates</translation>
    </message>
    <message>
        <source>截止日期 {end} 早于起始日期 {start}。</source>
        <translation>The end date {end} is before the start date {start}.</translation>
    </message>
    <message>
        <source>请选择保存位置</source>
        <translation>Choose where to save</translation>
    </message>
</context>
<context>
    <name>PdfPreviewDialog</name>
    <message>
        <source>档案</source>
        <translation>Archive sheet</translation>
    </message>
    <message>
        <source>打印预览 — {title}</source>
        <translation>Print preview — {title}</translation>
    </message>
    <message>
        <source>显示完整身份证号和电话</source>
        <translation>Show full ID and phone numbers</translation>
    </message>
    <message>
        <source>默认脱敏打印；勾选后重新生成，含完整个人信息，请妥善保管纸质件。</source>
        <translation>Printed masked by default; tick to regenerate with full personal data, and keep the paper copies safe.</translation>
    </message>
    <message>
        <source>只有管理员可以显示和打印完整的身份证号和电话。</source>
        <translation>Only administrators can show and print full ID and phone numbers.</translation>
    </message>
    <message>
        <source>打印…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <source>另存为 PDF…</source>
        <translation>Save as PDF…</translation>
    </message>
    <message>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>正在生成{sheet}…</source>
        <translation>Generating {sheet}…</translation>
    </message>
    <message>
        <source>无法打开生成的 PDF：{error}</source>
        <translation>Cannot open the generated PDF: {error}</translation>
    </message>
    <message>
        <source>共 {n} 页</source>
        <translation>Pages: {n}</translation>
    </message>
    <message>
        <source>无法生成档案</source>
        <translation>Cannot generate the archive sheet</translation>
    </message>
    <message>
        <source>另存为 PDF</source>
        <translation>Save as PDF</translation>
    </message>
    <message>
        <source>PDF 文件 (*.pdf)</source>
        <translation>PDF file (*.pdf)</translation>
    </message>
    <message>
        <source>保存失败</source>
        <translation>Save failed</translation>
    </message>
    <message>
        <source>无法写入 {path}：{reason}</source>
        <translation>Cannot write {path}: {reason}</translation>
    </message>
    <message>
        <source>已保存</source>
        <translation>Saved</translation>
    </message>
    <message>
        <source>已保存到 {path}</source>
        <translation>Saved to {path}</translation>
    </message>
    <message>
        <source>打印失败</source>
        <translation>Printing failed</translation>
    </message>
    <message>
        <source>无法连接打印机。</source>
        <translation>Cannot reach the printer.</translation>
    </message>
</context>
<context>
    <name>ProposalDialog</name>
    <message>
        <source>形成提案</source>
        <translation>Turn into a proposal</translation>
    </message>
    <message>
        <source>本站提案编号，保存时自动按年度编号，删除后也不再使用</source>
        <translation>The station&apos;s own proposal number, given by year when saved and never reused, even after a deletion</translation>
    </message>
    <message>
        <source>提案立案后才能登记答复、委员意见和办结；立案须填写立案号。</source>
        <translation>A reply, the member&apos;s opinion and completion can be entered only once the proposal is filed; filing needs a filing number.</translation>
    </message>
    <message>
        <source>形成提案…</source>
        <translation>Turn into a proposal…</translation>
    </message>
    <message>
        <source>以本条记录为来源新建提案（标题、案由等已预先填好）</source>
        <translation>Create a proposal from this record (title, subject and more filled in)</translation>
    </message>
    <message>
        <source>已形成提案</source>
        <translation>Already a proposal</translation>
    </message>
    <message>
        <source>本条记录已形成提案 {number}「{title}」，不能重复形成。</source>
        <translation>This record already became proposal {number} &quot;{title}&quot;; it cannot become another.</translation>
    </message>
</context>
<context>
    <name>RecordDialog</name>
    <message>
        <source>数据库正被占用（可能另一程序正在写入或备份），请稍后再点“保存”。</source>
        <translation>The database is busy (another program may be writing to it or backing it up). Wait a moment, then click “Save” again.</translation>
    </message>
    <message>
        <source>磁盘空间不足，请清理磁盘后再点“保存”。</source>
        <translation>The disk is full. Free some space, then click “Save” again.</translation>
    </message>
    <message>
        <source>数据文件只读或没有写入权限，请检查数据文件夹。</source>
        <translation>The data file is read-only or cannot be written. Check the data folder.</translation>
    </message>
    <message>
        <source>保存</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>打印…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <source>预览并打印本条记录的档案表</source>
        <translation>Preview and print this record&apos;s archive sheet</translation>
    </message>
    <message>
        <source>请选择</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <source>不能保存</source>
        <translation>Cannot save</translation>
    </message>
    <message>
        <source>没有权限</source>
        <translation>Not allowed</translation>
    </message>
    <message>
        <source>保存失败</source>
        <translation>Save failed</translation>
    </message>
    <message>
        <source>没有保存成功，已填写的内容仍保留在窗口中。

{reason}</source>
        <translation>Nothing was saved; what you entered is still in the window.

{reason}</translation>
    </message>
    <message>
        <source>请先保存</source>
        <translation>Save first</translation>
    </message>
    <message>
        <source>有尚未保存的修改，打印的是已保存的内容。请先保存再打印。</source>
        <translation>There are unsaved changes, and printing shows only what is saved. Save first, then print.</translation>
    </message>
    <message>
        <source>放弃修改？</source>
        <translation>Discard changes?</translation>
    </message>
    <message>
        <source>有尚未保存的修改，确定关闭并放弃这些修改吗？</source>
        <translation>There are unsaved changes. Close and discard them?</translation>
    </message>
    <message>
        <source>当前账号只能查看</source>
        <translation>This account can only view</translation>
    </message>
    <message>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>ReferralDialog</name>
    <message>
        <source>督办记录</source>
        <translation>Follow-up records</translation>
    </message>
    <message>
        <source>交办事项</source>
        <translation>Assigned matter</translation>
    </message>
    <message>
        <source>交办</source>
        <translation>Assignment</translation>
    </message>
    <message>
        <source>添加督办记录</source>
        <translation>Add a follow-up record</translation>
    </message>
    <message>
        <source>答复</source>
        <translation>Reply</translation>
    </message>
    <message>
        <source>反馈</source>
        <translation>Feedback</translation>
    </message>
    <message>
        <source>来源：</source>
        <translation>Source:</translation>
    </message>
    <message>
        <source>来源记录已不再交办承办单位；因已有督办记录或答复，本事项保留在督办清单中。</source>
        <translation>The source record no longer assigns a unit; the item stays on the follow-up list because it already has follow-ups or a reply.</translation>
    </message>
    <message>
        <source>（在来源记录中修改）</source>
        <translation>(change it in the source record)</translation>
    </message>
    <message>
        <source>留空按默认：{limit}</source>
        <translation>Leave empty for the default: {limit}</translation>
    </message>
    <message>
        <source>提案的交办日期、答复日期和答复内容在提案中登记，此处只读。</source>
        <translation>A proposal&apos;s assignment date, reply date and reply are entered in the proposal; read-only here.</translation>
    </message>
    <message>
        <source>（时限应为整数）</source>
        <translation>(the time limit must be a whole number)</translation>
    </message>
    <message>
        <source>尚未交办</source>
        <translation>Not assigned yet</translation>
    </message>
    <message>
        <source>（已逾期）</source>
        <translation>(overdue)</translation>
    </message>
    <message>
        <source>这条督办记录</source>
        <translation>this follow-up record</translation>
    </message>
</context>
<context>
    <name>ReportTextDialog</name>
    <message>
        <source>存在问题</source>
        <translation>Problems</translation>
    </message>
    <message>
        <source>下一步打算</source>
        <translation>Plans for next year</translation>
    </message>
    <message>
        <source>年度报告文字</source>
        <translation>Annual report text</translation>
    </message>
    <message>
        <source>印在年度工作报告的“四、存在问题”“五、下一步打算”中，每段另起一行；未填写时只印标题和“本年度未填写”。</source>
        <translation>Printed in sections 4 (Problems) and 5 (Plans for next year) of the annual report, one paragraph per line; when empty only the heading and a note that nothing was entered are printed.</translation>
    </message>
    <message>
        <source>年度</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>未保存</source>
        <translation>Not saved</translation>
    </message>
    <message>
        <source>已保存{year}年的文字。</source>
        <translation>Text for {year} saved.</translation>
    </message>
    <message>
        <source>{n} / {max} 字</source>
        <translation>{n} / {max} characters</translation>
    </message>
    <message>
        <source>（超出 {k} 字，保存前请删减）</source>
        <translation>({k} over the limit: shorten before saving)</translation>
    </message>
    <message>
        <source>尚未保存</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <source>{year}年的文字已修改，是否保存？</source>
        <translation>The text for {year} has changed. Save it?</translation>
    </message>
</context>
<context>
    <name>RosterDialogs</name>
    <message>
        <source>{date}（{weekday}）{half} {location}</source>
        <translation>{date} ({weekday}) {half} {location}</translation>
    </message>
    <message>
        <source>值班调剂 — {slot}</source>
        <translation>Swap duty — {slot}</translation>
    </message>
    <message>
        <source>请选择</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <source>不能为空</source>
        <translation>Cannot be empty</translation>
    </message>
    <message>
        <source>登记到岗 — {slot}</source>
        <translation>Record attendance — {slot}</translation>
    </message>
    <message>
        <source>（替班）</source>
        <translation> (substitute)</translation>
    </message>
    <message>
        <source>勾选实际到岗的委员：</source>
        <translation>Tick the members who actually came:</translation>
    </message>
    <message>
        <source>不能登记</source>
        <translation>Cannot record</translation>
    </message>
    <message>
        <source>保存失败</source>
        <translation>Save failed</translation>
    </message>
    <message>
        <source>按接待日规则生成排班</source>
        <translation>Draw up the roster from the reception rules</translation>
    </message>
    <message>
        <source>预览</source>
        <translation>Preview</translation>
    </message>
    <message>
        <source>从</source>
        <translation>From</translation>
    </message>
    <message>
        <source>到</source>
        <translation>to</translation>
    </message>
    <message>
        <source>{year}年</source>
        <translation>{year}</translation>
    </message>
    <message>
        <source>尚无官方节假日安排</source>
        <translation>No official holiday schedule yet</translation>
    </message>
    <message>
        <source>{years}尚无官方节假日安排（放假和调休上班）。按周末排班可能把值班排在节假日上。

可以先导入当年的节假日安排文件（CSV 或 Excel，表头：日期、类型（放假/上班）、名称），或在“设置—节假日”中录入；也可以先按周末排班，可能是节假日的值班会标“待核实”。</source>
        <translation>There is no official holiday schedule (days off and adjusted workdays) for {years} yet. A roster by weekends alone may put duties on holidays.

Import the year&apos;s schedule from a file first (CSV or Excel with the header date, type (off/workday), name), or enter it under Settings → Holidays; or go on by weekends — duties on days that may be holidays are marked “to be verified”.</translation>
    </message>
    <message>
        <source>导入节假日安排…</source>
        <translation>Import holiday schedule…</translation>
    </message>
    <message>
        <source>录入节假日…</source>
        <translation>Enter holidays…</translation>
    </message>
    <message>
        <source>仍按周末排班</source>
        <translation>Go on by weekends</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>未生成：请先导入或录入节假日安排。</source>
        <translation>Not generated: import or enter the holiday schedule first.</translation>
    </message>
    <message>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>时段</source>
        <translation>Session</translation>
    </message>
    <message>
        <source>值班委员</source>
        <translation>Members on duty</translation>
    </message>
    <message>
        <source>保存排班</source>
        <translation>Save roster</translation>
    </message>
    <message>
        <source>（无人可排）</source>
        <translation>(no one available)</translation>
    </message>
    <message>
        <source>将新增 {n} 次值班，另有 {kept} 次已排过（保留不变）。</source>
        <translation>Duty sessions to add: {n}. Already on the roster and kept as they are: {kept}.</translation>
    </message>
    <message>
        <source>将新增 {n} 次值班。</source>
        <translation>Duty sessions to add: {n}.</translation>
    </message>
    <message>
        <source>不能保存</source>
        <translation>Cannot save</translation>
    </message>
    <message>
        <source>地点</source>
        <translation>Location</translation>
    </message>
    <message>
        <source>备注</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>节假日安排文件：CSV（UTF-8 或 GBK）或 Excel（.xlsx），第一行是表头“日期、类型、名称”，每行一天，类型写“放假”或“上班”，例如 2027-02-06,放假,春节</source>
        <translation>Holiday schedule file: CSV (UTF-8 or GBK) or Excel (.xlsx); the first row is the header date, type, name, then one day per row with type off or workday, e.g. 2027-02-06,off,Spring Festival</translation>
    </message>
    <message>
        <source>导入节假日安排</source>
        <translation>Import holiday schedule</translation>
    </message>
    <message>
        <source>节假日安排 (*.csv *.xlsx);;所有文件 (*)</source>
        <translation>Holiday schedules (*.csv *.xlsx);;All files (*)</translation>
    </message>
    <message>
        <source>不能导入</source>
        <translation>Cannot import</translation>
    </message>
    <message>
        <source>导入失败</source>
        <translation>Import failed</translation>
    </message>
    <message>
        <source>已导入</source>
        <translation>Imported</translation>
    </message>
    <message>
        <source>已导入 {n} 天的节假日安排。</source>
        <translation>Imported the schedule of {n} days.</translation>
    </message>
    <message>
        <source>{year}年节假日与调休</source>
        <translation>Public holidays and make-up working days {year}</translation>
    </message>
    <message>
        <source>⚠ {year}年没有内置的官方节假日安排：请按国务院办公厅通知录入放假和调休上班日期。</source>
        <translation>⚠ There is no built-in official holiday schedule for {year}: enter the days off and make-up working days from the State Council General Office notice.</translation>
    </message>
    <message>
        <source>类型</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>名称 / 来源</source>
        <translation>Name / source</translation>
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
        <source>添加/修改</source>
        <translation>Add / change</translation>
    </message>
    <message>
        <source>删除所选自定义日期</source>
        <translation>Delete selected custom date</translation>
    </message>
    <message>
        <source>自定义</source>
        <translation>Custom</translation>
    </message>
    <message>
        <source>官方</source>
        <translation>Official</translation>
    </message>
    <message>
        <source>上班</source>
        <translation>Working day</translation>
    </message>
    <message>
        <source>不能删除</source>
        <translation>Cannot delete</translation>
    </message>
    <message>
        <source>官方节假日不能删除，可添加一条自定义日期覆盖它。</source>
        <translation>Official holidays cannot be deleted; add a custom date to override one.</translation>
    </message>
</context>
<context>
    <name>TopicDialog</name>
    <message>
        <source>推进议题环节 — {title}</source>
        <translation>Advance topic step — {title}</translation>
    </message>
    <message>
        <source>留空则自动编号</source>
        <translation>Leave blank to number automatically</translation>
    </message>
    <message>
        <source>推进到下一环节…</source>
        <translation>Advance to next step…</translation>
    </message>
    <message>
        <source>办结（按成果分类）</source>
        <translation>Conclude (by outcome grade)</translation>
    </message>
    <message>
        <source>在“成果与反馈”中选好成果分类、填写办理结果后办结</source>
        <translation>Choose the outcome grade and fill in the outcome under “Outcome and feedback”, then conclude</translation>
    </message>
    <message>
        <source>添加协商议事会</source>
        <translation>Add consultation meeting</translation>
    </message>
    <message>
        <source>环节记录</source>
        <translation>Steps</translation>
    </message>
    <message>
        <source>协商议事会</source>
        <translation>Consultation meetings</translation>
    </message>
    <message>
        <source>来源来访</source>
        <translation>Source visits</translation>
    </message>
    <message>
        <source>已在最后一个环节（成果转化），请办结</source>
        <translation>Already at the last step (implementation): conclude the topic</translation>
    </message>
    <message>
        <source>保存后可推进环节、添加协商议事会。</source>
        <translation>Save first to advance steps and add consultation meetings.</translation>
    </message>
    <message>
        <source>已办结（成果分类 {grade}）</source>
        <translation>Concluded (outcome grade {grade})</translation>
    </message>
    <message>
        <source>当前环节：{step}</source>
        <translation>Current step: {step}</translation>
    </message>
    <message>
        <source>办结失败</source>
        <translation>Could not conclude</translation>
    </message>
</context>
<context>
    <name>VisitDialog</name>
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
        <source>保存并登记下一位</source>
        <translation>Save and record next visitor</translation>
    </message>
    <message>
        <source>接待日：{date} {half} {location}</source>
        <translation>Reception day: {date} {half} {location}</translation>
    </message>
    <message>
        <source>办理期限 {date}（{limit}）</source>
        <translation>Due {date} ({limit})</translation>
    </message>
    <message>
        <source>&#x3000;已登记 {n} 位</source>
        <translation>   Recorded so far: {n}</translation>
    </message>
    <message>
        <source>调解案件 {no}</source>
        <translation>mediation case {no}</translation>
    </message>
    <message>
        <source>协商议题 {code}</source>
        <translation>consultation topic {code}</translation>
    </message>
    <message>
        <source>社情民意「{title}」</source>
        <translation>public opinion report “{title}”</translation>
    </message>
    <message>
        <source>提案 {number}</source>
        <translation>Proposal {number}</translation>
    </message>
    <message>
        <source>已转：</source>
        <translation>Converted to: </translation>
    </message>
    <message>
        <source>；</source>
        <translation>; </translation>
    </message>
    <message>
        <source>不能转换</source>
        <translation>Cannot convert</translation>
    </message>
    <message>
        <source>转换失败</source>
        <translation>Conversion failed</translation>
    </message>
</context>
</TS>
