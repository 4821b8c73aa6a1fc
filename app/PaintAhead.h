// SPDX-FileCopyrightText: 2026 The virt-console-viewer developers
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

class QWidget;

namespace vcv {

/// Paints a hidden top-level window once into its own backing store, before it is shown.
///
/// A window's first frame is the longest time it does not answer its window manager
/// (docs/benchmarks.md, "Responsiveness"). Most of it is one-time work that does not need the
/// window on screen: the first paint loads fonts, glyphs and the style's pixmaps; the backing
/// store is created (under X11 a shared-memory segment and a server-side pixmap of the window's
/// size, both new memory that faults in page by page on first touch, on the GUI thread and in
/// the X server). Done here, before the window maps, none of it happens while the window manager
/// can ask the window whether it is alive; the first frame after show() repaints into memory
/// that is already there.
///
/// Contracts
/// - @p window is a top-level widget, not yet shown; it stays hidden.
/// - Afterwards its backing store exists, has the window's size and holds a paint of it.
///   Showing it still paints it again (Qt repaints a newly shown window), so nothing painted
///   here can be stale on screen.
/// - A window manager that gives the window another size as it maps (maximised, tiled) makes Qt
///   create the store again at that size: then this was done for nothing, though still before the
///   window showed.
///
/// Thread: GUI thread.
void paintAhead(QWidget *window);

} // namespace vcv
