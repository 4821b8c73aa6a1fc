// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "bootlog/DecodedLine.h"
#include "bootlog/LineTypes.h"
#include "bootlog/LogDocument.h"
#include "bootlog/SearchQuery.h"

#include <QAbstractScrollArea>
#include <QCache>
#include <QList>
#include <QPointer>
#include <QRegularExpression>
#include <QSet>
#include <QTextLayout>

#include <memory>
#include <set>

class QToolButton;

namespace vcv {

class LogHighlighter;
class LogOverviewRuler;
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
/// Keys: Up/Down/PgUp/PgDn move the current line, Ctrl+Home/Ctrl+End (or Home/End) go to the
/// first/last line (End resumes follow), Left/Right scroll sideways; Ctrl+C copies the
/// selection as plain text, Ctrl+A selects all; Ctrl+F emits searchRequested(), F3/Shift+F3 go
/// to the next/previous match (within a line too), Ctrl+G emits goToLineRequested(); Ctrl+B toggles a bookmark on the
/// current line, F2/Shift+F2 go to the next/previous bookmark; Ctrl++/Ctrl+-/Ctrl+0 zoom; F10
/// toggles word wrap; Ctrl+S emits exportRequested(). The view saves no file: the shell does.
///
/// Ownership: the document is not owned and must outlive the view or be unset first. The view
/// owns its Search, LogHighlighter, LogTroubleScanner and LogOverviewRuler.
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
    struct Position
    {
        qint64 line = -1;
        int column = 0;
        bool isValid() const { return line >= 0; }
        friend auto operator<=>(const Position &, const Position &) = default;
    };

    explicit LogView(QWidget *parent = nullptr);
    ~LogView() override;

    /// Shows @p document (nullptr: nothing). Not owned. Resets search, bookmarks, selection.
    void setDocument(LogDocument *document);
    LogDocument *document() const { return m_document; }

    Search *search() const { return m_search.get(); }
    LogHighlighter *highlighter() const { return m_highlighter.get(); }
    LogTroubleScanner *troubleScanner() const { return m_scanner.get(); }
    LogOverviewRuler *overviewRuler() const { return m_ruler; }

    // --- rows -------------------------------------------------------------------------------
    /// Rows shown (lines after filter and boot restriction).
    qint64 rowCount() const { return m_rowCount; }
    /// The document line of @p row; -1 outside [0, rowCount()).
    qint64 lineForRow(qint64 row) const;
    /// The row that shows @p line, or the first row after it when @p line is filtered out;
    /// rowCount() when there is none.
    qint64 rowForLine(qint64 line) const;
    /// The row at the top of the viewport.
    qint64 topRow() const;
    /// Number of rows that fit in the viewport (at least 1).
    qint64 pageRows() const;

    // --- search -----------------------------------------------------------------------------
    /// Starts searching for @p query (an empty pattern clears). Returns false and emits
    /// searchError() for an invalid regular expression; the previous results are then dropped.
    bool setSearchQuery(const SearchQuery &query);
    SearchQuery searchQuery() const { return m_query; }
    /// Why the last query was refused ("" when it was not).
    QString searchErrorString() const { return m_searchError; }
    /// Matches found so far (a line with three hits counts three).
    qint64 matchCount() const { return m_matchCount; }
    /// Index of the current match among all matches in document order, -1 when there is none.
    qint64 currentMatchIndex() const;
    /// The line of the current match (-1: none) and which match of that line it is.
    qint64 currentMatchLine() const { return m_currentMatchLine; }
    int currentMatchInLine() const { return m_currentMatchInLine; }
    /// The matching lines found so far, sorted.
    const QList<LineNumber> &matchLines() const { return m_matches; }
    void setFilterMode(FilterMode mode);
    FilterMode filterMode() const { return m_filterMode; }

    // --- boots ------------------------------------------------------------------------------
    /// Show only the lines of boot segment @p segment (index into bootSegments()); -1: all.
    void setBootOnly(qsizetype segment);
    qsizetype bootOnly() const { return m_bootOnly; }
    /// Scroll to the first line of boot segment @p segment and make it the current line.
    void jumpToBoot(qsizetype segment);

    // --- position ---------------------------------------------------------------------------
    qint64 currentLine() const { return m_currentLine; }
    /// Makes @p line current and scrolls so that it is visible (centred when far away).
    void setCurrentLine(qint64 line);
    bool isFollowing() const { return m_follow; }
    /// Lines that arrived while follow was paused.
    qint64 newLineCount() const { return m_newLines; }

    // --- bookmarks --------------------------------------------------------------------------
    QList<qint64> bookmarks() const;
    bool isBookmarked(qint64 line) const { return m_bookmarks.contains(line); }
    void toggleBookmark(qint64 line);

    // --- selection --------------------------------------------------------------------------
    bool hasSelection() const { return m_anchor.isValid() && m_anchor != m_cursor; }
    /// The selection as plain text, lines joined by '\n', at most maxCopyLines() rows.
    QString selectedText() const;
    /// Selects from @p from to @p to (document positions).
    void setSelection(Position from, Position to);
    static constexpr qint64 maxCopyLines() { return 1'000'000; }
    /// The document position under viewport point @p pos (invalid when no line is there).
    Position positionAt(QPoint pos) const;

    // --- appearance -------------------------------------------------------------------------
    bool wordWrap() const { return m_wordWrap; }
    void setWordWrap(bool wrap);
    /// Font size change in points relative to the base font.
    int zoom() const { return m_zoom; }
    void setZoom(int points);
    bool lineNumbersVisible() const { return m_lineNumbers; }
    void setLineNumbersVisible(bool visible);
    /// The KSyntaxHighlighting theme by name; empty: the theme that suits the palette.
    void setThemeName(const QString &name);
    QString themeName() const { return m_themeName; }
    /// The x where text starts in the viewport (after the line-number gutter).
    int textLeft() const;
    /// Height of one screen line in pixels.
    int lineHeight() const;

public Q_SLOTS:
    void findNext();
    void findPrevious();
    /// Goes to @p oneBasedLine (as shown in the gutter), clamped to the document.
    void goToLine(qint64 oneBasedLine);
    void selectAll();
    void clearSelection();
    /// Copies the selection to the clipboard as plain text.
    void copy();
    /// Jumps to the last line and resumes follow.
    void scrollToEnd();
    void setFollowing(bool follow);
    void toggleBookmarkAtCurrentLine();
    void nextBookmark();
    void previousBookmark();
    void zoomIn() { setZoom(m_zoom + 1); }
    void zoomOut() { setZoom(m_zoom - 1); }
    void resetZoom() { setZoom(0); }
    void toggleWordWrap() { setWordWrap(!m_wordWrap); }

Q_SIGNALS:
    void searchRequested();
    void goToLineRequested();
    /// The user asked to save the log (Ctrl+S); the shell writes the file (LogExporter).
    void exportRequested();
    void followingChanged(bool following);
    void newLineCountChanged(qint64 count);
    void currentLineChanged(qint64 line);
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
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void scrollContentsBy(int dx, int dy) override;
    void changeEvent(QEvent *event) override;
    bool viewportEvent(QEvent *event) override;

private:
    struct LineLayout
    {
        DecodedLine decoded;
        QTextLayout layout;
        qreal height = 0;
        qreal width = 0;
        quint64 searchGeneration = 0;
        QList<QTextLayout::FormatRange> matches; // search matches in this line
    };
    struct VisibleRow
    {
        qint64 row;
        qint64 line;
        int y;
        int height;
    };

    void onDocumentReset();
    void onLinesAppended(LineNumber first);
    void onLinesPrepended(qint64 count);
    void onMatchesChanged();
    void onSearchFinished();
    void emitSearchStatus();

    void rebuildRows();
    qint64 globalRowCount() const;
    qint64 globalRowForLine(qint64 line) const;
    qint64 lineForGlobalRow(qint64 row) const;
    void updateScrollBars();
    qint64 maxTopRow() const;
    void setTopRow(qint64 row);
    void ensureRowVisible(qint64 row, bool centre);
    void moveCurrentBy(qint64 rows);
    void goToMatch(bool forward);
    void setCurrentMatch(qint64 line, int indexInLine);
    void ensureMatchVisible();
    void setFollowInternal(bool follow);
    void updateNewLinesButton();

    LineLayout *layoutFor(qint64 line);
    QString lineText(qint64 line) const;
    void invalidateLayouts();
    void updateFont();
    void applyTheme();
    QColor termColor(const TermColor &color, bool foreground) const;
    QList<VisibleRow> visibleRows() const;
    int gutterWidth() const;
    int textAreaWidth() const;
    void autoScrollForSelection(QPoint pos);

    QPointer<LogDocument> m_document;
    std::unique_ptr<Search> m_search;
    std::unique_ptr<LogHighlighter> m_highlighter;
    std::unique_ptr<LogTroubleScanner> m_scanner;
    LogOverviewRuler *m_ruler = nullptr;
    QToolButton *m_newLinesButton = nullptr;

    mutable QCache<qint64, LineLayout> m_layouts;
    qint64 m_pendingLine = -1; // line being laid out: the highlighter's provider reads m_pendingText
    QString m_pendingText;

    // rows
    FilterMode m_filterMode = FilterMode::ShowAll;
    qsizetype m_bootOnly = -1;
    // Where the boot m_bootOnly shows begins: how it is found again when history is put in front
    // (its index moves by the boots in front, its line by the lines).
    qint64 m_bootOnlyLine = -1;
    QList<LineNumber> m_matches; // sorted matching lines (snapshot of the Search)
    qint64 m_rowBase = 0;        // first row of the boot range in the filter's row space
    qint64 m_rowCount = 0;
    qint64 m_lineCount = 0;

    // search
    SearchQuery m_query;
    QRegularExpression m_searchRegex;
    QString m_searchError;
    quint64 m_searchGeneration = 1;
    qint64 m_matchCount = 0;
    qint64 m_currentMatchLine = -1; // the current match: its line and which match of the line
    int m_currentMatchInLine = 0;
    bool m_jumpToFirstMatch = false; // make the first match found current (incremental search)
    int m_pendingFind = 0;           // next (1) / previous (-1) asked before any match was found

    // position and follow
    qint64 m_currentLine = -1;
    bool m_follow = true;
    qint64 m_newLines = 0;
    int m_updatingScroll = 0; // >0 while the view itself moves the scroll bars
    int m_hOffset = 0;
    qreal m_maxWidth = 0;

    std::set<qint64> m_bookmarksSorted;
    QSet<qint64> m_bookmarks;

    // selection
    Position m_anchor;
    Position m_cursor;
    bool m_selecting = false;

    // appearance
    bool m_wordWrap = false;
    bool m_lineNumbers = true;
    int m_zoom = 0;
    QString m_themeName;
    bool m_dark = false;
    QFont m_font;
    QFont m_boldFont;
    int m_lineHeight = 16;
    int m_charWidth = 8;
    QColor m_background, m_foreground, m_gutterBackground, m_gutterForeground, m_currentLineColor,
        m_matchColor, m_currentMatchColor, m_selectionColor, m_selectionText, m_bookmarkColor, m_markerColor;
};

} // namespace vcv
