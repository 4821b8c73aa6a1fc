// SPDX-FileCopyrightText: 2026 The virt-console-viewer developers
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "ConsoleTarget.h"
#include "bootlog/RemoteLogMirror.h"
#include "virt/DomainInfo.h"
#include "virt/DomainXml.h"

#include <QObject>
#include <QPointer>
#include <QString>

#include <memory>
#include <optional>

namespace vcv {

class Connection;
class RemoteLogMirror;

/// Finds a console's log and makes it readable as a local file, for the tab's LogDocument.
///
/// Where the log is: the console device's <log file> in the domain's definition; or, as the other
/// source, the QEMU driver's own log of the domain. The definition comes from the domain list:
/// the consoles its worker already parsed, given with knowDomain() (by the tab, from the model's
/// row and the connection's events), so that a tab opens its log without a round trip. Only when
/// those are not known yet, or do not name the console, is the definition read on the connection's
/// worker (Connection::readDefinition), whose answer also tells a missing console from an unreadable
/// definition. How it is read: a local connection's log is the file itself; a remote
/// host's is copied over ssh into a local file (RemoteLogMirror, owner-only, kept for this run by
/// RemoteLogCopies when this ends, so that the log opened again copies only what is new) that
/// grows as the remote log does. A log that root alone may read is copied the same way through
/// the privileged reader, virt-console-viewer-logread: here through pkexec once the user agrees
/// (readAsAdministrator()), on a remote host through `sudo -n` when the ssh user may not read it.
/// Either way located() gives the local file to open;
/// when there is none, unavailable() says why, in words for the log pane (and whether enabling
/// the console's log would help, which enableLogging() does: it adds a <log> to the domain's
/// persistent definition, on the connection's worker).
///
/// Threading: GUI thread; no libvirt call or blocking file work on it beyond creating the local
/// copy's folder.
class ConsoleLogLocator : public QObject
{
    Q_OBJECT
public:
    /// The console's virtlogd log (the default), or the domain's QEMU log
    /// (/var/log/libvirt/qemu/NAME.log, rotated the same way), for when QEMU itself failed before
    /// the guest could print anything.
    enum class Source { Console, Qemu };

    ConsoleLogLocator(Connection *connection, const ConsoleTarget &target, QObject *parent = nullptr);
    /// Removes the local copy of a remote log: it is a cache of this session.
    ~ConsoleLogLocator() override;

    /// The domain as the domain list last knew it. Its consoles, when loaded, are where locate()
    /// looks first; another domain's, or a listing without consoles, is ignored.
    void knowDomain(const DomainInfo &info);
    /// Looks for the log of source() (again); located() or unavailable() follows.
    void locate();
    /// Switches source and looks for its log.
    void setSource(Source source);
    Source source() const { return m_source; }

    /// The log's path on its host; empty until located.
    QString logFile() const { return m_logFile; }
    /// The console device of the log found ("qemu" for the QEMU log); empty until located.
    QString logAlias() const { return m_logAlias; }
    /// True for a connection to another host (its logs are copied over ssh).
    bool isRemote() const;
    /// The copy of a remote log, while one is made; null for a local log.
    const RemoteLogMirror *remoteMirror() const { return m_remoteLog.get(); }
    /// The QEMU log's path for this domain on this connection; empty when unknown (not QEMU).
    QString qemuLogFile() const;

    /// True when this log may be read through the privileged reader on this host: a console log
    /// or the QEMU log of a domain of the local qemu:///system, with the reader installed.
    bool canReadAsAdministrator() const;
    /// True when the privileged reader is installed on this host.
    static bool hasLogReader();
    /// Reads the log of source() through the privileged reader (pkexec) into a private copy,
    /// for as long as this locator lives; located() or unavailable() follows.
    void readAsAdministrator();
    /// True while the log is read through the privileged reader (here or on the host).
    bool readsAsAdministrator() const;

    /// Stops copying a remote log's history (historyArrived() follows with where it got to).
    void cancelHistory();

    /// Enable Console Logging: adds <log file='…' append='on'/> to the console in the domain's
    /// persistent definition and defines it again, on the connection's worker. It takes effect
    /// at the domain's next start. One request at a time.
    void enableLogging();

Q_SIGNALS:
    /// The log is (or is being copied into) `localFile`: open and follow it. A remote log's
    /// newest bytes are copied first: those before `historyPendingBefore` (0 for a local log)
    /// arrive later, and historyArrived() says when.
    void located(const QString &localFile, qint64 historyPendingBefore);
    /// The history of a remote log is copied from `from` on (0: all of it; more when the host
    /// rotated the rest away first, or the user cancelled).
    void historyArrived(qint64 from);
    /// More of a remote log's history is copied: the bytes from `from` up to
    /// `historyPendingBefore` (more follow, then historyArrived()).
    void historyPartlyArrived(qint64 from);
    /// The history of a remote log being copied: `done` of `total` bytes.
    void historyProgress(qint64 done, qint64 total);
    /// There is no log to show; `reason` is plain text for the log pane, `offerEnableLogging`
    /// when the console has no log and enableLogging() would give it one.
    void unavailable(const QString &reason, bool offerEnableLogging);
    /// Something to tell the user in the status bar (plain text).
    void message(const QString &text);

private:
    void definitionRead(const QString &uuid, const std::optional<DomainXml> &definition, const QString &error);
    /// The console log of `device` of the domain `domainName`: located(), or unavailable() with
    /// the offer to enable it.
    void useConsole(const ConsoleDevice &device, const QString &domainName);
    void useLogFile(const QString &path, const QString &alias);
    /// For a remote host: starts copying its log over ssh into a local file; false (and
    /// unavailable()) when that cannot be done. `throughSudo`: through the privileged reader.
    bool startRemoteMirror(bool throughSudo = false);
    /// Starts copying the log through `transport` into a copy in the folder `folderName` of
    /// this user's cache.
    bool startMirror(const RemoteLogMirror::Transport &transport, const QString &folderName);
    /// Stops the copy being made, keeping it for this run (RemoteLogCopies) unless it is
    /// `unlessCopy`, which is about to be made afresh.
    void retireMirror(const QString &unlessCopy = {});
    /// Which log the privileged reader is asked for.
    LogReadRequest readerRequest(const QString &uri) const;
    /// Which remote log (`remotePath` on this host) a copy is of, to tell a kept copy's log from
    /// another of the same name.
    QString remoteSource(const QString &remotePath) const;
    /// Removes local copies of remote logs that a viewer which no longer runs left behind.
    static void removeStaleRemoteCopies(const QString &copiesDir);

    QPointer<Connection> m_connection;
    ConsoleTarget m_target;
    Source m_source = Source::Console;
    QString m_logFile;
    QString m_logAlias;
    std::optional<DomainInfo> m_knownDomain; // knowDomain()'s, with its consoles loaded
    bool m_awaitingDefinition = false;       // locate() asked the connection for the definition
    bool m_enablingLogging = false;          // enableLogging()'s define is on the worker
    bool m_asAdministrator = false;          // readAsAdministrator() was asked for
    std::unique_ptr<RemoteLogMirror> m_remoteLog;
};

} // namespace vcv
