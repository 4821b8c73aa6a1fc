// SPDX-FileCopyrightText: 2026 The virt-console-viewer developers
// SPDX-License-Identifier: GPL-2.0-or-later
#include "bootlog/LogTroubleScanner.h"

#include "bootlog/LogDocument.h"
#include "bootlog/TroubleWords.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace vcv {

namespace {
// What the definition's rules (not its keyword lists) colour as errors: systemd's status, the
// kernel's and Python's reports. tst_logview_trouble checks each against the definition.
constexpr QByteArrayView errorMarkers[] = {"[FAILED]",    "Kernel panic", "BUG:",          "Oops",
                                           "Call Trace:", "segfault",     "Out of memory", "Traceback"};
constexpr QByteArrayView warningMarkers[] = {"[ TIME ]", "[ WARN ]", "[DEPEND]", "WARNING:"};

// KSyntaxHighlighting's default word delimiters, without '-' (the definition's weakDeliminator:
// "error-free" is one word, not the keyword "error").
constexpr QByteArrayView delimiters = " \t.():!+,<=>%&*/;?[]^{|}~\\";

bool isDelimiter(char c)
{
    return uchar(c) < 0x20 || uchar(c) == 0x7f || delimiters.contains(c);
}

// Skips the escape sequence at raw[i] (an ESC): a CSI's parameters and final byte, or the one
// byte after ESC. Returns the index after it.
qsizetype skipEscape(QByteArrayView raw, qsizetype i)
{
    ++i;
    if (i < raw.size() && raw[i] == '[') {
        ++i;
        while (i < raw.size() && uchar(raw[i]) >= 0x20 && uchar(raw[i]) <= 0x3f)
            ++i;
        if (i < raw.size() && uchar(raw[i]) >= 0x40 && uchar(raw[i]) <= 0x7e)
            ++i;
    } else if (i < raw.size()) {
        ++i;
    }
    return i;
}

template<qsizetype N>
bool isListed(QByteArrayView word, const QByteArrayView (&list)[N])
{
    for (QByteArrayView listed : list) {
        if (word.size() == listed.size() && word.compare(listed, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

} // namespace

LogTroubleScanner::LogTroubleScanner(QObject *parent)
    : LogLineScanner(
          [](const LogDocument &document, qint64 line) {
              return int(classify(document.rawLineHead(LineNumber(line), LogDocument::ClassifyBytes)));
          },
          parent)
{
}

LogTroubleScanner::~LogTroubleScanner() = default;

LogTroubleScanner::Kind LogTroubleScanner::classify(QByteArrayView raw)
{
    for (QByteArrayView marker : errorMarkers) {
        if (raw.contains(marker))
            return Kind::Error;
    }
    Kind kind = Kind::None;
    for (QByteArrayView marker : warningMarkers) {
        if (raw.contains(marker))
            kind = Kind::Warning;
    }
    qsizetype i = 0;
    while (i < raw.size()) {
        if (raw[i] == '\x1b') {
            i = skipEscape(raw, i);
            continue;
        }
        if (isDelimiter(raw[i])) {
            ++i;
            continue;
        }
        qsizetype end = i;
        while (end < raw.size() && raw[end] != '\x1b' && !isDelimiter(raw[end]))
            ++end;
        const QByteArrayView word = raw.sliced(i, end - i);
        if (isListed(word, troublewords::errorWords))
            return Kind::Error;
        if (kind == Kind::None && isListed(word, troublewords::warningWords))
            kind = Kind::Warning;
        i = end;
    }
    return kind;
}

QList<QByteArrayView> LogTroubleScanner::errorWords()
{
    return QList<QByteArrayView>(std::begin(troublewords::errorWords), std::end(troublewords::errorWords));
}

QList<QByteArrayView> LogTroubleScanner::warningWords()
{
    return QList<QByteArrayView>(std::begin(troublewords::warningWords), std::end(troublewords::warningWords));
}

QList<QByteArrayView> LogTroubleScanner::markers(Kind kind)
{
    switch (kind) {
    case Kind::Error: return QList<QByteArrayView>(std::begin(errorMarkers), std::end(errorMarkers));
    case Kind::Warning: return QList<QByteArrayView>(std::begin(warningMarkers), std::end(warningMarkers));
    case Kind::None: break;
    }
    return {};
}

void LogTroubleScanner::addHits(const QList<Hit> &hits)
{
    for (const Hit &hit : hits)
        (Kind(hit.kind) == Kind::Error ? m_errors : m_warnings).append(hit.line);
}

void LogTroubleScanner::dropHitsFrom(qint64 line)
{
    const auto cut = [line](QList<qint64> &list) {
        const auto it = std::lower_bound(list.begin(), list.end(), line);
        list.erase(it, list.end());
    };
    cut(m_errors);
    cut(m_warnings);
}

void LogTroubleScanner::clearHits()
{
    m_errors.clear();
    m_warnings.clear();
}

} // namespace vcv
