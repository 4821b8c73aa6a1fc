// SPDX-FileCopyrightText: 2026 The virt-console-viewer developers
// SPDX-License-Identifier: GPL-2.0-or-later
// LogView and its pane: what is painted (pixels of highlighted and ANSI-coloured text), keyboard
// navigation, the search flow through the search bar, filters, follow while lines are appended,
// boots, the overview ruler, and a 3-million-line document that opens and scrolls.

#include "LineLists.h"
#include "OpenDocument.h"
#include "RemoteCopyFixture.h"
#include "bootlog/LogDocument.h"
#include "bootlog/LogTroubleScanner.h"
#include "bootlog/Search.h"
#include "widgets/BootListModel.h"
#include "widgets/BootListView.h"
#include "widgets/LogGoToLineBar.h"
#include "widgets/LogHighlighter.h"
#include "widgets/LogOverviewRuler.h"
#include "widgets/LogPane.h"
#include "widgets/LogSearchBar.h"
#include "widgets/LogSyntax.h"
#include "widgets/LogView.h"

#include <KSyntaxHighlighting/Theme>

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QFile>
#include <QFontDatabase>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QScreen>
#include <QScrollBar>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

#include <algorithm>

using namespace Qt::StringLiterals;
using vcv::LogView;
using vcv::test::openDocument;
using vcv::test::openDocumentFiles;

namespace {

void writeFile(const QString &path, const QByteArray &bytes, QIODevice::OpenMode mode = QIODevice::WriteOnly)
{
    QFile file(path);
    QVERIFY2(file.open(mode), qPrintable(file.errorString()));
    QCOMPARE(file.write(bytes), bytes.size());
}

QByteArray numberedLines(qint64 from, qint64 count, const QByteArray &prefix = "line "_ba)
{
    QByteArray out;
    for (qint64 i = from; i < from + count; ++i)
        out += prefix + QByteArray::number(i) + '\n';
    return out;
}

// Pixels of @p image inside @p rect whose colour is within @p tolerance of @p colour.
int countColour(const QImage &image, const QRect &rect, const QColor &colour, int tolerance = 24)
{
    int n = 0;
    const QRect r = rect.intersected(image.rect());
    for (int y = r.top(); y <= r.bottom(); ++y) {
        for (int x = r.left(); x <= r.right(); ++x) {
            const QColor c = image.pixelColor(x, y);
            if (qAbs(c.red() - colour.red()) <= tolerance && qAbs(c.green() - colour.green()) <= tolerance &&
                qAbs(c.blue() - colour.blue()) <= tolerance)
                ++n;
        }
    }
    return n;
}

// Colours as a person names them, independent of the exact values LogView paints with: a clear,
// saturated hue (HSV hue in degrees; anti-aliased and greyish pixels are none of them).
bool isSaturated(const QColor &c)
{
    return c.hsvSaturation() > 150 && c.value() > 100;
}
bool isRed(const QColor &c)
{
    return isSaturated(c) && (c.hsvHue() <= 10 || c.hsvHue() >= 350);
}
bool isOrange(const QColor &c)
{
    return isSaturated(c) && c.hsvHue() >= 20 && c.hsvHue() <= 45;
}
bool isBlue(const QColor &c)
{
    return isSaturated(c) && c.hsvHue() >= 200 && c.hsvHue() <= 240;
}

// Pixels of @p image inside @p rect for which @p is holds.
int countPixels(const QImage &image, const QRect &rect, bool (*is)(const QColor &))
{
    int n = 0;
    const QRect r = rect.intersected(image.rect());
    for (int y = r.top(); y <= r.bottom(); ++y) {
        for (int x = r.left(); x <= r.right(); ++x)
            n += is(image.pixelColor(x, y)) ? 1 : 0;
    }
    return n;
}

// Pixels of text row @p row of @p view's viewport image, columns [from, to), that differ from
// that row's own background (read at column 45, past the end of the lines of these tests): the
// ink of the characters shown there.
int inkInColumns(const LogView &view, const QImage &image, int row, int from, int to)
{
    // Fractional: over 40 columns a rounded advance would drift by a column.
    const qreal cw = QFontMetricsF(QFontDatabase::systemFont(QFontDatabase::FixedFont)).horizontalAdvance(u'0');
    const int y = row * view.lineHeight();
    const QColor background = image.pixelColor(view.textLeft() + qRound(45 * cw), y + view.lineHeight() / 2);
    const int left = view.textLeft() + qRound(from * cw);
    const QRect rect(left, y, view.textLeft() + qRound(to * cw) - left, view.lineHeight());
    return rect.intersected(image.rect()).width() * rect.intersected(image.rect()).height() -
        countColour(image, rect, background, 24);
}

} // namespace

class TestLogView : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void highlightedFailedIsPainted();
    void ansiColoursWinOverHighlighting();
    void keyboardNavigation();
    void selectionAndCopy();
    void searchFlow();
    void searchStepsThroughEveryMatch();
    void badRegexIsExplained();
    void filterModes();
    void followWhileLinesAreAppended();
    void keepsItsPlaceWhileTheHistoryArrivesInParts();
    void bookmarksStayOnTheirLinesWhileTheHistoryArrives();
    void searchStatusSaysWhenTheHistoryIsIn();
    void thisBootOnlyStaysOnItsBootWhileTheHistoryArrives();
    void bootsListAndThisBootOnly();
    void overviewRulerShowsTrouble();
    void scrollingByFewRowsPaintsLikeAFullPaint();
    void wrapAndZoom();
    void threeMillionLines();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString path(const QString &name) const { return m_dir->filePath(name); }
};

void TestLogView::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestLogView::highlightedFailedIsPainted()
{
    const QString file = path(u"failed.log"_s);
    writeFile(file,
              "plain first line\n"
              "[  OK  ] Started systemd-journald.service - Journal Service.\n"
              "[FAILED] Failed to start nginx.service - A high performance web server.\n"
              "another plain line\n"_ba);
    vcv::LogDocument doc;
    QVERIFY(openDocumentFiles(doc, {file}));
    LogView view;
    view.setThemeName(u"Breeze Light"_s);
    view.resize(900, 300);
    view.setDocument(&doc);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QCOMPARE(view.rowCount(), 4);
    QCOMPARE(view.topRow().get(), 0);

    const auto theme = vcv::LogSyntax::themeByName(u"Breeze Light"_s);
    const QColor alertBackground = QColor::fromRgba(theme.backgroundColor(KSyntaxHighlighting::Theme::Alert));
    const QColor okText = QColor::fromRgba(theme.textColor(KSyntaxHighlighting::Theme::Others));
    QVERIFY(alertBackground.isValid());

    const QImage image = view.grab().toImage();
    const int lh = view.lineHeight();
    const int left = view.textLeft();
    const int cw = QFontMetrics(QFontDatabase::systemFont(QFontDatabase::FixedFont)).horizontalAdvance(u'0');
    // "[FAILED]" is row 2, columns 0..7: its background is the Alert background.
    const QRect failed(left, 2 * lh, 8 * cw, lh);
    const int alertPixels = countColour(image, failed, alertBackground, 6);
    QVERIFY2(alertPixels > failed.width() * failed.height() / 3, qPrintable(QString::number(alertPixels)));
    // The plain line has no Alert background; the columns after "[FAILED] " neither (Error style).
    QCOMPARE(countColour(image, QRect(left, 3 * lh, 8 * cw, lh), alertBackground, 6), 0);
    QCOMPARE(countColour(image, QRect(left, 0, 8 * cw, lh), alertBackground, 6), 0);
    // "[  OK  ]" (row 1) has text in the theme's "Others" green.
    QVERIFY(countColour(image, QRect(left, lh, 8 * cw, lh), okText, 30) > 5);
    QCOMPARE(countColour(image, QRect(left, 0, 8 * cw, lh), okText, 30), 0);
    // Only the lines on screen were highlighted.
    QVERIFY(view.highlighter()->highlightedLineCount() <= 4);
}

void TestLogView::ansiColoursWinOverHighlighting()
{
    const QString file = path(u"ansi.log"_s);
    // systemd's own colours: green OK, red FAILED; and a blue word in a plain line.
    writeFile(file,
              "[\x1b[0;32m  OK  \x1b[0m] Started a.service.\n"
              "[\x1b[0;1;31mFAILED\x1b[0m] Failed to start b.service.\n"
              "plain \x1b[34mBLUEBLUEBLUE\x1b[0m text\n"_ba);
    vcv::LogDocument doc;
    QVERIFY(openDocumentFiles(doc, {file}));
    LogView view;
    view.setThemeName(u"Breeze Light"_s);
    view.resize(900, 200);
    view.setDocument(&doc);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QCOMPARE(doc.line(vcv::LineNumber(2)).text, u"plain BLUEBLUEBLUE text"_s);

    const QImage image = view.grab().toImage();
    const int lh = view.lineHeight();
    const int left = view.textLeft();
    const int cw = QFontMetrics(QFontDatabase::systemFont(QFontDatabase::FixedFont)).horizontalAdvance(u'0');
    // ESC[34m is blue and ESC[31m red on any terminal palette: that is what must be seen.
    QVERIFY(countPixels(image, QRect(left + 6 * cw, 2 * lh, 12 * cw, lh), isBlue) > 10);
    QCOMPARE(countPixels(image, QRect(left, 2 * lh, 6 * cw, lh), isBlue), 0);
    // "FAILED" keeps the guest's red text over the highlighting's Alert background.
    QVERIFY(countPixels(image, QRect(left + cw, lh, 6 * cw, lh), isRed) > 10);
}

void TestLogView::keyboardNavigation()
{
    const QString file = path(u"keys.log"_s);
    writeFile(file, numberedLines(0, 1000));
    vcv::LogDocument doc;
    QVERIFY(openDocumentFiles(doc, {file}));
    LogView view;
    view.resize(600, 20 * QFontMetrics(QFontDatabase::systemFont(QFontDatabase::FixedFont)).lineSpacing() + 10);
    view.setDocument(&doc);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.setFocus();
    QCOMPARE(view.rowCount(), 1000);
    // Opens at the end, following.
    QVERIFY(view.isFollowing());
    QCOMPARE(view.topRow().get(), view.verticalScrollBar()->maximum());
    QVERIFY(view.topRow().get() > 900);

    QSignalSpy follow(&view, &LogView::followingChanged);
    QTest::keyClick(&view, Qt::Key_Home);
    QCOMPARE(view.currentLine().get(), 0);
    QCOMPARE(view.topRow().get(), 0);
    QVERIFY(!view.isFollowing());
    QCOMPARE(follow.size(), 1);

    QTest::keyClick(&view, Qt::Key_Down);
    QTest::keyClick(&view, Qt::Key_Down);
    QTest::keyClick(&view, Qt::Key_Down);
    QCOMPARE(view.currentLine().get(), 3);
    QTest::keyClick(&view, Qt::Key_Up);
    QCOMPARE(view.currentLine().get(), 2);
    const qint64 page = view.pageRows();
    QVERIFY(page >= 15);
    QTest::keyClick(&view, Qt::Key_PageDown);
    QCOMPARE(view.currentLine().get(), 2 + page);
    QVERIFY(view.currentLine().get() >= view.topRow().get() && view.currentLine().get() < view.topRow().get() + page);
    QTest::keyClick(&view, Qt::Key_PageDown);
    QTest::keyClick(&view, Qt::Key_PageDown);
    QCOMPARE(view.currentLine().get(), 2 + 3 * page);
    QVERIFY(view.currentLine().get() < view.topRow().get() + page); // the view followed the current line

    // Ctrl+G asks for the go-to bar; goToLine() takes the 1-based number shown in the gutter.
    QSignalSpy goTo(&view, &LogView::goToLineRequested);
    QTest::keyClick(&view, Qt::Key_G, Qt::ControlModifier);
    QCOMPARE(goTo.size(), 1);
    view.goToLine(500);
    QCOMPARE(view.currentLine().get(), 499);
    QVERIFY(499 >= view.topRow().get() && 499 < view.topRow().get() + page);

    // Bookmarks: Ctrl+B toggles, F2 / Shift+F2 walk them, wrapping around.
    QTest::keyClick(&view, Qt::Key_B, Qt::ControlModifier);
    view.goToLine(101);
    QTest::keyClick(&view, Qt::Key_B, Qt::ControlModifier);
    QCOMPARE(vcv::test::plainLines(view.bookmarks()), (QList<qint64>{100, 499}));
    view.goToLine(1);
    QTest::keyClick(&view, Qt::Key_F2);
    QCOMPARE(view.currentLine().get(), 100);
    QTest::keyClick(&view, Qt::Key_F2);
    QCOMPARE(view.currentLine().get(), 499);
    QTest::keyClick(&view, Qt::Key_F2);
    QCOMPARE(view.currentLine().get(), 100);
    QTest::keyClick(&view, Qt::Key_F2, Qt::ShiftModifier);
    QCOMPARE(view.currentLine().get(), 499);
    QTest::keyClick(&view, Qt::Key_B, Qt::ControlModifier);
    QCOMPARE(vcv::test::plainLines(view.bookmarks()), (QList<qint64>{100}));

    // End jumps to the last line and follows again.
    QTest::keyClick(&view, Qt::Key_End);
    QCOMPARE(view.currentLine().get(), 999);
    QVERIFY(view.isFollowing());
    QCOMPARE(view.topRow().get(), view.verticalScrollBar()->maximum());

    // Ctrl+F and Ctrl+S are requests to the shell.
    QSignalSpy find(&view, &LogView::searchRequested);
    QSignalSpy save(&view, &LogView::exportRequested);
    QTest::keyClick(&view, Qt::Key_F, Qt::ControlModifier);
    QTest::keyClick(&view, Qt::Key_S, Qt::ControlModifier);
    QCOMPARE(find.size(), 1);
    QCOMPARE(save.size(), 1);
}

void TestLogView::selectionAndCopy()
{
    const QString file = path(u"select.log"_s);
    writeFile(file, "first line\nsecond \x1b[31mred\x1b[0m line\nthird\n"_ba);
    vcv::LogDocument doc;
    QVERIFY(openDocumentFiles(doc, {file}));
    LogView view;
    view.resize(600, 200);
    view.setDocument(&doc);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.setFocus();

    QTest::keyClick(&view, Qt::Key_A, Qt::ControlModifier);
    QVERIFY(view.hasSelection());
    // Plain text: the escape sequences are not copied.
    QCOMPARE(view.selectedText(), u"first line\nsecond red line\nthird"_s);
    QTest::keyClick(&view, Qt::Key_C, Qt::ControlModifier);
    QCOMPARE(QApplication::clipboard()->text(), u"first line\nsecond red line\nthird"_s);

    // A drag from "line" of line 1 to "red" of line 2.
    const int lh = view.lineHeight();
    const int cw = QFontMetrics(QFontDatabase::systemFont(QFontDatabase::FixedFont)).horizontalAdvance(u'0');
    const int left = view.textLeft();
    QTest::mousePress(view.viewport(), Qt::LeftButton, {}, QPoint(left + 6 * cw + 1, lh / 2));
    QTest::mouseMove(view.viewport(), QPoint(left + 10 * cw + 1, lh + lh / 2));
    QTest::mouseRelease(view.viewport(), Qt::LeftButton, {}, QPoint(left + 10 * cw + 1, lh + lh / 2));
    QCOMPARE(view.selectedText(), u"line\nsecond red"_s);

    // Double click selects a word.
    QTest::mouseDClick(view.viewport(), Qt::LeftButton, {}, QPoint(left + 8 * cw + 2, lh + lh / 2));
    QCOMPARE(view.selectedText(), u"red"_s);
    QTest::keyClick(&view, Qt::Key_Escape);
    QVERIFY(!view.hasSelection());

    // A click in the gutter toggles a bookmark.
    QTest::mouseClick(view.viewport(), Qt::LeftButton, {}, QPoint(3, 2 * lh + lh / 2));
    QCOMPARE(vcv::test::plainLines(view.bookmarks()), QList<qint64>{2});
}

void TestLogView::searchFlow()
{
    const QString file = path(u"search.log"_s);
    QByteArray bytes;
    for (int i = 0; i < 300; ++i) {
        if (i == 40 || i == 150 || i == 260)
            bytes += "[FAILED] Failed to start unit" + QByteArray::number(i) + ".service.\n";
        else
            bytes += "[  OK  ] Started unit" + QByteArray::number(i) + ".service.\n";
    }
    writeFile(file, bytes);
    vcv::LogDocument doc;
    QVERIFY(openDocumentFiles(doc, {file}));
    vcv::LogPane pane;
    pane.resize(900, 400);
    pane.setDocument(&doc);
    pane.show();
    QVERIFY(QTest::qWaitForWindowExposed(&pane));
    LogView *view = pane.view();
    vcv::LogSearchBar *bar = pane.searchBar();
    QVERIFY(bar->isHidden());
    view->setFocus();
    QTest::keyClick(view, Qt::Key_Home);

    // Ctrl+F opens the bar with the focus in the field.
    QTest::keyClick(view, Qt::Key_F, Qt::ControlModifier);
    QVERIFY(bar->isVisible());
    QTRY_VERIFY(bar->lineEdit()->hasFocus());
    QTest::keyClicks(bar->lineEdit(), u"failed to"_s);
    // Searching starts after a typing pause; results arrive while it runs.
    QTRY_COMPARE(view->matchCount(), 3);
    QTRY_VERIFY(!view->search()->isRunning());
    // Incremental: the first match below the top of the screen became current.
    QTRY_COMPARE(bar->statusText(), u"1 of 3"_s);
    QCOMPARE(view->currentLine().get(), 40);

    // Enter / F3 next, Shift+Enter / Shift+F3 previous, wrapping.
    QTest::keyClick(bar->lineEdit(), Qt::Key_Return);
    QCOMPARE(view->currentLine().get(), 150);
    QCOMPARE(bar->statusText(), u"2 of 3"_s);
    QTest::keyClick(bar->lineEdit(), Qt::Key_F3);
    QCOMPARE(view->currentLine().get(), 260);
    QCOMPARE(bar->statusText(), u"3 of 3"_s);
    QTest::keyClick(bar->lineEdit(), Qt::Key_Return);
    QCOMPARE(view->currentLine().get(), 40);
    QCOMPARE(bar->statusText(), u"1 of 3"_s);
    QTest::keyClick(bar->lineEdit(), Qt::Key_Return, Qt::ShiftModifier);
    QCOMPARE(view->currentLine().get(), 260);
    QTest::keyClick(bar->lineEdit(), Qt::Key_F3, Qt::ShiftModifier);
    QCOMPARE(view->currentLine().get(), 150);
    // F3 in the view itself too.
    view->setFocus();
    QTest::keyClick(view, Qt::Key_F3);
    QCOMPARE(view->currentLine().get(), 260);

    // Case and whole-word toggles.
    bar->findChild<QToolButton *>(u"caseToggle"_s)->click();
    QTRY_VERIFY(!view->search()->isRunning());
    QTRY_COMPARE(bar->statusText(), u"no match"_s); // "Failed to", not "failed to"
    bar->findChild<QToolButton *>(u"caseToggle"_s)->click();
    bar->lineEdit()->setText(u"unit4"_s);
    bar->searchNow();
    QTRY_VERIFY(!view->search()->isRunning());
    QTRY_COMPARE(view->matchCount(), 11); // unit4, unit40..49
    bar->findChild<QToolButton *>(u"wordToggle"_s)->click();
    QTRY_VERIFY(!view->search()->isRunning());
    QTRY_COMPARE(view->matchCount(), 1);

    // Escape closes the bar, drops the highlights, gives the focus back.
    QTest::keyClick(bar->lineEdit(), Qt::Key_Escape);
    QVERIFY(bar->isHidden());
    QVERIFY(view->searchQuery().isEmpty());
    QCOMPARE(view->matchCount(), 0);
}

// A run of one colour along a pixel row: a filled span such as a match's highlight.
struct Fill
{
    int left = 0;
    int width = 0;
    QColor colour;
};

bool sameColour(const QColor &a, const QColor &b, int tolerance = 8)
{
    return qAbs(a.red() - b.red()) <= tolerance && qAbs(a.green() - b.green()) <= tolerance &&
        qAbs(a.blue() - b.blue()) <= tolerance;
}

// The filled spans of the text row of @p line, at least a few pixels wide: runs of one colour,
// other than the row's background (its most common colour: the lines here are short; put in
// @p background), along a pixel row just inside the line's top, above the glyphs.
QList<Fill> fillsOf(LogView &view, qint64 line, QColor *background = nullptr)
{
    const QImage image = view.viewport()->grab().toImage();
    const int y = int(line - view.topRow().get()) * view.lineHeight() + 1;
    QList<Fill> runs;
    for (int x = view.textLeft(); x < image.width(); ++x) {
        const QColor c = image.pixelColor(x, y);
        if (!runs.isEmpty() && sameColour(runs.last().colour, c))
            ++runs.last().width;
        else
            runs.append({x, 1, c});
    }
    QList<Fill> fills;
    if (runs.isEmpty())
        return fills;
    const auto widest =
        std::max_element(runs.cbegin(), runs.cend(), [](const Fill &a, const Fill &b) { return a.width < b.width; });
    if (background)
        *background = widest->colour;
    for (const Fill &run : std::as_const(runs)) {
        if (run.width >= 4 && !sameColour(run.colour, widest->colour))
            fills.append(run);
    }
    return fills;
}

// The leftmost x of the current match's highlight in the text row of @p line (-1: none): the one
// fill of the row whose colour is not @p ordinary, the fill of the matches that are not current.
// (Which colours those are is the theme's and the renderer's; what the user must see is that the
// current match stands out from the other matches and from the text around them.)
int currentMatchX(LogView &view, qint64 line, const QColor &ordinary)
{
    int x = -1;
    for (const Fill &fill : fillsOf(view, line)) {
        if (sameColour(fill.colour, ordinary))
            continue;
        if (x >= 0)
            return -2; // two current matches
        x = fill.left;
    }
    return x;
}

void TestLogView::searchStepsThroughEveryMatch()
{
    const QString file = path(u"matches.log"_s);
    writeFile(file,
              "nothing here\n"
              "[   1.0] error: one error, then another error\n"
              "fine\n"
              "last error\n"_ba);
    vcv::LogDocument doc;
    QVERIFY(openDocumentFiles(doc, {file}));
    vcv::LogPane pane;
    pane.resize(900, 300);
    pane.setDocument(&doc);
    pane.show();
    QVERIFY(QTest::qWaitForWindowExposed(&pane));
    LogView *view = pane.view();
    vcv::LogSearchBar *bar = pane.searchBar();
    view->setFocus();
    QTest::keyClick(view, Qt::Key_Home);
    bar->activate();
    bar->lineEdit()->setText(u"error"_s);
    bar->searchNow();
    QTRY_VERIFY(!view->search()->isRunning());
    // Four matches on two lines: counted one by one.
    QTRY_COMPARE(view->matchCount(), 4);
    QCOMPARE(view->matchLines().size(), 2);
    QTRY_COMPARE(bar->statusText(), u"4 found"_s);
    // No match is current yet: line 1 shows its three matches filled alike, in a colour of their own.
    const QList<Fill> matches = fillsOf(*view, 1);
    QCOMPARE(matches.size(), 3);
    const QColor ordinary = matches.first().colour;
    QVERIFY(sameColour(matches.at(1).colour, ordinary) && sameColour(matches.at(2).colour, ordinary));
    QVERIFY(matches.at(0).left < matches.at(1).left && matches.at(1).left < matches.at(2).left);
    QCOMPARE(currentMatchX(*view, 1, ordinary), -1);
    QTest::keyClick(bar->lineEdit(), Qt::Key_Return); // from the current line 0
    QCOMPARE(bar->statusText(), u"1 of 4"_s);
    QCOMPARE(view->currentLine().get(), 1);
    QCOMPARE(view->currentMatchInLine(), 0);

    // Next steps through the matches of line 1 before it leaves it; each is painted as the
    // current one in turn (its highlight moves right).
    const int x0 = currentMatchX(*view, 1, ordinary);
    QCOMPARE(x0, matches.at(0).left);
    // Its text shows on it: inside the highlight, the glyphs' pixels are neither its colour nor
    // the line's background.
    {
        QColor background;
        const Fill current = fillsOf(*view, 1, &background).at(0);
        const QImage image = view->viewport()->grab().toImage();
        const int top = int(1 - view->topRow().get()) * view->lineHeight();
        int glyphPixels = 0;
        for (int y = top; y < top + view->lineHeight(); ++y) {
            for (int x = current.left; x < current.left + current.width; ++x) {
                const QColor c = image.pixelColor(x, y);
                glyphPixels += !sameColour(c, current.colour, 60) && !sameColour(c, background, 60) ? 1 : 0;
            }
        }
        QVERIFY2(glyphPixels >= current.width, qPrintable(QString::number(glyphPixels)));
    }
    QTest::keyClick(bar->lineEdit(), Qt::Key_Return);
    QCOMPARE(bar->statusText(), u"2 of 4"_s);
    QCOMPARE(view->currentLine().get(), 1);
    QCOMPARE(view->currentMatchInLine(), 1);
    const int x1 = currentMatchX(*view, 1, ordinary);
    QCOMPARE(x1, matches.at(1).left);
    QTest::keyClick(bar->lineEdit(), Qt::Key_F3);
    QCOMPARE(bar->statusText(), u"3 of 4"_s);
    const int x2 = currentMatchX(*view, 1, ordinary);
    QCOMPARE(x2, matches.at(2).left);
    QTest::keyClick(bar->lineEdit(), Qt::Key_Return);
    QCOMPARE(bar->statusText(), u"4 of 4"_s);
    QCOMPARE(view->currentLine().get(), 3);
    QCOMPARE(currentMatchX(*view, 1, ordinary), -1); // only one match is current
    QVERIFY(currentMatchX(*view, 3, ordinary) > 0);
    // Wrapping, and backwards into the last match of a line.
    QTest::keyClick(bar->lineEdit(), Qt::Key_Return);
    QCOMPARE(bar->statusText(), u"1 of 4"_s);
    QCOMPARE(view->currentMatchInLine(), 0);
    QTest::keyClick(bar->lineEdit(), Qt::Key_Return, Qt::ShiftModifier);
    QCOMPARE(bar->statusText(), u"4 of 4"_s);
    QTest::keyClick(bar->lineEdit(), Qt::Key_Return, Qt::ShiftModifier);
    QCOMPARE(bar->statusText(), u"3 of 4"_s);
    QCOMPARE(view->currentLine().get(), 1);
    QCOMPARE(view->currentMatchInLine(), 2);
    QCOMPARE(currentMatchX(*view, 1, ordinary), x2);

    // Moving to another line first: Next goes on from there, to the next matching line.
    view->setCurrentLine(vcv::LineNumber(2));
    view->findNext();
    QCOMPARE(bar->statusText(), u"4 of 4"_s);
}

void TestLogView::badRegexIsExplained()
{
    const QString file = path(u"regex.log"_s);
    writeFile(file, numberedLines(0, 10));
    vcv::LogDocument doc;
    QVERIFY(openDocumentFiles(doc, {file}));
    vcv::LogPane pane;
    pane.setDocument(&doc);
    pane.show();
    QVERIFY(QTest::qWaitForWindowExposed(&pane));
    vcv::LogSearchBar *bar = pane.searchBar();
    bar->activate();
    bar->findChild<QToolButton *>(u"regexToggle"_s)->click();
    QSignalSpy errors(pane.view(), &LogView::searchError);
    bar->lineEdit()->setText(u"line (1"_s);
    bar->searchNow();
    QCOMPARE(errors.size(), 1);
    QVERIFY2(bar->errorText().contains(u"character 8"_s), qPrintable(bar->errorText()));
    QVERIFY(bar->errorText().contains(u"missing"_s, Qt::CaseInsensitive) || bar->errorText().contains(u"parenthes"_s));
    QCOMPARE(bar->statusText(), u"invalid"_s);
    // Fixing it clears the message.
    bar->lineEdit()->setText(u"line (1)"_s);
    bar->searchNow();
    QVERIFY(bar->errorText().isEmpty());
    QTRY_COMPARE(pane.view()->matchCount(), 1);
    // With "whole words" the message still refers to what the user typed (PCRE2 reports an
    // unterminated class at the end of the pattern), not to the wrapped pattern.
    bar->findChild<QToolButton *>(u"wordToggle"_s)->click();
    bar->lineEdit()->setText(u"li[ne"_s);
    bar->searchNow();
    QVERIFY2(bar->errorText().contains(u"character 6: missing terminating ]"_s), qPrintable(bar->errorText()));
}

void TestLogView::filterModes()
{
    const QString file = path(u"filter.log"_s);
    QByteArray bytes;
    for (int i = 0; i < 100; ++i)
        bytes += (i % 10 == 3 ? "match " : "other ") + QByteArray::number(i) + '\n';
    writeFile(file, bytes);
    vcv::LogDocument doc;
    QVERIFY(openDocumentFiles(doc, {file}));
    LogView view;
    view.resize(600, 300);
    view.setDocument(&doc);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QVERIFY(view.setSearchQuery({u"match"_s, false, false, false}));
    QTRY_COMPARE(view.matchCount(), 10);
    QTRY_VERIFY(!view.search()->isRunning());

    view.setFilterMode(LogView::FilterMode::OnlyMatching);
    QCOMPARE(view.rowCount(), 10);
    for (int r = 0; r < 10; ++r)
        QCOMPARE(view.lineForRow(vcv::RowIndex(r)).get(), 10 * r + 3);
    QCOMPARE(view.rowForLine(vcv::LineNumber(23)).get(), 2);
    QCOMPARE(view.rowForLine(vcv::LineNumber(24)).get(), 3); // filtered out: the next row

    view.setFilterMode(LogView::FilterMode::HideMatching);
    QCOMPARE(view.rowCount(), 90);
    QCOMPARE(view.lineForRow(vcv::RowIndex(0)).get(), 0);
    QCOMPARE(view.lineForRow(vcv::RowIndex(3)).get(), 4);
    QCOMPARE(view.lineForRow(vcv::RowIndex(89)).get(), 99);
    for (int r = 0; r < 90; ++r) {
        QVERIFY(view.lineForRow(vcv::RowIndex(r)).get() % 10 != 3);
        QCOMPARE(view.rowForLine(view.lineForRow(vcv::RowIndex(r))).get(), r);
    }

    view.setFilterMode(LogView::FilterMode::ShowAll);
    QCOMPARE(view.rowCount(), 100);
    // An empty query shows everything whatever the mode.
    view.setFilterMode(LogView::FilterMode::OnlyMatching);
    view.setSearchQuery({});
    QCOMPARE(view.rowCount(), 100);
}

void TestLogView::followWhileLinesAreAppended()
{
    const QString file = path(u"follow-serial0.log"_s);
    writeFile(file, numberedLines(0, 100));
    vcv::LogDocument doc;
    LogView view;
    view.resize(600, 15 * QFontMetrics(QFontDatabase::systemFont(QFontDatabase::FixedFont)).lineSpacing());
    view.setDocument(&doc);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QVERIFY(openDocument(doc, file, true));
    QTRY_COMPARE(view.rowCount(), 100);
    QVERIFY(view.isFollowing());
    const auto lastVisibleLine = [&] {
        return view.lineForRow(vcv::RowIndex(view.topRow().get() + view.pageRows() - 1)).get();
    };
    QCOMPARE(lastVisibleLine(), 99);

    // Lines arrive: the view stays at the end.
    writeFile(file, numberedLines(100, 50), QIODevice::Append);
    QTRY_COMPARE(view.rowCount(), 150);
    QVERIFY(view.isFollowing());
    QCOMPARE(lastVisibleLine(), 149);
    QCOMPARE(view.newLineCount(), 0);

    // Scrolling up pauses; new lines are counted, the view does not move.
    view.verticalScrollBar()->setValue(10);
    QVERIFY(!view.isFollowing());
    writeFile(file, numberedLines(150, 20), QIODevice::Append);
    QTRY_COMPARE(view.rowCount(), 170);
    QCOMPARE(view.topRow().get(), 10);
    QTRY_COMPARE(view.newLineCount(), 20);
    auto *button = view.findChild<QToolButton *>(u"newLinesButton"_s);
    QVERIFY(button);
    QVERIFY(button->isVisible());
    QVERIFY2(button->text().contains(u"20"_s), qPrintable(button->text()));

    // A line written in two parts is one line that grows.
    writeFile(file, "partial"_ba, QIODevice::Append);
    QTRY_COMPARE(view.rowCount(), 171);
    writeFile(file, " and the rest\n"_ba, QIODevice::Append);
    QTRY_COMPARE(doc.line(vcv::LineNumber(170)).text, u"partial and the rest"_s);
    QCOMPARE(view.rowCount(), 171);

    // End resumes following.
    view.setFocus();
    QTest::keyClick(&view, Qt::Key_End);
    QVERIFY(view.isFollowing());
    QCOMPARE(view.newLineCount(), 0);
    QVERIFY(button->isHidden());
    QCOMPARE(lastVisibleLine(), 170);
    writeFile(file, numberedLines(171, 5), QIODevice::Append);
    QTRY_COMPARE(view.rowCount(), 176);
    QCOMPARE(lastVisibleLine(), 175);
    // A line that grows while it is on screen is painted with its new text (the layout made for
    // the shorter text is dropped): "growing" (columns 0 to 6) first, then ink where " and the
    // rest" follows it (columns 7 to 19), none after that.
    writeFile(file, "growing"_ba, QIODevice::Append);
    QTRY_COMPARE(view.rowCount(), 177);
    QCOMPARE(lastVisibleLine(), 176);
    const auto inkOfLine176 = [&](int from, int to) {
        return inkInColumns(view, view.viewport()->grab().toImage(), int(176 - view.topRow().get()), from, to);
    };
    QVERIFY(inkOfLine176(0, 7) > 0);
    QCOMPARE(inkOfLine176(8, 44), 0);
    writeFile(file, " and the rest\n"_ba, QIODevice::Append);
    QTRY_COMPARE(doc.line(vcv::LineNumber(176)).text, u"growing and the rest"_s);
    QVERIFY(inkOfLine176(8, 20) > 0);
    QCOMPARE(inkOfLine176(21, 44), 0);

    // Scrolling back to the end by hand resumes following too.
    view.verticalScrollBar()->setValue(0);
    QVERIFY(!view.isFollowing());
    view.verticalScrollBar()->setValue(view.verticalScrollBar()->maximum());
    QVERIFY(view.isFollowing());
}

void TestLogView::keepsItsPlaceWhileTheHistoryArrivesInParts()
{
    // A remote log copied newest first: its history is put in front in parts. A view scrolled
    // up keeps the same line at its top through each part; a following one stays at the end.
    const QString file = path(u"history-in-parts.log"_s);
    const QByteArray all = numberedLines(0, 200000);   // about 2.3 MB
    const qint64 pending = all.size() - 32 * 1024 - 3; // inside a line
    QVERIFY(vcv::test::writeCopyWithHole(file, all, pending));
    const auto arrive = [&](qint64 from, qint64 to) { QVERIFY(vcv::test::fillCopy(file, all, from, to)); };
    vcv::LogDocument doc;
    LogView scrolled;
    LogView following;
    for (LogView *view : {&scrolled, &following}) {
        view->resize(600, 15 * QFontMetrics(QFontDatabase::systemFont(QFontDatabase::FixedFont)).lineSpacing());
        view->setDocument(&doc);
        view->show();
        QVERIFY(QTest::qWaitForWindowExposed(view));
    }
    QSignalSpy opened(&doc, &vcv::LogDocument::opened);
    QSignalSpy prepended(&doc, &vcv::LogDocument::linesPrepended);
    doc.openAwaitingHistory(file, vcv::ByteOffset(pending));
    QVERIFY(opened.wait(10000));
    QTRY_COMPARE(scrolled.rowCount(), doc.lineCount());
    scrolled.verticalScrollBar()->setValue(100);
    QVERIFY(!scrolled.isFollowing());
    QVERIFY(following.isFollowing());
    const auto topText = [&](const LogView &view) { return doc.rawLine(view.lineForRow(view.topRow())); };
    const auto lastVisibleText = [&](const LogView &view) {
        return doc.rawLine(view.lineForRow(vcv::RowIndex(view.topRow().get() + view.pageRows() - 1)));
    };
    const QByteArray top = topText(scrolled);
    QVERIFY(top.startsWith("line "));
    const QByteArray last = "line 199999"_ba;
    QCOMPARE(lastVisibleText(following), last);

    qint64 from = pending;
    for (int part = 1; part <= 2; ++part) {
        const qint64 to = from;
        from -= 512 * 1024 + 7;
        arrive(from, to);
        doc.historyPartlyArrived(vcv::ByteOffset(from));
        QTRY_COMPARE_WITH_TIMEOUT(prepended.count(), part, 30000);
        QCOMPARE(scrolled.rowCount(), doc.lineCount());
        QCOMPARE(topText(scrolled), top);
        QVERIFY(!scrolled.isFollowing());
        QCOMPARE(lastVisibleText(following), last);
        QVERIFY(following.isFollowing());
    }
}

void TestLogView::bookmarksStayOnTheirLinesWhileTheHistoryArrives()
{
    // Lines put in front of a remote log's newest lines move every line down: a bookmark set
    // before stays on the line it was set on, through each part, and once the whole log is in,
    // line N is "line N" again.
    const QString file = path(u"history-bookmarks.log"_s);
    const QByteArray all = numberedLines(0, 200000);
    const qint64 pending = all.size() - 32 * 1024 - 3; // inside a line
    QVERIFY(vcv::test::writeCopyWithHole(file, all, pending));
    vcv::LogDocument doc;
    LogView view;
    view.resize(600, 300);
    view.setDocument(&doc);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QSignalSpy opened(&doc, &vcv::LogDocument::opened);
    QSignalSpy prepended(&doc, &vcv::LogDocument::linesPrepended);
    QSignalSpy bookmarksChanged(&view, &LogView::bookmarksChanged);
    doc.openAwaitingHistory(file, vcv::ByteOffset(pending));
    QVERIFY(opened.wait(10000));
    // The copy's last line is "line 199999"; counting back from it names the others.
    const qint64 last = doc.lineCount() - 1;
    QCOMPARE(doc.rawLine(vcv::LineNumber(last)), "line 199999"_ba);
    view.toggleBookmark(vcv::LineNumber(last - 10));
    view.toggleBookmark(vcv::LineNumber(last - 500));
    QCOMPARE(vcv::test::plainLines(view.bookmarks()), (QList<qint64>{last - 500, last - 10}));
    const auto bookmarkedText = [&] {
        QList<QByteArray> out;
        for (qint64 line : vcv::test::plainLines(view.bookmarks()))
            out << doc.rawLine(vcv::LineNumber(line));
        return out;
    };
    const QList<QByteArray> marked{"line 199499"_ba, "line 199989"_ba};
    QCOMPARE(bookmarkedText(), marked);

    // A part of the history, then the rest of it.
    const qint64 part = pending - 512 * 1024 - 7;
    QVERIFY(vcv::test::fillCopy(file, all, part, pending));
    bookmarksChanged.clear();
    doc.historyPartlyArrived(vcv::ByteOffset(part));
    QTRY_COMPARE_WITH_TIMEOUT(prepended.count(), 1, 30000);
    QVERIFY(!bookmarksChanged.isEmpty()); // the gutter and the pane's list are told
    QCOMPARE(bookmarkedText(), marked);
    QVERIFY(vcv::test::plainLines(view.bookmarks()).first() > last - 500);

    QVERIFY(vcv::test::fillCopy(file, all, 0, part));
    doc.historyPartlyArrived(vcv::ByteOffset(0));
    QTRY_COMPARE_WITH_TIMEOUT(prepended.count(), 2, 30000);
    QCOMPARE(doc.lineCount(), 200000);
    QCOMPARE(vcv::test::plainLines(view.bookmarks()), (QList<qint64>{199499, 199989}));
    QCOMPARE(bookmarkedText(), marked);
}

void TestLogView::searchStatusSaysWhenTheHistoryIsIn()
{
    // While a remote log's history arrives, the search bar says its count is of the newest lines;
    // once the history is complete it stops saying so, also when the last step brought no lines
    // (the parts before brought all of them) and so the search was not started again.
    const QString file = path(u"history-status.log"_s);
    const QByteArray all = numberedLines(0, 50000);
    const qint64 pending = all.size() - 16 * 1024 - 3;
    {
        QFile copy(file);
        QVERIFY(copy.open(QIODevice::WriteOnly));
        QVERIFY(copy.resize(pending));
        QVERIFY(copy.seek(pending));
        QCOMPARE(copy.write(all.mid(pending)), all.size() - pending);
    }
    vcv::LogDocument doc;
    vcv::LogPane pane;
    pane.resize(900, 400);
    pane.setDocument(&doc);
    pane.show();
    QVERIFY(QTest::qWaitForWindowExposed(&pane));
    QSignalSpy opened(&doc, &vcv::LogDocument::opened);
    QSignalSpy prepended(&doc, &vcv::LogDocument::linesPrepended);
    QSignalSpy finished(&doc, &vcv::LogDocument::indexingFinished);
    doc.openAwaitingHistory(file, vcv::ByteOffset(pending));
    QVERIFY(opened.wait(10000));
    auto *status = pane.searchBar()->findChild<QLabel *>(u"searchStatus"_s);
    QVERIFY(status);
    QVERIFY(pane.view()->setSearchQuery(vcv::SearchQuery{u"line 4"_s, false, false, false}));
    QTRY_VERIFY2(status->text().contains(u"history is still arriving"_s), qPrintable(status->text()));

    {
        QFile copy(file);
        QVERIFY(copy.open(QIODevice::ReadWrite));
        QCOMPARE(copy.write(all.left(pending)), pending);
    }
    doc.historyPartlyArrived(vcv::ByteOffset(0));
    QTRY_COMPARE_WITH_TIMEOUT(prepended.count(), 1, 30000);
    QCOMPARE(doc.lineCount(), 50000);
    QVERIFY2(status->text().contains(u"history is still arriving"_s), qPrintable(status->text()));
    doc.historyArrived(vcv::ByteOffset(0));
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 30000);
    QCOMPARE(prepended.count(), 1); // nothing was left for the last step
    QTRY_VERIFY2(!status->text().contains(u"arriving"_s), qPrintable(status->text()));
    QVERIFY(!status->text().isEmpty()); // the count is still said
}

void TestLogView::thisBootOnlyStaysOnItsBootWhileTheHistoryArrives()
{
    // A remote log's history put in front in steps brings boots in front of those shown: the boot
    // list and "this boot only" stay on the same boot (its row and line move), and the boot that
    // was only the log's start becomes the boot that holds its lines once its banner arrives.
    const QString file = path(u"history-boots.log"_s);
    const auto bootLines = [](const QByteArray &name, int count) {
        QByteArray out = "SeaBIOS (version 1.16.3-" + name + ")\n[    0.000000] Linux version 6.12.48 (" + name + ")\n";
        for (int i = 0; i < count; ++i)
            out += "[    1." + QByteArray::number(i).rightJustified(6, '0') + "] " + name + " message\n";
        return out;
    };
    const QByteArray one = bootLines("one", 20000); // about 700 KB
    const QByteArray two = bootLines("two", 20000);
    const QByteArray three = bootLines("three", 300);
    const QByteArray all = one + two + three;
    const qint64 pending = one.size() + two.size() - 20 * 1024 - 3; // in boot two, near its end
    const qint64 firstStep = one.size() + 1000;                     // after boot two's banner
    const qint64 secondStep = one.size() - 100 * 1024; // before it (and over 1/8 of what is there: put in front)
    QVERIFY(vcv::test::writeCopyWithHole(file, all, pending));
    const auto arrive = [&](qint64 from, qint64 to) { QVERIFY(vcv::test::fillCopy(file, all, from, to)); };
    vcv::LogDocument doc;
    vcv::LogPane pane;
    QAbstractItemModelTester tester(pane.bootList()->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    pane.resize(900, 400);
    pane.setDocument(&doc);
    pane.show();
    QVERIFY(QTest::qWaitForWindowExposed(&pane));
    LogView *view = pane.view();
    vcv::BootListView *list = pane.bootList();
    QSignalSpy opened(&doc, &vcv::LogDocument::opened);
    QSignalSpy prepended(&doc, &vcv::LogDocument::linesPrepended);
    doc.openAwaitingHistory(file, vcv::ByteOffset(pending));
    QVERIFY(opened.wait(10000));
    QTRY_COMPARE(list->model()->rowCount(), 2); // the log's start (in boot two), boot three
    const auto shownTitle = [&] { return doc.bootSegments().value(view->bootOnly()).title; };
    const auto rowsOfBoot = [&](qsizetype boot) {
        const QList<vcv::BootSegment> segments = doc.bootSegments();
        const qint64 end = boot + 1 < segments.size() ? segments.at(boot + 1).firstLine.get() : doc.lineCount();
        return end - segments.at(boot).firstLine.get();
    };

    list->setThisBootOnly(true); // the latest boot
    QCOMPARE(list->currentBoot(), 1);
    QCOMPARE(view->bootOnly(), 1);
    QCOMPARE(shownTitle(), u"SeaBIOS (version 1.16.3-three)"_s);
    QCOMPARE(view->rowCount(), 302);
    view->verticalScrollBar()->setValue(50);
    QVERIFY(!view->isFollowing());
    const QByteArray top = doc.rawLine(view->lineForRow(view->topRow()));
    QVERIFY2(top.endsWith("three message"), top.constData());

    // A step without a banner: boot two's part grows, boot three moves down.
    arrive(firstStep, pending);
    doc.historyPartlyArrived(vcv::ByteOffset(firstStep));
    QTRY_COMPARE_WITH_TIMEOUT(prepended.count(), 1, 30000);
    QVERIFY(list->thisBootOnly());
    QCOMPARE(list->model()->rowCount(), 2);
    QCOMPARE(list->currentBoot(), 1);
    QCOMPARE(view->bootOnly(), 1);
    QCOMPARE(shownTitle(), u"SeaBIOS (version 1.16.3-three)"_s);
    QCOMPARE(view->rowCount(), 302);
    QCOMPARE(doc.rawLine(view->lineForRow(view->topRow())), top);

    // The log's start now: it is the end of boot two, whose banner comes with the next step.
    list->setCurrentBoot(0);
    QCOMPARE(view->bootOnly(), 0);
    QCOMPARE(view->rowCount(), rowsOfBoot(0));
    arrive(secondStep, firstStep);
    doc.historyPartlyArrived(vcv::ByteOffset(secondStep));
    QTRY_COMPARE_WITH_TIMEOUT(prepended.count(), 2, 30000);
    QVERIFY(list->thisBootOnly());
    QCOMPARE(list->model()->rowCount(), 3); // the log's start (in boot one), boots two and three
    QCOMPARE(list->currentBoot(), 1);
    QCOMPARE(view->bootOnly(), 1);
    QCOMPARE(shownTitle(), u"SeaBIOS (version 1.16.3-two)"_s);
    QCOMPARE(view->rowCount(), rowsOfBoot(1));
    QCOMPARE(view->rowCount(), 20002);
    QCOMPARE(list->model()->index(2, 0).data(vcv::BootListModel::FirstLineRole).toLongLong(),
             doc.bootSegments().at(2).firstLine.get());
}

void TestLogView::bootsListAndThisBootOnly()
{
    const QString file = path(u"boots.log"_s);
    QByteArray bytes;
    for (int boot = 0; boot < 3; ++boot) {
        bytes += "SeaBIOS (version 1.16.3-debian-1.16.3-2)\n"
                 "Booting from ROM...\n"
                 "[    0.000000] Linux version 6.12.48+deb13-amd64\n";
        for (int i = 0; i < 20 + boot; ++i)
            bytes += "[    0.1" + QByteArray::number(i).rightJustified(5, '0') + "] boot " + QByteArray::number(boot) +
                " message\n";
    }
    writeFile(file, bytes);
    vcv::LogDocument doc;
    QVERIFY(openDocumentFiles(doc, {file}));
    const auto segments = doc.bootSegments();
    QCOMPARE(segments.size(), 3);

    vcv::BootListView list;
    QAbstractItemModelTester tester(list.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    list.setDocument(&doc);
    QCOMPARE(list.model()->rowCount(), 3);
    const QString label = list.model()->index(1, 0).data().toString();
    QVERIFY2(label.startsWith(u"Boot 2 · line %1\nSeaBIOS"_s.arg(segments.at(1).firstLine.get() + 1)),
             qPrintable(label));
    QCOMPARE(list.model()->index(1, 0).data(vcv::BootListModel::FirstLineRole).toLongLong(),
             segments.at(1).firstLine.get());

    LogView view;
    view.resize(600, 300);
    view.setDocument(&doc);
    QSignalSpy activated(&list, &vcv::BootListView::bootActivated);
    QSignalSpy only(&list, &vcv::BootListView::bootOnlyChanged);
    connect(&list, &vcv::BootListView::bootActivated, &view, [&](int b) { view.jumpToBoot(b); });
    connect(&list, &vcv::BootListView::bootOnlyChanged, &view, [&](int b) { view.setBootOnly(b); });

    list.setCurrentBoot(1);
    Q_EMIT list.listView()->activated(list.model()->index(1, 0));
    QCOMPARE(activated.size(), 1);
    QCOMPARE(view.currentLine().get(), segments.at(1).firstLine.get());
    QCOMPARE(view.lineForRow(view.topRow()).get(), segments.at(1).firstLine.get());

    list.setThisBootOnly(true);
    QCOMPARE(only.last().at(0).toInt(), 1);
    QCOMPARE(view.bootOnly(), 1);
    QCOMPARE(view.rowCount(), 3 + 21);
    QCOMPARE(view.lineForRow(vcv::RowIndex(0)).get(), segments.at(1).firstLine.get());
    QCOMPARE(view.lineForRow(vcv::RowIndex(view.rowCount() - 1)).get(), segments.at(2).firstLine.get() - 1);
    list.setCurrentBoot(2);
    QCOMPARE(view.rowCount(), 3 + 22);
    list.setThisBootOnly(false);
    QCOMPARE(view.bootOnly(), -1);
    QCOMPARE(view.rowCount(), doc.lineCount());

    // Search within one boot: the filter and the boot range combine.
    view.setBootOnly(0);
    view.setSearchQuery({u"message"_s, false, false, false});
    QTRY_VERIFY(!view.search()->isRunning());
    QTRY_COMPARE(view.matchCount(), 20 + 21 + 22);
    view.setFilterMode(LogView::FilterMode::OnlyMatching);
    QCOMPARE(view.rowCount(), 20);
    view.setFilterMode(LogView::FilterMode::HideMatching);
    QCOMPARE(view.rowCount(), 3);
}

void TestLogView::overviewRulerShowsTrouble()
{
    const QString file = path(u"trouble.log"_s);
    QByteArray bytes;
    for (int i = 0; i < 1000; ++i) {
        if (i == 100)
            bytes += "[   12.000000] Kernel panic - not syncing: VFS\n";
        else if (i == 800)
            bytes += "[   13.000000] WARNING: CPU: 0 PID: 1 at foo\n";
        else
            bytes += "[   11.000000] all is well " + QByteArray::number(i) + '\n';
    }
    writeFile(file, bytes);
    vcv::LogDocument doc;
    QVERIFY(openDocumentFiles(doc, {file}));
    QTRY_VERIFY(doc.isIndexComplete());
    LogView view;
    view.resize(600, 500);
    view.setDocument(&doc);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    // The scan runs in a worker and never blocks.
    QTRY_COMPARE(view.troubleScanner()->errorLines(), QList<qint64>{100});
    QCOMPARE(view.troubleScanner()->warningLines(), QList<qint64>{800});

    vcv::LogOverviewRuler *ruler = view.overviewRuler();
    QVERIFY(ruler->isVisible());
    QVERIFY(ruler->width() > 4);
    const int errorY = int(100.0 / 1000 * ruler->height());
    const int warningY = int(800.0 / 1000 * ruler->height());
    const QRect errorBand(0, errorY - 1, ruler->width(), 4);
    const QRect warningBand(0, warningY - 1, ruler->width(), 4);
    // The ruler coalesces changes before it paints them: wait until both marks are shown (red
    // for the error, orange for the warning), then nothing else may be marked.
    QImage image;
    QTRY_VERIFY([&] {
        image = ruler->grab().toImage();
        return countPixels(image, errorBand, isRed) > 0 && countPixels(image, warningBand, isOrange) > 0;
    }());
    QCOMPARE(countPixels(image, warningBand, isRed), 0);
    QCOMPARE(countPixels(image, errorBand, isOrange), 0);
    QCOMPARE(countPixels(image, QRect(0, ruler->height() / 2 - 2, ruler->width(), 4), isRed), 0);
    QCOMPARE(countPixels(image, QRect(0, ruler->height() / 2 - 2, ruler->width(), 4), isOrange), 0);

    // A click on the ruler moves there.
    QTest::mouseClick(ruler, Qt::LeftButton, {}, QPoint(ruler->width() / 2, errorY));
    QVERIFY(qAbs(view.currentLine().get() - 100) <= 2);
    QVERIFY(view.currentLine().get() >= view.topRow().get() &&
            view.currentLine().get() < view.topRow().get() + view.pageRows());
}

void TestLogView::scrollingByFewRowsPaintsLikeAFullPaint()
{
    // A scroll by a few rows moves the pixels on screen and paints only the rows that came
    // into view: what the screen shows must still be what a full paint gives.
    const QString file = path(u"blit.log"_s);
    QByteArray bytes;
    for (int i = 0; i < 2000; ++i) {
        bytes += QByteArray(i % 7 == 3 ? "[FAILED] Failed to start unit" : "[  OK  ] Started unit") +
            QByteArray::number(i) + ".service.\n";
    }
    writeFile(file, bytes);
    vcv::LogDocument doc;
    QVERIFY(openDocumentFiles(doc, {file}));
    LogView view;
    view.resize(700, 403); // a partly visible last row
    view.setDocument(&doc);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QVERIFY(view.setSearchQuery({u"unit1"_s, false, false, false}));
    QTRY_VERIFY(!view.search()->isRunning());
    QScrollBar *bar = view.verticalScrollBar();
    view.setCurrentLine(vcv::LineNumber(500));
    QCoreApplication::processEvents();
    const auto onScreen = [&] {
        const QPoint origin = view.viewport()->mapTo(&view, QPoint(0, 0));
        return view.screen()
            ->grabWindow(view.winId())
            .toImage()
            .copy(QRect(origin, view.viewport()->size()))
            .convertToFormat(QImage::Format_RGB32);
    };
    const auto fullPaint = [&] { return view.viewport()->grab().toImage().convertToFormat(QImage::Format_RGB32); };
    for (const int step : {3, 1, -2, 5, -7, 3, 3, -1}) {
        bar->setValue(bar->value() + step);
        QCoreApplication::processEvents(); // the pending (partial) update is painted
        QCOMPARE(onScreen(), fullPaint());
    }
}

void TestLogView::wrapAndZoom()
{
    const QString file = path(u"wrap.log"_s);
    writeFile(file, "short\n" + QByteArray(500, 'x') + "\nend\n");
    vcv::LogDocument doc;
    QVERIFY(openDocumentFiles(doc, {file}));
    LogView view;
    view.resize(400, 400);
    view.setDocument(&doc);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    const int lh = view.lineHeight();
    // No wrap: the long line is one screen line, "end" is on the third.
    QCOMPARE(view.positionAt(QPoint(view.textLeft() + 2, 2 * lh + lh / 2)).line.get(), 2);
    QTRY_VERIFY(view.horizontalScrollBar()->maximum() > 0); // grows from the lines shown
    QSignalSpy wrapped(&view, &LogView::wordWrapChanged);
    view.setFocus();
    QTest::keyClick(&view, Qt::Key_F10);
    QCOMPARE(wrapped.size(), 1);
    QVERIFY(view.wordWrap());
    QCOMPARE(view.horizontalScrollBar()->maximum(), 0);
    // Wrapped: the long line takes several screen lines, "end" moves down.
    QCOMPARE(view.positionAt(QPoint(view.textLeft() + 2, 2 * lh + lh / 2)).line.get(), 1);
    QVERIFY(view.positionAt(QPoint(view.textLeft() + 2, 2 * lh + lh / 2)).column > 0);

    QTest::keyClick(&view, Qt::Key_Plus, Qt::ControlModifier);
    QCOMPARE(view.zoom(), 1);
    QVERIFY(view.lineHeight() > lh);
    QTest::keyClick(&view, Qt::Key_0, Qt::ControlModifier);
    QCOMPARE(view.zoom(), 0);
    QCOMPARE(view.lineHeight(), lh);
}

void TestLogView::threeMillionLines()
{
    const QString file = path(u"big.log"_s);
    {
        QFile out(file);
        QVERIFY(out.open(QIODevice::WriteOnly));
        QByteArray chunk;
        for (qint64 i = 0; i < 3'000'000; ++i) {
            chunk += "[ ";
            chunk += QByteArray::number(i).rightJustified(8, ' ');
            chunk += ".000000] line ";
            chunk += QByteArray::number(i);
            chunk += i % 100000 == 7 ? " [FAILED] error\n" : "\n";
            if (chunk.size() > (1 << 20)) {
                QCOMPARE(out.write(chunk), chunk.size());
                chunk.clear();
            }
        }
        QCOMPARE(out.write(chunk), chunk.size());
    }
    vcv::LogDocument doc;
    LogView view;
    view.resize(900, 600);
    view.setDocument(&doc);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QVERIFY(openDocumentFiles(doc, {file}));
    // The end is there at once; the rest arrives from the background indexer.
    QVERIFY(view.rowCount() > 0);
    QVERIFY(view.isFollowing());
    QTRY_VERIFY_WITH_TIMEOUT(doc.isIndexComplete(), 60000);
    QTRY_COMPARE(view.rowCount(), 3'000'000);
    QVERIFY(view.isFollowing());
    QCOMPARE(view.lineForRow(vcv::RowIndex(view.topRow().get() + view.pageRows() - 1)).get(), 2'999'999);

    // Scroll through it: top, middle, a wheel turn, page down, end.
    view.setFocus();
    QTest::keyClick(&view, Qt::Key_Home);
    QCOMPARE(view.topRow().get(), 0);
    // What is painted is the line of that row: "[        0.000000] line 0" has blanks in
    // columns 1 to 8 and ends at column 25; "[  1500000.000000] line 1500000" and its like have
    // digits in columns 3 to 9 and end at column 31.
    const auto shownAsLine0 = [&view](int row) {
        const QImage image = view.viewport()->grab().toImage();
        return inkInColumns(view, image, row, 1, 9) == 0 && inkInColumns(view, image, row, 20, 25) > 0 &&
            inkInColumns(view, image, row, 26, 44) == 0;
    };
    const auto shownAsSevenDigitLine = [&view](int row) {
        const QImage image = view.viewport()->grab().toImage();
        return inkInColumns(view, image, row, 3, 10) > 0 && inkInColumns(view, image, row, 24, 31) > 0 &&
            inkInColumns(view, image, row, 32, 44) == 0;
    };
    QVERIFY(shownAsLine0(0));
    view.goToLine(1'500'001);
    QCOMPARE(view.currentLine().get(), 1'500'000);
    QVERIFY(shownAsSevenDigitLine(int(1'500'000 - view.topRow().get())));
    const auto at =
        view.positionAt(QPoint(view.textLeft(), int((1'500'000 - view.topRow().get()) * view.lineHeight()) + 2));
    QCOMPARE(at.line.get(), 1'500'000);
    QCOMPARE(doc.line(vcv::LineNumber(1'500'000)).text, u"[  1500000.000000] line 1500000"_s);
    for (int i = 0; i < 50; ++i)
        QTest::keyClick(&view, Qt::Key_PageDown);
    QVERIFY(view.topRow().get() > 1'500'000);
    view.verticalScrollBar()->setValue(2'222'222);
    QCOMPARE(view.lineForRow(view.topRow()).get(), 2'222'222);
    QVERIFY(shownAsSevenDigitLine(0));
    QTest::keyClick(&view, Qt::Key_End);
    QCOMPARE(view.currentLine().get(), 2'999'999);
    // Only what was on screen was highlighted: a few pages, not millions of lines.
    QVERIFY2(view.highlighter()->highlightedLineCount() < 20000,
             qPrintable(QString::number(view.highlighter()->highlightedLineCount())));

    // The errors are found in the background: 30 of them. (Scanning 3 M lines under ASan beside
    // a TCG guest on two cores takes about a minute: the wait is generous, not a timing goal.)
    QTRY_COMPARE_WITH_TIMEOUT(view.troubleScanner()->errorLines().size(), 30, 300000);
    QCOMPARE(view.troubleScanner()->errorLines().first(), 7);

    // Search over all of it, then "only matching".
    view.setSearchQuery({u"[FAILED]"_s, false, true, false});
    QTRY_VERIFY_WITH_TIMEOUT(!view.search()->isRunning(), 60000);
    QTRY_COMPARE(view.matchCount(), 30);
    view.setFilterMode(LogView::FilterMode::OnlyMatching);
    QCOMPARE(view.rowCount(), 30);
    QCOMPARE(view.lineForRow(vcv::RowIndex(29)).get(), 2'900'007);
    view.setFilterMode(LogView::FilterMode::HideMatching);
    QCOMPARE(view.rowCount(), 3'000'000 - 30);
    for (qint64 row : {qint64(0), qint64(7), qint64(99'999), qint64(2'900'007), qint64(3'000'000 - 31)}) {
        const qint64 line = view.lineForRow(vcv::RowIndex(row)).get();
        QVERIFY(line % 100000 != 7);
        QCOMPARE(view.rowForLine(vcv::LineNumber(line)).get(), row);
    }
    QCOMPARE(view.lineForRow(vcv::RowIndex(7)).get(), 8);
}

QTEST_MAIN(TestLogView)
#include "tst_logview.moc"
