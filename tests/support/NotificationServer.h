// SPDX-FileCopyrightText: 2026 The virt-console-viewer developers
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QDBusConnection>
#include <QList>
#include <QObject>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <QVariantMap>

namespace vcv::test {

/// A session bus of the test's own: `dbus-daemon --session --nofork --print-address` started by
/// the constructor, DBUS_SESSION_BUS_ADDRESS pointed at it (so QDBusConnection::sessionBus(),
/// connected at its first use, is this bus), stopped by the destructor. Make it before anything
/// uses the session bus. Needs a QCoreApplication.
class PrivateSessionBus
{
public:
    PrivateSessionBus();
    ~PrivateSessionBus();
    PrivateSessionBus(const PrivateSessionBus &) = delete;
    PrivateSessionBus &operator=(const PrivateSessionBus &) = delete;

    /// Empty when the daemon did not start (error() says why).
    QString address() const { return m_address; }
    QString error() const { return m_error; }

private:
    QProcess m_daemon;
    QString m_address;
    QString m_error;
};

/// The receiving end of desktop notifications for tests: registered as
/// org.freedesktop.Notifications on a connection of its own to the bus at @p address (so calls
/// to it cross the bus daemon), it records every Notify call and answers with a new id (or the
/// replaced one), says it has "body-markup" (or not: setMarkup()), and emits ActionInvoked,
/// ActivationToken and NotificationClosed when asked.
class NotificationServer : public QObject
{
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.freedesktop.Notifications")
public:
    struct Call
    {
        QString appName;
        uint replacesId = 0;
        QString icon;
        QString summary;
        QString body;
        QStringList actions;
        QVariantMap hints;
        int timeout = 0;
        uint id = 0; ///< the id answered
    };

    explicit NotificationServer(const QString &address, QObject *parent = nullptr);
    ~NotificationServer() override;

    /// Registered on the bus.
    bool isRegistered() const { return m_registered; }
    void setMarkup(bool on) { m_markup = on; }
    const QList<Call> &calls() const { return m_calls; }

    /// What a click on notification @p id sends: the token, then the "default" action.
    void click(uint id, const QString &token = {});
    void close(uint id);

public Q_SLOTS:
    // The D-Bus methods (Desktop Notifications Specification 1.2).
    uint Notify(const QString &appName, uint replacesId, const QString &icon, const QString &summary,
                const QString &body, const QStringList &actions, const QVariantMap &hints, int timeout);
    QStringList GetCapabilities() const;
    void CloseNotification(uint id);

Q_SIGNALS:
    void ActionInvoked(uint id, const QString &actionKey);
    void ActivationToken(uint id, const QString &token);
    void NotificationClosed(uint id, uint reason);
    /// For the test: a Notify call arrived (calls().last()).
    void notified();

private:
    QDBusConnection m_bus;
    QList<Call> m_calls;
    uint m_nextId = 0;
    bool m_markup = true;
    bool m_registered = false;
};

} // namespace vcv::test
