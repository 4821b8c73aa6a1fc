// SPDX-FileCopyrightText: 2026 The virt-console-viewer developers
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "bootlog/BootLineClassifier.h"
#include "bootlog/LineTypes.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>

class QTabWidget;
class QWidget;

namespace vcv {

class BootAlertWatch;
class DesktopNotifier;
class LogPane;

/// Turns the consoles' boot alerts (BootAlertWatch) into desktop notifications (DesktopNotifier),
/// unless the user is looking at that console: the window is active, not minimized, and the
/// console's tab is the current one. One notification per console, a newer one replacing it.
/// Clicking it brings the window up, makes the console's tab current and shows the line in its
/// log pane (LogPane::showLine, as the Problems list does), found again by its byte offset even
/// if history was put in front of it meanwhile.
///
/// The shell owns it (MainWindow); the user's settings (on or off, the seconds of a stall) are
/// the watches' own. GUI thread only.
class BootNotifications : public QObject
{
    Q_OBJECT
public:
    /// @p window holds @p tabs, whose pages are the consoles'. @p notifier is not owned; none:
    /// one of its own, on the session bus.
    BootNotifications(QWidget *window, QTabWidget *tabs, DesktopNotifier *notifier, QObject *parent = nullptr);
    ~BootNotifications() override;

    /// A console to watch: its watch, its page in the tabs, its log pane, the domain's name. The
    /// watch and the widgets may go first (a closed tab).
    void addConsole(BootAlertWatch *watch, QWidget *page, LogPane *pane, const QString &name);
    /// Whether the user looks at the console shown by @p page.
    bool isLookedAt(const QWidget *page) const;

    /// "demo: kernel panic", …, "demo: boot stalled" (translated).
    static QString problemSummary(const QString &name, BootProblemKind kind);
    static QString stallSummary(const QString &name);

private:
    struct Console
    {
        QPointer<BootAlertWatch> watch;
        QPointer<QWidget> page;
        QPointer<LogPane> pane;
        QString name;
        ByteOffset line; // of the notification shown last
    };
    void alert(const QString &key, const QString &summary, const QString &body, ByteOffset line);
    void activate(const QString &key, const QString &activationToken);

    QPointer<QWidget> m_window;
    QPointer<QTabWidget> m_tabs;
    DesktopNotifier *m_notifier;
    QHash<QString, Console> m_consoles; // by the notifier's key
    int m_nextKey = 0;
};

} // namespace vcv
