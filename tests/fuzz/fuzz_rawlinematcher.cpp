// SPDX-FileCopyrightText: 2026 The virt-console-viewer developers
// SPDX-License-Identifier: GPL-2.0-or-later
// Fuzz target for the byte-level search (RawLineMatcher, app/bootlog): what the raw bytes of a
// line say of a search must be what decoding the line and matching its text says.
//
// The input is log bytes, cut into lines after each '\n' and at a few more places the fuzzer picks
// (the cuts of boots that begin inside a line), and a query: a literal taken from the input (bytes
// of printable ASCII) or one of a list of regular expressions, case and whole word chosen. For
// every line:
//   - a line the matcher rules out has no match in Search::countMatches(LineDecoder::decodeText());
//   - a count it gives from the bytes is that number of matches;
//   - verdicts are ascending, and counts come only from literal queries;
//   - the search's matcher (Utf8Regex, on the UTF-8 of the decoded text) counts what
//     QRegularExpression counts on the same text in UTF-16 (Search::countMatches).
#include "FuzzInput.h"

#include "bootlog/LineDecoder.h"
#include "bootlog/RawLineMatcher.h"
#include "bootlog/Search.h"
#include "bootlog/Utf8Regex.h"

#include <QString>

#include <algorithm>
#include <cstdint>
#include <optional>
#include <vector>

using namespace vcv;
using namespace vcv::fuzz;
using namespace Qt::StringLiterals;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    FuzzInput in(data, size);
    SearchQuery query;
    query.caseSensitive = in.flag();
    query.wholeWord = in.flag();
    query.regularExpression = in.choose(4) == 0;
    if (query.regularExpression) {
        static const QStringList patterns = {
            u"err(or)?"_s,
            u"Call\\s+Trace"_s,
            u"^error"_s,
            u"error$"_s,
            u"kern(el)+|I/O"_s,
            u"[^x]error"_s,
            u"x*error|k{2}ey"_s,
            u"(?:ab)?cde+"_s,
            u"\\bsys\\w*d\\b"_s,
            u"s[k]ip.*ok"_s,
            // without a literal: matched on every line
            u"[0-9]{2,}"_s,
            u"\\p{L}+"_s,
            u"."_s,
            u"x*"_s,
            u"\\w+\\W"_s,
        };
        query.pattern = patterns.at(qsizetype(in.choose(size_t(patterns.size()))));
    } else {
        QByteArray literal = in.bytes(12);
        for (char &c : literal) {
            if (uchar(c) < 0x20 || uchar(c) > 0x7E)
                c = char(0x20 + uchar(c) % 0x5F); // printable ASCII
        }
        if (literal.isEmpty())
            return 0;
        query.pattern = QString::fromLatin1(literal);
    }
    const int cuts = int(in.choose(4));
    std::vector<qint64> cutAt;
    for (int i = 0; i < cuts; ++i)
        cutAt.push_back(qint64(in.choose(4096)));
    const QByteArray bytes = in.rest();

    std::vector<qint64> starts{0};
    for (qint64 i = 0; i < bytes.size(); ++i) {
        const bool cut = std::find(cutAt.begin(), cutAt.end(), i) != cutAt.end() && i > starts.back();
        if (cut)
            starts.push_back(i);
        if (bytes.at(i) == '\n')
            starts.push_back(i + 1);
    }
    if (starts.back() != bytes.size())
        starts.push_back(bytes.size());
    starts.erase(std::unique(starts.begin(), starts.end()), starts.end());

    const QRegularExpression qtRegex = Search::regularExpression(query);
    const Utf8Regex utf8Regex(qtRegex.pattern(), qtRegex.patternOptions());
    check(utf8Regex.isValid(), "a pattern Utf8Regex does not compile");
    for (qint64 line = 0; line + 1 < qint64(starts.size()); ++line) {
        const QByteArray raw = bytes.mid(starts[size_t(line)], starts[size_t(line) + 1] - starts[size_t(line)]);
        const QString text = LineDecoder::decodeText(raw);
        check(utf8Regex.countMatches(text.toUtf8()) == Search::countMatches(query, text),
              "Utf8Regex counts differently from QRegularExpression", raw);
    }

    std::optional<RawLineMatcher> matcher = RawLineMatcher::forQuery(query);
    if (!matcher)
        return 0;
    const std::vector<RawLineMatcher::Verdict> verdicts = matcher->scan(bytes, starts);
    auto verdict = verdicts.begin();
    for (qint64 line = 0; line + 1 < qint64(starts.size()); ++line) {
        const QByteArray raw = bytes.mid(starts[size_t(line)], starts[size_t(line) + 1] - starts[size_t(line)]);
        const int expected = Search::countMatches(query, LineDecoder::decodeText(raw));
        if (verdict != verdicts.end() && verdict->line == line) {
            if (verdict->matches != RawLineMatcher::Undecided) {
                check(matcher->countsMatches(), "a count from a regular expression's candidates", raw);
                check(verdict->matches == expected, "a count from the bytes differs from the decoded one", raw);
            }
            ++verdict;
            check(verdict == verdicts.end() || verdict->line > line, "verdicts not ascending", raw);
        } else {
            check(expected == 0, "a line with matches was ruled out", raw);
        }
    }
    check(verdict == verdicts.end(), "a verdict for a line that does not exist");
    return 0;
}
