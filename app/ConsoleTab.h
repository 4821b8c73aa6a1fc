// SPDX-FileCopyrightText: 2026 The virt-console-viewer developers
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "ConsoleLogLocator.h"
#include "ConsoleTarget.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QString>

#include <memory>

struct _virConnect; // NOLINT(bugprone-reserved-identifier): libvirt names its types so

namespace vcv {

class BootAlertWatch;
class LogSaver;

class Connection;
struct DomainInfo;
class LogArchiver;
class LogStallWatch;
class LogTailReader;
class RestartPausedFlow;
class ConsoleSplitView;
class ConsoleStream;
class LogDocument;
class TerminalSession;
struct ViewSettings;

/// One open console, wiring its controllers to its views: the ConsoleStream and TerminalSession
/// on the terminal side (re-created when a lost connection comes back, attached again, safely,
/// if it was wanted: never taking the console from another client), RestartPausedFlow for "Start
/// Paused and Attach", ConsoleLogLocator for where the log is and the LogDocument that shows it,
/// all in a ConsoleSplitView. It starts a running guest's terminal from the log's tail.
///
/// Owned by its view (it is the view's child): closing the tab ends everything. GUI thread only;
/// its controllers make their libvirt calls on the connection's worker.
class ConsoleTab : public QObject
{
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
    /// Tells when the log shows a panic, an Oops, an emergency shell or a stalled boot.
    BootAlertWatch *bootAlerts() const { return m_bootAlerts.get(); }
    /// The user's settings for the log: the archive of wiped logs (setArchiveSettings()) and the
    /// boot alerts (on or off, the console's silence that makes a boot stalled).
    void setLogSettings(const ViewSettings &settings);

    /// Attaches the console and loads the log. With `startPaused` the stopped domain is started
    /// paused, attached, then resumed (the whole boot is seen); a running domain is attached.
    void open(bool startPaused = false);
    /// Attach again by itself when the domain runs again (ConsoleStream::setAutoReattach); kept
    /// for the streams made after a lost connection comes back.
    void setAutoReattach(bool on);
    /// Start the terminal of a running guest from the tail of its console log (default on).
    void setSeedFromLog(bool on);
    /// Whether a log that root alone may read is read with administrator rights without asking
    /// (the user chose so in this run, or for good). Turned on while the pane asks, it goes on.
    void setReadAsAdministrator(bool on);
    /// How much of the log's end a new terminal starts from, and how long the stream's first
    /// bytes are held before (the log and the stream get the same bytes within that).
    static constexpr qint64 kSeedBytes = 64 * 1024;
    static constexpr int kSeedSettleMs = 250;
    /// How long the seed waits at most for the log to catch up with the stream (tries × ms).
    static constexpr int kSeedCatchUpTries = 60;
    static constexpr int kSeedCatchUpMs = 50;
    /// How long the seed waits at most for the log to be located: the definition read, and for a
    /// remote log an ssh login (a passphrase typed, perhaps) and the copy's newest bytes. The
    /// locator's answer ends the wait; so does the user typing (the echo would be held too).
    static constexpr int kSeedLocateLimitMs = 20000;

    /// "Start paused and attach" from the terminal's menu (RestartPausedFlow): a stopped domain is
    /// started paused, attached and resumed; a running one is first forced off, once the user
    /// agreed (ConsoleSplitView::confirmForceOff()); a running transient one is refused.
    void restartPaused();
    /// Whether a restart asked with restartPaused() is under way: until the start paused has been
    /// asked for (it then runs on the connection's worker, as QEMU starts).
    bool isRestarting() const;

    /// The domain as the domain list knew it when the tab opened (before open()): the log is
    /// looked for again when the connection reports a start (running, or running a new ID), and
    /// found from the consoles the list parsed, without a round trip, when it has them.
    void setDomainState(const DomainInfo &info);

    /// A line for the status bar: console state, log size and rotations, follow.
    QString statusText() const;

    /// Which log the log pane shows (ConsoleLogLocator::Source): the console's (the default) or
    /// the domain's QEMU log.
    using LogSource = ConsoleLogLocator::Source;
    void setLogSource(LogSource source);
    LogSource logSource() const { return m_locator->source(); }
    const ConsoleLogLocator *logLocator() const { return m_locator.get(); }
    /// The QEMU log's path for this domain on this connection; empty when unknown (not QEMU).
    QString qemuLogFile() const { return m_locator->qemuLogFile(); }

    /// Archive of wiped logs (see LogArchiver): on or off, the root folder (empty: the default),
    /// and how many archives of this console to keep (0: all). This console's archives go to
    /// ROOT/HOST/DOMAIN-UUID-ALIAS-TIMESTAMP.log, HOST being "local" for a local connection.
    void setArchiveSettings(bool enabled, const QString &root, int keepLast);
    const LogArchiver *archiver() const { return m_archiver.get(); }

    /// What progress() says while a remote log's history is copied (the one progress Stop ends).
    static QString copyingHistoryText();
    /// True while a remote log's history is being copied behind its newest lines.
    bool isCopyingHistory() const;
    /// Stops copying a remote log's history: the log keeps what has arrived.
    void stopCopyingHistory();

Q_SIGNALS:
    /// Something to tell the user in the status bar (plain text).
    void message(const QString &text);
    /// statusText() changed.
    void statusChanged();
    /// The user agreed in this tab to read root-only logs with administrator rights;
    /// `remember`: from now on without asking.
    void readAsAdministratorChosen(bool remember);
    /// A long operation of this console's log (indexing, a search) advanced; an empty `what`
    /// means none is running any more.
    void progress(const QString &what, qint64 done, qint64 total);

private:
    void createStream();
    void startPausedAndAttach();
    void onDomainReported(const DomainInfo &info);
    void updateArchiveDestination();
    void openLog(const QString &localFile, qint64 historyPendingBefore);
    void logOpened(bool ok);
    void seedTerminal();
    /// seedTerminal()'s second half, with the log's tail read on the reader's thread.
    void seedWithTail(QByteArray history);
    void seedWith(const QByteArray &history);

    QPointer<Connection> m_connection;
    ConsoleTarget m_target;
    ConsoleSplitView *m_view;
    ConsoleStream *m_stream = nullptr;
    bool m_autoReattach = true;
    bool m_seedFromLog = true;
    bool m_readAsAdministrator = false;       // setReadAsAdministrator()
    bool m_offeringAdministratorRead = false; // the pane asks whether to
    int m_seedWaits = 0;                      // seedTerminal(): tries so far for the log to catch up
    int m_seedReadyWaits = 0;                 // seedTerminal(): tries so far for the log's first bytes and the stream
    QElapsedTimer m_seedClock;                // since open(): bounds the wait for the log's location
    bool m_seedAwaitsLocation = false;        // seedTerminal() is called again when the locator answers
    bool m_seedNow = false;                   // seed with what there is: the user typed, or the limit passed
    bool m_logLocated = false;                // openLog() was called
    bool m_logUnavailable = false;            // the locator said there is no log to show
    qsizetype m_seedHeldBytes = 0;            // the held bytes the log must have (at the first try)
    bool m_seedCutsFirstLine = false;         // the tail being read begins inside a line
    bool m_domainActive = false;              // as last reported by the connection (a start is when it turns true)
    int m_domainId = -1;                      // the run last reported (a new ID is a new run)
    QDateTime m_lostAt;                       // when the connection went away, for the note in the terminal
    TerminalSession *m_session = nullptr;
    LogDocument *m_document = nullptr;
    LogSaver *m_logSaver = nullptr;
    QString m_archiveRoot;
    // A member, not a child: destroyed before the document (a child, deleted later by ~QObject),
    // whose files it reads on its own thread.
    std::unique_ptr<LogArchiver> m_archiver;
    LogStallWatch *m_logStall = nullptr; // a child; compares the console with its log
    // Also destroyed before the document: the document follows the remote log's copy it writes.
    std::unique_ptr<ConsoleLogLocator> m_locator;
    RestartPausedFlow *m_restartFlow = nullptr; // a child
    // Destroyed before the document too: it may be reading the document's files.
    std::unique_ptr<LogTailReader> m_tailReader;
    // Also destroyed before the document, which its scanner reads on its own thread.
    std::unique_ptr<BootAlertWatch> m_bootAlerts;
};

} // namespace vcv
