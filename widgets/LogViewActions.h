// SPDX-FileCopyrightText: 2026 The virt-console-viewer developers
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

namespace vcv {

class LogView;

/// The commands of a LogView (search, bookmarks, zoom, wrap, copy, save…) as the
/// ActionRegistry's actions, each triggering one of the view's public slots or signals.
///
/// The keys come from the registry (rebindable in Settings); only the navigation keys stay in
/// the view's keyPressEvent() (LogNavigationKeys).
///
/// Ownership: the actions are children of the view, so that LogView::action() finds them and
/// their shortcuts work while the view has the focus.
/// Thread: GUI thread only.
namespace LogViewActions {

/// Creates the view's command actions; once, from its constructor.
void create(LogView *view);

} // namespace LogViewActions

} // namespace vcv
