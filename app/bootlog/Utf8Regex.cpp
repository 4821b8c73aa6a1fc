// SPDX-FileCopyrightText: 2026 The virt-console-viewer developers
// SPDX-License-Identifier: GPL-2.0-or-later
#include "bootlog/Utf8Regex.h"

#define PCRE2_CODE_UNIT_WIDTH 8
#include <pcre2.h>

namespace vcv {

namespace {

// As QRegularExpression maps its options (qregularexpression.cpp, convertToPcreOptions).
uint32_t pcreOptions(QRegularExpression::PatternOptions options)
{
    uint32_t out = PCRE2_UTF | PCRE2_NEVER_BACKSLASH_C;
    if (options & QRegularExpression::CaseInsensitiveOption)
        out |= PCRE2_CASELESS;
    if (options & QRegularExpression::DotMatchesEverythingOption)
        out |= PCRE2_DOTALL;
    if (options & QRegularExpression::MultilineOption)
        out |= PCRE2_MULTILINE;
    if (options & QRegularExpression::ExtendedPatternSyntaxOption)
        out |= PCRE2_EXTENDED;
    if (options & QRegularExpression::InvertedGreedinessOption)
        out |= PCRE2_UNGREEDY;
    if (options & QRegularExpression::DontCaptureOption)
        out |= PCRE2_NO_AUTO_CAPTURE;
    if (options & QRegularExpression::UseUnicodePropertiesOption)
        out |= PCRE2_UCP;
    return out;
}

bool isContinuationByte(char c)
{
    return (uchar(c) & 0xC0) == 0x80;
}

} // namespace

struct Utf8Regex::Compiled
{
    pcre2_code *code = nullptr;
    pcre2_match_data *matchData = nullptr;
    pcre2_match_context *matchContext = nullptr;
    pcre2_jit_stack *jitStack = nullptr;
    bool jitCompiled = false;
    int errorCode = 0;
    qsizetype errorOffset = -1;

    ~Compiled()
    {
        pcre2_jit_stack_free(jitStack);
        pcre2_match_context_free(matchContext);
        pcre2_match_data_free(matchData);
        pcre2_code_free(code);
    }

    int match(QByteArrayView subject, qsizetype from, uint32_t options) const
    {
        // The JIT's fast path skips pcre2_match()'s checks of the arguments (ours are right) and
        // takes no ANCHORED at match time, which pcre2_match() then interprets.
        if (jitCompiled && !(options & PCRE2_ANCHORED))
            return pcre2_jit_match(code, reinterpret_cast<PCRE2_SPTR>(subject.data()), PCRE2_SIZE(subject.size()),
                                   PCRE2_SIZE(from), options, matchData, matchContext);
        return pcre2_match(code, reinterpret_cast<PCRE2_SPTR>(subject.data()), PCRE2_SIZE(subject.size()),
                           PCRE2_SIZE(from), options | PCRE2_NO_UTF_CHECK, matchData, matchContext);
    }
};

Utf8Regex::Utf8Regex(const QString &pattern, QRegularExpression::PatternOptions options)
    : d(std::make_unique<Compiled>())
{
    const QByteArray utf8 = pattern.toUtf8();
    PCRE2_SIZE errorOffset = 0;
    d->code = pcre2_compile(reinterpret_cast<PCRE2_SPTR>(utf8.constData()), PCRE2_SIZE(utf8.size()),
                            pcreOptions(options), &d->errorCode, &errorOffset, nullptr);
    if (!d->code) {
        // PCRE2 counts in code units of the pattern it was given; QString counts UTF-16.
        d->errorOffset = QString::fromUtf8(utf8.left(qsizetype(qMin<PCRE2_SIZE>(errorOffset, utf8.size())))).size();
        return;
    }
    // Qt JIT-compiles for complete and partial matches; only complete ones are asked for here.
    // Without a JIT (an unsupported CPU) pcre2_match() interprets, with the same answers.
    d->jitCompiled = pcre2_jit_compile(d->code, PCRE2_JIT_COMPLETE) == 0;
    d->matchData = pcre2_match_data_create_from_pattern(d->code, nullptr);
    d->matchContext = pcre2_match_context_create(nullptr);
    // Qt starts on PCRE2's 32 KiB machine stack and retries on a 32–512 KiB one when that is too
    // small; starting on the larger one gives the same answers without the retry.
    d->jitStack = pcre2_jit_stack_create(32 * 1024, 512 * 1024, nullptr);
    if (d->jitStack)
        pcre2_jit_stack_assign(d->matchContext, nullptr, d->jitStack);
}

Utf8Regex::~Utf8Regex() = default;
Utf8Regex::Utf8Regex(Utf8Regex &&other) noexcept = default;
Utf8Regex &Utf8Regex::operator=(Utf8Regex &&other) noexcept = default;

bool Utf8Regex::isValid() const
{
    return d && d->code && d->matchData && d->matchContext;
}

QString Utf8Regex::errorString() const
{
    if (!d || d->code)
        return {};
    PCRE2_UCHAR buffer[256];
    const int length = pcre2_get_error_message(d->errorCode, buffer, sizeof buffer);
    return length > 0 ? QString::fromUtf8(reinterpret_cast<const char *>(buffer), length) : QString();
}

qsizetype Utf8Regex::patternErrorOffset() const
{
    return d ? d->errorOffset : -1;
}

Utf8Regex::Match Utf8Regex::next(QByteArrayView subject, qsizetype from, bool previousWasEmpty) const
{
    if (!isValid() || from < 0 || from > subject.size())
        return {};
    int result = 0;
    if (!previousWasEmpty) {
        result = d->match(subject, from, 0);
    } else {
        result = d->match(subject, from, PCRE2_NOTEMPTY_ATSTART | PCRE2_ANCHORED);
        if (result == PCRE2_ERROR_NOMATCH) {
            // One character on (Qt steps one UTF-16 character, surrogate pairs whole).
            ++from;
            while (from < subject.size() && isContinuationByte(subject[from]))
                ++from;
            if (from > subject.size())
                return {};
            result = d->match(subject, from, 0);
        }
    }
    if (result <= 0)
        return {};
    const PCRE2_SIZE *offsets = pcre2_get_ovector_pointer(d->matchData);
    return Match{qsizetype(offsets[0]), qsizetype(offsets[1])};
}

int Utf8Regex::countMatches(QByteArrayView lineText) const
{
    int nonEmpty = 0;
    bool matched = false;
    for (Match m = next(lineText, 0, false); m.isValid(); m = next(lineText, m.end, m.isEmpty())) {
        matched = true;
        if (!m.isEmpty())
            ++nonEmpty;
    }
    return nonEmpty > 0 ? nonEmpty : (matched ? 1 : 0);
}

} // namespace vcv
