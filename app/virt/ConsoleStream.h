// SPDX-FileCopyrightText: 2026 The virt-console-viewer developers
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>

#include "virt/WorkQueue.h"

#include <atomic>
#include <memory>

struct _virStream; // NOLINT(bugprone-reserved-identifier): libvirt names its types so

namespace vcv {

class Connection;

/// The interactive side of one console device of a domain: virDomainOpenConsole on a
/// non-blocking virStream whose callbacks run on the Qt event loop (EventLoop). Bytes from the
/// guest come out of bytesReceived(); write() hands bytes for the guest to the stream's writer
/// thread, which sends them in order (a remote stream's send waits while the guest does not read).
/// It knows nothing of terminals: TerminalView (or anything else) consumes the bytes.
///
/// States (stateChanged carries a human-readable reason; each change is also logged with its
/// reason to the category vcv.console at info level, off unless QT_LOGGING_RULES turns it on):
/// - Closed: not attached; closeCause() says why (by request, the guest stopped, the host side
///   ended the stream — another client took the console over, say —, the daemon went away, an
///   error, or a connection whose driver cannot open consoles at all, which no retry changes).
/// - Connecting: the domain is being looked up and its console opened (or started paused).
/// - Open: attached; bytes flow.
/// - InUse: another client holds the console; takeOver() forces it (VIR_DOMAIN_CONSOLE_FORCE),
///   which also clears a stale session left by a crashed client.
/// - WaitingForGuest: the domain is not running; with auto-reattach (default on) the stream opens
///   again by itself when the domain starts or resumes.
///
/// Built on a Connection: every call that is a round trip to the daemon (lookup, IsActive,
/// OpenConsole, CreateWithFlags, Resume, SendKey, the stream's abort) runs on the connection's
/// worker through Connection::call, so the GUI thread never waits on the network; the sends run
/// on the stream's writer thread, and only the stream's own non-blocking reads run on the event
/// loop. The domain's lifecycle comes from the connection's one event subscription
/// (domainChanged and friends), and a connection that comes back after a loss reattaches a
/// stream the user wanted attached.
/// VIR_DOMAIN_CONSOLE_SAFE is asked for first; drivers without it are retried without.
///
/// Threads: create, use and destroy on the GUI thread.
class ConsoleStream : public QObject
{
    Q_OBJECT
public:
    enum class State { Closed, Connecting, Open, InUse, WaitingForGuest };
    Q_ENUM(State)
    enum class CloseCause { None, Requested, Guest, Host, Daemon, Error, Unsupported };
    Q_ENUM(CloseCause)

    /// `domain` is a UUID string or a name; `alias` the device ("serial0", "console1" …), empty
    /// for the domain's first console. Nothing is opened until open().
    ConsoleStream(Connection *connection, const QString &domain, const QString &alias = {}, QObject *parent = nullptr);
    ~ConsoleStream() override;

    Connection *connection() const;
    /// Whether the user asked for the console attached (open(), takeOver(), startPausedAndAttach())
    /// and has not closed it since — in every state, InUse and WaitingForGuest included.
    bool wantsAttached() const { return m_wantOpen; }

    State state() const { return m_state; }
    CloseCause closeCause() const { return m_cause; }
    /// Why the stream is in its state, for the user (translated); empty when Open.
    QString reason() const { return m_reason; }
    QString alias() const { return m_alias; }

    /// Reopen by itself when the domain runs again (default true).
    void setAutoReattach(bool on);
    bool autoReattach() const { return m_autoReattach; }

    /// Bytes given to write() that the stream has not accepted yet (a guest that does not read
    /// its console holds them back).
    qint64 pendingWriteBytes() const { return m_unsentBytes; }
    /// Bytes received since construction (for benchmarks and diagnostics).
    qint64 receivedBytes() const { return m_received; }

    /// Stops (true) or resumes (false) reading the guest's output, for a consumer that has
    /// fallen behind: while paused the stream is not asked for READABLE, so what the guest writes
    /// waits in libvirt and QEMU instead of in this process. Hang-ups and errors are still seen.
    /// Kept across reattaches.
    void setReceivingPaused(bool paused);
    bool isReceivingPaused() const { return m_receivingPaused; }

    /// Largest chunk handed to bytesReceived at once; bigger bursts are split over event loop
    /// iterations so that the GUI stays responsive. Default 256 KiB.
    void setMaxChunk(int bytes) { m_maxChunk = qMax(4096, bytes); }

    /// Starts the domain paused (VIR_DOMAIN_START_PAUSED), attaches, then resumes it, all in one
    /// job on the connection's worker: nothing of the boot is missed. Connecting, then Open. When
    /// it fails (the domain already runs, it cannot start …) requestFailed() says why and the
    /// console is opened as open() would (the guest is resumed even if attaching failed).
    void startPausedAndAttach();

    /// virDomainSendKey (Linux key codes through the guest's keyboard, not the serial line), on
    /// the worker; a failure comes as requestFailed().
    void sendCtrlAltDel();
    /// Magic SysRq + `command` (a letter or digit: 'b', 's', 'u' …). False, with *error, for
    /// anything else; else queued as sendCtrlAltDel().
    bool sendSysRq(char command, QString *error = nullptr);

public Q_SLOTS:
    /// Attaches (Connecting → Open, InUse, WaitingForGuest or Closed/Error). Safe: does not take
    /// the console from another client.
    void open();
    /// Attaches even if another client holds the console, disconnecting it.
    void takeOver();
    /// Detaches (Closed, CloseCause::Requested); auto-reattach does not reopen it.
    void close();
    /// Queues bytes for the guest; never waits for the guest. Dropped (with a warning) unless Open.
    void write(const QByteArray &bytes);

Q_SIGNALS:
    void stateChanged(vcv::ConsoleStream::State state, const QString &reason);
    /// Guest output, in order, in chunks of at most setMaxChunk() bytes.
    void bytesReceived(const QByteArray &bytes);
    /// startPausedAndAttach(), sendCtrlAltDel() or sendSysRq() failed (translated message).
    void requestFailed(const QString &message);

private:
    struct Attempt;
    static void streamCallback(_virStream *stream, int events, void *opaque);

    void attach(bool force);
    void installAttempt(Attempt &attempt);
    void onDomainState(const QString &uuid, bool active);
    void onStreamEvent(int events);
    void readAvailable();
    static QString sendAll(_virStream *stream, const QByteArray &bytes, const std::atomic_bool &cancelled);
    void onWritten(quint64 attempt, qint64 bytes, const QString &failure);
    void updateEvents();
    void endStream();
    void streamEnded(const QString &libvirtMessage);
    void stopped();
    void sendKeys(const QList<unsigned> &keys, const QString &failure);
    void setState(State state, CloseCause cause, const QString &reason);

    QPointer<Connection> m_connection;
    std::shared_ptr<_virStream> m_stream; // its deleter aborts it: released on the worker
    QString m_domainKey;                  // what the caller named the domain by (UUID or name)
    QString m_uuid;                       // the domain's UUID once known, to match lifecycle changes
    QString m_alias;
    State m_state = State::Closed;
    CloseCause m_cause = CloseCause::None;
    QString m_reason;
    quint64 m_attempt = 0; // bumps with every attach, close or end: late answers are dropped
    bool m_autoReattach = true;
    bool m_safeSupported = true;
    bool m_wantOpen = false; // the user wants it attached (cleared by close())
    bool m_startingPaused = false;
    int m_events = 0; // events the stream callback is registered for
    bool m_receivingPaused = false;
    int m_maxChunk = 256 * 1024;
    qint64 m_unsentBytes = 0;
    // Set when the stream ends: the writer skips what is still queued for it.
    std::shared_ptr<std::atomic_bool> m_writesCancelled;
    qint64 m_received = 0;
    // Last: destroyed first, while the object it delivers to still exists. Interactive: the user
    // waits for the echo of each key.
    WorkQueue m_writer{this, WorkQueue::Priority::Interactive};
};

} // namespace vcv
