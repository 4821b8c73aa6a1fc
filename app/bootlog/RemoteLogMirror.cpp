#include "bootlog/RemoteLogMirror.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace vcv {

namespace {

// Run by `sh -s` on the host, after a first line that sets the arguments: base path, bytes to
// skip, follow (1/0). The exit codes 4 and 5 tell "no such log" and "not readable" apart from
// ssh's own 255. A resume skips what the mirror has file by file: whole files it covers are
// passed over, the one it ends in is read from there with `tail -c +K`, which seeks in a regular
// file (POSIX; no GNU dd). `tail -F` (GNU and BusyBox) follows the live file across rotations.
constexpr char kScript[] = R"sh(f=$1 skip=$2 follow=$3
if [ ! -e "$f" ] && [ ! -e "$f.0" ] && [ "$follow" != 1 ]; then echo "vcv-mirror: no-such-file" >&2; exit 4; fi
for g in "$f" "$f.0"; do
  if [ -e "$g" ] && [ ! -r "$g" ]; then echo "vcv-mirror: not-readable" >&2; exit 5; fi
done
n=0; while [ -e "$f.$n" ]; do n=$((n+1)); done
while [ "$n" -gt 0 ]; do
  n=$((n-1)); size=$(wc -c < "$f.$n") || exit 1; size=$((size))
  if [ "$skip" -ge "$size" ]; then skip=$((skip-size)); else tail -c +$((skip+1)) -- "$f.$n" || exit 1; skip=0; fi
done
if [ "$follow" = 1 ]; then exec tail -q -c +$((skip+1)) -F -- "$f" 2>/dev/null; fi
if [ -e "$f" ]; then exec tail -c +$((skip+1)) -- "$f"; fi
)sh";

// One argument for a POSIX shell: single-quoted, with ' written as '\''.
QString shellQuote(const QString &s)
{
    QString out = s;
    out.replace(u'\'', u"'\\''"_s);
    return u'\'' + out + u'\'';
}

} // namespace

RemoteLogMirror::RemoteLogMirror(const QStringList &sshArguments, const QString &remotePath,
                                 const QString &mirrorPath, QObject *parent)
    : QObject(parent)
    , m_sshArguments(sshArguments)
    , m_remotePath(remotePath)
    , m_mirror(mirrorPath)
{
    m_retry.setSingleShot(true);
    connect(&m_retry, &QTimer::timeout, this, &RemoteLogMirror::launch);
}

RemoteLogMirror::~RemoteLogMirror()
{
    stop();
}

QString RemoteLogMirror::remoteCommand()
{
    // ssh hands the host's login shell one string, and login shells differ (fish and tcsh quote
    // unlike sh; tcsh expands '!' and refuses newlines inside quotes): the string is two plain
    // words that every shell reads alike, and the script with its arguments comes on stdin.
    return u"sh -s"_s;
}

QByteArray RemoteLogMirror::remoteScript(const QString &remotePath, qint64 skipBytes, bool follow)
{
    return (u"set -- "_s + shellQuote(remotePath) + u' ' + QString::number(skipBytes) + u' ' + (follow ? u'1' : u'0')
            + u'\n')
               .toUtf8()
        + QByteArray(kScript);
}

void RemoteLogMirror::setRetryDelays(int firstMs, int maxMs)
{
    m_firstDelayMs = firstMs;
    m_maxDelayMs = maxMs;
    m_nextDelayMs = firstMs;
}

void RemoteLogMirror::start(bool follow)
{
    stop();
    m_follow = follow;
    m_stopping = false;
    m_error.clear();
    m_bytes = 0;
    m_nextDelayMs = m_firstDelayMs;
    // The host keeps its console logs readable by root only: so does the copy (0600, also when
    // an older copy of another mode is overwritten).
    const auto ownerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
    if (!m_mirror.open(QIODevice::WriteOnly | QIODevice::Truncate, ownerOnly) || !m_mirror.setPermissions(ownerOnly)) {
        m_mirror.close();
        fail(tr("Cannot write the local copy %1 of the log: %2").arg(m_mirror.fileName(), m_mirror.errorString()));
        return;
    }
    launch();
}

void RemoteLogMirror::stop()
{
    m_stopping = true;
    m_retry.stop();
    retireProcess();
    m_mirror.close();
    if (m_state == State::Running || m_state == State::Waiting)
        setState(State::Idle);
}

void RemoteLogMirror::launch()
{
    m_stderr.clear();
    m_process = new QProcess(this);
    connect(m_process, &QProcess::readyReadStandardOutput, this, &RemoteLogMirror::onStdout);
    connect(m_process, &QProcess::readyReadStandardError, this, &RemoteLogMirror::onStderr);
    connect(m_process, &QProcess::finished, this, &RemoteLogMirror::onExited);
    connect(m_process, &QProcess::errorOccurred, this, [this](QProcess::ProcessError error) {
        if (error == QProcess::FailedToStart)
            fail(tr("Cannot run %1: %2. Install the OpenSSH client.").arg(m_program, m_process->errorString()));
    });
    // The script goes on ssh's stdin (then EOF); ssh's own questions go to SSH_ASKPASS, as for
    // libvirt's ssh.
    m_process->start(m_program, m_sshArguments + QStringList{remoteCommand()});
    m_process->write(remoteScript(m_remotePath, m_bytes, m_follow));
    m_process->closeWriteChannel();
    setState(State::Running);
}

void RemoteLogMirror::onStdout()
{
    const QByteArray bytes = m_process->readAllStandardOutput();
    if (bytes.isEmpty())
        return;
    // Unbuffered to the file: a follower sees the bytes at once.
    if (m_mirror.write(bytes) != bytes.size() || !m_mirror.flush()) {
        fail(tr("Cannot write the local copy %1 of the log: %2").arg(m_mirror.fileName(), m_mirror.errorString()));
        return;
    }
    m_bytes += bytes.size();
    m_nextDelayMs = m_firstDelayMs; // data flowed: the next outage starts its backoff anew
}

void RemoteLogMirror::onStderr()
{
    m_stderr += m_process->readAllStandardError();
    if (m_stderr.size() > 16384)
        m_stderr = m_stderr.right(16384);
}

void RemoteLogMirror::onExited(int exitCode, QProcess::ExitStatus status)
{
    onStdout(); // what arrived with the exit
    if (!m_process)
        return; // writing it failed (fail() cleaned up)
    m_process->deleteLater();
    m_process = nullptr;
    if (m_stopping || m_state == State::Failed)
        return;
    const QString said = QString::fromUtf8(m_stderr).trimmed();
    if (status == QProcess::NormalExit && exitCode == 0 && !m_follow) {
        m_mirror.close();
        setState(State::Finished);
        Q_EMIT finished();
        return;
    }
    if (status == QProcess::NormalExit && exitCode == 4) {
        fail(tr("The log %1 does not exist on the host (yet): the domain writes it when it runs.").arg(m_remotePath));
        return;
    }
    if (status == QProcess::NormalExit && exitCode == 5) {
        fail(tr("The log %1 on the host is not readable for the ssh user. virtlogd writes logs readable by root "
                "only: connect as root (qemu+ssh://root@…), or give that user read access there (an ACL on the "
                "files).")
                 .arg(m_remotePath));
        return;
    }
    const QString why = said.isEmpty() ? tr("ssh ended with status %1").arg(exitCode) : said.section(u'\n', -1);
    if (!m_follow || said.contains(u"Permission denied ("_s) || said.contains(u"Host key verification failed"_s)) {
        // Nothing that waiting heals.
        fail(tr("Reading the log %1 over ssh failed: %2").arg(m_remotePath, why));
        return;
    }
    m_error = tr("The ssh connection for the log ended (%1); trying again in %n second(s).", nullptr,
                 (m_nextDelayMs + 999) / 1000)
                  .arg(why);
    Q_EMIT errorOccurred(m_error);
    setState(State::Waiting);
    m_retry.start(m_nextDelayMs);
    m_nextDelayMs = qMin(m_nextDelayMs * 2, m_maxDelayMs);
}

void RemoteLogMirror::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

void RemoteLogMirror::retireProcess()
{
    if (!m_process)
        return;
    // Killed, and deleted once it has exited: deleting a running QProcess waits for it (up to
    // 30 s, on this, the GUI thread), and so would waitForFinished(). It outlives this object as
    // the application's child, so that one the event loop did not reap before the application
    // ended is still deleted with it (by then ssh is long gone: it dies within milliseconds of
    // SIGKILL).
    QProcess *process = m_process;
    m_process = nullptr;
    process->disconnect(this);
    process->setParent(QCoreApplication::instance());
    if (process->state() == QProcess::NotRunning) {
        process->deleteLater();
        return;
    }
    connect(process, &QProcess::finished, process, &QObject::deleteLater);
    connect(process, &QProcess::errorOccurred, process, [process](QProcess::ProcessError error) {
        if (error == QProcess::FailedToStart) // no finished() then
            process->deleteLater();
    });
    process->kill();
}

void RemoteLogMirror::fail(const QString &message)
{
    m_error = message;
    m_retry.stop();
    retireProcess();
    m_mirror.close();
    setState(State::Failed);
    Q_EMIT errorOccurred(message);
    Q_EMIT finished();
}

} // namespace vcv
