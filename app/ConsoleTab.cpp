// SPDX-FileCopyrightText: 2026 The virt-console-viewer developers
// SPDX-License-Identifier: GPL-2.0-or-later
#include "ConsoleTab.h"

#include "BootAlertWatch.h"
#include "LogSaver.h"
#include "LogStallWatch.h"
#include "RestartPausedFlow.h"

#include "bootlog/LogArchiver.h"
#include "bootlog/LogDocument.h"
#include "bootlog/LogReadRequest.h"
#include "bootlog/LogTailReader.h"
#include "bootlog/RemoteLogMirror.h"
#include "bootlog/RotationChain.h"
#include "virt/Connection.h"
#include "virt/ConsoleStream.h"
#include "virt/DomainInfo.h"
#include "widgets/ConsoleSplitView.h"
#include "widgets/LogPane.h"
#include "widgets/LogView.h"
#include "widgets/TerminalSession.h"
#include "widgets/TerminalView.h"
#include "widgets/ViewSettings.h"

#include <QDateTime>
#include <QLocale>
#include <QTimer>
#include <QUrl>

#include <limits>

using namespace Qt::StringLiterals;

namespace vcv {

ConsoleTab::ConsoleTab(Connection *connection, const ConsoleTarget &target, ConsoleSplitView *view)
    : QObject(view)
    , m_connection(connection)
    , m_target(target)
    , m_view(view)
    , m_document(new LogDocument(this))
    , m_logSaver(new LogSaver(m_document, this))
    , m_archiver(std::make_unique<LogArchiver>(m_document))
    , m_logStall(new LogStallWatch(this))
    , m_locator(std::make_unique<ConsoleLogLocator>(connection, target))
    , m_tailReader(std::make_unique<LogTailReader>())
    , m_bootAlerts(std::make_unique<BootAlertWatch>())
{
    m_view->logPane()->setDocument(m_document);
    connect(m_tailReader.get(), &LogTailReader::finished, this, &ConsoleTab::seedWithTail);
    m_bootAlerts->setSources(m_document, m_view->logPane()->problemScanner());
    connect(m_archiver.get(), &LogArchiver::archived, this, [this](const QString &path) {
        Q_EMIT message(tr("Log of %1 was wiped; earlier text archived to %2").arg(m_target.name, path));
    });
    connect(m_archiver.get(), &LogArchiver::archiveFailed, this, [this](const QString &error) {
        Q_EMIT message(tr("Log of %1 was wiped, but %2").arg(m_target.name, error));
    });
    connect(m_view, &ConsoleSplitView::enableLoggingRequested, m_locator.get(), &ConsoleLogLocator::enableLogging);
    connect(m_view, &ConsoleSplitView::administratorReadRequested, this, [this](bool remember) {
        Q_EMIT readAsAdministratorChosen(remember);
        setReadAsAdministrator(true);
    });
    connect(m_locator.get(), &ConsoleLogLocator::located, this, &ConsoleTab::openLog);
    // The history goes in front of the newest lines in steps as it is copied (the document
    // decides how often a step is worth it), then once more when it is complete.
    connect(m_locator.get(), &ConsoleLogLocator::historyPartlyArrived, this,
            [this](qint64 from) { m_document->historyPartlyArrived(ByteOffset(from)); });
    connect(m_locator.get(), &ConsoleLogLocator::historyArrived, this,
            [this](qint64 from) { m_document->historyArrived(ByteOffset(from)); });
    connect(m_locator.get(), &ConsoleLogLocator::historyProgress, this, [this](qint64 done, qint64 total) {
        Q_EMIT progress(done < total ? copyingHistoryText() : QString(), done, total);
    });
    connect(m_locator.get(), &ConsoleLogLocator::unavailable, m_view, &ConsoleSplitView::showLogUnavailable);
    // Someone typing into a held terminal would not see the echo, and held output is bounded:
    // seed with what there is.
    const auto seedNow = [this] {
        if (m_view->terminal()->isHoldingOutput() && !m_seedNow) {
            m_seedNow = true;
            seedTerminal();
        }
    };
    connect(m_view->terminal(), &TerminalView::bytesTyped, this, seedNow);
    connect(m_view->terminal(), &TerminalView::heldOutputFull, this, seedNow);
    connect(m_locator.get(), &ConsoleLogLocator::unavailable, this, [this] {
        m_logUnavailable = true;
        if (m_seedAwaitsLocation)
            seedTerminal();
    });
    connect(m_locator.get(), &ConsoleLogLocator::message, this, &ConsoleTab::message);
    connect(m_document, &LogDocument::linesAppended, this, &ConsoleTab::statusChanged);
    // virtlogd gone: the console goes on, the log does not, and libvirt cannot re-attach it.
    connect(m_document, &LogDocument::linesAppended, m_logStall, &LogStallWatch::logGrew);
    connect(m_logStall, &LogStallWatch::stalled, this, [this] {
        Q_EMIT message(tr("The log %1 no longer receives what the console shows: virtlogd has probably stopped. "
                          "libvirt cannot re-attach a running guest's log; it resumes when %2 is next started.")
                           .arg(m_locator->logFile(), m_target.name));
        Q_EMIT statusChanged();
    });
    connect(m_logStall, &LogStallWatch::recovered, this, &ConsoleTab::statusChanged);
    connect(m_document, &LogDocument::documentReset, this, &ConsoleTab::statusChanged);
    connect(m_document, &LogDocument::linesPrepended, this, &ConsoleTab::statusChanged);
    connect(m_document, &LogDocument::opened, this, &ConsoleTab::logOpened);
    connect(m_document, &LogDocument::errorOccurred, this, &ConsoleTab::message);
    connect(m_document, &LogDocument::indexingProgress, this,
            [this](qint64 done, qint64 total) { Q_EMIT progress(tr("Reading the log"), done, total); });
    connect(m_document, &LogDocument::indexingFinished, this, [this] { Q_EMIT progress({}, 0, 0); });
    connect(m_view->logPane()->view(), &LogView::searchStatusChanged, this,
            [this](qint64, qint64, bool running, qint64 done, qint64 total) {
                Q_EMIT progress(running ? tr("Searching") : QString(), done, total);
            });
    // A connection that comes back (daemon restarted, network back): the stream reattaches by
    // itself if the user wanted the console (the terminal says "reconnecting" meanwhile); the gap
    // is marked in the terminal once it is attached again (createStream()), since what the guest
    // printed meanwhile reached only the log.
    connect(connection, &Connection::disconnected, this, [this](const ConnectionError &reason) {
        if (m_stream && m_stream->wantsAttached() && reason.kind != ConnectionError::Kind::None && !m_lostAt.isValid())
            m_lostAt = QDateTime::currentDateTime();
    });
    connect(connection, &Connection::domainChanged, this, &ConsoleTab::onDomainReported);
    connect(connection, &Connection::domainsListed, this, [this](const DomainInfoList &domains) {
        for (const DomainInfo &info : domains)
            onDomainReported(info);
    });
    m_restartFlow = new RestartPausedFlow(
        connection, m_target.uuid, m_target.name,
        [this] {
            if (!m_stream)
                return false;
            m_stream->startPausedAndAttach();
            return true;
        },
        [this] { return m_view->confirmForceOff(m_target.name); }, this);
    connect(m_restartFlow, &RestartPausedFlow::message, this, &ConsoleTab::message);
    connect(m_restartFlow, &RestartPausedFlow::stepChanged, this, &ConsoleTab::statusChanged);
}

ConsoleTab::~ConsoleTab() = default;

void ConsoleTab::open(bool startPaused)
{
    createStream();
    if (!m_stream)
        return;
    // A running domain is simply attached here (the command line's --start-paused, the domain
    // list): forcing it off is asked for only from the terminal, see restartPaused().
    // A running guest's console shows nothing until the guest prints: start the terminal from
    // the log's tail instead. The stream is attached first and its bytes held, so nothing is lost
    // between reading the log and going live. A start paused shows the whole boot live anyway.
    const bool seed = !startPaused && m_seedFromLog;
    if (seed) {
        m_view->terminal()->holdOutput();
        m_seedClock.start();
        m_seedNow = false;
    }
    if (startPaused)
        startPausedAndAttach();
    else
        m_stream->open();
    m_locator->locate();
    if (seed)
        QTimer::singleShot(kSeedSettleMs, this, &ConsoleTab::seedTerminal);
}

void ConsoleTab::seedTerminal()
{
    TerminalView *terminal = m_view->terminal();
    if (!terminal->isHoldingOutput())
        return;
    // The log is still being looked for (see kSeedLocateLimitMs): openLog() or the locator's
    // unavailable() call this again, or the limit does.
    if (!m_logLocated && !m_logUnavailable && !m_seedNow) {
        const qint64 left = kSeedLocateLimitMs - m_seedClock.elapsed();
        if (left > 0) {
            if (!m_seedAwaitsLocation) {
                m_seedAwaitsLocation = true;
                QTimer::singleShot(left, this, [this] {
                    m_seedNow = true;
                    seedTerminal();
                });
            }
            return;
        }
    }
    m_seedAwaitsLocation = false;
    if (m_document->isOpening()) {
        // The log is still being opened (on its own thread): seed from it once it is.
        connect(m_document, &LogDocument::opened, this, &ConsoleTab::seedTerminal, Qt::SingleShotConnection);
        return;
    }
    const qint64 size = m_document->byteSize();
    // Opened is not yet indexed: the document indexes after opened(), and a stream still
    // attaching has held nothing. Wait for both a little (a log that stays empty seeds nothing).
    const bool streamAttaching = m_stream && m_stream->state() == ConsoleStream::State::Connecting;
    if (!m_seedNow && (size == 0 || streamAttaching) && m_seedReadyWaits++ < kSeedCatchUpTries) {
        QTimer::singleShot(kSeedCatchUpMs, this, &ConsoleTab::seedTerminal);
        return;
    }
    if (m_stream && m_stream->state() == ConsoleStream::State::Open && size > 0) {
        if (m_tailReader->isReading())
            return; // the read under way goes on from here
        // Not before the document's first line: a remote log's copy may have its history still
        // to come there (a hole of zeros).
        const qint64 firstLine = m_document->lineCount() > 0 ? m_document->lineOffset(LineNumber(0)).get() : 0;
        const qint64 from = qMax<qint64>(qMax<qint64>(0, firstLine), size - kSeedBytes);
        // Read on the reader's thread, never here: the log may be on a slow file system.
        m_seedCutsFirstLine = from > firstLine;
        m_tailReader->read(m_document->chain(), ByteOffset(from), size - from);
        return;
    }
    seedWith({});
}

void ConsoleTab::seedWithTail(QByteArray history)
{
    TerminalView *terminal = m_view->terminal();
    if (!terminal->isHoldingOutput())
        return;
    if (m_seedCutsFirstLine) // from a line start: a line cut in two would show its tail as garbage
        history.remove(0, history.indexOf('\n') + 1);
    // virtlogd writes after QEMU: while the guest prints, the log lags the stream. Wait (a
    // little, the document follows the log) until it has what the stream held at the first
    // try, so the seam is where the log has the stream's bytes, not a guess.
    if (m_seedWaits == 0)
        m_seedHeldBytes = terminal->heldOutputSize();
    if (!m_seedNow && !terminal->isHeldOutputIn(history, m_seedHeldBytes) && m_seedWaits++ < kSeedCatchUpTries) {
        QTimer::singleShot(kSeedCatchUpMs, this, &ConsoleTab::seedTerminal);
        return;
    }
    seedWith(history);
}

void ConsoleTab::seedWith(const QByteArray &history)
{
    m_seedWaits = 0;
    m_seedReadyWaits = 0;
    m_view->terminal()->seedAndRelease(history);
}

void ConsoleTab::startPausedAndAttach()
{
    // On the connection's worker; a failure comes through the session's requestFailed().
    if (m_stream)
        m_stream->startPausedAndAttach();
}

void ConsoleTab::restartPaused()
{
    if (!m_stream) {
        Q_EMIT message(tr("Not connected to %1.").arg(m_target.uri));
        return;
    }
    m_restartFlow->start();
}

bool ConsoleTab::isRestarting() const
{
    return m_restartFlow->isRunning();
}

void ConsoleTab::setDomainState(const DomainInfo &info)
{
    m_domainActive = info.isActive();
    m_domainId = info.id;
    m_locator->knowDomain(info);
}

void ConsoleTab::onDomainReported(const DomainInfo &info)
{
    if (info.uuid != m_target.uuid)
        return;
    // A start brings the domain's current definition to life: a log enabled since (Enable
    // Console Logging) or a log file that did not exist yet is there now. Look again, unless a
    // log is shown already. Only a start: other events (a define, say, Enable Console Logging's
    // own) leave the running domain's live definition, still without its log, as it was. A new
    // run has a new ID: a destroy and a start read after both happened are still a start.
    const bool started = info.isActive() && (!m_domainActive || info.id != m_domainId);
    setDomainState(info);
    if (started && m_locator->source() == LogSource::Console && !m_view->logUnavailableMessage().isEmpty())
        m_locator->locate();
}

void ConsoleTab::createStream()
{
    delete m_session;
    delete m_stream;
    m_session = nullptr;
    m_stream = nullptr;
    if (!m_connection) {
        m_view->terminal()->setStatus(TerminalView::Status::Disconnected, tr("Not connected to %1.").arg(m_target.uri));
        return;
    }
    m_stream = new ConsoleStream(m_connection, m_target.uuid, m_target.alias, this);
    // The user's choice (Console → Reattach When the Domain Runs Again) outlives the stream.
    m_stream->setAutoReattach(m_autoReattach);
    connect(m_stream, &ConsoleStream::bytesReceived, m_logStall,
            [this](const QByteArray &bytes) { m_logStall->consoleBytes(bytes.size()); });
    connect(m_stream, &ConsoleStream::bytesReceived, m_bootAlerts.get(), &BootAlertWatch::consoleOutput);
    connect(m_stream, &ConsoleStream::stateChanged, m_bootAlerts.get(), [this](ConsoleStream::State state) {
        if (state != ConsoleStream::State::Open)
            m_bootAlerts->consoleDetached();
    });
    m_session = new TerminalSession(m_view->terminal(), m_stream, this);
    connect(m_session, &TerminalSession::requestFailed, this, &ConsoleTab::message);
    connect(m_session, &TerminalSession::startPausedRequested, this, &ConsoleTab::restartPaused);
    connect(m_stream, &ConsoleStream::stateChanged, this, &ConsoleTab::statusChanged);
    connect(m_stream, &ConsoleStream::stateChanged, this, [this](ConsoleStream::State state) {
        if (state != ConsoleStream::State::Open || !m_lostAt.isValid())
            return;
        m_view->terminal()->showNote(tr("── the connection to libvirt was lost at %1 and is back: reattached; "
                                        "what the guest printed meanwhile is in the log ──")
                                         .arg(QLocale().toString(m_lostAt.time(), QLocale::ShortFormat)));
        m_lostAt = {};
    });
    m_view->terminal()->resetStream();
}

void ConsoleTab::setLogSettings(const ViewSettings &settings)
{
    setArchiveSettings(settings.archiveWipedLogs, settings.archiveFolder, settings.archiveKeepLast);
    m_bootAlerts->setEnabled(settings.notifyBootAlerts);
    m_bootAlerts->setStallSeconds(settings.bootStallSeconds);
}

void ConsoleTab::setSeedFromLog(bool on)
{
    m_seedFromLog = on;
}

void ConsoleTab::setReadAsAdministrator(bool on)
{
    m_readAsAdministrator = on;
    if (on && m_offeringAdministratorRead) {
        m_offeringAdministratorRead = false;
        m_locator->readAsAdministrator();
    }
}

void ConsoleTab::setAutoReattach(bool on)
{
    m_autoReattach = on;
    if (m_stream)
        m_stream->setAutoReattach(on);
}

void ConsoleTab::setLogSource(LogSource source)
{
    if (source == m_locator->source())
        return;
    m_logStall->setWatching(false);
    m_document->close();
    m_locator->setSource(source);
}

void ConsoleTab::openLog(const QString &localFile, qint64 historyPendingBefore)
{
    updateArchiveDestination();
    m_logLocated = true;
    // opened() follows, see logOpened(); a remote log's history comes after its newest lines.
    if (historyPendingBefore > 0)
        m_document->openAwaitingHistory(localFile, ByteOffset(historyPendingBefore));
    else
        m_document->open(localFile, true);
    if (m_seedAwaitsLocation)
        seedTerminal(); // it waits for the document's opened() in turn
}

void ConsoleTab::logOpened(bool ok)
{
    const QString logFile = m_locator->logFile();
    if (!ok) {
        // A log only root may read: the privileged reader can, once the user agrees.
        const bool qemuLog = m_locator->source() == LogSource::Qemu;
        if (m_document->isPermissionDenied() && m_locator->canReadAsAdministrator()) {
            m_offeringAdministratorRead = true;
            if (m_readAsAdministrator) {
                setReadAsAdministrator(true);
                return;
            }
            m_view->offerAdministratorRead(
                (qemuLog ? tr("The QEMU log %1 is readable by root only.\n\nRead it with administrator rights? The "
                              "viewer's log reader then reads this domain's QEMU log, and only that; members of the "
                              "group \"libvirt\" need no password for it, anyone else is asked for an "
                              "administrator's.")
                         : tr("The log %1 is readable by root only.\n\nRead it with administrator rights? The viewer's "
                              "log reader then reads this console's log, and only that; members of the group "
                              "\"libvirt\" need no password for it, anyone else is asked for an administrator's."))
                    .arg(logFile));
            return;
        }
        const QString folder = logFile.section(u'/', 0, -2);
        if (!m_document->isPermissionDenied()) {
            m_view->showLogUnavailable(tr("The log %1 cannot be read: %2").arg(logFile, m_document->errorString()));
            return;
        }
        // Root-only and no reader to offer: on qemu:///system the reader is not installed here
        // (members of "libvirt" read through it once it is); elsewhere read access is the remedy.
        const bool readerWouldServe = !m_locator->isRemote() && LogReadRequest::isServedUri(m_target.uri);
        if (readerWouldServe && !ConsoleLogLocator::hasLogReader()) {
            m_view->showLogUnavailable(
                (qemuLog ? tr("The log %1 cannot be read: %2\n\nlibvirt writes a domain's QEMU log readable by root "
                              "only, and virt-console-viewer-logread, which reads it with administrator rights, is "
                              "not installed here. Install virt-console-viewer's package (with its polkit rule, "
                              "members of the group \"libvirt\" read a domain's logs through it), or ask an "
                              "administrator to give you read access (an ACL on %3).")
                         : tr("The log %1 cannot be read: %2\n\nvirtlogd writes console logs readable by root only, "
                              "and virt-console-viewer-logread, which reads them with administrator rights, is not "
                              "installed here. Install virt-console-viewer's package (with its polkit rule, members "
                              "of the group \"libvirt\" read a domain's logs through it), or ask an administrator to "
                              "give you read access (an ACL on %3)."))
                    .arg(logFile, m_document->errorString(), folder));
            return;
        }
        m_view->showLogUnavailable(tr("The log %1 cannot be read: %2\n\nIt is readable by root only: ask an "
                                      "administrator to give you read access (an ACL on %3).")
                                       .arg(logFile, m_document->errorString(), folder));
        return;
    }
    m_view->showLog();
    // Compared with the console only where both carry the same bytes at once.
    m_logStall->setWatching(m_locator->source() == LogSource::Console && !m_locator->isRemote());
    Q_EMIT statusChanged();
}

QString ConsoleTab::copyingHistoryText()
{
    return tr("Copying the log's history");
}

bool ConsoleTab::isCopyingHistory() const
{
    return m_locator->remoteMirror() && m_locator->remoteMirror()->isCopyingHistory();
}

void ConsoleTab::stopCopyingHistory()
{
    m_locator->cancelHistory();
}

void ConsoleTab::setArchiveSettings(bool enabled, const QString &root, int keepLast)
{
    m_archiveRoot = root;
    m_archiver->setKeepLast(keepLast);
    updateArchiveDestination();
    m_archiver->setEnabled(enabled);
}

void ConsoleTab::updateArchiveDestination()
{
    const QString root = m_archiveRoot.isEmpty() ? LogArchiver::defaultRoot() : m_archiveRoot;
    const QString alias = m_locator->logAlias().isEmpty() ? m_target.alias : m_locator->logAlias();
    m_archiver->setDestination(LogArchiver::directoryFor(root, m_target.uri),
                               LogArchiver::fileStem(m_target.name, m_target.uuid, alias));
}

QString ConsoleTab::statusText() const
{
    QStringList parts;
    if (m_stream) {
        switch (m_stream->state()) {
        case ConsoleStream::State::Open: parts << tr("Console attached"); break;
        case ConsoleStream::State::Connecting: parts << tr("Console connecting"); break;
        case ConsoleStream::State::InUse: parts << tr("Console in use by another client"); break;
        case ConsoleStream::State::WaitingForGuest: parts << tr("Waiting for the guest to run"); break;
        case ConsoleStream::State::Closed: parts << tr("Console closed"); break;
        }
    }
    if (!m_locator->logFile().isEmpty() && m_document->lineCount() > 0) {
        const QString label = m_locator->source() == LogSource::Qemu ? tr("QEMU log") : tr("Console log");
        // What the document holds: a remote log's copy has a hole in front while its history
        // is still coming (or for good, when the copy was stopped), and the hole is no log.
        const QString size =
            QLocale().formattedDataSize(m_document->byteSize() - m_document->lineOffset(LineNumber(0)).get());
        const int lines = int(qMin<qint64>(m_document->lineCount(), std::numeric_limits<int>::max()));
        if (m_locator->remoteMirror() && !m_locator->isRemote()) {
            parts << tr("%1, read with administrator rights: %Ln line(s), %2", nullptr, lines).arg(label, size);
        } else if (m_locator->remoteMirror()) {
            const QString text = m_locator->readsAsAdministrator()
                ? tr("%1 on %2, read over ssh with sudo: %Ln line(s), %3", nullptr, lines)
                : tr("%1 on %2, copied over ssh: %Ln line(s), %3", nullptr, lines);
            parts << text.arg(label, QUrl(m_target.uri).host(), size);
        } else {
            // Rotations since the log was opened count too (the chain's count, kept while it
            // follows: no stat of the files here, on the GUI thread).
            const int rotations = m_document->chain()->rotatedFileCount();
            parts << tr("%1: %Ln line(s), %2", nullptr, lines).arg(label, size) +
                    tr(", %n rotated file(s)", nullptr, rotations);
        }
        parts << (m_document->isFollowing() ? tr("following") : tr("not following"));
        if (m_logStall->isStalled())
            parts << tr("the log stopped (virtlogd?)");
    }
    return parts.join(u"  ·  "_s);
}

} // namespace vcv
