// SPDX-FileCopyrightText: 2026 The virt-console-viewer developers
// SPDX-License-Identifier: GPL-2.0-or-later
#include "virt/DomainHandles.h"

#include <algorithm>

#include <libvirt/libvirt.h>

namespace vcv {

DomainHandles::~DomainHandles()
{
    for (const Handle &h : m_handles)
        virDomainFree(h.domain);
}

void DomainHandles::adopt(virDomainPtr domain)
{
    Handle h;
    char uuid[VIR_UUID_STRING_BUFLEN] = {};
    if (virDomainGetUUIDString(domain, uuid) == 0) // local: no round trip
        h.uuid = QString::fromLatin1(uuid);
    if (const char *name = virDomainGetName(domain)) // local too
        h.name = QString::fromUtf8(name);
    h.domain = domain;
    m_handles.push_back(std::move(h));
}

void DomainHandles::sortByName()
{
    std::sort(m_handles.begin(), m_handles.end(), [](const Handle &a, const Handle &b) {
        const int c = a.name.compare(b.name, Qt::CaseInsensitive);
        return c != 0 ? c < 0 : a.name < b.name;
    });
}

} // namespace vcv
