// SPDX-FileCopyrightText: 2026 The virt-console-viewer developers
// SPDX-License-Identifier: GPL-2.0-or-later
// Renders the boot-log pane offscreen with a realistic boot log, light and dark, into PNGs:
//   logview-screenshot [--problems] LIGHT.png DARK.png
// (docs/screenshot-log-light.png and docs/screenshot-log-dark.png are made with it; --problems
// opens the Problems list beside the log, to look at it.)

#include "SampleBootLog.h"

#include "bootlog/LogDocument.h"
#include "bootlog/LogProblemScanner.h"
#include "bootlog/Search.h"
#include "widgets/LogPane.h"
#include "widgets/LogSearchBar.h"
#include "widgets/LogView.h"
#include "widgets/Palettes.h"

#include <QApplication>
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

bool render(const QString &logPath, const QString &out, bool dark, bool problems)
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
    pane.setProblemsVisible(problems);
    pane.show();
    if (!QTest::qWaitForWindowExposed(&pane))
        return false;
    if (problems && !QTest::qWaitFor([&] { return !pane.problemScanner()->isRunning(); }, 5000))
        return false;
    vcv::LogView *view = pane.view();
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
    const bool problems = args.removeAll(u"--problems"_s) > 0;
    if (args.size() != 3) {
        std::fprintf(stderr, "usage: logview-screenshot [--problems] LIGHT.png DARK.png\n");
        return 2;
    }
    QTemporaryDir dir;
    const QString log = dir.filePath(u"web01-serial0.log"_s);
    QFile file(log);
    if (!file.open(QIODevice::WriteOnly))
        return 1;
    // Two boots: yesterday's, and today's on screen.
    file.write(vcv::bench::sampleBootLog());
    file.write(vcv::bench::sampleBootLog());
    file.close();
    if (!render(log, args.at(1), false, problems) || !render(log, args.at(2), true, problems)) {
        std::fprintf(stderr, "rendering failed\n");
        return 1;
    }
    return 0;
}
