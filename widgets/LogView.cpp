// SPDX-FileCopyrightText: 2026 The virt-console-viewer developers
// SPDX-License-Identifier: GPL-2.0-or-later
// Over 600 lines: what is left is the view's wiring. Each change (document, search, filter, boot,
// bookmark, zoom, wrap, theme) reaches several parts in an order that matters (rows before the
// scroll range, the scroll position before painting, the current line kept on screen), and each
// handler here keeps that order in one place; the parts hold the logic.
#include "widgets/LogView.h"

#include "bootlog/LogDocument.h"
#include "bootlog/LogTroubleScanner.h"
#include "bootlog/Search.h"
#include "widgets/ActionRegistry.h"
#include "widgets/LogHighlighter.h"
#include "widgets/LogLineRenderer.h"
#include "widgets/LogNavigationKeys.h"
#include "widgets/LogOverviewRuler.h"
#include "widgets/LogScreen.h"
#include "widgets/LogScroller.h"
#include "widgets/LogSelectionController.h"
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
    m_screen = std::make_unique<LogScreen>(m_renderer.get(), &m_scope.rows(), [this] {
        return LogScreen::Place{viewport()->size(), topRow(), m_hOffset, m_wordWrap, m_lineNumbers};
    });
    m_scroller = new LogScroller(verticalScrollBar(),
                                 {.rowCount = [this] { return rowCount(); },
                                  .viewportHeight = [this] { return viewport()->height(); },
                                  .lineHeight = [this] { return lineHeight(); },
                                  .wrappedRowHeight =
                                      [this](RowIndex row) {
                                          const LogLineLayout *ll = layoutFor(lineForRow(row));
                                          return ll ? int(ll->height) : lineHeight();
                                      }},
                                 this);
    connect(m_scroller, &LogScroller::topRowSet, this, [this] {
        viewport()->update();
        m_ruler->update();
    });
    connect(m_scroller, &LogScroller::followingChanged, this, &LogView::followingChanged);
    connect(m_scroller, &LogScroller::followingChanged, this, &LogView::updateNewLinesButton);
    connect(m_scroller, &LogScroller::newLineCountChanged, this, &LogView::newLineCountChanged);
    connect(m_scroller, &LogScroller::newLineCountChanged, this, &LogView::updateNewLinesButton);
    m_selectionControl =
        new LogSelectionController(&m_scope.rows(), [this](LineNumber line) { return lineText(line); }, this);
    connect(m_selectionControl, &LogSelectionController::changed, this, [this] {
        viewport()->update();
        Q_EMIT selectionChanged();
    });
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
    m_scope.setBootOnly(-1, {});
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
            if (m_scope.bootOnly() >= 0)
                rebuildRows();
        });
        m_scanner->setDocument(document);
    }
    m_scroller->setFollowing(true);
    onDocumentReset();
}

void LogView::onDocumentReset()
{
    m_lineCount = m_document ? m_document->lineCount() : 0;
    invalidateLayouts();
    m_highlighter->invalidateAll();
    m_bookmarks.clear();
    m_selectionControl->reset();
    m_searchControl->clearResults();
    m_renderer->resetMaxWidth();
    m_currentLine = LineNumber();
    m_hOffset = 0;
    rebuildRows();
    m_scroller->setTopRow(m_scroller->isFollowing() ? m_scroller->maxTopRow() : RowIndex(0));
    m_scroller->resetNewLines();
    Q_EMIT bookmarksChanged();
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
    m_scroller->rowsAppended(m_lineCount > oldCount ? rowCount() - oldRows : 0);
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
    m_selectionControl->linesPrepended(count);
    m_searchControl->linesPrepended(count);
    m_scope.linesPrepended(count, m_document->bootSegments());
    rebuildRows();
    m_scroller->followOr(topLine.isValid() ? rowForLine(topLine + count) : RowIndex());
    Q_EMIT bookmarksChanged();
    viewport()->update();
}

// ---------------------------------------------------------------------------------------------
// rows

void LogView::rebuildRows()
{
    const bool filtering = m_searchControl->isActive() && m_filterMode != FilterMode::ShowAll;
    m_scope.rebuild(m_lineCount, m_document ? m_document->bootSegments() : QList<BootSegment>(),
                    !filtering                                     ? LogRowMap::Filter::None
                        : m_filterMode == FilterMode::OnlyMatching ? LogRowMap::Filter::OnlyListed
                                                                   : LogRowMap::Filter::HideListed,
                    m_searchControl->matchLines());
    updateScrollBars();
    m_ruler->scheduleUpdate();
    Q_EMIT rowsChanged();
}

void LogView::updateScrollBars()
{
    m_scroller->updateRange();
    QScrollBar *h = horizontalScrollBar();
    if (m_wordWrap) {
        h->setRange(0, 0);
    } else {
        const int overflow = int(m_renderer->maxWidth()) + textLeft() + m_renderer->charWidth() - viewport()->width();
        h->setRange(0, qMax(0, overflow));
        h->setPageStep(viewport()->width());
    }
}

// Keeps @p line (the current one, else the top one) on screen, or the end when following, while
// the rows change beneath it.
void LogView::keepCurrentLine(LineNumber line)
{
    if (m_scroller->isFollowing())
        m_scroller->setTopRow(m_scroller->maxTopRow());
    else if (line.isValid() && rowCount() > 0)
        m_scroller->ensureRowVisible(qMin(rowForLine(line), RowIndex(rowCount() - 1)), true);
    viewport()->update();
}

// Keeps the top line in place (or the end, when following) while the rows change beneath it.
void LogView::keepTopLine(LineNumber topLine)
{
    m_scroller->followOr(topLine.isValid() ? rowForLine(topLine) : RowIndex());
}

void LogView::scrollContentsBy(int dx, int dy)
{
    if (dx)
        m_hOffset = horizontalScrollBar()->value();
    m_scroller->scrolled();
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

void LogView::setFollowing(bool follow)
{
    if (follow)
        scrollToEnd();
    else
        m_scroller->setFollowing(false);
}

void LogView::scrollToEnd()
{
    if (rowCount() > 0) {
        m_currentLine = lineForRow(RowIndex(rowCount() - 1));
        Q_EMIT currentLineChanged(m_currentLine);
    }
    m_scroller->setTopRow(m_scroller->maxTopRow());
    m_scroller->setFollowing(true);
}

void LogView::updateNewLinesButton()
{
    const qint64 count = m_scroller->newLineCount();
    if (m_scroller->isFollowing() || count <= 0) {
        m_newLinesButton->hide();
        return;
    }
    m_newLinesButton->setText(
        tr("↓ %Ln new line(s)", nullptr, int(qMin<qint64>(count, std::numeric_limits<int>::max()))));
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
    m_scroller->ensureRowVisible(row, true);
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
    m_scroller->ensureRowVisible(row, false);
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
    keepTopLine(anchorLine);
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
        keepTopLine(anchorLine);
    }
    // Incremental search: the first match at or after the top of the screen becomes current as
    // soon as it is found (unless the user is following the end of the log).
    if (!m_scroller->isFollowing()) {
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
    const int width = m_screen->textAreaWidth();
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
    keepCurrentLine(anchorLine);
}

void LogView::setLineFilter(bool on, const QList<LineNumber> &lines)
{
    const LineNumber anchorLine = m_currentLine.isValid() ? m_currentLine : lineForRow(topRow());
    if (!m_scope.setLineFilter(on, lines))
        return;
    rebuildRows();
    keepCurrentLine(anchorLine);
}

// ---------------------------------------------------------------------------------------------
// boots

void LogView::setBootOnly(qsizetype segment)
{
    if (!m_scope.setBootOnly(segment, m_document ? m_document->bootSegments() : QList<BootSegment>()))
        return;
    rebuildRows();
    m_scroller->setTopRow(segment >= 0 ? RowIndex(0) : rowForLine(qMax(LineNumber(0), m_currentLine)));
    viewport()->update();
}

void LogView::jumpToBoot(qsizetype segment)
{
    if (!m_document)
        return;
    const QList<BootSegment> segments = m_document->bootSegments();
    if (segment < 0 || segment >= segments.size())
        return;
    if (m_scope.bootOnly() >= 0 && m_scope.bootOnly() != segment)
        setBootOnly(segment);
    const LineNumber line = segments.at(segment).firstLine;
    m_currentLine = line;
    m_scroller->setTopRow(rowForLine(line));
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
    m_selectionControl->set(from, to);
}

void LogView::clearSelection()
{
    m_selectionControl->clear();
}

void LogView::selectAll()
{
    m_selectionControl->selectAll();
}

QString LogView::selectedText() const
{
    return m_selectionControl->text();
}

void LogView::copy()
{
    if (!hasSelection())
        return;
    if (m_selectionControl->exceedsCopyLimit())
        Q_EMIT message(
            tr("Copied the first %Ln line(s); save the log to get all of it.", nullptr, int(maxCopyLines())));
    QApplication::clipboard()->setText(m_selectionControl->text());
}

LogView::Position LogView::positionAt(QPoint pos) const
{
    return m_screen->positionAt(pos);
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
    return m_screen->layoutFor(line);
}

int LogView::textLeft() const
{
    return m_screen->textLeft();
}

int LogView::lineHeight() const
{
    return m_renderer->lineHeight();
}

void LogView::paintEvent(QPaintEvent *event)
{
    QPainter p(viewport());
    // After a scroll by a few rows only the rows that came into view are asked for.
    m_screen->paint(p, event->rect(),
                    {m_currentLine, &m_selectionControl->selection(), &m_bookmarks, m_searchControl->currentMatch()});
    if (rowCount() == 0) {
        const int gutter = m_screen->gutterWidth();
        const QRect textArea(gutter, 0, viewport()->width() - gutter, viewport()->height());
        p.setPen(m_renderer->colors().gutterForeground);
        QString text;
        if (!m_document)
            text = tr("No log");
        else if (m_lineCount == 0)
            text = tr("The log is empty");
        else if (m_scope.bootOnly() >= 0)
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
    const bool follow = m_scroller->isFollowing();
    updateScrollBars();
    if (follow)
        m_scroller->setTopRow(m_scroller->maxTopRow());
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
    if (m_scroller->isFollowing())
        m_scroller->setTopRow(m_scroller->maxTopRow());
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
    if (!m_scroller->isFollowing() && anchorLine.isValid())
        m_scroller->setTopRow(rowForLine(anchorLine));
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
    m_scroller->setWordWrap(wrap);
    updateScrollBars();
    keepTopLine(anchorLine);
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
// the constructor; moving within the view is LogNavigationKeys' table.
void LogView::keyPressEvent(QKeyEvent *event)
{
    const std::optional<LogNavigationKeys::Move> move = LogNavigationKeys::moveFor(event->key());
    if (!move) {
        QAbstractScrollArea::keyPressEvent(event);
        return;
    }
    using Move = LogNavigationKeys::Move;
    switch (*move) {
    case Move::LineUp: moveCurrentBy(-1); break;
    case Move::LineDown: moveCurrentBy(1); break;
    case Move::PageUp: moveCurrentBy(-pageRows()); break;
    case Move::PageDown: moveCurrentBy(pageRows()); break;
    case Move::FirstLine: moveCurrentBy(-rowCount()); break;
    case Move::LastLine: scrollToEnd(); break;
    case Move::ScrollLeft: horizontalScrollBar()->triggerAction(QAbstractSlider::SliderSingleStepSub); break;
    case Move::ScrollRight: horizontalScrollBar()->triggerAction(QAbstractSlider::SliderSingleStepAdd); break;
    case Move::ClearSelection: clearSelection(); break;
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
    if (pos.x() < m_screen->gutterWidth()) {
        toggleBookmark(at.line);
        return;
    }
    m_currentLine = at.line;
    Q_EMIT currentLineChanged(m_currentLine);
    m_selectionControl->press(at, event->modifiers().testFlag(Qt::ShiftModifier));
}

void LogView::mouseMoveEvent(QMouseEvent *event)
{
    if (!(event->buttons() & Qt::LeftButton))
        return;
    const QPoint pos = event->position().toPoint();
    // Dragged past the top or the bottom: the selection goes on, a row at a time.
    if (m_selectionControl->isDragging() && pos.y() < 0)
        m_scroller->setTopRow(topRow() - 1);
    else if (m_selectionControl->isDragging() && pos.y() > viewport()->height())
        m_scroller->setTopRow(topRow() + 1);
    m_selectionControl->dragTo(positionAt(pos));
}

void LogView::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton)
        m_selectionControl->release();
}

void LogView::mouseDoubleClickEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton)
        return;
    const Position at = positionAt(event->position().toPoint());
    if (at.isValid())
        m_selectionControl->selectWordAt(at);
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
