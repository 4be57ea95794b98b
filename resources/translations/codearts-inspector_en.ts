<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>ApiError</name>
    <message>
        <source>request %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuthenticatedFetch</name>
    <message>
        <source>No credentials were given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BuildCalls</name>
    <message>
        <source>Fetch a job first to see its builds.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BuildClient</name>
    <message>
        <source>You may not run this job: the is_execute permission is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask a project manager to give you the permission to execute (run) this build job.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You may not stop this job&apos;s builds: the is_execute permission is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask a project manager to give you the permission to execute (run and stop) this build job.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You may not follow this job: the is_view permission is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask a project manager to give you the permission to view this build job.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have no permission to see this job&apos;s builds (is_view).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many requests: CodeArts Build is throttling you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait a minute and try again; nothing was repeated on its own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This build has no record: it never ran or its history was deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No job or build with this ID was found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the job ID, the build number and that the endpoint is in the job&apos;s region.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the job ID and that the endpoint is in the job&apos;s region.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to stop: the build had already finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service could not return the builds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service refused the action.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a job ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give only one of branch, tag and commit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parameter name &quot;%1&quot; must be 1 to 128 letters, digits or underscores.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The value of &quot;%1&quot; is longer than %2 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No credentials were given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A tag or commit must not contain control characters such as line breaks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The parameter name &quot;%1&quot; is reserved: it changes how programs are loaded or run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The parameter &quot;%1&quot; is given twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The value of &quot;%1&quot; must not contain control characters such as line breaks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This job has no branch parameter (such as codeBranch), so a run cannot choose its branch; it builds %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the branch its configuration names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a build record ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a build project ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One request names 1 to %1 build projects.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the service&apos;s message in the parentheses; try again later if it looks temporary.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is nowhere to save the log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service sent JSON where the log file was expected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try again; if it persists, check the endpoint.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BuildDetailsFetch</name>
    <message>
        <source>The request was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The build&apos;s parameters are not published here (history-parameters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record-info or full-stages is not published here; using the old build details.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BuildLogFetch</name>
    <message>
        <source>The request was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record-info is not published here; the build&apos;s state comes from build-info.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The log page holds no result.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try again; if it persists, check the endpoint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking again after: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The log&apos;s download failed (%1); reading its pages instead.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BuildLogPane</name>
    <message>
        <source>Find…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find text in the whole log (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jump to the Failure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrap Lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the selected text, or the whole log when nothing is selected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save As…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find in the log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Match case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous match (Shift+Enter, Shift+F3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next match (Enter, F3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the find bar (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find Previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Shown Lines As…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The whole log cannot be downloaded here: the lines shown are saved as plain text, without colours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Download the whole log and save it byte for byte as the service sends it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a build to see its log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The build is still running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The build did not fail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing in the log so far explains the failure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing in the log explains the failure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to line %1, the first line that explains the failure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Following the running build: %n lines</source>
        <translation>
            <numerusform>Following the running build: %n line</numerusform>
            <numerusform>Following the running build: %n lines</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reading the log: %n lines</source>
        <translation>
            <numerusform>Reading the log: %n line</numerusform>
            <numerusform>Reading the log: %n lines</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n lines</source>
        <translation>
            <numerusform>%n line</numerusform>
            <numerusform>%n lines</numerusform>
        </translation>
    </message>
    <message>
        <source>Logs (*.log *.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved the lines shown to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving the log…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving the log: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved the whole log (%1) to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The log was not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BuildParse</name>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pipeline</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BuildRecordsFetch</name>
    <message>
        <source>The request was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record list is not published here; using the old build history (30 days at most).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Throttled; asking for the records again in %1 ms.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The records were asked for again %n times; wait a minute and try again.</source>
        <translation>
            <numerusform>The records were asked for again once; wait a minute and try again.</numerusform>
            <numerusform>The records were asked for again %n times; wait a minute and try again.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BuildsAccessibility</name>
    <message numerus="yes">
        <source>%n builds, %1 failed</source>
        <translation>
            <numerusform>%n build, %1 failed</numerusform>
            <numerusform>%n builds, %1 failed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n builds, %1 failed, median %2</source>
        <translation>
            <numerusform>%n build, %1 failed, median %2</numerusform>
            <numerusform>%n builds, %1 failed, median %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BuildsPanel</name>
    <message>
        <source>Last 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open in Browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Permissions…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Build</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daily</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trigger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Executor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Branch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Build durations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aborted or other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading builds…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the last 30 days are available for this job (the service&apos;s old build history).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parameters: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run a build of this job.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the selected build.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a running build to stop it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Following in CodeArts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow in CodeArts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>branch %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tag %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>commit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the job&apos;s default code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run Build</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The build may have started, but no answer came back. The records are refreshed; check them before running it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The build may have started, but the answer named no build number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Build %1 started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Build %1 is running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Build %1 is running: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Build %1 ended: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop Build</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop build %1? The work it has done so far is lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Build %1 may have been stopped, but no answer came back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Build %1 was stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>see the job, its builds and their logs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a role in the project that may view build jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>run builds and stop them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change the job&apos;s configuration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the Edit permission on this job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>copy the job into a new one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>delete the job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the Delete permission on this job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>disable and enable the job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the Disable permission on this job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>manage who may do what with the job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to be made a manager of the job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Permissions</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n days: no finished builds</source>
        <translation>
            <numerusform>%n day: no finished builds</numerusform>
            <numerusform>%n days: no finished builds</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days: %1% success, median %2</source>
        <translation>
            <numerusform>%n day: %1% success, median %2</numerusform>
            <numerusform>%n days: %1% success, median %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Run a build of %1 from %2 with %n parameters?</source>
        <translation>
            <numerusform>Run a build of %1 from %2 with %n parameter?</numerusform>
            <numerusform>Run a build of %1 from %2 with %n parameters?</numerusform>
        </translation>
    </message>
    <message>
        <source>Build %1 builds %2, not the branch %3 that was asked for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run permission: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the Run permission on this job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the Copy permission on this job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2): you may %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2): lets you %3; ask a project manager for %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show or hide the chart of build durations.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why It Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show Log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a build to see its steps and its log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Build %1 failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Build %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed at %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Builds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CloseToTray</name>
    <message>
        <source>Keep Watching in the Tray?</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>CodeArts Inspector can keep watching your %n favorites after the window closes, and tell you when a build fails or is fixed.</source>
        <translation>
            <numerusform>CodeArts Inspector can keep watching your favorite after the window closes, and tell you when a build fails or is fixed.</numerusform>
            <numerusform>CodeArts Inspector can keep watching your %n favorites after the window closes, and tell you when a build fails or is fixed.</numerusform>
        </translation>
    </message>
    <message>
        <source>Open the window again from the tray icon. Quit from the tray icon&apos;s menu or with File ▸ Quit (Ctrl+Q). Watch ▸ Keep Watching in the Tray When Closed changes this later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep Watching</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Don&apos;t ask again</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Run &apos;codearts-inspector --help&apos; for usage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last build status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last build time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Health score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Build time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charge time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Favorite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New build</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project permissions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;show&apos; takes exactly one job ID or job page URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a job ID or job page URL. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give only one of --endpoint, --region and --demo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown region &quot;%1&quot;. Known regions: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--timeout takes a number of seconds between 0 and 3600.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No PEM certificate could be read from &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say where the job lives: --region REGION or --endpoint URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--profile cannot be combined with --demo or --token-stdin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--token-stdin was given but standard input held no token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CodeArts Build base URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region ID, e.g. cn-north-4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the IAM token from standard input (one line).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use this saved profile (default: the default profile).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print one JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give up after this many seconds (default 30).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also trust the CA certificates in this PEM file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print request, status, timing and headers to stderr (secrets redacted).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetch from the built-in demo sandbox.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo sandbox could not listen on 127.0.0.1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port to listen on (default: any free port).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--port takes a number between 0 and 65535.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo sandbox could not listen on 127.0.0.1:%1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The history database &quot;%1&quot; could not be used: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No favorites yet. Add one with: codearts-inspector favorites add JOB
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JOB ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RUNNING</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LAST BUILD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HEALTH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NOTE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added %1 to the favorites.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already is a favorite.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No history yet.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TIME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JOB NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DURATION</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only this job&apos;s entries.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;history clear&apos; takes no arguments besides --job.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n history entries.
</source>
        <translation>
            <numerusform>Deleted %n history entry.
</numerusform>
            <numerusform>Deleted %n history entries.
</numerusform>
        </translation>
    </message>
    <message>
        <source>debug-fill takes a count.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;favorites&apos; takes list, add or remove.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print one JSON array.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A name of your own for the job.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A note about the job.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;favorites list&apos; takes no arguments besides --json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;favorites %1&apos; takes exactly one job ID or job page URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed %1 from the favorites.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a favorite.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show at most N entries (default 50).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown history command &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--limit takes a positive number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The fetch was not recorded in the history (%1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no profile named &quot;%1&quot; (see &apos;codearts-inspector profile list&apos;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the IAM token (one line)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the IAM password (one line)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the access key and the secret key (two lines)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give exactly one profile name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many arguments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give either --region REGION or --endpoint URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--auth takes token, password or aksk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--user, --domain and --remember-password go with --auth password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--auth password needs --user USER and --domain ACCOUNT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added profile &quot;%1&quot;; signed in, the IAM token is valid until %2.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile was not added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom CodeArts Build base URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IAM endpoint (default: derived from the region).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>token, password or aksk; the secret is read from standard input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IAM user name (password).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account (domain) name (password).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project the token is scoped to (default: the region).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project ID sent with AK/SK requests.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the password in the keychain to renew tokens unattended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A profile named &quot;%1&quot; already exists; remove it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standard input must hold %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain refused the secret: %1 The profile was not added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added profile &quot;%1&quot;.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No profiles. Add one with &apos;codearts-inspector profile add&apos;.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DEFAULT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KIND</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>REGION</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ENDPOINT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IAM ENDPOINT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>USER</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DOMAIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PROJECT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot; was removed, but its secrets could not be: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed profile &quot;%1&quot; and its secrets.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no profiles. Add one with &apos;codearts-inspector profile add&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is now the default profile.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the password of profile &quot;%1&quot; on standard input (one line).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in to profile &quot;%1&quot;; the IAM token is valid until %2.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain refused the secret: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved new credentials for profile &quot;%1&quot;.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the password in the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--remember-password goes with password profiles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;profile&apos; needs an action: add, list, remove, login or default.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown profile action &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No credentials: pass an IAM token on standard input with --token-stdin, set %1 and %2, or add a profile with &apos;codearts-inspector profile add&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many jobs the job lists hold (default 1200).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--jobs takes a number between 0 and 1000000.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No project is named &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No project is named &quot;%1&quot;. Similar: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More than one project is named &quot;%1&quot;; give its ID: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only jobs whose name contains this text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the jobs of this project (ID or name).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only jobs whose last build ended so: failed, success, running, aborted, timeout, none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List at most this many jobs (default 50; 0 lists all).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;jobs&apos; takes no arguments; search with --search TEXT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--status takes one of failed, success, running, aborted, timeout, none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--limit takes a whole number, 0 for all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only projects whose name contains this text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;projects&apos; takes no arguments; search with --search TEXT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 takes a whole number from %2 to %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give exactly one job ID or job page URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give a job ID or job page URL and a build number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Builds started in the last N days (default 7, at most 365).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the newest N builds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the last 30 days are available from this service (the old build history).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;- failed here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Build %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a build number (a whole number from 1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>running: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A run parameter (repeatable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Build this branch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Build this tag.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Build this commit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow the build until it ends; exit 1 when it fails.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--param takes NAME=VALUE, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give only one of --branch, --tag and --commit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The build may have started, but no answer came back: check the job&apos;s builds before running it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The build to stop (default: the running build).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--build takes a build number (a whole number from 1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is running for this job.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The build may have been stopped, but no answer came back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped build %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change may have been made, but no answer came back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Following %1 in CodeArts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No longer following %1 in CodeArts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (outside 0 to 100, as the service sent it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The IAM token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The access key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secret key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on standard input is longer than %2 KiB; nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on standard input holds a control character (such as CR or NUL); nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No keychain is reachable (the Secret Service on the session&apos;s D-Bus), so the secret would be lost when this command ends; the profile was not added. Start a keychain in your desktop session (for example gnome-keyring-daemon --start or KWallet) and add it again, or pass a token with &apos;show --token-stdin&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The history database could not be opened: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no favorites to watch; add some with &apos;favorites add JOB&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;watch&apos; needs job IDs, --favorites or --demo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--exit-status needs --until-finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--interval takes a number of seconds between 1 and 86400.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give only one of --profile, --endpoint, --region and --demo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--demo cannot be combined with --token-stdin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job %1: %2 Retrying later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also watch the favorite jobs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Poll every job about every SECONDS (default: 15 running, 120 others).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End once none of the jobs is running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --until-finished: exit 1 unless every last build succeeded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print JSON Lines.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>No builds in the last %n days.</source>
        <translation>
            <numerusform>No builds in the last %n day.</numerusform>
            <numerusform>No builds in the last %n days.</numerusform>
        </translation>
    </message>
    <message>
        <source>The CA file &quot;%1&quot; in the Network settings cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer each request this many milliseconds late, as a distant service would (default 0).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--latency takes a number of milliseconds between 0 and 60000.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Build %1 builds %2, not the branch %3 that was asked for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Build %1 builds %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which branch build %1 builds could not be read from its record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--branch needs a branch name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Build project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BUILD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DAILY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RESULT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STARTED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TRIGGER</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EXECUTOR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BRANCH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>COMMIT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STEP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Build %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed at step %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>took %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See: codearts-inspector log %1 %2 --failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The build started, but the answer named no valid build number: check the job&apos;s builds before running it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A build is running, but the service did not say which; nothing was stopped. Give its number with --build.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A build is running, but the service named it &quot;%1&quot;, which is not a build number; nothing was stopped. Give its number with --build.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Options:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection options:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every command:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Example:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colour results and states: never, auto (on a terminal, the default) or always.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print this help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetches one job (ShowJobInfo): its status, last build, health score and your permissions. JOB is a job ID or a job page URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lists the account&apos;s build jobs, or one project&apos;s, printed page by page as they arrive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lists the CodeArts projects the account may see.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lists a job&apos;s builds, newest first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows one build: its steps, the step that failed, and its parameters (masked values stay masked).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starts a build and prints its number. A run is sent once: when no answer comes back, the build may have started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stops the running build, or build N (exit 4 when nothing runs).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marks the job as a favorite in CodeArts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removes the job from the favorites in CodeArts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Watches jobs and prints one line per change (the first observation too) until Ctrl+C. Takes only one of --profile, --endpoint, --region and --demo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saves a profile: where the jobs live and how to sign in. The secret is read from standard input: the token, the password, or the access key and the secret key on two lines.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lists the profiles, never their secrets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removes a profile and its secrets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signs a password profile in again, or replaces a profile&apos;s saved secrets; they are read from standard input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prints or sets the profile used when a command names none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lists the favorite jobs with what their newest snapshot said.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adds a job to the favorites, or changes its alias and note.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removes a job from the favorites (exit 4 if it was not one).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lists past fetches, newest first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deletes the history, or one job&apos;s entries.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serves the demo sandbox on 127.0.0.1 until stopped and prints its URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prints the overview, or one command&apos;s synopsis, options and an example.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open the window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open the window on the demo sandbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open the window on that job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>print the version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection options (%1): %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every command takes --color=never|auto|always and --help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run &apos;codearts-inspector help COMMAND&apos; for a command&apos;s options and an example.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exit codes: 0 success; 1 run --watch: the build failed, watch --exit-status: a job did not succeed, favorites and history: the history database could not be used; 2 usage error or invalid job ID (nothing sent); 3 authentication or permission; 4 job not found, not a favorite, or nothing to stop; 5 other API error, or an answer that makes no sense; 6 network, TLS, redirect or timeout, or a run or stop that may have happened without an answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown option %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown option %1; did you mean %2?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The value of %1 holds a control character (such as a line break or ESC); nothing was done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An argument holds a control character (such as a line break or ESC); nothing was done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--color takes never, auto or always, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;sandbox&apos; takes no arguments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no command &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no command &quot;%1&quot;; did you mean %2?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;; did you mean %2?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;favorites&apos; takes list, add or remove; did you mean %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown history command &quot;%1&quot;; did you mean %2?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown profile action &quot;%1&quot;; did you mean %2?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run &apos;codearts-inspector help %1&apos; for usage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JOB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CHANGE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service is throttling requests and asked to wait longer than an hour; waiting an hour, the most this app waits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The service is throttling requests; waiting %n seconds, and longer if it goes on.</source>
        <translation>
            <numerusform>The service is throttling requests; waiting %n second, and longer if it goes on.</numerusform>
            <numerusform>The service is throttling requests; waiting %n seconds, and longer if it goes on.</numerusform>
        </translation>
    </message>
    <message>
        <source>The build&apos;s log could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed at %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prints the log of build NUMBER (default: the job&apos;s last build) as it arrives: colours only on a terminal, no other escape sequence ever.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the failed step and at most 200 lines that explain the failure (nothing for a build that did not fail).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow a running build&apos;s log until it ends; exit 1 unless it succeeded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the whole log to FILE, byte for byte as the service sends it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --output: replace FILE if it exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give a job ID or job page URL, and optionally a build number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--output needs a file name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give only one of --failed and --follow.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--output saves the whole log: it cannot be combined with --failed or --follow.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--force only goes with --output.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 exists; add --force to replace it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This job has no builds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The service is throttling requests; waiting %n seconds.</source>
        <translation>
            <numerusform>The service is throttling requests; waiting %n second.</numerusform>
            <numerusform>The service is throttling requests; waiting %n seconds.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The service left out %n lines of the log.</source>
        <translation>
            <numerusform>The service left out %n line of the log.</numerusform>
            <numerusform>The service left out %n lines of the log.</numerusform>
        </translation>
    </message>
    <message>
        <source>Build %1 is still running: this is its log so far (--follow follows it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Build %1 is still running: it has not failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Build %1 did not fail (%2): there is nothing to explain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed step: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No line names the error: these are the last lines before the build stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service named no record ID for build %1, and the download needs one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Downloading the log: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved the log of build %1 (%2) to %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Build %1 is still running: the file holds its log so far.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job ID or job page URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Build number (default: the job&apos;s last build).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WHY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FETCH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 permission</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CompareDialog</name>
    <message>
        <source>Compare Snapshots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;: %2 → %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing changed between these two fetches.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last build time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 · %3: %4</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Connection</name>
    <message>
        <source>The selected profile no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose another profile, or add one with Manage Profiles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo sandbox could not start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It listens on a free port of 127.0.0.1; a security tool may be blocking that. Choose a region instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the endpoint&apos;s base URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a region from the list, or use the base URL your administrator gave you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your IAM token to fetch from %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Get one with IAM&apos;s “Obtaining a User Token” call: it is the X-Subject-Token header of the answer. The token stays in memory only. To try the app without an account, choose Demo sandbox in the Profile list.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CredentialProvider</name>
    <message>
        <source>Run &apos;%1&apos; and enter the password on standard input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the IAM token given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the access key and secret key given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the access key and secret key in %1 and %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>profile &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile store is gone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no saved token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no saved access key and secret key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Using the cached IAM token of %1 (valid until %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The IAM token of %1 expires at %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has not signed in yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Signing in again with the remembered password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No password is remembered for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing in to %1 was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not sign in with a password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IAM refused the sign-in of %1 (user %2, account %3): wrong user name, account name or password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check them and run &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing in to %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in to %1; the token is valid until %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The IAM token could not be cached: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password could not be remembered: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The credentials of %1 cannot be renewed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API rejected the IAM token of %1; signing in again (once).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The IAM token of %1 was rejected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request signature was rejected: the access key or the secret key is wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The saved token was rejected or has expired: get a new one and run &apos;%1&apos; to replace it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Even a fresh sign-in was rejected: check the profile&apos;s project and that user %1 may use CodeArts Build, then run &apos;%2&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the access key and secret key, and run &apos;%1&apos; to replace them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run &apos;%1&apos; to enter them again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The credentials of %1 could not be read from the keychain: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds a control character (such as CR, LF or NUL), which no token or key has; nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Signing in with the password typed for this session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no project ID, and no region to look it up by.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AK/SK requests need the project ID of the job&apos;s region: set %1, or give --region so that it can be looked up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking IAM for the project of %1 (sent as X-Project-Id with AK/SK).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved the project ID %1 in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no project ID, and IAM did not give one: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the profile a project ID: profile add %1 --project-id ID (with the same other options), or check its region.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set %1 to the project ID of the job&apos;s region.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the profile a project ID: profile add %1 --project-id ID (with the same other options), or a region.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DemoConnection</name>
    <message>
        <source>Server error (HTTP 500)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate limited (HTTP 429)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTML error page from a proxy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Truncated JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plain text instead of JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Oversized answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redirect to another host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redirect on the same host</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DemoJobsMenu</name>
    <message>
        <source>Failing answers</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DesktopNotifier</name>
    <message>
        <source>Show build</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open in Browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open job</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Endpoints</name>
    <message>
        <source>CN North-Beijing4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CN North-Beijing1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CN East-Shanghai2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CN East-Shanghai1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CN South-Guangzhou</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CN South-Shenzhen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CN Southwest-Guiyang1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AP-Singapore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LA-Sao Paulo1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LA-Mexico City2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LA-Santiago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TR-Istanbul</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid URL. Enter a base URL such as https://cloudbuild-ext.cn-north-4.myhuaweicloud.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The endpoint must be a base URL without a query or fragment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plain HTTP is refused for %1: your token would travel unencrypted. Use an https:// URL (plain HTTP is allowed only to this computer).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsupported URL scheme &quot;%1&quot;: use https://.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The endpoint must not hold a user name or password (user:password@); give credentials with a profile or --token-stdin instead.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ErrorBanner</name>
    <message>
        <source>Error message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss this message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notice</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FailureSummary</name>
    <message>
        <source>The request was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The log download is not published here; reading the log page by page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many requests: CodeArts Build is throttling you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The log was not read; nothing was repeated.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FavoritesModel</name>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job ID: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job name: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also a favorite in CodeArts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a favorite in CodeArts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last fetched: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not fetched yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last build</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In CodeArts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unreachable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running %1, longer than usual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running %1, about %2 left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aborted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>last build just now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unreachable: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notifications muted</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>last build %n minutes ago</source>
        <translation>
            <numerusform>last build %n minute ago</numerusform>
            <numerusform>last build %n minutes ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>last build %n hours ago</source>
        <translation>
            <numerusform>last build %n hour ago</numerusform>
            <numerusform>last build %n hours ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>last build %n days ago</source>
        <translation>
            <numerusform>last build %n day ago</numerusform>
            <numerusform>last build %n days ago</numerusform>
        </translation>
    </message>
    <message>
        <source>health %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>muted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>starred</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>project %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FavoritesPanel</name>
    <message>
        <source>Favorites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Favorite jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the alias and note (F2 edits the alias in place)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Favorite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alias</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Alias:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Health %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>muted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · muted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mute Notifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No desktop notifications for this job; the board still shows it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the selected favorite up (Ctrl+Up, or drag it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the selected favorite down (Ctrl+Down, or drag it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No favorites yet: find a job with Ctrl+K, open one of the Demo jobs or add your account (Manage Profiles), then Star Job.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HealthGauge</name>
    <message>
        <source>Health score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 out of 100, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not provided by the service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Health score %1 of 100 (%2). Below 60 is poor, 60 to 79 fair, 80 and above good.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>poor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>good</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not provided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service sent a health score of %1, outside 0 to 100.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryIntegration</name>
    <message>
        <source>&amp;Star Job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the job shown to your favorites (Ctrl+D)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Trend…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Health and last build of the job shown, over time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hi&amp;story</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The history is off: &quot;%1&quot; could not be opened (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The history is off: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The fetch was not recorded in the history: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Un&amp;star Job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Showing a snapshot from history; nothing was fetched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From history — %1. This is what the job looked like then; press F5 to fetch its current state.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The app&apos;s own history of fetches for the job shown (Ctrl+H)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sidebar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show or hide the favorites sidebar (Ctrl+B)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <source>Error code: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Success</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid job ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No credentials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forbidden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate limited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused by the service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unreadable answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer too large</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timed out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redirect refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last build&apos;s result changed since the previous fetch of this job.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The health score changed since the previous fetch of this job.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (was %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last build</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aborted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryStore</name>
    <message>
        <source>The folder for &quot;%1&quot; could not be created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The integrity check failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database could not be switched to WAL mode.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The history database was written by a newer version of the app (schema %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The damaged history database &quot;%1&quot; could not be moved aside.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The history database was damaged. It was moved to &quot;%1&quot; and a new one was started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQLite error %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryView</name>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History of fetches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by job name or ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter history by text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter history by job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dates:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To date, inclusive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Filter:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this snapshot in the window, without fetching (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co&amp;mpare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select two successful fetches of one job to see what changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Trend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Health and last build of the selected job over time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Retention…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n entries</source>
        <translation>
            <numerusform>%n entry</numerusform>
            <numerusform>%n entries</numerusform>
        </translation>
    </message>
    <message>
        <source>Clear Job History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete every history entry of %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear History</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Delete all %n history entries? Favorites are kept.</source>
        <translation>
            <numerusform>Delete the %n history entry? Favorites are kept.</numerusform>
            <numerusform>Delete all %n history entries? Favorites are kept.</numerusform>
        </translation>
    </message>
    <message>
        <source>History Retention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source> days</source>
        <translation>
            <numerusform> day</numerusform>
            <numerusform> days</numerusform>
        </translation>
    </message>
    <message>
        <source>Keep at most &amp;entries:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep &amp;for:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Older entries are deleted the next time the app starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The history could not be cleared: the database is busy or damaged. Another window of the app may be using it; try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select two fetches of the same job to compare them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These entries are of different jobs; select two fetches of one job.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A failed fetch has no snapshot to compare; select two successful fetches.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show what changed between the two fetches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter history by how the fetch went</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the app&apos;s request for the job went, not how the job&apos;s build ended (that is the Last build column)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F&amp;etch:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;lean Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear This &amp;Job&apos;s History…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear &amp;All History…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HttpExchange</name>
    <message>
        <source>The answer should be small: the endpoint is probably not a Huawei Cloud API.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s name could not be found (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the endpoint and your internet connection or DNS settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The proxy server could not be used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the proxy settings (https_proxy, no_proxy or the system&apos;s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secure connection to %1 could not be trusted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If your company inspects HTTPS traffic, add its CA certificate with --ca-file or in the settings. Certificate errors are never ignored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check your network, or allow more time with --timeout.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s redirects could not be followed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the final endpoint URL directly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try again; if it persists, check the endpoint and any proxy in between.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not connect to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that you are online and that the endpoint is right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service or network is slow: try again, or allow more time with --timeout.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server redirected to another site, %1; the request was stopped so your credentials are not sent there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If you trust that site, use it as the endpoint directly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The proxy server asked for authentication (HTTP 407); the request did not reach %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the user name and password in the proxy settings, or ask your network administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 header holds a line break or NUL; nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the credentials for stray characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server redirected to %1, which is not a web address; the request was stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer could not be decompressed (Content-Encoding: %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server answered with a redirect that could not be followed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server sent no final answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to %1 timed out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server at %1 closed the connection before answering fully.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer is too large (%1; the limit is %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>No complete answer within %n seconds.</source>
        <translation>
            <numerusform>No complete answer within %n second.</numerusform>
            <numerusform>No complete answer within %n seconds.</numerusform>
        </translation>
    </message>
    <message>
        <source>The answer is too large (over %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The server kept redirecting (%n redirects followed) without answering.</source>
        <translation>
            <numerusform>The server kept redirecting (%n redirect followed) without answering.</numerusform>
            <numerusform>The server kept redirecting (%n redirects followed) without answering.</numerusform>
        </translation>
    </message>
    <message>
        <source>The proxy server %1 could not be used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not connect to %1 through the proxy %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to %1 ended in the middle of the answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The answer stopped: no data for %n seconds.</source>
        <translation>
            <numerusform>The answer stopped: no data for %n second.</numerusform>
            <numerusform>The answer stopped: no data for %n seconds.</numerusform>
        </translation>
    </message>
    <message>
        <source>it was closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IamProjectLookup</name>
    <message>
        <source>IAM knows no project named &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the region, or give the project ID yourself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IAM did not say which project region %1 has.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the access key and secret key, or give the project ID yourself.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IamSignIn</name>
    <message>
        <source>IAM answered without a usable token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that the IAM endpoint is right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IAM refused the user name, account or password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the IAM user name, the account (domain) name and the password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IAM refused to issue a token for this user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user may be disabled or need a different sign-in method (for example MFA).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IAM could not sign you in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try again in a moment; check the IAM endpoint if it persists.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JobAccessibility</name>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JobAnswer</name>
    <message>
        <source>The token is invalid or has expired.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Get a new IAM token (tokens last 24 hours) and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have no permission to view this job.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the job&apos;s owner or a project manager to grant you access, or check that the token belongs to the right project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No job with this ID was found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the job ID and that the endpoint is in the job&apos;s region.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many requests: the service is rate limiting you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CodeArts Build service had a problem answering.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is usually temporary: try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service refused the request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the job ID and the endpoint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the answer was a web page, likely from a proxy or gateway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server answered with a web page instead of job data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A proxy or gateway may be in the way: check the endpoint URL and your proxy settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server sent an empty answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try again; if it persists, check the endpoint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer was not valid JSON (it may have been cut off).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try again; if it persists, check the endpoint and any proxy in between.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer was JSON but not a job object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that the endpoint is a CodeArts Build endpoint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service could not return this job.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer has no job data in it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Wait %n seconds and try again.</source>
        <translation>
            <numerusform>Wait %n second and try again.</numerusform>
            <numerusform>Wait %n seconds and try again.</numerusform>
        </translation>
    </message>
    <message>
        <source>The service asked for a wait of %1 seconds; wait an hour at most and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait a minute and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the service&apos;s message in the parentheses; try again later if it looks temporary.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JobBuildsTab</name>
    <message>
        <source>The build records of the job shown will appear here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Builds</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JobClient</name>
    <message>
        <source>&quot;%1&quot; is not a job ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No credentials were given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter an IAM token, or pass one with --token-stdin.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JobFetch</name>
    <message>
        <source>The server answered with another job (%1) than the one asked for (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server may have redirected the request. Check the job ID, or ask the endpoint&apos;s administrator.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JobFetcher</name>
    <message>
        <source>No CA certificate could be read from %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that the file exists and holds PEM or DER certificates, or remove the %1 setting.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JobFormView</name>
    <message>
        <source>Job details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No job shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The job&apos;s name (API field job_name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The build job&apos;s ID, as at the end of its page URL (API field id)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the job&apos;s code comes from (API field source_code)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Times</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When the job was created, in your time zone (API field create_time)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last build:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When the last build ran, in your time zone (API field last_build_time)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last build time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Build time:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How long the last build took (API field build_time)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Build time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charge time:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Build time billed for the last build (API field charge_time)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charge time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disabled:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whether the job is disabled and cannot run (API field disabled)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Favorite:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whether you marked the job as a favorite (API field favorite)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Favorite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New build:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whether the job was made with the new version of CodeArts Build (API field new_build)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New build</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project permissions:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whether the project&apos;s permission settings apply to this job (API field project_permission_switch)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project permissions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the job is doing now, as the service words it (API field running_status)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the last build ended, and when (API field last_build_status)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time since the last build</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service&apos;s health score for the job, 0 to 100 (API field health_score)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rating:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Below 60 is poor, 60 to 79 fair, 80 and above good (API field health_score)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Health rating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your permissions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fields the service sent that this version of the app does not know, shown as received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not provided by the service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Good (80 and above)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fair (60 to 79)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Poor (below 60)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last build status as sent by the service: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As sent by the service: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (in CodeArts)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starred here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · starred here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In CodeArts: the job&apos;s favorite flag in the service. Starred here: in this app&apos;s Favorites panel (Ctrl+D).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>just now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in 1 minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in %1 minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 minute ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 minutes ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in 1 hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in %1 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 hour ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 hours ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in 1 day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in %1 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 day ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 days ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in 1 month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in %1 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 month ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 months ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in 1 year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in %1 years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 year ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 years ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a job ID or paste the job&apos;s page URL into the Job ID field above, then press Enter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetching the job…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No account at hand? Choose “Demo sandbox” in the Profile list and pick one of the demo jobs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disabled: the job cannot run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · disabled: the job cannot run</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Show all %n fields…</source>
        <translation>
            <numerusform>Show the %n field…</numerusform>
            <numerusform>Show all %n fields…</numerusform>
        </translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value as received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy &amp;Selection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unfollow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow in CodeArts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the job from your favorites in CodeArts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the job to your favorites in CodeArts, to get its notifications there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Build project:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The job&apos;s own build project (API field project_id), not the CodeArts project it belongs to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Build project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CodeArts project:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CodeArts project the job belongs to, by its name; its ID is in the value&apos;s tooltip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CodeArts project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The job&apos;s own answer does not say which CodeArts project it belongs to. It becomes known when the job is listed in Find Jobs (Ctrl+K) or when one of its builds is opened on the Builds tab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CodeArts project ID: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CodeArts project ID: %1. Its name is not known yet: the project list in Find Jobs (Ctrl+K) brings it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why it failed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show Log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open this build&apos;s log at the line that explains the failure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the log of build %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JobId</name>
    <message>
        <source>A job ID is 32 letters and digits, as at the end of the job&apos;s page URL (for example f5af662119404ad187437cd272b5099b). You can also paste the whole URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The job&apos;s URL is from region %1, but the request goes to %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JobList</name>
    <message>
        <source>Success</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aborted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timed out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never built</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer has no list in it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that the endpoint is a CodeArts Build endpoint.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JobListCache</name>
    <message>
        <source>The folder for &quot;%1&quot; could not be created.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JobPage</name>
    <message>
        <source>Job &amp;ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job ID, job page URL or job name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The 32-character job ID, or the address of the job&apos;s page copied from the browser. Press Enter to fetch. Part of a job&apos;s name searches for it in the sidebar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job ID or job page URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Demo jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sample jobs served by the demo sandbox, including ones that fail in typical ways</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetch the job&apos;s current state (Enter or F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the request in progress (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel fetch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End&amp;point:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where to fetch from: the built-in demo sandbox, a Huawei Cloud region, or a custom base URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>https://cloudbuild-ext.example.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Base URL of a CodeArts Build endpoint. Must be https:// (plain http:// only to this computer).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom endpoint URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Token:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IAM token (X-Auth-Token)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your IAM token. It is kept in memory only and never saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IAM token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept in memory only, never saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo sandbox runs on this computer: no account or token needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetching</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose that region in the Endpoint list, or a profile for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a job ID first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a job ID or job page URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetching %1 from %2 as %3…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetching %1 from %2…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetched %1 in %2 ms from %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (from history)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press Enter in the Job ID field or F5 to fetch again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JobSearchPanel</name>
    <message>
        <source>never built</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>just now</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation>
            <numerusform>%n min ago</numerusform>
            <numerusform>%n min ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h ago</source>
        <translation>
            <numerusform>%n h ago</numerusform>
            <numerusform>%n h ago</numerusform>
        </translation>
    </message>
    <message>
        <source>health %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no health score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search jobs by name (Ctrl+K)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All projects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the jobs of this project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any last build</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only jobs whose last build ended so</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an endpoint or profile to search its jobs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Results from %1; refreshing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not refresh (%1); showing results from %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No jobs match.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n days ago</source>
        <translation>
            <numerusform>%n day ago</numerusform>
            <numerusform>%n days ago</numerusform>
        </translation>
    </message>
    <message>
        <source>last build %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>project %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>starred</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not starred</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job ID: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search jobs by name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last build</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the selected job to the favorites, or remove it (Ctrl+D in the results)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove from Favorites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add to Favorites</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KeyboardAccess</name>
    <message>
        <source>More actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear text</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System default</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ListPager</name>
    <message>
        <source>You have no permission to list these.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that the token belongs to the right project and account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No project with this ID was found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service does not offer this list here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the endpoint and that it is in the right region.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service could not return the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a project ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A CodeArts project ID has 32 letters and digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No credentials were given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Throttled; asking for page %1 again in %2 ms.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1 held %2 items; only the %3 asked for are used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service sent more items per page than asked for; the extra items were ignored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service sent page %1 with nothing new while it says the list holds %2 items; the list may be incomplete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped after %1 pages (%2 items); the list may be incomplete.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LogView</name>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy &amp;All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select A&amp;ll</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>CodeArts Inspector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy as &amp;JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the job shown, normalised, as JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+C</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to Job &amp;ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move to the Job ID field to enter another job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+L</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Fetch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel Fetch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Esc</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About CodeArts Inspector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About CodeArts Inspector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain is unavailable: secrets are kept in memory for this session only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;CodeArts Inspector %1&lt;/h3&gt;&lt;p&gt;Shows the state of one Huawei Cloud CodeArts Build job: its status, health and what you may do with it.&lt;/p&gt;&lt;p&gt;A token typed into the window is kept in memory only. Profile secrets are stored only in your system keychain, never in files.&lt;/p&gt;&lt;p&gt;Built with Qt %2.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find Jobs…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Builds…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied %1 as JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hi&amp;story</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Following the job in CodeArts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No longer following the job in CodeArts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain answers again: secrets saved from now on are kept in it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find jobs by name in the sidebar; again to go back to the favorites (Ctrl+K)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready to fetch %1: press Enter or F5.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NetworkSettingsDialog</name>
    <message>
        <source>Use the s&amp;ystem&apos;s proxy settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use this pro&amp;xy:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeout</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source> seconds</source>
        <translation>
            <numerusform> second</numerusform>
            <numerusform> seconds</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Timeout:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CA file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None: the system&apos;s certificates only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extra trusted CA certificates (PEM or DER), for a company proxy that inspects HTTPS. Certificate errors are never ignored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CA Certificates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer *.der);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;CA file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proxy URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proxy:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile the command line uses when none is named</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Default profile:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No saved profiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CA file %1 cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the proxy as http://host:port.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The proxy URL may not hold a user name or password: settings are not a place for secrets.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Permissions</name>
    <message>
        <source>Not given by the service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Denied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whether you may see this job and its builds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whether you may run this job and stop its builds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whether you may change this job&apos;s configuration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whether you may make a copy of this job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whether you may delete this job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whether you may disable this job so that it cannot run, and enable it again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whether you may manage who has access to this job</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Fetch the last job when the app starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Otherwise its ID waits in the Job ID field: press Enter or F5 to fetch it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Watching the favorites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How often a favorite whose build runs is asked for its state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How often the other favorites are asked for their state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Poll &amp;running builds every:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Poll &amp;other jobs every:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notify me when a favorite&apos;s build</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>f&amp;ails</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A build failed after one that did not</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is fi&amp;xed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A build succeeded after one that failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fails a&amp;gain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each failed build after a failed one: a job that stays red is announced with every build</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each build as it starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is a&amp;borted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A build was stopped or timed out</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source> seconds</source>
        <translation>
            <numerusform> second</numerusform>
            <numerusform> seconds</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProfileDialog</name>
    <message>
        <source>&amp;New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the profile and its secrets from the keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Na&amp;me:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom endpoint URL…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;gion:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Endpoint URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom endpoint URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;IAM endpoint:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IAM endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where password profiles sign in. Leave empty to derive it from the region.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credential kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IAM token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IAM user and password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access key and secret key (AK/SK)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in &amp;with:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Token:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IAM &amp;user:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IAM user name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Account:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Project name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remember &amp;password in the keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access &amp;key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access key ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>access key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Secret key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secret access key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>secret key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project I&amp;D:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent as X-Project-Id with AK/SK requests; optional.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required with a custom endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stored in the keychain; type to replace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type to remember a new password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the IAM token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the access key and the secret key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile “%1” was saved, but its secrets were not: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile “%1” was removed, but some of its secrets could not be deleted from the keychain: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain is unavailable: secrets are kept in memory for this session only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Test Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the service for one job with the saved profile, to see that its endpoint, network and credentials work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without it the password is kept for this session only; later sessions ask for it when a new token is needed (about once a day).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove profile “%1” and delete its secrets from the keychain?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Testing profile “%1”…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfileStore</name>
    <message>
        <source>The profile needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A profile named &quot;%1&quot; already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a region or enter a custom endpoint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The IAM endpoint must be an HTTPS URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing in with a password needs the IAM user name and the account name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the IAM endpoint: it cannot be derived without a region.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The IAM endpoint: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfileSwitcher</name>
    <message>
        <source>Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain is unavailable: secrets are kept in memory for this session only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;rofile:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whose credentials to fetch with: the demo sandbox, a token for this session, or a saved profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Manage Profiles…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add, edit and remove saved profiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo sandbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token (this session only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetch again and enter the password when asked, or remember it under Manage Profiles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token for this session only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile %1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · not signed in yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · token valid %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · token expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · keychain unavailable, secrets in memory only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IAM token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IAM password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AK/SK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to test with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Testing profile “%1” with %2 failed: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Profile “%1” works: %2 answered, %n jobs visible.</source>
        <translation>
            <numerusform>Profile “%1” works: %2 answered, %n job visible.</numerusform>
            <numerusform>Profile “%1” works: %2 answered, %n jobs visible.</numerusform>
        </translation>
    </message>
    <message>
        <source>Profile “%1” works: %2 answered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom URL…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>token</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Finished, healthy, full permissions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed, poor health, view and run only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running now, Chinese job name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disabled, aborted, missing times</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fields this version does not know</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Somebody else&apos;s job (no permission)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A job that was deleted (not found)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slow answer (a few seconds)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service reports a failure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CodeArts Inspector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the window on the demo sandbox.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job ID or job page URL to open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many arguments.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RunDialog</name>
    <message>
        <source>Run Build</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Parameter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove Parameter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The job&apos;s default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Branch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the job&apos;s parameters…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Branch, tag or commit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Build:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parameters (name = value); leave them out for the job&apos;s defaults:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The job defines no parameters; you may add some:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The job&apos;s parameters, with their defaults:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The job&apos;s parameters could not be read (%1); you may still enter them by hand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The job&apos;s default (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the job&apos;s configuration…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This job has no branch parameter (such as codeBranch), so a run cannot choose its branch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This job has no branch parameter (such as codeBranch), so a run cannot choose its branch: it builds %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commit ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Build</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SecretError</name>
    <message>
        <source>Until then the secret is kept in memory for this session only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No secret is stored under this name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the credentials again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No keychain is available (Secret Service not running).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No keychain is available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secret is kept in memory for this session only. Start a keychain such as GNOME Keyring or KWallet to keep it across restarts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain is locked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock it (log in to the desktop session or open your password manager) and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access to the keychain was denied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allow CodeArts Inspector to use the keychain and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain did not answer in time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It may be waiting for an unlock prompt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stored secret is incomplete or not in the expected format.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the credentials again to replace it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secret&apos;s name is empty or too long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain reported an error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try again; if it keeps failing, check your keychain application.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SecretField</name>
    <message>
        <source>Hide %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+H shows or hides the %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SecretJob</name>
    <message>
        <source>the secret is too large</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>part %1 of %2 is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The keychain did not answer within %n seconds.</source>
        <translation>
            <numerusform>The keychain did not answer within %n second.</numerusform>
            <numerusform>The keychain did not answer within %n seconds.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SettingsMenu</name>
    <message>
        <source>Se&amp;ttings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Network…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new language shows after CodeArts Inspector starts again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restart Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The language will change the next time CodeArts Inspector starts.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShowJobTransport</name>
    <message>
        <source>This request cannot be sent.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShownJobNote</name>
    <message>
        <source>Fetching %1… Below, greyed: %2 (%3), as fetched before.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled. Below is still %1 (%2), as fetched before; F5 fetches it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetching it again failed. Below is %1 (%2), as fetched before.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sidebar</name>
    <message>
        <source>Choose an endpoint and credentials first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Favorites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The favorites and their builds (Ctrl+B, or Esc in the search)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find Jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find jobs by name (Ctrl+K)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>&amp;Remember password in the keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign In to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Otherwise the password is used for this sign-in only; the token it brings is kept until it expires.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IAM user:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign In</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SingleInstance</name>
    <message>
        <source>%1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a directory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 belongs to another user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 can be used by other users (mode %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SnapshotDiff</name>
    <message>
        <source>Permissions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Times</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatusBadge</name>
    <message>
        <source>Last build status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Success</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aborted</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatusLine</name>
    <message>
        <source>Ready</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StepTimeline</name>
    <message>
        <source>not run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, failed here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steps of the selected build</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>succeeded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>aborted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2, %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TransitionTracker</name>
    <message>
        <source>%1 failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is fixed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was aborted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 -&gt; %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n jobs changed</source>
        <translation>
            <numerusform>%n job changed</numerusform>
            <numerusform>%n jobs changed</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is still failing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Build #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>started by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed at %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 -&gt; %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrayWatcher</name>
    <message>
        <source>running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>success</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>aborted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 failed, %2 running, %3 succeeded, %4 other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Watching is paused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause watching</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>CodeArts Inspector: %n jobs watched</source>
        <translation>
            <numerusform>CodeArts Inspector: %n job watched</numerusform>
            <numerusform>CodeArts Inspector: %n jobs watched</numerusform>
        </translation>
    </message>
    <message>
        <source>Do not disturb</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrendChartDialog</name>
    <message>
        <source>Trend of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Health score and last build of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trend chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n successful fetches</source>
        <translation>
            <numerusform>%n successful fetch</numerusform>
            <numerusform>%n successful fetches</numerusform>
        </translation>
    </message>
    <message>
        <source>Health score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last build succeeded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last build failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other build status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No successful fetch of this job in the history yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
Health score: %2
Last build: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One fetch so far: a trend needs two. Fetch the job again later (F5), or star it to keep it at hand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the service&apos;s build records…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service&apos;s build records could not be loaded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Build duration (minutes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Build succeeded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Build failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Build aborted or other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetched or started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service has no build records for these days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n builds from the service&apos;s records.</source>
        <translation>
            <numerusform>%n build from the service&apos;s records.</numerusform>
            <numerusform>%n builds from the service&apos;s records.</numerusform>
        </translation>
    </message>
    <message>
        <source>Build #%1 (%2)
Started: %3
Duration: %4 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetches:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Builds:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started by: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>health score %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>last build failed at %n of them</source>
        <translation>
            <numerusform>last build failed at %n of them</numerusform>
            <numerusform>last build failed at %n of them</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WatchBoard</name>
    <message>
        <source>Refresh Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask for the state of every favorite now (Shift+F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause Watching</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attention First</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show failed and running jobs above the others</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do Not Disturb</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No desktop notifications; the board and tray still show every change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notify When a Build Starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep Watching in the Tray When Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This desktop has no system tray: closing the window quits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Watch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Watching starts after the first fetch with %1 (or Refresh Now).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not watching: enter a token or choose a profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in again: %1 refused the credentials. Watching resumes after a fetch that succeeds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 refused the credentials; watching stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline: watching waits for the network and refreshes when it is back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Watching is paused.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
