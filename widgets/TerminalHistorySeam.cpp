// SPDX-FileCopyrightText: 2026 The virt-console-viewer developers
// SPDX-License-Identifier: GPL-2.0-or-later
#include "widgets/TerminalHistorySeam.h"

#include <algorithm>
#include <vector>

namespace vcv {

namespace {

/// Whether the lines just before `textAt` in `text` and just before `whereAt` in `where` agree:
/// equal, or one the end of the other where it may have been cut at the start of its buffer.
/// Nothing before on either side contradicts nothing.
bool lineBeforeAgrees(QByteArrayView text, qsizetype textAt, QByteArrayView where, qsizetype whereAt)
{
    if (textAt <= 0 || whereAt <= 0)
        return true;
    const qsizetype textStart = text.first(textAt - 1).lastIndexOf('\n') + 1;
    const qsizetype whereStart = where.first(whereAt - 1).lastIndexOf('\n') + 1;
    const QByteArrayView a = text.sliced(textStart, textAt - textStart);
    const QByteArrayView b = where.sliced(whereStart, whereAt - whereStart);
    if (textStart == 0 && b.endsWith(a))
        return true; // `text` may begin inside that line
    if (whereStart == 0 && a.endsWith(b))
        return true;
    return a == b;
}

/// The length of the longest end of `text` that `pattern` begins with (Knuth–Morris–Pratt:
/// linear in both sizes, where trying every length would be quadratic).
qsizetype longestSuffixPrefix(QByteArrayView text, QByteArrayView pattern)
{
    const qsizetype m = std::min(text.size(), pattern.size());
    if (m == 0)
        return 0;
    pattern = pattern.first(m);
    text = text.last(m);
    std::vector<qsizetype> fail(size_t(m), 0);
    for (qsizetype i = 1, k = 0; i < m; ++i) {
        while (k > 0 && pattern[i] != pattern[k])
            k = fail[size_t(k - 1)];
        if (pattern[i] == pattern[k])
            ++k;
        fail[size_t(i)] = k;
    }
    qsizetype matched = 0;
    for (qsizetype i = 0; i < m; ++i) {
        while (matched > 0 && (matched == m || text[i] != pattern[matched]))
            matched = fail[size_t(matched - 1)];
        if (text[i] == pattern[matched])
            ++matched;
    }
    return matched;
}

} // namespace

qsizetype TerminalHistorySeam::findEnd(QByteArrayView text, QByteArrayView where)
{
    QByteArrayView tail = text.last(std::min(kAnchor, text.size()));
    const qsizetype fullTail = tail.size();
    while (tail.size() >= kShortestAnchor) {
        if (const qsizetype at = where.lastIndexOf(tail); at >= 0) {
            if (where.indexOf(tail) != at)
                return -1; // shorter ends: no better
            if (tail.size() == fullTail || lineBeforeAgrees(text, text.size() - tail.size(), where, at))
                return at + tail.size();
        }
        const qsizetype newline = tail.first(tail.size() - 1).indexOf('\n');
        if (newline < 0)
            break;
        tail = tail.sliced(newline + 1);
    }
    return -1;
}

qsizetype TerminalHistorySeam::alreadyInHistory(QByteArrayView history, QByteArrayView held)
{
    constexpr int kTries = 256;
    if (const qsizetype end = findEnd(history, held); end >= 0)
        return end;
    qsizetype end = held.size();
    for (int tries = 0; tries < kTries && end >= kAnchor; ++tries) {
        if (history.lastIndexOf(held.sliced(end - kAnchor, kAnchor)) >= 0)
            return end;
        const qsizetype newline = held.first(end - 1).lastIndexOf('\n');
        if (newline < 0)
            break;
        end = newline + 1;
    }
    return longestSuffixPrefix(history, held);
}

bool TerminalHistorySeam::canPlace(QByteArrayView held, QByteArrayView history)
{
    return held.size() >= kAnchor || (held.size() >= kShortestAnchor && findEnd(held, history) >= 0);
}

} // namespace vcv
