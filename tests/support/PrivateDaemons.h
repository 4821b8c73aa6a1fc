// SPDX-FileCopyrightText: 2026 The virt-console-viewer developers
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <string>

namespace vcv::test {

/// Daemons of this test process alone, for tests that stop, kill or freeze libvirtd and
/// virtlogd: the process moves into a mount namespace of its own with fresh /run and
/// /var/{lib,log,cache}/libvirt (as tools/devenv gives each of its namespaces), so the
/// sandbox's `daemons start` (Sandbox::ensureUp) starts a libvirtd and a virtlogd that no other
/// test sees, and whatever this test does to them, the daemons the other tests share keep
/// running. The guest image is shared, read as it is. Sandbox::uri() names them as usual.
///
/// Make it first thing in main(), before any thread exists: a thread started before keeps the
/// namespace it had. Its destructor stops the daemons and the guests they run.
class PrivateDaemons
{
public:
    PrivateDaemons();
    ~PrivateDaemons();
    PrivateDaemons(const PrivateDaemons &) = delete;
    PrivateDaemons &operator=(const PrivateDaemons &) = delete;

    /// Empty when the namespace is in place, else what failed.
    const std::string &error() const { return m_error; }

private:
    std::string m_error;
};

} // namespace vcv::test
