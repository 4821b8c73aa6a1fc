<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>vcv::BootListModel</name>
    <message numerus="yes">
        <source>⚠ %n problem(s)</source>
        <translation>
            <numerusform>⚠ %n problem</numerusform>
            <numerusform>⚠ %n problems</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vcv::BootNotifications</name>
    <message numerus="yes">
        <source>Nothing on the console for %n second(s) while booting. Last line: %1</source>
        <translation>
            <numerusform>Nothing on the console for %n second while booting. Last line: %1</numerusform>
            <numerusform>Nothing on the console for %n seconds while booting. Last line: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vcv::BootTimelineView</name>
    <message numerus="yes">
        <source>(+%n more)</source>
        <translation>
            <numerusform>(+%n more)</numerusform>
            <numerusform>(+%n more)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vcv::CliCommands</name>
    <message numerus="yes">
        <source>The log has %n boot(s); there is no boot %1.</source>
        <translation>
            <numerusform>The log has %n boot; there is no boot %1.</numerusform>
            <numerusform>The log has %n boots; there is no boot %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vcv::ConsoleTab</name>
    <message numerus="yes">
        <source>%1 on %2, copied over ssh: %Ln line(s), %3</source>
        <translation>
            <numerusform>%1 on %2, copied over ssh: %Ln line, %3</numerusform>
            <numerusform>%1 on %2, copied over ssh: %Ln lines, %3</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln line(s), %2</source>
        <translation>
            <numerusform>%1: %Ln line, %2</numerusform>
            <numerusform>%1: %Ln lines, %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n rotated file(s)</source>
        <translation>
            <numerusform>, %n rotated file</numerusform>
            <numerusform>, %n rotated files</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, read with administrator rights: %Ln line(s), %2</source>
        <translation>
            <numerusform>%1, read with administrator rights: %Ln line, %2</numerusform>
            <numerusform>%1, read with administrator rights: %Ln lines, %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 on %2, read over ssh with sudo: %Ln line(s), %3</source>
        <translation>
            <numerusform>%1 on %2, read over ssh with sudo: %Ln line, %3</numerusform>
            <numerusform>%1 on %2, read over ssh with sudo: %Ln lines, %3</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vcv::DomainTreeFilterModel</name>
    <message numerus="yes">
        <source>%1 · %n problem(s)</source>
        <translation>
            <numerusform>%1 · %n problem</numerusform>
            <numerusform>%1 · %n problems</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vcv::LogPane</name>
    <message numerus="yes">
        <source>%n problem(s) in boot %1 of %2</source>
        <translation>
            <numerusform>%n problem in boot %1 of %2</numerusform>
            <numerusform>%n problems in boot %1 of %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) in this log</source>
        <translation>
            <numerusform>%n problem in this log</numerusform>
            <numerusform>%n problems in this log</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s)</source>
        <translation>
            <numerusform>%n problem</numerusform>
            <numerusform>%n problems</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Show the problems of boot %1 (%n in the whole log)</source>
        <translation>
            <numerusform>Show the problems of boot %1 (%n in the whole log)</numerusform>
            <numerusform>Show the problems of boot %1 (%n in the whole log)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vcv::LogProblemsPanel</name>
    <message numerus="yes">
        <source> line(s)</source>
        <translation>
            <numerusform> line</numerusform>
            <numerusform> lines</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vcv::LogSearchBar</name>
    <message numerus="yes">
        <source>%Ln found</source>
        <translation>
            <numerusform>%Ln found</numerusform>
            <numerusform>%Ln found</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vcv::LogView</name>
    <message numerus="yes">
        <source>↓ %Ln new line(s)</source>
        <translation>
            <numerusform>↓ %Ln new line</numerusform>
            <numerusform>↓ %Ln new lines</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Copied the first %Ln line(s); save the log to get all of it.</source>
        <translation>
            <numerusform>Copied the first line; save the log to get all of it.</numerusform>
            <numerusform>Copied the first %Ln lines; save the log to get all of it.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vcv::MainWindow</name>
    <message numerus="yes">
        <source>%1 of %Ln connection(s) open</source>
        <translation>
            <numerusform>%1 of %Ln connection open</numerusform>
            <numerusform>%1 of %Ln connections open</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vcv::RemoteLogMirror</name>
    <message numerus="yes">
        <source>The ssh connection for the log ended (%1); trying again in %n second(s).</source>
        <translation>
            <numerusform>The ssh connection for the log ended (%1); trying again in %n second.</numerusform>
            <numerusform>The ssh connection for the log ended (%1); trying again in %n seconds.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vcv::TerminalView</name>
    <message numerus="yes">
        <source>Paste %Ln line(s) into the console? Each line runs as if typed.</source>
        <translation>
            <numerusform>Paste %Ln line into the console? Each line runs as if typed.</numerusform>
            <numerusform>Paste %Ln lines into the console? Each line runs as if typed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Pasting: %1 of %Ln line(s) taken by the guest…</source>
        <translation>
            <numerusform>Pasting: %1 of %Ln line taken by the guest…</numerusform>
            <numerusform>Pasting: %1 of %Ln lines taken by the guest…</numerusform>
        </translation>
    </message>
</context>
</TS>
