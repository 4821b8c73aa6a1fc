// SPDX-FileCopyrightText: 2026 The virt-console-viewer developers
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QString>

#include <vector>

struct _virDomain; // NOLINT(bugprone-reserved-identifier): libvirt names its types so

namespace vcv {

/// Owned references to libvirt domain objects, each with its UUID. A domain object answers its
/// name, UUID and ID without a round trip; every other call on it goes to the daemon.
///
/// Threads: filled on one thread, then shared read-only (as std::shared_ptr<const DomainHandles>)
/// with any thread; libvirt's domain objects are thread-safe. Destroying it frees the references,
/// which is local (no round trip) and may happen on any thread.
class DomainHandles
{
public:
    struct Handle
    {
        QString uuid;
        QString name;
        _virDomain *domain = nullptr; ///< one reference, owned
    };

    DomainHandles() = default;
    ~DomainHandles();
    DomainHandles(const DomainHandles &) = delete;
    DomainHandles &operator=(const DomainHandles &) = delete;

    /// Takes over one reference to `domain` (the caller must not free it).
    void adopt(_virDomain *domain);
    /// Orders the handles by name as the domain list shows them, so that what is loaded first is
    /// what is at the top of the list.
    void sortByName();

    const std::vector<Handle> &all() const { return m_handles; }
    size_t size() const { return m_handles.size(); }

private:
    std::vector<Handle> m_handles;
};

} // namespace vcv
