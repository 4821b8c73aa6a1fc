// SPDX-FileCopyrightText: 2026 The virt-console-viewer developers
// SPDX-License-Identifier: GPL-2.0-or-later
#include "DomainProblemFeed.h"

#include "ConsoleTab.h"
#include "bootlog/LogDocument.h"
#include "bootlog/LogProblemScanner.h"
#include "widgets/ConsoleSplitView.h"
#include "widgets/DomainTreeFilterModel.h"
#include "widgets/LogPane.h"

namespace vcv {

DomainProblemFeed::DomainProblemFeed(DomainTreeFilterModel *tree, QObject *parent)
    : QObject(parent)
    , m_tree(tree)
{
}

void DomainProblemFeed::watch(ConsoleTab *tab)
{
    const auto update = [this, tab] { report(tab); };
    connect(tab->view()->logPane()->problemScanner(), &LogProblemScanner::changed, tab, update);
    connect(tab->document(), &LogDocument::bootSegmentsChanged, tab, update);
    connect(tab->document(), &LogDocument::documentReset, tab, update);
    const ConsoleTarget target = tab->target();
    connect(tab, &QObject::destroyed, this,
            [this, target] { m_tree->setConsoleProblems(target.uri, target.uuid, target.alias, {}); });
    report(tab);
}

void DomainProblemFeed::report(const ConsoleTab *tab)
{
    const LogDocument *document = tab->document();
    const LogProblemScanner *scanner = tab->view()->logPane()->problemScanner();
    // The pane may show another log for a while (the QEMU log): only the console log's count.
    if (scanner->document() != document)
        return;
    const QList<BootSegment> boots = document->bootSegments();
    const LineNumber lastBoot = boots.isEmpty() ? LineNumber(0) : boots.constLast().firstLine;
    QList<BootProblemKind> kinds;
    const QList<LogProblemScanner::Problem> problems = scanner->problemsIn(lastBoot, LineNumber());
    for (const LogProblemScanner::Problem &problem : problems)
        kinds.append(problem.kind);
    const ConsoleTarget &target = tab->target();
    m_tree->setConsoleProblems(target.uri, target.uuid, target.alias, kinds);
}

} // namespace vcv
