// SPDX-FileCopyrightText: 2026 The virt-console-viewer developers
// SPDX-License-Identifier: GPL-2.0-or-later
// The "Boot Log" definition and LogHighlighter: golden lines whose format names must land on
// the right ranges (data/loghighlighter/boot-log-lines.input → boot-log-lines.ref, golden files
// written by hand, see tests/support/GoldenFile.h), the State chain cache, and the themes.

#include "widgets/LogHighlighter.h"
#include "widgets/LogSyntax.h"

#include "GoldenFile.h"

#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/Theme>

#include <QGuiApplication>
#include <QPalette>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QThread>

using namespace Qt::StringLiterals;

namespace {

// "<Format Name>text</>" for every span, plain text left as it is: a failing line shows
// exactly which stretch got which format.
QString markup(const QString &text, const QList<vcv::HighlightSpan> &spans)
{
    QString out;
    int pos = 0;
    for (const auto &span : spans) {
        out += text.mid(pos, span.start - pos);
        out += u'<' + span.format.name() + u'>' + text.mid(span.start, span.length) + u"</>"_s;
        pos = span.start + span.length;
    }
    out += text.mid(pos);
    return out;
}

} // namespace

class TestLogHighlighter : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void preloadedOffTheGuiThread();
    void definitionIsLoaded();
    void goldenLines();
    void cachesPerLine();
    void invalidateFromDropsLaterLines();
    void multiLineDefinitionUsesContext();
    void themesFollowPalette();
    void charFormatsUseTheme();
};

void TestLogHighlighter::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestLogHighlighter::preloadedOffTheGuiThread()
{
    // As the application starts: the repository is loaded in the background, then handed to
    // the GUI thread, where it is used (and can be, by QObject's rules: it lives there).
    QVERIFY(!vcv::LogSyntax::isPreloaded());
    vcv::LogSyntax::preload();
    QTRY_VERIFY(vcv::LogSyntax::isPreloaded());
    vcv::LogSyntax::preload(); // once only
    KSyntaxHighlighting::Repository &repository = vcv::LogSyntax::repository();
    QCOMPARE(repository.thread(), QThread::currentThread());
    QVERIFY(repository.definitionForName(u"Boot Log"_s).isValid());
    // The preload also asked for the theme of the application's palette, on its own thread: the
    // theme handed over is the one a repository loaded here, on the GUI thread, picks.
    KSyntaxHighlighting::Repository loadedHere;
    const KSyntaxHighlighting::Theme expected = loadedHere.themeForPalette(QGuiApplication::palette());
    const KSyntaxHighlighting::Theme handedOver = vcv::LogSyntax::themeForPalette(QGuiApplication::palette());
    QVERIFY(handedOver.isValid());
    QCOMPARE(handedOver.name(), expected.name());
    QCOMPARE(handedOver.editorColor(KSyntaxHighlighting::Theme::BackgroundColor),
             expected.editorColor(KSyntaxHighlighting::Theme::BackgroundColor));
}

void TestLogHighlighter::definitionIsLoaded()
{
    const auto def = vcv::LogSyntax::bootLogDefinition();
    QVERIFY2(def.isValid(), "the Boot Log definition is not in :/org.kde.syntax-highlighting/syntax-addons/");
    QCOMPARE(def.name(), u"Boot Log"_s);
    QVERIFY(def.formats().size() >= 15);
    // the same repository every time
    QCOMPARE(&vcv::LogSyntax::repository(), &vcv::LogSyntax::repository());
}

void TestLogHighlighter::goldenLines()
{
    // Each line highlighted on its own, as the first line of a log.
    vcv::test::GoldenFile golden(QFINDTESTDATA("data/loghighlighter"), u"boot-log-lines"_s);
    QVERIFY2(golden.error().isEmpty(), qPrintable(golden.error()));
    for (qsizetype i = 0; i < golden.cases().size(); ++i) {
        const QString line = QString::fromUtf8(golden.cases().at(i).input);
        vcv::LogHighlighter highlighter;
        highlighter.setLineProvider([&](vcv::LineNumber) { return line; });
        golden.setActual(i, markup(line, highlighter.spans(vcv::LineNumber(0))).toUtf8());
    }
    const QString differences = golden.finish(QStringLiteral(QT_TESTCASE_BUILDDIR));
    QVERIFY2(differences.isEmpty(), qPrintable(differences));
}

void TestLogHighlighter::cachesPerLine()
{
    const QStringList lines = {u"[FAILED] Failed to start a.service."_s, u"[  OK  ] Started b.service."_s, u"plain"_s};
    int asked = 0;
    vcv::LogHighlighter highlighter;
    highlighter.setLineProvider([&](vcv::LineNumber n) {
        ++asked;
        return lines.at(n.get());
    });
    QCOMPARE(highlighter.spans(vcv::LineNumber(1)).first().format.name(), u"Status OK"_s);
    QCOMPARE(asked, 1); // line-local definition: no need to highlight line 0 first
    QCOMPARE(highlighter.spans(vcv::LineNumber(1)).size(), 2);
    QCOMPARE(asked, 1); // cached
    QCOMPARE(highlighter.spans(vcv::LineNumber(0)).first().format.name(), u"Status Failed"_s);
    QCOMPARE(highlighter.spans(vcv::LineNumber(2)).size(), 0);
    QCOMPARE(asked, 3);
    QCOMPARE(highlighter.highlightedLineCount(), 3);
}

void TestLogHighlighter::invalidateFromDropsLaterLines()
{
    QStringList lines = {u"[  OK  ] Started a."_s, u"partial"_s};
    vcv::LogHighlighter highlighter;
    highlighter.setLineProvider([&](vcv::LineNumber n) { return lines.at(n.get()); });
    QCOMPARE(highlighter.spans(vcv::LineNumber(1)).size(), 0);
    lines[1] = u"partial line that failed"_s;                  // the last line grew
    QCOMPARE(highlighter.spans(vcv::LineNumber(1)).size(), 0); // still the cached result
    highlighter.invalidateFrom(vcv::LineNumber(1));
    QCOMPARE(highlighter.spans(vcv::LineNumber(1)).size(), 1);
    QCOMPARE(highlighter.spans(vcv::LineNumber(1)).first().format.name(), u"Error"_s);
    QCOMPARE(highlighter.spans(vcv::LineNumber(0)).size(), 2); // line 0 kept
    QCOMPARE(highlighter.highlightedLineCount(), 3);
}

void TestLogHighlighter::multiLineDefinitionUsesContext()
{
    // C++ block comments span lines: line 3 is inside the comment opened on line 1.
    const auto cpp = vcv::LogSyntax::repository().definitionForName(u"C++"_s);
    QVERIFY(cpp.isValid());
    const QStringList lines = {u"int a;"_s, u"/* open"_s, u"still"_s, u"comment"_s, u"*/ int b;"_s};
    vcv::LogHighlighter highlighter;
    highlighter.setDefinition(cpp);
    highlighter.setLineProvider([&](vcv::LineNumber n) { return lines.at(n.get()); });
    const auto &spans = highlighter.spans(vcv::LineNumber(3)); // cold: needs lines 0..2 first
    QCOMPARE(spans.size(), 1);
    QVERIFY2(spans.first().format.name().contains(u"Comment"_s), qPrintable(spans.first().format.name()));
    QCOMPARE(highlighter.highlightedLineCount(), 4);
}

void TestLogHighlighter::themesFollowPalette()
{
    QPalette light;
    light.setColor(QPalette::Base, Qt::white);
    light.setColor(QPalette::Text, Qt::black);
    light.setColor(QPalette::Window, QColor(0xef, 0xf0, 0xf1));
    QPalette dark;
    dark.setColor(QPalette::Base, QColor(0x23, 0x26, 0x29));
    dark.setColor(QPalette::Text, QColor(0xfc, 0xfc, 0xfc));
    dark.setColor(QPalette::Window, QColor(0x31, 0x36, 0x3b));
    const auto lightTheme = vcv::LogSyntax::themeForPalette(light);
    const auto darkTheme = vcv::LogSyntax::themeForPalette(dark);
    QVERIFY(lightTheme.isValid());
    QVERIFY(darkTheme.isValid());
    QVERIFY(lightTheme.name() != darkTheme.name());
    QVERIFY(QColor(lightTheme.editorColor(KSyntaxHighlighting::Theme::BackgroundColor)).lightness() > 128);
    QVERIFY(QColor(darkTheme.editorColor(KSyntaxHighlighting::Theme::BackgroundColor)).lightness() < 128);

    const QStringList names = vcv::LogSyntax::themeNames();
    QVERIFY(names.contains(lightTheme.name()));
    QVERIFY(names.contains(darkTheme.name()));
    QCOMPARE(vcv::LogSyntax::themeByName(darkTheme.name()).name(), darkTheme.name());
    QVERIFY(!vcv::LogSyntax::themeByName(u"no such theme"_s).isValid());
}

void TestLogHighlighter::charFormatsUseTheme()
{
    vcv::LogHighlighter highlighter;
    const auto theme = vcv::LogSyntax::themeByName(u"Breeze Light"_s);
    QVERIFY(theme.isValid());
    highlighter.setTheme(theme);
    const QString line = u"[FAILED] Failed to start x."_s;
    highlighter.setLineProvider([&](vcv::LineNumber) { return line; });
    const auto ranges = highlighter.formatRanges(vcv::LineNumber(0));
    QCOMPARE(ranges.size(), 2);
    QCOMPARE(ranges.at(0).start, 0);
    QCOMPARE(ranges.at(0).length, 8);
    const QColor alert = QColor::fromRgba(theme.textColor(KSyntaxHighlighting::Theme::Alert));
    QCOMPARE(ranges.at(0).format.foreground().color(), alert);
    QCOMPARE(ranges.at(0).format.fontWeight(), int(QFont::Bold));
    QVERIFY(ranges.at(0).format.background().style() != Qt::NoBrush);

    QSignalSpy changed(&highlighter, &vcv::LogHighlighter::highlightingChanged);
    highlighter.setTheme(vcv::LogSyntax::themeByName(u"Breeze Dark"_s));
    QCOMPARE(changed.size(), 1);
    const auto darkRanges = highlighter.formatRanges(vcv::LineNumber(0));
    QVERIFY(darkRanges.at(0).format.background().color() != ranges.at(0).format.background().color());
}

QTEST_MAIN(TestLogHighlighter)
#include "tst_loghighlighter.moc"
