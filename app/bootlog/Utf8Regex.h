// SPDX-FileCopyrightText: 2026 The virt-console-viewer developers
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QByteArrayView>
#include <QRegularExpression>
#include <QString>

#include <memory>

namespace vcv {

/// A regular expression matched on UTF-8 text by PCRE2 itself, giving the answers that
/// QRegularExpression gives on the same text in UTF-16.
///
/// Why: QRegularExpression matches UTF-16 only and allocates for every match (about 200 ns), so a
/// search that counts millions of matches spent most of its time there and in widening the log's
/// bytes to UTF-16. This matches the bytes as they are (plain ASCII lines need no decoding at all)
/// with one match data for all calls.
///
/// Same answers: QRegularExpression is a thin layer on the same PCRE2 library. This compiles the
/// same pattern with the same options (its PatternOptions mapped as Qt maps them, plus PCRE2_UTF),
/// JIT-compiles it, gives the JIT the largest stack Qt gives it (512 KiB), and steps through a
/// subject as QRegularExpressionMatchIterator does: after an empty match, a non-empty match
/// anchored at the same place, else one character on. In UTF mode PCRE2 matches characters, not
/// code units, so its 8- and 16-bit libraries agree on valid text, except for \C (one code unit),
/// which this refuses (PCRE2_NEVER_BACKSLASH_C: "\C is not allowed").
///
/// Subjects must be valid UTF-8 (not checked: PCRE2_NO_UTF_CHECK), as LineDecoder's text is once
/// converted, and must not contain CR (the decoder never leaves one; Qt steps over CR LF as one
/// character under a CRLF newline convention, this does not).
///
/// Threading: a compiled expression is read-only, but the match data and JIT stack are its own:
/// one Utf8Regex per thread.
class Utf8Regex
{
public:
    /// A match: its byte offsets [start, end) in the subject; invalid when there is none.
    struct Match
    {
        qsizetype start = -1;
        qsizetype end = -1;
        bool isValid() const { return start >= 0; }
        bool isEmpty() const { return start == end; }
        friend bool operator==(const Match &, const Match &) = default;
    };

    /// Compiles `pattern` with `options` (those of QRegularExpression::PatternOptions that change
    /// matching; the others are ignored).
    Utf8Regex(const QString &pattern, QRegularExpression::PatternOptions options);
    ~Utf8Regex();
    Utf8Regex(Utf8Regex &&other) noexcept;
    Utf8Regex &operator=(Utf8Regex &&other) noexcept;
    Utf8Regex(const Utf8Regex &) = delete;
    Utf8Regex &operator=(const Utf8Regex &) = delete;

    bool isValid() const;
    /// PCRE2's message when the pattern does not compile ("missing closing parenthesis").
    QString errorString() const;
    /// Where in the pattern the error is, in UTF-16 code units (as QString indexes it); -1 when valid.
    qsizetype patternErrorOffset() const;

    /// The next match of a global match over `subject` (QRegularExpression::globalMatch): the
    /// first at or after `from`, where the previous match ended; `previousWasEmpty` when it was
    /// empty (then an empty match at `from` is not returned again). Start with from = 0 and false.
    /// Invalid when there is none, or PCRE2 gave up (match or JIT stack limit: as Qt, the
    /// iteration ends there).
    Match next(QByteArrayView subject, qsizetype from, bool previousWasEmpty) const;

    /// The matches in one line's text, counted as a search counts them: each non-empty match of a
    /// global match; a line that matches only with empty matches (`^`, `x*`) counts one.
    int countMatches(QByteArrayView lineText) const;

private:
    struct Compiled;
    std::unique_ptr<Compiled> d;
};

} // namespace vcv
