// SPDX-FileCopyrightText: 2026 The virt-console-viewer developers
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QObject>
#include <QPointer>
#include <QString>

#include <functional>

namespace vcv {

class Connection;
struct DomainInfo;

/// "Start Paused and Attach" for a domain that may be running, as a state machine whose libvirt
/// calls all run on the connection's worker:
///
///   start() → Checking: is it running, would it survive a force-off (virDomainIsActive,
///             virDomainIsPersistent)?
///     stopped    → startPaused() at once;
///     transient  → refused (forced off, it would be gone);
///     running    → confirmForceOff() asks the user; yes → ForcingOff (virDomainDestroy)
///                  → WaitingForStop until the connection reports the domain stopped
///                  → startPaused().
///
/// What starting paused means, and how the user is asked, belong to the caller (the console
/// stream's start-and-attach, a message box): this holds neither a stream nor a widget. A lost
/// connection ends the flow, with a message when one was under way.
///
/// Threading: GUI thread; results come back from the connection's worker as queued calls.
class RestartPausedFlow : public QObject
{
    Q_OBJECT
public:
    enum class Step { None, Checking, ForcingOff, WaitingForStop };

    /// Starts the stopped domain paused and attaches; false when that cannot be done any more
    /// (the console is gone), which the flow then reports.
    using StartPaused = std::function<bool()>;
    /// Asks the user whether the running domain may be forced off; true to go on.
    using ConfirmForceOff = std::function<bool()>;

    RestartPausedFlow(Connection *connection, const QString &uuid, const QString &name, StartPaused startPaused,
                      ConfirmForceOff confirmForceOff, QObject *parent = nullptr);

    /// Begins the flow (see the class comment); says so and does nothing while one is under way
    /// or when not connected.
    void start();
    Step step() const { return m_step; }
    bool isRunning() const { return m_step != Step::None; }

Q_SIGNALS:
    /// Something to tell the user in the status bar (plain text).
    void message(const QString &text);
    void stepChanged(vcv::RestartPausedFlow::Step step);

private:
    void setStep(Step step);
    /// start()'s second half, with the domain's state as the worker read it.
    void checked(const QString &error, bool active, bool persistent);
    void domainReported(const DomainInfo &info);
    void startAfterStop();

    QPointer<Connection> m_connection;
    QString m_uuid;
    QString m_name;
    StartPaused m_startPaused;
    ConfirmForceOff m_confirmForceOff;
    Step m_step = Step::None;
    bool m_stopSeen = false; // reported stopped while forcing off (before the destroy's answer)
};

} // namespace vcv
