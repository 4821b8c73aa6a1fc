// SPDX-FileCopyrightText: 2026 The virt-console-viewer developers
// SPDX-License-Identifier: GPL-2.0-or-later
// Fuzz target for what --boot-report reads in a guest's lines (BootLineClassifier, app/bootlog).
//
// The input is log bytes, cut into lines after each '\n'. For every line:
//   - a line the byte filter stops (mayMatter() false) has no problem and no milestone when it is
//     decoded: the filter, which saves decoding most lines, never hides a finding;
//   - a milestone's seconds, when it has some, are a finite number not below zero;
//   - the kernel clock, when there is one, is too.
// Every call is bounded by the line (a hostile guest's line may be long): libFuzzer's timeouts
// catch a pattern that backtracks without end.
#include "bootlog/BootLineClassifier.h"
#include "bootlog/LineDecoder.h"

#include <QByteArray>
#include <QString>

#include <cmath>
#include <cstdint>
#include <cstdlib>

using namespace vcv;

namespace {

void check(bool ok)
{
    if (!ok)
        std::abort();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    qsizetype start = 0;
    while (start < bytes.size()) {
        qsizetype end = bytes.indexOf('\n', start);
        end = end < 0 ? bytes.size() : end + 1;
        QByteArrayView raw(bytes.constData() + start, end - start);
        if (raw.endsWith('\n'))
            raw.chop(1);
        const QString text = LineDecoder::decodeText(raw);
        const auto problem = BootLineClassifier::problem(text);
        const auto milestone = BootLineClassifier::milestone(text);
        if (!BootLineClassifier::mayMatter(raw))
            check(!problem && !milestone);
        if (milestone && milestone->seconds)
            check(std::isfinite(*milestone->seconds) && *milestone->seconds >= 0);
        if (const auto clock = BootLineClassifier::kernelSeconds(text))
            check(std::isfinite(*clock) && *clock >= 0);
        start = end;
    }
    return 0;
}
