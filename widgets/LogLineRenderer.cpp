// SPDX-FileCopyrightText: 2026 The virt-console-viewer developers
// SPDX-License-Identifier: GPL-2.0-or-later
#include "widgets/LogLineRenderer.h"

#include "bootlog/LogDocument.h"
#include "widgets/LogHighlighter.h"
#include "widgets/LogSearchController.h"

#include <KSyntaxHighlighting/Theme>

#include <QFontMetrics>
#include <QPainter>
#include <QTextLine>

namespace vcv {

namespace {

// Lines longer than this are shown cut (the copy still has all of it): shaping a line of a
// megabyte takes longer than a frame.
constexpr int MaxShownChars = 32768;

// The 16 ANSI colours (VS Code's terminal palettes: readable on white and on near-black).
constexpr QRgb ansiLight[16] = {0x000000, 0xcd3131, 0x00a000, 0x949800, 0x0451a5, 0xbc05bc, 0x0598bc, 0x555555,
                                0x666666, 0xcd3131, 0x14ce14, 0xb5ba00, 0x0451a5, 0xbc05bc, 0x0598bc, 0xa5a5a5};
constexpr QRgb ansiDark[16] = {0x000000, 0xcd3131, 0x0dbc79, 0xe5e510, 0x2472c8, 0xbc3fbc, 0x11a8cd, 0xe5e5e5,
                               0x666666, 0xf14c4c, 0x23d18b, 0xf5f543, 0x3b8eea, 0xd670d6, 0x29b8db, 0xe5e5e5};

QColor xterm256(int index, bool dark)
{
    if (index < 16)
        return QColor::fromRgb(dark ? ansiDark[index] : ansiLight[index]);
    if (index < 232) {
        const int i = index - 16;
        const auto level = [](int v) { return v == 0 ? 0 : 55 + v * 40; };
        return QColor(level(i / 36), level((i / 6) % 6), level(i % 6));
    }
    const int grey = 8 + (index - 232) * 10;
    return QColor(grey, grey, grey);
}

QColor blend(const QColor &a, const QColor &b, double t)
{
    return QColor::fromRgbF(float(a.redF() * (1 - t) + b.redF() * t), float(a.greenF() * (1 - t) + b.greenF() * t),
                            float(a.blueF() * (1 - t) + b.blueF() * t));
}

} // namespace

LogViewColors LogViewColors::fromTheme(const KSyntaxHighlighting::Theme &theme)
{
    using KSyntaxHighlighting::Theme;
    LogViewColors c;
    c.background = QColor::fromRgba(theme.editorColor(Theme::BackgroundColor));
    c.foreground = QColor::fromRgba(theme.textColor(Theme::Normal));
    c.gutterBackground = QColor::fromRgba(theme.editorColor(Theme::IconBorder));
    c.gutterForeground = QColor::fromRgba(theme.editorColor(Theme::LineNumbers));
    c.currentLine = QColor::fromRgba(theme.editorColor(Theme::CurrentLine));
    c.match = QColor::fromRgba(theme.editorColor(Theme::SearchHighlight));
    c.currentMatch = QColor(0xff, 0x9f, 0x1a);
    c.selection = QColor::fromRgba(theme.editorColor(Theme::TextSelection));
    c.selectionText = c.foreground;
    c.bookmark = QColor::fromRgba(theme.editorColor(Theme::MarkBookmark));
    c.dark = c.background.lightness() < 128;
    c.marker = blend(c.background, c.dark ? QColor(Qt::white) : QColor(Qt::black), 0.08);
    return c;
}

LogLineRenderer::LogLineRenderer(LogHighlighter *highlighter, const LogSearchController *search)
    : m_highlighter(highlighter)
    , m_search(search)
{
    m_layouts.setMaxCost(2000);
}

void LogLineRenderer::setDocument(const LogDocument *document)
{
    m_document = document;
    m_layouts.clear();
}

void LogLineRenderer::setFont(const QFont &font)
{
    m_font = font;
    const QFontMetrics fm(m_font);
    m_lineHeight = fm.lineSpacing();
    m_charWidth = qMax(1, fm.horizontalAdvance(u'0'));
    m_maxWidth = 0;
    m_layouts.clear();
}

void LogLineRenderer::setWordWrap(bool wrap)
{
    m_wordWrap = wrap;
    m_layouts.clear();
}

void LogLineRenderer::setColors(const LogViewColors &colors)
{
    m_colors = colors;
    m_layouts.clear();
}

void LogLineRenderer::invalidateFrom(LineNumber first)
{
    const auto keys = m_layouts.keys();
    for (qint64 key : keys) {
        if (key >= first.get())
            m_layouts.remove(key);
    }
}

std::optional<QString> LogLineRenderer::pendingText(LineNumber line) const
{
    if (line == m_pendingLine)
        return m_pendingText;
    return std::nullopt;
}

QString LogLineRenderer::lineText(LineNumber line) const
{
    if (!m_document)
        return {};
    if (const LogLineLayout *ll = m_layouts.object(line.get()))
        return ll->decoded.text;
    return m_document->line(line).text;
}

QColor LogLineRenderer::termColor(const TermColor &color, bool foreground) const
{
    switch (color.kind) {
    case TermColor::Kind::Default: return foreground ? m_colors.foreground : m_colors.background;
    case TermColor::Kind::Indexed: return xterm256(int(color.value & 0xff), m_colors.dark);
    case TermColor::Kind::Rgb: return QColor::fromRgb(QRgb(color.value));
    }
    return m_colors.foreground;
}

QList<QTextLayout::FormatRange> LogLineRenderer::formatsFor(LineNumber line, const LogLineLayout &ll,
                                                            const QString &shown)
{
    QList<QTextLayout::FormatRange> formats;
    if (ll.decoded.isMarker()) {
        QTextCharFormat f;
        f.setFontItalic(true);
        f.setForeground(m_colors.gutterForeground);
        formats.append({0, int(shown.size()), f});
        return formats;
    }
    m_pendingLine = line;
    m_pendingText = ll.decoded.text;
    formats = m_highlighter->formatRanges(line);
    m_pendingLine = LineNumber();
    m_pendingText.clear();
    // The guest's own colours win over the highlighting: appended later, applied later.
    for (const FormatRun &run : std::as_const(ll.decoded.runs)) {
        if (run.start >= shown.size())
            break;
        QTextCharFormat f;
        QColor fg = termColor(run.foreground, true);
        QColor bg = termColor(run.background, false);
        const bool inverse = run.attributes.testFlag(TextAttribute::Inverse);
        if (inverse)
            std::swap(fg, bg);
        if (run.attributes.testFlag(TextAttribute::Faint))
            fg = blend(fg, m_colors.background, 0.45);
        if (!run.foreground.isDefault() || inverse || run.attributes.testFlag(TextAttribute::Faint))
            f.setForeground(fg);
        if (!run.background.isDefault() || inverse)
            f.setBackground(bg);
        if (run.attributes.testFlag(TextAttribute::Bold))
            f.setFontWeight(QFont::Bold);
        if (run.attributes.testFlag(TextAttribute::Italic))
            f.setFontItalic(true);
        if (run.attributes.testFlag(TextAttribute::Underline))
            f.setFontUnderline(true);
        if (run.attributes.testFlag(TextAttribute::Strike))
            f.setFontStrikeOut(true);
        formats.append({int(run.start), int(qMin<qsizetype>(run.length, shown.size() - run.start)), f});
    }
    return formats;
}

LogLineLayout *LogLineRenderer::layout(LineNumber line, int textWidth)
{
    if (!m_document || !line.isValid())
        return nullptr;
    LogLineLayout *ll = m_layouts.object(line.get());
    if (!ll) {
        ll = new LogLineLayout;
        ll->decoded = m_document->line(line);
        QString text = ll->decoded.text;
        if (text.size() > MaxShownChars) {
            text.truncate(MaxShownChars);
            text += u'…';
        }
        const QList<QTextLayout::FormatRange> formats = formatsFor(line, *ll, text);
        ll->layout.setText(text);
        ll->layout.setFont(m_font);
        QTextOption option;
        option.setWrapMode(m_wordWrap ? QTextOption::WrapAtWordBoundaryOrAnywhere : QTextOption::NoWrap);
        option.setTabStopDistance(8 * m_charWidth);
        ll->layout.setTextOption(option);
        ll->layout.setFormats(formats);
        ll->layout.setCacheEnabled(true);
        const qreal width = qMax(qreal(m_charWidth * 4), qreal(textWidth));
        ll->layout.beginLayout();
        int lines = 0;
        for (;;) {
            QTextLine tl = ll->layout.createLine();
            if (!tl.isValid())
                break;
            tl.setLineWidth(width);
            tl.setPosition(QPointF(0, lines * m_lineHeight));
            ll->width = qMax(ll->width, tl.naturalTextWidth());
            ++lines;
        }
        ll->layout.endLayout();
        ll->height = qMax(1, lines) * m_lineHeight;
        ll->searchGeneration = 0;
        m_layouts.insert(line.get(), ll, 1);
        if (!m_wordWrap && ll->width > m_maxWidth) {
            m_maxWidth = ll->width;
            if (m_widthGrown)
                m_widthGrown();
        }
    }
    if (ll->searchGeneration != m_search->generation()) {
        ll->searchGeneration = m_search->generation();
        ll->matches.clear();
        if (!ll->decoded.isMarker())
            ll->matches = m_search->matchRanges(ll->layout.text());
    }
    return ll;
}

void LogLineRenderer::paintRow(QPainter &p, const LogLineLayout &ll, const QRect &band, QPointF origin,
                               const RowState &state) const
{
    if (ll.decoded.isMarker())
        p.fillRect(band, m_colors.marker);
    else if (state.current)
        p.fillRect(band, m_colors.currentLine);

    QTextCharFormat matchFormat;
    matchFormat.setBackground(m_colors.match);
    QTextCharFormat currentMatchFormat;
    currentMatchFormat.setBackground(m_colors.currentMatch);
    currentMatchFormat.setForeground(m_colors.dark ? QColor(Qt::black) : m_colors.foreground);
    QTextCharFormat selectionFormat;
    selectionFormat.setBackground(m_colors.selection);
    selectionFormat.setForeground(m_colors.selectionText);

    QList<QTextLayout::FormatRange> extra;
    for (qsizetype i = 0; i < ll.matches.size(); ++i) {
        const auto &m = ll.matches.at(i);
        extra.append({m.start, m.length, i == state.currentMatch ? currentMatchFormat : matchFormat});
    }
    if (state.selected) {
        const auto [from, to] = *state.selected;
        if (to > from)
            extra.append({from, to - from, selectionFormat});
        // A selected line end shows as one cell, so empty selected lines are visible.
        if (state.selectionGoesOn) {
            const QTextLine lastLine = ll.layout.lineAt(ll.layout.lineCount() - 1);
            const qreal x = origin.x() + lastLine.naturalTextWidth();
            p.fillRect(QRectF(x, origin.y() + lastLine.y(), m_charWidth / 2.0, m_lineHeight), m_colors.selection);
        }
    }
    // No clip: text scrolled sideways under the gutter is painted over by the gutter later.
    ll.layout.draw(&p, origin, extra);
}

void LogLineRenderer::paintGutterRow(QPainter &p, int y, int gutterWidth, LineNumber line, bool bookmarked,
                                     bool current, bool lineNumbers) const
{
    const int mark = m_charWidth + 4;
    if (bookmarked) {
        p.setRenderHint(QPainter::Antialiasing, true);
        p.setPen(Qt::NoPen);
        p.setBrush(m_colors.bookmark);
        p.drawRoundedRect(QRectF(3, y + 2, mark - 5, m_lineHeight - 4), 2, 2);
        p.setRenderHint(QPainter::Antialiasing, false);
    }
    if (lineNumbers) {
        p.setPen(current ? m_colors.foreground : m_colors.gutterForeground);
        p.drawText(QRect(mark, y, gutterWidth - mark - m_charWidth / 2, m_lineHeight),
                   Qt::AlignRight | Qt::AlignVCenter, QString::number(line.get() + 1));
    }
}

} // namespace vcv
