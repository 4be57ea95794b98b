<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>ApiError</name>
    <message>
        <source>request %1</source>
        <translation>请求 %1</translation>
    </message>
</context>
<context>
    <name>AuthenticatedFetch</name>
    <message>
        <source>No credentials were given.</source>
        <translation>未提供凭据。</translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>请求已取消。</translation>
    </message>
</context>
<context>
    <name>BuildCalls</name>
    <message>
        <source>Fetch a job first to see its builds.</source>
        <translation>请先获取一个任务，再查看其构建。</translation>
    </message>
</context>
<context>
    <name>BuildClient</name>
    <message>
        <source>You may not run this job: the is_execute permission is missing.</source>
        <translation>你不能运行此任务：缺少 is_execute 权限。</translation>
    </message>
    <message>
        <source>Ask a project manager to give you the permission to execute (run) this build job.</source>
        <translation>请项目经理授予你执行（运行）此构建任务的权限。</translation>
    </message>
    <message>
        <source>You may not stop this job&apos;s builds: the is_execute permission is missing.</source>
        <translation>你不能停止此任务的构建：缺少 is_execute 权限。</translation>
    </message>
    <message>
        <source>Ask a project manager to give you the permission to execute (run and stop) this build job.</source>
        <translation>请项目经理授予你执行（运行和停止）此构建任务的权限。</translation>
    </message>
    <message>
        <source>You may not follow this job: the is_view permission is missing.</source>
        <translation>你不能关注此任务：缺少 is_view 权限。</translation>
    </message>
    <message>
        <source>Ask a project manager to give you the permission to view this build job.</source>
        <translation>请项目经理授予你查看此构建任务的权限。</translation>
    </message>
    <message>
        <source>You have no permission to see this job&apos;s builds (is_view).</source>
        <translation>你没有查看此任务构建记录的权限（is_view）。</translation>
    </message>
    <message>
        <source>Too many requests: CodeArts Build is throttling you.</source>
        <translation>请求过多：CodeArts Build 正在限流。</translation>
    </message>
    <message>
        <source>Wait a minute and try again; nothing was repeated on its own.</source>
        <translation>请稍等一分钟再试；没有任何请求被自动重复。</translation>
    </message>
    <message>
        <source>This build has no record: it never ran or its history was deleted.</source>
        <translation>此构建没有记录：它从未运行，或其历史已被删除。</translation>
    </message>
    <message>
        <source>No job or build with this ID was found.</source>
        <translation>未找到此 ID 的任务或构建。</translation>
    </message>
    <message>
        <source>Check the job ID, the build number and that the endpoint is in the job&apos;s region.</source>
        <translation>请检查任务 ID、构建编号，以及端点是否位于任务所在区域。</translation>
    </message>
    <message>
        <source>Check the job ID and that the endpoint is in the job&apos;s region.</source>
        <translation>请检查任务 ID，并确认终端节点位于任务所在的区域。</translation>
    </message>
    <message>
        <source>Nothing to stop: the build had already finished.</source>
        <translation>无可停止：该构建已经结束。</translation>
    </message>
    <message>
        <source>The service could not return the builds.</source>
        <translation>服务未能返回构建记录。</translation>
    </message>
    <message>
        <source>The service refused the action.</source>
        <translation>服务拒绝了此操作。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a job ID.</source>
        <translation>“%1”不是任务 ID。</translation>
    </message>
    <message>
        <source>Give only one of branch, tag and commit.</source>
        <translation>分支、标签和提交只能指定其一。</translation>
    </message>
    <message>
        <source>Parameter name &quot;%1&quot; must be 1 to 128 letters, digits or underscores.</source>
        <translation>参数名“%1”必须由 1 到 128 个字母、数字或下划线组成。</translation>
    </message>
    <message>
        <source>The value of &quot;%1&quot; is longer than %2 characters.</source>
        <translation>“%1”的值超过 %2 个字符。</translation>
    </message>
    <message>
        <source>No credentials were given.</source>
        <translation>未提供凭据。</translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>请求已取消。</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>未给出原因</translation>
    </message>
    <message>
        <source>A tag or commit must not contain control characters such as line breaks.</source>
        <translation>标签或提交不能包含换行等控制字符。</translation>
    </message>
    <message>
        <source>The parameter name &quot;%1&quot; is reserved: it changes how programs are loaded or run.</source>
        <translation>参数名“%1”是保留的：它会改变程序的加载或运行方式。</translation>
    </message>
    <message>
        <source>The parameter &quot;%1&quot; is given twice.</source>
        <translation>参数“%1”给出了两次。</translation>
    </message>
    <message>
        <source>The value of &quot;%1&quot; must not contain control characters such as line breaks.</source>
        <translation>“%1”的值不能包含换行等控制字符。</translation>
    </message>
    <message>
        <source>This job has no branch parameter (such as codeBranch), so a run cannot choose its branch; it builds %1.</source>
        <translation>此任务没有分支参数（例如 codeBranch），因此运行时无法选择分支；它会构建%1。</translation>
    </message>
    <message>
        <source>the branch its configuration names</source>
        <translation>其配置中指定的分支</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a build record ID.</source>
        <translation>“%1”不是构建记录 ID。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a build project ID.</source>
        <translation>“%1”不是构建工程 ID。</translation>
    </message>
    <message>
        <source>One request names 1 to %1 build projects.</source>
        <translation>一次请求可包含 1 到 %1 个构建工程。</translation>
    </message>
    <message>
        <source>Read the service&apos;s message in the parentheses; try again later if it looks temporary.</source>
        <translation>请阅读括号中服务返回的消息；如果看起来是暂时性问题，请稍后重试。</translation>
    </message>
    <message>
        <source>There is nowhere to save the log.</source>
        <translation>没有可保存日志的位置。</translation>
    </message>
    <message>
        <source>The service sent JSON where the log file was expected.</source>
        <translation>服务返回的是 JSON，而不是预期的日志文件。</translation>
    </message>
    <message>
        <source>Try again; if it persists, check the endpoint.</source>
        <translation>请重试；如果问题持续，请检查端点。</translation>
    </message>
</context>
<context>
    <name>BuildDetailsFetch</name>
    <message>
        <source>The request was cancelled.</source>
        <translation>请求已取消。</translation>
    </message>
    <message>
        <source>The build&apos;s parameters are not published here (history-parameters).</source>
        <translation>此处未发布构建参数接口（history-parameters）。</translation>
    </message>
    <message>
        <source>record-info or full-stages is not published here; using the old build details.</source>
        <translation>此处未发布 record-info 或 full-stages 接口；改用旧版构建详情。</translation>
    </message>
</context>
<context>
    <name>BuildLogFetch</name>
    <message>
        <source>The request was cancelled.</source>
        <translation>请求已取消。</translation>
    </message>
    <message>
        <source>record-info is not published here; the build&apos;s state comes from build-info.</source>
        <translation>此处未发布 record-info；构建状态改由 build-info 获取。</translation>
    </message>
    <message>
        <source>The log page holds no result.</source>
        <translation>日志页面中没有 result。</translation>
    </message>
    <message>
        <source>Try again; if it persists, check the endpoint.</source>
        <translation>请重试；如果问题持续，请检查端点。</translation>
    </message>
    <message>
        <source>Asking again after: %1</source>
        <translation>重新请求，原因：%1</translation>
    </message>
    <message>
        <source>The log&apos;s download failed (%1); reading its pages instead.</source>
        <translation>日志下载失败（%1）；改为逐页读取。</translation>
    </message>
</context>
<context>
    <name>BuildLogPane</name>
    <message>
        <source>Find…</source>
        <translation>查找…</translation>
    </message>
    <message>
        <source>Find text in the whole log (%1).</source>
        <translation>在整个日志中查找文本（%1）。</translation>
    </message>
    <message>
        <source>Jump to the Failure</source>
        <translation>跳到失败处</translation>
    </message>
    <message>
        <source>Wrap Lines</source>
        <translation>自动换行</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <source>Copy the selected text, or the whole log when nothing is selected.</source>
        <translation>复制选中的文本；未选中任何内容时复制整个日志。</translation>
    </message>
    <message>
        <source>Copy All</source>
        <translation>全部复制</translation>
    </message>
    <message>
        <source>Save As…</source>
        <translation>另存为…</translation>
    </message>
    <message>
        <source>Find in the log</source>
        <translation>在日志中查找</translation>
    </message>
    <message>
        <source>Aa</source>
        <translation>Aa</translation>
    </message>
    <message>
        <source>Match case</source>
        <translation>区分大小写</translation>
    </message>
    <message>
        <source>Previous match (Shift+Enter, Shift+F3)</source>
        <translation>上一个匹配（Shift+Enter、Shift+F3）</translation>
    </message>
    <message>
        <source>Next match (Enter, F3)</source>
        <translation>下一个匹配（Enter、F3）</translation>
    </message>
    <message>
        <source>Close the find bar (Esc)</source>
        <translation>关闭查找栏（Esc）</translation>
    </message>
    <message>
        <source>Find Next</source>
        <translation>查找下一个</translation>
    </message>
    <message>
        <source>Find Previous</source>
        <translation>查找上一个</translation>
    </message>
    <message>
        <source>No matches</source>
        <translation>无匹配</translation>
    </message>
    <message>
        <source>%1 of %2%3</source>
        <translation>第 %1 个，共 %2%3 个</translation>
    </message>
    <message>
        <source>Save Shown Lines As…</source>
        <translation>将显示的行另存为…</translation>
    </message>
    <message>
        <source>The whole log cannot be downloaded here: the lines shown are saved as plain text, without colours.</source>
        <translation>此处无法下载完整日志：将以纯文本（不含颜色）保存显示的行。</translation>
    </message>
    <message>
        <source>Download the whole log and save it byte for byte as the service sends it.</source>
        <translation>下载完整日志，并按服务发送的内容逐字节保存。</translation>
    </message>
    <message>
        <source>Select a build to see its log.</source>
        <translation>选择一次构建以查看其日志。</translation>
    </message>
    <message>
        <source>The build is still running.</source>
        <translation>构建仍在运行。</translation>
    </message>
    <message>
        <source>The build did not fail.</source>
        <translation>该构建没有失败。</translation>
    </message>
    <message>
        <source>Nothing in the log so far explains the failure.</source>
        <translation>目前日志中没有说明失败原因的内容。</translation>
    </message>
    <message>
        <source>Nothing in the log explains the failure.</source>
        <translation>日志中没有说明失败原因的内容。</translation>
    </message>
    <message>
        <source>Go to line %1, the first line that explains the failure.</source>
        <translation>转到第 %1 行，即第一条说明失败原因的行。</translation>
    </message>
    <message numerus="yes">
        <source>Following the running build: %n lines</source>
        <translation>
            <numerusform>正在跟随运行中的构建：%n 行</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reading the log: %n lines</source>
        <translation>
            <numerusform>正在读取日志：%n 行</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n lines</source>
        <translation>
            <numerusform>%n 行</numerusform>
        </translation>
    </message>
    <message>
        <source>Logs (*.log *.txt);;All files (*)</source>
        <translation>日志 (*.log *.txt);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Saved the lines shown to %1.</source>
        <translation>已将显示的行保存到 %1。</translation>
    </message>
    <message>
        <source>Saving the log…</source>
        <translation>正在保存日志…</translation>
    </message>
    <message>
        <source>Saving the log: %1</source>
        <translation>正在保存日志：%1</translation>
    </message>
    <message>
        <source>Saved the whole log (%1) to %2.</source>
        <translation>已将完整日志（%1）保存到 %2。</translation>
    </message>
    <message>
        <source>The log was not saved: %1</source>
        <translation>日志未保存：%1</translation>
    </message>
</context>
<context>
    <name>BuildParse</name>
    <message>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 分钟 %2 秒</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 小时 %2 分钟</translation>
    </message>
    <message>
        <source>Manual</source>
        <translation>手动触发</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>定时触发</translation>
    </message>
    <message>
        <source>Code change</source>
        <translation>代码变更触发</translation>
    </message>
    <message>
        <source>Pipeline</source>
        <translation>流水线触发</translation>
    </message>
</context>
<context>
    <name>BuildRecordsFetch</name>
    <message>
        <source>The request was cancelled.</source>
        <translation>请求已取消。</translation>
    </message>
    <message>
        <source>The record list is not published here; using the old build history (30 days at most).</source>
        <translation>此处未发布构建记录列表；改用旧的构建历史（最多 30 天）。</translation>
    </message>
    <message>
        <source>Throttled; asking for the records again in %1 ms.</source>
        <translation>请求被限流；%1 毫秒后再次获取构建记录。</translation>
    </message>
    <message numerus="yes">
        <source>The records were asked for again %n times; wait a minute and try again.</source>
        <translation>
            <numerusform>已重新请求构建记录 %n 次；请稍候一分钟再试。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BuildsAccessibility</name>
    <message numerus="yes">
        <source>%n builds, %1 failed</source>
        <translation>
            <numerusform>%n 次构建，%1 次失败</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n builds, %1 failed, median %2</source>
        <translation>
            <numerusform>%n 次构建，%1 次失败，中位时长 %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BuildsPanel</name>
    <message>
        <source>Last 7 days</source>
        <translation>最近 7 天</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>最近 30 天</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>最近 90 天</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Run…</source>
        <translation>运行…</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>Open in Browser</source>
        <translation>在浏览器中打开</translation>
    </message>
    <message>
        <source>Permissions…</source>
        <translation>权限…</translation>
    </message>
    <message>
        <source>Build</source>
        <translation>构建</translation>
    </message>
    <message>
        <source>Daily</source>
        <translation>每日编号</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>开始时间</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>耗时</translation>
    </message>
    <message>
        <source>Trigger</source>
        <translation>触发方式</translation>
    </message>
    <message>
        <source>Executor</source>
        <translation>执行者</translation>
    </message>
    <message>
        <source>Branch</source>
        <translation>分支</translation>
    </message>
    <message>
        <source>Commit</source>
        <translation>提交</translation>
    </message>
    <message>
        <source>Build durations</source>
        <translation>构建时长</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>成功</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>Aborted or other</source>
        <translation>中止或其他</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>分钟</translation>
    </message>
    <message>
        <source>Loading builds…</source>
        <translation>正在加载构建记录…</translation>
    </message>
    <message>
        <source>Only the last 30 days are available for this job (the service&apos;s old build history).</source>
        <translation>此任务只能查看最近 30 天的构建（服务的旧构建历史）。</translation>
    </message>
    <message>
        <source>Parameters: %1</source>
        <translation>参数：%1</translation>
    </message>
    <message>
        <source>Run a build of this job.</source>
        <translation>运行此任务的一次构建。</translation>
    </message>
    <message>
        <source>Stop the selected build.</source>
        <translation>停止所选构建。</translation>
    </message>
    <message>
        <source>Select a running build to stop it.</source>
        <translation>选择一个正在运行的构建以停止它。</translation>
    </message>
    <message>
        <source>Following in CodeArts</source>
        <translation>已在 CodeArts 中关注</translation>
    </message>
    <message>
        <source>Follow in CodeArts</source>
        <translation>在 CodeArts 中关注</translation>
    </message>
    <message>
        <source>branch %1</source>
        <translation>分支 %1</translation>
    </message>
    <message>
        <source>tag %1</source>
        <translation>标签 %1</translation>
    </message>
    <message>
        <source>commit %1</source>
        <translation>提交 %1</translation>
    </message>
    <message>
        <source>the job&apos;s default code</source>
        <translation>任务的默认代码</translation>
    </message>
    <message>
        <source>Run Build</source>
        <translation>运行构建</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>执行</translation>
    </message>
    <message>
        <source>The build may have started, but no answer came back. The records are refreshed; check them before running it again.</source>
        <translation>构建可能已经开始，但没有收到应答。构建记录已刷新；再次运行前请先查看。</translation>
    </message>
    <message>
        <source>The build may have started, but the answer named no build number.</source>
        <translation>构建可能已经开始，但应答中没有构建编号。</translation>
    </message>
    <message>
        <source>Build %1 started.</source>
        <translation>构建 %1 已开始。</translation>
    </message>
    <message>
        <source>Build %1 is running.</source>
        <translation>构建 %1 正在运行。</translation>
    </message>
    <message>
        <source>Build %1 is running: %2.</source>
        <translation>构建 %1 正在运行：%2。</translation>
    </message>
    <message>
        <source>Build %1 ended: %2.</source>
        <translation>构建 %1 已结束：%2。</translation>
    </message>
    <message>
        <source>Stop Build</source>
        <translation>停止构建</translation>
    </message>
    <message>
        <source>Stop build %1? The work it has done so far is lost.</source>
        <translation>停止构建 %1？它目前已完成的工作将丢失。</translation>
    </message>
    <message>
        <source>Build %1 may have been stopped, but no answer came back.</source>
        <translation>构建 %1 可能已被停止，但没有收到应答。</translation>
    </message>
    <message>
        <source>Build %1 was stopped.</source>
        <translation>构建 %1 已停止。</translation>
    </message>
    <message>
        <source>see the job, its builds and their logs</source>
        <translation>查看任务、其构建及日志</translation>
    </message>
    <message>
        <source>a role in the project that may view build jobs</source>
        <translation>项目中可以查看构建任务的角色</translation>
    </message>
    <message>
        <source>run builds and stop them</source>
        <translation>运行和停止构建</translation>
    </message>
    <message>
        <source>change the job&apos;s configuration</source>
        <translation>修改任务配置</translation>
    </message>
    <message>
        <source>the Edit permission on this job</source>
        <translation>此任务的编辑权限</translation>
    </message>
    <message>
        <source>copy the job into a new one</source>
        <translation>将任务复制为新任务</translation>
    </message>
    <message>
        <source>delete the job</source>
        <translation>删除任务</translation>
    </message>
    <message>
        <source>the Delete permission on this job</source>
        <translation>此任务的删除权限</translation>
    </message>
    <message>
        <source>disable and enable the job</source>
        <translation>禁用和启用任务</translation>
    </message>
    <message>
        <source>the Disable permission on this job</source>
        <translation>此任务的禁用权限</translation>
    </message>
    <message>
        <source>manage who may do what with the job</source>
        <translation>管理谁可以对任务做什么</translation>
    </message>
    <message>
        <source>to be made a manager of the job</source>
        <translation>成为此任务的管理者</translation>
    </message>
    <message>
        <source>Permissions</source>
        <translation>权限</translation>
    </message>
    <message numerus="yes">
        <source>%n days: no finished builds</source>
        <translation>
            <numerusform>%n 天：没有已结束的构建</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days: %1% success, median %2</source>
        <translation>
            <numerusform>%n 天：成功率 %1%，中位时长 %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Run a build of %1 from %2 with %n parameters?</source>
        <translation>
            <numerusform>使用 %n 个参数，从 %2 运行 %1 的一次构建？</numerusform>
        </translation>
    </message>
    <message>
        <source>Build %1 builds %2, not the branch %3 that was asked for.</source>
        <translation>构建 %1 构建的是 %2，而不是所要求的分支 %3。</translation>
    </message>
    <message>
        <source>Run permission: %1.</source>
        <translation>执行权限：%1。</translation>
    </message>
    <message>
        <source>the Run permission on this job</source>
        <translation>此任务的执行权限</translation>
    </message>
    <message>
        <source>the Copy permission on this job</source>
        <translation>此任务的复制权限</translation>
    </message>
    <message>
        <source>%1 (%2): you may %3.</source>
        <translation>%1（%2）：你可以%3。</translation>
    </message>
    <message>
        <source>%1 (%2): lets you %3; ask a project manager for %4.</source>
        <translation>%1（%2）：可让你%3；请向项目经理申请%4。</translation>
    </message>
    <message>
        <source>Chart</source>
        <translation>图表</translation>
    </message>
    <message>
        <source>Show or hide the chart of build durations.</source>
        <translation>显示或隐藏构建时长图表。</translation>
    </message>
    <message>
        <source>Why It Failed</source>
        <translation>失败原因</translation>
    </message>
    <message>
        <source>Show Log</source>
        <translation>查看日志</translation>
    </message>
    <message>
        <source>Select a build to see its steps and its log.</source>
        <translation>选择一次构建以查看其步骤和日志。</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>步骤</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>日志</translation>
    </message>
    <message>
        <source>Build %1 failed.</source>
        <translation>构建 %1 失败。</translation>
    </message>
    <message>
        <source>Build %1: %2</source>
        <translation>构建 %1：%2</translation>
    </message>
    <message>
        <source>Failed at %1: %2</source>
        <translation>失败于 %1：%2</translation>
    </message>
    <message>
        <source>Failed at %1</source>
        <translation>失败于 %1</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>失败：%1</translation>
    </message>
    <message>
        <source>Builds</source>
        <translation>构建</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>时间段</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>时间段：</translation>
    </message>
</context>
<context>
    <name>CloseToTray</name>
    <message>
        <source>Keep Watching in the Tray?</source>
        <translation>在托盘中继续监视？</translation>
    </message>
    <message numerus="yes">
        <source>CodeArts Inspector can keep watching your %n favorites after the window closes, and tell you when a build fails or is fixed.</source>
        <translation>
            <numerusform>关闭窗口后，CodeArts Inspector 可以继续监视您的 %n 个收藏任务，并在构建失败或修复时通知您。</numerusform>
        </translation>
    </message>
    <message>
        <source>Open the window again from the tray icon. Quit from the tray icon&apos;s menu or with File ▸ Quit (Ctrl+Q). Watch ▸ Keep Watching in the Tray When Closed changes this later.</source>
        <translation>可通过托盘图标重新打开窗口。可通过托盘图标的菜单或“文件 ▸ 退出”（Ctrl+Q）退出。以后可在“监视 ▸ 关闭窗口后在托盘中继续监视”中更改此设置。</translation>
    </message>
    <message>
        <source>&amp;Keep Watching</source>
        <translation>继续监视(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Don&apos;t ask again</source>
        <translation>不再询问(&amp;D)</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Run &apos;codearts-inspector --help&apos; for usage.</source>
        <translation>运行 &apos;codearts-inspector --help&apos; 查看用法。</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Job name</source>
        <translation>任务名称</translation>
    </message>
    <message>
        <source>Job ID</source>
        <translation>任务 ID</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>代码源</translation>
    </message>
    <message>
        <source>Running status</source>
        <translation>运行状态</translation>
    </message>
    <message>
        <source>Last build status</source>
        <translation>最近一次构建状态</translation>
    </message>
    <message>
        <source>Last build time</source>
        <translation>最近一次构建时间</translation>
    </message>
    <message>
        <source>Health score</source>
        <translation>健康度</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <source>Build time</source>
        <translation>构建时长</translation>
    </message>
    <message>
        <source>Charge time</source>
        <translation>计费时长</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>已禁用</translation>
    </message>
    <message>
        <source>Favorite</source>
        <translation>收藏</translation>
    </message>
    <message>
        <source>New build</source>
        <translation>新版构建</translation>
    </message>
    <message>
        <source>Project permissions</source>
        <translation>项目权限</translation>
    </message>
    <message>
        <source>&apos;show&apos; takes exactly one job ID or job page URL.</source>
        <translation>&apos;show&apos; 只接受一个任务 ID 或任务页面 URL。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a job ID or job page URL. %2</source>
        <translation>“%1”不是任务 ID 或任务页面 URL。%2</translation>
    </message>
    <message>
        <source>Give only one of --endpoint, --region and --demo.</source>
        <translation>--endpoint、--region 和 --demo 只能指定其中一个。</translation>
    </message>
    <message>
        <source>Unknown region &quot;%1&quot;. Known regions: %2.</source>
        <translation>未知区域“%1”。已知区域：%2。</translation>
    </message>
    <message>
        <source>--timeout takes a number of seconds between 0 and 3600.</source>
        <translation>--timeout 的值须为 0 到 3600 之间的秒数。</translation>
    </message>
    <message>
        <source>No PEM certificate could be read from &quot;%1&quot;.</source>
        <translation>无法从“%1”读取 PEM 证书。</translation>
    </message>
    <message>
        <source>Say where the job lives: --region REGION or --endpoint URL.</source>
        <translation>请指定任务所在位置：--region REGION 或 --endpoint URL。</translation>
    </message>
    <message>
        <source>--profile cannot be combined with --demo or --token-stdin.</source>
        <translation>--profile 不能与 --demo 或 --token-stdin 同时使用。</translation>
    </message>
    <message>
        <source>--token-stdin was given but standard input held no token.</source>
        <translation>指定了 --token-stdin，但标准输入中没有令牌。</translation>
    </message>
    <message>
        <source>CodeArts Build base URL.</source>
        <translation>CodeArts Build 基础 URL。</translation>
    </message>
    <message>
        <source>Region ID, e.g. cn-north-4.</source>
        <translation>区域 ID，例如 cn-north-4。</translation>
    </message>
    <message>
        <source>Read the IAM token from standard input (one line).</source>
        <translation>从标准输入读取 IAM 令牌（一行）。</translation>
    </message>
    <message>
        <source>Use this saved profile (default: the default profile).</source>
        <translation>使用此已保存的配置档（默认：默认配置档）。</translation>
    </message>
    <message>
        <source>Print one JSON object.</source>
        <translation>输出一个 JSON 对象。</translation>
    </message>
    <message>
        <source>Give up after this many seconds (default 30).</source>
        <translation>超过此秒数后放弃（默认 30）。</translation>
    </message>
    <message>
        <source>Also trust the CA certificates in this PEM file.</source>
        <translation>同时信任此 PEM 文件中的 CA 证书。</translation>
    </message>
    <message>
        <source>Print request, status, timing and headers to stderr (secrets redacted).</source>
        <translation>将请求、状态、耗时和头部输出到 stderr（密钥信息已隐去）。</translation>
    </message>
    <message>
        <source>Fetch from the built-in demo sandbox.</source>
        <translation>从内置演示沙箱获取。</translation>
    </message>
    <message>
        <source>The demo sandbox could not listen on 127.0.0.1.</source>
        <translation>演示沙箱无法在 127.0.0.1 上监听。</translation>
    </message>
    <message>
        <source>Port to listen on (default: any free port).</source>
        <translation>监听端口（默认：任一空闲端口）。</translation>
    </message>
    <message>
        <source>--port takes a number between 0 and 65535.</source>
        <translation>--port 的值须为 0 到 65535 之间的数字。</translation>
    </message>
    <message>
        <source>The demo sandbox could not listen on 127.0.0.1:%1.</source>
        <translation>演示沙箱无法在 127.0.0.1:%1 上监听。</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation>未知命令“%1”。</translation>
    </message>
    <message>
        <source>The history database &quot;%1&quot; could not be used: %2</source>
        <translation>无法使用历史数据库“%1”：%2</translation>
    </message>
    <message>
        <source>No favorites yet. Add one with: codearts-inspector favorites add JOB
</source>
        <translation>还没有收藏。可使用以下命令添加：codearts-inspector favorites add JOB
</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>JOB ID</source>
        <translation>任务 ID</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>RUNNING</source>
        <translation>运行状态</translation>
    </message>
    <message>
        <source>LAST BUILD</source>
        <translation>最近一次构建</translation>
    </message>
    <message>
        <source>HEALTH</source>
        <translation>健康度</translation>
    </message>
    <message>
        <source>NOTE</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Added %1 to the favorites.
</source>
        <translation>已将 %1 添加到收藏。
</translation>
    </message>
    <message>
        <source>%1 already is a favorite.
</source>
        <translation>%1 已在收藏中。
</translation>
    </message>
    <message>
        <source>No history yet.
</source>
        <translation>还没有历史记录。
</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>TIME</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>JOB NAME</source>
        <translation>任务名称</translation>
    </message>
    <message>
        <source>HTTP</source>
        <translation>HTTP</translation>
    </message>
    <message>
        <source>DURATION</source>
        <translation>耗时</translation>
    </message>
    <message>
        <source>Only this job&apos;s entries.</source>
        <translation>仅此任务的记录。</translation>
    </message>
    <message>
        <source>&apos;history clear&apos; takes no arguments besides --job.</source>
        <translation>&apos;history clear&apos; 除 --job 外不接受其他参数。</translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n history entries.
</source>
        <translation>
            <numerusform>已删除 %n 条历史记录。
</numerusform>
        </translation>
    </message>
    <message>
        <source>debug-fill takes a count.</source>
        <translation>debug-fill 需要一个数量。</translation>
    </message>
    <message>
        <source>&apos;favorites&apos; takes list, add or remove.</source>
        <translation>&apos;favorites&apos; 需要 list、add 或 remove。</translation>
    </message>
    <message>
        <source>Print one JSON array.</source>
        <translation>输出一个 JSON 数组。</translation>
    </message>
    <message>
        <source>A name of your own for the job.</source>
        <translation>为任务自定义的名称。</translation>
    </message>
    <message>
        <source>A note about the job.</source>
        <translation>关于任务的备注。</translation>
    </message>
    <message>
        <source>&apos;favorites list&apos; takes no arguments besides --json.</source>
        <translation>&apos;favorites list&apos; 除 --json 外不接受其他参数。</translation>
    </message>
    <message>
        <source>&apos;favorites %1&apos; takes exactly one job ID or job page URL.</source>
        <translation>&apos;favorites %1&apos; 只接受一个任务 ID 或任务页面 URL。</translation>
    </message>
    <message>
        <source>Removed %1 from the favorites.
</source>
        <translation>已将 %1 从收藏中移除。
</translation>
    </message>
    <message>
        <source>%1 is not a favorite.</source>
        <translation>%1 不在收藏中。</translation>
    </message>
    <message>
        <source>Show at most N entries (default 50).</source>
        <translation>最多显示 N 条记录（默认 50）。</translation>
    </message>
    <message>
        <source>Unknown history command &quot;%1&quot;.</source>
        <translation>未知的 history 命令“%1”。</translation>
    </message>
    <message>
        <source>--limit takes a positive number.</source>
        <translation>--limit 的值须为正数。</translation>
    </message>
    <message>
        <source>The fetch was not recorded in the history (%1): %2</source>
        <translation>本次获取未记录到历史记录中（%1）：%2</translation>
    </message>
    <message>
        <source>There is no profile named &quot;%1&quot; (see &apos;codearts-inspector profile list&apos;).</source>
        <translation>不存在名为“%1”的配置档（参见 &apos;codearts-inspector profile list&apos;）。</translation>
    </message>
    <message>
        <source>the IAM token (one line)</source>
        <translation>IAM 令牌（一行）</translation>
    </message>
    <message>
        <source>the IAM password (one line)</source>
        <translation>IAM 密码（一行）</translation>
    </message>
    <message>
        <source>the access key and the secret key (two lines)</source>
        <translation>访问密钥 ID 和秘密访问密钥（两行）</translation>
    </message>
    <message>
        <source>Give exactly one profile name.</source>
        <translation>请只指定一个配置档名称。</translation>
    </message>
    <message>
        <source>Too many arguments.</source>
        <translation>参数过多。</translation>
    </message>
    <message>
        <source>Give either --region REGION or --endpoint URL.</source>
        <translation>请指定 --region REGION 或 --endpoint URL 其中之一。</translation>
    </message>
    <message>
        <source>--auth takes token, password or aksk.</source>
        <translation>--auth 的值须为 token、password 或 aksk。</translation>
    </message>
    <message>
        <source>--user, --domain and --remember-password go with --auth password.</source>
        <translation>--user、--domain 和 --remember-password 须与 --auth password 一起使用。</translation>
    </message>
    <message>
        <source>--auth password needs --user USER and --domain ACCOUNT.</source>
        <translation>--auth password 需要 --user USER 和 --domain ACCOUNT。</translation>
    </message>
    <message>
        <source>Added profile &quot;%1&quot;; signed in, the IAM token is valid until %2.
</source>
        <translation>已添加配置档“%1”并已登录，IAM 令牌有效期至 %2。
</translation>
    </message>
    <message>
        <source>The profile was not added.</source>
        <translation>未添加配置档。</translation>
    </message>
    <message>
        <source>Custom CodeArts Build base URL.</source>
        <translation>自定义 CodeArts Build 基础 URL。</translation>
    </message>
    <message>
        <source>IAM endpoint (default: derived from the region).</source>
        <translation>IAM 终端节点（默认：根据区域推导）。</translation>
    </message>
    <message>
        <source>token, password or aksk; the secret is read from standard input.</source>
        <translation>token、password 或 aksk；密钥信息从标准输入读取。</translation>
    </message>
    <message>
        <source>IAM user name (password).</source>
        <translation>IAM 用户名（password 方式）。</translation>
    </message>
    <message>
        <source>Account (domain) name (password).</source>
        <translation>账号名（domain）（password 方式）。</translation>
    </message>
    <message>
        <source>Project the token is scoped to (default: the region).</source>
        <translation>令牌作用的项目（默认：区域对应的项目）。</translation>
    </message>
    <message>
        <source>Project ID sent with AK/SK requests.</source>
        <translation>随 AK/SK 请求发送的项目 ID。</translation>
    </message>
    <message>
        <source>Keep the password in the keychain to renew tokens unattended.</source>
        <translation>将密码保存在系统密钥环中，以便自动续期令牌。</translation>
    </message>
    <message>
        <source>A profile named &quot;%1&quot; already exists; remove it first.</source>
        <translation>名为“%1”的配置档已存在，请先将其删除。</translation>
    </message>
    <message>
        <source>Standard input must hold %1.</source>
        <translation>标准输入中须提供%1。</translation>
    </message>
    <message>
        <source>The keychain refused the secret: %1 The profile was not added.</source>
        <translation>系统密钥环拒绝保存密钥信息：%1 未添加配置档。</translation>
    </message>
    <message>
        <source>Added profile &quot;%1&quot;.
</source>
        <translation>已添加配置档“%1”。
</translation>
    </message>
    <message>
        <source>No profiles. Add one with &apos;codearts-inspector profile add&apos;.
</source>
        <translation>没有配置档。可使用 &apos;codearts-inspector profile add&apos; 添加。
</translation>
    </message>
    <message>
        <source>DEFAULT</source>
        <translation>默认</translation>
    </message>
    <message>
        <source>KIND</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>REGION</source>
        <translation>区域</translation>
    </message>
    <message>
        <source>ENDPOINT</source>
        <translation>终端节点</translation>
    </message>
    <message>
        <source>IAM ENDPOINT</source>
        <translation>IAM 终端节点</translation>
    </message>
    <message>
        <source>USER</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>DOMAIN</source>
        <translation>账号</translation>
    </message>
    <message>
        <source>PROJECT</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot; was removed, but its secrets could not be: %2</source>
        <translation>已删除配置档“%1”，但无法删除其密钥信息：%2</translation>
    </message>
    <message>
        <source>Removed profile &quot;%1&quot; and its secrets.
</source>
        <translation>已删除配置档“%1”及其密钥信息。
</translation>
    </message>
    <message>
        <source>There are no profiles. Add one with &apos;codearts-inspector profile add&apos;.</source>
        <translation>没有配置档。可使用 &apos;codearts-inspector profile add&apos; 添加。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is now the default profile.
</source>
        <translation>“%1”现在是默认配置档。
</translation>
    </message>
    <message>
        <source>Give the password of profile &quot;%1&quot; on standard input (one line).</source>
        <translation>请通过标准输入提供配置档“%1”的密码（一行）。</translation>
    </message>
    <message>
        <source>Signed in to profile &quot;%1&quot;; the IAM token is valid until %2.
</source>
        <translation>已登录配置档“%1”，IAM 令牌有效期至 %2。
</translation>
    </message>
    <message>
        <source>The keychain refused the secret: %1</source>
        <translation>系统密钥环拒绝保存密钥信息：%1</translation>
    </message>
    <message>
        <source>Saved new credentials for profile &quot;%1&quot;.
</source>
        <translation>已为配置档“%1”保存新凭据。
</translation>
    </message>
    <message>
        <source>Keep the password in the keychain.</source>
        <translation>将密码保存在系统密钥环中。</translation>
    </message>
    <message>
        <source>--remember-password goes with password profiles.</source>
        <translation>--remember-password 仅适用于密码方式的配置档。</translation>
    </message>
    <message>
        <source>&apos;profile&apos; needs an action: add, list, remove, login or default.</source>
        <translation>&apos;profile&apos; 需要一个操作：add、list、remove、login 或 default。</translation>
    </message>
    <message>
        <source>Unknown profile action &quot;%1&quot;.</source>
        <translation>未知的 profile 操作“%1”。</translation>
    </message>
    <message>
        <source>No credentials: pass an IAM token on standard input with --token-stdin, set %1 and %2, or add a profile with &apos;codearts-inspector profile add&apos;.</source>
        <translation>没有凭据：请使用 --token-stdin 通过标准输入传入 IAM 令牌，或设置 %1 和 %2，或使用 &apos;codearts-inspector profile add&apos; 添加配置档。</translation>
    </message>
    <message>
        <source>How many jobs the job lists hold (default 1200).</source>
        <translation>任务列表中的任务数量（默认 1200）。</translation>
    </message>
    <message>
        <source>--jobs takes a number between 0 and 1000000.</source>
        <translation>--jobs 需要 0 到 1000000 之间的数字。</translation>
    </message>
    <message>
        <source>never</source>
        <translation>从未构建</translation>
    </message>
    <message>
        <source>No project is named &quot;%1&quot;.</source>
        <translation>没有名为“%1”的项目。</translation>
    </message>
    <message>
        <source>No project is named &quot;%1&quot;. Similar: %2.</source>
        <translation>没有名为“%1”的项目。相近的有：%2。</translation>
    </message>
    <message>
        <source>More than one project is named &quot;%1&quot;; give its ID: %2.</source>
        <translation>有多个名为“%1”的项目，请给出其 ID：%2。</translation>
    </message>
    <message>
        <source>Only jobs whose name contains this text.</source>
        <translation>只列出名称包含此文本的任务。</translation>
    </message>
    <message>
        <source>Only the jobs of this project (ID or name).</source>
        <translation>只列出此项目（ID 或名称）的任务。</translation>
    </message>
    <message>
        <source>Only jobs whose last build ended so: failed, success, running, aborted, timeout, none.</source>
        <translation>只列出最近一次构建为此状态的任务：failed、success、running、aborted、timeout、none。</translation>
    </message>
    <message>
        <source>List at most this many jobs (default 50; 0 lists all).</source>
        <translation>最多列出这么多任务（默认 50；0 表示全部）。</translation>
    </message>
    <message>
        <source>&apos;jobs&apos; takes no arguments; search with --search TEXT.</source>
        <translation>“jobs”不接受参数；请用 --search TEXT 搜索。</translation>
    </message>
    <message>
        <source>--status takes one of failed, success, running, aborted, timeout, none.</source>
        <translation>--status 取值为 failed、success、running、aborted、timeout、none 之一。</translation>
    </message>
    <message>
        <source>--limit takes a whole number, 0 for all.</source>
        <translation>--limit 需要一个整数，0 表示全部。</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Only projects whose name contains this text.</source>
        <translation>只列出名称包含此文本的项目。</translation>
    </message>
    <message>
        <source>&apos;projects&apos; takes no arguments; search with --search TEXT.</source>
        <translation>“projects”不接受参数；请用 --search TEXT 搜索。</translation>
    </message>
    <message>
        <source>--%1 takes a whole number from %2 to %3.</source>
        <translation>--%1 需要 %2 到 %3 之间的整数。</translation>
    </message>
    <message>
        <source>Give exactly one job ID or job page URL.</source>
        <translation>请只给出一个任务 ID 或任务页面 URL。</translation>
    </message>
    <message>
        <source>Give a job ID or job page URL and a build number.</source>
        <translation>请给出任务 ID 或任务页面 URL，以及构建编号。</translation>
    </message>
    <message>
        <source>Builds started in the last N days (default 7, at most 365).</source>
        <translation>最近 N 天内开始的构建（默认 7，最多 365）。</translation>
    </message>
    <message>
        <source>Only the newest N builds.</source>
        <translation>只显示最新的 N 个构建。</translation>
    </message>
    <message>
        <source>Only the last 30 days are available from this service (the old build history).</source>
        <translation>此服务只提供最近 30 天的构建（旧构建历史）。</translation>
    </message>
    <message>
        <source>not run</source>
        <translation>未运行</translation>
    </message>
    <message>
        <source>&lt;- failed here</source>
        <translation>&lt;- 在此失败</translation>
    </message>
    <message>
        <source>Build %1 of %2</source>
        <translation>%2 的构建 %1</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>参数</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a build number (a whole number from 1).</source>
        <translation>“%1”不是构建编号（从 1 开始的整数）。</translation>
    </message>
    <message>
        <source>running: %1</source>
        <translation>正在运行：%1</translation>
    </message>
    <message>
        <source>A run parameter (repeatable).</source>
        <translation>运行参数（可重复）。</translation>
    </message>
    <message>
        <source>Build this branch.</source>
        <translation>构建此分支。</translation>
    </message>
    <message>
        <source>Build this tag.</source>
        <translation>构建此标签。</translation>
    </message>
    <message>
        <source>Build this commit.</source>
        <translation>构建此提交。</translation>
    </message>
    <message>
        <source>Follow the build until it ends; exit 1 when it fails.</source>
        <translation>跟踪构建直到结束；失败时以 1 退出。</translation>
    </message>
    <message>
        <source>--param takes NAME=VALUE, not &quot;%1&quot;.</source>
        <translation>--param 需要 NAME=VALUE，而不是“%1”。</translation>
    </message>
    <message>
        <source>Give only one of --branch, --tag and --commit.</source>
        <translation>--branch、--tag 和 --commit 只能指定其一。</translation>
    </message>
    <message>
        <source>The build may have started, but no answer came back: check the job&apos;s builds before running it again.</source>
        <translation>构建可能已经开始，但没有收到应答：再次运行前请先查看任务的构建记录。</translation>
    </message>
    <message>
        <source>The build to stop (default: the running build).</source>
        <translation>要停止的构建（默认：正在运行的构建）。</translation>
    </message>
    <message>
        <source>--build takes a build number (a whole number from 1).</source>
        <translation>--build 需要构建编号（从 1 开始的整数）。</translation>
    </message>
    <message>
        <source>Nothing is running for this job.</source>
        <translation>此任务当前没有正在运行的构建。</translation>
    </message>
    <message>
        <source>The build may have been stopped, but no answer came back.</source>
        <translation>构建可能已被停止，但没有收到应答。</translation>
    </message>
    <message>
        <source>Stopped build %1.</source>
        <translation>已停止构建 %1。</translation>
    </message>
    <message>
        <source>The change may have been made, but no answer came back.</source>
        <translation>更改可能已生效，但没有收到应答。</translation>
    </message>
    <message>
        <source>Following %1 in CodeArts.</source>
        <translation>已在 CodeArts 中关注 %1。</translation>
    </message>
    <message>
        <source>No longer following %1 in CodeArts.</source>
        <translation>已在 CodeArts 中取消关注 %1。</translation>
    </message>
    <message>
        <source>%1 (outside 0 to 100, as the service sent it)</source>
        <translation>%1（超出 0 到 100，按服务返回的原值显示）</translation>
    </message>
    <message>
        <source>The IAM token</source>
        <translation>IAM 令牌</translation>
    </message>
    <message>
        <source>The password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>The access key</source>
        <translation>访问密钥 ID（AK）</translation>
    </message>
    <message>
        <source>The secret key</source>
        <translation>秘密访问密钥（SK）</translation>
    </message>
    <message>
        <source>The secret</source>
        <translation>密钥</translation>
    </message>
    <message>
        <source>%1 on standard input is longer than %2 KiB; nothing was sent.</source>
        <translation>标准输入中的%1超过 %2 KiB；未发送任何请求。</translation>
    </message>
    <message>
        <source>%1 on standard input holds a control character (such as CR or NUL); nothing was sent.</source>
        <translation>标准输入中的%1含有控制字符（如 CR 或 NUL）；未发送任何请求。</translation>
    </message>
    <message>
        <source>No keychain is reachable (the Secret Service on the session&apos;s D-Bus), so the secret would be lost when this command ends; the profile was not added. Start a keychain in your desktop session (for example gnome-keyring-daemon --start or KWallet) and add it again, or pass a token with &apos;show --token-stdin&apos;.</source>
        <translation>无法访问钥匙串（会话 D-Bus 上的 Secret Service），密钥会在此命令结束时丢失，因此未添加该配置。请在桌面会话中启动钥匙串（例如 gnome-keyring-daemon --start 或 KWallet）后重新添加，或使用 &apos;show --token-stdin&apos; 传入令牌。</translation>
    </message>
    <message>
        <source>The history database could not be opened: %1</source>
        <translation>无法打开历史数据库：%1</translation>
    </message>
    <message>
        <source>There are no favorites to watch; add some with &apos;favorites add JOB&apos;.</source>
        <translation>没有可监视的收藏任务；请用 &apos;favorites add JOB&apos; 添加。</translation>
    </message>
    <message>
        <source>&apos;watch&apos; needs job IDs, --favorites or --demo.</source>
        <translation>&apos;watch&apos; 需要任务 ID、--favorites 或 --demo。</translation>
    </message>
    <message>
        <source>--exit-status needs --until-finished.</source>
        <translation>--exit-status 需要与 --until-finished 一起使用。</translation>
    </message>
    <message>
        <source>--interval takes a number of seconds between 1 and 86400.</source>
        <translation>--interval 的值须为 1 到 86400 之间的秒数。</translation>
    </message>
    <message>
        <source>Give only one of --profile, --endpoint, --region and --demo.</source>
        <translation>--profile、--endpoint、--region 和 --demo 只能指定一个。</translation>
    </message>
    <message>
        <source>--demo cannot be combined with --token-stdin.</source>
        <translation>--demo 不能与 --token-stdin 同时使用。</translation>
    </message>
    <message>
        <source>Job %1: %2</source>
        <translation>任务 %1：%2</translation>
    </message>
    <message>
        <source>Job %1: %2 Retrying later.</source>
        <translation>任务 %1：%2 稍后重试。</translation>
    </message>
    <message>
        <source>Also watch the favorite jobs.</source>
        <translation>同时监视收藏的任务。</translation>
    </message>
    <message>
        <source>Poll every job about every SECONDS (default: 15 running, 120 others).</source>
        <translation>大约每 SECONDS 秒查询一次每个任务（默认：运行中 15 秒，其他 120 秒）。</translation>
    </message>
    <message>
        <source>End once none of the jobs is running.</source>
        <translation>当所有任务都不在运行时结束。</translation>
    </message>
    <message>
        <source>With --until-finished: exit 1 unless every last build succeeded.</source>
        <translation>与 --until-finished 一起使用：除非每个任务的最近一次构建都成功，否则以 1 退出。</translation>
    </message>
    <message>
        <source>Print JSON Lines.</source>
        <translation>输出 JSON Lines。</translation>
    </message>
    <message numerus="yes">
        <source>No builds in the last %n days.</source>
        <translation>
            <numerusform>最近 %n 天没有构建。</numerusform>
        </translation>
    </message>
    <message>
        <source>The CA file &quot;%1&quot; in the Network settings cannot be read.</source>
        <translation>无法读取网络设置中的 CA 文件“%1”。</translation>
    </message>
    <message>
        <source>Answer each request this many milliseconds late, as a distant service would (default 0).</source>
        <translation>每个请求延迟这么多毫秒后再应答，如同远处的服务（默认 0）。</translation>
    </message>
    <message>
        <source>--latency takes a number of milliseconds between 0 and 60000.</source>
        <translation>--latency 需要 0 到 60000 之间的毫秒数。</translation>
    </message>
    <message>
        <source>Nothing was started.</source>
        <translation>未启动任何构建。</translation>
    </message>
    <message>
        <source>Build %1 builds %2, not the branch %3 that was asked for.</source>
        <translation>构建 %1 构建的是 %2，而不是所要求的分支 %3。</translation>
    </message>
    <message>
        <source>Build %1 builds %2.</source>
        <translation>构建 %1 构建的是 %2。</translation>
    </message>
    <message>
        <source>Which branch build %1 builds could not be read from its record.</source>
        <translation>无法从构建 %1 的记录中读出它构建的分支。</translation>
    </message>
    <message>
        <source>--branch needs a branch name.</source>
        <translation>--branch 需要一个分支名。</translation>
    </message>
    <message>
        <source>Build project</source>
        <translation>构建工程</translation>
    </message>
    <message>
        <source>BUILD</source>
        <translation>构建</translation>
    </message>
    <message>
        <source>DAILY</source>
        <translation>日构建号</translation>
    </message>
    <message>
        <source>RESULT</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>STARTED</source>
        <translation>开始时间</translation>
    </message>
    <message>
        <source>TRIGGER</source>
        <translation>触发方式</translation>
    </message>
    <message>
        <source>EXECUTOR</source>
        <translation>执行人</translation>
    </message>
    <message>
        <source>BRANCH</source>
        <translation>分支</translation>
    </message>
    <message>
        <source>COMMIT</source>
        <translation>提交</translation>
    </message>
    <message>
        <source>STEP</source>
        <translation>步骤</translation>
    </message>
    <message>
        <source>Build %1: %2</source>
        <translation>构建 %1：%2</translation>
    </message>
    <message>
        <source>failed at step %1 (%2)</source>
        <translation>失败于第 %1 步（%2）</translation>
    </message>
    <message>
        <source>took %1</source>
        <translation>耗时 %1</translation>
    </message>
    <message>
        <source>See: codearts-inspector log %1 %2 --failed</source>
        <translation>查看：codearts-inspector log %1 %2 --failed</translation>
    </message>
    <message>
        <source>The build started, but the answer named no valid build number: check the job&apos;s builds before running it again.</source>
        <translation>构建已启动，但应答中没有有效的构建编号：再次运行前请先查看该任务的构建记录。</translation>
    </message>
    <message>
        <source>A build is running, but the service did not say which; nothing was stopped. Give its number with --build.</source>
        <translation>有构建正在运行，但服务没有说明是哪一个；未停止任何构建。请用 --build 指定其编号。</translation>
    </message>
    <message>
        <source>A build is running, but the service named it &quot;%1&quot;, which is not a build number; nothing was stopped. Give its number with --build.</source>
        <translation>有构建正在运行，但服务给出的“%1”不是构建编号；未停止任何构建。请用 --build 指定其编号。</translation>
    </message>
    <message>
        <source>Usage: </source>
        <translation>用法：</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>选项：</translation>
    </message>
    <message>
        <source>Connection options:</source>
        <translation>连接选项：</translation>
    </message>
    <message>
        <source>Every command:</source>
        <translation>所有命令通用：</translation>
    </message>
    <message>
        <source>Example:</source>
        <translation>示例：</translation>
    </message>
    <message>
        <source>Colour results and states: never, auto (on a terminal, the default) or always.</source>
        <translation>为结果和状态着色：never、auto（在终端上，默认）或 always。</translation>
    </message>
    <message>
        <source>Print this help.</source>
        <translation>输出此帮助。</translation>
    </message>
    <message>
        <source>Fetches one job (ShowJobInfo): its status, last build, health score and your permissions. JOB is a job ID or a job page URL.</source>
        <translation>获取一个任务（ShowJobInfo）：其状态、最近一次构建、健康度以及你的权限。JOB 为任务 ID 或任务页面 URL。</translation>
    </message>
    <message>
        <source>Lists the account&apos;s build jobs, or one project&apos;s, printed page by page as they arrive.</source>
        <translation>列出账号的构建任务（或某个项目的任务），逐页到达即逐页输出。</translation>
    </message>
    <message>
        <source>Lists the CodeArts projects the account may see.</source>
        <translation>列出账号可见的 CodeArts 项目。</translation>
    </message>
    <message>
        <source>Lists a job&apos;s builds, newest first.</source>
        <translation>列出任务的构建记录，最新的在前。</translation>
    </message>
    <message>
        <source>Shows one build: its steps, the step that failed, and its parameters (masked values stay masked).</source>
        <translation>显示一次构建：其步骤、失败的步骤以及参数（已掩码的值保持掩码）。</translation>
    </message>
    <message>
        <source>Starts a build and prints its number. A run is sent once: when no answer comes back, the build may have started.</source>
        <translation>启动一次构建并输出其编号。运行请求只发送一次：如果没有收到应答，构建可能已经启动。</translation>
    </message>
    <message>
        <source>Stops the running build, or build N (exit 4 when nothing runs).</source>
        <translation>停止正在运行的构建或第 N 次构建（没有正在运行的构建时退出码为 4）。</translation>
    </message>
    <message>
        <source>Marks the job as a favorite in CodeArts.</source>
        <translation>在 CodeArts 中收藏该任务。</translation>
    </message>
    <message>
        <source>Removes the job from the favorites in CodeArts.</source>
        <translation>在 CodeArts 中取消收藏该任务。</translation>
    </message>
    <message>
        <source>Watches jobs and prints one line per change (the first observation too) until Ctrl+C. Takes only one of --profile, --endpoint, --region and --demo.</source>
        <translation>监视任务，每次变化（包括首次观察）输出一行，直到按下 Ctrl+C。--profile、--endpoint、--region 和 --demo 只能指定其中一个。</translation>
    </message>
    <message>
        <source>Saves a profile: where the jobs live and how to sign in. The secret is read from standard input: the token, the password, or the access key and the secret key on two lines.</source>
        <translation>保存配置档：任务所在位置以及登录方式。密钥从标准输入读取：令牌、密码，或分两行的访问密钥和秘密访问密钥。</translation>
    </message>
    <message>
        <source>Lists the profiles, never their secrets.</source>
        <translation>列出配置档，从不显示其密钥。</translation>
    </message>
    <message>
        <source>Removes a profile and its secrets.</source>
        <translation>删除配置档及其密钥。</translation>
    </message>
    <message>
        <source>Signs a password profile in again, or replaces a profile&apos;s saved secrets; they are read from standard input.</source>
        <translation>重新登录密码配置档，或替换配置档已保存的密钥；从标准输入读取。</translation>
    </message>
    <message>
        <source>Prints or sets the profile used when a command names none.</source>
        <translation>输出或设置命令未指定配置档时使用的配置档。</translation>
    </message>
    <message>
        <source>Lists the favorite jobs with what their newest snapshot said.</source>
        <translation>列出收藏的任务及其最新快照的内容。</translation>
    </message>
    <message>
        <source>Adds a job to the favorites, or changes its alias and note.</source>
        <translation>将任务加入收藏，或修改其别名和备注。</translation>
    </message>
    <message>
        <source>Removes a job from the favorites (exit 4 if it was not one).</source>
        <translation>从收藏中移除任务（若它不在收藏中，退出码为 4）。</translation>
    </message>
    <message>
        <source>Lists past fetches, newest first.</source>
        <translation>列出过去的获取记录，最新的在前。</translation>
    </message>
    <message>
        <source>Deletes the history, or one job&apos;s entries.</source>
        <translation>删除历史记录，或某个任务的记录。</translation>
    </message>
    <message>
        <source>Serves the demo sandbox on 127.0.0.1 until stopped and prints its URL.</source>
        <translation>在 127.0.0.1 上提供演示沙箱直至停止，并输出其 URL。</translation>
    </message>
    <message>
        <source>Prints the overview, or one command&apos;s synopsis, options and an example.</source>
        <translation>输出总览，或某个命令的用法、选项和示例。</translation>
    </message>
    <message>
        <source>Usage:</source>
        <translation>用法：</translation>
    </message>
    <message>
        <source>open the window</source>
        <translation>打开窗口</translation>
    </message>
    <message>
        <source>open the window on the demo sandbox</source>
        <translation>在演示沙箱上打开窗口</translation>
    </message>
    <message>
        <source>open the window on that job</source>
        <translation>打开窗口并显示该任务</translation>
    </message>
    <message>
        <source>print the version</source>
        <translation>输出版本</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>命令：</translation>
    </message>
    <message>
        <source>Connection options (%1): %2.</source>
        <translation>连接选项（%1）：%2。</translation>
    </message>
    <message>
        <source>Every command takes --color=never|auto|always and --help.</source>
        <translation>所有命令都接受 --color=never|auto|always 和 --help。</translation>
    </message>
    <message>
        <source>Run &apos;codearts-inspector help COMMAND&apos; for a command&apos;s options and an example.</source>
        <translation>运行 &apos;codearts-inspector help COMMAND&apos; 查看某个命令的选项和示例。</translation>
    </message>
    <message>
        <source>Exit codes: 0 success; 1 run --watch: the build failed, watch --exit-status: a job did not succeed, favorites and history: the history database could not be used; 2 usage error or invalid job ID (nothing sent); 3 authentication or permission; 4 job not found, not a favorite, or nothing to stop; 5 other API error, or an answer that makes no sense; 6 network, TLS, redirect or timeout, or a run or stop that may have happened without an answer.</source>
        <translation>退出码：0 成功；1 run --watch：构建失败，watch --exit-status：有任务未成功，favorites 和 history：无法使用历史数据库；2 用法错误或任务 ID 无效（未发送任何请求）；3 认证或权限问题；4 未找到任务、不在收藏中或没有可停止的构建；5 其他 API 错误，或应答不合理；6 网络、TLS、重定向或超时，或运行、停止请求可能已生效但没有应答。</translation>
    </message>
    <message>
        <source>Unknown option %1.</source>
        <translation>未知选项 %1。</translation>
    </message>
    <message>
        <source>Unknown option %1; did you mean %2?</source>
        <translation>未知选项 %1；你是不是想用 %2？</translation>
    </message>
    <message>
        <source>The value of %1 holds a control character (such as a line break or ESC); nothing was done.</source>
        <translation>%1 的值包含控制字符（如换行或 ESC）；未执行任何操作。</translation>
    </message>
    <message>
        <source>An argument holds a control character (such as a line break or ESC); nothing was done.</source>
        <translation>有参数包含控制字符（如换行或 ESC）；未执行任何操作。</translation>
    </message>
    <message>
        <source>--color takes never, auto or always, not &quot;%1&quot;.</source>
        <translation>--color 的值须为 never、auto 或 always，而不是“%1”。</translation>
    </message>
    <message>
        <source>&apos;sandbox&apos; takes no arguments.</source>
        <translation>&apos;sandbox&apos; 不接受参数。</translation>
    </message>
    <message>
        <source>There is no command &quot;%1&quot;.</source>
        <translation>没有命令“%1”。</translation>
    </message>
    <message>
        <source>There is no command &quot;%1&quot;; did you mean %2?</source>
        <translation>没有命令“%1”；你是不是想用 %2？</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;; did you mean %2?</source>
        <translation>未知命令“%1”；你是不是想用 %2？</translation>
    </message>
    <message>
        <source>&apos;favorites&apos; takes list, add or remove; did you mean %1?</source>
        <translation>&apos;favorites&apos; 接受 list、add 或 remove；你是不是想用 %1？</translation>
    </message>
    <message>
        <source>Unknown history command &quot;%1&quot;; did you mean %2?</source>
        <translation>未知的 history 命令“%1”；你是不是想用 %2？</translation>
    </message>
    <message>
        <source>Unknown profile action &quot;%1&quot;; did you mean %2?</source>
        <translation>未知的 profile 操作“%1”；你是不是想用 %2？</translation>
    </message>
    <message>
        <source>Run &apos;codearts-inspector help %1&apos; for usage.</source>
        <translation>运行 &apos;codearts-inspector help %1&apos; 查看用法。</translation>
    </message>
    <message>
        <source>JOB</source>
        <translation>任务</translation>
    </message>
    <message>
        <source>CHANGE</source>
        <translation>变化</translation>
    </message>
    <message>
        <source>The service is throttling requests and asked to wait longer than an hour; waiting an hour, the most this app waits.</source>
        <translation>服务正在限流，并要求等待超过一小时；将等待一小时，这是本应用最长的等待时间。</translation>
    </message>
    <message numerus="yes">
        <source>The service is throttling requests; waiting %n seconds, and longer if it goes on.</source>
        <translation>
            <numerusform>服务正在限流；等待 %n 秒，若持续限流则等待更久。</numerusform>
        </translation>
    </message>
    <message>
        <source>The build&apos;s log could not be read: %1</source>
        <translation>无法读取构建日志：%1</translation>
    </message>
    <message>
        <source>Failed at %1: %2</source>
        <translation>失败于 %1：%2</translation>
    </message>
    <message>
        <source>Failed at %1.</source>
        <translation>失败于 %1。</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>失败：%1</translation>
    </message>
    <message>
        <source>Prints the log of build NUMBER (default: the job&apos;s last build) as it arrives: colours only on a terminal, no other escape sequence ever.</source>
        <translation>随日志到达打印构建 NUMBER（默认：任务的最近一次构建）的日志：仅在终端中保留颜色，绝不输出其他转义序列。</translation>
    </message>
    <message>
        <source>Only the failed step and at most 200 lines that explain the failure (nothing for a build that did not fail).</source>
        <translation>只打印失败的步骤以及最多 200 行说明失败原因的日志（构建未失败时不打印任何内容）。</translation>
    </message>
    <message>
        <source>Follow a running build&apos;s log until it ends; exit 1 unless it succeeded.</source>
        <translation>持续跟踪运行中构建的日志直到结束；构建未成功时以 1 退出。</translation>
    </message>
    <message>
        <source>Save the whole log to FILE, byte for byte as the service sends it.</source>
        <translation>将完整日志按服务发送的原样逐字节保存到 FILE。</translation>
    </message>
    <message>
        <source>With --output: replace FILE if it exists.</source>
        <translation>与 --output 同用：FILE 已存在时替换它。</translation>
    </message>
    <message>
        <source>Give a job ID or job page URL, and optionally a build number.</source>
        <translation>请给出任务 ID 或任务页面 URL，可再加一个构建编号。</translation>
    </message>
    <message>
        <source>--output needs a file name.</source>
        <translation>--output 需要一个文件名。</translation>
    </message>
    <message>
        <source>Give only one of --failed and --follow.</source>
        <translation>--failed 和 --follow 只能给出其一。</translation>
    </message>
    <message>
        <source>--output saves the whole log: it cannot be combined with --failed or --follow.</source>
        <translation>--output 保存完整日志，不能与 --failed 或 --follow 同用。</translation>
    </message>
    <message>
        <source>--force only goes with --output.</source>
        <translation>--force 只能与 --output 一起使用。</translation>
    </message>
    <message>
        <source>%1 exists; add --force to replace it.</source>
        <translation>%1 已存在；如要替换，请加上 --force。</translation>
    </message>
    <message>
        <source>This job has no builds.</source>
        <translation>此任务没有任何构建。</translation>
    </message>
    <message numerus="yes">
        <source>The service is throttling requests; waiting %n seconds.</source>
        <translation>
            <numerusform>服务正在限流；等待 %n 秒。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The service left out %n lines of the log.</source>
        <translation>
            <numerusform>服务遗漏了日志中的 %n 行。</numerusform>
        </translation>
    </message>
    <message>
        <source>Build %1 is still running: this is its log so far (--follow follows it).</source>
        <translation>构建 %1 仍在运行：以上是目前为止的日志（--follow 可持续跟踪）。</translation>
    </message>
    <message>
        <source>Build %1 is still running: it has not failed.</source>
        <translation>构建 %1 仍在运行：尚未失败。</translation>
    </message>
    <message>
        <source>Build %1 did not fail (%2): there is nothing to explain.</source>
        <translation>构建 %1 没有失败（%2）：无需说明原因。</translation>
    </message>
    <message>
        <source>Failed step: %1</source>
        <translation>失败步骤：%1</translation>
    </message>
    <message>
        <source>No line names the error: these are the last lines before the build stopped.</source>
        <translation>没有找到说明错误的行：以上是构建停止前的最后几行。</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>The service named no record ID for build %1, and the download needs one.</source>
        <translation>服务没有给出构建 %1 的记录 ID，而下载需要它。</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Downloading the log: %1</source>
        <translation>正在下载日志：%1</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>未能写入 %1：%2</translation>
    </message>
    <message>
        <source>Saved the log of build %1 (%2) to %3.</source>
        <translation>已将构建 %1 的日志（%2）保存到 %3。</translation>
    </message>
    <message>
        <source>Build %1 is still running: the file holds its log so far.</source>
        <translation>构建 %1 仍在运行：文件中是目前为止的日志。</translation>
    </message>
    <message>
        <source>Job ID or job page URL.</source>
        <translation>任务 ID 或任务页面 URL。</translation>
    </message>
    <message>
        <source>Build number (default: the job&apos;s last build).</source>
        <translation>构建编号（默认：任务的最近一次构建）。</translation>
    </message>
    <message>
        <source>at %1: %2</source>
        <translation>失败于 %1：%2</translation>
    </message>
    <message>
        <source>at %1</source>
        <translation>失败于 %1</translation>
    </message>
    <message>
        <source>WHY</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>FETCH</source>
        <translation>获取</translation>
    </message>
    <message>
        <source>%1 permission</source>
        <translation>%1权限</translation>
    </message>
</context>
<context>
    <name>CompareDialog</name>
    <message>
        <source>Compare Snapshots</source>
        <translation>比较快照</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;: %2 → %3</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;：%2 → %3</translation>
    </message>
    <message>
        <source>Changed fields</source>
        <translation>已变更的字段</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>分组</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>之前</translation>
    </message>
    <message>
        <source>After</source>
        <translation>之后</translation>
    </message>
    <message>
        <source>Nothing changed between these two fetches.</source>
        <translation>这两次获取之间没有任何变化。</translation>
    </message>
    <message>
        <source>Last build time</source>
        <translation>最近一次构建时间</translation>
    </message>
    <message>
        <source>%1: %2 · %3: %4</source>
        <translation>%1：%2 · %3：%4</translation>
    </message>
</context>
<context>
    <name>Connection</name>
    <message>
        <source>The selected profile no longer exists.</source>
        <translation>所选配置档已不存在。</translation>
    </message>
    <message>
        <source>Choose another profile, or add one with Manage Profiles.</source>
        <translation>请选择其他配置档，或通过“管理配置档”添加一个。</translation>
    </message>
    <message>
        <source>The demo sandbox could not start.</source>
        <translation>演示沙箱无法启动。</translation>
    </message>
    <message>
        <source>It listens on a free port of 127.0.0.1; a security tool may be blocking that. Choose a region instead.</source>
        <translation>它在 127.0.0.1 的空闲端口上监听；安全软件可能阻止了此操作。请改为选择一个区域。</translation>
    </message>
    <message>
        <source>Enter the endpoint&apos;s base URL.</source>
        <translation>请输入终端节点的基础 URL。</translation>
    </message>
    <message>
        <source>Choose a region from the list, or use the base URL your administrator gave you.</source>
        <translation>请从列表中选择区域，或使用管理员提供的基础 URL。</translation>
    </message>
    <message>
        <source>Enter your IAM token to fetch from %1.</source>
        <translation>请输入 IAM 令牌以从 %1 获取。</translation>
    </message>
    <message>
        <source>Get one with IAM&apos;s “Obtaining a User Token” call: it is the X-Subject-Token header of the answer. The token stays in memory only. To try the app without an account, choose Demo sandbox in the Profile list.</source>
        <translation>可通过 IAM 的“获取 IAM 用户 Token”接口获取：即响应中的 X-Subject-Token 头部。令牌仅保存在内存中。如需在没有账号的情况下试用本应用，请在“配置”列表中选择演示沙箱。</translation>
    </message>
</context>
<context>
    <name>CredentialProvider</name>
    <message>
        <source>Run &apos;%1&apos; and enter the password on standard input.</source>
        <translation>请运行 &apos;%1&apos; 并在标准输入中输入密码。</translation>
    </message>
    <message>
        <source>the IAM token given</source>
        <translation>所提供的 IAM 令牌</translation>
    </message>
    <message>
        <source>the access key and secret key given</source>
        <translation>所提供的访问密钥 ID 和秘密访问密钥</translation>
    </message>
    <message>
        <source>the access key and secret key in %1 and %2</source>
        <translation>%1 和 %2 中的访问密钥 ID 和秘密访问密钥</translation>
    </message>
    <message>
        <source>profile &quot;%1&quot;</source>
        <translation>配置档“%1”</translation>
    </message>
    <message>
        <source>The profile store is gone.</source>
        <translation>配置档存储已不可用。</translation>
    </message>
    <message>
        <source>%1 has no saved token.</source>
        <translation>%1没有已保存的令牌。</translation>
    </message>
    <message>
        <source>%1 has no saved access key and secret key.</source>
        <translation>%1没有已保存的访问密钥 ID 和秘密访问密钥。</translation>
    </message>
    <message>
        <source>Using the cached IAM token of %1 (valid until %2).</source>
        <translation>正在使用%1缓存的 IAM 令牌（有效期至 %2）。</translation>
    </message>
    <message>
        <source>The IAM token of %1 expires at %2.</source>
        <translation>%1的 IAM 令牌将于 %2 过期。</translation>
    </message>
    <message>
        <source>%1 has not signed in yet.</source>
        <translation>%1尚未登录。</translation>
    </message>
    <message>
        <source>%1 Signing in again with the remembered password.</source>
        <translation>%1正在使用已记住的密码重新登录。</translation>
    </message>
    <message>
        <source>No password is remembered for it.</source>
        <translation>未为其记住密码。</translation>
    </message>
    <message>
        <source>Signing in to %1 was cancelled.</source>
        <translation>已取消登录%1。</translation>
    </message>
    <message>
        <source>%1 does not sign in with a password.</source>
        <translation>%1不使用密码登录。</translation>
    </message>
    <message>
        <source>IAM refused the sign-in of %1 (user %2, account %3): wrong user name, account name or password.</source>
        <translation>IAM 拒绝了%1的登录（用户 %2，账号 %3）：用户名、账号名或密码错误。</translation>
    </message>
    <message>
        <source>Check them and run &apos;%1&apos;.</source>
        <translation>请检查后运行 &apos;%1&apos;。</translation>
    </message>
    <message>
        <source>Signing in to %1 failed: %2</source>
        <translation>登录%1失败：%2</translation>
    </message>
    <message>
        <source>Signed in to %1; the token is valid until %2.</source>
        <translation>已登录%1，令牌有效期至 %2。</translation>
    </message>
    <message>
        <source>The IAM token could not be cached: %1</source>
        <translation>无法缓存 IAM 令牌：%1</translation>
    </message>
    <message>
        <source>The password could not be remembered: %1</source>
        <translation>无法记住密码：%1</translation>
    </message>
    <message>
        <source>The credentials of %1 cannot be renewed.</source>
        <translation>无法续期%1的凭据。</translation>
    </message>
    <message>
        <source>The API rejected the IAM token of %1; signing in again (once).</source>
        <translation>API 拒绝了%1的 IAM 令牌，正在重新登录（仅一次）。</translation>
    </message>
    <message>
        <source>The IAM token of %1 was rejected.</source>
        <translation>%1的 IAM 令牌被拒绝。</translation>
    </message>
    <message>
        <source>The request signature was rejected: the access key or the secret key is wrong.</source>
        <translation>请求签名被拒绝：访问密钥 ID 或秘密访问密钥错误。</translation>
    </message>
    <message>
        <source>Check %1.</source>
        <translation>请检查%1。</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot;: %2</source>
        <translation>配置档“%1”：%2</translation>
    </message>
    <message>
        <source>The saved token was rejected or has expired: get a new one and run &apos;%1&apos; to replace it.</source>
        <translation>已保存的令牌被拒绝或已过期：请获取新令牌并运行 &apos;%1&apos; 进行替换。</translation>
    </message>
    <message>
        <source>Even a fresh sign-in was rejected: check the profile&apos;s project and that user %1 may use CodeArts Build, then run &apos;%2&apos;.</source>
        <translation>重新登录后仍被拒绝：请检查配置档的项目，并确认用户 %1 有权使用 CodeArts Build，然后运行 &apos;%2&apos;。</translation>
    </message>
    <message>
        <source>Check the access key and secret key, and run &apos;%1&apos; to replace them.</source>
        <translation>请检查访问密钥 ID 和秘密访问密钥，并运行 &apos;%1&apos; 进行替换。</translation>
    </message>
    <message>
        <source>Run &apos;%1&apos; to enter them again.</source>
        <translation>请运行 &apos;%1&apos; 重新输入。</translation>
    </message>
    <message>
        <source>The credentials of %1 could not be read from the keychain: %2</source>
        <translation>无法从系统密钥环读取%1的凭据：%2</translation>
    </message>
    <message>
        <source>%1 holds a control character (such as CR, LF or NUL), which no token or key has; nothing was sent.</source>
        <translation>%1含有控制字符（如 CR、LF 或 NUL），令牌和密钥中不会有这类字符；未发送任何请求。</translation>
    </message>
    <message>
        <source>%1 Signing in with the password typed for this session.</source>
        <translation>%1 正在使用本次会话中输入的密码登录。</translation>
    </message>
    <message>
        <source>%1 has no project ID, and no region to look it up by.</source>
        <translation>%1 没有项目 ID，也没有可用于查询它的区域。</translation>
    </message>
    <message>
        <source>AK/SK requests need the project ID of the job&apos;s region: set %1, or give --region so that it can be looked up.</source>
        <translation>AK/SK 请求需要任务所在区域的项目 ID：请设置 %1，或给出 --region 以便查询。</translation>
    </message>
    <message>
        <source>Asking IAM for the project of %1 (sent as X-Project-Id with AK/SK).</source>
        <translation>正在向 IAM 查询 %1 的项目（随 AK/SK 作为 X-Project-Id 发送）。</translation>
    </message>
    <message>
        <source>Saved the project ID %1 in %2.</source>
        <translation>已将项目 ID %1 保存到%2。</translation>
    </message>
    <message>
        <source>%1 has no project ID, and IAM did not give one: %2</source>
        <translation>%1 没有项目 ID，IAM 也未给出：%2</translation>
    </message>
    <message>
        <source>Give the profile a project ID: profile add %1 --project-id ID (with the same other options), or check its region.</source>
        <translation>请为该配置指定项目 ID：profile add %1 --project-id ID（其他选项保持不变），或检查其区域。</translation>
    </message>
    <message>
        <source>Set %1 to the project ID of the job&apos;s region.</source>
        <translation>请将 %1 设为任务所在区域的项目 ID。</translation>
    </message>
    <message>
        <source>Give the profile a project ID: profile add %1 --project-id ID (with the same other options), or a region.</source>
        <translation>请为该配置指定项目 ID：profile add %1 --project-id ID（其他选项保持不变），或指定区域。</translation>
    </message>
</context>
<context>
    <name>DemoConnection</name>
    <message>
        <source>Server error (HTTP 500)</source>
        <translation>服务器错误（HTTP 500）</translation>
    </message>
    <message>
        <source>Rate limited (HTTP 429)</source>
        <translation>请求限流（HTTP 429）</translation>
    </message>
    <message>
        <source>HTML error page from a proxy</source>
        <translation>来自代理的 HTML 错误页面</translation>
    </message>
    <message>
        <source>Truncated JSON</source>
        <translation>截断的 JSON</translation>
    </message>
    <message>
        <source>Plain text instead of JSON</source>
        <translation>纯文本而非 JSON</translation>
    </message>
    <message>
        <source>Oversized answer</source>
        <translation>响应过大</translation>
    </message>
    <message>
        <source>Redirect to another host</source>
        <translation>重定向到其他主机</translation>
    </message>
    <message>
        <source>Redirect on the same host</source>
        <translation>同一主机内重定向</translation>
    </message>
</context>
<context>
    <name>DemoJobsMenu</name>
    <message>
        <source>Failing answers</source>
        <translation>失败响应</translation>
    </message>
</context>
<context>
    <name>DesktopNotifier</name>
    <message>
        <source>Show build</source>
        <translation>查看构建</translation>
    </message>
    <message>
        <source>Open in Browser</source>
        <translation>在浏览器中打开</translation>
    </message>
    <message>
        <source>Show log</source>
        <translation>查看日志</translation>
    </message>
    <message>
        <source>Open job</source>
        <translation>打开任务</translation>
    </message>
</context>
<context>
    <name>Endpoints</name>
    <message>
        <source>CN North-Beijing4</source>
        <translation>华北-北京四</translation>
    </message>
    <message>
        <source>CN North-Beijing1</source>
        <translation>华北-北京一</translation>
    </message>
    <message>
        <source>CN East-Shanghai2</source>
        <translation>华东-上海二</translation>
    </message>
    <message>
        <source>CN East-Shanghai1</source>
        <translation>华东-上海一</translation>
    </message>
    <message>
        <source>CN South-Guangzhou</source>
        <translation>华南-广州</translation>
    </message>
    <message>
        <source>CN South-Shenzhen</source>
        <translation>华南-深圳</translation>
    </message>
    <message>
        <source>CN Southwest-Guiyang1</source>
        <translation>西南-贵阳一</translation>
    </message>
    <message>
        <source>AP-Singapore</source>
        <translation>亚太-新加坡</translation>
    </message>
    <message>
        <source>LA-Sao Paulo1</source>
        <translation>拉美-圣保罗一</translation>
    </message>
    <message>
        <source>LA-Mexico City2</source>
        <translation>拉美-墨西哥城二</translation>
    </message>
    <message>
        <source>LA-Santiago</source>
        <translation>拉美-圣地亚哥</translation>
    </message>
    <message>
        <source>TR-Istanbul</source>
        <translation>土耳其-伊斯坦布尔</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid URL. Enter a base URL such as https://cloudbuild-ext.cn-north-4.myhuaweicloud.com.</source>
        <translation>“%1”不是有效的 URL。请输入基础 URL，例如 https://cloudbuild-ext.cn-north-4.myhuaweicloud.com。</translation>
    </message>
    <message>
        <source>The endpoint must be a base URL without a query or fragment.</source>
        <translation>终端节点必须是不带查询参数或片段的基础 URL。</translation>
    </message>
    <message>
        <source>Plain HTTP is refused for %1: your token would travel unencrypted. Use an https:// URL (plain HTTP is allowed only to this computer).</source>
        <translation>拒绝对 %1 使用明文 HTTP：您的令牌将以未加密方式传输。请使用 https:// URL（仅允许对本机使用明文 HTTP）。</translation>
    </message>
    <message>
        <source>Unsupported URL scheme &quot;%1&quot;: use https://.</source>
        <translation>不支持的 URL 协议“%1”：请使用 https://。</translation>
    </message>
    <message>
        <source>The endpoint must not hold a user name or password (user:password@); give credentials with a profile or --token-stdin instead.</source>
        <translation>端点中不能包含用户名或密码（user:password@）；请改用配置文件或 --token-stdin 提供凭据。</translation>
    </message>
</context>
<context>
    <name>ErrorBanner</name>
    <message>
        <source>Error message</source>
        <translation>错误消息</translation>
    </message>
    <message>
        <source>Dismiss this message</source>
        <translation>关闭此消息</translation>
    </message>
    <message>
        <source>Dismiss message</source>
        <translation>关闭消息</translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>提示</translation>
    </message>
</context>
<context>
    <name>FailureSummary</name>
    <message>
        <source>The request was cancelled.</source>
        <translation>请求已取消。</translation>
    </message>
    <message>
        <source>The log download is not published here; reading the log page by page.</source>
        <translation>此处未发布日志下载；改为逐页读取日志。</translation>
    </message>
    <message>
        <source>Too many requests: CodeArts Build is throttling you.</source>
        <translation>请求过多：CodeArts Build 正在对你限流。</translation>
    </message>
    <message>
        <source>The log was not read; nothing was repeated.</source>
        <translation>未读取日志；没有自动重试。</translation>
    </message>
</context>
<context>
    <name>FavoritesModel</name>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Job ID: %1</source>
        <translation>任务 ID：%1</translation>
    </message>
    <message>
        <source>Job name: %1</source>
        <translation>任务名称：%1</translation>
    </message>
    <message>
        <source>Also a favorite in CodeArts</source>
        <translation>在 CodeArts 中也已收藏</translation>
    </message>
    <message>
        <source>Not a favorite in CodeArts</source>
        <translation>在 CodeArts 中未收藏</translation>
    </message>
    <message>
        <source>Last fetched: %1</source>
        <translation>最近获取：%1</translation>
    </message>
    <message>
        <source>Not fetched yet</source>
        <translation>尚未获取</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>备注：%1</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>任务</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>运行状态</translation>
    </message>
    <message>
        <source>Last build</source>
        <translation>最近一次构建</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>健康度</translation>
    </message>
    <message>
        <source>In CodeArts</source>
        <translation>CodeArts 收藏</translation>
    </message>
    <message>
        <source>Unreachable</source>
        <translation>无法访问</translation>
    </message>
    <message>
        <source>Running %1</source>
        <translation>运行中 %1</translation>
    </message>
    <message>
        <source>Running %1, longer than usual</source>
        <translation>运行中 %1，比平时久</translation>
    </message>
    <message>
        <source>Running %1, about %2 left</source>
        <translation>运行中 %1，约剩 %2</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>成功</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>Aborted</source>
        <translation>已中止</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>已禁用</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>last build just now</source>
        <translation>上次构建：刚刚</translation>
    </message>
    <message>
        <source>Unreachable: %1</source>
        <translation>无法访问：%1</translation>
    </message>
    <message>
        <source>Notifications muted</source>
        <translation>通知已静音</translation>
    </message>
    <message numerus="yes">
        <source>last build %n minutes ago</source>
        <translation>
            <numerusform>上次构建：%n 分钟前</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>last build %n hours ago</source>
        <translation>
            <numerusform>上次构建：%n 小时前</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>last build %n days ago</source>
        <translation>
            <numerusform>上次构建：%n 天前</numerusform>
        </translation>
    </message>
    <message>
        <source>health %1</source>
        <translation>健康度 %1</translation>
    </message>
    <message>
        <source>muted</source>
        <translation>已静音</translation>
    </message>
    <message>
        <source>starred</source>
        <translation>已收藏</translation>
    </message>
    <message>
        <source>, </source>
        <translation>，</translation>
    </message>
    <message>
        <source>project %1</source>
        <translation>项目 %1</translation>
    </message>
</context>
<context>
    <name>FavoritesPanel</name>
    <message>
        <source>Favorites</source>
        <translation>收藏</translation>
    </message>
    <message>
        <source>Favorite jobs</source>
        <translation>收藏的任务</translation>
    </message>
    <message>
        <source>Move Up</source>
        <translation>上移</translation>
    </message>
    <message>
        <source>Move Down</source>
        <translation>下移</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <source>Edit the alias and note (F2 edits the alias in place)</source>
        <translation>编辑别名和备注（按 F2 可直接编辑别名）</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Edit Favorite</source>
        <translation>编辑收藏</translation>
    </message>
    <message>
        <source>Alias</source>
        <translation>别名</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>&amp;Alias:</source>
        <translation>别名(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>备注(&amp;N)：</translation>
    </message>
    <message>
        <source>Health %1</source>
        <translation>健康度 %1</translation>
    </message>
    <message>
        <source>muted</source>
        <translation>已静音</translation>
    </message>
    <message>
        <source>%1 · muted</source>
        <translation>%1 · 已静音</translation>
    </message>
    <message>
        <source>Mute Notifications</source>
        <translation>静音通知</translation>
    </message>
    <message>
        <source>No desktop notifications for this job; the board still shows it</source>
        <translation>此任务不发送桌面通知；看板仍会显示它</translation>
    </message>
    <message>
        <source>Move the selected favorite up (Ctrl+Up, or drag it)</source>
        <translation>将所选收藏上移（Ctrl+Up，或拖动它）</translation>
    </message>
    <message>
        <source>Move the selected favorite down (Ctrl+Down, or drag it)</source>
        <translation>将所选收藏下移（Ctrl+Down，或拖动它）</translation>
    </message>
    <message>
        <source>No favorites yet: find a job with Ctrl+K, open one of the Demo jobs or add your account (Manage Profiles), then Star Job.</source>
        <translation>还没有收藏：可按 Ctrl+K 查找任务，打开一个“演示任务”，或添加您的账号（管理配置档），然后点“收藏任务”。</translation>
    </message>
</context>
<context>
    <name>HealthGauge</name>
    <message>
        <source>Health score</source>
        <translation>健康度</translation>
    </message>
    <message>
        <source>%1 out of 100, %2</source>
        <translation>%1/100，%2</translation>
    </message>
    <message>
        <source>Not provided by the service</source>
        <translation>服务未提供</translation>
    </message>
    <message>
        <source>Health score %1 of 100 (%2). Below 60 is poor, 60 to 79 fair, 80 and above good.</source>
        <translation>健康度 %1/100（%2）。低于 60 为差，60 到 79 为中，80 及以上为良好。</translation>
    </message>
    <message>
        <source>poor</source>
        <translation>差</translation>
    </message>
    <message>
        <source>fair</source>
        <translation>中</translation>
    </message>
    <message>
        <source>good</source>
        <translation>良好</translation>
    </message>
    <message>
        <source>not provided</source>
        <translation>未提供</translation>
    </message>
    <message>
        <source>The service sent a health score of %1, outside 0 to 100.</source>
        <translation>服务返回的健康度为 %1，超出 0 到 100 的范围。</translation>
    </message>
    <message>
        <source>%1 %2, %3</source>
        <translation>%1 %2，%3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>HistoryIntegration</name>
    <message>
        <source>&amp;Star Job</source>
        <translation>收藏任务(&amp;S)</translation>
    </message>
    <message>
        <source>Add the job shown to your favorites (Ctrl+D)</source>
        <translation>将当前显示的任务添加到收藏（Ctrl+D）</translation>
    </message>
    <message>
        <source>&amp;Trend…</source>
        <translation>趋势(&amp;T)…</translation>
    </message>
    <message>
        <source>Health and last build of the job shown, over time</source>
        <translation>当前显示任务的健康度和最近一次构建随时间的变化</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>历史记录(&amp;H)</translation>
    </message>
    <message>
        <source>Hi&amp;story</source>
        <translation>历史记录(&amp;S)</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>任务</translation>
    </message>
    <message>
        <source>The history is off: &quot;%1&quot; could not be opened (%2).</source>
        <translation>历史记录已关闭：无法打开“%1”（%2）。</translation>
    </message>
    <message>
        <source>The history is off: %1</source>
        <translation>历史记录已关闭：%1</translation>
    </message>
    <message>
        <source>The fetch was not recorded in the history: %1</source>
        <translation>本次获取未记录到历史记录中：%1</translation>
    </message>
    <message>
        <source>Un&amp;star Job</source>
        <translation>取消收藏任务(&amp;S)</translation>
    </message>
    <message>
        <source>Showing a snapshot from history; nothing was fetched</source>
        <translation>正在显示历史记录中的快照，未进行获取</translation>
    </message>
    <message>
        <source>From history — %1. This is what the job looked like then; press F5 to fetch its current state.</source>
        <translation>来自历史记录 — %1。这是任务当时的状态；按 F5 可获取其当前状态。</translation>
    </message>
    <message>
        <source>The app&apos;s own history of fetches for the job shown (Ctrl+H)</source>
        <translation>本应用为当前任务记录的获取历史（Ctrl+H）</translation>
    </message>
    <message>
        <source>&amp;Sidebar</source>
        <translation>侧边栏(&amp;S)</translation>
    </message>
    <message>
        <source>Show or hide the favorites sidebar (Ctrl+B)</source>
        <translation>显示或隐藏收藏侧边栏（Ctrl+B）</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <source>Error code: %1</source>
        <translation>错误码：%1</translation>
    </message>
    <message>
        <source>Success</source>
        <translation>成功</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 毫秒</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Job name</source>
        <translation>任务名称</translation>
    </message>
    <message>
        <source>Job ID</source>
        <translation>任务 ID</translation>
    </message>
    <message>
        <source>HTTP</source>
        <translation>HTTP</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>耗时</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>配置档</translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation>终端节点</translation>
    </message>
    <message>
        <source>Invalid job ID</source>
        <translation>任务 ID 无效</translation>
    </message>
    <message>
        <source>Invalid endpoint</source>
        <translation>终端节点无效</translation>
    </message>
    <message>
        <source>No credentials</source>
        <translation>缺少凭据</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>未登录</translation>
    </message>
    <message>
        <source>Forbidden</source>
        <translation>禁止访问</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>未找到</translation>
    </message>
    <message>
        <source>Rate limited</source>
        <translation>请求过于频繁</translation>
    </message>
    <message>
        <source>Server error</source>
        <translation>服务器错误</translation>
    </message>
    <message>
        <source>Refused by the service</source>
        <translation>被服务拒绝</translation>
    </message>
    <message>
        <source>Unreadable answer</source>
        <translation>无法读取的响应</translation>
    </message>
    <message>
        <source>Answer too large</source>
        <translation>响应过大</translation>
    </message>
    <message>
        <source>Network error</source>
        <translation>网络错误</translation>
    </message>
    <message>
        <source>Host not found</source>
        <translation>找不到主机</translation>
    </message>
    <message>
        <source>TLS error</source>
        <translation>TLS 错误</translation>
    </message>
    <message>
        <source>Timed out</source>
        <translation>超时</translation>
    </message>
    <message>
        <source>Redirect refused</source>
        <translation>已拒绝重定向</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>Other error</source>
        <translation>其他错误</translation>
    </message>
    <message>
        <source>The last build&apos;s result changed since the previous fetch of this job.</source>
        <translation>自上次获取此任务以来，最近一次构建的结果已改变。</translation>
    </message>
    <message>
        <source>The health score changed since the previous fetch of this job.</source>
        <translation>自上次获取此任务以来，健康度已改变。</translation>
    </message>
    <message>
        <source>%1 (was %2)</source>
        <translation>%1（之前为 %2）</translation>
    </message>
    <message>
        <source>Last build</source>
        <translation>最近构建</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>健康度</translation>
    </message>
    <message>
        <source>Fetch</source>
        <translation>获取</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>运行中</translation>
    </message>
    <message>
        <source>Aborted</source>
        <translation>已中止</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>已禁用</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>未知</translation>
    </message>
</context>
<context>
    <name>HistoryStore</name>
    <message>
        <source>The folder for &quot;%1&quot; could not be created.</source>
        <translation>无法创建“%1”所在的文件夹。</translation>
    </message>
    <message>
        <source>The integrity check failed: %1</source>
        <translation>完整性检查失败：%1</translation>
    </message>
    <message>
        <source>The database could not be switched to WAL mode.</source>
        <translation>无法将数据库切换到 WAL 模式。</translation>
    </message>
    <message>
        <source>The history database was written by a newer version of the app (schema %1).</source>
        <translation>历史数据库由更新版本的应用写入（schema %1）。</translation>
    </message>
    <message>
        <source>The damaged history database &quot;%1&quot; could not be moved aside.</source>
        <translation>无法移走已损坏的历史数据库“%1”。</translation>
    </message>
    <message>
        <source>The history database was damaged. It was moved to &quot;%1&quot; and a new one was started.</source>
        <translation>历史数据库已损坏。已将其移至“%1”，并新建了一个数据库。</translation>
    </message>
    <message>
        <source>SQLite error %1</source>
        <translation>SQLite 错误 %1</translation>
    </message>
</context>
<context>
    <name>HistoryView</name>
    <message>
        <source>History</source>
        <translation>历史记录</translation>
    </message>
    <message>
        <source>History of fetches</source>
        <translation>获取历史记录</translation>
    </message>
    <message>
        <source>Filter by job name or ID</source>
        <translation>按任务名称或 ID 筛选</translation>
    </message>
    <message>
        <source>Filter history by text</source>
        <translation>按文本筛选历史记录</translation>
    </message>
    <message>
        <source>Filter history by job</source>
        <translation>按任务筛选历史记录</translation>
    </message>
    <message>
        <source>Any outcome</source>
        <translation>任意结果</translation>
    </message>
    <message>
        <source>&amp;Dates:</source>
        <translation>日期(&amp;D)：</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>起始日期</translation>
    </message>
    <message>
        <source>To date, inclusive</source>
        <translation>结束日期（含）</translation>
    </message>
    <message>
        <source>&amp;Filter:</source>
        <translation>筛选(&amp;F)：</translation>
    </message>
    <message>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>打开(&amp;O)</translation>
    </message>
    <message>
        <source>Show this snapshot in the window, without fetching (Enter)</source>
        <translation>在窗口中显示此快照，不重新获取（Enter）</translation>
    </message>
    <message>
        <source>Co&amp;mpare</source>
        <translation>比较(&amp;M)</translation>
    </message>
    <message>
        <source>Select two successful fetches of one job to see what changed</source>
        <translation>选择同一任务的两次成功获取，查看变化内容</translation>
    </message>
    <message>
        <source>&amp;Trend</source>
        <translation>趋势(&amp;T)</translation>
    </message>
    <message>
        <source>Health and last build of the selected job over time</source>
        <translation>所选任务的健康度和最近一次构建随时间的变化</translation>
    </message>
    <message>
        <source>&amp;Retention…</source>
        <translation>保留策略(&amp;R)…</translation>
    </message>
    <message>
        <source>All jobs</source>
        <translation>所有任务</translation>
    </message>
    <message numerus="yes">
        <source>%n entries</source>
        <translation>
            <numerusform>%n 条记录</numerusform>
        </translation>
    </message>
    <message>
        <source>Clear Job History</source>
        <translation>清除任务历史记录</translation>
    </message>
    <message>
        <source>Delete every history entry of %1?</source>
        <translation>要删除 %1 的所有历史记录吗？</translation>
    </message>
    <message>
        <source>Clear History</source>
        <translation>清除历史记录</translation>
    </message>
    <message numerus="yes">
        <source>Delete all %n history entries? Favorites are kept.</source>
        <translation>
            <numerusform>要删除全部 %n 条历史记录吗？收藏将保留。</numerusform>
        </translation>
    </message>
    <message>
        <source>History Retention</source>
        <translation>历史记录保留策略</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>不限</translation>
    </message>
    <message numerus="yes">
        <source> days</source>
        <translation>
            <numerusform> 天</numerusform>
        </translation>
    </message>
    <message>
        <source>Keep at most &amp;entries:</source>
        <translation>最多保留记录数(&amp;E)：</translation>
    </message>
    <message>
        <source>Keep &amp;for:</source>
        <translation>保留时长(&amp;F)：</translation>
    </message>
    <message>
        <source>Older entries are deleted the next time the app starts.</source>
        <translation>更早的记录将在下次启动应用时删除。</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>正在搜索…</translation>
    </message>
    <message>
        <source>The history could not be cleared: the database is busy or damaged. Another window of the app may be using it; try again.</source>
        <translation>无法清除历史记录：数据库正忙或已损坏。可能有另一个应用窗口正在使用它，请重试。</translation>
    </message>
    <message>
        <source>Select two fetches of the same job to compare them.</source>
        <translation>请选择同一任务的两次获取记录进行比较。</translation>
    </message>
    <message>
        <source>These entries are of different jobs; select two fetches of one job.</source>
        <translation>这些记录属于不同的任务；请选择同一任务的两次获取记录。</translation>
    </message>
    <message>
        <source>A failed fetch has no snapshot to compare; select two successful fetches.</source>
        <translation>失败的获取没有可比较的快照；请选择两次成功的获取记录。</translation>
    </message>
    <message>
        <source>Show what changed between the two fetches</source>
        <translation>显示两次获取之间的变化</translation>
    </message>
    <message>
        <source>Filter history by how the fetch went</source>
        <translation>按获取结果筛选历史记录</translation>
    </message>
    <message>
        <source>How the app&apos;s request for the job went, not how the job&apos;s build ended (that is the Last build column)</source>
        <translation>应用获取该任务的请求结果，而不是任务构建的结果（构建结果见“最近构建”列）</translation>
    </message>
    <message>
        <source>F&amp;etch:</source>
        <translation>获取(&amp;E)：</translation>
    </message>
    <message>
        <source>C&amp;lean Up</source>
        <translation>清理(&amp;L)</translation>
    </message>
    <message>
        <source>Clear This &amp;Job&apos;s History…</source>
        <translation>清除此任务的历史记录(&amp;J)…</translation>
    </message>
    <message>
        <source>Clear &amp;All History…</source>
        <translation>清除全部历史记录(&amp;A)…</translation>
    </message>
    <message>
        <source>Job:</source>
        <translation>任务：</translation>
    </message>
</context>
<context>
    <name>HttpExchange</name>
    <message>
        <source>The answer should be small: the endpoint is probably not a Huawei Cloud API.</source>
        <translation>响应本应很小：该终端节点可能不是华为云 API。</translation>
    </message>
    <message>
        <source>The server&apos;s name could not be found (%1).</source>
        <translation>找不到服务器名称（%1）。</translation>
    </message>
    <message>
        <source>Check the endpoint and your internet connection or DNS settings.</source>
        <translation>请检查终端节点以及您的网络连接或 DNS 设置。</translation>
    </message>
    <message>
        <source>The proxy server could not be used.</source>
        <translation>无法使用代理服务器。</translation>
    </message>
    <message>
        <source>Check the proxy settings (https_proxy, no_proxy or the system&apos;s).</source>
        <translation>请检查代理设置（https_proxy、no_proxy 或系统代理设置）。</translation>
    </message>
    <message>
        <source>The secure connection to %1 could not be trusted.</source>
        <translation>与 %1 的安全连接不可信。</translation>
    </message>
    <message>
        <source>If your company inspects HTTPS traffic, add its CA certificate with --ca-file or in the settings. Certificate errors are never ignored.</source>
        <translation>如果您的公司会检查 HTTPS 流量，请通过 --ca-file 或在设置中添加公司的 CA 证书。证书错误永远不会被忽略。</translation>
    </message>
    <message>
        <source>Check your network, or allow more time with --timeout.</source>
        <translation>请检查网络，或使用 --timeout 延长超时时间。</translation>
    </message>
    <message>
        <source>The server&apos;s redirects could not be followed.</source>
        <translation>无法跟随服务器的重定向。</translation>
    </message>
    <message>
        <source>Use the final endpoint URL directly.</source>
        <translation>请直接使用最终的终端节点 URL。</translation>
    </message>
    <message>
        <source>Try again; if it persists, check the endpoint and any proxy in between.</source>
        <translation>请重试；如果问题持续存在，请检查终端节点及中间的代理。</translation>
    </message>
    <message>
        <source>Could not connect to %1.</source>
        <translation>无法连接到 %1。</translation>
    </message>
    <message>
        <source>Check that you are online and that the endpoint is right.</source>
        <translation>请检查网络是否连通以及终端节点是否正确。</translation>
    </message>
    <message>
        <source>The service or network is slow: try again, or allow more time with --timeout.</source>
        <translation>服务或网络较慢：请重试，或使用 --timeout 延长超时时间。</translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>请求已取消。</translation>
    </message>
    <message>
        <source>The server redirected to another site, %1; the request was stopped so your credentials are not sent there.</source>
        <translation>服务器重定向到了其他站点 %1；为避免您的凭据被发送到该站点，请求已停止。</translation>
    </message>
    <message>
        <source>If you trust that site, use it as the endpoint directly.</source>
        <translation>如果您信任该站点，请直接将其用作终端节点。</translation>
    </message>
    <message>
        <source>The proxy server asked for authentication (HTTP 407); the request did not reach %1.</source>
        <translation>代理服务器要求身份验证（HTTP 407）；请求未到达 %1。</translation>
    </message>
    <message>
        <source>Check the user name and password in the proxy settings, or ask your network administrator.</source>
        <translation>请检查代理设置中的用户名和密码，或咨询网络管理员。</translation>
    </message>
    <message>
        <source>The %1 header holds a line break or NUL; nothing was sent.</source>
        <translation>%1 请求头含有换行符或 NUL；未发送任何请求。</translation>
    </message>
    <message>
        <source>Check the credentials for stray characters.</source>
        <translation>请检查凭据中是否有多余的字符。</translation>
    </message>
    <message>
        <source>The server redirected to %1, which is not a web address; the request was stopped.</source>
        <translation>服务器重定向到 %1，这不是网络地址；请求已停止。</translation>
    </message>
    <message>
        <source>The answer could not be decompressed (Content-Encoding: %1).</source>
        <translation>无法解压应答（Content-Encoding: %1）。</translation>
    </message>
    <message>
        <source>The server answered with a redirect that could not be followed.</source>
        <translation>服务器返回了无法跟随的重定向。</translation>
    </message>
    <message>
        <source>The server sent no final answer.</source>
        <translation>服务器没有返回最终应答。</translation>
    </message>
    <message>
        <source>The connection to %1 timed out.</source>
        <translation>连接 %1 超时。</translation>
    </message>
    <message>
        <source>The server at %1 closed the connection before answering fully.</source>
        <translation>%1 处的服务器在完整响应之前关闭了连接。</translation>
    </message>
    <message>
        <source>The answer is too large (%1; the limit is %2).</source>
        <translation>响应过大（%1；上限为 %2）。</translation>
    </message>
    <message numerus="yes">
        <source>No complete answer within %n seconds.</source>
        <translation>
            <numerusform>%n 秒内未收到完整响应。</numerusform>
        </translation>
    </message>
    <message>
        <source>The answer is too large (over %1).</source>
        <translation>响应过大（超过 %1）。</translation>
    </message>
    <message numerus="yes">
        <source>The server kept redirecting (%n redirects followed) without answering.</source>
        <translation>
            <numerusform>服务器不断重定向（已跟随 %n 次），始终没有应答。</numerusform>
        </translation>
    </message>
    <message>
        <source>The proxy server %1 could not be used.</source>
        <translation>无法使用代理服务器 %1。</translation>
    </message>
    <message>
        <source>Could not connect to %1 through the proxy %2.</source>
        <translation>无法通过代理 %2 连接到 %1。</translation>
    </message>
    <message>
        <source>The connection to %1 ended in the middle of the answer.</source>
        <translation>与 %1 的连接在应答中途结束。</translation>
    </message>
    <message numerus="yes">
        <source>The answer stopped: no data for %n seconds.</source>
        <translation>
            <numerusform>响应中断：%n 秒内没有收到数据。</numerusform>
        </translation>
    </message>
    <message>
        <source>it was closed</source>
        <translation>它已被关闭</translation>
    </message>
    <message>
        <source>The answer could not be saved: %1</source>
        <translation>无法保存响应：%1</translation>
    </message>
</context>
<context>
    <name>IamProjectLookup</name>
    <message>
        <source>IAM knows no project named &quot;%1&quot;.</source>
        <translation>IAM 中没有名为“%1”的项目。</translation>
    </message>
    <message>
        <source>Check the region, or give the project ID yourself.</source>
        <translation>请检查区域，或自行给出项目 ID。</translation>
    </message>
    <message>
        <source>IAM did not say which project region %1 has.</source>
        <translation>IAM 未说明区域 %1 对应哪个项目。</translation>
    </message>
    <message>
        <source>Check the access key and secret key, or give the project ID yourself.</source>
        <translation>请检查访问密钥和秘密密钥，或自行给出项目 ID。</translation>
    </message>
</context>
<context>
    <name>IamSignIn</name>
    <message>
        <source>IAM answered without a usable token.</source>
        <translation>IAM 的响应中没有可用的令牌。</translation>
    </message>
    <message>
        <source>Check that the IAM endpoint is right.</source>
        <translation>请检查 IAM 终端节点是否正确。</translation>
    </message>
    <message>
        <source>IAM refused the user name, account or password.</source>
        <translation>IAM 拒绝了用户名、账号或密码。</translation>
    </message>
    <message>
        <source>Check the IAM user name, the account (domain) name and the password.</source>
        <translation>请检查 IAM 用户名、账号名（domain）和密码。</translation>
    </message>
    <message>
        <source>IAM refused to issue a token for this user.</source>
        <translation>IAM 拒绝为此用户签发令牌。</translation>
    </message>
    <message>
        <source>The user may be disabled or need a different sign-in method (for example MFA).</source>
        <translation>该用户可能已被禁用，或需要使用其他登录方式（例如 MFA）。</translation>
    </message>
    <message>
        <source>IAM could not sign you in.</source>
        <translation>IAM 无法为您登录。</translation>
    </message>
    <message>
        <source>Try again in a moment; check the IAM endpoint if it persists.</source>
        <translation>请稍后重试；如果问题持续存在，请检查 IAM 终端节点。</translation>
    </message>
</context>
<context>
    <name>JobAccessibility</name>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>JobAnswer</name>
    <message>
        <source>The token is invalid or has expired.</source>
        <translation>令牌无效或已过期。</translation>
    </message>
    <message>
        <source>Get a new IAM token (tokens last 24 hours) and try again.</source>
        <translation>请获取新的 IAM 令牌（令牌有效期为 24 小时）后重试。</translation>
    </message>
    <message>
        <source>You have no permission to view this job.</source>
        <translation>您没有查看此任务的权限。</translation>
    </message>
    <message>
        <source>Ask the job&apos;s owner or a project manager to grant you access, or check that the token belongs to the right project.</source>
        <translation>请联系任务所有者或项目经理为您授权，或检查令牌是否属于正确的项目。</translation>
    </message>
    <message>
        <source>No job with this ID was found.</source>
        <translation>未找到此 ID 对应的任务。</translation>
    </message>
    <message>
        <source>Check the job ID and that the endpoint is in the job&apos;s region.</source>
        <translation>请检查任务 ID，并确认终端节点位于任务所在的区域。</translation>
    </message>
    <message>
        <source>Too many requests: the service is rate limiting you.</source>
        <translation>请求过多：服务正在对您进行限流。</translation>
    </message>
    <message>
        <source>The CodeArts Build service had a problem answering.</source>
        <translation>CodeArts Build 服务响应时出现问题。</translation>
    </message>
    <message>
        <source>This is usually temporary: try again in a moment.</source>
        <translation>这通常是暂时的：请稍后重试。</translation>
    </message>
    <message>
        <source>The service refused the request.</source>
        <translation>服务拒绝了请求。</translation>
    </message>
    <message>
        <source>Check the job ID and the endpoint.</source>
        <translation>请检查任务 ID 和终端节点。</translation>
    </message>
    <message>
        <source>the answer was a web page, likely from a proxy or gateway</source>
        <translation>响应是一个网页，可能来自代理或网关</translation>
    </message>
    <message>
        <source>The server answered with a web page instead of job data.</source>
        <translation>服务器返回了网页，而不是任务数据。</translation>
    </message>
    <message>
        <source>A proxy or gateway may be in the way: check the endpoint URL and your proxy settings.</source>
        <translation>中间可能存在代理或网关：请检查终端节点 URL 和您的代理设置。</translation>
    </message>
    <message>
        <source>The server sent an empty answer.</source>
        <translation>服务器返回了空响应。</translation>
    </message>
    <message>
        <source>Try again; if it persists, check the endpoint.</source>
        <translation>请重试；如果问题持续存在，请检查终端节点。</translation>
    </message>
    <message>
        <source>The answer was not valid JSON (it may have been cut off).</source>
        <translation>响应不是有效的 JSON（可能已被截断）。</translation>
    </message>
    <message>
        <source>Try again; if it persists, check the endpoint and any proxy in between.</source>
        <translation>请重试；如果问题持续存在，请检查终端节点及中间的代理。</translation>
    </message>
    <message>
        <source>The answer was JSON but not a job object.</source>
        <translation>响应是 JSON，但不是任务对象。</translation>
    </message>
    <message>
        <source>Check that the endpoint is a CodeArts Build endpoint.</source>
        <translation>请确认终端节点是 CodeArts Build 的终端节点。</translation>
    </message>
    <message>
        <source>The service could not return this job.</source>
        <translation>服务无法返回此任务。</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>未给出原因</translation>
    </message>
    <message>
        <source>The answer has no job data in it.</source>
        <translation>响应中没有任务数据。</translation>
    </message>
    <message numerus="yes">
        <source>Wait %n seconds and try again.</source>
        <translation>
            <numerusform>请等待 %n 秒后重试。</numerusform>
        </translation>
    </message>
    <message>
        <source>The service asked for a wait of %1 seconds; wait an hour at most and try again.</source>
        <translation>服务要求等待 %1 秒；最多等待一小时后重试。</translation>
    </message>
    <message>
        <source>Wait a minute and try again.</source>
        <translation>请等待一分钟后重试。</translation>
    </message>
    <message>
        <source>Read the service&apos;s message in the parentheses; try again later if it looks temporary.</source>
        <translation>请阅读括号中服务返回的消息；如果看起来是暂时性问题，请稍后重试。</translation>
    </message>
</context>
<context>
    <name>JobBuildsTab</name>
    <message>
        <source>The build records of the job shown will appear here.</source>
        <translation>当前任务的构建记录将显示在这里。</translation>
    </message>
    <message>
        <source>&amp;Builds</source>
        <translation>构建(&amp;B)</translation>
    </message>
</context>
<context>
    <name>JobClient</name>
    <message>
        <source>&quot;%1&quot; is not a job ID.</source>
        <translation>“%1”不是任务 ID。</translation>
    </message>
    <message>
        <source>No credentials were given.</source>
        <translation>未提供凭据。</translation>
    </message>
    <message>
        <source>Enter an IAM token, or pass one with --token-stdin.</source>
        <translation>请输入 IAM 令牌，或使用 --token-stdin 传入。</translation>
    </message>
</context>
<context>
    <name>JobFetch</name>
    <message>
        <source>The server answered with another job (%1) than the one asked for (%2).</source>
        <translation>服务器返回的是另一个任务（%1），而不是所请求的任务（%2）。</translation>
    </message>
    <message>
        <source>The server may have redirected the request. Check the job ID, or ask the endpoint&apos;s administrator.</source>
        <translation>服务器可能重定向了请求。请检查任务 ID，或咨询终端节点的管理员。</translation>
    </message>
</context>
<context>
    <name>JobFetcher</name>
    <message>
        <source>No CA certificate could be read from %1.</source>
        <translation>无法从 %1 读取 CA 证书。</translation>
    </message>
    <message>
        <source>Check that the file exists and holds PEM or DER certificates, or remove the %1 setting.</source>
        <translation>请检查该文件是否存在且包含 PEM 或 DER 证书，或删除 %1 设置。</translation>
    </message>
</context>
<context>
    <name>JobFormView</name>
    <message>
        <source>Job details</source>
        <translation>任务详情</translation>
    </message>
    <message>
        <source>No job shown</source>
        <translation>未显示任务</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>标识</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>名称：</translation>
    </message>
    <message>
        <source>The job&apos;s name (API field job_name)</source>
        <translation>任务名称（API 字段 job_name）</translation>
    </message>
    <message>
        <source>Job name</source>
        <translation>任务名称</translation>
    </message>
    <message>
        <source>Job ID:</source>
        <translation>任务 ID：</translation>
    </message>
    <message>
        <source>The build job&apos;s ID, as at the end of its page URL (API field id)</source>
        <translation>构建任务的 ID，即其页面 URL 末尾的部分（API 字段 id）</translation>
    </message>
    <message>
        <source>Job ID</source>
        <translation>任务 ID</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>代码源：</translation>
    </message>
    <message>
        <source>Where the job&apos;s code comes from (API field source_code)</source>
        <translation>任务代码的来源（API 字段 source_code）</translation>
    </message>
    <message>
        <source>Source code</source>
        <translation>代码源</translation>
    </message>
    <message>
        <source>Times</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Created:</source>
        <translation>创建时间：</translation>
    </message>
    <message>
        <source>When the job was created, in your time zone (API field create_time)</source>
        <translation>任务的创建时间，以您所在时区显示（API 字段 create_time）</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <source>Last build:</source>
        <translation>最近一次构建：</translation>
    </message>
    <message>
        <source>When the last build ran, in your time zone (API field last_build_time)</source>
        <translation>最近一次构建的运行时间，以您所在时区显示（API 字段 last_build_time）</translation>
    </message>
    <message>
        <source>Last build time</source>
        <translation>最近一次构建时间</translation>
    </message>
    <message>
        <source>Build time:</source>
        <translation>构建时长：</translation>
    </message>
    <message>
        <source>How long the last build took (API field build_time)</source>
        <translation>最近一次构建所用的时长（API 字段 build_time）</translation>
    </message>
    <message>
        <source>Build time</source>
        <translation>构建时长</translation>
    </message>
    <message>
        <source>Charge time:</source>
        <translation>计费时长：</translation>
    </message>
    <message>
        <source>Build time billed for the last build (API field charge_time)</source>
        <translation>最近一次构建计费的构建时长（API 字段 charge_time）</translation>
    </message>
    <message>
        <source>Charge time</source>
        <translation>计费时长</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Disabled:</source>
        <translation>已禁用：</translation>
    </message>
    <message>
        <source>Whether the job is disabled and cannot run (API field disabled)</source>
        <translation>任务是否已被禁用而无法运行（API 字段 disabled）</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>已禁用</translation>
    </message>
    <message>
        <source>Favorite:</source>
        <translation>收藏：</translation>
    </message>
    <message>
        <source>Whether you marked the job as a favorite (API field favorite)</source>
        <translation>您是否已将任务标记为收藏（API 字段 favorite）</translation>
    </message>
    <message>
        <source>Favorite</source>
        <translation>收藏</translation>
    </message>
    <message>
        <source>New build:</source>
        <translation>新版构建：</translation>
    </message>
    <message>
        <source>Whether the job was made with the new version of CodeArts Build (API field new_build)</source>
        <translation>任务是否使用新版 CodeArts Build 创建（API 字段 new_build）</translation>
    </message>
    <message>
        <source>New build</source>
        <translation>新版构建</translation>
    </message>
    <message>
        <source>Project permissions:</source>
        <translation>项目权限：</translation>
    </message>
    <message>
        <source>Whether the project&apos;s permission settings apply to this job (API field project_permission_switch)</source>
        <translation>项目的权限设置是否适用于此任务（API 字段 project_permission_switch）</translation>
    </message>
    <message>
        <source>Project permissions</source>
        <translation>项目权限</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Running status:</source>
        <translation>运行状态：</translation>
    </message>
    <message>
        <source>What the job is doing now, as the service words it (API field running_status)</source>
        <translation>任务当前的运行情况，按服务返回的原文显示（API 字段 running_status）</translation>
    </message>
    <message>
        <source>Running status</source>
        <translation>运行状态</translation>
    </message>
    <message>
        <source>How the last build ended, and when (API field last_build_status)</source>
        <translation>最近一次构建的结果及结束时间（API 字段 last_build_status）</translation>
    </message>
    <message>
        <source>Time since the last build</source>
        <translation>距最近一次构建的时间</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>健康度</translation>
    </message>
    <message>
        <source>Score:</source>
        <translation>分数：</translation>
    </message>
    <message>
        <source>The service&apos;s health score for the job, 0 to 100 (API field health_score)</source>
        <translation>服务给出的任务健康度，范围 0 到 100（API 字段 health_score）</translation>
    </message>
    <message>
        <source>Rating:</source>
        <translation>评级：</translation>
    </message>
    <message>
        <source>Below 60 is poor, 60 to 79 fair, 80 and above good (API field health_score)</source>
        <translation>低于 60 为差，60 到 79 为中，80 及以上为良好（API 字段 health_score）</translation>
    </message>
    <message>
        <source>Health rating</source>
        <translation>健康度评级</translation>
    </message>
    <message>
        <source>Your permissions</source>
        <translation>您的权限</translation>
    </message>
    <message>
        <source>Other fields</source>
        <translation>其他字段</translation>
    </message>
    <message>
        <source>Fields the service sent that this version of the app does not know, shown as received</source>
        <translation>服务返回的、此版本应用无法识别的字段，按收到的原样显示</translation>
    </message>
    <message>
        <source>Not provided by the service</source>
        <translation>服务未提供</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Good (80 and above)</source>
        <translation>良好（80 及以上）</translation>
    </message>
    <message>
        <source>Fair (60 to 79)</source>
        <translation>中（60 到 79）</translation>
    </message>
    <message>
        <source>Poor (below 60)</source>
        <translation>差（低于 60）</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1：</translation>
    </message>
    <message>
        <source>Last build status as sent by the service: %1</source>
        <translation>服务返回的最近一次构建状态：%1</translation>
    </message>
    <message>
        <source>As sent by the service: %1</source>
        <translation>服务返回的原文：%1</translation>
    </message>
    <message>
        <source>%1 (in CodeArts)</source>
        <translation>%1（CodeArts 中）</translation>
    </message>
    <message>
        <source>Starred here</source>
        <translation>已在此处收藏</translation>
    </message>
    <message>
        <source>%1 · starred here</source>
        <translation>%1 · 已在此处收藏</translation>
    </message>
    <message>
        <source>In CodeArts: the job&apos;s favorite flag in the service. Starred here: in this app&apos;s Favorites panel (Ctrl+D).</source>
        <translation>CodeArts 中：服务中任务的收藏标记。在此处收藏：位于本应用的收藏面板中（Ctrl+D）。</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>刚刚</translation>
    </message>
    <message>
        <source>in 1 minute</source>
        <translation>1 分钟后</translation>
    </message>
    <message>
        <source>in %1 minutes</source>
        <translation>%1 分钟后</translation>
    </message>
    <message>
        <source>1 minute ago</source>
        <translation>1 分钟前</translation>
    </message>
    <message>
        <source>%1 minutes ago</source>
        <translation>%1 分钟前</translation>
    </message>
    <message>
        <source>in 1 hour</source>
        <translation>1 小时后</translation>
    </message>
    <message>
        <source>in %1 hours</source>
        <translation>%1 小时后</translation>
    </message>
    <message>
        <source>1 hour ago</source>
        <translation>1 小时前</translation>
    </message>
    <message>
        <source>%1 hours ago</source>
        <translation>%1 小时前</translation>
    </message>
    <message>
        <source>in 1 day</source>
        <translation>1 天后</translation>
    </message>
    <message>
        <source>in %1 days</source>
        <translation>%1 天后</translation>
    </message>
    <message>
        <source>1 day ago</source>
        <translation>1 天前</translation>
    </message>
    <message>
        <source>%1 days ago</source>
        <translation>%1 天前</translation>
    </message>
    <message>
        <source>in 1 month</source>
        <translation>1 个月后</translation>
    </message>
    <message>
        <source>in %1 months</source>
        <translation>%1 个月后</translation>
    </message>
    <message>
        <source>1 month ago</source>
        <translation>1 个月前</translation>
    </message>
    <message>
        <source>%1 months ago</source>
        <translation>%1 个月前</translation>
    </message>
    <message>
        <source>in 1 year</source>
        <translation>1 年后</translation>
    </message>
    <message>
        <source>in %1 years</source>
        <translation>%1 年后</translation>
    </message>
    <message>
        <source>1 year ago</source>
        <translation>1 年前</translation>
    </message>
    <message>
        <source>%1 years ago</source>
        <translation>%1 年前</translation>
    </message>
    <message>
        <source>Type a job ID or paste the job&apos;s page URL into the Job ID field above, then press Enter.</source>
        <translation>在上方的“任务 ID”字段中输入任务 ID 或粘贴任务页面 URL，然后按 Enter。</translation>
    </message>
    <message>
        <source>Fetching the job…</source>
        <translation>正在获取任务…</translation>
    </message>
    <message>
        <source>No account at hand? Choose “Demo sandbox” in the Profile list and pick one of the demo jobs.</source>
        <translation>手头没有账号？请在“配置”列表中选择“演示沙箱”，然后选择一个演示任务。</translation>
    </message>
    <message>
        <source>Disabled: the job cannot run</source>
        <translation>已禁用：该任务无法运行</translation>
    </message>
    <message>
        <source>%1 · disabled: the job cannot run</source>
        <translation>%1 · 已禁用：该任务无法运行</translation>
    </message>
    <message numerus="yes">
        <source>Show all %n fields…</source>
        <translation>
            <numerusform>显示全部 %n 个字段…</numerusform>
        </translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Value as received</source>
        <translation>收到的值</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>复制(&amp;C)</translation>
    </message>
    <message>
        <source>Copy &amp;Selection</source>
        <translation>复制所选内容(&amp;S)</translation>
    </message>
    <message>
        <source>Unfollow</source>
        <translation>取消关注</translation>
    </message>
    <message>
        <source>Follow in CodeArts</source>
        <translation>在 CodeArts 中关注</translation>
    </message>
    <message>
        <source>Remove the job from your favorites in CodeArts</source>
        <translation>从 CodeArts 的收藏中移除此任务</translation>
    </message>
    <message>
        <source>Add the job to your favorites in CodeArts, to get its notifications there</source>
        <translation>将此任务加入 CodeArts 收藏，以便在那里收到它的通知</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>运行中</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>排队中</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>等待中</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>已停止</translation>
    </message>
    <message>
        <source>Build project:</source>
        <translation>构建工程：</translation>
    </message>
    <message>
        <source>The job&apos;s own build project (API field project_id), not the CodeArts project it belongs to</source>
        <translation>任务自身的构建工程（API 字段 project_id），不是它所属的 CodeArts 项目</translation>
    </message>
    <message>
        <source>Build project</source>
        <translation>构建工程</translation>
    </message>
    <message>
        <source>CodeArts project:</source>
        <translation>CodeArts 项目：</translation>
    </message>
    <message>
        <source>The CodeArts project the job belongs to, by its name; its ID is in the value&apos;s tooltip</source>
        <translation>任务所属的 CodeArts 项目的名称；项目 ID 见该值的提示</translation>
    </message>
    <message>
        <source>CodeArts project</source>
        <translation>CodeArts 项目</translation>
    </message>
    <message>
        <source>CodeArts project ID: %1</source>
        <translation>CodeArts 项目 ID：%1</translation>
    </message>
    <message>
        <source>The job&apos;s own answer does not say which CodeArts project it belongs to. It becomes known when the job is listed in Find Jobs (Ctrl+K) or when one of its builds is opened on the Builds tab.</source>
        <translation>任务本身的应答不包含它所属的 CodeArts 项目。当该任务出现在“查找任务”（Ctrl+K）的结果中，或在“构建”标签页中打开它的某次构建后，即可得知。</translation>
    </message>
    <message>
        <source>CodeArts project ID: %1. Its name is not known yet: the project list in Find Jobs (Ctrl+K) brings it.</source>
        <translation>CodeArts 项目 ID：%1。其名称尚未得知：“查找任务”（Ctrl+K）中的项目列表会带来它。</translation>
    </message>
    <message>
        <source>Why it failed:</source>
        <translation>失败原因：</translation>
    </message>
    <message>
        <source>Show Log</source>
        <translation>查看日志</translation>
    </message>
    <message>
        <source>Open this build&apos;s log at the line that explains the failure.</source>
        <translation>打开此次构建的日志，并定位到说明失败原因的那一行。</translation>
    </message>
    <message>
        <source>Show the log of build %1</source>
        <translation>查看构建 %1 的日志</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>JobId</name>
    <message>
        <source>A job ID is 32 letters and digits, as at the end of the job&apos;s page URL (for example f5af662119404ad187437cd272b5099b). You can also paste the whole URL.</source>
        <translation>任务 ID 由 32 位字母和数字组成，即任务页面 URL 末尾的部分（例如 f5af662119404ad187437cd272b5099b）。也可以粘贴完整的 URL。</translation>
    </message>
    <message>
        <source>The job&apos;s URL is from region %1, but the request goes to %2.</source>
        <translation>任务的 URL 属于区域 %1，但请求将发往 %2。</translation>
    </message>
</context>
<context>
    <name>JobList</name>
    <message>
        <source>Success</source>
        <translation>成功</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>运行中</translation>
    </message>
    <message>
        <source>Aborted</source>
        <translation>已中止</translation>
    </message>
    <message>
        <source>Timed out</source>
        <translation>已超时</translation>
    </message>
    <message>
        <source>Never built</source>
        <translation>从未构建</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>The answer has no list in it.</source>
        <translation>应答中没有列表。</translation>
    </message>
    <message>
        <source>Check that the endpoint is a CodeArts Build endpoint.</source>
        <translation>请确认终端节点是 CodeArts Build 的终端节点。</translation>
    </message>
</context>
<context>
    <name>JobListCache</name>
    <message>
        <source>The folder for &quot;%1&quot; could not be created.</source>
        <translation>无法创建“%1”所在的文件夹。</translation>
    </message>
</context>
<context>
    <name>JobPage</name>
    <message>
        <source>Job &amp;ID:</source>
        <translation>任务 ID(&amp;I)：</translation>
    </message>
    <message>
        <source>Job ID, job page URL or job name</source>
        <translation>任务 ID、任务页面 URL 或任务名称</translation>
    </message>
    <message>
        <source>The 32-character job ID, or the address of the job&apos;s page copied from the browser. Press Enter to fetch. Part of a job&apos;s name searches for it in the sidebar.</source>
        <translation>32 位任务 ID，或从浏览器复制的任务页面地址。按 Enter 获取。输入任务名称的一部分会在侧栏中搜索。</translation>
    </message>
    <message>
        <source>Job ID or job page URL</source>
        <translation>任务 ID 或任务页面 URL</translation>
    </message>
    <message>
        <source>&amp;Demo jobs</source>
        <translation>演示任务(&amp;D)</translation>
    </message>
    <message>
        <source>Sample jobs served by the demo sandbox, including ones that fail in typical ways</source>
        <translation>由演示沙箱提供的示例任务，包括以典型方式失败的任务</translation>
    </message>
    <message>
        <source>Demo jobs</source>
        <translation>演示任务</translation>
    </message>
    <message>
        <source>Fetch</source>
        <translation>获取</translation>
    </message>
    <message>
        <source>Fetch the job&apos;s current state (Enter or F5)</source>
        <translation>获取任务的当前状态（Enter 或 F5）</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Stop the request in progress (Esc)</source>
        <translation>停止正在进行的请求（Esc）</translation>
    </message>
    <message>
        <source>Cancel fetch</source>
        <translation>取消获取</translation>
    </message>
    <message>
        <source>End&amp;point:</source>
        <translation>终端节点(&amp;P)：</translation>
    </message>
    <message>
        <source>Where to fetch from: the built-in demo sandbox, a Huawei Cloud region, or a custom base URL</source>
        <translation>获取来源：内置演示沙箱、华为云区域或自定义基础 URL</translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation>终端节点</translation>
    </message>
    <message>
        <source>https://cloudbuild-ext.example.com</source>
        <translation>https://cloudbuild-ext.example.com</translation>
    </message>
    <message>
        <source>Base URL of a CodeArts Build endpoint. Must be https:// (plain http:// only to this computer).</source>
        <translation>CodeArts Build 终端节点的基础 URL。必须为 https://（仅本机可使用明文 http://）。</translation>
    </message>
    <message>
        <source>Custom endpoint URL</source>
        <translation>自定义终端节点 URL</translation>
    </message>
    <message>
        <source>&amp;Token:</source>
        <translation>令牌(&amp;T)：</translation>
    </message>
    <message>
        <source>IAM token (X-Auth-Token)</source>
        <translation>IAM 令牌（X-Auth-Token）</translation>
    </message>
    <message>
        <source>Your IAM token. It is kept in memory only and never saved.</source>
        <translation>您的 IAM 令牌。仅保存在内存中，永不保存到磁盘。</translation>
    </message>
    <message>
        <source>IAM token</source>
        <translation>IAM 令牌</translation>
    </message>
    <message>
        <source>Kept in memory only, never saved</source>
        <translation>仅保存在内存中，永不保存到磁盘</translation>
    </message>
    <message>
        <source>The demo sandbox runs on this computer: no account or token needed.</source>
        <translation>演示沙箱在本机运行：无需账号或令牌。</translation>
    </message>
    <message>
        <source>Fetching</source>
        <translation>正在获取</translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation>概览(&amp;O)</translation>
    </message>
    <message>
        <source>Choose that region in the Endpoint list, or a profile for it.</source>
        <translation>请在“终端节点”列表中选择该区域，或选择该区域的配置。</translation>
    </message>
    <message>
        <source>Enter a job ID first.</source>
        <translation>请先输入任务 ID。</translation>
    </message>
    <message>
        <source>“%1” is not a job ID or job page URL.</source>
        <translation>“%1”不是任务 ID 或任务页面 URL。</translation>
    </message>
    <message>
        <source>Fetching %1 from %2 as %3…</source>
        <translation>正在以 %3 的身份从 %2 获取 %1…</translation>
    </message>
    <message>
        <source>Fetching %1 from %2…</source>
        <translation>正在从 %2 获取 %1…</translation>
    </message>
    <message>
        <source>Fetched %1 in %2 ms from %3</source>
        <translation>已从 %3 获取 %1，耗时 %2 毫秒</translation>
    </message>
    <message>
        <source>%1 (from history)</source>
        <translation>%1（来自历史记录）</translation>
    </message>
    <message>
        <source>Press Enter in the Job ID field or F5 to fetch again.</source>
        <translation>在任务 ID 字段中按 Enter 或按 F5 可重新获取。</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>失败：%1</translation>
    </message>
</context>
<context>
    <name>JobSearchPanel</name>
    <message>
        <source>never built</source>
        <translation>从未构建</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>刚刚</translation>
    </message>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation>
            <numerusform>%n 分钟前</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h ago</source>
        <translation>
            <numerusform>%n 小时前</numerusform>
        </translation>
    </message>
    <message>
        <source>health %1</source>
        <translation>健康度 %1</translation>
    </message>
    <message>
        <source>no health score</source>
        <translation>无健康度</translation>
    </message>
    <message>
        <source>Search jobs by name (Ctrl+K)</source>
        <translation>按名称搜索任务（Ctrl+K）</translation>
    </message>
    <message>
        <source>All projects</source>
        <translation>所有项目</translation>
    </message>
    <message>
        <source>Only the jobs of this project</source>
        <translation>只显示此项目的任务</translation>
    </message>
    <message>
        <source>Any last build</source>
        <translation>任意构建结果</translation>
    </message>
    <message>
        <source>Only jobs whose last build ended so</source>
        <translation>只显示最近一次构建为此结果的任务</translation>
    </message>
    <message>
        <source>Choose an endpoint or profile to search its jobs.</source>
        <translation>请选择一个端点或配置以搜索其任务。</translation>
    </message>
    <message>
        <source>Results from %1; refreshing…</source>
        <translation>%1 的结果；正在刷新…</translation>
    </message>
    <message>
        <source>Could not refresh (%1); showing results from %2.</source>
        <translation>无法刷新（%1）；显示 %2 的结果。</translation>
    </message>
    <message>
        <source>No jobs match.</source>
        <translation>没有匹配的任务。</translation>
    </message>
    <message numerus="yes">
        <source>%n days ago</source>
        <translation>
            <numerusform>%n 天前</numerusform>
        </translation>
    </message>
    <message>
        <source>last build %1</source>
        <translation>最近构建 %1</translation>
    </message>
    <message>
        <source>project %1</source>
        <translation>项目 %1</translation>
    </message>
    <message>
        <source>starred</source>
        <translation>已收藏</translation>
    </message>
    <message>
        <source>not starred</source>
        <translation>未收藏</translation>
    </message>
    <message>
        <source>, </source>
        <translation>，</translation>
    </message>
    <message>
        <source>Job ID: %1</source>
        <translation>任务 ID：%1</translation>
    </message>
    <message>
        <source>Search jobs by name</source>
        <translation>按名称搜索任务</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Last build</source>
        <translation>最近构建</translation>
    </message>
    <message>
        <source>Add the selected job to the favorites, or remove it (Ctrl+D in the results)</source>
        <translation>将所选任务加入收藏或从收藏中移除（在结果中按 Ctrl+D）</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>搜索结果</translation>
    </message>
    <message>
        <source>Remove from Favorites</source>
        <translation>从收藏中移除</translation>
    </message>
    <message>
        <source>Add to Favorites</source>
        <translation>加入收藏</translation>
    </message>
</context>
<context>
    <name>KeyboardAccess</name>
    <message>
        <source>More actions</source>
        <translation>更多操作</translation>
    </message>
    <message>
        <source>Clear text</source>
        <translation>清除文本</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>系统默认</translation>
    </message>
</context>
<context>
    <name>ListPager</name>
    <message>
        <source>You have no permission to list these.</source>
        <translation>您没有权限列出这些内容。</translation>
    </message>
    <message>
        <source>Check that the token belongs to the right project and account.</source>
        <translation>请检查令牌是否属于正确的项目和账号。</translation>
    </message>
    <message>
        <source>No project with this ID was found.</source>
        <translation>未找到此 ID 的项目。</translation>
    </message>
    <message>
        <source>The service does not offer this list here.</source>
        <translation>该服务在此处不提供此列表。</translation>
    </message>
    <message>
        <source>Check the endpoint and that it is in the right region.</source>
        <translation>请检查端点及其所在区域是否正确。</translation>
    </message>
    <message>
        <source>The service could not return the list.</source>
        <translation>服务无法返回列表。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a project ID.</source>
        <translation>“%1”不是项目 ID。</translation>
    </message>
    <message>
        <source>A CodeArts project ID has 32 letters and digits.</source>
        <translation>CodeArts 项目 ID 由 32 个字母和数字组成。</translation>
    </message>
    <message>
        <source>No credentials were given.</source>
        <translation>未提供凭据。</translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>请求已取消。</translation>
    </message>
    <message>
        <source>Throttled; asking for page %1 again in %2 ms.</source>
        <translation>请求被限流；%2 毫秒后重新请求第 %1 页。</translation>
    </message>
    <message>
        <source>Page %1 held %2 items; only the %3 asked for are used.</source>
        <translation>第 %1 页包含 %2 项；只使用所请求的 %3 项。</translation>
    </message>
    <message>
        <source>The service sent more items per page than asked for; the extra items were ignored.</source>
        <translation>服务每页返回的项数多于请求的数量；多出的项已忽略。</translation>
    </message>
    <message>
        <source>The service sent page %1 with nothing new while it says the list holds %2 items; the list may be incomplete.</source>
        <translation>服务返回的第 %1 页没有任何新项，而它声称列表共有 %2 项；列表可能不完整。</translation>
    </message>
    <message>
        <source>Stopped after %1 pages (%2 items); the list may be incomplete.</source>
        <translation>已在 %1 页（%2 项）后停止；列表可能不完整。</translation>
    </message>
</context>
<context>
    <name>LogView</name>
    <message>
        <source>&amp;Copy</source>
        <translation>复制(&amp;C)</translation>
    </message>
    <message>
        <source>Copy &amp;All</source>
        <translation>全部复制(&amp;A)</translation>
    </message>
    <message>
        <source>Select A&amp;ll</source>
        <translation>全选(&amp;L)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>CodeArts Inspector</source>
        <translation>CodeArts Inspector</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Job</source>
        <translation>任务(&amp;J)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <source>Copy as &amp;JSON</source>
        <translation>复制为 JSON(&amp;J)</translation>
    </message>
    <message>
        <source>Copy the job shown, normalised, as JSON</source>
        <translation>将当前显示的任务规范化后复制为 JSON</translation>
    </message>
    <message>
        <source>Ctrl+Shift+C</source>
        <translation>Ctrl+Shift+C</translation>
    </message>
    <message>
        <source>Go to Job &amp;ID</source>
        <translation>转到任务 ID(&amp;I)</translation>
    </message>
    <message>
        <source>Move to the Job ID field to enter another job</source>
        <translation>转到任务 ID 字段以输入其他任务</translation>
    </message>
    <message>
        <source>Ctrl+L</source>
        <translation>Ctrl+L</translation>
    </message>
    <message>
        <source>&amp;Fetch</source>
        <translation>获取(&amp;F)</translation>
    </message>
    <message>
        <source>F5</source>
        <translation>F5</translation>
    </message>
    <message>
        <source>&amp;Cancel Fetch</source>
        <translation>取消获取(&amp;C)</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>&amp;About CodeArts Inspector</source>
        <translation>关于 CodeArts Inspector(&amp;A)</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>关于 Qt(&amp;Q)</translation>
    </message>
    <message>
        <source>About CodeArts Inspector</source>
        <translation>关于 CodeArts Inspector</translation>
    </message>
    <message>
        <source>The keychain is unavailable: secrets are kept in memory for this session only.</source>
        <translation>系统密钥环不可用：密钥信息仅在本次会话中保存在内存里。</translation>
    </message>
    <message>
        <source>&lt;h3&gt;CodeArts Inspector %1&lt;/h3&gt;&lt;p&gt;Shows the state of one Huawei Cloud CodeArts Build job: its status, health and what you may do with it.&lt;/p&gt;&lt;p&gt;A token typed into the window is kept in memory only. Profile secrets are stored only in your system keychain, never in files.&lt;/p&gt;&lt;p&gt;Built with Qt %2.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;CodeArts Inspector %1&lt;/h3&gt;&lt;p&gt;显示单个华为云 CodeArts Build 构建任务的情况：状态、健康度以及您可以对其执行的操作。&lt;/p&gt;&lt;p&gt;在窗口中输入的令牌仅保存在内存中。配置档的密钥信息仅保存在系统密钥环中，绝不会写入文件。&lt;/p&gt;&lt;p&gt;基于 Qt %2 构建。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Find Jobs…</source>
        <translation>查找任务…</translation>
    </message>
    <message>
        <source>&amp;Builds…</source>
        <translation>构建(&amp;B)…</translation>
    </message>
    <message>
        <source>Copied %1 as JSON</source>
        <translation>已将 %1 复制为 JSON</translation>
    </message>
    <message>
        <source>Hi&amp;story</source>
        <translation>历史记录(&amp;S)</translation>
    </message>
    <message>
        <source>Following the job in CodeArts.</source>
        <translation>已在 CodeArts 中关注此任务。</translation>
    </message>
    <message>
        <source>No longer following the job in CodeArts.</source>
        <translation>已不再在 CodeArts 中关注此任务。</translation>
    </message>
    <message>
        <source>The keychain answers again: secrets saved from now on are kept in it.</source>
        <translation>系统密钥环已恢复响应：今后保存的密钥信息将保存在其中。</translation>
    </message>
    <message>
        <source>Find jobs by name in the sidebar; again to go back to the favorites (Ctrl+K)</source>
        <translation>在侧边栏中按名称查找任务；再按一次返回收藏（Ctrl+K）</translation>
    </message>
    <message>
        <source>Ready to fetch %1: press Enter or F5.</source>
        <translation>可以获取 %1：按 Enter 或 F5。</translation>
    </message>
</context>
<context>
    <name>NetworkSettingsDialog</name>
    <message>
        <source>Use the s&amp;ystem&apos;s proxy settings</source>
        <translation>使用系统代理设置(&amp;Y)</translation>
    </message>
    <message>
        <source>Use this pro&amp;xy:</source>
        <translation>使用此代理(&amp;X)：</translation>
    </message>
    <message>
        <source>Network Settings</source>
        <translation>网络设置</translation>
    </message>
    <message>
        <source>Timeout</source>
        <translation>超时</translation>
    </message>
    <message numerus="yes">
        <source> seconds</source>
        <translation>
            <numerusform> 秒</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Timeout:</source>
        <translation>超时(&amp;T)：</translation>
    </message>
    <message>
        <source>CA file</source>
        <translation>CA 文件</translation>
    </message>
    <message>
        <source>None: the system&apos;s certificates only</source>
        <translation>无：仅使用系统证书</translation>
    </message>
    <message>
        <source>Extra trusted CA certificates (PEM or DER), for a company proxy that inspects HTTPS. Certificate errors are never ignored.</source>
        <translation>额外信任的 CA 证书（PEM 或 DER），用于检查 HTTPS 流量的公司代理。证书错误从不忽略。</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <source>CA Certificates</source>
        <translation>CA 证书</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer *.der);;All files (*)</source>
        <translation>证书 (*.pem *.crt *.cer *.der);;所有文件 (*)</translation>
    </message>
    <message>
        <source>&amp;CA file:</source>
        <translation>CA 文件(&amp;C)：</translation>
    </message>
    <message>
        <source>Proxy URL</source>
        <translation>代理 URL</translation>
    </message>
    <message>
        <source>Proxy:</source>
        <translation>代理：</translation>
    </message>
    <message>
        <source>Default profile</source>
        <translation>默认配置档</translation>
    </message>
    <message>
        <source>The profile the command line uses when none is named</source>
        <translation>命令行未指定配置档时使用的配置档</translation>
    </message>
    <message>
        <source>&amp;Default profile:</source>
        <translation>默认配置档(&amp;D)：</translation>
    </message>
    <message>
        <source>No saved profiles</source>
        <translation>没有已保存的配置档</translation>
    </message>
    <message>
        <source>The CA file %1 cannot be read.</source>
        <translation>无法读取 CA 文件 %1。</translation>
    </message>
    <message>
        <source>Type the proxy as http://host:port.</source>
        <translation>请按 http://主机:端口 的格式输入代理。</translation>
    </message>
    <message>
        <source>The proxy URL may not hold a user name or password: settings are not a place for secrets.</source>
        <translation>代理 URL 不能包含用户名或密码：设置中不保存机密信息。</translation>
    </message>
</context>
<context>
    <name>Permissions</name>
    <message>
        <source>Not given by the service</source>
        <translation>服务未提供</translation>
    </message>
    <message>
        <source>Allowed</source>
        <translation>允许</translation>
    </message>
    <message>
        <source>Denied</source>
        <translation>拒绝</translation>
    </message>
    <message>
        <source>View</source>
        <translation>查看</translation>
    </message>
    <message>
        <source>Whether you may see this job and its builds</source>
        <translation>你是否可以查看此任务及其构建</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>执行</translation>
    </message>
    <message>
        <source>Whether you may run this job and stop its builds</source>
        <translation>你是否可以执行此任务并停止其构建</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>编辑</translation>
    </message>
    <message>
        <source>Whether you may change this job&apos;s configuration</source>
        <translation>你是否可以修改此任务的配置</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <source>Whether you may make a copy of this job</source>
        <translation>你是否可以复制此任务</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Whether you may delete this job</source>
        <translation>你是否可以删除此任务</translation>
    </message>
    <message>
        <source>Disable</source>
        <translation>禁用</translation>
    </message>
    <message>
        <source>Whether you may disable this job so that it cannot run, and enable it again</source>
        <translation>你是否可以禁用此任务使其无法执行，并再次启用它</translation>
    </message>
    <message>
        <source>Manage</source>
        <translation>管理</translation>
    </message>
    <message>
        <source>Whether you may manage who has access to this job</source>
        <translation>你是否可以管理谁能访问此任务</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>首选项</translation>
    </message>
    <message>
        <source>Start-up</source>
        <translation>启动</translation>
    </message>
    <message>
        <source>&amp;Fetch the last job when the app starts</source>
        <translation>应用启动时获取上次的任务(&amp;F)</translation>
    </message>
    <message>
        <source>Otherwise its ID waits in the Job ID field: press Enter or F5 to fetch it.</source>
        <translation>否则其 ID 会留在任务 ID 字段中：按 Enter 或 F5 获取。</translation>
    </message>
    <message>
        <source>Watching the favorites</source>
        <translation>监视收藏任务</translation>
    </message>
    <message>
        <source>How often a favorite whose build runs is asked for its state</source>
        <translation>构建运行中的收藏任务多久查询一次状态</translation>
    </message>
    <message>
        <source>How often the other favorites are asked for their state</source>
        <translation>其他收藏任务多久查询一次状态</translation>
    </message>
    <message>
        <source>Poll &amp;running builds every:</source>
        <translation>运行中的构建查询间隔(&amp;R)：</translation>
    </message>
    <message>
        <source>Poll &amp;other jobs every:</source>
        <translation>其他任务查询间隔(&amp;O)：</translation>
    </message>
    <message>
        <source>Notify me when a favorite&apos;s build</source>
        <translation>收藏任务的构建出现以下情况时通知我</translation>
    </message>
    <message>
        <source>f&amp;ails</source>
        <translation>失败(&amp;A)</translation>
    </message>
    <message>
        <source>A build failed after one that did not</source>
        <translation>上一次构建未失败，这一次构建失败</translation>
    </message>
    <message>
        <source>is fi&amp;xed</source>
        <translation>已修复(&amp;X)</translation>
    </message>
    <message>
        <source>A build succeeded after one that failed</source>
        <translation>上一次构建失败，这一次构建成功</translation>
    </message>
    <message>
        <source>fails a&amp;gain</source>
        <translation>再次失败(&amp;G)</translation>
    </message>
    <message>
        <source>Each failed build after a failed one: a job that stays red is announced with every build</source>
        <translation>失败之后的每一次失败构建：持续失败的任务每次构建都会通知</translation>
    </message>
    <message>
        <source>&amp;starts</source>
        <translation>开始(&amp;S)</translation>
    </message>
    <message>
        <source>Each build as it starts</source>
        <translation>每次构建开始时</translation>
    </message>
    <message>
        <source>is a&amp;borted</source>
        <translation>被中止(&amp;B)</translation>
    </message>
    <message>
        <source>A build was stopped or timed out</source>
        <translation>构建被停止或超时</translation>
    </message>
    <message numerus="yes">
        <source> seconds</source>
        <translation>
            <numerusform> 秒</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProfileDialog</name>
    <message>
        <source>&amp;New</source>
        <translation>新建(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>删除(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Profiles</source>
        <translation>配置档</translation>
    </message>
    <message>
        <source>Remove the profile and its secrets from the keychain</source>
        <translation>删除配置档，并从系统密钥环中删除其密钥信息</translation>
    </message>
    <message>
        <source>Na&amp;me:</source>
        <translation>名称(&amp;M)：</translation>
    </message>
    <message>
        <source>Profile name</source>
        <translation>配置档名称</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>区域</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Custom endpoint URL…</source>
        <translation>自定义终端节点 URL…</translation>
    </message>
    <message>
        <source>Re&amp;gion:</source>
        <translation>区域(&amp;G)：</translation>
    </message>
    <message>
        <source>&amp;Endpoint URL:</source>
        <translation>终端节点 URL(&amp;E)：</translation>
    </message>
    <message>
        <source>Custom endpoint URL</source>
        <translation>自定义终端节点 URL</translation>
    </message>
    <message>
        <source>&amp;IAM endpoint:</source>
        <translation>IAM 终端节点(&amp;I)：</translation>
    </message>
    <message>
        <source>IAM endpoint</source>
        <translation>IAM 终端节点</translation>
    </message>
    <message>
        <source>Where password profiles sign in. Leave empty to derive it from the region.</source>
        <translation>密码方式的配置档在此登录。留空则根据区域推导。</translation>
    </message>
    <message>
        <source>Credential kind</source>
        <translation>凭据类型</translation>
    </message>
    <message>
        <source>IAM token</source>
        <translation>IAM 令牌</translation>
    </message>
    <message>
        <source>IAM user and password</source>
        <translation>IAM 用户和密码</translation>
    </message>
    <message>
        <source>Access key and secret key (AK/SK)</source>
        <translation>访问密钥 ID 和秘密访问密钥（AK/SK）</translation>
    </message>
    <message>
        <source>Sign in &amp;with:</source>
        <translation>登录方式(&amp;W)：</translation>
    </message>
    <message>
        <source>&amp;Token:</source>
        <translation>令牌(&amp;T)：</translation>
    </message>
    <message>
        <source>token</source>
        <translation>令牌</translation>
    </message>
    <message>
        <source>IAM &amp;user:</source>
        <translation>IAM 用户(&amp;U)：</translation>
    </message>
    <message>
        <source>IAM user name</source>
        <translation>IAM 用户名</translation>
    </message>
    <message>
        <source>&amp;Account:</source>
        <translation>账号(&amp;A)：</translation>
    </message>
    <message>
        <source>Account name</source>
        <translation>账号名</translation>
    </message>
    <message>
        <source>&amp;Project name:</source>
        <translation>项目名称(&amp;P)：</translation>
    </message>
    <message>
        <source>Project name</source>
        <translation>项目名称</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>密码(&amp;W)：</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>Remember &amp;password in the keychain</source>
        <translation>在系统密钥环中记住密码(&amp;P)</translation>
    </message>
    <message>
        <source>Access &amp;key:</source>
        <translation>访问密钥 ID(&amp;K)：</translation>
    </message>
    <message>
        <source>Access key ID</source>
        <translation>访问密钥 ID</translation>
    </message>
    <message>
        <source>access key</source>
        <translation>访问密钥 ID</translation>
    </message>
    <message>
        <source>&amp;Secret key:</source>
        <translation>秘密访问密钥(&amp;S)：</translation>
    </message>
    <message>
        <source>Secret access key</source>
        <translation>秘密访问密钥</translation>
    </message>
    <message>
        <source>secret key</source>
        <translation>秘密访问密钥</translation>
    </message>
    <message>
        <source>Project I&amp;D:</source>
        <translation>项目 ID(&amp;D)：</translation>
    </message>
    <message>
        <source>Project ID</source>
        <translation>项目 ID</translation>
    </message>
    <message>
        <source>Sent as X-Project-Id with AK/SK requests; optional.</source>
        <translation>作为 X-Project-Id 随 AK/SK 请求发送；可选。</translation>
    </message>
    <message>
        <source>Required with a custom endpoint</source>
        <translation>使用自定义终端节点时必填</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Stored in the keychain; type to replace</source>
        <translation>已保存在系统密钥环中；输入新值可替换</translation>
    </message>
    <message>
        <source>Type to remember a new password</source>
        <translation>输入以记住新密码</translation>
    </message>
    <message>
        <source>Enter the IAM token.</source>
        <translation>请输入 IAM 令牌。</translation>
    </message>
    <message>
        <source>Enter the access key and the secret key.</source>
        <translation>请输入访问密钥 ID 和秘密访问密钥。</translation>
    </message>
    <message>
        <source>Profile “%1” was saved, but its secrets were not: %2</source>
        <translation>已保存配置档“%1”，但未能保存其密钥信息：%2</translation>
    </message>
    <message>
        <source>Profile “%1” was removed, but some of its secrets could not be deleted from the keychain: %2</source>
        <translation>已删除配置档“%1”，但其部分密钥信息无法从系统密钥环中删除：%2</translation>
    </message>
    <message>
        <source>The keychain is unavailable: secrets are kept in memory for this session only.</source>
        <translation>系统密钥环不可用：密钥信息仅在本次会话中保存在内存里。</translation>
    </message>
    <message>
        <source>&amp;Test Connection</source>
        <translation>测试连接(&amp;T)</translation>
    </message>
    <message>
        <source>Ask the service for one job with the saved profile, to see that its endpoint, network and credentials work</source>
        <translation>用已保存的配置档向服务请求一个任务，以确认其终端节点、网络和凭据可用</translation>
    </message>
    <message>
        <source>Without it the password is kept for this session only; later sessions ask for it when a new token is needed (about once a day).</source>
        <translation>不勾选时，密码仅在本次会话中保留；以后的会话在需要新令牌时（约每天一次）会再次询问。</translation>
    </message>
    <message>
        <source>Remove Profile</source>
        <translation>删除配置档</translation>
    </message>
    <message>
        <source>Remove profile “%1” and delete its secrets from the keychain?</source>
        <translation>删除配置档“%1”，并从系统密钥环中删除其密钥信息？</translation>
    </message>
    <message>
        <source>Testing profile “%1”…</source>
        <translation>正在测试配置档“%1”…</translation>
    </message>
</context>
<context>
    <name>ProfileStore</name>
    <message>
        <source>The profile needs a name.</source>
        <translation>配置档需要名称。</translation>
    </message>
    <message>
        <source>A profile named &quot;%1&quot; already exists.</source>
        <translation>名为“%1”的配置档已存在。</translation>
    </message>
    <message>
        <source>Choose a region or enter a custom endpoint.</source>
        <translation>请选择区域或输入自定义终端节点。</translation>
    </message>
    <message>
        <source>The IAM endpoint must be an HTTPS URL.</source>
        <translation>IAM 终端节点必须是 HTTPS URL。</translation>
    </message>
    <message>
        <source>Signing in with a password needs the IAM user name and the account name.</source>
        <translation>使用密码登录需要 IAM 用户名和账号名。</translation>
    </message>
    <message>
        <source>Enter the IAM endpoint: it cannot be derived without a region.</source>
        <translation>请输入 IAM 终端节点：没有区域时无法推导。</translation>
    </message>
    <message>
        <source>The IAM endpoint: %1</source>
        <translation>IAM 端点：%1</translation>
    </message>
</context>
<context>
    <name>ProfileSwitcher</name>
    <message>
        <source>Profile</source>
        <translation>配置档</translation>
    </message>
    <message>
        <source>The keychain is unavailable: secrets are kept in memory for this session only.</source>
        <translation>系统密钥环不可用：密钥信息仅在本次会话中保存在内存里。</translation>
    </message>
    <message>
        <source>P&amp;rofile:</source>
        <translation>配置档(&amp;R)：</translation>
    </message>
    <message>
        <source>Whose credentials to fetch with: the demo sandbox, a token for this session, or a saved profile</source>
        <translation>获取时使用的凭据：演示沙箱、仅限本次会话的令牌或已保存的配置档</translation>
    </message>
    <message>
        <source>&amp;Manage Profiles…</source>
        <translation>管理配置档(&amp;M)…</translation>
    </message>
    <message>
        <source>Add, edit and remove saved profiles</source>
        <translation>添加、编辑和删除已保存的配置档</translation>
    </message>
    <message>
        <source>Active profile</source>
        <translation>当前配置档</translation>
    </message>
    <message>
        <source>Demo sandbox</source>
        <translation>演示沙箱</translation>
    </message>
    <message>
        <source>Token (this session only)</source>
        <translation>令牌（仅限本次会话）</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Fetch again and enter the password when asked, or remember it under Manage Profiles.</source>
        <translation>请重新获取并在提示时输入密码，或在“管理配置档”中记住密码。</translation>
    </message>
    <message>
        <source>Token for this session only</source>
        <translation>仅限本次会话的令牌</translation>
    </message>
    <message>
        <source>Profile %1 · %2</source>
        <translation>配置档 %1 · %2</translation>
    </message>
    <message>
        <source> · not signed in yet</source>
        <translation> · 尚未登录</translation>
    </message>
    <message>
        <source> · token valid %1</source>
        <translation> · 令牌剩余有效期 %1</translation>
    </message>
    <message>
        <source> · token expired</source>
        <translation> · 令牌已过期</translation>
    </message>
    <message>
        <source> · keychain unavailable, secrets in memory only</source>
        <translation> · 系统密钥环不可用，密钥信息仅保存在内存中</translation>
    </message>
    <message>
        <source>IAM token</source>
        <translation>IAM 令牌</translation>
    </message>
    <message>
        <source>IAM password</source>
        <translation>IAM 密码</translation>
    </message>
    <message>
        <source>AK/SK</source>
        <translation>AK/SK</translation>
    </message>
    <message>
        <source>Nothing to test with.</source>
        <translation>没有可用于测试的连接。</translation>
    </message>
    <message>
        <source>Testing profile “%1” with %2 failed: %3</source>
        <translation>使用 %2 测试配置档“%1”失败：%3</translation>
    </message>
    <message numerus="yes">
        <source>Profile “%1” works: %2 answered, %n jobs visible.</source>
        <translation>
            <numerusform>配置档“%1”可用：%2 已应答，可见 %n 个任务。</numerusform>
        </translation>
    </message>
    <message>
        <source>Profile “%1” works: %2 answered.</source>
        <translation>配置档“%1”可用：%2 已应答。</translation>
    </message>
    <message>
        <source>Custom URL…</source>
        <translation>自定义 URL…</translation>
    </message>
    <message>
        <source>token</source>
        <translation>令牌</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Finished, healthy, full permissions</source>
        <translation>已完成，健康，拥有全部权限</translation>
    </message>
    <message>
        <source>Failed, poor health, view and run only</source>
        <translation>失败，健康度差，仅可查看和执行</translation>
    </message>
    <message>
        <source>Running now, Chinese job name</source>
        <translation>正在运行，中文任务名称</translation>
    </message>
    <message>
        <source>Disabled, aborted, missing times</source>
        <translation>已禁用，已中止，缺少时间</translation>
    </message>
    <message>
        <source>Fields this version does not know</source>
        <translation>此版本无法识别的字段</translation>
    </message>
    <message>
        <source>Somebody else&apos;s job (no permission)</source>
        <translation>他人的任务（无权限）</translation>
    </message>
    <message>
        <source>A job that was deleted (not found)</source>
        <translation>已删除的任务（未找到）</translation>
    </message>
    <message>
        <source>Slow answer (a few seconds)</source>
        <translation>响应缓慢（数秒）</translation>
    </message>
    <message>
        <source>The service reports a failure</source>
        <translation>服务报告故障</translation>
    </message>
    <message>
        <source>CodeArts Inspector</source>
        <translation>CodeArts Inspector</translation>
    </message>
    <message>
        <source>Open the window on the demo sandbox.</source>
        <translation>打开窗口并连接演示沙箱。</translation>
    </message>
    <message>
        <source>Job ID or job page URL to open.</source>
        <translation>要打开的任务 ID 或任务页面 URL。</translation>
    </message>
    <message>
        <source>Too many arguments.</source>
        <translation>参数过多。</translation>
    </message>
</context>
<context>
    <name>RunDialog</name>
    <message>
        <source>Run Build</source>
        <translation>运行构建</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>Add Parameter</source>
        <translation>添加参数</translation>
    </message>
    <message>
        <source>Remove Parameter</source>
        <translation>删除参数</translation>
    </message>
    <message>
        <source>The job&apos;s default</source>
        <translation>任务的默认值</translation>
    </message>
    <message>
        <source>Branch</source>
        <translation>分支</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Commit</source>
        <translation>提交</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>继续</translation>
    </message>
    <message>
        <source>Reading the job&apos;s parameters…</source>
        <translation>正在读取任务的参数…</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>参数</translation>
    </message>
    <message>
        <source>Branch, tag or commit</source>
        <translation>分支、标签或提交</translation>
    </message>
    <message>
        <source>&amp;Build:</source>
        <translation>构建(&amp;B)：</translation>
    </message>
    <message>
        <source>Parameters (name = value); leave them out for the job&apos;s defaults:</source>
        <translation>参数（名称 = 值）；不填则使用任务的默认值：</translation>
    </message>
    <message>
        <source>The job defines no parameters; you may add some:</source>
        <translation>此任务未定义参数；可以自行添加：</translation>
    </message>
    <message>
        <source>The job&apos;s parameters, with their defaults:</source>
        <translation>任务的参数及其默认值：</translation>
    </message>
    <message>
        <source>The job&apos;s parameters could not be read (%1); you may still enter them by hand.</source>
        <translation>无法读取任务的参数（%1）；仍可手动输入。</translation>
    </message>
    <message>
        <source>The job&apos;s default (%1)</source>
        <translation>任务的默认值（%1）</translation>
    </message>
    <message>
        <source>Reading the job&apos;s configuration…</source>
        <translation>正在读取任务的配置…</translation>
    </message>
    <message>
        <source>This job has no branch parameter (such as codeBranch), so a run cannot choose its branch.</source>
        <translation>此任务没有分支参数（例如 codeBranch），因此运行时无法选择分支。</translation>
    </message>
    <message>
        <source>This job has no branch parameter (such as codeBranch), so a run cannot choose its branch: it builds %1.</source>
        <translation>此任务没有分支参数（例如 codeBranch），因此运行时无法选择分支：它会构建 %1。</translation>
    </message>
    <message>
        <source>Commit ID</source>
        <translation>提交 ID</translation>
    </message>
    <message>
        <source>Build</source>
        <translation>构建</translation>
    </message>
</context>
<context>
    <name>SecretError</name>
    <message>
        <source>Until then the secret is kept in memory for this session only.</source>
        <translation>在此之前，密钥信息仅在本次会话中保存在内存里。</translation>
    </message>
    <message>
        <source>No secret is stored under this name.</source>
        <translation>此名称下未保存任何密钥信息。</translation>
    </message>
    <message>
        <source>Enter the credentials again.</source>
        <translation>请重新输入凭据。</translation>
    </message>
    <message>
        <source>No keychain is available (Secret Service not running).</source>
        <translation>没有可用的系统密钥环（Secret Service 未运行）。</translation>
    </message>
    <message>
        <source>No keychain is available.</source>
        <translation>没有可用的系统密钥环。</translation>
    </message>
    <message>
        <source>The secret is kept in memory for this session only. Start a keychain such as GNOME Keyring or KWallet to keep it across restarts.</source>
        <translation>密钥信息仅在本次会话中保存在内存里。请启动 GNOME Keyring 或 KWallet 等密钥环，以便在重启后继续保留。</translation>
    </message>
    <message>
        <source>The keychain is locked.</source>
        <translation>系统密钥环已锁定。</translation>
    </message>
    <message>
        <source>Unlock it (log in to the desktop session or open your password manager) and try again.</source>
        <translation>请将其解锁（登录桌面会话或打开密码管理器）后重试。</translation>
    </message>
    <message>
        <source>Access to the keychain was denied.</source>
        <translation>访问系统密钥环被拒绝。</translation>
    </message>
    <message>
        <source>Allow CodeArts Inspector to use the keychain and try again.</source>
        <translation>请允许 CodeArts Inspector 使用系统密钥环后重试。</translation>
    </message>
    <message>
        <source>The keychain did not answer in time.</source>
        <translation>系统密钥环未及时响应。</translation>
    </message>
    <message>
        <source>It may be waiting for an unlock prompt.</source>
        <translation>它可能正在等待解锁提示。</translation>
    </message>
    <message>
        <source>The stored secret is incomplete or not in the expected format.</source>
        <translation>已保存的密钥信息不完整或格式不符合预期。</translation>
    </message>
    <message>
        <source>Enter the credentials again to replace it.</source>
        <translation>请重新输入凭据以替换它。</translation>
    </message>
    <message>
        <source>The secret&apos;s name is empty or too long.</source>
        <translation>密钥信息的名称为空或过长。</translation>
    </message>
    <message>
        <source>The keychain reported an error.</source>
        <translation>系统密钥环报告了错误。</translation>
    </message>
    <message>
        <source>Try again; if it keeps failing, check your keychain application.</source>
        <translation>请重试；如果仍然失败，请检查您的密钥环应用。</translation>
    </message>
</context>
<context>
    <name>SecretField</name>
    <message>
        <source>Hide %1</source>
        <translation>隐藏%1</translation>
    </message>
    <message>
        <source>Show %1</source>
        <translation>显示%1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Ctrl+Shift+H shows or hides the %1.</source>
        <translation>Ctrl+Shift+H 显示或隐藏%1。</translation>
    </message>
</context>
<context>
    <name>SecretJob</name>
    <message>
        <source>the secret is too large</source>
        <translation>密钥信息过大</translation>
    </message>
    <message>
        <source>part %1 of %2 is missing</source>
        <translation>缺少第 %1 部分（共 %2 部分）</translation>
    </message>
    <message numerus="yes">
        <source>The keychain did not answer within %n seconds.</source>
        <translation>
            <numerusform>系统密钥环在 %n 秒内未响应。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SettingsMenu</name>
    <message>
        <source>Se&amp;ttings</source>
        <translation>设置(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>首选项(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Network…</source>
        <translation>网络(&amp;N)…</translation>
    </message>
    <message>
        <source>Change the Language</source>
        <translation>更改语言</translation>
    </message>
    <message>
        <source>The new language shows after CodeArts Inspector starts again.</source>
        <translation>CodeArts Inspector 重新启动后将显示新的语言。</translation>
    </message>
    <message>
        <source>&amp;Restart Now</source>
        <translation>立即重启(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>稍后(&amp;L)</translation>
    </message>
    <message>
        <source>The language will change the next time CodeArts Inspector starts.</source>
        <translation>语言将在 CodeArts Inspector 下次启动时更改。</translation>
    </message>
</context>
<context>
    <name>ShowJobTransport</name>
    <message>
        <source>This request cannot be sent.</source>
        <translation>无法发送此请求。</translation>
    </message>
</context>
<context>
    <name>ShownJobNote</name>
    <message>
        <source>Fetching %1… Below, greyed: %2 (%3), as fetched before.</source>
        <translation>正在获取 %1… 下方灰色显示的是之前获取的 %2（%3）。</translation>
    </message>
    <message>
        <source>Cancelled. Below is still %1 (%2), as fetched before; F5 fetches it again.</source>
        <translation>已取消。下方仍是之前获取的 %1（%2）；按 F5 重新获取。</translation>
    </message>
    <message>
        <source>Fetching it again failed. Below is %1 (%2), as fetched before.</source>
        <translation>重新获取失败。下方是之前获取的 %1（%2）。</translation>
    </message>
</context>
<context>
    <name>Sidebar</name>
    <message>
        <source>Choose an endpoint and credentials first.</source>
        <translation>请先选择端点和凭据。</translation>
    </message>
    <message>
        <source>Favorites</source>
        <translation>收藏</translation>
    </message>
    <message>
        <source>The favorites and their builds (Ctrl+B, or Esc in the search)</source>
        <translation>收藏任务及其构建（Ctrl+B，或在搜索中按 Esc）</translation>
    </message>
    <message>
        <source>Find Jobs</source>
        <translation>查找任务</translation>
    </message>
    <message>
        <source>Find jobs by name (Ctrl+K)</source>
        <translation>按名称查找任务（Ctrl+K）</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>&amp;Remember password in the keychain</source>
        <translation>在系统密钥环中记住密码(&amp;R)</translation>
    </message>
    <message>
        <source>Sign In to %1</source>
        <translation>登录到 %1</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>Otherwise the password is used for this sign-in only; the token it brings is kept until it expires.</source>
        <translation>否则密码仅用于本次登录；由此获得的令牌将保留至过期。</translation>
    </message>
    <message>
        <source>Profile:</source>
        <translation>配置档：</translation>
    </message>
    <message>
        <source>IAM user:</source>
        <translation>IAM 用户：</translation>
    </message>
    <message>
        <source>Account:</source>
        <translation>账号：</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <source>Sign In</source>
        <translation>登录</translation>
    </message>
</context>
<context>
    <name>SingleInstance</name>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 不存在。</translation>
    </message>
    <message>
        <source>%1 is not a directory.</source>
        <translation>%1 不是目录。</translation>
    </message>
    <message>
        <source>%1 belongs to another user.</source>
        <translation>%1 属于其他用户。</translation>
    </message>
    <message>
        <source>%1 can be used by other users (mode %2).</source>
        <translation>其他用户可以使用 %1（权限 %2）。</translation>
    </message>
    <message>
        <source>Cannot create %1: %2</source>
        <translation>无法创建 %1：%2</translation>
    </message>
</context>
<context>
    <name>SnapshotDiff</name>
    <message>
        <source>Permissions</source>
        <translation>权限</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Times</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
</context>
<context>
    <name>StatusBadge</name>
    <message>
        <source>Last build status</source>
        <translation>最近一次构建状态</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>Success</source>
        <translation>成功</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>运行中</translation>
    </message>
    <message>
        <source>Aborted</source>
        <translation>已中止</translation>
    </message>
</context>
<context>
    <name>StatusLine</name>
    <message>
        <source>Ready</source>
        <translation>就绪</translation>
    </message>
</context>
<context>
    <name>StepTimeline</name>
    <message>
        <source>not run</source>
        <translation>未运行</translation>
    </message>
    <message>
        <source>%1, failed here</source>
        <translation>%1，在此失败</translation>
    </message>
    <message>
        <source>Steps of the selected build</source>
        <translation>所选构建的步骤</translation>
    </message>
    <message>
        <source>%1: not run</source>
        <translation>%1：未运行</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>succeeded</source>
        <translation>成功</translation>
    </message>
    <message>
        <source>running</source>
        <translation>运行中</translation>
    </message>
    <message>
        <source>aborted</source>
        <translation>已中止</translation>
    </message>
    <message>
        <source>%1: %2, %3</source>
        <translation>%1：%2，%3</translation>
    </message>
</context>
<context>
    <name>TransitionTracker</name>
    <message>
        <source>%1 failed</source>
        <translation>%1 失败</translation>
    </message>
    <message>
        <source>%1 is fixed</source>
        <translation>%1 已修复</translation>
    </message>
    <message>
        <source>%1 was aborted</source>
        <translation>%1 已中止</translation>
    </message>
    <message>
        <source>%1 started</source>
        <translation>%1 已开始</translation>
    </message>
    <message>
        <source>%1: %2 -&gt; %3</source>
        <translation>%1：%2 -&gt; %3</translation>
    </message>
    <message numerus="yes">
        <source>%n jobs changed</source>
        <translation>
            <numerusform>%n 个任务状态已变化</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is still failing</source>
        <translation>%1 仍然失败</translation>
    </message>
    <message>
        <source>Build #%1</source>
        <translation>构建 #%1</translation>
    </message>
    <message>
        <source>started by %1</source>
        <translation>由 %1 启动</translation>
    </message>
    <message>
        <source>Failed at %1: %2</source>
        <translation>失败于 %1：%2</translation>
    </message>
    <message>
        <source>Failed at %1</source>
        <translation>失败于 %1</translation>
    </message>
    <message>
        <source>%1 -&gt; %2</source>
        <translation>%1 -&gt; %2</translation>
    </message>
</context>
<context>
    <name>TrayWatcher</name>
    <message>
        <source>running</source>
        <translation>运行中</translation>
    </message>
    <message>
        <source>success</source>
        <translation>成功</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>aborted</source>
        <translation>已中止</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>已禁用</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>%1 failed, %2 running, %3 succeeded, %4 other</source>
        <translation>%1 个失败，%2 个运行中，%3 个成功，%4 个其他</translation>
    </message>
    <message>
        <source>Watching is paused.</source>
        <translation>监视已暂停。</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Refresh now</source>
        <translation>立即刷新</translation>
    </message>
    <message>
        <source>Pause watching</source>
        <translation>暂停监视</translation>
    </message>
    <message>
        <source>Open window</source>
        <translation>打开窗口</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message numerus="yes">
        <source>CodeArts Inspector: %n jobs watched</source>
        <translation>
            <numerusform>CodeArts Inspector：正在监视 %n 个任务</numerusform>
        </translation>
    </message>
    <message>
        <source>Do not disturb</source>
        <translation>勿扰</translation>
    </message>
</context>
<context>
    <name>TrendChartDialog</name>
    <message>
        <source>Trend of %1</source>
        <translation>%1 的趋势</translation>
    </message>
    <message>
        <source>Health score and last build of %1</source>
        <translation>%1 的健康度和最近一次构建</translation>
    </message>
    <message>
        <source>Trend chart</source>
        <translation>趋势图</translation>
    </message>
    <message numerus="yes">
        <source>%n successful fetches</source>
        <translation>
            <numerusform>%n 次成功获取</numerusform>
        </translation>
    </message>
    <message>
        <source>Health score</source>
        <translation>健康度</translation>
    </message>
    <message>
        <source>Last build succeeded</source>
        <translation>最近一次构建成功</translation>
    </message>
    <message>
        <source>Last build failed</source>
        <translation>最近一次构建失败</translation>
    </message>
    <message>
        <source>Other build status</source>
        <translation>其他构建状态</translation>
    </message>
    <message>
        <source>Fetched</source>
        <translation>获取时间</translation>
    </message>
    <message>
        <source>No successful fetch of this job in the history yet.</source>
        <translation>历史记录中还没有此任务的成功获取。</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>%1
Health score: %2
Last build: %3</source>
        <translation>%1
健康度：%2
最近一次构建：%3</translation>
    </message>
    <message>
        <source>One fetch so far: a trend needs two. Fetch the job again later (F5), or star it to keep it at hand.</source>
        <translation>目前只有一次获取：趋势至少需要两次。请稍后再次获取该任务（F5），或收藏它以便随时查看。</translation>
    </message>
    <message>
        <source>Loading the service&apos;s build records…</source>
        <translation>正在加载服务的构建记录…</translation>
    </message>
    <message>
        <source>The service&apos;s build records could not be loaded: %1</source>
        <translation>无法加载服务的构建记录：%1</translation>
    </message>
    <message>
        <source>Build duration (minutes)</source>
        <translation>构建时长（分钟）</translation>
    </message>
    <message>
        <source>Build succeeded</source>
        <translation>构建成功</translation>
    </message>
    <message>
        <source>Build failed</source>
        <translation>构建失败</translation>
    </message>
    <message>
        <source>Build aborted or other</source>
        <translation>构建中止或其他</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>开始时间</translation>
    </message>
    <message>
        <source>Fetched or started</source>
        <translation>获取或开始时间</translation>
    </message>
    <message>
        <source>The service has no build records for these days.</source>
        <translation>服务在这些天内没有构建记录。</translation>
    </message>
    <message numerus="yes">
        <source>%n builds from the service&apos;s records.</source>
        <translation>
            <numerusform>来自服务记录的 %n 次构建。</numerusform>
        </translation>
    </message>
    <message>
        <source>Build #%1 (%2)
Started: %3
Duration: %4 min</source>
        <translation>构建 #%1（%2）
开始：%3
时长：%4 分钟</translation>
    </message>
    <message>
        <source>Fetches:</source>
        <translation>获取：</translation>
    </message>
    <message>
        <source>Builds:</source>
        <translation>构建：</translation>
    </message>
    <message>
        <source>Started by: %1</source>
        <translation>触发方式：%1</translation>
    </message>
    <message>
        <source>health score %1 to %2</source>
        <translation>健康度 %1 至 %2</translation>
    </message>
    <message numerus="yes">
        <source>last build failed at %n of them</source>
        <translation>
            <numerusform>其中 %n 次最近构建失败</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WatchBoard</name>
    <message>
        <source>Refresh Now</source>
        <translation>立即刷新</translation>
    </message>
    <message>
        <source>Ask for the state of every favorite now (Shift+F5)</source>
        <translation>立即查询每个收藏任务的状态（Shift+F5）</translation>
    </message>
    <message>
        <source>Pause Watching</source>
        <translation>暂停监视</translation>
    </message>
    <message>
        <source>Attention First</source>
        <translation>需关注的优先</translation>
    </message>
    <message>
        <source>Show failed and running jobs above the others</source>
        <translation>将失败和运行中的任务排在其他任务之上</translation>
    </message>
    <message>
        <source>Do Not Disturb</source>
        <translation>勿扰</translation>
    </message>
    <message>
        <source>No desktop notifications; the board and tray still show every change</source>
        <translation>不发送桌面通知；看板和托盘仍显示每次变化</translation>
    </message>
    <message>
        <source>Notify When a Build Starts</source>
        <translation>构建开始时通知</translation>
    </message>
    <message>
        <source>Keep Watching in the Tray When Closed</source>
        <translation>关闭窗口后在托盘中继续监视</translation>
    </message>
    <message>
        <source>This desktop has no system tray: closing the window quits.</source>
        <translation>此桌面没有系统托盘：关闭窗口即退出。</translation>
    </message>
    <message>
        <source>&amp;Watch</source>
        <translation>监视(&amp;W)</translation>
    </message>
    <message>
        <source>Watching starts after the first fetch with %1 (or Refresh Now).</source>
        <translation>使用 %1 首次获取后（或点击“立即刷新”）开始监视。</translation>
    </message>
    <message>
        <source>Not watching: enter a token or choose a profile.</source>
        <translation>未在监视：请输入令牌或选择配置。</translation>
    </message>
    <message>
        <source>Sign in again: %1 refused the credentials. Watching resumes after a fetch that succeeds.</source>
        <translation>请重新登录：%1 拒绝了凭据。成功获取一次后将恢复监视。</translation>
    </message>
    <message>
        <source>Sign in again</source>
        <translation>请重新登录</translation>
    </message>
    <message>
        <source>%1 refused the credentials; watching stopped.</source>
        <translation>%1 拒绝了凭据；监视已停止。</translation>
    </message>
    <message>
        <source>Offline: watching waits for the network and refreshes when it is back.</source>
        <translation>离线：监视将等待网络恢复，恢复后立即刷新。</translation>
    </message>
    <message>
        <source>Watching is paused.</source>
        <translation>监视已暂停。</translation>
    </message>
</context>
</TS>
