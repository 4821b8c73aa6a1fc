// SPDX-FileCopyrightText: 2026 The virt-console-viewer developers
// SPDX-License-Identifier: GPL-2.0-or-later
// vcv-x-click PID X Y — a left click at (X, Y) of process PID's top-level window, as the X server
// would deliver one (a synthetic ButtonPress + ButtonRelease sent to that window).
//
// For bench/responsiveness/run.py: the log side's "Enable console logging" button has no
// keyboard shortcut, and the root has no XTest tool; Qt accepts synthetic button events.
// Exits 1 if the window is not found within 10 s.
#include "XWindows.h"

#include <xcb/xcb.h>

#include <time.h>

#include <cstdio>
#include <cstdlib>

using namespace vcv::bench;

namespace {

void sendButton(xcb_connection_t *c, xcb_window_t root, xcb_window_t w, uint8_t type, int16_t x, int16_t y,
                uint16_t state)
{
    xcb_button_press_event_t ev{};
    ev.response_type = type;
    ev.detail = 1; // the left button
    ev.time = XCB_CURRENT_TIME;
    ev.root = root;
    ev.event = w;
    ev.child = XCB_WINDOW_NONE;
    ev.root_x = x; // top-level windows sit at the root's origin without a window manager
    ev.root_y = y;
    ev.event_x = x;
    ev.event_y = y;
    ev.state = state;
    ev.same_screen = 1;
    // No event mask: delivered to the window's owner whatever it selected (Qt takes the pointer
    // through XInput2 and may not select core button events).
    xcb_send_event(c, 0, w, XCB_EVENT_MASK_NO_EVENT, reinterpret_cast<const char *>(&ev));
}

} // namespace

int main(int argc, char **argv)
{
    if (argc != 4) {
        std::fprintf(stderr, "usage: %s PID X Y\n", argv[0]);
        return 2;
    }
    const auto pid = uint32_t(std::strtoul(argv[1], nullptr, 10));
    const auto x = int16_t(std::atoi(argv[2]));
    const auto y = int16_t(std::atoi(argv[3]));
    int screenNumber = 0;
    xcb_connection_t *c = xcb_connect(nullptr, &screenNumber);
    if (xcb_connection_has_error(c)) {
        std::fprintf(stderr, "vcv-x-click: cannot open the display\n");
        return 1;
    }
    xcb_screen_iterator_t it = xcb_setup_roots_iterator(xcb_get_setup(c));
    for (int i = 0; i < screenNumber; ++i)
        xcb_screen_next(&it);
    const xcb_window_t root = it.data->root;
    const Atoms atoms = Atoms::intern(c);
    xcb_window_t w = XCB_WINDOW_NONE;
    for (int tries = 0; tries < 100 && w == XCB_WINDOW_NONE; ++tries) {
        w = findWindow(c, root, atoms, pid);
        if (w == XCB_WINDOW_NONE) {
            const timespec pause{0, 100000000};
            nanosleep(&pause, nullptr);
        }
    }
    if (w == XCB_WINDOW_NONE) {
        std::fprintf(stderr, "vcv-x-click: no window of process %u\n", pid);
        return 1;
    }
    // The pointer moves there first, so that the toolkit knows what is under it.
    xcb_motion_notify_event_t motion{};
    motion.response_type = XCB_MOTION_NOTIFY;
    motion.time = XCB_CURRENT_TIME;
    motion.root = root;
    motion.event = w;
    motion.root_x = motion.event_x = x;
    motion.root_y = motion.event_y = y;
    motion.same_screen = 1;
    xcb_send_event(c, 0, w, XCB_EVENT_MASK_NO_EVENT, reinterpret_cast<const char *>(&motion));
    sendButton(c, root, w, XCB_BUTTON_PRESS, x, y, 0);
    sendButton(c, root, w, XCB_BUTTON_RELEASE, x, y, XCB_BUTTON_MASK_1);
    xcb_flush(c);
    xcb_disconnect(c);
    return 0;
}
