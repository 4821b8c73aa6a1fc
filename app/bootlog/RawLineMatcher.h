// SPDX-FileCopyrightText: 2026 The virt-console-viewer developers
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "bootlog/ByteLiteralFinder.h"
#include "bootlog/SearchQuery.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QStringView>

#include <optional>
#include <span>
#include <vector>

namespace vcv {

/// Judges a search on the raw bytes of log lines, so that only the lines whose bytes cannot
/// decide it are decoded. A search matches the decoded text of a line (LineDecoder::decodeText());
/// this gives the same answer for the queries it takes, at the speed of memmem().
///
/// Queries it takes (forQuery()):
/// - a literal of printable ASCII (0x20–0x7E), case-sensitive or not, whole word or not: a line's
///   matches are counted from its bytes;
/// - a regular expression with required literals (requiredLiterals(): one per top-level
///   alternative, each at least MinRequiredLiteral characters): lines without any of them cannot
///   match and are ruled out; those with one are candidates, to be matched decoded.
/// Not taken: other literals (non-ASCII, control characters) and other regular expressions.
///
/// Why the bytes decide: decoding turns each ASCII byte into the same character and makes every
/// other character from other bytes — UTF-8 sequences (whose bytes are never ASCII), U+FFFD for an
/// invalid byte (which never swallows an ASCII byte after it), control pictures for C0 controls and
/// DEL — so a printable ASCII literal occurs in the decoded text exactly where it occurs in the
/// bytes, and as often. Except on *unsure* lines:
/// - ESC (escape sequences are removed: "E ESC[1m RROR" shows "ERROR"), BS (moves back), CR
///   anywhere but at the end of the line (what follows overwrites the line from column 0);
/// - a caseless query whose literal has k or s, on a line with KELVIN SIGN (U+212A) or LATIN SMALL
///   LETTER LONG S (U+017F): PCRE2 folds them to k and s (the only non-ASCII characters that fold
///   to ASCII);
/// - a whole-word literal next to a byte outside ASCII: whether that character is a letter or a
///   digit (\p{L}, \p{N}) is known only decoded.
/// An unsure line is ruled out when it does not hold every character of the literal (of one of
/// them, for a regular expression; either case when caseless): decoding never makes an ASCII
/// character that is not in the bytes. Otherwise the literal is looked for in what
/// LineDecoder::strip() makes of it (the rewriting applied, each decoded character one piece,
/// ASCII as itself); a caseless line holding U+212A or U+017F, or a whole-word hit next to a
/// non-ASCII character there, is left to the decoder. Only the part of a line that is decoded counts (LineDecoder::MaxDecodedBytes, without
/// its line end; a CR that is the last byte of that part changes nothing).
///
/// Threading: not thread-safe (it keeps its finder's window); one per thread or task.
class RawLineMatcher
{
public:
    /// What scan() says of a line (its index in the chunk): matches > 0, the exact number of
    /// matches (literals); Undecided, it may match and must be matched decoded.
    struct Verdict
    {
        qint64 line;
        int matches;
        friend bool operator==(const Verdict &, const Verdict &) = default;
    };
    static constexpr int Undecided = -1;
    /// The shortest required literal worth a pass over the bytes.
    static constexpr qsizetype MinRequiredLiteral = 3;
    /// The most alternatives looked for, one pass over the bytes each.
    static constexpr qsizetype MaxRequiredLiterals = 8;

    /// A matcher for `query`, or none when the bytes cannot judge it (see above).
    static std::optional<RawLineMatcher> forQuery(const SearchQuery &query);

    /// True when verdicts count matches (a literal); false when every verdict is Undecided (a
    /// regular expression: its candidates).
    bool countsMatches() const { return m_countsMatches; }
    /// The literals looked for in the bytes (one for a literal query).
    QList<QByteArray> literals() const;

    /// Judges the lines of `bytes`: line i is bytes[lineStarts[i], lineStarts[i+1]) with its line
    /// end, as the search read it (a long line cut after MaxDecodedBytes and its CR LF).
    /// `lineStarts` is ascending and holds one more entry than there are lines; zero-length lines
    /// (markers) never match. Returns the lines that match or may match, ascending; a line not
    /// returned does not match.
    std::vector<Verdict> scan(QByteArrayView bytes, std::span<const qint64> lineStarts);

    /// Literals, one per top-level alternative of the regular expression `pattern`, such that
    /// every match contains one of them, as printable ASCII: in each alternative, the longest
    /// run of plain characters of its sequence (none of them optional). Empty when an
    /// alternative has no such run of MinRequiredLiteral characters, or the pattern holds
    /// anything this does not understand for certain (inline options at the top level, \Q…\E,
    /// \x and other escapes with arguments, nested character classes, comments, verbs).
    /// Conservative: empty is always correct.
    static QList<QByteArray> requiredLiterals(QStringView pattern);

private:
    /// Alternatives, one of which an unsure line must hold for each character of a literal.
    struct NeededCharacter
    {
        char byte;
        char otherCase;             // 0 when none
        QByteArrayView foldingTwin; // the UTF-8 of U+212A or U+017F, empty when none
    };
    struct Literal
    {
        Literal(const QByteArray &literal, bool caseSensitive);
        /// True when `line` holds every character of the literal (in any order).
        bool isHeldBy(QByteArrayView line) const;

        QByteArray bytes;
        ByteLiteralFinder finder;
        std::vector<NeededCharacter> needed;
    };
    static constexpr int Unsure = -2; // a line state in scan()

    RawLineMatcher(const QList<QByteArray> &literals, bool caseSensitive, bool wholeWord, bool countsMatches);
    /// The verdict on an unsure line (0: no match).
    int judgeRewritten(QByteArrayView decodedPart);
    /// Counts (or marks as candidates) in `state` the lines of `hay` holding `literal`.
    void findLiteral(Literal &literal, QByteArrayView hay, std::span<const qint64> lineStarts, std::vector<int> &state);

    bool m_caseSensitive;
    bool m_wholeWord;
    bool m_countsMatches;
    std::vector<Literal> m_literals;
};

} // namespace vcv
