<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AuditColumns</name>
    <message>
        <source>Path</source>
        <translation>路径</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Bytes</source>
        <translation>字节</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>行数</translation>
    </message>
    <message>
        <source>Words</source>
        <translation>词数</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>注释</translation>
    </message>
    <message>
        <source>Blank</source>
        <translation>空行</translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation>词元</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
</context>
<context>
    <name>BalanceText</name>
    <message>
        <source>%1 yang, %2 yin: balanced</source>
        <translation>%1 阳，%2 阴：平衡</translation>
    </message>
    <message>
        <source>%1 yang, %2 yin: unbalanced</source>
        <translation>%1 阳，%2 阴：不平衡</translation>
    </message>
    <message>
        <source>%1 in use · %2 recommended</source>
        <translation>使用中 %1 · 推荐 %2</translation>
    </message>
    <message>
        <source>yang</source>
        <translation>阳</translation>
    </message>
    <message>
        <source>yin</source>
        <translation>阴</translation>
    </message>
    <message>
        <source>%1 → %2: %3</source>
        <translation>%1 → %2：%3</translation>
    </message>
    <message>
        <source>%1, near the threshold: %2</source>
        <translation>%1，接近阈值：%2</translation>
    </message>
    <message>
        <source>&lt;b&gt;Line %1 — %2&lt;/b&gt;&lt;br&gt;%3&lt;br&gt;value %4, yang when %5&lt;br&gt;%6</source>
        <translation>&lt;b&gt;第 %1 爻 — %2&lt;/b&gt;&lt;br&gt;%3&lt;br&gt;值 %4，%5 时为阳&lt;br&gt;%6</translation>
    </message>
    <message>
        <source>Measuring the running audit; no hexagram yet.</source>
        <translation>正在测量进行中的审计；尚无卦象。</translation>
    </message>
    <message>
        <source>No hexagram: audit a folder to cast one from its measurements.</source>
        <translation>没有卦象：审计一个文件夹，即可根据其测量值起卦。</translation>
    </message>
    <message>
        <source>Hexagram %1, %2, %3: %4 above %5. %6.</source>
        <translation>第 %1 卦，%2，%3：上%4下%5。%6。</translation>
    </message>
    <message>
        <source>Changing lines %1, leading to hexagram %2, %3.</source>
        <translation>变爻 %1，之卦为第 %2 卦，%3。</translation>
    </message>
    <message>
        <source>Threads: %1.</source>
        <translation>线程：%1。</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>WhiteMagic: audit a folder and see where the bulk is.</source>
        <translation>WhiteMagic：审计一个文件夹，看清大部分内容在哪里。</translation>
    </message>
    <message>
        <source>Folder to audit.</source>
        <translation>要审计的文件夹。</translation>
    </message>
    <message>
        <source>Audit DIR in the window twice (unsorted, then sorted), print the figures as JSON and exit.</source>
        <translation>在窗口中审计 DIR 两次（先不排序，再排序），以 JSON 输出数据后退出。</translation>
    </message>
    <message>
        <source>Column of the benchmark&apos;s sorted pass.</source>
        <translation>基准测试排序轮次所用的列。</translation>
    </message>
    <message>
        <source>Save PREFIX-scanning.png and PREFIX-done.png, then exit.</source>
        <translation>保存 PREFIX-scanning.png 和 PREFIX-done.png，然后退出。</translation>
    </message>
    <message>
        <source>Do not honour ignore files (this run only).</source>
        <translation>不遵循忽略文件（仅限本次运行）。</translation>
    </message>
    <message>
        <source>Include hidden files (this run only).</source>
        <translation>包含隐藏文件（仅限本次运行）。</translation>
    </message>
    <message>
        <source>expected one folder, got %1</source>
        <translation>应指定一个文件夹，实际为 %1 个</translation>
    </message>
    <message>
        <source>--benchmark and --screenshot need a folder</source>
        <translation>--benchmark 和 --screenshot 需要一个文件夹</translation>
    </message>
    <message>
        <source>unknown column for --sort: %1</source>
        <translation>--sort 的列未知：%1</translation>
    </message>
    <message>
        <source>With DIR QUERY...: time the Search view (a fresh index of DIR, then 50 typed queries), print JSON and exit.</source>
        <translation>配合 DIR QUERY...：为搜索视图计时（新建 DIR 的索引，再输入 50 个查询），输出 JSON 后退出。</translation>
    </message>
    <message>
        <source>With DIR QUERY: save the Search view as PREFIX-light.png and PREFIX-dark.png.</source>
        <translation>配合 DIR QUERY：将搜索视图保存为 PREFIX-light.png 和 PREFIX-dark.png。</translation>
    </message>
    <message>
        <source>--benchmark-search and --screenshot-search need a folder and at least one query</source>
        <translation>--benchmark-search 和 --screenshot-search 需要一个文件夹和至少一个查询</translation>
    </message>
    <message>
        <source>With a memory folder DIR (changed: give it a copy): save the Near-duplicates and Consolidation views as PREFIX-*.png.</source>
        <translation>对记忆文件夹 DIR（会被修改：请提供副本）：将“近似重复”和“整理”视图保存为 PREFIX-*.png。</translation>
    </message>
</context>
<context>
    <name>ConsolidateText</name>
    <message>
        <source>Check notes</source>
        <translation>检查笔记</translation>
    </message>
    <message>
        <source>Archive originals</source>
        <translation>归档原件</translation>
    </message>
    <message>
        <source>Verify archive</source>
        <translation>校验归档</translation>
    </message>
    <message>
        <source>Write new notes</source>
        <translation>写入新笔记</translation>
    </message>
    <message>
        <source>Point of no return</source>
        <translation>不可撤销点</translation>
    </message>
    <message>
        <source>Promote</source>
        <translation>升级</translation>
    </message>
    <message>
        <source>Remove originals</source>
        <translation>删除原件</translation>
    </message>
    <message>
        <source>Update index</source>
        <translation>更新索引</translation>
    </message>
    <message>
        <source>Check files</source>
        <translation>检查文件</translation>
    </message>
    <message>
        <source>Write back originals</source>
        <translation>写回原件</translation>
    </message>
    <message>
        <source>Move notes back</source>
        <translation>移回笔记</translation>
    </message>
    <message>
        <source>Remove the run&apos;s files</source>
        <translation>删除本次运行的文件</translation>
    </message>
    <message>
        <source>Read notes</source>
        <translation>读取笔记</translation>
    </message>
    <message>
        <source>Find near-duplicates</source>
        <translation>查找近似重复</translation>
    </message>
    <message>
        <source>Decide</source>
        <translation>决定</translation>
    </message>
    <message>
        <source>Cancel is possible until the point of no return (step 5): the folder is then left exactly as it was. After it, the run finishes.</source>
        <translation>在不可撤销点（第 5 步）之前可以取消：文件夹将保持原样。过了这一点，运行会完成。</translation>
    </message>
    <message>
        <source>Cancel is possible while the run&apos;s files are checked; once originals are written back, the restore finishes.</source>
        <translation>在检查本次运行的文件时可以取消；一旦开始写回原件，恢复会完成。</translation>
    </message>
    <message numerus="yes">
        <source>%Ln to archive</source>
        <translation>
            <numerusform>%Ln 条待归档</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln to promote</source>
        <translation>
            <numerusform>%Ln 条待升级</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln note(s) in %1 merge(s)</source>
        <translation>
            <numerusform>%Ln 条笔记，分 %1 组合并</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln kept</source>
        <translation>
            <numerusform>%Ln 条保留</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln malformed (left untouched)</source>
        <translation>
            <numerusform>%Ln 条格式错误（不做改动）</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing changes until you apply the plan; the originals go into %1 and the run can be restored.</source>
        <translation>在应用计划之前不会有任何改动；原件将存入 %1，本次运行可以恢复。</translation>
    </message>
    <message>
        <source>Nothing to do.</source>
        <translation>无需处理。</translation>
    </message>
    <message>
        <source>Run %1 applied: %2 archived, %3 promoted, %4 merged, %5 created. Press F5 to plan again.</source>
        <translation>运行 %1 已应用：归档 %2，升级 %3，合并 %4，新建 %5。按 F5 重新规划。</translation>
    </message>
    <message>
        <source>Cancelled: the folder is unchanged.</source>
        <translation>已取消：文件夹未改动。</translation>
    </message>
    <message>
        <source>Apply stopped.</source>
        <translation>应用已停止。</translation>
    </message>
    <message numerus="yes">
        <source>Restored: %Ln run(s) undone, %1 file(s) written back. Press F5 to plan again.</source>
        <translation>
            <numerusform>已恢复：撤销 %Ln 次运行，写回 %1 个文件。按 F5 重新规划。</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled: nothing was changed.</source>
        <translation>已取消：没有任何改动。</translation>
    </message>
    <message>
        <source>Restore stopped.</source>
        <translation>恢复已停止。</translation>
    </message>
</context>
<context>
    <name>ProgressRate</name>
    <message>
        <source>under a second left</source>
        <translation>剩余不到一秒</translation>
    </message>
    <message numerus="yes">
        <source>%n s left</source>
        <translation>
            <numerusform>剩余 %n 秒</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min left</source>
        <translation>
            <numerusform>剩余 %n 分钟</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReadOnlyIndex</name>
    <message>
        <source>This folder has no search index yet.</source>
        <translation>此文件夹还没有搜索索引。</translation>
    </message>
    <message>
        <source>%1 is not a WhiteMagic search index.</source>
        <translation>%1 不是 WhiteMagic 搜索索引。</translation>
    </message>
    <message>
        <source>The index %1 was made by another version of WhiteMagic.</source>
        <translation>索引 %1 由另一版本的 WhiteMagic 创建。</translation>
    </message>
    <message>
        <source>The index %1 belongs to %2.</source>
        <translation>索引 %1 属于 %2。</translation>
    </message>
    <message>
        <source>Cannot read the index %1: %2</source>
        <translation>无法读取索引 %1：%2</translation>
    </message>
</context>
<context>
    <name>ReportExporter</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>Translations</name>
    <message>
        <source>System default</source>
        <translation>系统默认</translation>
    </message>
</context>
<context>
    <name>wm::ui::AuditTableModel</name>
    <message>
        <source>binary</source>
        <translation>二进制</translation>
    </message>
</context>
<context>
    <name>wm::ui::AuditView</name>
    <message>
        <source>Filter by path or language…</source>
        <translation>按路径或语言筛选…</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>预览</translation>
    </message>
    <message>
        <source>Errors (%1)</source>
        <translation>错误（%1）</translation>
    </message>
</context>
<context>
    <name>wm::ui::BalancePanel</name>
    <message>
        <source>Balance</source>
        <translation>平衡</translation>
    </message>
    <message>
        <source>Balance: —</source>
        <translation>平衡：—</translation>
    </message>
    <message>
        <source>Threads: —</source>
        <translation>线程：—</translation>
    </message>
    <message>
        <source>Balance: %1</source>
        <translation>平衡：%1</translation>
    </message>
    <message>
        <source>Threads: %1</source>
        <translation>线程：%1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Hexagram of this audit&lt;/b&gt; (stopped, partial figures): %1</source>
        <translation>&lt;b&gt;本次审计的卦象&lt;/b&gt;（已停止，数据不完整）：%1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Hexagram of this audit:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;本次审计的卦象：&lt;/b&gt;%1</translation>
    </message>
</context>
<context>
    <name>wm::ui::ClusterTreeModel</name>
    <message numerus="yes">
        <source>Cluster %1 · %Ln file(s)</source>
        <translation>
            <numerusform>第 %1 组 · %Ln 个文件</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>identical</source>
        <translation>完全相同</translation>
    </message>
    <message>
        <source>near + identical</source>
        <translation>近似 + 完全相同</translation>
    </message>
    <message>
        <source>near</source>
        <translation>近似</translation>
    </message>
    <message>
        <source>Byte-identical to another file of the cluster</source>
        <translation>与本组中另一个文件逐字节相同</translation>
    </message>
    <message>
        <source>Best verified score with another file of the cluster</source>
        <translation>与本组中其他文件的最高已验证得分</translation>
    </message>
    <message>
        <source>identical copy</source>
        <translation>完全相同的副本</translation>
    </message>
    <message>
        <source>Cluster / file</source>
        <translation>组 / 文件</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>得分</translation>
    </message>
    <message>
        <source>Match</source>
        <translation>匹配</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
</context>
<context>
    <name>wm::ui::ConsolidateToolbar</name>
    <message>
        <source>Memory folder (short_term/, long_term/, archive/): type, choose or drop one here</source>
        <translation>记忆文件夹（short_term/、long_term/、archive/）：输入、选择或拖放到此处</translation>
    </message>
    <message>
        <source>Memory folder</source>
        <translation>记忆文件夹</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <source>Choose a memory folder</source>
        <translation>选择记忆文件夹</translation>
    </message>
    <message>
        <source>Archive after </source>
        <translation>归档期限 </translation>
    </message>
    <message>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <source>Short-term notes older than this are archived (unless tagged to keep)</source>
        <translation>早于此期限的短期笔记会被归档（标记为保留的除外）</translation>
    </message>
    <message>
        <source>Merge at ≥ </source>
        <translation>合并阈值 ≥ </translation>
    </message>
    <message>
        <source>Notes whose similarity is at least this are merged</source>
        <translation>相似度不低于此值的笔记会被合并</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>规划</translation>
    </message>
    <message>
        <source>Show what consolidation would do; changes nothing (F5)</source>
        <translation>显示整理将做什么；不做任何改动（F5）</translation>
    </message>
    <message>
        <source>Apply…</source>
        <translation>应用…</translation>
    </message>
    <message>
        <source>Carry out the plan; the originals are archived and every run can be restored</source>
        <translation>执行计划；原件会被归档，每次运行都可以恢复</translation>
    </message>
    <message>
        <source>Choose a Memory Folder</source>
        <translation>选择记忆文件夹</translation>
    </message>
</context>
<context>
    <name>wm::ui::ConsolidateView</name>
    <message>
        <source>Consolidation</source>
        <translation>整理</translation>
    </message>
    <message>
        <source>Recover Interrupted Run</source>
        <translation>修复中断的运行</translation>
    </message>
    <message>
        <source>Choose a memory folder, or drop one here, to see what consolidation would do. Nothing changes until you apply the plan.</source>
        <translation>选择一个记忆文件夹或将其拖放到此处，查看整理将做什么。在应用计划之前不会有任何改动。</translation>
    </message>
    <message>
        <source>Consolidation plan</source>
        <translation>整理计划</translation>
    </message>
    <message>
        <source>Not a folder: %1</source>
        <translation>不是文件夹：%1</translation>
    </message>
    <message>
        <source>Planning…</source>
        <translation>正在规划…</translation>
    </message>
    <message>
        <source>Planning cancelled; press F5 to plan again.</source>
        <translation>规划已取消；按 F5 重新规划。</translation>
    </message>
    <message>
        <source>Cannot read the memory folder: %1</source>
        <translation>无法读取记忆文件夹：%1</translation>
    </message>
    <message>
        <source>Run %1 was interrupted: recover it (roll it back or finish it) before applying a new plan.</source>
        <translation>运行 %1 曾被中断：请先修复它（回滚或完成），再应用新的计划。</translation>
    </message>
    <message>
        <source>Apply is not possible: %1</source>
        <translation>无法应用：%1</translation>
    </message>
    <message>
        <source>Apply Consolidation</source>
        <translation>应用整理</translation>
    </message>
    <message numerus="yes">
        <source>Archive %Ln note(s), promote %1 and merge %2 into %3 new note(s) in %4?

The originals are kept in %5; Restore brings the folder back byte for byte.</source>
        <translation>
            <numerusform>在 %4 中归档 %Ln 条笔记、升级 %1 条，并将 %2 条合并为 %3 条新笔记？

原件保存在 %5 中；恢复可将文件夹逐字节还原。</numerusform>
        </translation>
    </message>
    <message>
        <source>Apply failed: %1</source>
        <translation>应用失败：%1</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
    <message>
        <source>Bring %1 back to its state before run %2? Later runs are undone too.</source>
        <translation>将 %1 恢复到运行 %2 之前的状态？之后的运行也会被撤销。</translation>
    </message>
    <message>
        <source>Changed since the run: %1</source>
        <translation>自运行以来已更改：%1</translation>
    </message>
    <message>
        <source>Restore failed: %1</source>
        <translation>恢复失败：%1</translation>
    </message>
    <message>
        <source>Recovery failed: %1</source>
        <translation>修复失败：%1</translation>
    </message>
    <message>
        <source>The interrupted run was recovered. Press F5 to plan again.</source>
        <translation>中断的运行已修复。按 F5 重新规划。</translation>
    </message>
</context>
<context>
    <name>wm::ui::ErrorListModel</name>
    <message>
        <source>Path</source>
        <translation>路径</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
</context>
<context>
    <name>wm::ui::FilePreview</name>
    <message>
        <source>Select a file to preview it.</source>
        <translation>选择一个文件以预览。</translation>
    </message>
    <message>
        <source>%1 is a folder.</source>
        <translation>%1 是一个文件夹。</translation>
    </message>
    <message>
        <source>Cannot read this file: %1</source>
        <translation>无法读取此文件：%1</translation>
    </message>
    <message>
        <source>Binary file (%1): no preview.</source>
        <translation>二进制文件（%1）：无法预览。</translation>
    </message>
    <message>
        <source>[… the first %1 of %2 shown]</source>
        <translation>[… 仅显示 %2 中的前 %1]</translation>
    </message>
</context>
<context>
    <name>wm::ui::FolderTreeModel</name>
    <message>
        <source>%1 of the parent folder</source>
        <translation>占上级文件夹的 %1</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>文件夹</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>文件数</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>行数</translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation>词元</translation>
    </message>
</context>
<context>
    <name>wm::ui::HexagramWidget</name>
    <message>
        <source>Balance hexagram</source>
        <translation>平衡卦象</translation>
    </message>
    <message>
        <source>Measuring the running audit…</source>
        <translation>正在测量进行中的审计…</translation>
    </message>
    <message>
        <source>Audit a folder to cast its hexagram from the engine&apos;s measurements.</source>
        <translation>审计一个文件夹，即可根据引擎的测量值为其起卦。</translation>
    </message>
    <message>
        <source>above: %1</source>
        <translation>上：%1</translation>
    </message>
    <message>
        <source>below: %1</source>
        <translation>下：%1</translation>
    </message>
    <message>
        <source>becomes %1 %2</source>
        <translation>变为 %1 %2</translation>
    </message>
</context>
<context>
    <name>wm::ui::IndexJob</name>
    <message>
        <source>Another indexer (process %1) is updating this index; searching what it has committed so far.</source>
        <translation>另一个索引程序（进程 %1）正在更新此索引；将搜索它目前已提交的内容。</translation>
    </message>
</context>
<context>
    <name>wm::ui::IndexStatus</name>
    <message>
        <source>Search index: checking for changes…</source>
        <translation>搜索索引：正在检查更改…</translation>
    </message>
    <message numerus="yes">
        <source>Search index: building the substring index, %Ln file(s)</source>
        <translation>
            <numerusform>搜索索引：正在建立子串索引，%Ln 个文件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Search index: %Ln file(s) checked, %1 read (%2, %3 files/s)</source>
        <translation>
            <numerusform>搜索索引：已检查 %Ln 个文件，已读取 %1 个（%2，%3 个文件/秒）</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>wm::ui::MainWindow</name>
    <message>
        <source>Audit</source>
        <translation>审计</translation>
    </message>
    <message>
        <source>Open a folder, or drop one on the window, to audit it.</source>
        <translation>打开一个文件夹或将其拖放到窗口中，即可审计。</translation>
    </message>
    <message>
        <source>Not a folder: %1</source>
        <translation>不是文件夹：%1</translation>
    </message>
    <message>
        <source>Auditing %1…</source>
        <translation>正在审计 %1…</translation>
    </message>
    <message>
        <source>Cannot audit: %1</source>
        <translation>无法审计：%1</translation>
    </message>
    <message>
        <source>Cannot audit</source>
        <translation>无法审计</translation>
    </message>
    <message>
        <source>No files found: ignore files, hidden files or the include/exclude globs in Settings may hide them.</source>
        <translation>未找到文件：忽略文件、隐藏文件或设置中的包含/排除通配符可能隐藏了它们。</translation>
    </message>
    <message>
        <source>Stopped: the figures are partial.</source>
        <translation>已停止：数据不完整。</translation>
    </message>
    <message numerus="yes">
        <source>Audited %Ln file(s).</source>
        <translation>
            <numerusform>已审计 %Ln 个文件。</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no finished audit to export.</source>
        <translation>没有可导出的已完成审计。</translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export Report</source>
        <translation>导出报告</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>导出失败</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>已保存 %1</translation>
    </message>
    <message>
        <source>Report copied to the clipboard.</source>
        <translation>报告已复制到剪贴板。</translation>
    </message>
    <message>
        <source>Settings saved; the language changes when WhiteMagic is restarted, the rest applies from the next scan.</source>
        <translation>设置已保存；语言在重新启动 WhiteMagic 后更改，其余设置从下次扫描起生效。</translation>
    </message>
    <message>
        <source>Settings saved; they apply from the next scan.</source>
        <translation>设置已保存；将从下次扫描起生效。</translation>
    </message>
    <message>
        <source>About WhiteMagic</source>
        <translation>关于 WhiteMagic</translation>
    </message>
    <message>
        <source>&lt;h3&gt;WhiteMagic %1&lt;/h3&gt;&lt;p&gt;Understand a folder in seconds, at native speed.&lt;/p&gt;&lt;p&gt;The same engine as the &lt;code&gt;wm&lt;/code&gt; command.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;WhiteMagic %1&lt;/h3&gt;&lt;p&gt;以原生速度，几秒钟内了解一个文件夹。&lt;/p&gt;&lt;p&gt;与 &lt;code&gt;wm&lt;/code&gt; 命令使用同一引擎。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Audit Folder</source>
        <translation>审计文件夹</translation>
    </message>
    <message>
        <source>WhiteMagic</source>
        <translation>WhiteMagic</translation>
    </message>
    <message>
        <source>%1 — WhiteMagic</source>
        <translation>%1 — WhiteMagic</translation>
    </message>
    <message numerus="yes">
        <source>Drop one folder at a time (got %n item(s)).</source>
        <translation>
            <numerusform>一次只能拖放一个文件夹（收到 %n 项）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Only local folders can be audited, not %1.</source>
        <translation>只能审计本地文件夹，无法审计 %1。</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 不存在。</translation>
    </message>
    <message>
        <source>%1 is a file: drop a folder to audit it.</source>
        <translation>%1 是一个文件：请拖放文件夹以进行审计。</translation>
    </message>
</context>
<context>
    <name>wm::ui::MainWindowActions</name>
    <message>
        <source>&amp;Open Folder…</source>
        <translation>打开文件夹(&amp;O)…</translation>
    </message>
    <message>
        <source>Audit a folder (or drop one on the window)</source>
        <translation>审计一个文件夹（或将其拖放到窗口中）</translation>
    </message>
    <message>
        <source>Resca&amp;n</source>
        <translation>重新扫描(&amp;N)</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>停止(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Export Report…</source>
        <translation>导出报告(&amp;E)…</translation>
    </message>
    <message>
        <source>Save the Markdown report, as `wm audit --format md` writes it</source>
        <translation>保存 Markdown 报告，与 `wm audit --format md` 的输出相同</translation>
    </message>
    <message>
        <source>&amp;Copy Report</source>
        <translation>复制报告(&amp;C)</translation>
    </message>
    <message>
        <source>Copy the Markdown report to the clipboard</source>
        <translation>将 Markdown 报告复制到剪贴板</translation>
    </message>
    <message>
        <source>Export &amp;JSON…</source>
        <translation>导出 JSON(&amp;J)…</translation>
    </message>
    <message>
        <source>Export CS&amp;V…</source>
        <translation>导出 CSV(&amp;V)…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>设置(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Filter Files</source>
        <translation>筛选文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;About WhiteMagic</source>
        <translation>关于 WhiteMagic(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>Main Toolbar</source>
        <translation>主工具栏</translation>
    </message>
</context>
<context>
    <name>wm::ui::MergeDiffPanel</name>
    <message>
        <source>Input note</source>
        <translation>输入笔记</translation>
    </message>
    <message>
        <source>The input note shown on the left</source>
        <translation>左侧显示的输入笔记</translation>
    </message>
    <message>
        <source>Select a merge to compare its notes with the merged note.</source>
        <translation>选择一组合并，将其笔记与合并后的笔记进行比较。</translation>
    </message>
    <message>
        <source>Input:</source>
        <translation>输入：</translation>
    </message>
    <message>
        <source>Merged: %1</source>
        <translation>合并后：%1</translation>
    </message>
    <message>
        <source>The digest this run writes:</source>
        <translation>本次运行写入的摘要：</translation>
    </message>
</context>
<context>
    <name>wm::ui::NearDuplicatesView</name>
    <message>
        <source>Near-duplicates</source>
        <translation>近似重复</translation>
    </message>
    <message>
        <source>Audit a folder to find its near-duplicate files.</source>
        <translation>审计一个文件夹以查找其中近似重复的文件。</translation>
    </message>
    <message>
        <source>Threshold: </source>
        <translation>阈值：</translation>
    </message>
    <message>
        <source>Two files are near-duplicates when the Jaccard similarity of their word shingles is at least this</source>
        <translation>两个文件的词组（shingle）Jaccard 相似度不低于此值时视为近似重复</translation>
    </message>
    <message>
        <source>Similarity threshold</source>
        <translation>相似度阈值</translation>
    </message>
    <message>
        <source>Ignore front matter</source>
        <translation>忽略前置元数据</translation>
    </message>
    <message>
        <source>Compare only the text after YAML or TOML front matter</source>
        <translation>只比较 YAML 或 TOML 前置元数据之后的文本</translation>
    </message>
    <message>
        <source>Find Again</source>
        <translation>重新查找</translation>
    </message>
    <message>
        <source>Scan the folder again (F5)</source>
        <translation>重新扫描文件夹（F5）</translation>
    </message>
    <message>
        <source>Near-duplicate clusters</source>
        <translation>近似重复组</translation>
    </message>
    <message>
        <source>Select a file of a cluster to compare it with the first one, or select two files to compare them.</source>
        <translation>选择组中的一个文件将其与第一个文件比较，或选择两个文件相互比较。</translation>
    </message>
    <message>
        <source>Not a folder: %1</source>
        <translation>不是文件夹：%1</translation>
    </message>
    <message>
        <source>A scan is still stopping; try again in a moment.</source>
        <translation>上一次扫描仍在停止中；请稍后再试。</translation>
    </message>
    <message>
        <source>Cannot scan %1: %2</source>
        <translation>无法扫描 %1：%2</translation>
    </message>
    <message>
        <source>Scan failed.</source>
        <translation>扫描失败。</translation>
    </message>
    <message>
        <source>Cancelled: the results are incomplete; press F5 to scan again.</source>
        <translation>已取消：结果不完整；按 F5 重新扫描。</translation>
    </message>
    <message>
        <source>Not compared:</source>
        <translation>未比较：</translation>
    </message>
    <message numerus="yes">
        <source>%Ln cluster(s)</source>
        <translation>
            <numerusform>%Ln 组</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln file(s) in clusters</source>
        <translation>
            <numerusform>组内 %Ln 个文件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln file(s) compared</source>
        <translation>
            <numerusform>已比较 %Ln 个文件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln skipped</source>
        <translation>
            <numerusform>跳过 %Ln 个</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
</context>
<context>
    <name>wm::ui::PlanTreeModel</name>
    <message numerus="yes">
        <source>%Ln note(s) into one</source>
        <translation>
            <numerusform>%Ln 条笔记合为一条</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message numerus="yes">
        <source>Near-duplicates: %Ln distinct paragraph(s) kept, %1 repeated dropped</source>
        <translation>
            <numerusform>近似重复：保留 %Ln 个不同段落，去掉 %1 个重复段落</numerusform>
        </translation>
    </message>
    <message>
        <source>The merged note: tags %1; sources in merged_from</source>
        <translation>合并后的笔记：标签 %1；来源记录在 merged_from</translation>
    </message>
    <message>
        <source>A dated note listing what this run does</source>
        <translation>一条带日期的笔记，列出本次运行所做的事</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>归档</translation>
    </message>
    <message>
        <source>Promote</source>
        <translation>升级</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>合并</translation>
    </message>
    <message>
        <source>Digest</source>
        <translation>摘要</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>保留</translation>
    </message>
    <message>
        <source>Malformed (left untouched)</source>
        <translation>格式错误（不做改动）</translation>
    </message>
    <message>
        <source>Unreadable</source>
        <translation>无法读取</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message numerus="yes">
        <source>Short-term notes older than %Ln day(s) go into the run&apos;s .tar.lz4 archive</source>
        <translation>
            <numerusform>超过 %Ln 天的短期笔记存入本次运行的 .tar.lz4 归档</numerusform>
        </translation>
    </message>
    <message>
        <source>Notes tagged %1 move to long_term/</source>
        <translation>带有标签 %1 的笔记移至 long_term/</translation>
    </message>
    <message>
        <source>Each cluster of near-duplicates becomes one note; the originals are archived</source>
        <translation>每组近似重复合并为一条笔记；原件会被归档</translation>
    </message>
    <message>
        <source>A dated note of what happened</source>
        <translation>一条记录所做之事的带日期笔记</translation>
    </message>
    <message>
        <source>Nothing to do: no digest</source>
        <translation>无需处理：没有摘要</translation>
    </message>
    <message>
        <source>Left where they are</source>
        <translation>保持原位</translation>
    </message>
    <message>
        <source>Action / note</source>
        <translation>操作 / 笔记</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Similarity</source>
        <translation>相似度</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
</context>
<context>
    <name>wm::ui::RecentFolders</name>
    <message>
        <source>No recent folders</source>
        <translation>没有最近打开的文件夹</translation>
    </message>
    <message>
        <source>&amp;Clear List</source>
        <translation>清除列表(&amp;C)</translation>
    </message>
</context>
<context>
    <name>wm::ui::RunHistoryPanel</name>
    <message>
        <source>Previous runs</source>
        <translation>以往的运行</translation>
    </message>
    <message>
        <source>Restore…</source>
        <translation>恢复…</translation>
    </message>
    <message>
        <source>Bring the folder back to its state before the selected run (later runs are undone too)</source>
        <translation>将文件夹恢复到所选运行之前的状态（之后的运行也会被撤销）</translation>
    </message>
    <message>
        <source>Cannot read the runs: %1</source>
        <translation>无法读取运行记录：%1</translation>
    </message>
    <message>
        <source>No consolidation has run in this folder yet.</source>
        <translation>此文件夹中尚未运行过整理。</translation>
    </message>
    <message numerus="yes">
        <source>%Ln run(s)</source>
        <translation>
            <numerusform>%Ln 次运行</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>wm::ui::RunListModel</name>
    <message>
        <source>done</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>interrupted (rolled back at the next start)</source>
        <translation>已中断（下次启动时回滚）</translation>
    </message>
    <message>
        <source>interrupted (finished at the next start)</source>
        <translation>已中断（下次启动时完成）</translation>
    </message>
    <message>
        <source>restore interrupted</source>
        <translation>恢复被中断</translation>
    </message>
    <message>
        <source>unreadable: %1</source>
        <translation>无法读取：%1</translation>
    </message>
    <message>
        <source>%1 archived · %2 promoted · %3 merged · %4 created</source>
        <translation>归档 %1 · 升级 %2 · 合并 %3 · 新建 %4</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>运行</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>改动</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>标识</translation>
    </message>
</context>
<context>
    <name>wm::ui::ScanStatus</name>
    <message>
        <source>under a second left</source>
        <translation>剩余不到一秒</translation>
    </message>
    <message numerus="yes">
        <source>%n s left</source>
        <translation>
            <numerusform>剩余 %n 秒</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min left</source>
        <translation>
            <numerusform>剩余 %n 分钟</numerusform>
        </translation>
    </message>
    <message>
        <source>Stop the scan (Esc)</source>
        <translation>停止扫描（Esc）</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>正在启动…</translation>
    </message>
    <message>
        <source>%1 files/s · %2 MB/s</source>
        <translation>%1 个文件/秒 · %2 MB/秒</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>正在停止…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln file(s) in %1 s · %2 files/s</source>
        <translation>
            <numerusform>%Ln 个文件，用时 %1 秒 · %2 个文件/秒</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>wm::ui::SearchHitDelegate</name>
    <message>
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
</context>
<context>
    <name>wm::ui::SearchPreview</name>
    <message>
        <source>Previous hit (Shift+F3)</source>
        <translation>上一个匹配（Shift+F3）</translation>
    </message>
    <message>
        <source>Next hit (F3)</source>
        <translation>下一个匹配（F3）</translation>
    </message>
    <message>
        <source>no hits in the text</source>
        <translation>文本中没有匹配</translation>
    </message>
    <message>
        <source>hit %1 of %2</source>
        <translation>第 %1 个匹配，共 %2 个</translation>
    </message>
    <message>
        <source>loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <source>Select a result to preview it.</source>
        <translation>选择一个结果以预览。</translation>
    </message>
    <message>
        <source>Cannot preview this file.</source>
        <translation>无法预览此文件。</translation>
    </message>
    <message>
        <source>Showing the first %1 of %2 indexed; hits further on are not shown.</source>
        <translation>显示已索引的 %2 中的前 %1；之后的匹配不会显示。</translation>
    </message>
    <message>
        <source>Only the first %1 of this %2 file is indexed.</source>
        <translation>此文件（%2）仅索引了前 %1。</translation>
    </message>
    <message>
        <source>The file changed since it was indexed: this is the indexed text; the index is brought up to date in the background.</source>
        <translation>此文件在建立索引后已更改：这里显示的是已索引的文本；索引将在后台更新。</translation>
    </message>
    <message>
        <source>Colouring…</source>
        <translation>正在着色…</translation>
    </message>
</context>
<context>
    <name>wm::ui::SearchView</name>
    <message>
        <source>Search</source>
        <translation>搜索</translation>
    </message>
    <message>
        <source>Search in Files</source>
        <translation>在文件中搜索</translation>
    </message>
    <message>
        <source>Search file contents: words, &quot;phrases&quot;, prefix*, AND OR NOT, NEAR(a b), name: path: ext: title: tag:</source>
        <translation>搜索文件内容：词语、&quot;短语&quot;、前缀*、AND OR NOT、NEAR(a b)、name: path: ext: title: tag:</translation>
    </message>
    <message>
        <source>word: files containing it · &quot;two words&quot;: the phrase · sched*: words starting so
a b, a AND b: both · a OR b: either · a NOT b · ( … ) grouping · NEAR(a b, 5)
name: path: ext: title: tag: content: restrict the next term or group to a field</source>
        <translation>word：包含该词的文件 · &quot;two words&quot;：该短语 · sched*：以此开头的词
a b、a AND b：两者都有 · a OR b：任一 · a NOT b · ( … ) 分组 · NEAR(a b, 5)
name: path: ext: title: tag: content:：将下一个词或分组限定到某个字段</translation>
    </message>
    <message>
        <source>Inside words</source>
        <translation>词内匹配</translation>
    </message>
    <message>
        <source>Match terms anywhere inside words (at least 3 characters; builds the substring index on first use).</source>
        <translation>在词语内部任意位置匹配（至少 3 个字符；首次使用时建立子串索引）。</translation>
    </message>
    <message>
        <source>Next Hit</source>
        <translation>下一个匹配</translation>
    </message>
    <message>
        <source>Previous Hit</source>
        <translation>上一个匹配</translation>
    </message>
    <message>
        <source>%1 (column %2)</source>
        <translation>%1（第 %2 列）</translation>
    </message>
    <message>
        <source>The index is being built; results appear as it grows.</source>
        <translation>正在建立索引；结果会随索引增长陆续出现。</translation>
    </message>
    <message>
        <source>The index was made by another version of WhiteMagic and is being rebuilt; results appear when it is ready.</source>
        <translation>索引由另一版本的 WhiteMagic 创建，正在重建；完成后即显示结果。</translation>
    </message>
    <message>
        <source>Building the substring index; results follow when it is ready.</source>
        <translation>正在建立子串索引；完成后显示结果。</translation>
    </message>
    <message>
        <source>Search failed: %1</source>
        <translation>搜索失败：%1</translation>
    </message>
    <message>
        <source>No files match (%1 ms).</source>
        <translation>没有匹配的文件（%1 毫秒）。</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) match · %1 ms</source>
        <translation>
            <numerusform>%n 个文件匹配 · %1 毫秒</numerusform>
        </translation>
    </message>
    <message>
        <source>Search index: update stopped.</source>
        <translation>搜索索引：更新已停止。</translation>
    </message>
    <message>
        <source>Search index up to date: %1 added, %2 updated, %3 removed (%4 s).</source>
        <translation>搜索索引已是最新：新增 %1，更新 %2，移除 %3（%4 秒）。</translation>
    </message>
    <message>
        <source>No application opens %1.</source>
        <translation>没有可以打开 %1 的应用程序。</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>打开(&amp;O)</translation>
    </message>
    <message>
        <source>Copy &amp;Path</source>
        <translation>复制路径(&amp;P)</translation>
    </message>
    <message>
        <source>Open Containing &amp;Folder</source>
        <translation>打开所在文件夹(&amp;F)</translation>
    </message>
    <message>
        <source>Cannot open the folder of %1.</source>
        <translation>无法打开 %1 所在的文件夹。</translation>
    </message>
</context>
<context>
    <name>wm::ui::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message numerus="yes">
        <source>Automatic (%n core(s))</source>
        <translation>
            <numerusform>自动（%n 个核心）</numerusform>
        </translation>
    </message>
    <message>
        <source>Include hidden files and folders</source>
        <translation>包含隐藏的文件和文件夹</translation>
    </message>
    <message>
        <source>Honour .gitignore, .ignore and .git/info/exclude</source>
        <translation>遵循 .gitignore、.ignore 和 .git/info/exclude</translation>
    </message>
    <message>
        <source>Follow symbolic links</source>
        <translation>跟随符号链接</translation>
    </message>
    <message>
        <source>e.g. *.cpp *.h (empty: every file)</source>
        <translation>例如 *.cpp *.h（留空：所有文件）</translation>
    </message>
    <message>
        <source>e.g. build/ *.min.js</source>
        <translation>例如 build/ *.min.js</translation>
    </message>
    <message>
        <source> MiB</source>
        <translation> MiB</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>无限制</translation>
    </message>
    <message>
        <source>No budget</source>
        <translation>无预算</translation>
    </message>
    <message>
        <source> tokens</source>
        <translation> 个词元</translation>
    </message>
    <message>
        <source>Scanning</source>
        <translation>扫描</translation>
    </message>
    <message>
        <source>&amp;Threads:</source>
        <translation>线程数(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Include:</source>
        <translation>包含(&amp;I)：</translation>
    </message>
    <message>
        <source>E&amp;xclude:</source>
        <translation>排除(&amp;X)：</translation>
    </message>
    <message>
        <source>&amp;Largest file read:</source>
        <translation>读取的最大文件(&amp;L)：</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>报告</translation>
    </message>
    <message>
        <source>Token &amp;budget:</source>
        <translation>词元预算(&amp;B)：</translation>
    </message>
    <message>
        <source>A new language applies when WhiteMagic is restarted.</source>
        <translation>更改语言后需重新启动 WhiteMagic 才能生效。</translation>
    </message>
    <message>
        <source>User Interface</source>
        <translation>用户界面</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
</context>
<context>
    <name>wm::ui::SideBySideDiff</name>
    <message>
        <source>Left text</source>
        <translation>左侧文本</translation>
    </message>
    <message>
        <source>Right text</source>
        <translation>右侧文本</translation>
    </message>
    <message>
        <source>Comparing…</source>
        <translation>正在比较…</translation>
    </message>
    <message>
        <source>Cannot read: %1</source>
        <translation>无法读取：%1</translation>
    </message>
    <message>
        <source>The files could not be compared.</source>
        <translation>无法比较这些文件。</translation>
    </message>
    <message>
        <source>Identical.</source>
        <translation>完全相同。</translation>
    </message>
    <message numerus="yes">
        <source>%Ln word(s) only on the left</source>
        <translation>
            <numerusform>仅左侧有 %Ln 个词</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln word(s) only on the right</source>
        <translation>
            <numerusform>仅右侧有 %Ln 个词</numerusform>
        </translation>
    </message>
    <message>
        <source>compared line by line (large change)</source>
        <translation>按行比较（改动较大）</translation>
    </message>
    <message>
        <source>shown up to the first %1 KiB</source>
        <translation>仅显示前 %1 KiB</translation>
    </message>
</context>
<context>
    <name>wm::ui::SignalTable</name>
    <message>
        <source>Balance signals</source>
        <translation>平衡信号</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>爻</translation>
    </message>
    <message>
        <source>Signal</source>
        <translation>信号</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>Yang when</source>
        <translation>为阳的条件</translation>
    </message>
    <message>
        <source>Reading</source>
        <translation>解读</translation>
    </message>
</context>
<context>
    <name>wm::ui::SimilarityStatus</name>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Stop the search for near-duplicates (Esc)</source>
        <translation>停止查找近似重复（Esc）</translation>
    </message>
    <message>
        <source>Reading files</source>
        <translation>正在读取文件</translation>
    </message>
    <message>
        <source>Computing signatures</source>
        <translation>正在计算签名</translation>
    </message>
    <message>
        <source>Finding candidate pairs</source>
        <translation>正在查找候选对</translation>
    </message>
    <message>
        <source>Verifying pairs</source>
        <translation>正在验证文件对</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>正在启动…</translation>
    </message>
    <message>
        <source>files/s</source>
        <translation>文件/秒</translation>
    </message>
    <message>
        <source>pairs/s</source>
        <translation>对/秒</translation>
    </message>
    <message>
        <source>items/s</source>
        <translation>项/秒</translation>
    </message>
    <message numerus="yes">
        <source>%Ln pair(s) verified</source>
        <translation>
            <numerusform>已验证 %Ln 对</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
</context>
<context>
    <name>wm::ui::StepProgressPanel</name>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Stop and undo what was done so far (Esc)</source>
        <translation>停止并撤销目前已做的改动（Esc）</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>正在启动…</translation>
    </message>
    <message>
        <source>done</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>Past the point of no return: the run finishes</source>
        <translation>已过不可撤销点：运行将完成</translation>
    </message>
    <message>
        <source>Past the point of no return: the run now finishes (if it is interrupted, the next start completes it).</source>
        <translation>已过不可撤销点：运行现在会完成（如被中断，下次启动时会将其完成）。</translation>
    </message>
    <message>
        <source>per s</source>
        <translation>每秒</translation>
    </message>
    <message>
        <source>Cancelling: undoing what was done…</source>
        <translation>正在取消：撤销已做的改动…</translation>
    </message>
</context>
<context>
    <name>wm::ui::TotalsStrip</name>
    <message numerus="yes">
        <source>%Ln line(s)</source>
        <translation>
            <numerusform>%Ln 行</numerusform>
        </translation>
    </message>
    <message>
        <source>(code %1, comments %2, blank %3)</source>
        <translation>（代码 %1，注释 %2，空行 %3）</translation>
    </message>
    <message numerus="yes">
        <source>%Ln file(s)</source>
        <translation>
            <numerusform>%Ln 个文件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>≈ %Ln token(s)</source>
        <translation>
            <numerusform>≈ %Ln 个词元</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln binary file(s)</source>
        <translation>
            <numerusform>%Ln 个二进制文件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln unreadable file(s)</source>
        <translation>
            <numerusform>%Ln 个无法读取的文件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln shown</source>
        <translation>
            <numerusform>显示 %Ln 个</numerusform>
        </translation>
    </message>
</context>
</TS>
