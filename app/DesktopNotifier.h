// SPDX-FileCopyrightText: 2026 The virt-console-viewer developers
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QDBusConnection>
#include <QHash>
#include <QObject>
#include <QString>

#include <optional>

namespace vcv {

/// Desktop notifications through the freedesktop Notifications service
/// (org.freedesktop.Notifications on the session bus, Desktop Notifications Specification 1.2).
///
/// notify() sends one with the app's name and icon, the "default" action (a click) and the
/// desktop-entry hint; a later notify() with the same key replaces the notification still shown
/// for that key (replaces_id) instead of adding one. The body is plain text: when the server
/// interprets markup (its capability "body-markup", asked once) the text is escaped, and it is
/// cut at kMaxBody characters, control characters made spaces: it carries guest output.
///
/// Every call is asynchronous (QDBusPendingCall): nothing here waits for the server or for a
/// reply. Only the connection to the session bus itself (a local socket, QtDBus's handshake) is
/// made synchronously, once, at the first notify().
/// No session bus, or no server on it, is not an error for the user: that notification is
/// dropped, with one debug line (category vcv.notify) until a notification goes through again.
///
/// Thread: GUI thread.
class DesktopNotifier : public QObject
{
    Q_OBJECT
public:
    /// The name the server shows and the icon (the desktop entry's), also the desktop-entry hint.
    static constexpr auto kAppName = "virt-console-viewer";
    static constexpr auto kDesktopEntry = "org.virt_console_viewer.VirtConsoleViewer";
    static constexpr qsizetype kMaxBody = 300;
    static constexpr qsizetype kMaxSummary = 120;

    /// On the session bus, connected at the first notify() (not before: an app that never
    /// notifies never touches the bus).
    explicit DesktopNotifier(QObject *parent = nullptr);
    /// On @p bus (for tests: a bus of their own).
    DesktopNotifier(const QDBusConnection &bus, QObject *parent);
    ~DesktopNotifier() override;

    /// Shows (or replaces) the notification for @p key. Returns at once.
    void notify(const QString &key, const QString &summary, const QString &body);

    /// False while a call to the server is under way (the capabilities, a notification).
    bool isIdle() const;

    /// The body as sent: cut, control characters made spaces, escaped when @p markup.
    static QString plainBody(const QString &text, bool markup);

Q_SIGNALS:
    /// The user clicked the notification last shown for @p key (its "default" action).
    /// @p activationToken: the token the server gave for raising a window (ActivationToken,
    /// for Wayland's xdg-activation), empty when none came.
    void activated(const QString &key, const QString &activationToken);

private Q_SLOTS:
    // QDBusConnection::connect() takes old-style slots.
    void onActionInvoked(uint id, const QString &action);
    void onNotificationClosed(uint id, uint reason);
    void onActivationToken(uint id, const QString &token);

private:
    struct Entry
    {
        uint id = 0;                                     // the server's id of the one shown, 0 when none
        bool sending = false;                            // a Notify is under way (its id comes with the reply)
        std::optional<std::pair<QString, QString>> next; // summary, body to send after it
    };
    QDBusConnection &bus();
    void askCapabilities();
    void send(const QString &key);
    void unavailable(const QString &what);

    std::optional<QDBusConnection> m_bus; // bus()
    QHash<QString, Entry> m_entries;
    std::optional<bool> m_markup; // the server's "body-markup"; unknown until it answered
    bool m_hooked = false;        // listening to the server's signals
    bool m_asking = false;        // GetCapabilities is under way
    bool m_toldUnavailable = false;
    QPair<uint, QString> m_token; // the last ActivationToken: for which notification, the token
};

} // namespace vcv
