// SPDX-FileCopyrightText: 2026 The virt-console-viewer developers
// SPDX-License-Identifier: GPL-2.0-or-later
// LogTroubleScanner (the overview ruler's errors and warnings) and the "Boot Log" highlighting
// definition agree: the scanner's words are the definition's keyword lists, read here through
// KSyntaxHighlighting's own API, and every word and marker the scanner reports is coloured as an
// error or a warning by the definition, in lines written out by hand.

#include "bootlog/LogTroubleScanner.h"
#include "widgets/LogHighlighter.h"
#include "widgets/LogSyntax.h"

#include <KSyntaxHighlighting/Definition>

#include <QStandardPaths>
#include <QTest>

using namespace Qt::StringLiterals;
using vcv::LogTroubleScanner;
using Kind = LogTroubleScanner::Kind;

namespace {

const QStringList errorFormats = {u"Error"_s, u"Status Failed"_s, u"Kernel Panic"_s, u"Kernel Bug"_s, u"Call Trace"_s};
const QStringList warningFormats = {u"Warning"_s, u"Status Warning"_s, u"Status Depend"_s, u"Kernel Warning"_s};

QStringList lowerCase(const QList<QByteArrayView> &words)
{
    QStringList out;
    for (QByteArrayView word : words)
        out.append(QString::fromLatin1(word).toLower());
    out.sort();
    return out;
}

// The format the definition gives the character at @p column of @p text ("" for normal text).
QString formatAt(const QString &text, int column)
{
    vcv::LogHighlighter highlighter;
    highlighter.setLineProvider([&](vcv::LineNumber) { return text; });
    for (const vcv::HighlightSpan &span : highlighter.spans(vcv::LineNumber(0))) {
        if (column >= span.start && column < span.start + span.length)
            return span.format.name();
    }
    return {};
}

} // namespace

class TestLogViewTrouble : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void wordsAreTheDefinitionsKeywordLists();
    void everyWordIsColouredAndReported_data();
    void everyWordIsColouredAndReported();
    void everyMarkerIsColouredAndReported_data();
    void everyMarkerIsColouredAndReported();
    void classify_data();
    void classify();
};

void TestLogViewTrouble::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(vcv::LogSyntax::bootLogDefinition().isValid());
}

void TestLogViewTrouble::wordsAreTheDefinitionsKeywordLists()
{
    const KSyntaxHighlighting::Definition definition = vcv::LogSyntax::bootLogDefinition();
    QStringList errors = definition.keywordList(u"errorWords"_s);
    QStringList warnings = definition.keywordList(u"warningWords"_s);
    QVERIFY(!errors.isEmpty());
    QVERIFY(!warnings.isEmpty());
    // Case-insensitive in the definition: the scanner keeps them in lower case.
    QVERIFY(!definition.isWordDelimiter(u'-')); // its weakDeliminator: "error-free" is one word
    for (QString &word : errors)
        word = word.toLower();
    for (QString &word : warnings)
        word = word.toLower();
    errors.sort();
    warnings.sort();
    QCOMPARE(lowerCase(LogTroubleScanner::errorWords()), errors);
    QCOMPARE(lowerCase(LogTroubleScanner::warningWords()), warnings);
}

void TestLogViewTrouble::everyWordIsColouredAndReported_data()
{
    QTest::addColumn<QString>("word");
    QTest::addColumn<bool>("error");
    for (QByteArrayView word : LogTroubleScanner::errorWords()) {
        const QString w = QString::fromLatin1(word);
        QTest::addRow("%s", word.data()) << w << true;
        QTest::addRow("%s upper", word.data()) << w.toUpper() << true;
    }
    for (QByteArrayView word : LogTroubleScanner::warningWords()) {
        const QString w = QString::fromLatin1(word);
        QTest::addRow("%s", word.data()) << w << false;
        QTest::addRow("%s upper", word.data()) << w.toUpper() << false;
    }
}

void TestLogViewTrouble::everyWordIsColouredAndReported()
{
    QFETCH(QString, word);
    QFETCH(bool, error);
    const QString line = u"[    3.141592] something: "_s + word + u" (code 5)"_s;
    const int column = int(line.indexOf(word));
    QCOMPARE(formatAt(line, column), error ? u"Error"_s : u"Warning"_s);
    QCOMPARE(LogTroubleScanner::classify(line.toUtf8()), error ? Kind::Error : Kind::Warning);
}

void TestLogViewTrouble::everyMarkerIsColouredAndReported_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<QString>("marker");
    QTest::addColumn<bool>("error");
    // One line per marker, as the kernel, systemd or Python print it; each marker must be in
    // the table (the last row checks that no marker was left out).
    QTest::newRow("failed") << u"[FAILED] Failed to start nginx.service."_s << u"[FAILED]"_s << true;
    QTest::newRow("panic") << u"[   12.000000] Kernel panic - not syncing: VFS"_s << u"Kernel panic"_s << true;
    QTest::newRow("bug") << u"[   13.000000] BUG: kernel NULL pointer dereference"_s << u"BUG:"_s << true;
    QTest::newRow("oops") << u"[   13.000100] Oops: 0000 [#1] PREEMPT SMP NOPTI"_s << u"Oops"_s << true;
    QTest::newRow("call trace") << u"[   13.000200] Call Trace:"_s << u"Call Trace:"_s << true;
    QTest::newRow("segfault") << u"[   14.000000] a.out[42]: segfault at 0 ip 00005555 sp 00007ffc"_s << u"segfault"_s
                              << true;
    QTest::newRow("oom") << u"[   15.000000] Out of memory: Killed process 42 (a.out)"_s << u"Out of memory"_s << true;
    QTest::newRow("traceback") << u"cloud-init[512]: Traceback (most recent call last):"_s << u"Traceback"_s << true;
    QTest::newRow("time") << u"[ TIME ] Timed out waiting for device /dev/vdb."_s << u"[ TIME ]"_s << false;
    QTest::newRow("warn") << u"[ WARN ] Something took long."_s << u"[ WARN ]"_s << false;
    QTest::newRow("depend") << u"[DEPEND] Dependency failed for /data."_s << u"[DEPEND]"_s << false;
    QTest::newRow("kernel warning") << u"[   12.500000] WARNING: CPU: 0 PID: 1 at kernel/foo.c:42"_s << u"WARNING:"_s
                                    << false;
}

void TestLogViewTrouble::everyMarkerIsColouredAndReported()
{
    QFETCH(QString, line);
    QFETCH(QString, marker);
    QFETCH(bool, error);
    QVERIFY(LogTroubleScanner::markers(error ? Kind::Error : Kind::Warning).contains(marker.toLatin1()));
    const QString format = formatAt(line, int(line.indexOf(marker)));
    QVERIFY2((error ? errorFormats : warningFormats).contains(format), qPrintable(format));
    // A line can hold an error word too ("Failed to start"): a warning marker's line is at
    // least a warning.
    const Kind kind = LogTroubleScanner::classify(line.toUtf8());
    if (error)
        QCOMPARE(kind, Kind::Error);
    else
        QVERIFY(kind != Kind::None);
    // Every marker has a row above.
    static const QStringList tabled = {u"[FAILED]"_s,    u"Kernel panic"_s, u"BUG:"_s,          u"Oops"_s,
                                       u"Call Trace:"_s, u"segfault"_s,     u"Out of memory"_s, u"Traceback"_s,
                                       u"[ TIME ]"_s,    u"[ WARN ]"_s,     u"[DEPEND]"_s,      u"WARNING:"_s};
    for (Kind k : {Kind::Error, Kind::Warning}) {
        for (QByteArrayView m : LogTroubleScanner::markers(k))
            QVERIFY2(tabled.contains(QString::fromLatin1(m)), m.data());
    }
}

void TestLogViewTrouble::classify_data()
{
    QTest::addColumn<QByteArray>("raw");
    QTest::addColumn<int>("kind");
    QTest::newRow("plain") << "[    1.000000] all is well"_ba << int(Kind::None);
    QTest::newRow("word") << "mount: permission denied"_ba << int(Kind::Error);
    QTest::newRow("in a word") << "errorless run, no failures"_ba << int(Kind::None);
    QTest::newRow("hyphen joins") << "error-free run"_ba << int(Kind::None);
    QTest::newRow("delimited") << "status=error;"_ba << int(Kind::Error);
    QTest::newRow("warning then error") << "warning: x, then fatal"_ba << int(Kind::Error);
    QTest::newRow("warning") << "eth0: link degraded"_ba << int(Kind::Warning);
    // systemd's colours around its status: the escapes separate words as the decoder would.
    QTest::newRow("escapes") << "[\x1b[0;1;31mFAILED\x1b[0m] Unit x"_ba << int(Kind::Error);
    QTest::newRow("escape glued") << "\x1b[1;33mtimeout\x1b[0m"_ba << int(Kind::Warning);
    QTest::newRow("empty") << QByteArray() << int(Kind::None);
}

void TestLogViewTrouble::classify()
{
    QFETCH(QByteArray, raw);
    QFETCH(int, kind);
    QCOMPARE(int(LogTroubleScanner::classify(raw)), kind);
}

QTEST_MAIN(TestLogViewTrouble)
#include "tst_logview_trouble.moc"
