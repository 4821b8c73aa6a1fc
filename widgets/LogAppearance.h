// SPDX-FileCopyrightText: 2026 The virt-console-viewer developers
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QString>

class QPalette;
class QWidget;

namespace vcv {

class LogHighlighter;
class LogLineRenderer;

/// How a LogView looks: the font size (zoom), word wrap, line numbers and the colour theme, and
/// handing the font and the theme's colours to the renderer and the highlighter.
///
/// It knows no rows and no scrolling: the view keeps its place when the look changes.
///
/// Ownership: the renderer and the highlighter are not owned and must outlive it.
/// Thread: GUI thread only.
class LogAppearance
{
public:
    LogAppearance(LogLineRenderer *renderer, LogHighlighter *highlighter);

    /// The setters return whether anything changed.
    bool wordWrap() const { return m_wordWrap; }
    bool setWordWrap(bool wrap);
    /// Font size change in points relative to the base font, in [-6, 24].
    int zoom() const { return m_zoom; }
    bool setZoom(int points);
    bool lineNumbersVisible() const { return m_lineNumbers; }
    bool setLineNumbersVisible(bool visible);
    /// The KSyntaxHighlighting theme by name; empty: the theme that suits the palette.
    QString themeName() const { return m_themeName; }
    void setThemeName(const QString &name) { m_themeName = name; }

    /// Gives the renderer the system's fixed font, changed by the zoom.
    void applyFont();
    /// Gives the renderer and the highlighter the theme (the one that suits @p palette when no
    /// theme is named or the name is unknown), and @p viewport its background and text colours.
    void applyTheme(const QPalette &palette, QWidget *viewport);

private:
    LogLineRenderer *m_renderer;
    LogHighlighter *m_highlighter;
    bool m_wordWrap = false;
    bool m_lineNumbers = true;
    int m_zoom = 0;
    QString m_themeName;
};

} // namespace vcv
