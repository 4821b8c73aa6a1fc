// SPDX-FileCopyrightText: 2026 The virt-console-viewer developers
// SPDX-License-Identifier: GPL-2.0-or-later
#include "TestGuest.h"
#include "Sandbox.h"

#include <QDeadlineTimer>
#include <QFile>
#include <QFileInfo>
#include <QTest>

#include <libvirt/virterror.h>

using namespace Qt::StringLiterals;

namespace vcv::test {

namespace {
QString lastLibvirtError()
{
    const virErrorPtr e = virGetLastError();
    return e && e->message ? QString::fromUtf8(e->message) : u"unknown libvirt error"_s;
}
} // namespace

TestGuest::TestGuest(const QString &name, Options options)
    : m_name(name)
    , m_options(std::move(options))
    , m_logFile(m_options.logFile.isEmpty() ? u"/var/log/libvirt/qemu/"_s + name + u"-serial0.log"_s
                                            : m_options.logFile)
{
}

TestGuest::~TestGuest()
{
    destroy();
    if (m_domain) {
        virDomainUndefine(m_domain);
        virDomainFree(m_domain);
    }
    if (m_conn)
        virConnectClose(m_conn);
}

bool TestGuest::define(QString *error)
{
    if (!Sandbox::ensureUp(error))
        return false;
    QStringList args{u"xml"_s, m_name};
    if (!m_options.log)
        args << u"--no-log"_s;
    else
        args << u"--log"_s << m_logFile;
    if (!m_options.append)
        args << u"--append"_s << u"off"_s;
    if (m_options.lines > 0)
        args << u"--lines"_s << QString::number(m_options.lines);
    if (m_options.serial1)
        args << u"--serial1"_s;
    if (m_options.virtioConsole)
        args << u"--virtio-console"_s;
    QByteArray xml, err;
    if (Sandbox::runTool(u"guest"_s, args, &xml, &err) != 0) {
        *error = u"tools/sandbox/guest xml failed: "_s + QString::fromUtf8(err);
        return false;
    }
    if (!m_conn) {
        m_conn = virConnectOpen(Sandbox::uri().toUtf8().constData());
        if (!m_conn) {
            *error = u"cannot connect to the sandbox: "_s + lastLibvirtError();
            return false;
        }
    }
    // A guest of the same name left by an aborted run: start from scratch.
    if (virDomainPtr old = virDomainLookupByName(m_conn, m_name.toUtf8().constData())) {
        virDomainDestroy(old);
        virDomainUndefine(old);
        virDomainFree(old);
    }
    // So is the log of an earlier run in the same sandbox (ctest --repeat): with append='on' its
    // "vcv-guest-ready" would end boot()'s wait before this run's shell is up.
    // Only in libvirt's log folder: a test may name any file as a console's log (tst_logread
    // names /etc/shadow, to see it refused), and that file is not the test's to remove.
    const QStringList oldLog = logChainFiles();
    // Only in a folder that really is under it: a log path may lead elsewhere through ".." or a
    // symbolic link to a folder (the reader's tests name such paths on purpose). A symbolic link
    // in it is removed itself, not what it points to.
    for (const QString &file : oldLog) {
        const QString folder = QFileInfo(QFileInfo(file).absolutePath()).canonicalFilePath();
        if (QString(folder + u'/').startsWith(u"/var/log/libvirt/"_s))
            QFile::remove(file);
    }
    m_domain = virDomainDefineXML(m_conn, xml.constData());
    if (!m_domain) {
        *error = u"virDomainDefineXML: "_s + lastLibvirtError();
        return false;
    }
    return true;
}

bool TestGuest::start(QString *error, bool paused)
{
    if (!m_domain && !define(error))
        return false;
    if (virDomainCreateWithFlags(m_domain, paused ? VIR_DOMAIN_START_PAUSED : 0) < 0) {
        *error = u"virDomainCreate: "_s + lastLibvirtError();
        return false;
    }
    return true;
}

bool TestGuest::resume(QString *error)
{
    if (!m_domain || virDomainResume(m_domain) < 0) {
        *error = u"virDomainResume: "_s + lastLibvirtError();
        return false;
    }
    return true;
}

bool TestGuest::boot(QString *error, int timeoutMs)
{
    if (!start(error))
        return false;
    if (m_options.log && !waitForShellPrompt(timeoutMs)) {
        *error = u"the guest printed no shell prompt in time; its log ends with: "_s +
            QString::fromUtf8(readLogChain().right(600));
        return false;
    }
    return true;
}

void TestGuest::destroy()
{
    if (m_domain && virDomainIsActive(m_domain) == 1)
        virDomainDestroy(m_domain);
}

QStringList TestGuest::logChainFiles() const
{
    // Listed, not discovered: this is the oracle for the app's own discovery of a chain
    // (RotationChain). The sandbox's virtlogd keeps three rotations (tools/sandbox/etc/
    // virtlogd.conf: max_backups = 3), oldest first.
    QStringList files;
    for (const QString &suffix : {u".2"_s, u".1"_s, u".0"_s, QString()}) {
        if (QFile::exists(m_logFile + suffix))
            files << m_logFile + suffix;
    }
    return files;
}

QByteArray TestGuest::readLogChain() const
{
    QByteArray all;
    for (const QString &path : logChainFiles()) {
        QFile f(path);
        if (f.open(QIODevice::ReadOnly))
            all += f.readAll();
    }
    return all;
}

bool TestGuest::consoleHeld(QString *libvirtMessage, const QString &alias) const
{
    if (!m_domain)
        return false;
    virStreamPtr stream = virStreamNew(m_conn, 0);
    if (!stream)
        return false;
    const QByteArray device = alias.toUtf8();
    const bool opened = virDomainOpenConsole(m_domain, alias.isEmpty() ? nullptr : device.constData(), stream,
                                             VIR_DOMAIN_CONSOLE_SAFE) == 0;
    const virErrorPtr e = opened ? nullptr : virGetLastError();
    const bool held = e && e->code == VIR_ERR_OPERATION_FAILED;
    if (held && libvirtMessage)
        *libvirtMessage = lastLibvirtError();
    virResetLastError();
    if (opened)
        virStreamAbort(stream);
    virStreamFree(stream);
    virResetLastError();
    return held;
}

bool TestGuest::waitForShellPrompt(int timeoutMs) const
{
    // tools/sandbox/guest-init.sh prints "vcv-guest-ready" just before it starts the shell, and
    // the shell then prints its prompt (PS1 "root@…# ") when it reads the terminal. Keys that
    // arrive between the two are lost, so a test may type only once the prompt is there.
    const auto prompted = [this] {
        const QByteArray log = readLogChain();
        const qsizetype ready = log.lastIndexOf("vcv-guest-ready");
        return ready >= 0 && log.indexOf("root@", ready) > ready;
    };
    const QDeadlineTimer deadline(timeoutMs);
    while (!deadline.hasExpired()) {
        if (prompted())
            return true;
        QTest::qWait(100);
    }
    return prompted();
}

bool TestGuest::waitForLog(const QByteArray &needle, int timeoutMs) const
{
    const QDeadlineTimer deadline(timeoutMs);
    while (!deadline.hasExpired()) {
        if (readLogChain().contains(needle))
            return true;
        QTest::qWait(100);
    }
    return readLogChain().contains(needle);
}

} // namespace vcv::test
