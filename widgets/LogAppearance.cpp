// SPDX-FileCopyrightText: 2026 The virt-console-viewer developers
// SPDX-License-Identifier: GPL-2.0-or-later
#include "widgets/LogAppearance.h"

#include "widgets/LogHighlighter.h"
#include "widgets/LogLineRenderer.h"
#include "widgets/LogSyntax.h"

#include <KSyntaxHighlighting/Theme>

#include <QFontDatabase>
#include <QPalette>
#include <QWidget>

#include <algorithm>

namespace vcv {

LogAppearance::LogAppearance(LogLineRenderer *renderer, LogHighlighter *highlighter)
    : m_renderer(renderer)
    , m_highlighter(highlighter)
{
}

bool LogAppearance::setWordWrap(bool wrap)
{
    if (wrap == m_wordWrap)
        return false;
    m_wordWrap = wrap;
    m_renderer->setWordWrap(wrap);
    return true;
}

bool LogAppearance::setZoom(int points)
{
    points = std::clamp(points, -6, 24);
    if (points == m_zoom)
        return false;
    m_zoom = points;
    return true;
}

bool LogAppearance::setLineNumbersVisible(bool visible)
{
    if (visible == m_lineNumbers)
        return false;
    m_lineNumbers = visible;
    return true;
}

void LogAppearance::applyFont()
{
    QFont base = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    base.setStyleHint(QFont::Monospace);
    const qreal size = qMax<qreal>(5, base.pointSizeF() + m_zoom);
    base.setPointSizeF(size);
    m_renderer->setFont(base);
}

void LogAppearance::applyTheme(const QPalette &palette, QWidget *viewport)
{
    using KSyntaxHighlighting::Theme;
    Theme theme;
    if (!m_themeName.isEmpty())
        theme = LogSyntax::themeByName(m_themeName);
    if (!theme.isValid())
        theme = LogSyntax::themeForPalette(palette);
    m_renderer->setColors(LogViewColors::fromTheme(theme));
    // So that the frame and the new-lines button match the text.
    QPalette pal = viewport->palette();
    pal.setColor(QPalette::Base, m_renderer->colors().background);
    pal.setColor(QPalette::Text, m_renderer->colors().foreground);
    viewport->setPalette(pal);
    m_highlighter->setTheme(theme); // emits highlightingChanged: layouts are rebuilt
    m_renderer->invalidate();
}

} // namespace vcv
