// SPDX-FileCopyrightText: 2026 The virt-console-viewer developers
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "bootlog/DecodedLine.h"
#include "bootlog/LineTypes.h"
#include "bootlog/LogDocument.h"
#include "bootlog/SearchQuery.h"
#include "widgets/LogAppearance.h"
#include "widgets/LogBookmarks.h"
#include "widgets/LogMouseInput.h"
#include "widgets/LogRowMap.h"
#include "widgets/LogRowScope.h"
#include "widgets/LogScroller.h"
#include "widgets/LogSearchController.h"
#include "widgets/LogSearchNavigator.h"
#include "widgets/LogSelectionController.h"
#include "widgets/LogSideScroller.h"

#include <QAbstractScrollArea>
#include <QList>
#include <QPointer>
#include <QTextLayout>

#include <memory>

namespace vcv {

class LogHighlighter;
class LogLineRenderer;
class LogNewLinesButton;
class LogOverviewRuler;
class LogScreen;
class LogTroubleScanner;
class Search;

/// The boot log as a read-only view that paints only the lines on screen.
///
/// Rendering: each visible line is decoded from the LogDocument, highlighted by a
/// LogHighlighter ("Boot Log" definition, visible lines only, cached) and laid out with
/// QTextLayout; the guest's own ANSI colours are merged over the highlighting (the guest chose
/// them), search matches and the selection over both. Nothing is proportional to the size of
/// the log except the sorted match list: 10 million lines scroll like 100. A scroll by a few
/// rows moves the pixels on screen and paints only the rows that came into view.
///
/// Rows: what the view shows is a list of rows, each one line of the document. Normally every
/// line is a row; filter mode (only matching / hide matching lines) and "this boot only"
/// narrow the rows. The vertical scroll bar counts rows; with word wrap a row may take several
/// screen lines.
///
/// Follow: on while the view is at the end of the log; new lines then scroll in. Scrolling up
/// pauses it and counts the lines that arrive ("N new lines" button); End, the button or
/// scrolling back to the end resume it.
///
/// Keys: the fixed navigation keys are LogNavigationKeys' table (Up/Down/PgUp/PgDn move the
/// current line, Home/End go to the first/last line, End resumes follow, Left/Right scroll
/// sideways, Escape clears the selection). The commands are ActionRegistry actions (action()):
/// Ctrl+C copies the selection as plain text, Ctrl+A selects all; Ctrl+F emits searchRequested(),
/// F3/Shift+F3 go to the next/previous match (within a line too), Ctrl+G emits
/// goToLineRequested(); Ctrl+B toggles a bookmark on the current line, F2/Shift+F2 go to the
/// next/previous bookmark; Ctrl++/Ctrl+-/Ctrl+0 zoom; F10 toggles word wrap; Ctrl+S emits
/// exportRequested(). The view saves no file: the shell does.
///
/// Parts: LogRowScope with its LogRowMap (rows), LogScroller (scrolling and follow),
/// LogSideScroller (horizontal scrolling), LogSearchController (the Search, the current match)
/// and LogSearchNavigator (status, F3), LogLineRenderer (layouts and painting of a row),
/// LogScreen (rows on screen, hit tests, painting them), LogSelectionController (the selection)
/// and LogMouseInput (the mouse), LogAppearance (zoom, wrap, line numbers, theme),
/// LogViewActions (the commands), LogNewLinesButton and LogBookmarks. The view handles Qt's
/// events and wires the parts: each change (document, search, filter, boot, zoom, wrap) reaches
/// several of them in an order that matters (rows before the scroll range, the scroll position
/// before painting, the current line kept on screen), kept in one place per change.
///
/// Ownership: the document is not owned and must outlive the view or be unset first. The view
/// owns its parts, LogHighlighter, LogTroubleScanner and LogOverviewRuler.
/// Thread: GUI thread only.
class LogView : public QAbstractScrollArea
{
    Q_OBJECT
public:
    enum class FilterMode {
        ShowAll,      ///< every line
        OnlyMatching, ///< only the lines that match the search
        HideMatching, ///< every line except those that match the search
    };
    Q_ENUM(FilterMode)

    /// A position in the text: a document line and a UTF-16 column of its decoded text.
    using Position = LogPosition;

    explicit LogView(QWidget *parent = nullptr);
    ~LogView() override;

    /// Shows @p document (nullptr: nothing). Not owned. Resets search, bookmarks, selection.
    void setDocument(LogDocument *document);
    LogDocument *document() const { return m_document; }

    Search *search() const { return m_searchControl->search(); }
    LogHighlighter *highlighter() const { return m_highlighter.get(); }
    LogTroubleScanner *troubleScanner() const { return m_scanner.get(); }
    LogOverviewRuler *overviewRuler() const { return m_ruler; }

    // --- rows -------------------------------------------------------------------------------
    /// Rows shown (lines after filter and boot restriction).
    qint64 rowCount() const { return m_scope.rows().rowCount(); }
    /// The document line of @p row; invalid outside [0, rowCount()).
    LineNumber lineForRow(RowIndex row) const { return m_scope.rows().lineForRow(row); }
    /// The row that shows @p line, or the first row after it when @p line is filtered out;
    /// rowCount() when there is none.
    RowIndex rowForLine(LineNumber line) const { return m_scope.rows().rowForLine(line); }
    /// The row at the top of the viewport.
    RowIndex topRow() const { return m_scroller->topRow(); }
    /// Number of rows that fit in the viewport (at least 1).
    qint64 pageRows() const { return m_scroller->pageRows(); }

    // --- search -----------------------------------------------------------------------------
    /// Starts searching for @p query (an empty pattern clears). Returns false and emits
    /// searchError() for an invalid regular expression; the previous results are then dropped.
    bool setSearchQuery(const SearchQuery &query) { return m_searchNavigator->setQuery(query); }
    SearchQuery searchQuery() const { return m_searchControl->query(); }
    /// Why the last query was refused ("" when it was not).
    QString searchErrorString() const { return m_searchNavigator->errorString(); }
    /// Matches found so far (a line with three hits counts three).
    qint64 matchCount() const { return m_searchControl->matchCount(); }
    /// Index of the current match among all matches in document order, -1 when there is none.
    qint64 currentMatchIndex() const { return m_searchControl->currentMatchIndex(); }
    /// The line of the current match (invalid: none) and which match of that line it is.
    LineNumber currentMatchLine() const { return m_searchControl->currentMatch().line; }
    int currentMatchInLine() const { return m_searchControl->currentMatch().indexInLine; }
    /// The matching lines found so far, sorted.
    const QList<LineNumber> &matchLines() const { return m_searchControl->matchLines(); }
    void setFilterMode(FilterMode mode);
    FilterMode filterMode() const { return m_filterMode; }
    /// Shows only @p lines (sorted ascending, no duplicates; those past the end are ignored)
    /// while @p on, e.g. the problems and their context; the search's filter mode is set aside
    /// meanwhile (its matches are still highlighted), "this boot only" still applies.
    void setLineFilter(bool on, const QList<LineNumber> &lines = {});
    bool hasLineFilter() const { return m_scope.hasLineFilter(); }

    // --- boots ------------------------------------------------------------------------------
    /// Show only the lines of boot segment @p segment (index into bootSegments()); -1: all.
    void setBootOnly(qsizetype segment);
    qsizetype bootOnly() const { return m_scope.bootOnly(); }
    /// Scroll to the first line of boot segment @p segment and make it the current line.
    void jumpToBoot(qsizetype segment);

    // --- position ---------------------------------------------------------------------------
    /// The current line; invalid before the user or the program chose one.
    LineNumber currentLine() const { return m_currentLine; }
    /// Makes @p line current and scrolls so that it is visible (centred when far away).
    void setCurrentLine(LineNumber line);
    bool isFollowing() const { return m_scroller->isFollowing(); }
    /// Lines that arrived while follow was paused.
    qint64 newLineCount() const { return m_scroller->newLineCount(); }

    // --- bookmarks --------------------------------------------------------------------------
    QList<LineNumber> bookmarks() const { return m_bookmarks.lines(); }
    bool isBookmarked(LineNumber line) const { return m_bookmarks.contains(line); }
    void toggleBookmark(LineNumber line);

    // --- selection --------------------------------------------------------------------------
    bool hasSelection() const { return m_selectionControl->hasSelection(); }
    /// The selection as plain text, lines joined by '\n', at most maxCopyLines() rows.
    QString selectedText() const { return m_selectionControl->text(); }
    /// Selects from @p from to @p to (document positions).
    void setSelection(Position from, Position to) { m_selectionControl->set(from, to); }
    static constexpr qint64 maxCopyLines() { return LogSelectionController::maxCopyRows(); }
    /// The document position under viewport point @p pos (invalid when no line is there).
    Position positionAt(QPoint pos) const;

    // --- appearance -------------------------------------------------------------------------
    bool wordWrap() const { return m_appearance->wordWrap(); }
    void setWordWrap(bool wrap);
    /// Font size change in points relative to the base font.
    int zoom() const { return m_appearance->zoom(); }
    void setZoom(int points);
    bool lineNumbersVisible() const { return m_appearance->lineNumbersVisible(); }
    void setLineNumbersVisible(bool visible);
    /// The KSyntaxHighlighting theme by name; empty: the theme that suits the palette.
    void setThemeName(const QString &name);
    QString themeName() const { return m_appearance->themeName(); }
    /// The x where text starts in the viewport (after the line-number gutter).
    int textLeft() const;
    /// Height of one screen line in pixels.
    int lineHeight() const;

    // --- actions ----------------------------------------------------------------------------
    /// The view's command action @p id ("log.find", "log.toggle-bookmark", … as ActionRegistry
    /// lists them; owned by the view, shortcut taken while it has the focus), nullptr for
    /// another id. Menus show these, so a rebound key shows and works the same everywhere.
    QAction *action(const QString &id) const;

public Q_SLOTS:
    void findNext() { m_searchNavigator->step(true); }
    void findPrevious() { m_searchNavigator->step(false); }
    /// Goes to @p oneBasedLine (as shown in the gutter), clamped to the document.
    void goToLine(qint64 oneBasedLine);
    void selectAll() { m_selectionControl->selectAll(); }
    void clearSelection() { m_selectionControl->clear(); }
    /// Copies the selection to the clipboard as plain text.
    void copy();
    /// Jumps to the last line and resumes follow.
    void scrollToEnd();
    void setFollowing(bool follow);
    void toggleBookmarkAtCurrentLine();
    void nextBookmark();
    void previousBookmark();
    void zoomIn() { setZoom(zoom() + 1); }
    void zoomOut() { setZoom(zoom() - 1); }
    void resetZoom() { setZoom(0); }
    void toggleWordWrap() { setWordWrap(!wordWrap()); }

Q_SIGNALS:
    void searchRequested();   ///< the user asked to search (log.find, Ctrl+F)
    void goToLineRequested(); ///< log.go-to-line (Ctrl+G)
    /// The user asked to save the log (log.save, Ctrl+S); the shell writes the file (LogExporter).
    void exportRequested();
    void followingChanged(bool following);
    void newLineCountChanged(qint64 count);
    void currentLineChanged(vcv::LineNumber line);
    /// Search state for a search bar: current match index (-1: none) and matches found so far
    /// (each match, not each matching line), and whether the search is still running with
    /// lines done of total.
    void searchStatusChanged(qint64 currentIndex, qint64 count, bool running, qint64 done, qint64 total);
    void searchError(const QString &message);
    void bookmarksChanged();
    void selectionChanged();
    void wordWrapChanged(bool wrap);
    void zoomChanged(int points);
    /// Rows were added, removed or remapped (filter, boot, document change).
    void rowsChanged();
    /// A message for the status bar ("Copied the first 1,000,000 lines").
    void message(const QString &text);

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    // The mouse is LogMouseInput's.
    void mousePressEvent(QMouseEvent *event) override
    {
        if (!m_mouse->press(event))
            QAbstractScrollArea::mousePressEvent(event);
    }
    void mouseMoveEvent(QMouseEvent *event) override { m_mouse->move(event); }
    void mouseReleaseEvent(QMouseEvent *event) override { m_mouse->release(event); }
    void mouseDoubleClickEvent(QMouseEvent *event) override { m_mouse->doubleClick(event); }
    void wheelEvent(QWheelEvent *event) override
    {
        if (!m_mouse->wheel(event))
            QAbstractScrollArea::wheelEvent(event);
    }
    void scrollContentsBy(int dx, int dy) override;
    void changeEvent(QEvent *event) override;

private:
    void onDocumentReset();
    void onLinesAppended(LineNumber first);
    void onLinesPrepended(qint64 count);

    void rebuildRows();
    void updateScrollBars();
    void keepTopLine(LineNumber topLine);
    void keepCurrentLine(LineNumber line);
    void moveCurrentBy(qint64 rows);
    void updateNewLinesButton();

    void updateFont();
    void applyTheme();

    QPointer<LogDocument> m_document;
    std::unique_ptr<LogSearchController> m_searchControl;
    std::unique_ptr<LogHighlighter> m_highlighter;
    std::unique_ptr<LogLineRenderer> m_renderer;
    std::unique_ptr<LogAppearance> m_appearance; // zoom, wrap, line numbers, theme
    std::unique_ptr<LogScreen> m_screen;         // rows on screen, hit tests, painting
    std::unique_ptr<LogTroubleScanner> m_scanner;
    LogOverviewRuler *m_ruler = nullptr;
    LogNewLinesButton *m_newLinesButton = nullptr;
    LogScroller *m_scroller = nullptr;                    // vertical scrolling and follow
    std::unique_ptr<LogSideScroller> m_sideScroller;      // horizontal scrolling
    LogSelectionController *m_selectionControl = nullptr; // the selection and the mouse making it
    LogSearchNavigator *m_searchNavigator = nullptr;      // status, incremental search, F3
    std::unique_ptr<LogMouseInput> m_mouse;               // clicks, drags, double clicks, Ctrl+wheel

    // rows
    FilterMode m_filterMode = FilterMode::ShowAll;
    LogRowScope m_scope; // the rows: filters and boot
    qint64 m_lineCount = 0;

    LineNumber m_currentLine;

    LogBookmarks m_bookmarks;
};

} // namespace vcv
