// SPDX-FileCopyrightText: 2026 The virt-console-viewer developers
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

// Running a program to its end in a test, as a user runs the command line: its exit status and
// both outputs, with `input` on stdin (kept open when `keepInputOpen`, as the viewer keeps the
// privileged reader's). A program that does not end in `timeoutMs` gives exitCode -1.

#include <QByteArray>
#include <QProcess>
#include <QStringList>

namespace vcv::test {

struct ProcessResult
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

inline ProcessResult runProcess(const QString &program, const QStringList &arguments, const QByteArray &input = {},
                                bool keepInputOpen = false, int timeoutMs = 120000)
{
    QProcess process;
    if (input.isEmpty() && !keepInputOpen)
        process.setStandardInputFile(QProcess::nullDevice()); // no terminal: nothing asks there
    process.start(program, arguments);
    process.write(input);
    if (!keepInputOpen)
        process.closeWriteChannel();
    if (!process.waitForFinished(timeoutMs))
        return {};
    return {process.exitCode(), process.readAllStandardOutput(), process.readAllStandardError()};
}

} // namespace vcv::test
