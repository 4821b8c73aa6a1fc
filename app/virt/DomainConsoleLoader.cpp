// SPDX-FileCopyrightText: 2026 The virt-console-viewer developers
// SPDX-License-Identifier: GPL-2.0-or-later
#include "virt/DomainConsoleLoader.h"

#include "virt/DomainXml.h"

#include <algorithm>
#include <cstdlib>
#include <optional>
#include <thread>
#include <vector>

#include <libvirt/libvirt.h>
#include <libvirt/virterror.h>

namespace vcv {

namespace {

enum class Read { Ok, Vanished, Failed, Skipped };

struct Slot
{
    Read read = Read::Skipped;
    ConsoleDeviceList consoles;
};

Slot readOne(const DomainHandles::Handle &h)
{
    Slot slot;
    char *xml = virDomainGetXMLDesc(h.domain, 0);
    if (!xml) {
        const virErrorPtr e = virGetLastError(); // thread-local: this thread's call
        slot.read = e && e->code == VIR_ERR_NO_DOMAIN ? Read::Vanished : Read::Failed;
        return slot;
    }
    if (const auto parsed = DomainXml::parse(QByteArray(xml)))
        slot.consoles = parsed->consoles();
    std::free(xml);
    slot.read = Read::Ok;
    return slot;
}

} // namespace

DomainConsolesList DomainConsoleLoader::load(const DomainHandles &handles, size_t first, size_t count,
                                             const std::atomic<bool> &cancelled, Outcome *outcome)
{
    const auto &all = handles.all();
    const size_t begin = std::min(first, all.size());
    const size_t end = std::min(all.size(), begin + count);
    std::vector<Slot> perDomain(end - begin);
    std::atomic<size_t> next{begin};
    std::atomic<bool> failed{false};
    // Each thread takes the next domain until none is left: kParallel calls are in flight at once.
    const auto work = [&] {
        for (;;) {
            if (cancelled.load() || failed.load())
                return;
            const size_t i = next.fetch_add(1);
            if (i >= end)
                return;
            perDomain[i - begin] = readOne(all[i]);
            if (perDomain[i - begin].read == Read::Failed)
                failed = true;
        }
    };
    const size_t threads = std::min<size_t>(kParallel, end - begin);
    std::vector<std::thread> pool;
    pool.reserve(threads);
    for (size_t t = 1; t < threads; ++t)
        pool.emplace_back(work);
    work(); // this thread is one of them
    for (std::thread &t : pool)
        t.join();

    DomainConsolesList result;
    for (size_t i = 0; i < perDomain.size(); ++i)
        if (perDomain[i].read == Read::Ok)
            result.append({all[begin + i].uuid, std::move(perDomain[i].consoles)});
    *outcome = failed ? Outcome::Failed : cancelled ? Outcome::Cancelled : Outcome::Complete;
    return result;
}

} // namespace vcv
