// SPDX-FileCopyrightText: 2026 The virt-console-viewer developers
// SPDX-License-Identifier: GPL-2.0-or-later
#include "RestartPausedFlow.h"

#include "virt/Connection.h"
#include "virt/DomainInfo.h"
#include "virt/DomainLookup.h"

#include <libvirt/libvirt.h>
#include <libvirt/virterror.h>

namespace vcv {

namespace {

/// What the flow needs to know of the domain, read on the connection's worker.
struct RunState
{
    QString error; // set when the domain is not found or its state cannot be read
    bool active = false;
    bool persistent = false;
};

RunState readRunState(virConnectPtr conn, const QString &uuid)
{
    RunState state;
    // A connection lost since the call (conn null) is DomainLookup's "Not connected." too.
    virDomainPtr domain = DomainLookup::find(conn, uuid, &state.error);
    if (!domain)
        return state;
    const int active = virDomainIsActive(domain);
    const int persistent = virDomainIsPersistent(domain);
    if (active < 0 || persistent < 0) {
        // libvirt's errors are per thread: read here, on the worker.
        const virErrorPtr e = virGetLastError();
        state.error = e && e->message ? QString::fromUtf8(e->message) : QString();
    }
    virDomainFree(domain);
    state.active = active == 1;
    state.persistent = persistent == 1;
    return state;
}

} // namespace

RestartPausedFlow::RestartPausedFlow(Connection *connection, const QString &uuid, const QString &name,
                                     StartPaused startPaused, ConfirmForceOff confirmForceOff, QObject *parent)
    : QObject(parent)
    , m_connection(connection)
    , m_uuid(uuid)
    , m_name(name)
    , m_startPaused(std::move(startPaused))
    , m_confirmForceOff(std::move(confirmForceOff))
{
    if (!connection)
        return;
    // The force-off runs on the connection's worker; the start follows once the domain is seen
    // stopped.
    connect(connection, &Connection::actionFinished, this,
            [this](const QString &uuid, Connection::Action action, bool ok, const QString &error) {
                if (m_step != Step::ForcingOff || uuid != m_uuid || action != Connection::Action::Destroy)
                    return;
                if (!ok) {
                    setStep(Step::None);
                    Q_EMIT message(tr("%1 could not be forced off, so it was not restarted: %2").arg(m_name, error));
                    return;
                }
                setStep(Step::WaitingForStop);
                // The stop may have been reported before the destroy's answer came back.
                if (m_stopSeen)
                    startAfterStop();
            });
    connect(connection, &Connection::domainChanged, this, &RestartPausedFlow::domainReported);
    connect(connection, &Connection::domainsListed, this, [this](const DomainInfoList &domains) {
        for (const DomainInfo &info : domains)
            domainReported(info);
    });
    connect(connection, &Connection::disconnected, this, [this] {
        if (m_step != Step::None)
            Q_EMIT message(tr("The connection was lost while %1 was being restarted paused.").arg(m_name));
        setStep(Step::None);
    });
}

void RestartPausedFlow::setStep(Step step)
{
    if (step == m_step)
        return;
    m_step = step;
    Q_EMIT stepChanged(step);
}

void RestartPausedFlow::start()
{
    if (m_step != Step::None) {
        Q_EMIT message(tr("%1 is already being restarted paused.").arg(m_name));
        return;
    }
    if (!m_connection || m_connection->state() != Connection::State::Connected) {
        Q_EMIT message(tr("Not connected to %1.").arg(m_connection ? m_connection->uri() : QString()));
        return;
    }
    // Whether it runs, and whether it would survive a force-off: asked on the connection's worker.
    setStep(Step::Checking);
    m_connection->call<RunState>(
        this, [uuid = m_uuid](virConnectPtr conn) { return readRunState(conn, uuid); },
        [this](RunState &state) { checked(state.error, state.active, state.persistent); });
}

void RestartPausedFlow::checked(const QString &error, bool active, bool persistent)
{
    // The connection was lost meanwhile (and said so): nothing to continue.
    if (m_step != Step::Checking)
        return;
    setStep(Step::None);
    if (!error.isEmpty()) {
        Q_EMIT message(tr("The state of %1 cannot be read: %2").arg(m_name, error));
        return;
    }
    if (!active) {
        m_startPaused();
        return;
    }
    if (!persistent) {
        Q_EMIT message(tr("%1 is a transient domain: forced off, it would be gone, so it cannot be restarted paused. "
                          "Define it first (virsh define) to restart it.")
                           .arg(m_name));
        return;
    }
    // The question is modal: whatever owns this may be gone when it returns.
    const QPointer<RestartPausedFlow> self(this);
    if (!m_confirmForceOff() || !self || !m_connection)
        return;
    m_stopSeen = false;
    setStep(Step::ForcingOff);
    Q_EMIT message(tr("Forcing %1 off to restart it paused…").arg(m_name));
    m_connection->perform(m_uuid, Connection::Action::Destroy);
}

void RestartPausedFlow::domainReported(const DomainInfo &info)
{
    // Started once the connection reports the domain stopped (its lifecycle event, or its poll)
    // rather than as soon as the destroy returns: the console stream, which gets the same event,
    // then usually has seen the old run end. A STOPPED it gets later still is ignored by it,
    // since the domain runs again by then.
    if (info.uuid != m_uuid || info.isActive())
        return;
    if (m_step == Step::ForcingOff)
        m_stopSeen = true;
    if (m_step == Step::WaitingForStop)
        startAfterStop();
}

void RestartPausedFlow::startAfterStop()
{
    setStep(Step::None);
    if (!m_startPaused())
        Q_EMIT message(
            tr("%1 was forced off, but its console is gone; start it again from the domain list.").arg(m_name));
}

} // namespace vcv
