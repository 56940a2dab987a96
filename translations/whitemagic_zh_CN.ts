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
        <source>&amp;Rescan</source>
        <translation>重新扫描(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>停止(&amp;S)</translation>
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
