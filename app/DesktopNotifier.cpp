// SPDX-FileCopyrightText: 2026 The virt-console-viewer developers
// SPDX-License-Identifier: GPL-2.0-or-later
#include "DesktopNotifier.h"

#include <QDBusError>
#include <QDBusMessage>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#include <QLoggingCategory>
#include <QVariantMap>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace vcv {

namespace {
Q_LOGGING_CATEGORY(lcNotify, "vcv.notify", QtWarningMsg)

const QString kService = u"org.freedesktop.Notifications"_s;
const QString kPath = u"/org/freedesktop/Notifications"_s;
const QString &kInterface = kService;

/// @p text cut at @p max characters (an ellipsis says so), control characters made spaces.
QString clean(const QString &text, qsizetype max)
{
    QString result = text.size() > max ? text.left(max - 1) + u'…' : text;
    for (QChar &c : result) {
        if (c.category() == QChar::Other_Control || c.category() == QChar::Other_Format)
            c = u' ';
    }
    return result;
}

} // namespace

DesktopNotifier::DesktopNotifier(QObject *parent)
    : QObject(parent)
{
}

DesktopNotifier::DesktopNotifier(const QDBusConnection &bus, QObject *parent)
    : QObject(parent)
    , m_bus(bus)
{
}

QDBusConnection &DesktopNotifier::bus()
{
    if (!m_bus)
        m_bus = QDBusConnection::sessionBus();
    if (!m_hooked && m_bus->isConnected()) {
        m_hooked = true;
        // Any sender: naming the service would make QtDBus ask the bus for its owner, and wait.
        // Only the ids this notifier got back count.
        m_bus->connect(QString(), kPath, kInterface, u"ActionInvoked"_s, this, SLOT(onActionInvoked(uint, QString)));
        m_bus->connect(QString(), kPath, kInterface, u"NotificationClosed"_s, this,
                       SLOT(onNotificationClosed(uint, uint)));
        m_bus->connect(QString(), kPath, kInterface, u"ActivationToken"_s, this,
                       SLOT(onActivationToken(uint, QString)));
    }
    return *m_bus;
}

DesktopNotifier::~DesktopNotifier() = default;

QString DesktopNotifier::plainBody(const QString &text, bool markup)
{
    const QString plain = clean(text, kMaxBody);
    return markup ? plain.toHtmlEscaped() : plain;
}

bool DesktopNotifier::isIdle() const
{
    return !m_asking && std::none_of(m_entries.cbegin(), m_entries.cend(), [](const Entry &e) { return e.sending; });
}

void DesktopNotifier::notify(const QString &key, const QString &summary, const QString &body)
{
    Entry &entry = m_entries[key];
    entry.next = std::pair(clean(summary, kMaxSummary), body);
    if (!m_markup)
        askCapabilities(); // then sends what waits
    else if (!entry.sending)
        send(key);
}

void DesktopNotifier::askCapabilities()
{
    if (m_asking)
        return;
    if (!bus().isConnected()) { // no session bus: a call would never answer
        unavailable(bus().lastError().message());
        for (Entry &entry : m_entries)
            entry.next.reset();
        return;
    }
    m_asking = true;
    const QDBusMessage call = QDBusMessage::createMethodCall(kService, kPath, kInterface, u"GetCapabilities"_s);
    auto *watcher = new QDBusPendingCallWatcher(bus().asyncCall(call), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this, [this](QDBusPendingCallWatcher *finished) {
        finished->deleteLater();
        m_asking = false;
        const QDBusPendingReply<QStringList> reply = *finished;
        if (reply.isError()) {
            unavailable(reply.error().message());
            for (Entry &entry : m_entries)
                entry.next.reset();
            return;
        }
        m_markup = reply.value().contains(u"body-markup"_s);
        for (auto it = m_entries.cbegin(); it != m_entries.cend(); ++it) {
            if (it->next && !it->sending)
                send(it.key());
        }
    });
}

void DesktopNotifier::send(const QString &key)
{
    Entry &entry = m_entries[key];
    if (!entry.next)
        return;
    const auto [summary, body] = *entry.next;
    entry.next.reset();
    if (!bus().isConnected()) { // the bus went away since the capabilities came
        unavailable(bus().lastError().message());
        return;
    }
    entry.sending = true;
    QDBusMessage call = QDBusMessage::createMethodCall(kService, kPath, kInterface, u"Notify"_s);
    const QVariantMap hints{{u"desktop-entry"_s, QString::fromLatin1(kDesktopEntry)}};
    call << QString::fromLatin1(kAppName) << entry.id << QString::fromLatin1(kDesktopEntry) << summary
         << plainBody(body, m_markup.value_or(false)) << QStringList{u"default"_s, tr("Show")} << hints << qint32(-1);
    auto *watcher = new QDBusPendingCallWatcher(bus().asyncCall(call), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this, [this, key](QDBusPendingCallWatcher *finished) {
        finished->deleteLater();
        const QDBusPendingReply<uint> reply = *finished;
        Entry &sent = m_entries[key];
        sent.sending = false;
        if (reply.isError()) {
            unavailable(reply.error().message());
        } else {
            sent.id = reply.value();
            m_toldUnavailable = false;
        }
        if (sent.next)
            send(key); // what came meanwhile replaces it
    });
}

void DesktopNotifier::unavailable(const QString &what)
{
    if (m_toldUnavailable)
        return;
    m_toldUnavailable = true;
    qCDebug(lcNotify) << "desktop notifications are not available:" << what;
}

void DesktopNotifier::onActionInvoked(uint id, const QString &action)
{
    if (action != u"default"_s || id == 0)
        return;
    for (auto it = m_entries.cbegin(); it != m_entries.cend(); ++it) {
        if (it->id == id) {
            // The server sends the token, if any, right before the action.
            const QString token = m_token.first == id ? m_token.second : QString();
            m_token = {};
            Q_EMIT activated(it.key(), token);
            return;
        }
    }
}

void DesktopNotifier::onActivationToken(uint id, const QString &token)
{
    m_token = {id, token};
}

void DesktopNotifier::onNotificationClosed(uint id, uint /*reason*/)
{
    for (Entry &entry : m_entries) {
        if (entry.id == id && id != 0)
            entry.id = 0;
    }
}

} // namespace vcv
