#pragma once

#include "virt/DomainXml.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <QString>

#include <memory>

struct _virConnect;

namespace vcv {

class LogSaver;

class Connection;
struct DomainInfo;
class LogArchiver;
class LogStallWatch;
class RemoteLogMirror;
class ConsoleSplitView;
class ConsoleStream;
class LogDocument;
class TerminalSession;

/// Which console of which domain a tab shows.
struct ConsoleTarget {
    QString uri;
    QString uuid;
    QString name;
    QString alias; ///< empty: the domain's default console
    friend bool operator==(const ConsoleTarget &, const ConsoleTarget &) = default;
};

/// One open console: the ConsoleStream and TerminalSession on the terminal side, the
/// LogDocument on the log side, both shown by a ConsoleSplitView. It reads the domain's XML to
/// find the console's log, offers to enable logging when there is none, and re-creates the
/// stream when its connection comes back after a loss (attached again, safely, if it was wanted:
/// never taking the console from another client).
///
/// Owned by its view (it is the view's child): closing the tab ends everything. GUI thread only.
/// libvirt calls made here (domain XML, define) are short RPCs on the GUI thread.
class ConsoleTab : public QObject {
    Q_OBJECT
public:
    ConsoleTab(Connection *connection, const ConsoleTarget &target, ConsoleSplitView *view);
    ~ConsoleTab() override;

    const ConsoleTarget &target() const { return m_target; }
    ConsoleSplitView *view() const { return m_view; }
    ConsoleStream *stream() const { return m_stream; }
    LogDocument *document() const { return m_document; }
    /// Saves the document's log to files, off the GUI thread.
    LogSaver *logSaver() const { return m_logSaver; }

    /// Attaches the console and loads the log. With `startPaused` the stopped domain is started
    /// paused, attached, then resumed (the whole boot is seen); a running domain is attached.
    void open(bool startPaused = false);
    /// Attach again by itself when the domain runs again (ConsoleStream::setAutoReattach); kept
    /// for the streams made after a lost connection comes back.
    void setAutoReattach(bool on);
    /// Start the terminal of a running guest from the tail of its console log (default on).
    void setSeedFromLog(bool on);
    /// How much of the log's end a new terminal starts from, and how long the stream's first
    /// bytes are held before (the log and the stream get the same bytes within that).
    static constexpr qint64 kSeedBytes = 64 * 1024;
    static constexpr int kSeedSettleMs = 250;
    /// How long the seed waits at most for the log to catch up with the stream (tries × ms).
    static constexpr int kSeedCatchUpTries = 20;
    static constexpr int kSeedCatchUpMs = 50;

    /// "Start paused and attach" from the terminal's menu. A stopped domain is started paused,
    /// attached and resumed. A running one is first forced off, once the user agreed in a
    /// confirmation box (Force Off and Restart Paused / Cancel, Cancel the default); the start
    /// waits until the domain is seen stopped. A running transient domain is refused: forced off,
    /// it would be gone.
    void restartPaused();
    /// Whether a restart asked with restartPaused() is under way (reading the domain's state on
    /// the connection's worker, forcing off, or waiting for the domain to be seen stopped).
    bool isRestarting() const { return m_restart != Restart::None; }

    /// The domain as the domain list knew it when the tab opened (before open()): the log is
    /// looked for again when the connection reports a start (running, or running a new ID).
    void setDomainState(const DomainInfo &info);

    /// A line for the status bar: console state, log size and rotations, follow.
    QString statusText() const;

    /// Which log the log pane shows: the console's virtlogd log (the default) or the domain's
    /// QEMU log (/var/log/libvirt/qemu/NAME.log, rotated the same way), for when QEMU itself
    /// failed before the guest could print anything.
    enum class LogSource { Console, Qemu };
    void setLogSource(LogSource source);
    LogSource logSource() const { return m_logSource; }
    /// The QEMU log's path for this domain on this connection; empty when unknown (not QEMU).
    QString qemuLogFile() const;

    /// Archive of wiped logs (see LogArchiver): on or off, the root folder (empty: the default),
    /// and how many archives of this console to keep (0: all). This console's archives go to
    /// ROOT/HOST/DOMAIN-UUID-ALIAS-TIMESTAMP.log, HOST being "local" for a local connection.
    void setArchiveSettings(bool enabled, const QString &root, int keepLast);
    const LogArchiver *archiver() const { return m_archiver.get(); }

Q_SIGNALS:
    /// Something to tell the user in the status bar (plain text).
    void message(const QString &text);
    /// statusText() changed.
    void statusChanged();
    /// A long operation of this console's log (indexing, a search) advanced; an empty `what`
    /// means none is running any more.
    void progress(const QString &what, qint64 done, qint64 total);

private:
    enum class Restart { None, Checking, ForcingOff, WaitingForStop };

    void createStream();
    void startPausedAndAttach();
    /// restartPaused()'s second half, with the domain's state as the worker read it.
    void restartPausedChecked(const QString &error, bool active, bool persistent);
    bool confirmForceOff();
    void onDomainReported(const DomainInfo &info);
    void onDomainSeen(const QString &uuid, bool active);
    void updateArchiveDestination();
    bool isRemote() const;
    /// Removes local copies of remote logs that a viewer which no longer runs left behind.
    static void removeStaleRemoteCopies(const QString &copiesDir);
    /// For a remote host: starts copying its log over ssh into a local file the document reads.
    bool startRemoteMirror();
    void loadLog();
    void showLogOf(const QString &uuid, const std::optional<DomainXml> &definition, const QString &error);
    void openLogFile();
    void logOpened(bool ok);
    void seedTerminal();
    void enableLogging();

    QPointer<Connection> m_connection;
    ConsoleTarget m_target;
    ConsoleSplitView *m_view;
    ConsoleStream *m_stream = nullptr;
    bool m_autoReattach = true;
    bool m_seedFromLog = true;
    bool m_awaitingDefinition = false; // loadLog() asked the connection for the definition
    int m_seedWaits = 0;            // seedTerminal(): tries so far for the log to catch up
    qsizetype m_seedHeldBytes = 0;  // the held bytes the log must have (at the first try)
    bool m_domainActive = false; // as last reported by the connection (a start is when it turns true)
    int m_domainId = -1;          // the run last reported (a new ID is a new run)
    QDateTime m_lostAt; // when the connection went away, for the note in the terminal
    TerminalSession *m_session = nullptr;
    LogDocument *m_document = nullptr;
    LogSaver *m_logSaver = nullptr;
    QString m_logFile;
    QString m_logAlias; ///< the console device of the log shown ("qemu" for the QEMU log)
    QString m_archiveRoot;
    // A member, not a child: destroyed before the document (a child, deleted later by ~QObject),
    // whose files it reads on its own thread.
    std::unique_ptr<LogArchiver> m_archiver;
    LogStallWatch *m_logStall = nullptr; // a child; compares the console with its log
    // Also destroyed before the document: the document follows the file this one writes.
    std::unique_ptr<RemoteLogMirror> m_remoteLog;
    LogSource m_logSource = LogSource::Console;
    Restart m_restart = Restart::None;
    bool m_enablingLogging = false; // Enable Console Logging's define is on the worker
};

} // namespace vcv
