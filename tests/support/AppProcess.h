// SPDX-FileCopyrightText: 2026 The virt-console-viewer developers
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

// The virt-console-viewer window as a process of its own, for end-to-end tests: offscreen, with
// configuration, data and cache folders of its own (no session restored, nothing saved into
// anyone's), its console's state changes (category vcv.console) on its merged output. The test
// defines VCV_APP_PATH (the built binary). Terminated, then killed if it must be, when the
// object dies.

#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QProcessEnvironment>
#include <QStringList>
#include <QTemporaryDir>

namespace vcv::test {

class AppProcess
{
public:
    /// `settings`: the text of its virt-console-viewer.conf before it starts (none when empty).
    explicit AppProcess(const QStringList &arguments, const QByteArray &settings = {})
    {
        using namespace Qt::StringLiterals;
        if (!settings.isEmpty()) {
            QDir().mkpath(m_home.path() + u"/config/virt-console-viewer"_s);
            QFile conf(m_home.path() + u"/config/virt-console-viewer/virt-console-viewer.conf"_s);
            if (conf.open(QIODevice::WriteOnly))
                conf.write(settings);
        }
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
        env.insert(u"QT_LOGGING_RULES"_s, u"vcv.console.info=true;vcv.open.info=true"_s);
        env.insert(u"XDG_CONFIG_HOME"_s, m_home.path() + u"/config"_s);
        env.insert(u"XDG_DATA_HOME"_s, m_home.path() + u"/data"_s);
        env.insert(u"XDG_CACHE_HOME"_s, m_home.path() + u"/cache"_s);
        m_process.setProcessEnvironment(env);
        m_process.setProcessChannelMode(QProcess::MergedChannels);
        m_process.start(QStringLiteral(VCV_APP_PATH), arguments);
    }
    ~AppProcess()
    {
        m_process.terminate();
        if (!m_process.waitForFinished(10000)) {
            m_process.kill();
            m_process.waitForFinished(10000);
        }
    }
    AppProcess(const AppProcess &) = delete;
    AppProcess &operator=(const AppProcess &) = delete;

    /// Everything it has printed so far (the event loop must have run for it to grow).
    QByteArray output()
    {
        m_output += m_process.readAll();
        return m_output;
    }
    qsizetype count(const QByteArray &needle) { return output().count(needle); }
    bool running() const { return m_process.state() == QProcess::Running; }

private:
    QTemporaryDir m_home;
    QProcess m_process;
    QByteArray m_output;
};

} // namespace vcv::test
