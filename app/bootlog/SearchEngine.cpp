// SPDX-FileCopyrightText: 2026 The virt-console-viewer developers
// SPDX-License-Identifier: GPL-2.0-or-later
// How Search matches a run of lines on a pool thread: read them in blocks of a quarter MiB, rule
// lines out on their raw bytes where RawLineMatcher can, match plain ASCII lines where they are
// and decode only the others, and match a block's lines in one pass where the pattern allows it.
// Search (Search.cpp) owns the results and schedules the runs.
#include "bootlog/SearchEngine_p.h"

#include "bootlog/LineDecoder.h"
#include "bootlog/LogDocument_p.h"
#include "bootlog/RawLineMatcher.h"
#include "bootlog/RotationChain.h"
#include "bootlog/Utf8Regex.h"

#include <QRegularExpression>

#include <algorithm>
#include <cstring>
#include <memory>
#include <numeric>
#include <optional>
#include <span>
#include <vector>

using namespace Qt::StringLiterals;

namespace vcv {

// Multiline: the regular-expression pass matches over many lines at once, where ^ and $ must
// still mean the start and end of each line. Unicode properties: \w, \b and the whole-word
// test treat letters of any script alike.
QRegularExpression::PatternOptions optionsOf(const SearchQuery &query)
{
    QRegularExpression::PatternOptions options =
        QRegularExpression::MultilineOption | QRegularExpression::UseUnicodePropertiesOption;
    if (!query.caseSensitive)
        options |= QRegularExpression::CaseInsensitiveOption;
    return options;
}

QString patternOf(const SearchQuery &query)
{
    QString p = query.regularExpression ? query.pattern : QRegularExpression::escape(query.pattern);
    if (query.wholeWord)
        p = u"(?<![\\p{L}\\p{N}_])(?:"_s % p % u")(?![\\p{L}\\p{N}_])"_s;
    return p;
}

/// The compiled expression of this thread for `query`, for the utilities (matches(),
/// countMatches()): QRegularExpression is compiled (and JIT-compiled on first use) once per thread
/// and query, never shared between threads.
const QRegularExpression &threadRegex(const SearchQuery &query)
{
    thread_local QString pattern;
    thread_local QRegularExpression::PatternOptions options;
    thread_local QRegularExpression re;
    const QString p = patternOf(query);
    const auto o = optionsOf(query);
    if (p != pattern || o != options || !re.isValid() || re.pattern().isEmpty()) {
        pattern = p;
        options = o;
        re = QRegularExpression(p, o);
        re.optimize();
    }
    return re;
}

namespace {

/// What the search matches with, on the UTF-8 of the decoded lines: compiled once per thread and
/// query, as a Utf8Regex must not be shared between threads.
const Utf8Regex &threadUtf8Regex(const SearchQuery &query)
{
    thread_local QString pattern;
    thread_local QRegularExpression::PatternOptions options;
    thread_local std::optional<Utf8Regex> re;
    const QString p = patternOf(query);
    const auto o = optionsOf(query);
    if (!re || p != pattern || o != options) {
        pattern = p;
        options = o;
        re.emplace(p, o);
    }
    return *re;
}

} // namespace

/// The matches of `re` in one line's text, as the view highlights them: each non-empty match,
/// left to right, without overlap. A line that matches only with empty matches (`^`, `x*`)
/// counts as one match, so that every matching line can be stepped to.
int countMatches(const QRegularExpression &re, QStringView lineText)
{
    int found = 0;
    bool matched = false;
    auto it = re.globalMatchView(lineText, 0, QRegularExpression::NormalMatch,
                                 QRegularExpression::DontCheckSubjectStringMatchOption);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        matched = true;
        if (m.capturedLength() > 0)
            ++found;
    }
    return found > 0 ? found : (matched ? 1 : 0);
}

namespace {

/// True when `raw` is printable ASCII and tabs only: then it is its own decoded text.
bool isPlainAscii(QByteArrayView raw)
{
    auto isPlain = [](char ch) {
        const auto c = uchar(ch);
        return (c >= 0x20 && c < 0x7F) || c == '\t';
    };
    // Eight bytes at a time, portably (measured faster than sixteen with SSE2 on lines of kernel
    // log length): a byte below 0x20 or from 0x7F on sets its top bit in `below | above` (the
    // "has less than" and "has more than" word tricks; carries only ever add false alarms next to
    // a true one). Only then is each byte looked at, as a tab is plain too.
    constexpr quint64 Ones = 0x0101010101010101ULL;
    constexpr quint64 Highs = 0x8080808080808080ULL;
    const char *p = raw.data();
    const char *const end = p + raw.size();
    for (; end - p >= 8; p += 8) {
        quint64 w;
        std::memcpy(&w, p, 8);
        const quint64 below = (w - Ones * 0x20) & ~w;
        const quint64 above = (w + Ones * 0x01) | w;
        if (((below | above) & Highs) && !std::all_of(p, p + 8, isPlain))
            return false;
    }
    return std::all_of(p, end, isPlain);
}

/// Appends the text of a line (LineDecoder::decodeText()) as UTF-8: a line of printable ASCII and
/// tabs is its own text, byte for byte, and is copied as it is; any other is decoded.
void appendDecodedUtf8(QByteArray &out, QByteArrayView raw)
{
    if (raw.endsWith('\n')) {
        raw.chop(1);
        if (raw.endsWith('\r'))
            raw.chop(1);
    }
    if (raw.size() <= LineDecoder::MaxDecodedBytes && isPlainAscii(raw))
        out.append(raw);
    else
        out.append(LineDecoder::decodeText(raw).toUtf8());
}

QByteArray decodedUtf8(QByteArrayView raw)
{
    QByteArray out;
    appendDecodedUtf8(out, raw);
    return out;
}

/// True when matching `query` on a line inside the chunk's joined text can differ from matching
/// the line alone: anchors to the subject's ends or the start offset (\A \z \Z \G), lookarounds
/// (which would see the neighbouring lines and the '\n' between them), backtracking verbs (which
/// can stop the scan of the rest of the text). Such patterns are matched line by line. Whole word
/// adds lookarounds too, but only for letters, digits and '_', which '\n' is not.
bool needsLineByLine(const SearchQuery &query)
{
    if (!query.regularExpression)
        return false;
    static constexpr QStringView Markers[] = {u"\\A",  u"\\z",  u"\\Z", u"\\G", u"(?=", u"(?!",
                                              u"(?<=", u"(?<!", u"(?*", u"(*",  u"(?C"};
    for (const QStringView marker : Markers) {
        if (query.pattern.contains(marker))
            return true;
    }
    return false;
}

/// Lines read for searching: their bytes, each line cut after LineReadLimit, and where each
/// begins in them.
struct LineBlock
{
    /// Only the part of a line that the decoder shows is searched (LineDecoder::MaxDecodedBytes),
    /// so no more of a longer line is read: a guest's 256 MiB line costs a search 1 MiB, not 256.
    static constexpr qint64 LineReadLimit = LineDecoder::MaxDecodedBytes + 2; // + a CR LF just past it
    /// A block is searched while its bytes are still in the core's cache: the copy from the page
    /// cache and the passes over the bytes each cost about as much as all of them do in cache.
    static constexpr qint64 TargetBytes = 256 * 1024;

    QByteArray bytes;
    std::vector<qint64> at; // line i is bytes[at[i], at[i+1])

    QByteArrayView line(qint64 i) const
    {
        return QByteArrayView(bytes.constData() + at[size_t(i)], qsizetype(at[size_t(i) + 1] - at[size_t(i)]));
    }

    /// Reads lines [from, to) of a snapshot (`starts`: their starts and the end of the last);
    /// false when the chain gives fewer bytes.
    bool read(const RotationChain &chain, std::span<const qint64> starts, qint64 from, qint64 to)
    {
        at.resize(size_t(to - from) + 1);
        bool capped = false;
        for (qint64 i = from; i < to && !capped; ++i)
            capped = starts[size_t(i) + 1] - starts[size_t(i)] > LineReadLimit;
        if (!capped) {
            const qint64 base = starts[size_t(from)];
            const qint64 size = starts[size_t(to)] - base;
            bytes.resize(qsizetype(size));
            if (chain.read(ByteOffset(base), bytes.data(), size) != size)
                return false;
            for (qint64 i = from; i <= to; ++i)
                at[size_t(i - from)] = starts[size_t(i)] - base;
            return true;
        }
        bytes.clear();
        for (qint64 i = from; i < to; ++i) {
            at[size_t(i - from)] = bytes.size();
            const qint64 length = qMin(starts[size_t(i) + 1] - starts[size_t(i)], LineReadLimit);
            const qsizetype offset = bytes.size();
            bytes.resize(offset + qsizetype(length));
            if (chain.read(ByteOffset(starts[size_t(i)]), bytes.data() + offset, length) != length)
                return false;
        }
        at[size_t(to - from)] = bytes.size();
        return true;
    }
};

/// What searchBlock() builds for each block, kept from one block to the next: a buffer of a
/// quarter MiB allocated anew for each block would be mapped anew (glibc's mmap threshold), and
/// every page of it faulted in again.
struct BlockScratch
{
    std::vector<qint64> toDecode; // the lines to match decoded, ascending
    QByteArray text;              // their text in UTF-8, each followed by '\n'
    std::vector<qint64> textStart;
    std::vector<char> plain;    // matchPlainInPlace(): per line, matched where it is
    std::vector<qint64> others; // matchPlainInPlace(): the lines left to the decoder
    std::vector<LineMatches> inPlace, decoded;
};

/// The global match of `re` over `subject`, counted per line as matching each line alone would
/// count it. Line k is subject[starts[k] - base, textEnd(k) - base), followed by a '\n' (or by the
/// next line, or the end); `starts` holds one more entry than there are lines. Each match is counted for the
/// line it begins in, as long as it ends on that line (a match found from inside a line or from
/// an earlier one is the same match: one that exists on a line alone also exists in the subject,
/// and none begins in between — needsLineByLine() excludes the patterns that could tell the two
/// apart). A match that reaches past its line's end is not: that line is counted on its own text
/// and the matching goes on from the next line. `record(k, n)` gets each line with n > 0 matches,
/// ascending, for the lines where `counts(k)`; the others' matches are left out.
template<typename TextEnd, typename Counts, typename Record>
void matchByLine(const Utf8Regex &re, QByteArrayView subject, std::span<const qint64> starts, qint64 base,
                 TextEnd textEnd, Counts counts, Record record, const std::atomic<bool> *cancel)
{
    const size_t lines = starts.size() - 1;
    if (lines == 0)
        return;
    auto recordIfCounted = [&](size_t k, int n) {
        if (n > 0 && counts(k))
            record(k, n);
    };
    qsizetype pos = 0;
    size_t k = 0; // the line of the current match
    while (pos < subject.size()) {
        if (cancel && cancel->load(std::memory_order_relaxed))
            return;
        size_t counting = SIZE_MAX; // the line whose matches are being counted
        int nonEmpty = 0;
        bool matched = false;
        auto flush = [&] {
            if (counting != SIZE_MAX)
                recordIfCounted(counting, nonEmpty > 0 ? nonEmpty : (matched ? 1 : 0));
        };
        bool restart = false;
        for (Utf8Regex::Match m = re.next(subject, pos, false); m.isValid(); m = re.next(subject, m.end, m.isEmpty())) {
            while (k + 1 < lines && starts[k + 1] - base <= m.start)
                ++k;
            if (k != counting) {
                flush();
                counting = k;
                nonEmpty = 0;
                matched = false;
            }
            const qint64 end = textEnd(k) - base;
            if (m.end > end) {
                if (counts(k))
                    recordIfCounted(k, re.countMatches(subject.sliced(starts[k] - base, end - (starts[k] - base))));
                counting = SIZE_MAX;
                pos = starts[k + 1] - base;
                restart = true;
                break;
            }
            matched = true;
            if (!m.isEmpty())
                ++nonEmpty;
        }
        flush();
        if (!restart)
            break;
    }
}

/// Matches lines `toDecode` of `block` on their decoded text (UTF-8), joined with '\n' — one
/// global match instead of one per line; appends the matching ones, ascending.
void matchJoined(const LineBlock &block, std::span<const qint64> toDecode, const Utf8Regex &re,
                 std::span<const bool> isMarker, qint64 first, const std::atomic<bool> *cancel, BlockScratch &scratch,
                 std::vector<LineMatches> &found)
{
    QByteArray &text = scratch.text;
    text.resize(0); // keeps the allocation
    qint64 textSize = 0;
    for (const qint64 i : toDecode)
        textSize += block.at[size_t(i) + 1] - block.at[size_t(i)] + 1;
    text.reserve(qsizetype(textSize));
    std::vector<qint64> &textStart = scratch.textStart;
    textStart.resize(toDecode.size() + 1);
    for (size_t k = 0; k < toDecode.size(); ++k) {
        textStart[k] = text.size();
        if (!isMarker[size_t(toDecode[k])])
            appendDecodedUtf8(text, block.line(toDecode[k]));
        text.append('\n');
    }
    textStart.back() = text.size();
    // The text is valid UTF-8 (ASCII, or converted from the decoder's valid UTF-16), as
    // Utf8Regex expects without checking.
    matchByLine(
        re, text, textStart, 0, [&](size_t k) { return textStart[k + 1] - 1; },
        [&](size_t k) { return !isMarker[size_t(toDecode[k])]; },
        [&](size_t k, int n) { found.push_back({first + toDecode[k], n}); }, cancel);
}

/// Matches the plain lines of `block` where they are, in its bytes: a line of printable ASCII
/// and tabs that ends with LF is its own decoded text followed by '\n', just as matchJoined()
/// would copy it, so nothing is copied or decoded. Each run of plain lines in a row is one
/// subject (PCRE2 sees none of the other bytes, which need not be valid UTF-8, as PCRE2_NO_UTF_CHECK
/// requires). Appends the matching ones, ascending, and
/// puts every other line that may match into `others` (for matchJoined()): those with other
/// bytes or a CR LF, those cut from their neighbour without a line end (a boot that began inside
/// a line: `$` and `^` must still see a line end there) and the one after such a cut.
void matchPlainInPlace(const LineBlock &block, const Utf8Regex &re, std::span<const bool> isMarker, qint64 first,
                       const std::atomic<bool> *cancel, BlockScratch &scratch, std::vector<qint64> &others,
                       std::vector<LineMatches> &found)
{
    const qint64 lines = qint64(block.at.size()) - 1;
    const qint64 size = block.bytes.size();
    std::vector<char> &plain = scratch.plain;
    plain.assign(size_t(lines), 0);
    others.clear();
    bool afterLineEnd = true; // the bytes before this line end with a LF (or there are none)
    for (qint64 i = 0; i < lines; ++i) {
        const QByteArrayView line = block.line(i);
        if (line.isEmpty() || isMarker[size_t(i)])
            continue; // no bytes: never matches, and changes nothing around it
        const bool ended = line.endsWith('\n');
        const QByteArrayView text = ended ? line.chopped(1) : line;
        plain[size_t(i)] = afterLineEnd && (ended || block.at[size_t(i) + 1] == size) &&
            text.size() <= LineDecoder::MaxDecodedBytes && isPlainAscii(text);
        if (!plain[size_t(i)])
            others.push_back(i);
        afterLineEnd = ended;
    }
    for (qint64 from = 0; from < lines;) {
        if (!plain[size_t(from)]) {
            ++from;
            continue;
        }
        qint64 to = from + 1;
        while (to < lines && plain[size_t(to)])
            ++to;
        const qint64 base = block.at[size_t(from)];
        const std::span<const qint64> starts(block.at.data() + from, size_t(to - from) + 1);
        matchByLine(
            re, QByteArrayView(block.bytes).sliced(base, block.at[size_t(to)] - base), starts, base,
            [&](size_t k) { return starts[k + 1] - (block.line(from + qint64(k)).endsWith('\n') ? 1 : 0); },
            [](size_t) { return true; }, [&](size_t k, int n) { found.push_back({first + from + qint64(k), n}); },
            cancel);
        from = to;
    }
}

/// Searches the lines of `block`, the first of which is line `first` of the document; appends
/// the matching ones with their number of matches, ascending. `isMarker` is the block's.
void searchBlock(const LineBlock &block, const SearchQuery &query, std::optional<RawLineMatcher> &raw,
                 const Utf8Regex &re, std::span<const bool> isMarker, qint64 first, const std::atomic<bool> *cancel,
                 BlockScratch &scratch, std::vector<LineMatches> &found)
{
    const qint64 lines = qint64(block.at.size()) - 1;
    auto count = [&](qint64 i) {
        if (isMarker[size_t(i)])
            return 0;
        return re.countMatches(decodedUtf8(block.line(i)));
    };

    // The bytes first (RawLineMatcher): a literal is counted there on every line whose bytes show
    // it as the decoder would; a regular expression with a required literal keeps only the lines
    // holding it. The rest is matched decoded.
    // Every line, where no literal rules any out, is listed only for matching line by line: the
    // in-place pass below walks the block itself.
    const bool lineByLine = needsLineByLine(query);
    std::vector<qint64> &toDecode = scratch.toDecode;
    toDecode.clear();
    if (raw) {
        const std::vector<RawLineMatcher::Verdict> verdicts = raw->scan(block.bytes, block.at);
        if (raw->countsMatches()) {
            for (const RawLineMatcher::Verdict &v : verdicts) {
                const int n = v.matches != RawLineMatcher::Undecided ? v.matches : count(v.line);
                if (n > 0 && !isMarker[size_t(v.line)])
                    found.push_back({first + v.line, n});
            }
            return;
        }
        toDecode.reserve(verdicts.size());
        for (const RawLineMatcher::Verdict &v : verdicts)
            toDecode.push_back(v.line);
    } else if (lineByLine) {
        toDecode.resize(size_t(lines));
        std::iota(toDecode.begin(), toDecode.end(), qint64(0));
    }

    if (lineByLine) {
        for (const qint64 i : toDecode) {
            if (const int n = count(i); n > 0)
                found.push_back({first + i, n});
        }
        return;
    }

    if (raw) {
        matchJoined(block, toDecode, re, isMarker, first, cancel, scratch, found);
        return;
    }
    // Every line: the plain ones where they are, the others decoded; the two merged in order.
    std::vector<LineMatches> &inPlace = scratch.inPlace;
    std::vector<LineMatches> &decoded = scratch.decoded;
    inPlace.clear();
    decoded.clear();
    std::vector<qint64> &others = scratch.others;
    matchPlainInPlace(block, re, isMarker, first, cancel, scratch, others, inPlace);
    matchJoined(block, others, re, isMarker, first, cancel, scratch, decoded);
    std::merge(inPlace.begin(), inPlace.end(), decoded.begin(), decoded.end(), std::back_inserter(found),
               [](const LineMatches &a, const LineMatches &b) { return a.line < b.line; });
}

} // namespace

/// Searches lines [first, first+count) of the document, a block at a time; returns the matching
/// ones with their number of matches, ascending.
std::vector<LineMatches> searchLines(const LogDocument::Private &doc, const SearchQuery &query, qint64 first,
                                     qint64 lines, const std::atomic<bool> *cancel)
{
    std::vector<LineMatches> found;
    std::vector<qint64> starts;
    std::vector<bool> markers;
    if (!doc.snapshot(first, lines, starts, markers))
        return found;
    const std::unique_ptr<bool[]> isMarker = std::make_unique<bool[]>(size_t(lines));
    std::copy(markers.begin(), markers.end(), isMarker.get());
    const Utf8Regex &re = threadUtf8Regex(query);
    std::optional<RawLineMatcher> raw = RawLineMatcher::forQuery(query);
    LineBlock block;
    block.bytes.reserve(LineBlock::TargetBytes);
    BlockScratch scratch;
    qint64 from = 0;
    while (from < lines) {
        if (cancel && cancel->load(std::memory_order_relaxed))
            return {};
        // Lines up to TargetBytes (at least one).
        qint64 to = from;
        qint64 size = 0;
        while (to < lines) {
            const qint64 length = qMin(starts[size_t(to) + 1] - starts[size_t(to)], LineBlock::LineReadLimit);
            if (to > from && size + length > LineBlock::TargetBytes)
                break;
            size += length;
            ++to;
        }
        if (!block.read(*doc.chain, starts, from, to))
            return found;
        searchBlock(block, query, raw, re, std::span<const bool>(isMarker.get() + from, size_t(to - from)),
                    first + from, cancel, scratch, found);
        from = to;
    }
    if (cancel && cancel->load(std::memory_order_relaxed))
        return {};
    return found;
}

} // namespace vcv
