// SPDX-FileCopyrightText: 2026 The virt-console-viewer developers
// SPDX-License-Identifier: GPL-2.0-or-later
// The log pane's Problems list, its "only problems" filter and the boot list's counts, on a log
// of three boots written here line by line: the problems, their kinds, lines and boots, and the
// rows the filter leaves, are the ones this file says, by hand (not asked of the classifier).

#include "OpenDocument.h"
#include "Translations.h"
#include "bootlog/LogDocument.h"
#include "bootlog/LogProblemScanner.h"
#include "widgets/BootListModel.h"
#include "widgets/BootListView.h"
#include "widgets/LogPane.h"
#include "widgets/LogProblemsModel.h"
#include "widgets/LogProblemsPanel.h"
#include "widgets/LogView.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QListView>
#include <QLocale>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>
#include <QToolButton>
#include <QTreeView>

using namespace Qt::StringLiterals;
using namespace vcv;

namespace {

// 0-based document lines in the comments (the gutter shows them + 1).
const QByteArray kLog = "SeaBIOS (version 1.16.3-debian-1.16.3-2)\r\n"                             // 0 boot 1
                        "[    0.000000] Linux version 6.12.48+deb13-amd64 (gcc 14.2.0) #1 SMP\r\n" // 1
                        "[    1.000000] Run /init as init process\r\n"                             // 2
                        "[    2.000000] WARNING: CPU: 0 PID: 1 at drivers/misc/demo.c:42 demo_probe+0x1c/0x30\r\n" // 3
                        "[    2.100000] Call Trace:\r\n"                                                           // 4
                        "[    3.000000] RAS: Correctable Errors collector initialized.\r\n"                        // 5
                        "[\x1b[0;1;31mFAILED\x1b[0m] Failed to start nfs.service - NFS server.\r\n"                // 6
                        "demo login: \r\n"                                                                         // 7
                        "SeaBIOS (version 1.16.3-debian-1.16.3-2)\r\n"                                       // 8 boot 2
                        "[    0.000000] Linux version 6.12.48+deb13-amd64 (gcc 14.2.0) #1 SMP\r\n"           // 9
                        "[    1.000000] Run /init as init process\r\n"                                       // 10
                        "[    5.000000] BUG: kernel NULL pointer dereference, address: 0000000000000008\r\n" // 11
                        "[    5.100000] Kernel panic - not syncing: Fatal exception\r\n"                     // 12
                        "SeaBIOS (version 1.16.3-debian-1.16.3-2)\r\n"                             // 13 boot 3
                        "[    0.000000] Linux version 6.12.48+deb13-amd64 (gcc 14.2.0) #1 SMP\r\n" // 14
                        "[    1.000000] Run /init as init process\r\n"                             // 15
                        "[    2.000000] 0 errors, error-free: all good\r\n"                        // 16
                        "[    3.000000] random: crng init done\r\n";                               // 17
// Appended while the pane follows: a problem of boot 3.
const QByteArray kLater = "[   20.000000] myapp[4321]: segfault at 0 ip 000055d5c0a0b0c0 sp 00007ffd error 4\r\n" // 18
                          "[   21.000000] all is quiet again\r\n";                                                // 19

struct Row
{
    QString kind;
    qint64 line; // 1-based, as the list shows it
    friend bool operator==(const Row &, const Row &) = default;
};

QList<Row> rowsOf(const LogProblemsModel *model)
{
    QList<Row> rows;
    for (int r = 0; r < model->rowCount(); ++r) {
        rows.append({model->index(r, LogProblemsModel::KindColumn).data().toString(),
                     model->index(r, LogProblemsModel::LineColumn).data().toString().toLongLong()});
    }
    return rows;
}

QList<qint64> shownLines(const LogView *view)
{
    QList<qint64> lines;
    for (qint64 row = 0; row < view->rowCount(); ++row)
        lines.append(view->lineForRow(vcv::RowIndex(row)).get());
    return lines;
}

bool writeFile(const QString &path, const QByteArray &bytes, QIODevice::OpenMode mode = QIODevice::WriteOnly)
{
    QFile file(path);
    return file.open(mode) && file.write(bytes) == bytes.size();
}

} // namespace

namespace QTest {
template<>
char *toString(const Row &row)
{
    return qstrdup(qPrintable(u"%1 @ %2"_s.arg(row.kind).arg(row.line)));
}
} // namespace QTest

class TestLogPaneProblems : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        // The English catalogue: plural forms ("1 problem", "2 problems") as the app shows them.
        installTranslations(QCoreApplication::instance(), QLocale(QLocale::English, QLocale::UnitedStates));
    }

    void init()
    {
        QVERIFY(m_dir.isValid());
        m_base = m_dir.filePath(u"demo-serial0.log"_s);
        QVERIFY(writeFile(m_base, kLog));
        m_doc = std::make_unique<LogDocument>();
        QVERIFY(vcv::test::openDocument(*m_doc, m_base, true));
        m_pane = std::make_unique<LogPane>();
        m_pane->resize(900, 600);
        new QAbstractItemModelTester(m_pane->problemsPanel()->model(), m_pane.get());
        new QAbstractItemModelTester(m_pane->bootList()->model(), m_pane.get());
        m_pane->setDocument(m_doc.get());
        m_pane->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_pane.get()));
        QTRY_COMPARE(m_doc->bootSegments().size(), 3);
        QTRY_COMPARE(m_pane->problemsPanel()->model()->rowCount(), 4);
    }

    void cleanup()
    {
        m_pane.reset();
        m_doc.reset();
    }

    void listsTheProblemsOfTheWholeLogThenOfTheSelectedBoot()
    {
        const LogProblemsModel *model = m_pane->problemsPanel()->model();
        QToolButton *button = m_pane->problemsButton();
        QVERIFY(button->isVisible());
        QCOMPARE(button->text(), u"4 problems"_s);
        QVERIFY(!m_pane->problemsPanel()->isVisible()); // until asked for
        QCOMPARE(rowsOf(model),
                 (QList<Row>{
                     {u"Kernel warning"_s, 4}, {u"Failed unit"_s, 7}, {u"Kernel BUG"_s, 12}, {u"Kernel panic"_s, 13}}));
        QCOMPARE(model->index(3, LogProblemsModel::TextColumn).data().toString(),
                 u"[    5.100000] Kernel panic - not syncing: Fatal exception"_s);
        // The escape sequences of systemd's colours are not in the text.
        QCOMPARE(model->index(1, LogProblemsModel::TextColumn).data().toString(),
                 u"[FAILED] Failed to start nfs.service - NFS server."_s);

        QTest::mouseClick(button, Qt::LeftButton);
        QVERIFY(m_pane->problemsPanel()->isVisible());
        QVERIFY(m_pane->problemsPanel()->height() > 3 * m_pane->problemsPanel()->fontMetrics().height());
        QCOMPARE(m_pane->problemsPanel()->title(), u"4 problems in this log"_s);

        m_pane->bootList()->setCurrentBoot(1); // boot 2
        QCOMPARE(rowsOf(model), (QList<Row>{{u"Kernel BUG"_s, 12}, {u"Kernel panic"_s, 13}}));
        QCOMPARE(m_pane->problemsPanel()->title(), u"2 problems in boot 2 of 3"_s);
        QCOMPARE(button->text(), u"2 problems"_s);
        m_pane->bootList()->setCurrentBoot(2); // boot 3: none
        QCOMPARE(model->rowCount(), 0);
        QCOMPARE(m_pane->problemsPanel()->title(), u"0 problems in boot 3 of 3"_s);
        m_pane->bootList()->setCurrentBoot(0);
        QCOMPARE(rowsOf(model), (QList<Row>{{u"Kernel warning"_s, 4}, {u"Failed unit"_s, 7}}));
    }

    void activatingAProblemGoesToItsLine()
    {
        m_pane->setProblemsVisible(true);
        QTreeView *list = m_pane->problemsPanel()->list();
        const QModelIndex panic = list->model()->index(3, LogProblemsModel::TextColumn);
        QVERIFY(m_pane->view()->currentLine().get() != 12);
        QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualRect(panic).center());
        QCOMPARE(m_pane->view()->currentLine().get(), 12);
        QVERIFY(!m_pane->view()->isFollowing());
        QCOMPARE(m_pane->view()->selectedText(), u"[    5.100000] Kernel panic - not syncing: Fatal exception"_s);
        // Enter on another one.
        list->setCurrentIndex(list->model()->index(0, 0));
        QTest::keyClick(list, Qt::Key_Return);
        QCOMPARE(m_pane->view()->currentLine().get(), 3);
        const int top = int(m_pane->view()->topRow().get());
        QVERIFY(top <= 3 && 3 < top + m_pane->view()->pageRows());
    }

    void onlyProblemsShowsThemWithTheirContext()
    {
        LogView *view = m_pane->view();
        LogProblemsPanel *panel = m_pane->problemsPanel();
        m_pane->setProblemsVisible(true);
        QCOMPARE(panel->contextLines(), 3);
        QCOMPARE(view->rowCount(), 18);
        auto *context = panel->findChild<QSpinBox *>(u"problemContext"_s);
        QVERIFY(context);
        QCOMPARE(context->text(), u"± 3 lines"_s);
        panel->setContextLines(1);
        QCOMPARE(context->text(), u"± 1 line"_s);
        panel->setOnlyProblems(true);
        // Problems on 3, 6, 11, 12: each with the line before and after it.
        QCOMPARE(shownLines(view), (QList<qint64>{2, 3, 4, 5, 6, 7, 10, 11, 12, 13}));
        panel->setContextLines(0);
        QCOMPARE(shownLines(view), (QList<qint64>{3, 6, 11, 12}));
        panel->setContextLines(3); // 0-6, 3-9, 8-14, 9-15
        QCOMPARE(shownLines(view), (QList<qint64>{0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15}));

        // Jumping and copying still work while filtered.
        panel->setContextLines(0);
        QTreeView *list = panel->list();
        QTest::mouseClick(list->viewport(), Qt::LeftButton, {},
                          list->visualRect(list->model()->index(1, LogProblemsModel::KindColumn)).center());
        QCOMPARE(view->currentLine().get(), 6);
        QCOMPARE(view->rowForLine(vcv::LineNumber(6)).get(), 1);
        QCOMPARE(view->selectedText(), u"[FAILED] Failed to start nfs.service - NFS server."_s);

        // With "this boot only" on boot 2, only its problems remain.
        m_pane->bootList()->setCurrentBoot(1);
        m_pane->bootList()->setThisBootOnly(true);
        QCOMPARE(shownLines(view), (QList<qint64>{11, 12}));
        m_pane->bootList()->setThisBootOnly(false);

        panel->setOnlyProblems(false);
        QCOMPARE(view->rowCount(), 18);
    }

    void bootListCountsEachBootsProblems()
    {
        const BootListModel *boots = m_pane->bootList()->model();
        QTRY_COMPARE(boots->rowCount(), 3);
        QCOMPARE(boots->index(0, 0).data(BootListModel::ProblemCountRole).toInt(), 2);
        QCOMPARE(boots->index(1, 0).data(BootListModel::ProblemCountRole).toInt(), 2);
        QCOMPARE(boots->index(2, 0).data(BootListModel::ProblemCountRole).toInt(), 0);
        QVERIFY(boots->index(0, 0).data().toString().endsWith(u"\n⚠ 2 problems"_s));
        QVERIFY(!boots->index(2, 0).data().toString().contains(u"problem"_s));
        const QString tip = boots->index(1, 0).data(Qt::ToolTipRole).toString();
        QVERIFY2(tip.contains(u"Kernel BUG: 1"_s) && tip.contains(u"Kernel panic: 1"_s), qPrintable(tip));
        QVERIFY(!tip.contains(u"Failed unit"_s));
    }

    void linesArrivingLiveAddAProblem()
    {
        m_pane->setProblemsVisible(true);
        LogProblemsPanel *panel = m_pane->problemsPanel();
        panel->setContextLines(0);
        panel->setOnlyProblems(true);
        QCOMPARE(m_pane->view()->rowCount(), 4);
        m_pane->bootList()->setCurrentBoot(2); // boot 3: no problem yet
        QCOMPARE(panel->model()->rowCount(), 0);

        QVERIFY(writeFile(m_base, kLater, QIODevice::Append));
        QTRY_COMPARE(panel->model()->rowCount(), 1);
        QCOMPARE(rowsOf(panel->model()), (QList<Row>{{u"Segmentation fault"_s, 19}}));
        QCOMPARE(m_pane->problemsButton()->text(), u"1 problem"_s);
        QCOMPARE(m_pane->bootList()->model()->index(2, 0).data(BootListModel::ProblemCountRole).toInt(), 1);
        QTRY_COMPARE(shownLines(m_pane->view()), (QList<qint64>{3, 6, 11, 12, 18}));
    }

    void guestMarkupInAProblemShowsAsText()
    {
        // A guest's line is text: in the list's tooltip too, which Qt shows as rich text when
        // its first line looks like markup.
        QVERIFY(writeFile(
            m_base, "[   30.000000] Kernel panic - not syncing: <img src=\"file:///etc/hostname\"><b>bold</b>\r\n",
            QIODevice::Append));
        QAbstractItemModel *model = m_pane->problemsPanel()->model();
        QTRY_COMPARE(model->rowCount(), 5);
        const QString tip = model->index(4, LogProblemsModel::TextColumn).data(Qt::ToolTipRole).toString();
        // As QToolTip would read it.
        QTextDocument shown;
        if (Qt::mightBeRichText(tip))
            shown.setHtml(tip);
        else
            shown.setPlainText(tip);
        // (Spaces may come as no-break spaces, which keep the kernel's columns.)
        QCOMPARE(shown.toPlainText().replace(QChar::Nbsp, u' '),
                 u"[   30.000000] Kernel panic - not syncing: <img src=\"file:///etc/hostname\"><b>bold</b>"_s);
    }

    void noProblemsTakeNoRoom()
    {
        QTemporaryDir dir;
        const QString base = dir.filePath(u"quiet-serial0.log"_s);
        QVERIFY(writeFile(base, "[    0.000000] Linux version 6.12\r\n[    1.000000] Run /init as init process\r\n"));
        LogDocument quiet;
        QVERIFY(vcv::test::openDocument(quiet, base, false));
        m_pane->setDocument(&quiet);
        QTRY_VERIFY(!m_pane->problemScanner()->isRunning());
        QVERIFY(!m_pane->problemsButton()->isVisible());
        QVERIFY(!m_pane->problemsPanel()->isVisible());
        m_pane->setDocument(m_doc.get());
        QTRY_VERIFY(m_pane->problemsButton()->isVisible());
        m_pane->setDocument(nullptr);
    }

private:
    QTemporaryDir m_dir;
    QString m_base;
    std::unique_ptr<LogDocument> m_doc;
    std::unique_ptr<LogPane> m_pane;
};

QTEST_MAIN(TestLogPaneProblems)
#include "tst_logpane_problems.moc"
