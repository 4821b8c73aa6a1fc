// SPDX-FileCopyrightText: 2026 The virt-console-viewer developers
// SPDX-License-Identifier: GPL-2.0-or-later
// The sandbox's real guest reset at its shell prompt (destroyed and started again, its log kept
// with append='on'): the log pane must show two boots, the second beginning at the byte where
// the new kernel's first line follows the old prompt on the same line.

#include "OpenDocument.h"
#include "bootlog/LogDocument.h"
#include "bootlog/LogExporter.h"
#include "widgets/BootListModel.h"
#include "widgets/BootListView.h"
#include "widgets/LogPane.h"
#include "widgets/LogView.h"

#include "TestGuest.h"

#include <QBuffer>
#include <QStandardPaths>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace vcv;
using vcv::test::openDocument;
using vcv::test::openDocumentFiles;
using vcv::test::TestGuest;

namespace {

bool lastLineIsPrompt(const LogDocument &doc)
{
    const qint64 count = doc.lineCount();
    return count > 0 && doc.line(LineNumber(count - 1)).text.startsWith(u"root@"_s);
}

/// The document's bytes as the guest wrote them, every rotation included.
QByteArray streamOf(const LogDocument &doc)
{
    QBuffer out;
    out.open(QIODevice::WriteOnly);
    QString error;
    if (!LogExporter::exportDocument(doc, &out, LogExporter::Mode::Raw, &error))
        qWarning("%s", qPrintable(error));
    return out.data();
}

} // namespace

class TestLogPaneReset : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void resetAtThePromptIsASecondBoot()
    {
        TestGuest guest(u"vcv-reset-%1"_s.arg(QCoreApplication::applicationPid()));
        LogDocument doc;
        openDocument(doc, guest.logFile(), true); // before the guest exists: every byte of both boots
        LogPane pane;
        pane.resize(900, 600);
        pane.setDocument(&doc);
        pane.setBootListVisible(true);
        pane.show();

        QString error;
        QVERIFY2(guest.boot(&error), qPrintable(error));
        QTRY_VERIFY_WITH_TIMEOUT(lastLineIsPrompt(doc), 30000);
        // busybox' line editor asks where the cursor is (ESC[6n) after the prompt; nobody
        // answers on the log side, so the prompt line stays open.
        QTRY_VERIFY_WITH_TIMEOUT(doc.rawLine(LineNumber(doc.lineCount() - 1)).contains("\x1b[6n"), 10000);
        QCOMPARE(doc.bootSegments().size(), 1);
        const qint64 promptEnd = doc.byteSize();
        const qint64 promptLine = doc.lineCount() - 1;

        // A reset as a user makes one: destroy, start again (append='on' keeps the log).
        guest.destroy();
        QVERIFY2(guest.start(&error), qPrintable(error));
        // The new boot's first bytes join the old prompt's open line, so that line still reads
        // "root@…" then: wait for a prompt on a later line, the second boot's.
        QTRY_VERIFY_WITH_TIMEOUT(doc.lineCount() - 1 > promptLine && lastLineIsPrompt(doc), 90000);

        // The oracle: the second kernel banner in the bytes, found by a plain search.
        const QByteArray stream = streamOf(doc);
        const QByteArray banner = "[    0.000000] Linux version "_ba;
        const qsizetype firstBanner = stream.indexOf(banner);
        QVERIFY(firstBanner >= 0);
        const qsizetype secondBanner = stream.indexOf(banner, firstBanner + 1);
        QVERIFY2(secondBanner > 0, "the second boot's kernel banner is not in the log");
        QCOMPARE(stream.indexOf(banner, secondBanner + 1), -1);
        QCOMPARE(qint64(secondBanner) >= promptEnd, true);
        // The reset came in the middle of the prompt's line, as in the report.
        QVERIFY2(stream.at(secondBanner - 1) != '\n',
                 stream.mid(secondBanner - 40, 80).toPercentEncoding().constData());
        QVERIFY(stream.mid(firstBanner, secondBanner - firstBanner).contains("root@"));

        // The engine: two boots, the second at that byte.
        const QList<BootSegment> boots = doc.bootSegments();
        QCOMPARE(boots.size(), 2);
        QCOMPARE(doc.lineOffset(boots.at(1).firstLine).get(), qint64(secondBanner));
        QCOMPARE(boots.at(1).reason, BootSegment::Reason::Kernel);
        QVERIFY(boots.at(1).title.startsWith(u"Linux version "_s));
        QCOMPARE(doc.segmentOf(boots.at(1).firstLine - 1), 0);

        // The pane: two rows in the boots list, the old prompt and the new kernel on two rows,
        // "this boot only" on either side of the reset.
        BootListModel *model = pane.bootList()->model();
        QTRY_COMPARE(model->rowCount(), 2);
        QCOMPARE(model->index(1, 0).data(BootListModel::FirstLineRole).toLongLong(), boots.at(1).firstLine.get());
        // "Boot 2 · 06:12 · line 123": seen arriving while following, so with its time.
        const QString label = model->index(1, 0).data().toString();
        QVERIFY2(label.startsWith(u"Boot 2 · "_s), qPrintable(label));
        QVERIFY2(
            label.section(u'\n', 0, 0).endsWith(u"line %1"_s.arg(QLocale().toString(boots.at(1).firstLine.get() + 1))),
            qPrintable(label));
        QCOMPARE(boots.at(1).beganInsideLine, true);
        QVERIFY(model->index(1, 0).data(Qt::ToolTipRole).toString().contains(u"reset while the line before"_s));
        QVERIFY(!model->index(0, 0).data(Qt::ToolTipRole).toString().contains(u"reset while the line before"_s));
        LogView *view = pane.view();
        view->setBootOnly(0);
        const qint64 lastOfFirst = view->lineForRow(vcv::RowIndex(view->rowCount() - 1)).get();
        QCOMPARE(lastOfFirst, boots.at(1).firstLine.get() - 1);
        QVERIFY(doc.line(LineNumber(lastOfFirst)).text.startsWith(u"root@"_s));
        view->setBootOnly(1);
        QCOMPARE(view->lineForRow(vcv::RowIndex(0)).get(), boots.at(1).firstLine.get());
        QVERIFY(doc.line(boots.at(1).firstLine).text.startsWith(u"[    0.000000] Linux version "_s));
        view->setBootOnly(-1);
    }
};

QTEST_MAIN(TestLogPaneReset)
#include "tst_logpane_reset.moc"
