// SPDX-FileCopyrightText: 2026 The virt-console-viewer developers
// SPDX-License-Identifier: GPL-2.0-or-later
#include "VirshConsole.h"

#include <utility>

using namespace Qt::StringLiterals;

namespace vcv::test {

VirshConsole::VirshConsole(const QString &uri, const QString &domain, const QStringList &extraArguments)
{
    QStringList virsh{u"virsh"_s, u"-c"_s, uri, u"console"_s};
    virsh << extraArguments << domain;
    // script runs its command through the shell: quote every word.
    QStringList quoted;
    for (const QString &word : std::as_const(virsh))
        quoted << u'\'' + QString(word).replace(u'\'', u"'\\''"_s) + u'\'';
    m_process.setProcessChannelMode(QProcess::MergedChannels);
    // The write channel (virsh's stdin through script) stays open until the process is gone.
    m_process.start(u"script"_s, {u"-q"_s, u"-e"_s, u"-c"_s, quoted.join(u' '), u"/dev/null"_s});
}

VirshConsole::~VirshConsole()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    // SIGTERM: script ends virsh and exits; the guest sees no ^D, since stdin never reached EOF.
    m_process.terminate();
    if (!m_process.waitForFinished(10000)) {
        m_process.kill();
        m_process.waitForFinished(10000);
    }
}

QByteArray VirshConsole::output()
{
    m_output += m_process.readAll();
    return m_output;
}

bool VirshConsole::attached()
{
    return output().contains("Escape character is");
}

} // namespace vcv::test
