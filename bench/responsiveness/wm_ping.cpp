// SPDX-FileCopyrightText: 2026 The virt-console-viewer developers
// SPDX-License-Identifier: GPL-2.0-or-later
// vcv-wm-ping: how long a program's window takes to answer _NET_WM_PING, from outside.
//
//   vcv-wm-ping PID OUT-FILE [INTERVAL-MS]
//
// Finds a top-level window of process PID (_NET_WM_PID) that takes part in the _NET_WM_PING
// protocol, then sends it a ping every INTERVAL-MS (default 10) without waiting for the answers.
// Toolkits answer from their GUI event loop (Qt's QXcbWindow, GDK's event filter) by sending the
// message on to the root window; this program watches the root for it. A window that disappears
// is looked for again (virt-manager replaces its windows). Runs until SIGTERM or SIGINT.
//
// OUT-FILE gets one line per ping: "SENT-NS ANSWERED-NS" on CLOCK_REALTIME (so that a driver
// script can cut the run into scenarios with its own wall-clock marks); ANSWERED-NS is -1 for a
// ping still unanswered at the end. A ping's latency is the time the GUI thread was busy
// before it could look at its events: the signal a window manager uses to grey out a hung window.
#include "XWindows.h"

#include <xcb/xcb.h>

#include <poll.h>
#include <signal.h>
#include <time.h>

#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <map>
#include <vector>

using namespace vcv::bench;

namespace {

volatile sig_atomic_t g_stop = 0;

int64_t nowNs()
{
    timespec ts{};
    clock_gettime(CLOCK_REALTIME, &ts);
    return int64_t(ts.tv_sec) * 1000000000 + ts.tv_nsec;
}

} // namespace

int main(int argc, char **argv)
{
    if (argc < 3) {
        std::fprintf(stderr, "usage: %s PID OUT-FILE [INTERVAL-MS]\n", argv[0]);
        return 2;
    }
    const auto pid = uint32_t(std::strtoul(argv[1], nullptr, 10));
    const int64_t intervalNs = (argc > 3 ? std::atoll(argv[3]) : 10) * 1000000;
    FILE *out = std::fopen(argv[2], "w");
    if (!out) {
        std::perror(argv[2]);
        return 1;
    }
    struct sigaction sa{};
    sa.sa_handler = [](int) { g_stop = 1; };
    sigaction(SIGTERM, &sa, nullptr);
    sigaction(SIGINT, &sa, nullptr);

    int screenNumber = 0;
    xcb_connection_t *c = xcb_connect(nullptr, &screenNumber);
    if (xcb_connection_has_error(c)) {
        std::fprintf(stderr, "vcv-wm-ping: cannot open the display\n");
        return 1;
    }
    xcb_screen_iterator_t it = xcb_setup_roots_iterator(xcb_get_setup(c));
    for (int i = 0; i < screenNumber; ++i)
        xcb_screen_next(&it);
    const xcb_window_t root = it.data->root;
    const Atoms atoms = Atoms::intern(c);
    // The answers are sent to the root with SubstructureNotify|SubstructureRedirect; anyone who
    // selected SubstructureNotify there receives them (Redirect is the window manager's alone).
    const uint32_t mask = XCB_EVENT_MASK_STRUCTURE_NOTIFY | XCB_EVENT_MASK_SUBSTRUCTURE_NOTIFY;
    xcb_change_window_attributes(c, root, XCB_CW_EVENT_MASK, &mask);
    xcb_flush(c);

    struct Ping
    {
        int64_t sent;
        xcb_window_t window;
    };
    std::map<uint32_t, Ping> outstanding; // by serial
    uint32_t serial = 1;
    xcb_window_t target = XCB_WINDOW_NONE;
    int64_t nextPing = nowNs();
    int64_t nextSearch = 0;
    while (!g_stop) {
        const int64_t now = nowNs();
        if (target == XCB_WINDOW_NONE && now >= nextSearch) {
            target = findWindow(c, root, atoms, pid);
            nextSearch = now + 50000000;
            nextPing = now;
        }
        if (target != XCB_WINDOW_NONE && now >= nextPing) {
            xcb_client_message_event_t ev{};
            ev.response_type = XCB_CLIENT_MESSAGE;
            ev.format = 32;
            ev.window = target;
            ev.type = atoms.wmProtocols;
            ev.data.data32[0] = atoms.netWmPing;
            ev.data.data32[1] = serial; // "a timestamp": toolkits echo it unchanged
            ev.data.data32[2] = target;
            // No event mask: delivered to the window's owner, as a window manager does it.
            xcb_send_event(c, 0, target, XCB_EVENT_MASK_NO_EVENT, reinterpret_cast<const char *>(&ev));
            xcb_flush(c);
            outstanding[serial++] = Ping{now, target};
            nextPing += intervalNs;
            if (nextPing < now)
                nextPing = now + intervalNs; // we were late ourselves: do not burst
        }
        pollfd pfd{xcb_get_file_descriptor(c), POLLIN, 0};
        const int64_t wakeAt = target == XCB_WINDOW_NONE ? nextSearch : nextPing;
        const int timeoutMs = int(std::max<int64_t>(0, (wakeAt - nowNs()) / 1000000));
        poll(&pfd, 1, timeoutMs);
        while (xcb_generic_event_t *e = xcb_poll_for_event(c)) {
            const uint8_t type = e->response_type & 0x7f;
            if (type == XCB_CLIENT_MESSAGE) {
                const auto *cm = reinterpret_cast<xcb_client_message_event_t *>(e);
                if (cm->type == atoms.wmProtocols && cm->data.data32[0] == atoms.netWmPing) {
                    const auto found = outstanding.find(cm->data.data32[1]);
                    if (found != outstanding.end()) {
                        std::fprintf(out, "%lld %lld\n", (long long)found->second.sent, (long long)nowNs());
                        outstanding.erase(found);
                    }
                }
            } else if (type == XCB_DESTROY_NOTIFY) {
                const xcb_window_t gone = reinterpret_cast<xcb_destroy_notify_event_t *>(e)->window;
                if (gone == target)
                    target = XCB_WINDOW_NONE;
                // The server drops what was still queued for a destroyed window: no answer will come.
                std::erase_if(outstanding, [gone](const auto &p) { return p.second.window == gone; });
            } else if (type == XCB_UNMAP_NOTIFY) {
                if (reinterpret_cast<xcb_unmap_notify_event_t *>(e)->window == target)
                    target = XCB_WINDOW_NONE;
            }
            free(e);
        }
        if (xcb_connection_has_error(c))
            break;
    }
    for (const auto &[s, ping] : outstanding)
        std::fprintf(out, "%lld -1\n", (long long)ping.sent);
    std::fclose(out);
    xcb_disconnect(c);
    return 0;
}
