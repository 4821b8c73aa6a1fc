// SPDX-FileCopyrightText: 2026 The virt-console-viewer developers
// SPDX-License-Identifier: GPL-2.0-or-later
#include "PrivateDaemons.h"

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <sched.h>
#include <sys/mount.h>
#include <sys/stat.h>
#include <unistd.h>

namespace vcv::test {

namespace {

std::string failed(const char *what, const char *path)
{
    return std::string(what) + ' ' + path + ": " + std::strerror(errno);
}

} // namespace

PrivateDaemons::PrivateDaemons()
{
    if (::unshare(CLONE_NEWNS) != 0) {
        m_error = failed("unshare", "(mount namespace)");
        return;
    }
    // Nothing mounted here may reach the namespace the other tests share. In tools/devenv's
    // root "/" is a chroot, not a mount point: there the folders covered below are (tools/devenv
    // made them, private already), so make those private instead.
    static constexpr const char *kCovered[] = {"/run", "/etc/libvirt/qemu", "/var/lib/libvirt", "/var/log/libvirt",
                                               "/var/cache/libvirt"};
    if (::mount(nullptr, "/", nullptr, MS_REC | MS_PRIVATE, nullptr) != 0) {
        for (const char *dir : kCovered) {
            if (::mount(nullptr, dir, nullptr, MS_REC | MS_PRIVATE, nullptr) != 0) {
                m_error = failed("make private", dir);
                return;
            }
        }
    }
    // The guest image, built once per sandbox, is kept: bound aside before its folder is
    // covered, then bound back.
    static constexpr const char *kImages = "/var/lib/libvirt/images";
    char aside[] = "/tmp/vcv-private-images-XXXXXX";
    struct stat st{};
    const bool keepImages = ::stat(kImages, &st) == 0 && S_ISDIR(st.st_mode) && ::mkdtemp(aside) != nullptr;
    if (keepImages && ::mount(kImages, aside, nullptr, MS_BIND | MS_REC, nullptr) != 0) {
        m_error = failed("bind", kImages);
        return;
    }
    for (const char *dir : kCovered) {
        ::mkdir(dir, 0755);
        if (::mount("tmpfs", dir, "tmpfs", 0, "mode=0755") != 0) {
            m_error = failed("mount tmpfs on", dir);
            return;
        }
    }
    // libvirtd locks a console's pty in /var/lock, which is /run/lock.
    ::mkdir("/run/lock", 01777);
    ::chmod("/run/lock", 01777);
    if (keepImages) {
        ::mkdir(kImages, 0755);
        if (::mount(aside, kImages, nullptr, MS_BIND | MS_REC, nullptr) != 0) {
            m_error = failed("bind back", kImages);
            return;
        }
        ::umount2(aside, MNT_DETACH);
        ::rmdir(aside);
    }
}

PrivateDaemons::~PrivateDaemons()
{
    if (m_error.empty()) {
        // The daemons outlive this process otherwise (they are not in a PID namespace of ours).
        [[maybe_unused]] const int status = std::system(VCV_SOURCE_DIR "/tools/sandbox/daemons stop >/dev/null 2>&1");
    }
}

} // namespace vcv::test
