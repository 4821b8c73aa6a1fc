// SPDX-FileCopyrightText: 2026 The virt-console-viewer developers
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QObject>

namespace vcv {

class ConsoleTab;
class DomainTreeFilterModel;

/// Tells the domain tree what went wrong in the last boot of each open console: the problems
/// its log pane's LogProblemScanner found from the start of the console log's last boot on,
/// again whenever the scanner or the boots change, and nothing once the tab is gone. So a
/// guest that panics in a tab the user is not looking at shows it in the tree.
///
/// GUI thread. The tree's model must outlive the feed.
class DomainProblemFeed : public QObject
{
    Q_OBJECT
public:
    explicit DomainProblemFeed(DomainTreeFilterModel *tree, QObject *parent = nullptr);

    void watch(ConsoleTab *tab);

private:
    void report(const ConsoleTab *tab);

    DomainTreeFilterModel *m_tree;
};

} // namespace vcv
