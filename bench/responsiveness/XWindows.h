// SPDX-FileCopyrightText: 2026 The virt-console-viewer developers
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once
// Small xcb helpers shared by the responsiveness tools (vcv-wm-ping, vcv-x-click): finding a
// process's top-level window under Xvfb, where no window manager reparents it.
#include <xcb/xcb.h>

#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <vector>

namespace vcv::bench {

inline xcb_atom_t atom(xcb_connection_t *c, const char *name)
{
    auto *reply = xcb_intern_atom_reply(c, xcb_intern_atom(c, 0, uint16_t(strlen(name)), name), nullptr);
    const xcb_atom_t a = reply ? reply->atom : xcb_atom_t(XCB_ATOM_NONE);
    free(reply);
    return a;
}

struct Atoms
{
    xcb_atom_t wmProtocols, netWmPing, netWmPid;
    static Atoms intern(xcb_connection_t *c)
    {
        return {atom(c, "WM_PROTOCOLS"), atom(c, "_NET_WM_PING"), atom(c, "_NET_WM_PID")};
    }
};

// The 32-bit values of a window's property, empty when it has none.
inline std::vector<uint32_t> property32(xcb_connection_t *c, xcb_window_t w, xcb_atom_t prop)
{
    std::vector<uint32_t> values;
    auto *reply = xcb_get_property_reply(c, xcb_get_property(c, 0, w, prop, XCB_ATOM_ANY, 0, 64), nullptr);
    if (reply && reply->format == 32) {
        const auto *v = static_cast<const uint32_t *>(xcb_get_property_value(reply));
        values.assign(v, v + xcb_get_property_value_length(reply) / 4);
    }
    free(reply);
    return values;
}

// A viewable top-level window of `pid` that speaks _NET_WM_PING; XCB_WINDOW_NONE if none yet.
// Without a window manager (Xvfb) top-level windows are the root's children.
inline xcb_window_t findWindow(xcb_connection_t *c, xcb_window_t root, const Atoms &a, uint32_t pid)
{
    auto *tree = xcb_query_tree_reply(c, xcb_query_tree(c, root), nullptr);
    if (!tree)
        return XCB_WINDOW_NONE;
    xcb_window_t found = XCB_WINDOW_NONE;
    const xcb_window_t *children = xcb_query_tree_children(tree);
    for (int i = xcb_query_tree_children_length(tree) - 1; i >= 0 && found == XCB_WINDOW_NONE; --i) {
        const xcb_window_t w = children[i];
        const auto pids = property32(c, w, a.netWmPid);
        if (pids.empty() || pids.front() != pid)
            continue;
        const auto protocols = property32(c, w, a.wmProtocols);
        bool pings = false;
        for (uint32_t p : protocols)
            pings = pings || p == a.netWmPing;
        auto *attrs = xcb_get_window_attributes_reply(c, xcb_get_window_attributes(c, w), nullptr);
        const bool viewable = attrs && attrs->map_state == XCB_MAP_STATE_VIEWABLE;
        free(attrs);
        if (pings && viewable)
            found = w;
    }
    free(tree);
    return found;
}

} // namespace vcv::bench
