// SPDX-FileCopyrightText: 2026 The virt-console-viewer developers
// SPDX-License-Identifier: GPL-2.0-or-later
#include "widgets/LogViewActions.h"

#include "widgets/ActionRegistry.h"
#include "widgets/LogView.h"

#include <QAction>

using namespace Qt::StringLiterals;

namespace vcv::LogViewActions {

void create(LogView *view)
{
    const auto command = [view](const QString &id, auto slot) {
        QObject::connect(ActionRegistry::instance()->createAction(id, view), &QAction::triggered, view, slot);
    };
    command(u"log.find"_s, &LogView::searchRequested);
    command(u"log.find-next"_s, &LogView::findNext);
    command(u"log.find-previous"_s, &LogView::findPrevious);
    command(u"log.go-to-line"_s, &LogView::goToLineRequested);
    command(u"log.toggle-bookmark"_s, &LogView::toggleBookmarkAtCurrentLine);
    command(u"log.next-bookmark"_s, &LogView::nextBookmark);
    command(u"log.previous-bookmark"_s, &LogView::previousBookmark);
    command(u"log.wrap"_s, &LogView::toggleWordWrap);
    command(u"log.zoom-in"_s, &LogView::zoomIn);
    command(u"log.zoom-out"_s, &LogView::zoomOut);
    command(u"log.zoom-reset"_s, &LogView::resetZoom);
    command(u"log.copy"_s, &LogView::copy);
    command(u"log.select-all"_s, &LogView::selectAll);
    command(u"log.save"_s, &LogView::exportRequested);
}

} // namespace vcv::LogViewActions
