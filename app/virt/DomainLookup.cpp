// SPDX-FileCopyrightText: 2026 The virt-console-viewer developers
// SPDX-License-Identifier: GPL-2.0-or-later
#include "DomainLookup.h"

#include <QCoreApplication>
#include <QUuid>

#include <libvirt/libvirt.h>
#include <libvirt/virterror.h>

namespace vcv {

_virDomain *DomainLookup::find(_virConnect *connection, const QString &key, QString *error)
{
    if (!connection) {
        if (error)
            *error = QCoreApplication::translate("vcv::DomainLookup", "Not connected.");
        return nullptr;
    }
    // Lookups that miss leave a libvirt error behind; only the outcome matters here.
    bool isNumber = false;
    const int id = key.toInt(&isNumber);
    virDomainPtr domain = nullptr;
    if (isNumber && id >= 0)
        domain = virDomainLookupByID(connection, id);
    if (!domain && !QUuid::fromString(key).isNull())
        domain = virDomainLookupByUUIDString(connection, key.toUtf8().constData());
    if (!domain)
        domain = virDomainLookupByName(connection, key.toUtf8().constData());
    virResetLastError();
    if (!domain && error)
        *error =
            QCoreApplication::translate("vcv::DomainLookup", "No domain with the ID, UUID or name \"%1\".").arg(key);
    return domain;
}

bool DomainLookup::isRunningWithDevices(virDomainPtr domain)
{
    int state = VIR_DOMAIN_NOSTATE;
    int reason = 0;
    const bool running = virDomainIsActive(domain) == 1 && virDomainGetState(domain, &state, &reason, 0) == 0 &&
        !(state == VIR_DOMAIN_PAUSED && reason == VIR_DOMAIN_PAUSED_STARTING_UP);
    virResetLastError();
    return running;
}

} // namespace vcv
