// SPDX-FileCopyrightText: 2026 The virt-console-viewer developers
// SPDX-License-Identifier: GPL-2.0-or-later
// Renders the boot-log pane offscreen with a realistic boot log, light and dark, into PNGs:
//   logview-screenshot [--problems] [--timeline] [--log FILE] LIGHT.png DARK.png
// (docs/screenshot-log-light.png and docs/screenshot-log-dark.png are made with it; --problems
// opens the Problems list beside the log, --timeline the Timeline compared with the boot before,
// to look at them; --log renders FILE instead of the sample log.)

#include "SampleBootLog.h"

#include "bootlog/LiveBootReport.h"
#include "bootlog/LogDocument.h"
#include "bootlog/LogProblemScanner.h"
#include "bootlog/Search.h"
#include "widgets/BootTimelineView.h"
#include "widgets/LogPane.h"
#include "widgets/LogSearchBar.h"
#include "widgets/LogView.h"
#include "widgets/Palettes.h"

#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QLineEdit>
#include <QStandardPaths>
#include <QStyle>
#include <QStyleFactory>
#include <QTemporaryDir>
#include <QTest>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace {

struct Options
{
    bool problems = false;
    bool timeline = false;
    bool sample = true; // the sample log: its failed unit is searched for
};

bool render(const QString &logPath, const QString &out, bool dark, const Options &options)
{
    QApplication::setPalette(dark ? vcv::darkPalette() : QApplication::style()->standardPalette());
    vcv::LogDocument doc;
    doc.openFiles({logPath});
    if (!QTest::qWaitFor([&] { return !doc.isOpening(); }, 60000) || !doc.errorString().isEmpty())
        return false;
    vcv::LogPane pane;
    pane.resize(1100, 620);
    pane.setDocument(&doc);
    pane.setBootListVisible(true);
    pane.setProblemsVisible(options.problems);
    pane.setTimelineVisible(options.timeline);
    pane.show();
    if (!QTest::qWaitForWindowExposed(&pane))
        return false;
    if (options.problems && !QTest::qWaitFor([&] { return !pane.problemScanner()->isRunning(); }, 5000))
        return false;
    if (options.timeline) {
        if (!QTest::qWaitFor([&] { return pane.timeline()->liveReport()->result() != nullptr; }, 10000))
            return false;
        QComboBox *compare = pane.timeline()->compareBox();
        compare->setCurrentIndex(compare->count() - 1); // the boot before the last
    }
    vcv::LogView *view = pane.view();
    if (!options.sample) {
        QTest::qWait(300);
        return pane.grab().save(out);
    }
    // Where an admin looks: the failed unit found by a search, a bookmark on the kernel warning.
    pane.searchBar()->activate();
    pane.searchBar()->lineEdit()->setText(u"nginx"_s);
    pane.searchBar()->searchNow();
    if (!QTest::qWaitFor([&] { return !view->search()->isRunning() && view->matchCount() > 0; }, 5000))
        return false;
    const qint64 lines = doc.lineCount();
    view->toggleBookmark(vcv::LineNumber(lines - 39 - 3));
    view->goToLine(lines - 30);
    view->findNext();
    QTest::qWait(300);
    return pane.grab().save(out);
}

} // namespace

int main(int argc, char **argv)
{
    QStandardPaths::setTestModeEnabled(true);
    QApplication app(argc, argv);
    QApplication::setStyle(QStyleFactory::create(u"Fusion"_s));
    QStringList args = app.arguments();
    Options options;
    options.problems = args.removeAll(u"--problems"_s) > 0;
    options.timeline = args.removeAll(u"--timeline"_s) > 0;
    QString log;
    if (const qsizetype at = args.indexOf(u"--log"_s); at > 0 && at + 1 < args.size()) {
        log = args.at(at + 1);
        args.remove(at, 2);
        options.sample = false;
    }
    if (args.size() != 3) {
        std::fprintf(stderr, "usage: logview-screenshot [--problems] [--timeline] [--log FILE] LIGHT.png DARK.png\n");
        return 2;
    }
    QTemporaryDir dir;
    if (options.sample) {
        log = dir.filePath(u"web01-serial0.log"_s);
        QFile file(log);
        if (!file.open(QIODevice::WriteOnly))
            return 1;
        // Two boots: yesterday's, and today's on screen.
        file.write(vcv::bench::sampleBootLog());
        file.write(vcv::bench::sampleBootLog());
        file.close();
    }
    if (!render(log, args.at(1), false, options) || !render(log, args.at(2), true, options)) {
        std::fprintf(stderr, "rendering failed\n");
        return 1;
    }
    return 0;
}
