// SPDX-FileCopyrightText: 2026 The virt-console-viewer developers
// SPDX-License-Identifier: GPL-2.0-or-later
#include "Sandbox.h"

#include <QProcess>

using namespace Qt::StringLiterals;

namespace vcv::test {

QString Sandbox::uri()
{
    return u"qemu:///system"_s;
}

int Sandbox::runTool(const QString &tool, const QStringList &arguments, QByteArray *out, QByteArray *err, int timeoutMs)
{
    QProcess process;
    process.start(QStringLiteral(VCV_SOURCE_DIR "/tools/sandbox/") + tool, arguments);
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished();
        if (err)
            *err = "timed out or failed to start: " + process.errorString().toUtf8();
        return -1;
    }
    if (out)
        *out = process.readAllStandardOutput();
    if (err)
        *err = process.readAllStandardError();
    return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
}

bool Sandbox::ensureUp(QString *error)
{
    QByteArray err;
    if (runTool(u"daemons"_s, {u"start"_s}, nullptr, &err) == 0)
        return true;
    if (error)
        *error =
            u"the libvirt sandbox did not start (run the tests through tools/devenv test): "_s + QString::fromUtf8(err);
    return false;
}

} // namespace vcv::test
