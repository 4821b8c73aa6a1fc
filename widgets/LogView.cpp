// SPDX-FileCopyrightText: 2026 The virt-console-viewer developers
// SPDX-License-Identifier: GPL-2.0-or-later
// Over 600 lines on purpose: what is left here after the split (LogRowMap, LogSearchController,
// LogLineRenderer, LogBookmarks, LogSelection) is scrolling, follow and the key and mouse
// handling, which all move the same scroll state and current line. A part of its own for
// scrolling and follow is the split that would bring this file under 600 lines.
#include "widgets/LogView.h"

#include "bootlog/LogDocument.h"
#include "bootlog/LogTroubleScanner.h"
#include "bootlog/Search.h"
#include "widgets/ActionRegistry.h"
#include "widgets/LogHighlighter.h"
#include "widgets/LogLineRenderer.h"
#include "widgets/LogOverviewRuler.h"
#include "widgets/LogSyntax.h"

#include <KSyntaxHighlighting/Theme>

#include <QAction>
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
#include <optional>

using namespace Qt::StringLiterals;

namespace vcv {

namespace {

constexpr int RulerWidth = 12;

bool isWordChar(QChar c)
{
    return c.isLetterOrNumber() || c == u'_';
}

} // namespace

LogView::LogView(QWidget *parent)
    : QAbstractScrollArea(parent)
    , m_searchControl(std::make_unique<LogSearchController>())
    , m_highlighter(std::make_unique<LogHighlighter>())
    , m_scanner(std::make_unique<LogTroubleScanner>())
{
    setFrameShape(QFrame::NoFrame);
    setFocusPolicy(Qt::StrongFocus);
    viewport()->setCursor(Qt::IBeamCursor);
    viewport()->setAttribute(Qt::WA_OpaquePaintEvent);
    setAttribute(Qt::WA_InputMethodEnabled, false);

    m_renderer = std::make_unique<LogLineRenderer>(m_highlighter.get(), m_searchControl.get());
    // Grown lazily, from what has been shown: queued, as it may happen while painting.
    m_renderer->setWidthGrown(
        [this] { QMetaObject::invokeMethod(this, &LogView::updateScrollBars, Qt::QueuedConnection); });
    m_highlighter->setLineProvider([this](LineNumber line) {
        // Not value_or(): that would decode the line again even when the renderer has it.
        if (std::optional<QString> text = m_renderer->pendingText(line))
            return *std::move(text);
        return lineText(line);
    });
    connect(m_searchControl.get(), &LogSearchController::matchesChanged, this, &LogView::onMatchesChanged);
    connect(m_searchControl.get(), &LogSearchController::progress, this, &LogView::emitSearchStatus);
    connect(m_searchControl.get(), &LogSearchController::errorOccurred, this, &LogView::searchError);
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

    // The commands and their keys come from the registry (rebindable in Settings); only the
    // navigation keys stay in keyPressEvent().
    const auto command = [this](const QString &id, auto slot) {
        connect(ActionRegistry::instance()->createAction(id, this), &QAction::triggered, this, slot);
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

    updateFont();
    applyTheme();
    updateScrollBars();
}

LogView::~LogView()
{
    // The scanner's worker and the search's workers read the document: stop them first.
    m_scanner->setDocument(nullptr);
    m_searchControl->setDocument(nullptr);
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
    m_searchControl->setDocument(nullptr);
    m_document = document;
    m_renderer->setDocument(document);
    m_searchError.clear();
    m_bootOnly = -1;
    m_bootOnlyLine = LineNumber();
    if (document) {
        m_searchControl->setDocument(document);
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
    m_selection.clear();
    m_searchControl->clearResults();
    m_renderer->resetMaxWidth();
    m_currentLine = LineNumber();
    m_newLines = 0;
    m_hOffset = 0;
    rebuildRows();
    setTopRow(m_follow ? maxTopRow() : RowIndex(0));
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
    m_renderer->invalidateFrom(first);
    m_highlighter->invalidateFrom(first);
    const qint64 oldRows = rowCount();
    rebuildRows();
    if (m_follow) {
        ++m_updatingScroll;
        verticalScrollBar()->setValue(int(maxTopRow().get()));
        --m_updatingScroll;
    } else if (m_lineCount > oldCount && rowCount() > oldRows) {
        m_newLines += rowCount() - oldRows;
        Q_EMIT newLineCountChanged(m_newLines);
        updateNewLinesButton();
    }
    viewport()->update();
}

void LogView::onLinesPrepended(qint64 count)
{
    const LineNumber topLine = lineForRow(topRow());
    m_lineCount = m_document->lineCount();
    invalidateLayouts();
    m_highlighter->invalidateAll();
    if (m_currentLine.isValid())
        m_currentLine += count;
    m_bookmarks.linesPrepended(count);
    m_selection.linesPrepended(count);
    m_searchControl->linesPrepended(count);
    if (m_bootOnly >= 0) {
        // The same boot, by line (the document's segments count the new lines already); a boot
        // that was only the log's start is now part of the one that holds its lines.
        m_bootOnly = m_document->segmentOf(m_bootOnlyLine + count);
        m_bootOnlyLine = m_bootOnly >= 0 ? m_document->bootSegments().at(m_bootOnly).firstLine : LineNumber();
    }
    rebuildRows();
    if (m_follow)
        setTopRow(maxTopRow());
    else if (topLine.isValid())
        setTopRow(rowForLine(topLine + count));
    Q_EMIT bookmarksChanged();
    viewport()->update();
}

// ---------------------------------------------------------------------------------------------
// rows

void LogView::rebuildRows()
{
    const bool filtering = m_searchControl->isActive() && m_filterMode != FilterMode::ShowAll;
    LineNumber first, end;
    if (m_bootOnly >= 0 && m_document) {
        const QList<BootSegment> segments = m_document->bootSegments();
        if (m_bootOnly < segments.size()) {
            first = segments.at(m_bootOnly).firstLine;
            if (m_bootOnly + 1 < segments.size())
                end = segments.at(m_bootOnly + 1).firstLine;
        } else {
            m_bootOnly = -1;
            m_bootOnlyLine = LineNumber();
        }
    }
    m_rows.setLineCount(m_lineCount);
    if (m_lineFilterOn) {
        // Lines of a scan that is ahead of this view's count wait for the next rebuild.
        const auto past = std::lower_bound(m_lineFilter.begin(), m_lineFilter.end(), LineNumber(m_lineCount));
        m_rows.setFilter(LogRowMap::Filter::OnlyListed, QList<LineNumber>(m_lineFilter.begin(), past));
    } else {
        m_rows.setFilter(!filtering                                     ? LogRowMap::Filter::None
                             : m_filterMode == FilterMode::OnlyMatching ? LogRowMap::Filter::OnlyListed
                                                                        : LogRowMap::Filter::HideListed,
                         m_searchControl->matchLines());
    }
    m_rows.setRange(first, end);
    updateScrollBars();
    m_ruler->scheduleUpdate();
    Q_EMIT rowsChanged();
}

RowIndex LogView::topRow() const
{
    return RowIndex(verticalScrollBar()->value());
}

qint64 LogView::pageRows() const
{
    return qMax(1, viewport()->height() / qMax(1, lineHeight()));
}

RowIndex LogView::maxTopRow() const
{
    if (rowCount() <= 0)
        return RowIndex(0);
    if (!m_wordWrap)
        return RowIndex(qMax<qint64>(0, rowCount() - pageRows()));
    // With wrapping, rows have different heights: fit as many of the last ones as possible.
    const int available = viewport()->height();
    int used = 0;
    const RowIndex last(rowCount() - 1);
    for (RowIndex row = last; row.isValid(); --row) {
        auto *self = const_cast<LogView *>(this);
        LogLineLayout *ll = self->layoutFor(lineForRow(row));
        used += int(ll ? ll->height : lineHeight());
        if (used > available)
            return qMin(last, row + 1);
    }
    return RowIndex(0);
}

void LogView::updateScrollBars()
{
    ++m_updatingScroll;
    QScrollBar *v = verticalScrollBar();
    const RowIndex maxTop = maxTopRow();
    v->setRange(0, int(qMin<qint64>(maxTop.get(), std::numeric_limits<int>::max())));
    v->setPageStep(int(pageRows()));
    QScrollBar *h = horizontalScrollBar();
    if (m_wordWrap) {
        h->setRange(0, 0);
    } else {
        const int overflow = int(m_renderer->maxWidth()) + textLeft() + m_renderer->charWidth() - viewport()->width();
        h->setRange(0, qMax(0, overflow));
        h->setPageStep(viewport()->width());
    }
    --m_updatingScroll;
}

void LogView::setTopRow(RowIndex row)
{
    ++m_updatingScroll;
    verticalScrollBar()->setValue(int(std::clamp<qint64>(row.get(), 0, verticalScrollBar()->maximum())));
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
    const qint64 pixels = qint64(dy) * lineHeight();
    if (dx == 0 && dy != 0 && !m_wordWrap && qAbs(pixels) < area.height() / 2)
        viewport()->scroll(0, int(pixels), area);
    else
        viewport()->update();
    m_ruler->update();
}

void LogView::ensureRowVisible(RowIndex row, bool centre)
{
    const RowIndex top = topRow();
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
    if (rowCount() > 0) {
        m_currentLine = lineForRow(RowIndex(rowCount() - 1));
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
    m_newLinesButton->setText(
        tr("↓ %Ln new line(s)", nullptr, int(qMin<qint64>(m_newLines, std::numeric_limits<int>::max()))));
    m_newLinesButton->adjustSize();
    const QSize s = m_newLinesButton->sizeHint();
    m_newLinesButton->move((viewport()->width() - s.width()) / 2, viewport()->height() - s.height() - 8);
    m_newLinesButton->show();
    m_newLinesButton->raise();
}

// ---------------------------------------------------------------------------------------------
// position

void LogView::setCurrentLine(LineNumber line)
{
    if (m_lineCount <= 0)
        return;
    line = std::clamp(line, LineNumber(0), LineNumber(m_lineCount - 1));
    const RowIndex row = qMin(rowForLine(line), RowIndex(rowCount() - 1));
    if (!row.isValid())
        return;
    m_currentLine = lineForRow(row);
    ensureRowVisible(row, true);
    Q_EMIT currentLineChanged(m_currentLine);
    viewport()->update();
}

void LogView::moveCurrentBy(qint64 rows)
{
    if (rowCount() <= 0)
        return;
    RowIndex row = m_currentLine.isValid() ? rowForLine(m_currentLine) : topRow();
    row = std::clamp(row + rows, RowIndex(0), RowIndex(rowCount() - 1));
    m_currentLine = lineForRow(row);
    ensureRowVisible(row, false);
    Q_EMIT currentLineChanged(m_currentLine);
    viewport()->update();
}

void LogView::goToLine(qint64 oneBasedLine)
{
    setCurrentLine(LineNumber(oneBasedLine - 1));
}

// ---------------------------------------------------------------------------------------------
// search

bool LogView::setSearchQuery(const SearchQuery &query)
{
    const LineNumber anchorLine = lineForRow(topRow());
    const bool ok = m_searchControl->setQuery(query);
    m_searchError.clear();
    if (const auto bad = m_searchControl->patternError())
        m_searchError = tr("Invalid regular expression at character %1: %2").arg(bad->position + 1).arg(bad->message);
    else if (!ok)
        m_searchError = m_searchControl->errorString();
    rebuildRows();
    if (m_follow)
        setTopRow(maxTopRow());
    else if (anchorLine.isValid())
        setTopRow(rowForLine(anchorLine));
    emitSearchStatus();
    if (!ok)
        Q_EMIT searchError(m_searchError);
    m_ruler->scheduleUpdate();
    viewport()->update();
    return ok;
}

void LogView::onMatchesChanged()
{
    if (!m_searchControl->search())
        return;
    const LineNumber anchorLine = lineForRow(topRow());
    m_searchControl->takeMatches();
    if (m_filterMode != FilterMode::ShowAll) {
        rebuildRows();
        if (m_follow)
            setTopRow(maxTopRow());
        else if (anchorLine.isValid())
            setTopRow(rowForLine(anchorLine));
    }
    // Incremental search: the first match at or after the top of the screen becomes current as
    // soon as it is found (unless the user is following the end of the log).
    if (!m_follow) {
        const auto first = m_searchControl->takeFirstMatchFrom(qMax(LineNumber(0), anchorLine));
        if (first.isValid())
            setCurrentMatch(first);
    }
    if (const auto forward = m_searchControl->takePendingStep())
        goToMatch(*forward);
    m_ruler->scheduleUpdate();
    emitSearchStatus();
    viewport()->update();
}

void LogView::emitSearchStatus()
{
    const Search *search = m_searchControl->search();
    Q_EMIT searchStatusChanged(currentMatchIndex(), matchCount(), search && search->isRunning(),
                               search ? search->linesSearched() : 0, search ? search->linesTotal() : 0);
}

void LogView::goToMatch(bool forward)
{
    if (!m_searchControl->isActive()) {
        Q_EMIT searchRequested();
        return;
    }
    const LineNumber from = m_currentLine.isValid() ? m_currentLine : lineForRow(topRow());
    const auto match = m_searchControl->step(forward, m_currentLine, from);
    if (match.isValid())
        setCurrentMatch(match);
    else
        emitSearchStatus();
}

void LogView::setCurrentMatch(LogSearchController::Match match)
{
    m_searchControl->setCurrentMatch(match);
    setCurrentLine(match.line);
    ensureMatchVisible();
    emitSearchStatus();
}

void LogView::ensureMatchVisible()
{
    const auto current = m_searchControl->currentMatch();
    if (m_wordWrap || !current.isValid())
        return;
    const LogLineLayout *ll = layoutFor(current.line);
    if (!ll || current.indexInLine >= ll->matches.size() || ll->layout.lineCount() == 0)
        return;
    const auto &match = ll->matches.at(current.indexInLine);
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
    const LineNumber anchorLine = m_currentLine.isValid() ? m_currentLine : lineForRow(topRow());
    m_filterMode = mode;
    rebuildRows();
    if (m_follow)
        setTopRow(maxTopRow());
    else if (anchorLine.isValid())
        ensureRowVisible(qMin(rowForLine(anchorLine), RowIndex(rowCount() - 1)), true);
    viewport()->update();
}

void LogView::setLineFilter(bool on, const QList<LineNumber> &lines)
{
    if (on == m_lineFilterOn && (!on || lines == m_lineFilter))
        return;
    const LineNumber anchorLine = m_currentLine.isValid() ? m_currentLine : lineForRow(topRow());
    m_lineFilterOn = on;
    m_lineFilter = on ? lines : QList<LineNumber>();
    rebuildRows();
    if (m_follow)
        setTopRow(maxTopRow());
    else if (anchorLine.isValid() && rowCount() > 0)
        ensureRowVisible(qMin(rowForLine(anchorLine), RowIndex(rowCount() - 1)), true);
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
    m_bootOnlyLine = segment >= 0 && segment < segments.size() ? segments.at(segment).firstLine : LineNumber();
    rebuildRows();
    setTopRow(segment >= 0 ? RowIndex(0) : rowForLine(qMax(LineNumber(0), m_currentLine)));
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
    const LineNumber line = segments.at(segment).firstLine;
    m_currentLine = line;
    setTopRow(rowForLine(line));
    Q_EMIT currentLineChanged(m_currentLine);
}

// ---------------------------------------------------------------------------------------------
// bookmarks

void LogView::toggleBookmark(LineNumber line)
{
    if (!line.isValid() || line.get() >= m_lineCount)
        return;
    m_bookmarks.toggle(line);
    m_ruler->scheduleUpdate();
    viewport()->update();
    Q_EMIT bookmarksChanged();
}

void LogView::toggleBookmarkAtCurrentLine()
{
    toggleBookmark(m_currentLine.isValid() ? m_currentLine : lineForRow(topRow()));
}

void LogView::nextBookmark()
{
    if (!m_bookmarks.isEmpty())
        setCurrentLine(m_bookmarks.next(m_currentLine));
}

void LogView::previousBookmark()
{
    if (!m_bookmarks.isEmpty())
        setCurrentLine(m_bookmarks.previous(m_currentLine.isValid() ? m_currentLine : LineNumber(m_lineCount)));
}

// ---------------------------------------------------------------------------------------------
// selection

void LogView::setSelection(Position from, Position to)
{
    m_selection.set(from, to);
    viewport()->update();
    Q_EMIT selectionChanged();
}

void LogView::clearSelection()
{
    if (!m_selection.isActive())
        return;
    m_selection.clear();
    viewport()->update();
    Q_EMIT selectionChanged();
}

void LogView::selectAll()
{
    if (rowCount() <= 0)
        return;
    const LineNumber last = lineForRow(RowIndex(rowCount() - 1));
    setSelection({lineForRow(RowIndex(0)), 0}, {last, int(lineText(last).size())});
}

QString LogView::selectedText() const
{
    if (!hasSelection() || !m_document)
        return {};
    const Position start = m_selection.start();
    const Position end = m_selection.end();
    QStringList parts;
    RowIndex row = rowForLine(start.line);
    qint64 taken = 0;
    for (; row.get() < rowCount() && taken < maxCopyLines(); ++row, ++taken) {
        const LineNumber line = lineForRow(row);
        if (line > end.line)
            break;
        const QString text = lineText(line);
        const auto [from, to] = m_selection.columnsOn(line, int(text.size()));
        parts.append(text.mid(from, to - from));
    }
    return parts.join(u'\n');
}

void LogView::copy()
{
    if (!hasSelection())
        return;
    const Position end = m_selection.end();
    const QString text = selectedText();
    const RowIndex lastRow = rowForLine(m_selection.start().line) + maxCopyLines();
    if (lastRow.get() < rowCount() && lineForRow(lastRow) <= end.line)
        Q_EMIT message(
            tr("Copied the first %Ln line(s); save the log to get all of it.", nullptr, int(maxCopyLines())));
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
    LogLineLayout *ll = self->layoutFor(hit->line);
    if (!ll)
        return {};
    if (column < 0) {
        if (pos.y() >= hit->y + hit->height) {
            column = int(ll->decoded.text.size());
        } else {
            const int index = qBound(0, (pos.y() - hit->y) / qMax(1, lineHeight()), ll->layout.lineCount() - 1);
            const QTextLine tl = ll->layout.lineAt(index);
            column = tl.isValid() ? tl.xToCursor(pos.x() - textLeft() + m_hOffset) : 0;
        }
    }
    return {hit->line, column};
}

// ---------------------------------------------------------------------------------------------
// layout and painting

QString LogView::lineText(LineNumber line) const
{
    return m_renderer->lineText(line);
}

void LogView::invalidateLayouts()
{
    m_renderer->invalidate();
}

LogLineLayout *LogView::layoutFor(LineNumber line)
{
    if (!m_document || !line.isValid() || line.get() >= m_lineCount)
        return nullptr;
    return m_renderer->layout(line, textAreaWidth());
}

QList<LogView::VisibleRow> LogView::visibleRows() const
{
    QList<VisibleRow> rows;
    const int height = viewport()->height();
    auto *self = const_cast<LogView *>(this);
    int y = 0;
    for (RowIndex row = topRow(); row.get() < rowCount() && y < height; ++row) {
        const LineNumber line = lineForRow(row);
        int h = lineHeight();
        if (m_wordWrap) {
            if (LogLineLayout *ll = self->layoutFor(line))
                h = int(ll->height);
        }
        rows.append({row, line, y, h});
        y += h;
    }
    return rows;
}

int LogView::gutterWidth() const
{
    const int charWidth = m_renderer->charWidth();
    const int mark = charWidth + 4; // bookmark strip
    if (!m_lineNumbers)
        return mark;
    const int digits = qMax(4, int(QString::number(qMax<qint64>(1, m_lineCount)).size()));
    return mark + digits * charWidth + charWidth;
}

int LogView::textLeft() const
{
    return gutterWidth() + m_renderer->charWidth() / 2 + 2;
}

int LogView::textAreaWidth() const
{
    return qMax(1, viewport()->width() - textLeft() - m_renderer->charWidth() / 2);
}

int LogView::lineHeight() const
{
    return m_renderer->lineHeight();
}

void LogView::paintEvent(QPaintEvent *event)
{
    QPainter p(viewport());
    const LogViewColors &colors = m_renderer->colors();
    const QRect area = viewport()->rect();
    // After a scroll by a few rows only the rows that came into view are asked for.
    const QRect dirty = event->rect();
    p.fillRect(dirty, colors.background);
    const int gutter = gutterWidth();
    const int left = textLeft();
    const QRect textArea(gutter, 0, area.width() - gutter, area.height());
    const Position selEnd = m_selection.end();
    const auto currentMatch = m_searchControl->currentMatch();

    QList<VisibleRow> rows = visibleRows();
    rows.removeIf([&](const VisibleRow &vr) { return vr.y + vr.height <= dirty.top() || vr.y > dirty.bottom(); });
    for (const VisibleRow &vr : std::as_const(rows)) {
        const LogLineLayout *ll = layoutFor(vr.line);
        if (!ll)
            continue;
        LogLineRenderer::RowState state;
        state.current = vr.line == m_currentLine;
        state.currentMatch = currentMatch.line == vr.line ? currentMatch.indexInLine : -1;
        if (m_selection.covers(vr.line)) {
            state.selected = m_selection.columnsOn(vr.line, int(ll->layout.text().size()));
            state.selectionGoesOn = vr.line != selEnd.line;
        }
        m_renderer->paintRow(p, *ll, QRect(gutter, vr.y, area.width() - gutter, vr.height),
                             QPointF(left - m_hOffset, vr.y), state);
    }

    // Gutter: line numbers and bookmarks, over anything scrolled beneath it.
    p.fillRect(QRect(0, 0, gutter, area.height()).intersected(dirty), colors.gutterBackground);
    p.setFont(m_renderer->font());
    for (const VisibleRow &vr : std::as_const(rows)) {
        m_renderer->paintGutterRow(p, vr.y, gutter, vr.line, m_bookmarks.contains(vr.line), vr.line == m_currentLine,
                                   m_lineNumbers);
    }
    p.setPen(colors.gutterForeground.lighter(colors.dark ? 70 : 130));
    p.drawLine(gutter - 1, 0, gutter - 1, area.height());

    if (rowCount() == 0) {
        p.setPen(colors.gutterForeground);
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
    m_renderer->setFont(base);
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
    const LineNumber anchorLine = lineForRow(topRow());
    m_zoom = points;
    updateFont();
    if (!m_follow && anchorLine.isValid())
        setTopRow(rowForLine(anchorLine));
    Q_EMIT zoomChanged(m_zoom);
}

void LogView::setWordWrap(bool wrap)
{
    if (wrap == m_wordWrap)
        return;
    const LineNumber anchorLine = lineForRow(topRow());
    m_wordWrap = wrap;
    m_hOffset = 0;
    m_renderer->setWordWrap(wrap);
    updateScrollBars();
    if (m_follow)
        setTopRow(maxTopRow());
    else if (anchorLine.isValid())
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
    m_renderer->setColors(LogViewColors::fromTheme(theme));
    // Palette of the scroll area itself, so the frame and the new-lines button match the text.
    QPalette pal = viewport()->palette();
    pal.setColor(QPalette::Base, m_renderer->colors().background);
    pal.setColor(QPalette::Text, m_renderer->colors().foreground);
    viewport()->setPalette(pal);
    m_highlighter->setTheme(theme); // emits highlightingChanged: layouts are rebuilt
    invalidateLayouts();
    m_ruler->scheduleUpdate();
    viewport()->update();
}

// ---------------------------------------------------------------------------------------------
// input

QAction *LogView::action(const QString &id) const
{
    return findChild<QAction *>(id, Qt::FindDirectChildrenOnly);
}

// Commands (search, bookmarks, zoom, wrap, copy, save…) are the registry's actions created in
// the constructor. What stays here is moving within the view: arrows, PageUp/PageDown,
// Home/End, Escape. Like a text editor's cursor keys they are not commands one rebinds, and
// they must reach the view as plain key presses (a QAbstractScrollArea scrolls with them).
void LogView::keyPressEvent(QKeyEvent *event)
{
    switch (event->key()) {
    case Qt::Key_Up: moveCurrentBy(-1); break;
    case Qt::Key_Down: moveCurrentBy(1); break;
    case Qt::Key_PageUp: moveCurrentBy(-pageRows()); break;
    case Qt::Key_PageDown: moveCurrentBy(pageRows()); break;
    case Qt::Key_Home: moveCurrentBy(-rowCount()); break;
    case Qt::Key_End: scrollToEnd(); break;
    case Qt::Key_Left: horizontalScrollBar()->triggerAction(QAbstractSlider::SliderSingleStepSub); break;
    case Qt::Key_Right: horizontalScrollBar()->triggerAction(QAbstractSlider::SliderSingleStepAdd); break;
    case Qt::Key_Escape: clearSelection(); break;
    default: QAbstractScrollArea::keyPressEvent(event); return;
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
    if (event->modifiers().testFlag(Qt::ShiftModifier) && m_selection.isActive())
        m_selection.moveCursor(at);
    else
        m_selection.set(at, at);
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
    if (at.isValid() && at != m_selection.cursor()) {
        m_selection.moveCursor(at);
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
