// SPDX-FileCopyrightText: 2026 The virt-console-viewer developers
// SPDX-License-Identifier: GPL-2.0-or-later
#include "bootlog/LogProblemScanner.h"

#include "bootlog/LineDecoder.h"
#include "bootlog/LogDocument.h"

#include <algorithm>

namespace vcv {

namespace {
// LogLineScanner's classification: a problem's kind + 1, 0 for none.
int problemAt(const LogDocument &document, qint64 line)
{
    const LineNumber number(line);
    if (document.lineKind(number) != DecodedLine::Kind::Text)
        return 0;
    const auto kind = LogProblemScanner::classify(document.rawLineHead(number, LogDocument::ClassifyBytes));
    return kind ? int(*kind) + 1 : 0;
}

} // namespace

LogProblemScanner::LogProblemScanner(QObject *parent)
    : LogLineScanner(problemAt, parent)
{
}

LogProblemScanner::~LogProblemScanner() = default;

std::optional<BootProblemKind> LogProblemScanner::classify(QByteArrayView raw)
{
    if (!BootLineClassifier::mayMatter(raw))
        return std::nullopt;
    return BootLineClassifier::problem(LineDecoder::decodeText(raw));
}

QList<LogProblemScanner::Problem> LogProblemScanner::problemsIn(LineNumber first, LineNumber end) const
{
    const auto byLine = [](const Problem &p, LineNumber line) { return p.line < line; };
    const auto from = std::lower_bound(m_problems.begin(), m_problems.end(), first, byLine);
    const auto to = end.isValid() ? std::lower_bound(from, m_problems.end(), end, byLine) : m_problems.end();
    return QList<Problem>(from, to);
}

void LogProblemScanner::addHits(const QList<Hit> &hits)
{
    for (const Hit &hit : hits)
        m_problems.append(Problem{LineNumber(hit.line), BootProblemKind(hit.kind - 1)});
}

void LogProblemScanner::dropHitsFrom(qint64 line)
{
    const auto it = std::lower_bound(m_problems.begin(), m_problems.end(), line,
                                     [](const Problem &p, qint64 l) { return p.line.get() < l; });
    m_problems.erase(it, m_problems.end());
}

void LogProblemScanner::clearHits()
{
    m_problems.clear();
}

} // namespace vcv
