// SPDX-FileCopyrightText: 2026 The virt-console-viewer developers
// SPDX-License-Identifier: GPL-2.0-or-later
#include "NotificationServer.h"

#include <QDBusConnectionInterface>

using namespace Qt::StringLiterals;

namespace vcv::test {

PrivateSessionBus::PrivateSessionBus()
{
    m_daemon.setProgram(u"dbus-daemon"_s);
    m_daemon.setArguments({u"--session"_s, u"--nofork"_s, u"--nopidfile"_s, u"--print-address=1"_s});
    m_daemon.start();
    if (!m_daemon.waitForStarted(10000)) {
        m_error = u"dbus-daemon: "_s + m_daemon.errorString();
        return;
    }
    while (!m_daemon.canReadLine() && m_daemon.waitForReadyRead(10000)) { }
    m_address = QString::fromUtf8(m_daemon.readLine()).trimmed();
    if (m_address.isEmpty()) {
        m_error = u"dbus-daemon printed no address: "_s + QString::fromUtf8(m_daemon.readAllStandardError());
        return;
    }
    qputenv("DBUS_SESSION_BUS_ADDRESS", m_address.toUtf8());
}

PrivateSessionBus::~PrivateSessionBus()
{
    if (m_daemon.state() != QProcess::NotRunning) {
        m_daemon.terminate();
        if (!m_daemon.waitForFinished(5000))
            m_daemon.kill();
        m_daemon.waitForFinished(5000);
    }
}

NotificationServer::NotificationServer(const QString &address, QObject *parent)
    : QObject(parent)
    , m_bus(QDBusConnection::connectToBus(address, u"vcv-test-notification-server"_s))
{
    m_registered = m_bus.isConnected() &&
        m_bus.registerObject(u"/org/freedesktop/Notifications"_s, this,
                             QDBusConnection::ExportAllSlots | QDBusConnection::ExportAllSignals) &&
        m_bus.registerService(u"org.freedesktop.Notifications"_s);
}

NotificationServer::~NotificationServer()
{
    m_bus.unregisterService(u"org.freedesktop.Notifications"_s);
    m_bus.unregisterObject(u"/org/freedesktop/Notifications"_s);
    QDBusConnection::disconnectFromBus(u"vcv-test-notification-server"_s);
}

uint NotificationServer::Notify(const QString &appName, uint replacesId, const QString &icon, const QString &summary,
                                const QString &body, const QStringList &actions, const QVariantMap &hints, int timeout)
{
    const uint id = replacesId != 0 ? replacesId : ++m_nextId;
    m_calls.append(Call{appName, replacesId, icon, summary, body, actions, hints, timeout, id});
    Q_EMIT notified();
    return id;
}

QStringList NotificationServer::GetCapabilities() const
{
    QStringList capabilities{u"actions"_s, u"body"_s};
    if (m_markup)
        capabilities << u"body-markup"_s;
    return capabilities;
}

void NotificationServer::CloseNotification(uint id)
{
    close(id);
}

void NotificationServer::click(uint id, const QString &token)
{
    if (!token.isEmpty())
        Q_EMIT ActivationToken(id, token);
    Q_EMIT ActionInvoked(id, u"default"_s);
}

void NotificationServer::close(uint id)
{
    Q_EMIT NotificationClosed(id, 2); // 2: dismissed by the user
}

} // namespace vcv::test
