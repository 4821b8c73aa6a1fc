// SPDX-FileCopyrightText: 2026 The virt-console-viewer developers
// SPDX-License-Identifier: GPL-2.0-or-later
#include "bootlog/RawLineMatcher.h"

#include "bootlog/LineDecoder.h"

#include <algorithm>
#include <array>
#include <cstring>

namespace vcv {

namespace {

// PCRE2 folds these to ASCII letters when matching caselessly (checked against every code point).
constexpr QByteArrayView KelvinSign = "\xE2\x84\xAA"; // U+212A, folds to k
constexpr QByteArrayView LongS = "\xC5\xBF";          // U+017F, folds to s

bool isPrintableAscii(char c)
{
    return c >= 0x20 && c < 0x7F;
}

bool isWordByte(uchar c)
{
    return (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c == '_';
}

char otherCase(char c)
{
    if (c >= 'a' && c <= 'z')
        return char(c - 'a' + 'A');
    if (c >= 'A' && c <= 'Z')
        return char(c - 'A' + 'a');
    return 0;
}

/// The decoded part of a line [start, end): the end without its LF or CR LF, at most
/// MaxDecodedBytes after the start (LineDecoder::decodeText()).
qint64 decodedEnd(QByteArrayView bytes, qint64 start, qint64 end)
{
    if (end > start && bytes[end - 1] == '\n') {
        --end;
        if (end > start && bytes[end - 1] == '\r')
            --end;
    }
    return qMin(end, start + LineDecoder::MaxDecodedBytes);
}

/// Walks a pattern for requiredLiterals(). Each method returns false for what it does not
/// understand for certain, which ends the walk with no literal.
class PatternWalk
{
public:
    explicit PatternWalk(QStringView pattern)
        : p(pattern)
    {
    }

    /// One literal per top-level alternative; empty when one of them has none of at least
    /// `minimum` characters.
    QList<QByteArray> required(qsizetype minimum)
    {
        QList<QByteArray> literals;
        auto endAlternative = [&] {
            closeRun();
            literals.append(best);
            best.clear();
            return literals.last().size() >= minimum;
        };
        while (i < p.size()) {
            if (p[i] == u'|') {
                ++i;
                if (!endAlternative())
                    return {};
                continue;
            }
            const bool literal = atom();
            if (failed)
                return {};
            if (!quantifier(literal) || failed)
                return {};
        }
        if (!endAlternative())
            return {};
        return literals;
    }

private:
    QStringView p;
    qsizetype i = 0;
    bool failed = false;
    QByteArray run;  // plain characters in a row, each required
    QByteArray best; // the longest such run so far

    QChar at(qsizetype k) const { return k < p.size() ? p[k] : QChar(); }
    void closeRun()
    {
        if (run.size() > best.size())
            best = run;
        run.clear();
    }
    bool fail()
    {
        failed = true;
        return false;
    }

    /// Reads one atom at i; true when it is a plain character (then appended to the run).
    bool atom()
    {
        const QChar c = p[i];
        const char16_t u = c.unicode();
        switch (u) {
        case u'\\': {
            const QChar d = at(i + 1);
            const char16_t e = d.unicode();
            if (e != 0 && e < 0x7F && isPrintableAscii(char(e)) && !d.isLetterOrNumber()) {
                i += 2; // an escaped punctuation character stands for itself
                run.append(char(e));
                return true;
            }
            // Escapes of one character that take no argument: classes, assertions, controls.
            static constexpr char16_t Simple[] = u"dDwWsShHvVRXbBAzZGKntrfea";
            if (e != 0 && std::find(std::begin(Simple), std::end(Simple) - 1, e) != std::end(Simple) - 1) {
                i += 2;
                closeRun();
                return false;
            }
            return fail(); // \x, \Q, \E, \c, \p, \g, \k, \N, back-references, octal …
        }
        case u'[':
            if (!skipClass())
                return fail();
            closeRun();
            return false;
        case u'(':
            if (!skipGroup())
                return fail();
            closeRun();
            return false;
        case u')':
        case u'*':
        case u'+':
        case u'?':
        case u'{': return fail(); // unbalanced, or a quantifier with nothing to repeat
        case u'.':
        case u'^':
        case u'$':
        case u']':
        case u'}':
            ++i;
            closeRun();
            return false;
        default:
            ++i;
            if (u < 0x7F && isPrintableAscii(char(u))) {
                run.append(char(u));
                return true;
            }
            closeRun(); // not ASCII, or a control character: not looked for in the bytes
            return false;
        }
    }

    /// Reads a quantifier after the atom, if any. An optional atom leaves the run; a repeated one
    /// ends it (the next characters need not follow it directly).
    bool quantifier(bool literal)
    {
        const QChar q = at(i);
        bool optional = false;
        if (q == u'?' || q == u'*') {
            optional = true;
            ++i;
        } else if (q == u'+') {
            ++i;
        } else if (q == u'{') {
            // Only the strict forms {m}, {m,}, {m,n}; PCRE2 10.43 also reads {,n} and spaces.
            qsizetype k = i + 1;
            qint64 min = 0;
            qsizetype digits = 0;
            while (at(k).isDigit() && at(k).unicode() < 0x80) {
                min = qMin<qint64>(min * 10 + (at(k).unicode() - u'0'), 1000000);
                ++k;
                ++digits;
            }
            if (digits == 0)
                return fail();
            if (at(k) == u',') {
                ++k;
                while (at(k).isDigit() && at(k).unicode() < 0x80)
                    ++k;
            }
            if (at(k) != u'}')
                return fail();
            i = k + 1;
            optional = min == 0;
        } else {
            if (!literal)
                closeRun();
            return true;
        }
        if (at(i) == u'?' || at(i) == u'+')
            ++i; // lazy or possessive
        if (at(i) == u'?' || at(i) == u'*' || at(i) == u'+' || at(i) == u'{')
            return fail(); // a quantifier of a quantifier: leave it to PCRE2
        if (optional && literal)
            run.chop(1);
        closeRun();
        return true;
    }

    /// Skips a character class [ … ] from i; false for a nested one ([:alpha:] …) or \Q.
    bool skipClass()
    {
        qsizetype k = i + 1;
        if (at(k) == u'^')
            ++k;
        if (at(k) == u']')
            ++k; // a ] first is a member
        while (k < p.size()) {
            const QChar c = p[k];
            if (c == u'\\') {
                const QChar d = at(k + 1);
                if (d.isNull() || d == u'Q' || d == u'E')
                    return false;
                k += 2;
                continue;
            }
            if (c == u'[')
                return false;
            if (c == u']') {
                i = k + 1;
                return true;
            }
            ++k;
        }
        return false;
    }

    /// Skips a group ( … ) from i. Options set inside a group end with it, so any group is skipped
    /// whole; at the top level only (?: (?= (?! (?< (?P< (?' (?> (?| open one: (?i) and the like
    /// change what follows.
    bool skipGroup()
    {
        qsizetype k = i + 1;
        if (at(k) == u'*')
            return false;
        if (at(k) == u'?') {
            const QChar kind = at(k + 1);
            bool opensGroup = kind == u':' || kind == u'=' || kind == u'!' || kind == u'<' || kind == u'\'' ||
                kind == u'>' || kind == u'|' || (kind == u'P' && at(k + 2) == u'<');
            if (!opensGroup) {
                // (?i:…) opens a group with options of its own; (?i) sets them for what follows.
                qsizetype f = k + 1;
                while ((at(f).isLetter() && at(f).unicode() < 0x80) || at(f) == u'-' || at(f) == u'^')
                    ++f;
                opensGroup = f > k + 1 && at(f) == u':';
            }
            if (!opensGroup)
                return false;
        }
        int depth = 1;
        while (k < p.size()) {
            const QChar c = p[k];
            if (c == u'\\') {
                const QChar d = at(k + 1);
                if (d.isNull() || d == u'Q' || d == u'E')
                    return false;
                k += 2;
                continue;
            }
            if (c == u'[') {
                const qsizetype saved = i;
                i = k;
                if (!skipClass()) {
                    i = saved;
                    return false;
                }
                k = i;
                i = saved;
                continue;
            }
            if (c == u'(') {
                if (at(k + 1) == u'?' && at(k + 2) == u'#')
                    return false; // a comment may hold parentheses
                ++depth;
            } else if (c == u')') {
                if (--depth == 0) {
                    i = k + 1;
                    return true;
                }
            }
            ++k;
        }
        return false;
    }
};

} // namespace

RawLineMatcher::Literal::Literal(const QByteArray &literal, bool caseSensitive)
    : bytes(literal)
    , finder(literal, caseSensitive)
{
    // What an unsure line must hold to be a candidate: each character of the literal once.
    QByteArray folded = literal;
    if (!caseSensitive) {
        char *d = folded.data();
        ByteLiteralFinder::lowerAscii(d, d, folded.size());
    }
    std::sort(folded.begin(), folded.end());
    folded.resize(std::unique(folded.begin(), folded.end()) - folded.begin());
    for (const char c : std::as_const(folded)) {
        NeededCharacter character{c, 0, {}};
        if (!caseSensitive) {
            character.otherCase = otherCase(c);
            if (c == 'k')
                character.foldingTwin = KelvinSign;
            else if (c == 's')
                character.foldingTwin = LongS;
        }
        needed.push_back(character);
    }
}

bool RawLineMatcher::Literal::isHeldBy(QByteArrayView line) const
{
    const auto holds = [line](char c) { return c != 0 && std::memchr(line.data(), c, size_t(line.size())); };
    for (const NeededCharacter &character : needed) {
        if (!holds(character.byte) && !holds(character.otherCase) &&
            (character.foldingTwin.isEmpty() || !line.contains(character.foldingTwin)))
            return false;
    }
    return true;
}

RawLineMatcher::RawLineMatcher(const QList<QByteArray> &literals, bool caseSensitive, bool wholeWord,
                               bool countsMatches)
    : m_caseSensitive(caseSensitive)
    , m_wholeWord(wholeWord)
    , m_countsMatches(countsMatches)
{
    for (const QByteArray &literal : literals)
        m_literals.emplace_back(literal, caseSensitive);
}

std::optional<RawLineMatcher> RawLineMatcher::forQuery(const SearchQuery &query)
{
    if (query.pattern.isEmpty())
        return std::nullopt;
    if (query.regularExpression) {
        const QList<QByteArray> literals = requiredLiterals(query.pattern);
        if (literals.isEmpty() || literals.size() > MaxRequiredLiterals)
            return std::nullopt;
        return RawLineMatcher(literals, query.caseSensitive, query.wholeWord, false);
    }
    QByteArray literal;
    literal.reserve(query.pattern.size());
    for (const QChar c : query.pattern) {
        if (c.unicode() >= 0x7F || !isPrintableAscii(char(c.unicode())))
            return std::nullopt;
        literal.append(char(c.unicode()));
    }
    return RawLineMatcher({literal}, query.caseSensitive, query.wholeWord, true);
}

QList<QByteArray> RawLineMatcher::literals() const
{
    QList<QByteArray> out;
    for (const Literal &literal : m_literals)
        out.append(literal.bytes);
    return out;
}

std::vector<RawLineMatcher::Verdict> RawLineMatcher::scan(QByteArrayView bytes, std::span<const qint64> lineStarts)
{
    std::vector<Verdict> verdicts;
    if (lineStarts.size() < 2)
        return verdicts;
    const qint64 lines = qint64(lineStarts.size()) - 1;
    const char *data = bytes.data();
    const qint64 size = lineStarts.back();
    Q_ASSERT(size <= bytes.size());

    // Per line: > 0 matches counted (or a candidate), Unsure, or 0.
    std::vector<int> state(size_t(lines), 0);
    qint64 cursor = 0;
    // The line holding byte `pos`; `pos` must not go down between calls (cursor reset per pass).
    auto lineOf = [&](qint64 pos) {
        const auto it = std::upper_bound(lineStarts.begin() + cursor + 1, lineStarts.end() - 1, pos);
        cursor = qint64(it - lineStarts.begin()) - 1;
        return cursor;
    };
    auto markUnsure = [&](QByteArrayView twin) {
        cursor = 0;
        qint64 pos = 0;
        while (pos < size) {
            // memchr() for the lead byte, rare in logs: memmem() of a 2-byte needle and
            // QByteArrayView::indexOf() scan about a byte at a time, the slowest pass here.
            const void *hit = std::memchr(data + pos, twin[0], size_t(size - pos));
            if (!hit)
                break;
            const qint64 at = static_cast<const char *>(hit) - data;
            pos = at + 1;
            if (!QByteArrayView(data + at, size - at).startsWith(twin))
                continue;
            const qint64 line = lineOf(at);
            if (at < decodedEnd(bytes, lineStarts[line], lineStarts[line + 1]))
                state[size_t(line)] = Unsure;
        }
    };

    // Unsure lines: ESC and BS anywhere in the decoded part, CR before its last byte.
    for (const char special : {'\x1b', '\b', '\r'}) {
        cursor = 0;
        qint64 pos = 0;
        while (pos < size) {
            const void *hit = std::memchr(data + pos, special, size_t(size - pos));
            if (!hit)
                break;
            const qint64 at = static_cast<const char *>(hit) - data;
            const qint64 line = lineOf(at);
            const qint64 end = decodedEnd(bytes, lineStarts[line], lineStarts[line + 1]);
            const bool harmless = special == '\r' ? at + 1 >= end : at >= end;
            if (harmless) {
                pos = at + 1;
                continue;
            }
            state[size_t(line)] = Unsure;
            pos = lineStarts[line + 1];
        }
    }
    if (!m_caseSensitive) {
        for (const QByteArrayView twin : {KelvinSign, LongS}) {
            const bool needed = std::any_of(m_literals.begin(), m_literals.end(), [twin](const Literal &literal) {
                return std::any_of(literal.needed.begin(), literal.needed.end(),
                                   [twin](const NeededCharacter &c) { return c.foldingTwin == twin; });
            });
            if (needed)
                markUnsure(twin);
        }
    }

    // The literals in the bytes of the other lines.
    const QByteArrayView hay = bytes.first(size);
    for (Literal &literal : m_literals)
        findLiteral(literal, hay, lineStarts, state);

    for (qint64 line = 0; line < lines; ++line) {
        const int s = state[size_t(line)];
        if (s > 0) {
            verdicts.push_back({line, m_countsMatches ? s : Undecided});
        } else if (s == Unsure) {
            const qint64 start = lineStarts[line];
            const QByteArrayView decodedPart(data + start, decodedEnd(bytes, start, lineStarts[line + 1]) - start);
            if (const int n = judgeRewritten(decodedPart); n != 0)
                verdicts.push_back({line, n});
        }
    }
    return verdicts;
}

int RawLineMatcher::judgeRewritten(QByteArrayView decodedPart)
{
    // Cheap first: decoding makes no ASCII character that is not in the bytes.
    if (std::none_of(m_literals.begin(), m_literals.end(),
                     [decodedPart](const Literal &literal) { return literal.isHeldBy(decodedPart); }))
        return 0;
    // strip() applies what decoding does (escape sequences removed, CR and BS rewriting) but
    // keeps the bytes: each character of the decoded text is one piece of it, ASCII as the same
    // byte, everything else as bytes outside printable ASCII. So the literal's matches are found
    // there as in a plain line.
    const QByteArray shown = LineDecoder::strip(decodedPart);
    if (!m_caseSensitive) {
        for (const QByteArrayView twin : {KelvinSign, LongS}) {
            if (shown.contains(twin))
                return Undecided;
        }
    }
    const std::array<qint64, 2> bounds{0, shown.size()};
    int found = 0;
    for (Literal &literal : m_literals) {
        std::vector<int> state(1, 0);
        findLiteral(literal, shown, bounds, state);
        if (state.front() == Unsure)
            return Undecided; // a whole word next to a character outside ASCII
        if (state.front() > 0 && !m_countsMatches)
            return Undecided; // a candidate
        found += state.front();
    }
    return found;
}

void RawLineMatcher::findLiteral(Literal &literal, QByteArrayView hay, std::span<const qint64> lineStarts,
                                 std::vector<int> &state)
{
    const char *data = hay.data();
    const qint64 size = hay.size();
    const qint64 len = literal.bytes.size();
    literal.finder.forgetWindow(); // other bytes may stand where the last haystack was
    qint64 cursor = 0;
    auto lineOf = [&](qint64 pos) {
        const auto it = std::upper_bound(lineStarts.begin() + cursor + 1, lineStarts.end() - 1, pos);
        cursor = qint64(it - lineStarts.begin()) - 1;
        return cursor;
    };
    qint64 pos = 0;
    while (pos < size) {
        const qint64 at = literal.finder.indexIn(hay, pos);
        if (at < 0)
            break;
        const qint64 line = lineOf(at);
        const qint64 lineStart = lineStarts[line];
        const qint64 next = lineStarts[line + 1];
        int &lineState = state[size_t(line)];
        if (lineState == Unsure || (!m_countsMatches && lineState > 0)) {
            pos = next;
            continue;
        }
        qint64 textEnd = decodedEnd(hay, lineStart, next);
        if (textEnd > lineStart && data[textEnd - 1] == '\r')
            --textEnd; // a CR at the very end shows nothing
        if (at + len > textEnd) {
            pos = next; // past the decoded part, or across a cut into the next line
            continue;
        }
        if (!m_countsMatches) {
            lineState = 1; // a candidate; one hit is enough
            pos = next;
            continue;
        }
        if (m_wholeWord) {
            const uchar before = at > lineStart ? uchar(data[at - 1]) : 0;
            const uchar after = at + len < textEnd ? uchar(data[at + len]) : 0;
            if (before >= 0x80 || after >= 0x80) {
                lineState = Unsure; // a letter or not: known decoded
                pos = next;
                continue;
            }
            if (isWordByte(before) || isWordByte(after)) {
                pos = at + 1; // as PCRE2 goes on after a failed attempt
                continue;
            }
        }
        ++lineState;
        pos = at + len; // matches do not overlap
    }
}

QList<QByteArray> RawLineMatcher::requiredLiterals(QStringView pattern)
{
    return PatternWalk(pattern).required(MinRequiredLiteral);
}

} // namespace vcv
