#pragma once

#include <QByteArray>
#include <QObject>
#include <QString>

struct _virConnect;
struct _virDomain;
struct _virStream;

namespace vcv {

/// The interactive side of one console device of a domain: virDomainOpenConsole on a
/// non-blocking virStream whose callbacks run on the Qt event loop (EventLoop). Bytes from the
/// guest come out of bytesReceived(); write() queues bytes for the guest and flushes them as the
/// stream becomes writable (WRITABLE is asked for only while the queue is not empty).
/// It knows nothing of terminals: TerminalView (or anything else) consumes the bytes.
///
/// States (stateChanged carries a human-readable reason; each change is also logged with its
/// reason to the category vcv.console at info level, off unless QT_LOGGING_RULES turns it on):
/// - Closed: not attached; closeCause() says why (by request, the guest stopped, the host side
///   ended the stream — another client took the console over, say —, the daemon went away, or
///   an error).
/// - Connecting: virDomainOpenConsole in progress.
/// - Open: attached; bytes flow.
/// - InUse: another client holds the console; takeOver() forces it (VIR_DOMAIN_CONSOLE_FORCE),
///   which also clears a stale session left by a crashed client.
/// - WaitingForGuest: the domain is not running; with auto-reattach (default on) the stream opens
///   again by itself when the domain starts or resumes.
///
/// Auto-reattach listens to the domain's lifecycle events itself: one domain event callback
/// (virConnectDomainEventRegisterAny, all domains) per connection, shared by all ConsoleStreams on
/// that connection and removed with the last of them. That needs
/// EventLoop::ensureRegistered() before the connection was opened, as for every event.
/// VIR_DOMAIN_CONSOLE_SAFE is asked for first; drivers without it are retried without.
///
/// Threads: create, use and destroy on the GUI thread (where EventLoop dispatches). The libvirt
/// calls made here (open, send, recv, destroy of the stream) are quick RPCs on a local daemon but
/// do run on the calling thread. Holds its own references to the connection and the domain.
class ConsoleStream : public QObject {
    Q_OBJECT
public:
    enum class State { Closed, Connecting, Open, InUse, WaitingForGuest };
    Q_ENUM(State)
    enum class CloseCause { None, Requested, Guest, Host, Daemon, Error };
    Q_ENUM(CloseCause)

    /// `domain` is a UUID string or a name; `alias` the device ("serial0", "console1" …), empty
    /// for the domain's first console. Nothing is opened until open().
    ConsoleStream(_virConnect *connection, const QString &domain, const QString &alias = {},
                  QObject *parent = nullptr);
    ~ConsoleStream() override;

    /// The connection this stream was made on. The stream holds a reference on it, so while the
    /// stream lives no other connection can have this address: comparing it with a Connection's
    /// current handle tells whether that connection was reopened since.
    _virConnect *connection() const { return m_conn; }
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

    /// Bytes queued for the guest, not yet accepted by the stream.
    qint64 pendingWriteBytes() const { return m_out.size() - m_outOffset; }
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

    /// Start the domain paused (VIR_DOMAIN_START_PAUSED), attach, then resume: nothing of the
    /// boot is missed. Fails (returns false, *error set) when the domain is already running.
    bool startPausedAndAttach(QString *error = nullptr);

    /// virDomainSendKey helpers (Linux key codes through the guest's keyboard, not the serial
    /// line). Return false and set *error on failure.
    bool sendCtrlAltDel(QString *error = nullptr);
    /// Magic SysRq + `command` (a letter or digit: 'b', 's', 'u' …).
    bool sendSysRq(char command, QString *error = nullptr);

public Q_SLOTS:
    /// Attaches (Connecting → Open, InUse, WaitingForGuest or Closed/Error). Safe: does not take
    /// the console from another client.
    void open();
    /// Attaches even if another client holds the console, disconnecting it.
    void takeOver();
    /// Detaches (Closed, CloseCause::Requested); auto-reattach does not reopen it.
    void close();
    /// Queues bytes for the guest. Dropped (with a warning) unless Open.
    void write(const QByteArray &bytes);

Q_SIGNALS:
    void stateChanged(vcv::ConsoleStream::State state, const QString &reason);
    /// Guest output, in order, in chunks of at most setMaxChunk() bytes.
    void bytesReceived(const QByteArray &bytes);

private:
    static void streamCallback(_virStream *stream, int events, void *opaque);
    struct LifecycleHub;
    void onLifecycleEvent(int event, int detail);

    void attach(bool force);
    void onStreamEvent(int events);
    void readAvailable();
    void flush();
    void updateEvents();
    void endStream(bool abort);
    void streamEnded(const QString &libvirtMessage);
    void setState(State state, CloseCause cause, const QString &reason);
    bool domainRunning() const;
    void registerLifecycle();

    _virConnect *m_conn = nullptr;
    _virDomain *m_domain = nullptr;
    _virStream *m_stream = nullptr;
    QString m_domainName;
    QString m_alias;
    State m_state = State::Closed;
    CloseCause m_cause = CloseCause::None;
    QString m_reason;
    bool m_autoReattach = true;
    bool m_safeSupported = true;
    bool m_wantOpen = false;     // the user wants it attached (cleared by close())
    QByteArray m_uuid;           // raw UUID of m_domain, to match lifecycle events
    bool m_lifecycleRegistered = false;
    int m_events = 0;            // events the stream callback is registered for
    bool m_receivingPaused = false;
    int m_maxChunk = 256 * 1024;
    QByteArray m_out;            // bytes for the guest not yet sent
    qsizetype m_outOffset = 0;
    qint64 m_received = 0;
};

} // namespace vcv
