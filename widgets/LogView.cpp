// SPDX-FileCopyrightText: 2026 The virt-console-viewer developers
// SPDX-License-Identifier: GPL-2.0-or-later
#include "widgets/LogView.h"

#include "bootlog/LogDocument.h"
#include "bootlog/LogTroubleScanner.h"
#include "widgets/LogHighlighter.h"
#include "widgets/LogLineRenderer.h"
#include "widgets/LogNavigationKeys.h"
#include "widgets/LogNewLinesButton.h"
#include "widgets/LogOverviewRuler.h"
#include "widgets/LogScreen.h"
#include "widgets/LogScroller.h"
#include "widgets/LogSelectionController.h"
#include "widgets/LogViewActions.h"

#include <QApplication>
#include <QClipboard>
#include <QKeyEvent>
#include <QPainter>
#include <QScrollBar>

#include <algorithm>
#include <limits>
#include <optional>

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
    m_appearance = std::make_unique<LogAppearance>(m_renderer.get(), m_highlighter.get());
    m_screen = std::make_unique<LogScreen>(m_renderer.get(), &m_scope.rows(), [this] {
        return LogScreen::Place{viewport()->size(), topRow(), m_sideScroller->offset(), m_appearance->wordWrap(),
                                m_appearance->lineNumbersVisible()};
    });
    m_sideScroller = std::make_unique<LogSideScroller>(horizontalScrollBar(), viewport(), m_renderer.get(),
                                                       m_screen.get(), m_appearance.get());
    m_scroller = new LogScroller(verticalScrollBar(),
                                 {.rowCount = [this] { return rowCount(); },
                                  .viewportHeight = [this] { return viewport()->height(); },
                                  .lineHeight = [this] { return lineHeight(); },
                                  .wrappedRowHeight =
                                      [this](RowIndex row) {
                                          const LogLineLayout *ll = m_screen->layoutFor(lineForRow(row));
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
    m_selectionControl = new LogSelectionController(
        &m_scope.rows(), [this](LineNumber line) { return m_renderer->lineText(line); }, this);
    connect(m_selectionControl, &LogSelectionController::changed, this, [this] {
        viewport()->update();
        Q_EMIT selectionChanged();
    });
    m_mouse = std::make_unique<LogMouseInput>(
        m_selectionControl,
        LogMouseInput::Hooks{.positionAt = [this](QPoint pos) { return positionAt(pos); },
                             .gutterWidth = [this] { return m_screen->gutterWidth(); },
                             .viewportHeight = [this] { return viewport()->height(); },
                             .takeFocus = [this] { setFocus(Qt::MouseFocusReason); },
                             .toggleBookmark = [this](LineNumber line) { toggleBookmark(line); },
                             .clickedLine =
                                 [this](LineNumber line) {
                                     m_currentLine = line;
                                     Q_EMIT currentLineChanged(m_currentLine);
                                 },
                             .scrollBy = [this](int rows) { m_scroller->setTopRow(topRow() + rows); },
                             .zoomBy = [this](int points) { setZoom(zoom() + points); }});
    // Grown lazily, from what has been shown: queued, as it may happen while painting.
    m_renderer->setWidthGrown(
        [this] { QMetaObject::invokeMethod(this, &LogView::updateScrollBars, Qt::QueuedConnection); });
    m_highlighter->setLineProvider([this](LineNumber line) {
        // Not value_or(): that would decode the line again even when the renderer has it.
        if (std::optional<QString> text = m_renderer->pendingText(line))
            return *std::move(text);
        return m_renderer->lineText(line);
    });
    m_searchNavigator = new LogSearchNavigator(
        m_searchControl.get(),
        {.topLine = [this] { return lineForRow(topRow()); },
         .currentLine = [this] { return m_currentLine; },
         .setCurrentLine = [this](LineNumber line) { setCurrentLine(line); },
         .isFollowing = [this] { return m_scroller->isFollowing(); },
         .isFiltering = [this] { return m_filterMode != FilterMode::ShowAll; },
         .rebuildRows =
             [this](LineNumber topLine) {
                 rebuildRows();
                 keepTopLine(topLine);
             },
         .showCurrentMatch = [this] { m_sideScroller->showMatch(m_searchControl->currentMatch()); },
         .repaint =
             [this] {
                 m_ruler->scheduleUpdate();
                 viewport()->update();
             }},
        this);
    connect(m_searchNavigator, &LogSearchNavigator::statusChanged, this, &LogView::searchStatusChanged);
    connect(m_searchNavigator, &LogSearchNavigator::queryRefused, this, &LogView::searchError);
    connect(m_searchNavigator, &LogSearchNavigator::searchRequested, this, &LogView::searchRequested);
    connect(m_searchControl.get(), &LogSearchController::errorOccurred, this, &LogView::searchError);
    connect(m_highlighter.get(), &LogHighlighter::highlightingChanged, this, [this] {
        m_renderer->invalidate();
        viewport()->update();
    });

    m_ruler = new LogOverviewRuler(this);
    setViewportMargins(0, 0, RulerWidth, 0);
    connect(m_scanner.get(), &LogTroubleScanner::changed, m_ruler, &LogOverviewRuler::scheduleUpdate);

    m_newLinesButton = new LogNewLinesButton(viewport());
    m_newLinesButton->setToolTip(tr("Jump to the end of the log and follow it (End)"));
    connect(m_newLinesButton, &QToolButton::clicked, this, &LogView::scrollToEnd);

    LogViewActions::create(this);

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
    m_searchNavigator->clearError();
    m_scope.setBootOnly(-1, {});
    if (document) {
        m_searchControl->setDocument(document);
        connect(document, &LogDocument::documentReset, this, &LogView::onDocumentReset);
        connect(document, &LogDocument::linesAppended, this, &LogView::onLinesAppended);
        connect(document, &LogDocument::linesPrepended, this, &LogView::onLinesPrepended);
        // A remote log's history complete: the search status stops saying it covers the newest
        // lines only. Its last part may bring no lines (the parts before brought them all), and
        // then no linesPrepended restarts the search to say so.
        connect(document, &LogDocument::indexingFinished, m_searchNavigator, &LogSearchNavigator::emitStatus);
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
    m_renderer->invalidate();
    m_highlighter->invalidateAll();
    m_bookmarks.clear();
    m_selectionControl->reset();
    m_searchControl->clearResults();
    m_renderer->resetMaxWidth();
    m_currentLine = LineNumber();
    m_sideScroller->reset();
    rebuildRows();
    m_scroller->setTopRow(m_scroller->isFollowing() ? m_scroller->maxTopRow() : RowIndex(0));
    m_scroller->resetNewLines();
    Q_EMIT bookmarksChanged();
    m_searchNavigator->emitStatus();
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
    m_renderer->invalidate();
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
    m_sideScroller->updateRange();
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
        m_sideScroller->scrolled();
    m_scroller->scrolled();
    // Scrolled by a few rows of one height each: move the pixels already on screen and paint
    // only the rows that came into view. (The rect overload leaves the new-lines button put.)
    const QRect area = viewport()->rect();
    const qint64 pixels = qint64(dy) * lineHeight();
    if (dx == 0 && dy != 0 && !m_appearance->wordWrap() && qAbs(pixels) < area.height() / 2)
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
    if (m_scroller->isFollowing() || count <= 0)
        m_newLinesButton->hide();
    else
        m_newLinesButton->showText(
            tr("↓ %Ln new line(s)", nullptr, int(qMin<qint64>(count, std::numeric_limits<int>::max()))));
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
    if (m_appearance->wordWrap())
        m_renderer->invalidate();
    const bool follow = m_scroller->isFollowing();
    updateScrollBars();
    if (follow)
        m_scroller->setTopRow(m_scroller->maxTopRow());
    updateNewLinesButton();
}

void LogView::changeEvent(QEvent *event)
{
    QAbstractScrollArea::changeEvent(event);
    if (event->type() == QEvent::PaletteChange && m_appearance->themeName().isEmpty())
        applyTheme();
    else if (event->type() == QEvent::FontChange)
        updateFont();
}

// ---------------------------------------------------------------------------------------------
// appearance

void LogView::updateFont()
{
    m_appearance->applyFont();
    updateScrollBars();
    if (m_scroller->isFollowing())
        m_scroller->setTopRow(m_scroller->maxTopRow());
    viewport()->update();
}

void LogView::setZoom(int points)
{
    const LineNumber anchorLine = lineForRow(topRow());
    if (!m_appearance->setZoom(points))
        return;
    updateFont();
    if (!m_scroller->isFollowing() && anchorLine.isValid())
        m_scroller->setTopRow(rowForLine(anchorLine));
    Q_EMIT zoomChanged(zoom());
}

void LogView::setWordWrap(bool wrap)
{
    const LineNumber anchorLine = lineForRow(topRow());
    if (!m_appearance->setWordWrap(wrap))
        return;
    m_sideScroller->reset();
    m_scroller->setWordWrap(wrap);
    updateScrollBars();
    keepTopLine(anchorLine);
    viewport()->update();
    Q_EMIT wordWrapChanged(wrap);
}

void LogView::setLineNumbersVisible(bool visible)
{
    if (!m_appearance->setLineNumbersVisible(visible))
        return;
    m_renderer->invalidate();
    updateScrollBars();
    viewport()->update();
}

void LogView::setThemeName(const QString &name)
{
    m_appearance->setThemeName(name);
    applyTheme();
}

void LogView::applyTheme()
{
    m_appearance->applyTheme(palette(), viewport());
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

} // namespace vcv
