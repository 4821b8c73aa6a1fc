// SPDX-FileCopyrightText: 2026 The virt-console-viewer developers
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "bootlog/LineTypes.h"
#include "bootlog/LogLineScanner.h"

#include <QByteArrayView>
#include <QList>

namespace vcv {

/// Finds the lines of a LogDocument where a boot is done: a login prompt ("host login:") or
/// systemd's "Startup finished in …" (BootLineClassifier's LoginPrompt and StartupFinished
/// milestones), for telling a boot still in progress from one that reached its end.
///
/// The whole log is scanned in a worker as LogProblemScanner's is (LogLineScanner: a reset,
/// prepended history or the end of indexing restart it, appended lines are classified as they
/// come); BootLineClassifier::mayMatter() first, so only candidate lines are decoded. Marker
/// lines are never an end.
///
/// Thread: lives in the GUI thread. The document must outlive the scanner or be unset first
/// (setDocument(nullptr) waits for the worker to stop).
class LogBootEndScanner : public LogLineScanner
{
    Q_OBJECT
public:
    explicit LogBootEndScanner(QObject *parent = nullptr);
    ~LogBootEndScanner() override;

    /// The lines found so far, sorted ascending.
    const QList<LineNumber> &endLines() const { return m_lines; }
    /// Whether a line at or after @p first is an end (false while a rescan has not reached it).
    bool hasEndFrom(LineNumber first) const { return !m_lines.isEmpty() && m_lines.last() >= first; }

    /// Whether a raw line (as LogDocument::rawLineHead() gives it) says a boot is done.
    static bool isEnd(QByteArrayView raw);

private:
    void addHits(const QList<Hit> &hits) override;
    void dropHitsFrom(qint64 line) override;
    void clearHits() override;

    QList<LineNumber> m_lines;
};

} // namespace vcv
