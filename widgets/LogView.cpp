// SPDX-License-Identifier: GPL-2.0-or-later
#include "widgets/LogView.h"

#include "bootlog/LogDocument.h"
#include "bootlog/Search.h"
#include "widgets/LogHighlighter.h"
#include "widgets/LogOverviewRuler.h"
#include "widgets/LogSyntax.h"
#include "widgets/LogTroubleScanner.h"

#include <KSyntaxHighlighting/Theme>

#include <QApplication>
#include <QClipboard>
#include <QFontDatabase>
#include <QKeyEvent>
#include <QPainter>
#include <QScrollBar>
#include <QTextLine>
#include <QToolButton>

#include <algorithm>
#include <limits>

using namespace Qt::StringLiterals;

namespace vcv {

namespace {

// Lines longer than this are shown cut (the copy still has all of it): shaping a line of a
// megabyte takes longer than a frame.
constexpr int MaxShownChars = 32768;
constexpr int RulerWidth = 12;

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

bool isWordChar(QChar c)
{
    return c.isLetterOrNumber() || c == u'_';
}

} // namespace

LogView::LogView(QWidget *parent)
    : QAbstractScrollArea(parent)
    , m_highlighter(std::make_unique<LogHighlighter>())
    , m_scanner(std::make_unique<LogTroubleScanner>())
{
    setFrameShape(QFrame::NoFrame);
    setFocusPolicy(Qt::StrongFocus);
    viewport()->setCursor(Qt::IBeamCursor);
    viewport()->setAttribute(Qt::WA_OpaquePaintEvent);
    setAttribute(Qt::WA_InputMethodEnabled, false);
    m_layouts.setMaxCost(2000);

    m_highlighter->setLineProvider([this](qint64 line) {
        return line == m_pendingLine ? m_pendingText : lineText(line);
    });
    connect(m_highlighter.get(), &LogHighlighter::highlightingChanged, this, [this] {
        invalidateLayouts();
        viewport()->update();
    });

    m_ruler = new LogOverviewRuler(this);
    setViewportMargins(0, 0, RulerWidth, 0);
    connect(m_scanner.get(), &LogTroubleScanner::changed, m_ruler, &LogOverviewRuler::scheduleUpdate);

    m_newLinesButton = new QToolButton(viewport());
    m_newLinesButton->setObjectName(u"newLinesButton"_s);
    m_newLinesButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_newLinesButton->setCursor(Qt::ArrowCursor);
    m_newLinesButton->setAutoRaise(false);
    m_newLinesButton->setToolTip(tr("Jump to the end of the log and follow it (End)"));
    m_newLinesButton->hide();
    connect(m_newLinesButton, &QToolButton::clicked, this, &LogView::scrollToEnd);

    verticalScrollBar()->setSingleStep(1);
    horizontalScrollBar()->setSingleStep(20);

    updateFont();
    applyTheme();
    updateScrollBars();
}

LogView::~LogView()
{
    // The scanner's worker and the search's workers read the document: stop them first.
    m_scanner->setDocument(nullptr);
    m_search.reset();
}

// ---------------------------------------------------------------------------------------------
// document

void LogView::setDocument(LogDocument *document)
{
    if (m_document == document)
        return;
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_scanner->setDocument(nullptr);
    m_search.reset();
    m_document = document;
    m_query = {};
    m_searchRegex = {};
    m_searchError.clear();
    m_matches.clear();
    m_matchCount = 0;
    m_currentMatchLine = -1;
    m_bootOnly = -1;
    m_bootOnlyLine = -1;
    if (document) {
        m_search = std::make_unique<Search>(document);
        connect(document, &LogDocument::documentReset, this, &LogView::onDocumentReset);
        connect(document, &LogDocument::linesAppended, this, &LogView::onLinesAppended);
        connect(document, &LogDocument::linesPrepended, this, &LogView::onLinesPrepended);
        // A remote log's history complete: the search status stops saying it covers the newest
        // lines only. Its last part may bring no lines (the parts before brought them all), and
        // then no linesPrepended restarts the search to say so.
        connect(document, &LogDocument::indexingFinished, this, &LogView::emitSearchStatus);
        connect(document, &LogDocument::bootSegmentsChanged, this, [this] {
            if (m_bootOnly >= 0)
                rebuildRows();
        });
        connect(m_search.get(), &Search::matchesChanged, this, &LogView::onMatchesChanged);
        connect(m_search.get(), &Search::progress, this, &LogView::emitSearchStatus);
        connect(m_search.get(), &Search::finished, this, &LogView::onSearchFinished);
        connect(m_search.get(), &Search::errorOccurred, this, &LogView::searchError);
        m_scanner->setDocument(document);
    }
    m_follow = true;
    onDocumentReset();
}

void LogView::onDocumentReset()
{
    m_lineCount = m_document ? m_document->lineCount() : 0;
    invalidateLayouts();
    m_highlighter->invalidateAll();
    m_bookmarks.clear();
    m_bookmarksSorted.clear();
    m_anchor = m_cursor = {};
    m_matches.clear();
    m_matchCount = 0;
    m_currentMatchLine = -1;
    m_maxWidth = 0;
    m_currentLine = -1;
    m_newLines = 0;
    m_hOffset = 0;
    rebuildRows();
    if (m_follow)
        setTopRow(maxTopRow());
    else
        setTopRow(0);
    Q_EMIT newLineCountChanged(0);
    Q_EMIT bookmarksChanged();
    updateNewLinesButton();
    emitSearchStatus();
    viewport()->update();
}

void LogView::onLinesAppended(LineNumber first)
{
    const qint64 oldCount = m_lineCount;
    m_lineCount = m_document->lineCount();
    // The last line may have grown: its layout and highlighting are stale.
    const auto keys = m_layouts.keys();
    for (qint64 key : keys) {
        if (key >= first.get())
            m_layouts.remove(key);
    }
    m_highlighter->invalidateFrom(first.get());
    const qint64 oldRows = m_rowCount;
    rebuildRows();
    if (m_follow) {
        ++m_updatingScroll;
        verticalScrollBar()->setValue(int(maxTopRow()));
        --m_updatingScroll;
    } else if (m_lineCount > oldCount && m_rowCount > oldRows) {
        m_newLines += m_rowCount - oldRows;
        Q_EMIT newLineCountChanged(m_newLines);
        updateNewLinesButton();
    }
    viewport()->update();
}

void LogView::onLinesPrepended(qint64 count)
{
    const qint64 topLine = lineForRow(topRow());
    m_lineCount = m_document->lineCount();
    invalidateLayouts();
    m_highlighter->invalidateAll();
    if (m_currentLine >= 0)
        m_currentLine += count;
    std::set<qint64> shifted;
    for (qint64 b : m_bookmarksSorted)
        shifted.insert(b + count);
    m_bookmarksSorted = std::move(shifted);
    m_bookmarks.clear();
    for (qint64 b : m_bookmarksSorted)
        m_bookmarks.insert(b);
    if (m_anchor.isValid())
        m_anchor.line += count;
    if (m_cursor.isValid())
        m_cursor.line += count;
    for (LineNumber &m : m_matches)
        m += count;
    if (m_currentMatchLine >= 0)
        m_currentMatchLine += count;
    if (m_bootOnly >= 0) {
        // The same boot, by line (the document's segments count the new lines already); a boot
        // that was only the log's start is now part of the one that holds its lines.
        m_bootOnly = m_document->segmentOf(LineNumber(m_bootOnlyLine + count));
        m_bootOnlyLine = m_bootOnly >= 0 ? m_document->bootSegments().at(m_bootOnly).firstLine.get() : -1;
    }
    rebuildRows();
    if (m_follow)
        setTopRow(maxTopRow());
    else if (topLine >= 0)
        setTopRow(rowForLine(topLine + count));
    Q_EMIT bookmarksChanged();
    viewport()->update();
}

// ---------------------------------------------------------------------------------------------
// rows

qint64 LogView::globalRowCount() const
{
    const bool filtering = !m_query.isEmpty() && m_filterMode != FilterMode::ShowAll;
    if (!filtering)
        return m_lineCount;
    if (m_filterMode == FilterMode::OnlyMatching)
        return m_matches.size();
    return m_lineCount - m_matches.size();
}

qint64 LogView::globalRowForLine(qint64 line) const
{
    const bool filtering = !m_query.isEmpty() && m_filterMode != FilterMode::ShowAll;
    if (!filtering)
        return std::clamp<qint64>(line, 0, m_lineCount);
    const qint64 below = std::lower_bound(m_matches.begin(), m_matches.end(), LineNumber(line)) - m_matches.begin();
    if (m_filterMode == FilterMode::OnlyMatching)
        return below;
    return std::clamp<qint64>(line - below, 0, m_lineCount - m_matches.size());
}

qint64 LogView::lineForGlobalRow(qint64 row) const
{
    const bool filtering = !m_query.isEmpty() && m_filterMode != FilterMode::ShowAll;
    if (!filtering)
        return row;
    if (m_filterMode == FilterMode::OnlyMatching)
        return m_matches.at(row).get();
    // Hide matching: the row-th line that is not a match. matches[k] - k never decreases, so
    // the number k of matches before that line is found by binary search.
    qint64 lo = 0, hi = m_matches.size();
    while (lo < hi) {
        const qint64 mid = (lo + hi) / 2;
        if (m_matches.at(mid).get() - mid > row)
            hi = mid;
        else
            lo = mid + 1;
    }
    return row + lo;
}

qint64 LogView::lineForRow(qint64 row) const
{
    if (row < 0 || row >= m_rowCount)
        return -1;
    return lineForGlobalRow(m_rowBase + row);
}

qint64 LogView::rowForLine(qint64 line) const
{
    return std::clamp<qint64>(globalRowForLine(line) - m_rowBase, 0, m_rowCount);
}

void LogView::rebuildRows()
{
    qint64 first = 0;
    qint64 end = m_lineCount;
    if (m_bootOnly >= 0 && m_document) {
        const QList<BootSegment> segments = m_document->bootSegments();
        if (m_bootOnly < segments.size()) {
            first = segments.at(m_bootOnly).firstLine.get();
            if (m_bootOnly + 1 < segments.size())
                end = segments.at(m_bootOnly + 1).firstLine.get();
        } else {
            m_bootOnly = -1;
            m_bootOnlyLine = -1;
        }
    }
    m_rowBase = globalRowForLine(first);
    m_rowCount = qMax<qint64>(0, globalRowForLine(end) - m_rowBase);
    updateScrollBars();
    m_ruler->scheduleUpdate();
    Q_EMIT rowsChanged();
}

qint64 LogView::topRow() const
{
    return verticalScrollBar()->value();
}

qint64 LogView::pageRows() const
{
    return qMax(1, viewport()->height() / qMax(1, m_lineHeight));
}

qint64 LogView::maxTopRow() const
{
    if (m_rowCount <= 0)
        return 0;
    if (!m_wordWrap)
        return qMax<qint64>(0, m_rowCount - pageRows());
    // With wrapping, rows have different heights: fit as many of the last ones as possible.
    const int available = viewport()->height();
    int used = 0;
    qint64 row = m_rowCount - 1;
    for (; row >= 0; --row) {
        auto *self = const_cast<LogView *>(this);
        LineLayout *ll = self->layoutFor(lineForRow(row));
        used += int(ll ? ll->height : m_lineHeight);
        if (used > available)
            return qMin(m_rowCount - 1, row + 1);
    }
    return 0;
}

void LogView::updateScrollBars()
{
    ++m_updatingScroll;
    QScrollBar *v = verticalScrollBar();
    const qint64 maxTop = maxTopRow();
    v->setRange(0, int(qMin<qint64>(maxTop, std::numeric_limits<int>::max())));
    v->setPageStep(int(pageRows()));
    QScrollBar *h = horizontalScrollBar();
    if (m_wordWrap) {
        h->setRange(0, 0);
    } else {
        const int overflow = int(m_maxWidth) + textLeft() + m_charWidth - viewport()->width();
        h->setRange(0, qMax(0, overflow));
        h->setPageStep(viewport()->width());
    }
    --m_updatingScroll;
}

void LogView::setTopRow(qint64 row)
{
    ++m_updatingScroll;
    verticalScrollBar()->setValue(int(std::clamp<qint64>(row, 0, verticalScrollBar()->maximum())));
    --m_updatingScroll;
    // Being at the end (again) resumes follow; anywhere else pauses it.
    setFollowInternal(verticalScrollBar()->value() >= verticalScrollBar()->maximum());
    viewport()->update();
    m_ruler->update();
}

void LogView::scrollContentsBy(int dx, int dy)
{
    if (dx)
        m_hOffset = horizontalScrollBar()->value();
    if (!m_updatingScroll)
        setFollowInternal(verticalScrollBar()->value() >= verticalScrollBar()->maximum());
    // Scrolled by a few rows of one height each: move the pixels already on screen and paint
    // only the rows that came into view. (The rect overload leaves the new-lines button put.)
    const QRect area = viewport()->rect();
    const qint64 pixels = qint64(dy) * m_lineHeight;
    if (dx == 0 && dy != 0 && !m_wordWrap && qAbs(pixels) < area.height() / 2)
        viewport()->scroll(0, int(pixels), area);
    else
        viewport()->update();
    m_ruler->update();
}

void LogView::ensureRowVisible(qint64 row, bool centre)
{
    const qint64 top = topRow();
    const qint64 page = pageRows();
    if (row >= top && row < top + page - (m_wordWrap ? 1 : 0))
        return;
    if (centre && (row < top - page || row >= top + 2 * page))
        setTopRow(row - page / 2);
    else if (row < top)
        setTopRow(row);
    else
        setTopRow(row - page + 1);
}

void LogView::setFollowInternal(bool follow)
{
    if (follow == m_follow)
        return;
    m_follow = follow;
    if (follow && m_newLines) {
        m_newLines = 0;
        Q_EMIT newLineCountChanged(0);
    }
    updateNewLinesButton();
    Q_EMIT followingChanged(follow);
}

void LogView::setFollowing(bool follow)
{
    if (follow)
        scrollToEnd();
    else
        setFollowInternal(false);
}

void LogView::scrollToEnd()
{
    if (m_rowCount > 0) {
        m_currentLine = lineForRow(m_rowCount - 1);
        Q_EMIT currentLineChanged(m_currentLine);
    }
    setTopRow(maxTopRow());
    setFollowInternal(true);
}

void LogView::updateNewLinesButton()
{
    if (m_follow || m_newLines <= 0) {
        m_newLinesButton->hide();
        return;
    }
    m_newLinesButton->setText(tr("↓ %Ln new line(s)", nullptr, int(qMin<qint64>(m_newLines, std::numeric_limits<int>::max()))));
    m_newLinesButton->adjustSize();
    const QSize s = m_newLinesButton->sizeHint();
    m_newLinesButton->move((viewport()->width() - s.width()) / 2, viewport()->height() - s.height() - 8);
    m_newLinesButton->show();
    m_newLinesButton->raise();
}

// ---------------------------------------------------------------------------------------------
// position

void LogView::setCurrentLine(qint64 line)
{
    if (m_lineCount <= 0)
        return;
    line = std::clamp<qint64>(line, 0, m_lineCount - 1);
    const qint64 row = qMin(rowForLine(line), m_rowCount - 1);
    if (row < 0)
        return;
    m_currentLine = lineForRow(row);
    ensureRowVisible(row, true);
    Q_EMIT currentLineChanged(m_currentLine);
    viewport()->update();
}

void LogView::moveCurrentBy(qint64 rows)
{
    if (m_rowCount <= 0)
        return;
    qint64 row = m_currentLine >= 0 ? rowForLine(m_currentLine) : topRow();
    row = std::clamp<qint64>(row + rows, 0, m_rowCount - 1);
    m_currentLine = lineForRow(row);
    ensureRowVisible(row, false);
    Q_EMIT currentLineChanged(m_currentLine);
    viewport()->update();
}

void LogView::goToLine(qint64 oneBasedLine)
{
    setCurrentLine(oneBasedLine - 1);
}

// ---------------------------------------------------------------------------------------------
// search

bool LogView::setSearchQuery(const SearchQuery &query)
{
    const qint64 anchorLine = lineForRow(topRow());
    m_query = query;
    m_matches.clear();
    m_matchCount = 0;
    m_currentMatchLine = -1;
    m_pendingFind = 0;
    m_searchError.clear();
    ++m_searchGeneration;
    bool ok = true;
    if (query.isEmpty()) {
        m_searchRegex = {};
        if (m_search)
            m_search->clear();
    } else {
        const QString pattern = query.regularExpression ? query.pattern : QRegularExpression::escape(query.pattern);
        // Highlight with the search's own expression, so that what is shown is what is counted.
        m_searchRegex = Search::regularExpression(query);
        // Validate what the user typed on its own: wrapped for whole words, a broken pattern
        // may still compile (a '[' swallowing the wrapper) or report a shifted position.
        const QRegularExpression typed(pattern, m_searchRegex.patternOptions());
        if (!typed.isValid() || !m_searchRegex.isValid()) {
            const QRegularExpression &bad = typed.isValid() ? m_searchRegex : typed;
            m_searchError = tr("Invalid regular expression at character %1: %2")
                                .arg(qMin(bad.patternErrorOffset(), pattern.size()) + 1)
                                .arg(bad.errorString());
            m_searchRegex = {};
            m_query = {};
            if (m_search)
                m_search->clear();
            ok = false;
        } else if (m_search && !m_search->start(query)) {
            m_searchError = m_search->errorString();
            m_searchRegex = {};
            m_query = {};
            ok = false;
        }
        m_searchRegex.optimize();
    }
    m_jumpToFirstMatch = ok && !query.isEmpty();
    rebuildRows();
    if (m_follow)
        setTopRow(maxTopRow());
    else if (anchorLine >= 0)
        setTopRow(rowForLine(anchorLine));
    emitSearchStatus();
    if (!ok)
        Q_EMIT searchError(m_searchError);
    m_ruler->scheduleUpdate();
    viewport()->update();
    return ok;
}

qint64 LogView::currentMatchIndex() const
{
    if (m_currentMatchLine < 0 || !m_search)
        return -1;
    return m_search->matchesBefore(LineNumber(m_currentMatchLine)) + m_currentMatchInLine;
}

void LogView::onMatchesChanged()
{
    if (!m_search)
        return;
    const qint64 anchorLine = lineForRow(topRow());
    m_matches = m_search->matchingLines();
    m_matchCount = m_search->matchCount();
    const bool filtering = m_filterMode != FilterMode::ShowAll;
    if (filtering) {
        rebuildRows();
        if (m_follow)
            setTopRow(maxTopRow());
        else if (anchorLine >= 0)
            setTopRow(rowForLine(anchorLine));
    }
    // The current match stays current while its line still matches (an appended part of the
    // last line may change its matches).
    if (m_currentMatchLine >= 0) {
        const int inLine = m_search->matchesInLine(LineNumber(m_currentMatchLine));
        if (inLine == 0)
            m_currentMatchLine = -1;
        else
            m_currentMatchInLine = qMin(m_currentMatchInLine, inLine - 1);
    }
    // Incremental search: the first match at or after the top of the screen becomes current as
    // soon as it is found (unless the user is following the end of the log).
    if (m_jumpToFirstMatch && !m_matches.isEmpty() && !m_follow) {
        const qint64 from = anchorLine >= 0 ? anchorLine : 0;
        const auto it = std::lower_bound(m_matches.begin(), m_matches.end(), LineNumber(from));
        if (it != m_matches.end()) {
            m_jumpToFirstMatch = false;
            setCurrentMatch(it->get(), 0);
        }
    }
    if (m_pendingFind != 0 && !m_matches.isEmpty()) {
        const bool forward = m_pendingFind > 0;
        m_pendingFind = 0;
        goToMatch(forward);
    }
    m_ruler->scheduleUpdate();
    emitSearchStatus();
    viewport()->update();
}

void LogView::onSearchFinished()
{
    onMatchesChanged();
}

void LogView::emitSearchStatus()
{
    const bool running = m_search && m_search->isRunning();
    Q_EMIT searchStatusChanged(currentMatchIndex(), m_matchCount, running, m_search ? m_search->linesSearched() : 0,
                               m_search ? m_search->linesTotal() : 0);
}

void LogView::goToMatch(bool forward)
{
    if (m_query.isEmpty()) {
        Q_EMIT searchRequested();
        return;
    }
    m_jumpToFirstMatch = false;
    if (m_matches.isEmpty()) {
        // Enter right after typing: the search has only just started; go when it finds one.
        m_pendingFind = (m_search && m_search->isRunning()) ? (forward ? 1 : -1) : 0;
        emitSearchStatus();
        return;
    }
    m_pendingFind = 0;
    // Step through the matches of the current match's line first, as long as the user has not
    // moved to another line since.
    if (m_currentMatchLine >= 0 && m_currentMatchLine == m_currentLine) {
        const int inLine = m_search->matchesInLine(LineNumber(m_currentMatchLine));
        if (forward && m_currentMatchInLine + 1 < inLine) {
            setCurrentMatch(m_currentMatchLine, m_currentMatchInLine + 1);
            return;
        }
        if (!forward && m_currentMatchInLine > 0 && m_currentMatchInLine - 1 < inLine) {
            setCurrentMatch(m_currentMatchLine, m_currentMatchInLine - 1);
            return;
        }
    }
    const qint64 from = m_currentLine >= 0 ? m_currentLine : lineForRow(topRow());
    if (forward) {
        const auto it = std::upper_bound(m_matches.begin(), m_matches.end(), LineNumber(from));
        setCurrentMatch((it == m_matches.end() ? m_matches.constFirst() : *it).get(), 0); // wraps to the first
    } else {
        const auto it = std::lower_bound(m_matches.begin(), m_matches.end(), LineNumber(from));
        const LineNumber line = it == m_matches.begin() ? m_matches.constLast() : *(it - 1); // wraps to the last
        setCurrentMatch(line.get(), qMax(1, m_search->matchesInLine(line)) - 1);
    }
}

void LogView::setCurrentMatch(qint64 line, int indexInLine)
{
    m_currentMatchLine = line;
    m_currentMatchInLine = indexInLine;
    setCurrentLine(line);
    ensureMatchVisible();
    emitSearchStatus();
}

void LogView::ensureMatchVisible()
{
    if (m_wordWrap || m_currentMatchLine < 0)
        return;
    const LineLayout *ll = layoutFor(m_currentMatchLine);
    if (!ll || m_currentMatchInLine >= ll->matches.size() || ll->layout.lineCount() == 0)
        return;
    const auto &match = ll->matches.at(m_currentMatchInLine);
    const QTextLine tl = ll->layout.lineAt(0);
    const int x0 = int(tl.cursorToX(match.start));
    const int x1 = int(tl.cursorToX(match.start + match.length));
    const int width = textAreaWidth();
    if (x0 >= m_hOffset && x1 <= m_hOffset + width)
        return;
    if (x1 > horizontalScrollBar()->maximum() + width)
        updateScrollBars(); // the line may be wider than any shown so far
    // Put the match a little in from the left edge, so that some context shows before it.
    horizontalScrollBar()->setValue(qMax(0, x0 - width / 4));
}

void LogView::findNext()
{
    goToMatch(true);
}

void LogView::findPrevious()
{
    goToMatch(false);
}

void LogView::setFilterMode(FilterMode mode)
{
    if (mode == m_filterMode)
        return;
    const qint64 anchorLine = m_currentLine >= 0 ? m_currentLine : lineForRow(topRow());
    m_filterMode = mode;
    rebuildRows();
    if (m_follow)
        setTopRow(maxTopRow());
    else if (anchorLine >= 0)
        ensureRowVisible(qMin(rowForLine(anchorLine), m_rowCount - 1), true);
    viewport()->update();
}

// ---------------------------------------------------------------------------------------------
// boots

void LogView::setBootOnly(qsizetype segment)
{
    if (segment == m_bootOnly)
        return;
    m_bootOnly = segment;
    const QList<BootSegment> segments = m_document && segment >= 0 ? m_document->bootSegments() : QList<BootSegment>();
    m_bootOnlyLine = segment >= 0 && segment < segments.size() ? segments.at(segment).firstLine.get() : -1;
    rebuildRows();
    setTopRow(segment >= 0 ? 0 : rowForLine(qMax<qint64>(0, m_currentLine)));
    viewport()->update();
}

void LogView::jumpToBoot(qsizetype segment)
{
    if (!m_document)
        return;
    const QList<BootSegment> segments = m_document->bootSegments();
    if (segment < 0 || segment >= segments.size())
        return;
    if (m_bootOnly >= 0 && m_bootOnly != segment)
        setBootOnly(segment);
    const qint64 line = segments.at(segment).firstLine.get();
    m_currentLine = line;
    setTopRow(rowForLine(line));
    Q_EMIT currentLineChanged(m_currentLine);
}

// ---------------------------------------------------------------------------------------------
// bookmarks

QList<qint64> LogView::bookmarks() const
{
    return QList<qint64>(m_bookmarksSorted.begin(), m_bookmarksSorted.end());
}

void LogView::toggleBookmark(qint64 line)
{
    if (line < 0 || line >= m_lineCount)
        return;
    if (m_bookmarks.remove(line)) {
        m_bookmarksSorted.erase(line);
    } else {
        m_bookmarks.insert(line);
        m_bookmarksSorted.insert(line);
    }
    m_ruler->scheduleUpdate();
    viewport()->update();
    Q_EMIT bookmarksChanged();
}

void LogView::toggleBookmarkAtCurrentLine()
{
    toggleBookmark(m_currentLine >= 0 ? m_currentLine : lineForRow(topRow()));
}

void LogView::nextBookmark()
{
    if (m_bookmarksSorted.empty())
        return;
    auto it = m_bookmarksSorted.upper_bound(m_currentLine);
    if (it == m_bookmarksSorted.end())
        it = m_bookmarksSorted.begin();
    setCurrentLine(*it);
}

void LogView::previousBookmark()
{
    if (m_bookmarksSorted.empty())
        return;
    auto it = m_bookmarksSorted.lower_bound(m_currentLine < 0 ? m_lineCount : m_currentLine);
    if (it == m_bookmarksSorted.begin())
        it = m_bookmarksSorted.end();
    setCurrentLine(*std::prev(it));
}

// ---------------------------------------------------------------------------------------------
// selection

void LogView::setSelection(Position from, Position to)
{
    m_anchor = from;
    m_cursor = to;
    viewport()->update();
    Q_EMIT selectionChanged();
}

void LogView::clearSelection()
{
    if (!m_anchor.isValid())
        return;
    m_anchor = m_cursor = {};
    viewport()->update();
    Q_EMIT selectionChanged();
}

void LogView::selectAll()
{
    if (m_rowCount <= 0)
        return;
    const qint64 last = lineForRow(m_rowCount - 1);
    setSelection({lineForRow(0), 0}, {last, int(lineText(last).size())});
}

QString LogView::selectedText() const
{
    if (!hasSelection() || !m_document)
        return {};
    const Position start = qMin(m_anchor, m_cursor);
    const Position end = qMax(m_anchor, m_cursor);
    QStringList parts;
    qint64 row = rowForLine(start.line);
    qint64 taken = 0;
    for (; row < m_rowCount && taken < maxCopyLines(); ++row, ++taken) {
        const qint64 line = lineForRow(row);
        if (line > end.line)
            break;
        QString text = lineText(line);
        const int from = line == start.line ? qMin<int>(start.column, text.size()) : 0;
        const int to = line == end.line ? qMin<int>(end.column, text.size()) : text.size();
        parts.append(text.mid(from, qMax(0, to - from)));
    }
    return parts.join(u'\n');
}

void LogView::copy()
{
    if (!hasSelection())
        return;
    const Position end = qMax(m_anchor, m_cursor);
    const QString text = selectedText();
    const qint64 lastRow = rowForLine(qMin(m_anchor, m_cursor).line) + maxCopyLines();
    if (lastRow < m_rowCount && lineForRow(lastRow) <= end.line)
        Q_EMIT message(tr("Copied the first %Ln line(s); save the log to get all of it.", nullptr, int(maxCopyLines())));
    QApplication::clipboard()->setText(text);
}

LogView::Position LogView::positionAt(QPoint pos) const
{
    const QList<VisibleRow> rows = visibleRows();
    if (rows.isEmpty())
        return {};
    const VisibleRow *hit = &rows.last();
    int column = -1;
    if (pos.y() < 0) {
        hit = &rows.first();
        column = 0;
    } else {
        for (const VisibleRow &r : rows) {
            if (pos.y() < r.y + r.height) {
                hit = &r;
                break;
            }
        }
    }
    auto *self = const_cast<LogView *>(this);
    LineLayout *ll = self->layoutFor(hit->line);
    if (!ll)
        return {};
    if (column < 0) {
        if (pos.y() >= hit->y + hit->height) {
            column = int(ll->decoded.text.size());
        } else {
            const int index = qBound(0, (pos.y() - hit->y) / qMax(1, m_lineHeight), ll->layout.lineCount() - 1);
            const QTextLine tl = ll->layout.lineAt(index);
            column = tl.isValid() ? tl.xToCursor(pos.x() - textLeft() + m_hOffset) : 0;
        }
    }
    return {hit->line, column};
}

// ---------------------------------------------------------------------------------------------
// layout and painting

QString LogView::lineText(qint64 line) const
{
    if (!m_document)
        return {};
    if (const LineLayout *ll = m_layouts.object(line))
        return ll->decoded.text;
    return m_document->line(LineNumber(line)).text;
}

void LogView::invalidateLayouts()
{
    m_layouts.clear();
}

QColor LogView::termColor(const TermColor &color, bool foreground) const
{
    switch (color.kind) {
    case TermColor::Kind::Default: return foreground ? m_foreground : m_background;
    case TermColor::Kind::Indexed: return xterm256(int(color.value & 0xff), m_dark);
    case TermColor::Kind::Rgb: return QColor::fromRgb(QRgb(color.value));
    }
    return m_foreground;
}

LogView::LineLayout *LogView::layoutFor(qint64 line)
{
    if (!m_document || line < 0 || line >= m_lineCount)
        return nullptr;
    LineLayout *ll = m_layouts.object(line);
    if (!ll) {
        ll = new LineLayout;
        ll->decoded = m_document->line(LineNumber(line));
        QString text = ll->decoded.text;
        if (text.size() > MaxShownChars) {
            text.truncate(MaxShownChars);
            text += u'…';
        }
        QList<QTextLayout::FormatRange> formats;
        if (ll->decoded.isMarker()) {
            QTextCharFormat f;
            f.setFontItalic(true);
            f.setForeground(m_gutterForeground);
            formats.append({0, int(text.size()), f});
        } else {
            m_pendingLine = line;
            m_pendingText = ll->decoded.text;
            formats = m_highlighter->formatRanges(line);
            m_pendingLine = -1;
            m_pendingText.clear();
            // The guest's own colours win over the highlighting: appended later, applied later.
            for (const FormatRun &run : std::as_const(ll->decoded.runs)) {
                if (run.start >= text.size())
                    break;
                QTextCharFormat f;
                QColor fg = termColor(run.foreground, true);
                QColor bg = termColor(run.background, false);
                const bool inverse = run.attributes.testFlag(TextAttribute::Inverse);
                if (inverse)
                    std::swap(fg, bg);
                if (run.attributes.testFlag(TextAttribute::Faint))
                    fg = blend(fg, m_background, 0.45);
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
                formats.append({int(run.start), int(qMin<qsizetype>(run.length, text.size() - run.start)), f});
            }
        }
        ll->layout.setText(text);
        ll->layout.setFont(m_font);
        QTextOption option;
        option.setWrapMode(m_wordWrap ? QTextOption::WrapAtWordBoundaryOrAnywhere : QTextOption::NoWrap);
        option.setTabStopDistance(8 * m_charWidth);
        ll->layout.setTextOption(option);
        ll->layout.setFormats(formats);
        ll->layout.setCacheEnabled(true);
        const qreal width = qMax(qreal(m_charWidth * 4), qreal(textAreaWidth()));
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
        m_layouts.insert(line, ll, 1);
        if (!m_wordWrap && ll->width > m_maxWidth) {
            m_maxWidth = ll->width;
            // Grow the horizontal range lazily, from what has been shown.
            QMetaObject::invokeMethod(this, &LogView::updateScrollBars, Qt::QueuedConnection);
        }
    }
    if (ll->searchGeneration != m_searchGeneration) {
        ll->searchGeneration = m_searchGeneration;
        ll->matches.clear();
        if (m_searchRegex.isValid() && !m_query.isEmpty() && !ll->decoded.isMarker()) {
            const QString shown = ll->layout.text();
            auto it = m_searchRegex.globalMatch(shown);
            while (it.hasNext()) {
                const auto match = it.next();
                if (match.capturedLength() == 0)
                    continue;
                ll->matches.append({int(match.capturedStart()), int(match.capturedLength()), QTextCharFormat()});
            }
        }
    }
    return ll;
}

QList<LogView::VisibleRow> LogView::visibleRows() const
{
    QList<VisibleRow> rows;
    const int height = viewport()->height();
    auto *self = const_cast<LogView *>(this);
    int y = 0;
    for (qint64 row = topRow(); row < m_rowCount && y < height; ++row) {
        const qint64 line = lineForRow(row);
        int h = m_lineHeight;
        if (m_wordWrap) {
            if (LineLayout *ll = self->layoutFor(line))
                h = int(ll->height);
        }
        rows.append({row, line, y, h});
        y += h;
    }
    return rows;
}

int LogView::gutterWidth() const
{
    const int mark = m_charWidth + 4; // bookmark strip
    if (!m_lineNumbers)
        return mark;
    const int digits = qMax(4, int(QString::number(qMax<qint64>(1, m_lineCount)).size()));
    return mark + digits * m_charWidth + m_charWidth;
}

int LogView::textLeft() const
{
    return gutterWidth() + m_charWidth / 2 + 2;
}

int LogView::textAreaWidth() const
{
    return qMax(1, viewport()->width() - textLeft() - m_charWidth / 2);
}

int LogView::lineHeight() const
{
    return m_lineHeight;
}

void LogView::paintEvent(QPaintEvent *event)
{
    QPainter p(viewport());
    const QRect area = viewport()->rect();
    // After a scroll by a few rows only the rows that came into view are asked for.
    const QRect dirty = event->rect();
    p.fillRect(dirty, m_background);
    const int gutter = gutterWidth();
    const int left = textLeft();
    const QRect textArea(gutter, 0, area.width() - gutter, area.height());

    const Position selStart = qMin(m_anchor, m_cursor);
    const Position selEnd = qMax(m_anchor, m_cursor);
    const bool selecting = hasSelection();

    QTextCharFormat matchFormat;
    matchFormat.setBackground(m_matchColor);
    QTextCharFormat currentMatchFormat;
    currentMatchFormat.setBackground(m_currentMatchColor);
    currentMatchFormat.setForeground(m_dark ? QColor(Qt::black) : m_foreground);
    QTextCharFormat selectionFormat;
    selectionFormat.setBackground(m_selectionColor);
    selectionFormat.setForeground(m_selectionText);

    QList<VisibleRow> rows = visibleRows();
    rows.removeIf([&](const VisibleRow &vr) { return vr.y + vr.height <= dirty.top() || vr.y > dirty.bottom(); });
    for (const VisibleRow &vr : std::as_const(rows)) {
        LineLayout *ll = layoutFor(vr.line);
        if (!ll)
            continue;
        const QRect band(gutter, vr.y, area.width() - gutter, vr.height);
        if (ll->decoded.isMarker())
            p.fillRect(band, m_markerColor);
        else if (vr.line == m_currentLine)
            p.fillRect(band, m_currentLineColor);

        QList<QTextLayout::FormatRange> extra;
        for (qsizetype i = 0; i < ll->matches.size(); ++i) {
            const auto &m = ll->matches.at(i);
            const bool current = vr.line == m_currentMatchLine && i == m_currentMatchInLine;
            extra.append({m.start, m.length, current ? currentMatchFormat : matchFormat});
        }
        if (selecting && vr.line >= selStart.line && vr.line <= selEnd.line) {
            const int len = int(ll->layout.text().size());
            const int from = vr.line == selStart.line ? qMin(selStart.column, len) : 0;
            const int to = vr.line == selEnd.line ? qMin(selEnd.column, len) : len;
            if (to > from)
                extra.append({from, to - from, selectionFormat});
            // A selected line end shows as one cell, so empty selected lines are visible.
            if (vr.line != selEnd.line) {
                const QTextLine lastLine = ll->layout.lineAt(ll->layout.lineCount() - 1);
                const qreal x = left - m_hOffset + lastLine.naturalTextWidth();
                p.fillRect(QRectF(x, vr.y + lastLine.y(), m_charWidth / 2.0, m_lineHeight), m_selectionColor);
            }
        }
        // No clip: text scrolled sideways under the gutter is painted over by the gutter below.
        ll->layout.draw(&p, QPointF(left - m_hOffset, vr.y), extra);
    }

    // Gutter: line numbers and bookmarks, over anything scrolled beneath it.
    p.fillRect(QRect(0, 0, gutter, area.height()).intersected(dirty), m_gutterBackground);
    p.setFont(m_font);
    const int mark = m_charWidth + 4;
    for (const VisibleRow &vr : rows) {
        if (m_bookmarks.contains(vr.line)) {
            p.setRenderHint(QPainter::Antialiasing, true);
            p.setPen(Qt::NoPen);
            p.setBrush(m_bookmarkColor);
            p.drawRoundedRect(QRectF(3, vr.y + 2, mark - 5, m_lineHeight - 4), 2, 2);
            p.setRenderHint(QPainter::Antialiasing, false);
        }
        if (m_lineNumbers) {
            p.setPen(vr.line == m_currentLine ? m_foreground : m_gutterForeground);
            p.drawText(QRect(mark, vr.y, gutter - mark - m_charWidth / 2, m_lineHeight),
                       Qt::AlignRight | Qt::AlignVCenter, QString::number(vr.line + 1));
        }
    }
    p.setPen(m_gutterForeground.lighter(m_dark ? 70 : 130));
    p.drawLine(gutter - 1, 0, gutter - 1, area.height());

    if (m_rowCount == 0) {
        p.setPen(m_gutterForeground);
        QString text;
        if (!m_document)
            text = tr("No log");
        else if (m_lineCount == 0)
            text = tr("The log is empty");
        else if (m_bootOnly >= 0)
            text = tr("No line of this boot matches the filter");
        else
            text = tr("No line matches the filter");
        p.drawText(textArea, Qt::AlignCenter, text);
    }
}

void LogView::resizeEvent(QResizeEvent *event)
{
    QAbstractScrollArea::resizeEvent(event);
    const QRect vp = viewport()->geometry();
    m_ruler->setGeometry(vp.right() + 1, vp.top(), RulerWidth, vp.height());
    if (m_wordWrap)
        invalidateLayouts();
    const bool follow = m_follow;
    updateScrollBars();
    if (follow)
        setTopRow(maxTopRow());
    updateNewLinesButton();
}

void LogView::changeEvent(QEvent *event)
{
    QAbstractScrollArea::changeEvent(event);
    if (event->type() == QEvent::PaletteChange && m_themeName.isEmpty())
        applyTheme();
    else if (event->type() == QEvent::FontChange)
        updateFont();
}

bool LogView::viewportEvent(QEvent *event)
{
    return QAbstractScrollArea::viewportEvent(event);
}

// ---------------------------------------------------------------------------------------------
// appearance

void LogView::updateFont()
{
    QFont base = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    base.setStyleHint(QFont::Monospace);
    const qreal size = qMax<qreal>(5, base.pointSizeF() + m_zoom);
    base.setPointSizeF(size);
    m_font = base;
    m_boldFont = base;
    m_boldFont.setBold(true);
    const QFontMetrics fm(m_font);
    m_lineHeight = fm.lineSpacing();
    m_charWidth = qMax(1, fm.horizontalAdvance(u'0'));
    m_maxWidth = 0;
    invalidateLayouts();
    updateScrollBars();
    if (m_follow)
        setTopRow(maxTopRow());
    viewport()->update();
}

void LogView::setZoom(int points)
{
    points = std::clamp(points, -6, 24);
    if (points == m_zoom)
        return;
    const qint64 anchorLine = lineForRow(topRow());
    m_zoom = points;
    updateFont();
    if (!m_follow && anchorLine >= 0)
        setTopRow(rowForLine(anchorLine));
    Q_EMIT zoomChanged(m_zoom);
}

void LogView::setWordWrap(bool wrap)
{
    if (wrap == m_wordWrap)
        return;
    const qint64 anchorLine = lineForRow(topRow());
    m_wordWrap = wrap;
    m_hOffset = 0;
    invalidateLayouts();
    updateScrollBars();
    if (m_follow)
        setTopRow(maxTopRow());
    else if (anchorLine >= 0)
        setTopRow(rowForLine(anchorLine));
    viewport()->update();
    Q_EMIT wordWrapChanged(wrap);
}

void LogView::setLineNumbersVisible(bool visible)
{
    if (visible == m_lineNumbers)
        return;
    m_lineNumbers = visible;
    invalidateLayouts();
    updateScrollBars();
    viewport()->update();
}

void LogView::setThemeName(const QString &name)
{
    m_themeName = name;
    applyTheme();
}

void LogView::applyTheme()
{
    using KSyntaxHighlighting::Theme;
    Theme theme;
    if (!m_themeName.isEmpty())
        theme = LogSyntax::themeByName(m_themeName);
    if (!theme.isValid())
        theme = LogSyntax::themeForPalette(palette());
    m_background = QColor::fromRgba(theme.editorColor(Theme::BackgroundColor));
    m_foreground = QColor::fromRgba(theme.textColor(Theme::Normal));
    m_gutterBackground = QColor::fromRgba(theme.editorColor(Theme::IconBorder));
    m_gutterForeground = QColor::fromRgba(theme.editorColor(Theme::LineNumbers));
    m_currentLineColor = QColor::fromRgba(theme.editorColor(Theme::CurrentLine));
    m_matchColor = QColor::fromRgba(theme.editorColor(Theme::SearchHighlight));
    m_currentMatchColor = QColor(0xff, 0x9f, 0x1a);
    m_selectionColor = QColor::fromRgba(theme.editorColor(Theme::TextSelection));
    m_selectionText = m_foreground;
    m_bookmarkColor = QColor::fromRgba(theme.editorColor(Theme::MarkBookmark));
    m_dark = m_background.lightness() < 128;
    m_markerColor = blend(m_background, m_dark ? QColor(Qt::white) : QColor(Qt::black), 0.08);
    // Palette of the scroll area itself, so the frame and the new-lines button match the text.
    QPalette pal = viewport()->palette();
    pal.setColor(QPalette::Base, m_background);
    pal.setColor(QPalette::Text, m_foreground);
    viewport()->setPalette(pal);
    m_highlighter->setTheme(theme); // emits highlightingChanged: layouts are rebuilt
    invalidateLayouts();
    m_ruler->scheduleUpdate();
    viewport()->update();
}

// ---------------------------------------------------------------------------------------------
// input

void LogView::keyPressEvent(QKeyEvent *event)
{
    const bool ctrl = event->modifiers().testFlag(Qt::ControlModifier);
    const bool shift = event->modifiers().testFlag(Qt::ShiftModifier);
    if (event->matches(QKeySequence::Copy)) {
        copy();
    } else if (event->matches(QKeySequence::SelectAll)) {
        selectAll();
    } else if (event->matches(QKeySequence::Find)) {
        Q_EMIT searchRequested();
    } else if (ctrl && event->key() == Qt::Key_G) {
        // Before QKeySequence::FindNext, which is Ctrl+G too on some platforms.
        Q_EMIT goToLineRequested();
    } else if (event->key() == Qt::Key_F3) {
        shift ? findPrevious() : findNext();
    } else if (event->matches(QKeySequence::Save)) {
        Q_EMIT exportRequested();
    } else if (event->matches(QKeySequence::ZoomIn) || (ctrl && event->key() == Qt::Key_Equal)) {
        zoomIn();
    } else if (event->matches(QKeySequence::ZoomOut)) {
        zoomOut();
    } else if (ctrl && event->key() == Qt::Key_0) {
        resetZoom();
    } else if (ctrl && event->key() == Qt::Key_B) {
        toggleBookmarkAtCurrentLine();
    } else if (event->key() == Qt::Key_F2) {
        shift ? previousBookmark() : nextBookmark();
    } else if (event->key() == Qt::Key_F10) {
        toggleWordWrap();
    } else {
        switch (event->key()) {
        case Qt::Key_Up: moveCurrentBy(-1); break;
        case Qt::Key_Down: moveCurrentBy(1); break;
        case Qt::Key_PageUp: moveCurrentBy(-pageRows()); break;
        case Qt::Key_PageDown: moveCurrentBy(pageRows()); break;
        case Qt::Key_Home:
            moveCurrentBy(-m_rowCount);
            break;
        case Qt::Key_End: scrollToEnd(); break;
        case Qt::Key_Left: horizontalScrollBar()->triggerAction(QAbstractSlider::SliderSingleStepSub); break;
        case Qt::Key_Right: horizontalScrollBar()->triggerAction(QAbstractSlider::SliderSingleStepAdd); break;
        case Qt::Key_Escape: clearSelection(); break;
        default: QAbstractScrollArea::keyPressEvent(event); return;
        }
    }
    event->accept();
}

void LogView::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton) {
        QAbstractScrollArea::mousePressEvent(event);
        return;
    }
    setFocus(Qt::MouseFocusReason);
    const QPoint pos = event->position().toPoint();
    const Position at = positionAt(pos);
    if (!at.isValid())
        return;
    if (pos.x() < gutterWidth()) {
        toggleBookmark(at.line);
        return;
    }
    m_currentLine = at.line;
    Q_EMIT currentLineChanged(m_currentLine);
    if (event->modifiers().testFlag(Qt::ShiftModifier) && m_anchor.isValid()) {
        m_cursor = at;
    } else {
        m_anchor = at;
        m_cursor = at;
    }
    m_selecting = true;
    viewport()->update();
    Q_EMIT selectionChanged();
}

void LogView::autoScrollForSelection(QPoint pos)
{
    if (pos.y() < 0)
        setTopRow(topRow() - 1);
    else if (pos.y() > viewport()->height())
        setTopRow(topRow() + 1);
}

void LogView::mouseMoveEvent(QMouseEvent *event)
{
    if (!m_selecting || !(event->buttons() & Qt::LeftButton))
        return;
    const QPoint pos = event->position().toPoint();
    autoScrollForSelection(pos);
    const Position at = positionAt(pos);
    if (at.isValid() && at != m_cursor) {
        m_cursor = at;
        viewport()->update();
        Q_EMIT selectionChanged();
    }
}

void LogView::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton && m_selecting) {
        m_selecting = false;
        if (hasSelection() && QApplication::clipboard()->supportsSelection())
            QApplication::clipboard()->setText(selectedText(), QClipboard::Selection);
    }
}

void LogView::mouseDoubleClickEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton)
        return;
    const Position at = positionAt(event->position().toPoint());
    if (!at.isValid())
        return;
    const QString text = lineText(at.line);
    int from = qMin<int>(at.column, text.size());
    int to = from;
    while (from > 0 && isWordChar(text.at(from - 1)))
        --from;
    while (to < text.size() && isWordChar(text.at(to)))
        ++to;
    setSelection({at.line, from}, {at.line, to});
    m_selecting = false;
}

void LogView::wheelEvent(QWheelEvent *event)
{
    if (event->modifiers().testFlag(Qt::ControlModifier)) {
        if (event->angleDelta().y() > 0)
            zoomIn();
        else if (event->angleDelta().y() < 0)
            zoomOut();
        event->accept();
        return;
    }
    QAbstractScrollArea::wheelEvent(event);
}

} // namespace vcv
