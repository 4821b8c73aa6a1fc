// SPDX-FileCopyrightText: 2026 The virt-console-viewer developers
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

// The matching engine behind Search, shared by Search.cpp and SearchEngine.cpp only.

#include "bootlog/LineDecoder.h"
#include "bootlog/LogDocument.h"
#include "bootlog/Search.h"

#include <QRegularExpression>
#include <QStringView>

#include <atomic>
#include <vector>

namespace vcv {

/// A matching line and how many matches it holds.
/// A matching line and how many matches it holds, in 8 bytes: a search whose pattern matches
/// every line of a big log keeps millions of these. A line's searched part is at most
/// LineDecoder::MaxDecodedBytes, so it holds fewer matches than `count` can say.
struct LineMatches
{
    qint64 line : 40;
    qint64 count : 24;
};
static_assert(sizeof(LineMatches) == 8);
static_assert(LineDecoder::MaxDecodedBytes < (qint64(1) << 23));

/// The options and the pattern of `query` for QRegularExpression, as the view highlights it.
QRegularExpression::PatternOptions optionsOf(const SearchQuery &query);
QString patternOf(const SearchQuery &query);

/// The compiled expression of this thread for `query` (compiled once per thread and query).
const QRegularExpression &threadRegex(const SearchQuery &query);

/// The matches of `re` in one line's text, as the view highlights them (see SearchEngine.cpp).
int countMatches(const QRegularExpression &re, QStringView lineText);

/// Searches lines [first, first+lines) of the document, a block at a time; returns the matching
/// ones with their number of matches, ascending; nothing once `cancel` is set.
std::vector<LineMatches> searchLines(const LogDocument::Private &doc, const SearchQuery &query, qint64 first,
                                     qint64 lines, const std::atomic<bool> *cancel);

} // namespace vcv
