// SPDX-FileCopyrightText: 2026 The virt-console-viewer developers
// SPDX-License-Identifier: GPL-2.0-or-later
#include "bootlog/LogBootEndScanner.h"

#include "bootlog/BootLineClassifier.h"
#include "bootlog/LineDecoder.h"
#include "bootlog/LogDocument.h"

#include <algorithm>

namespace vcv {

namespace {
// LogLineScanner's classification: 1 for a boot's end, 0 for anything else.
int endAt(const LogDocument &document, qint64 line)
{
    const LineNumber number(line);
    if (document.lineKind(number) != DecodedLine::Kind::Text)
        return 0;
    return LogBootEndScanner::isEnd(document.rawLineHead(number, LogDocument::ClassifyBytes)) ? 1 : 0;
}

} // namespace

LogBootEndScanner::LogBootEndScanner(QObject *parent)
    : LogLineScanner(endAt, parent)
{
}

LogBootEndScanner::~LogBootEndScanner() = default;

bool LogBootEndScanner::isEnd(QByteArrayView raw)
{
    if (!BootLineClassifier::mayMatter(raw))
        return false;
    const auto milestone = BootLineClassifier::milestone(LineDecoder::decodeText(raw));
    return milestone &&
        (milestone->kind == BootMilestoneKind::LoginPrompt || milestone->kind == BootMilestoneKind::StartupFinished);
}

void LogBootEndScanner::addHits(const QList<Hit> &hits)
{
    for (const Hit &hit : hits)
        m_lines.append(LineNumber(hit.line));
}

void LogBootEndScanner::dropHitsFrom(qint64 line)
{
    m_lines.erase(std::lower_bound(m_lines.begin(), m_lines.end(), LineNumber(line)), m_lines.end());
}

void LogBootEndScanner::clearHits()
{
    m_lines.clear();
}

} // namespace vcv
