// SPDX-FileCopyrightText: 2026 The virt-console-viewer developers
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "bootlog/LineTypes.h"

#include <KSyntaxHighlighting/AbstractHighlighter>
#include <KSyntaxHighlighting/Format>
#include <KSyntaxHighlighting/State>
#include <KSyntaxHighlighting/Theme>

#include <QCache>
#include <QHash>
#include <QList>
#include <QObject>
#include <QTextCharFormat>
#include <QTextLayout>

#include <functional>

namespace vcv {

/// One highlighted range of a line: [start, start + length) in UTF-16 code units of the
/// line's text, with the KSyntaxHighlighting format that applies to it.
struct HighlightSpan
{
    int start = 0;
    int length = 0;
    KSyntaxHighlighting::Format format;
};

/// Highlights the lines of a log on demand, only the lines someone asks for (the visible ones),
/// and caches the result per line together with the highlighting State at its end.
///
/// It never sees the whole log: it asks a LineProvider for the text of a line. A line's
/// highlighting may depend on the lines above it (the State chain); to highlight line N it
/// continues from the cached State of line N-1 when there is one. When there is none (after a
/// jump), the "Boot Log" definition (every context pops at the end of the line) starts afresh
/// at N as long as every line highlighted so far ended in that rest state; for other definitions it
/// re-highlights up to contextLines() lines above N first, an approximation that is exact for
/// constructs shorter than that.
///
/// Thread: GUI thread only. The LineProvider is called synchronously from spans().
class LogHighlighter final
    : public QObject
    , private KSyntaxHighlighting::AbstractHighlighter
{
    Q_OBJECT
    Q_INTERFACES(KSyntaxHighlighting::AbstractHighlighter)
public:
    /// Returns the text of @p line (0-based), without the line terminator. Out-of-range lines
    /// are never asked for.
    using LineProvider = std::function<QString(LineNumber line)>;

    explicit LogHighlighter(QObject *parent = nullptr);
    ~LogHighlighter() override;

    /// Where the text comes from; also drops the cache.
    void setLineProvider(LineProvider provider);

    /// The syntax definition (by default the "Boot Log" definition); drops the cache.
    void setDefinition(const KSyntaxHighlighting::Definition &definition) override;
    using KSyntaxHighlighting::AbstractHighlighter::definition;

    /// The theme used by charFormat() and formatRanges(); drops the converted formats.
    void setTheme(const KSyntaxHighlighting::Theme &theme) override;
    using KSyntaxHighlighting::AbstractHighlighter::theme;

    /// How many lines above a line to re-highlight when its predecessor's State is unknown and
    /// the definition has multi-line constructs (default 64).
    int contextLines() const { return m_contextLines; }
    void setContextLines(int lines);

    /// Maximum number of lines kept in the cache (default 20000).
    void setCacheCapacity(int lines);

    /// The highlighted spans of @p line, highlighting it (and possibly its context) if it is not
    /// cached. Spans of the "Normal Text" default are left out. @p line must exist for the
    /// provider. The reference is valid until the next non-const call.
    const QList<HighlightSpan> &spans(LineNumber line);

    /// spans(line) converted to character formats of the current theme, ready for
    /// QTextLayout::setFormats().
    QList<QTextLayout::FormatRange> formatRanges(LineNumber line);

    /// @p format in the colours of the current theme; cached per format id.
    QTextCharFormat charFormat(const KSyntaxHighlighting::Format &format);

    /// Forget the highlighting of @p line and every line after it (their text or the State
    /// chain leading to them changed, e.g. the last, partial line grew).
    void invalidateFrom(LineNumber line);

    /// Forget everything (e.g. the document was reset or truncated).
    void invalidateAll();

    /// True while every line highlighted so far ended in the state an empty line ends in, with the
    /// "Boot Log" definition: lines are then highlighted without their predecessors.
    bool isLineLocal() const { return m_lineLocal; }

    /// Number of lines highlighted since construction, for tests and benchmarks: proves that
    /// only the visible lines are highlighted.
    qint64 highlightedLineCount() const { return m_highlightedLines; }

Q_SIGNALS:
    /// The highlighting of all lines changed (definition or theme): repaint.
    void highlightingChanged();

private:
    struct Entry
    {
        QList<HighlightSpan> spans;
        KSyntaxHighlighting::State endState;
    };

    void applyFormat(int offset, int length, const KSyntaxHighlighting::Format &format) override;
    Entry *highlightOne(LineNumber line, const KSyntaxHighlighting::State &start);

    LineProvider m_provider;
    QCache<qint64, Entry> m_cache;
    QHash<int, QTextCharFormat> m_charFormats; // by Format::id(), for the current theme
    QList<HighlightSpan> m_collect;            // spans of the line being highlighted
    QList<HighlightSpan> m_empty;
    KSyntaxHighlighting::State m_restState; // state at the end of an empty first line
    bool m_lineLocal = false;               // Boot Log, and every line so far ended in m_restState
    int m_contextLines = 64;
    qint64 m_highlightedLines = 0;
};

} // namespace vcv
