// SPDX-FileCopyrightText: 2026 The virt-console-viewer developers
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QString>

namespace vcv {

/// What to look for in a LogDocument. Matching is per line, on the decoded text the view shows
/// (escape sequences removed), never across lines.
struct SearchQuery
{
    QString pattern;
    bool regularExpression = false; ///< QRegularExpression (PCRE2) syntax; else a literal
    bool caseSensitive = false;
    bool wholeWord = false; ///< the match must not touch a letter, digit or '_' on either side

    bool isEmpty() const { return pattern.isEmpty(); }
    friend bool operator==(const SearchQuery &, const SearchQuery &) = default;
};

} // namespace vcv
