// SPDX-FileCopyrightText: 2026 The virt-console-viewer developers
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "bootlog/DecodedLine.h"
#include "bootlog/LineTypes.h"

#include <QCache>
#include <QColor>
#include <QFont>
#include <QList>
#include <QPointer>
#include <QTextLayout>

#include <functional>
#include <optional>
#include <utility>

class QPainter;

namespace KSyntaxHighlighting {
class Theme;
}

namespace vcv {

class LogDocument;
class LogHighlighter;
class LogSearchController;

/// One document line laid out for painting: decoded, highlighted, shaped.
struct LogLineLayout
{
    DecodedLine decoded;
    QTextLayout layout;
    qreal height = 0;
    qreal width = 0;
    quint64 searchGeneration = 0;
    QList<QTextLayout::FormatRange> matches; // search matches in this line
};

/// The colours of a log view, from a KSyntaxHighlighting theme.
struct LogViewColors
{
    QColor background, foreground, gutterBackground, gutterForeground, currentLine, match, currentMatch, selection,
        selectionText, bookmark, marker;
    bool dark = false;

    static LogViewColors fromTheme(const KSyntaxHighlighting::Theme &theme);
};

/// Lays out and paints the lines of a LogView, one row at a time.
///
/// A line's layout merges three layers: the highlighting of the "Boot Log" definition (from the
/// LogHighlighter), the guest's own ANSI colours over it (the guest chose them), and the search
/// matches and the selection over both at paint time. Layouts are cached by line (the lines on
/// screen and a little more); anything that changes how a line looks (font, wrap, theme,
/// history put in front) drops the cache through invalidate().
///
/// It knows no rows and no scrolling: the view says which line goes where.
/// Ownership: the document, the highlighter and the search controller are not owned and must
/// outlive the renderer (the document may go away: a QPointer).
/// Thread: GUI thread only.
class LogLineRenderer
{
public:
    /// How one row is painted besides its text.
    struct RowState
    {
        bool current = false;                        ///< the current line: a band behind the text
        int currentMatch = -1;                       ///< which of the line's matches is the current one
        std::optional<std::pair<int, int>> selected; ///< selected columns [from, to)
        bool selectionGoesOn = false;                ///< the selection continues past this line's end
    };

    LogLineRenderer(LogHighlighter *highlighter, const LogSearchController *search);

    void setDocument(const LogDocument *document);
    /// Called when a line wider than any before was laid out (without wrap): the horizontal
    /// scroll range grows from what has been shown.
    void setWidthGrown(std::function<void()> callback) { m_widthGrown = std::move(callback); }

    void setFont(const QFont &font);
    const QFont &font() const { return m_font; }
    int lineHeight() const { return m_lineHeight; }
    int charWidth() const { return m_charWidth; }
    void setWordWrap(bool wrap);
    void setColors(const LogViewColors &colors);
    const LogViewColors &colors() const { return m_colors; }

    /// The layout of @p line (an existing line of the document), wrapped at @p textWidth when
    /// word wrap is on. The pointer is valid until the next layout() or invalidate().
    LogLineLayout *layout(LineNumber line, int textWidth);
    /// The decoded text of @p line (from the cache when laid out).
    QString lineText(LineNumber line) const;
    /// The widest line laid out so far (without wrap).
    qreal maxWidth() const { return m_maxWidth; }
    void resetMaxWidth() { m_maxWidth = 0; }
    void invalidate() { m_layouts.clear(); }
    /// Lines from @p first on changed (a followed log's last line grew).
    void invalidateFrom(LineNumber first);
    /// For the highlighter's line provider: the text of the line being laid out, which is not
    /// yet in the cache.
    std::optional<QString> pendingText(LineNumber line) const;

    /// Paints @p ll's text with its top left at @p origin, over a band @p band of the row.
    void paintRow(QPainter &p, const LogLineLayout &ll, const QRect &band, QPointF origin, const RowState &state) const;
    /// Paints the gutter of the row at @p y: a bookmark, the 1-based line number.
    void paintGutterRow(QPainter &p, int y, int gutterWidth, LineNumber line, bool bookmarked, bool current,
                        bool lineNumbers) const;

private:
    QColor termColor(const TermColor &color, bool foreground) const;
    QList<QTextLayout::FormatRange> formatsFor(LineNumber line, const LogLineLayout &ll, const QString &shown);

    LogHighlighter *m_highlighter;
    const LogSearchController *m_search;
    QPointer<const LogDocument> m_document;
    std::function<void()> m_widthGrown;
    mutable QCache<qint64, LogLineLayout> m_layouts;
    LineNumber m_pendingLine; // line being laid out: the highlighter's provider reads m_pendingText
    QString m_pendingText;
    qreal m_maxWidth = 0;
    bool m_wordWrap = false;
    QFont m_font;
    int m_lineHeight = 16;
    int m_charWidth = 8;
    LogViewColors m_colors;
};

} // namespace vcv
