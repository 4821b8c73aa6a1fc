// SPDX-FileCopyrightText: 2026 The virt-console-viewer developers
// SPDX-License-Identifier: GPL-2.0-or-later
#include "widgets/LogHighlighter.h"

#include "widgets/LogSyntax.h"

#include <QBrush>
#include <QFont>

namespace vcv {

LogHighlighter::LogHighlighter(QObject *parent)
    : QObject(parent)
{
    m_cache.setMaxCost(20000);
    setDefinition(LogSyntax::bootLogDefinition());
}

LogHighlighter::~LogHighlighter() = default;

void LogHighlighter::setLineProvider(LineProvider provider)
{
    m_provider = std::move(provider);
    invalidateAll();
}

void LogHighlighter::setDefinition(const KSyntaxHighlighting::Definition &definition)
{
    AbstractHighlighter::setDefinition(definition);
    // The state after an empty first line is where a line-local definition is at the end of
    // every line; while all lines end there, a line can be highlighted without its predecessors.
    m_collect.clear();
    m_restState = highlightLine(QStringView(), KSyntaxHighlighting::State());
    m_collect.clear();
    // Only a definition written to be line-local is trusted to be so from the start; it loses
    // that trust as soon as one line ends in another state.
    m_lineLocal = definition.name() == LogSyntax::bootLogDefinitionName();
    m_charFormats.clear();
    invalidateAll();
    Q_EMIT highlightingChanged();
}

void LogHighlighter::setTheme(const KSyntaxHighlighting::Theme &theme)
{
    AbstractHighlighter::setTheme(theme);
    m_charFormats.clear();
    Q_EMIT highlightingChanged();
}

void LogHighlighter::setContextLines(int lines)
{
    m_contextLines = qMax(0, lines);
}

void LogHighlighter::setCacheCapacity(int lines)
{
    m_cache.setMaxCost(qMax(1, lines));
}

void LogHighlighter::invalidateFrom(LineNumber first)
{
    const auto keys = m_cache.keys();
    for (qint64 key : keys) {
        if (key >= first.get())
            m_cache.remove(key);
    }
}

void LogHighlighter::invalidateAll()
{
    m_cache.clear();
}

void LogHighlighter::applyFormat(int offset, int length, const KSyntaxHighlighting::Format &format)
{
    if (length <= 0 || !format.isValid())
        return;
    // Plain text needs no span; decided without the theme, which may change later.
    if (format.textStyle() == KSyntaxHighlighting::Theme::Normal && !format.hasTextColorOverride() &&
        !format.hasBackgroundColorOverride() && !format.hasBoldOverride() && !format.hasItalicOverride() &&
        !format.hasUnderlineOverride() && !format.hasStrikeThroughOverride())
        return;
    // Adjacent ranges of one format (a keyword list matched word by word) become one span.
    if (!m_collect.isEmpty()) {
        HighlightSpan &last = m_collect.last();
        if (last.format.id() == format.id() && last.start + last.length == offset) {
            last.length += length;
            return;
        }
    }
    m_collect.append({offset, length, format});
}

LogHighlighter::Entry *LogHighlighter::highlightOne(LineNumber line, const KSyntaxHighlighting::State &start)
{
    const QString text = m_provider(line);
    m_collect.clear();
    auto entry = new Entry;
    entry->endState = highlightLine(text, start);
    entry->spans = std::move(m_collect);
    m_collect = QList<HighlightSpan>();
    ++m_highlightedLines;
    if (m_lineLocal && !(entry->endState == m_restState))
        m_lineLocal = false;
    m_cache.insert(line.get(), entry, 1);
    // QCache may refuse (cost above maxCost never happens with cost 1) or evict others, but the
    // entry just inserted is the most recently used one and stays.
    return m_cache.object(line.get());
}

const QList<HighlightSpan> &LogHighlighter::spans(LineNumber at)
{
    // The cache is keyed by the plain number, and the walk back counts lines.
    const qint64 line = at.get();
    if (!m_provider || line < 0)
        return m_empty;
    if (Entry *hit = m_cache.object(line))
        return hit->spans;

    KSyntaxHighlighting::State state;
    qint64 from = line;
    if (line > 0) {
        if (const Entry *prev = m_cache.object(line - 1)) {
            state = prev->endState;
        } else if (!m_lineLocal) {
            // Walk back to a cached State, or re-highlight contextLines() lines from scratch.
            from = qMax<qint64>(0, line - m_contextLines);
            for (qint64 l = line - 2; l >= from; --l) {
                if (const Entry *e = m_cache.object(l)) {
                    state = e->endState;
                    from = l + 1;
                    break;
                }
            }
        }
    }
    Entry *entry = nullptr;
    for (qint64 l = from; l <= line; ++l) {
        entry = highlightOne(LineNumber(l), state);
        if (!entry)
            return m_empty;
        state = entry->endState;
    }
    return entry->spans;
}

QTextCharFormat LogHighlighter::charFormat(const KSyntaxHighlighting::Format &format)
{
    const auto it = m_charFormats.constFind(format.id());
    if (it != m_charFormats.constEnd())
        return *it;
    const KSyntaxHighlighting::Theme t = theme();
    QTextCharFormat cf;
    if (format.hasTextColor(t))
        cf.setForeground(format.textColor(t));
    if (format.hasBackgroundColor(t))
        cf.setBackground(format.backgroundColor(t));
    if (format.isBold(t))
        cf.setFontWeight(QFont::Bold);
    if (format.isItalic(t))
        cf.setFontItalic(true);
    if (format.isUnderline(t))
        cf.setFontUnderline(true);
    if (format.isStrikeThrough(t))
        cf.setFontStrikeOut(true);
    m_charFormats.insert(format.id(), cf);
    return cf;
}

QList<QTextLayout::FormatRange> LogHighlighter::formatRanges(LineNumber line)
{
    const QList<HighlightSpan> &list = spans(line);
    QList<QTextLayout::FormatRange> ranges;
    ranges.reserve(list.size());
    for (const HighlightSpan &span : list)
        ranges.append({span.start, span.length, charFormat(span.format)});
    return ranges;
}

} // namespace vcv
