// SPDX-FileCopyrightText: 2026 The virt-console-viewer developers
// SPDX-License-Identifier: GPL-2.0-or-later
#include "widgets/LogSideScroller.h"

#include "widgets/LogAppearance.h"
#include "widgets/LogLineRenderer.h"
#include "widgets/LogScreen.h"

#include <QScrollBar>
#include <QTextLine>
#include <QWidget>

namespace vcv {

LogSideScroller::LogSideScroller(QScrollBar *bar, QWidget *viewport, const LogLineRenderer *renderer,
                                 const LogScreen *screen, const LogAppearance *appearance)
    : m_bar(bar)
    , m_viewport(viewport)
    , m_renderer(renderer)
    , m_screen(screen)
    , m_appearance(appearance)
{
    m_bar->setSingleStep(20);
}

void LogSideScroller::scrolled()
{
    m_offset = m_bar->value();
}

void LogSideScroller::updateRange()
{
    if (m_appearance->wordWrap()) {
        m_bar->setRange(0, 0);
    } else {
        const int overflow =
            int(m_renderer->maxWidth()) + m_screen->textLeft() + m_renderer->charWidth() - m_viewport->width();
        m_bar->setRange(0, qMax(0, overflow));
        m_bar->setPageStep(m_viewport->width());
    }
}

void LogSideScroller::showMatch(LogSearchController::Match current)
{
    if (m_appearance->wordWrap() || !current.isValid())
        return;
    const LogLineLayout *ll = m_screen->layoutFor(current.line);
    if (!ll || current.indexInLine >= ll->matches.size() || ll->layout.lineCount() == 0)
        return;
    const auto &match = ll->matches.at(current.indexInLine);
    const QTextLine tl = ll->layout.lineAt(0);
    const int x0 = int(tl.cursorToX(match.start));
    const int x1 = int(tl.cursorToX(match.start + match.length));
    const int width = m_screen->textAreaWidth();
    if (x0 >= m_offset && x1 <= m_offset + width)
        return;
    if (x1 > m_bar->maximum() + width)
        updateRange(); // the line may be wider than any shown so far
    // Put the match a little in from the left edge, so that some context shows before it.
    m_bar->setValue(qMax(0, x0 - width / 4));
}

} // namespace vcv
