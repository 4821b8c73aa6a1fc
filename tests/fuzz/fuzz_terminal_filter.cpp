// SPDX-FileCopyrightText: 2026 The virt-console-viewer developers
// SPDX-License-Identifier: GPL-2.0-or-later
// Fuzz target for TerminalSequenceFilter (widgets): guest output is untrusted, so whatever bytes
// a guest writes, cut into reads wherever the fuzzer likes, must leave the filter
//   1. with the same output whatever the cuts (the filter keeps unfinished sequences itself);
//   2. with output that the emulator reads in its ground state after every read: each ESC starts
//      a complete sequence with nothing inside it, and no 0xC2 is left at the end of a read;
//   3. with no OSC, DCS, SOS, PM or APC introducer, no `ESC %`, no `CSI … t` (window
//      manipulation), no refused DEC private mode (mouse 9 and 1000–1006, 1015, focus 1004,
//      132 columns 3 and 40, VT52 2) and no C1 control in UTF-8 (0xC2 0x80–0x9F);
//   4. unchanged by a second pass (what it lets through is what it would let through again).
// Properties 2 and 3 are checked by OutputChecker below, a parser written from docs/terminal.md
// and ECMA-48, not from the filter's code, so a bug shared by both is unlikely.
//
// The real emulator behind the filter is fuzzed by fuzz_terminal_emulator.
#include "FuzzInput.h"

#include "widgets/TerminalSequenceFilter.h"

#include <QList>

#include <array>
#include <cstdint>

using vcv::TerminalSequenceFilter;
using namespace vcv::fuzz;

namespace {

bool isRefusedPrivateMode(long mode)
{
    static constexpr std::array refused{2L, 3L, 9L, 40L, 1000L, 1001L, 1002L, 1003L, 1004L, 1005L, 1006L, 1015L};
    for (const long r : refused)
        if (r == mode)
            return true;
    return false;
}

/// Checks one piece of filter output on its own (the emulator sees each read as it comes).
void checkOutput(const QByteArray &out)
{
    const auto *b = reinterpret_cast<const unsigned char *>(out.constData());
    const qsizetype n = out.size();
    for (qsizetype i = 0; i < n; ++i) {
        if (b[i] == 0xc2) {
            check(i + 1 < n, "a read ends in 0xC2: the next read could make it a C1 control", out);
            check(b[i + 1] < 0x80 || b[i + 1] > 0x9f, "C1 control (0xC2 0x80-0x9F) in the output", out.mid(i, 16));
            continue;
        }
        if (b[i] != 0x1b)
            continue;
        check(i + 1 < n, "a read ends inside an escape sequence", out.right(16));
        const unsigned char kind = b[i + 1];
        check(kind != ']' && kind != 'P' && kind != 'X' && kind != '^' && kind != '_',
              "OSC/DCS/SOS/PM/APC introducer in the output", out.mid(i, 16));
        check(kind != '%', "ESC % (decoder switch) in the output", out.mid(i, 16));
        if (kind == '(' || kind == ')' || kind == '*' || kind == '+' || kind == '#') {
            check(i + 2 < n && b[i + 2] >= 0x30 && b[i + 2] <= 0x7e, "incomplete ESC-intermediate sequence",
                  out.mid(i, 16));
            i += 2;
            continue;
        }
        if (kind != '[') {
            check(kind >= 0x30 && kind <= 0x7e, "ESC followed by a control or non-ASCII byte", out.mid(i, 16));
            i += 1;
            continue;
        }
        // CSI: parameter bytes, intermediate bytes, one final byte; nothing else in between.
        qsizetype j = i + 2;
        const qsizetype parametersBegin = j;
        while (j < n && b[j] >= 0x30 && b[j] <= 0x3f)
            ++j;
        const qsizetype parametersEnd = j;
        while (j < n && b[j] >= 0x20 && b[j] <= 0x2f)
            ++j;
        check(j < n, "a read ends inside a CSI", out.mid(i, 32));
        check(b[j] >= 0x40 && b[j] <= 0x7e, "a CSI interrupted by a control or non-ASCII byte", out.mid(i, 32));
        const unsigned char final = b[j];
        check(final != 't', "CSI ... t (window manipulation) in the output", out.mid(i, j - i + 1));
        if (parametersEnd > parametersBegin && b[parametersBegin] == '?') {
            // Every number of a private mode list, leading zeros and all.
            long value = 0;
            bool digits = false;
            for (qsizetype k = parametersBegin + 1; k <= parametersEnd; ++k) {
                if (k < parametersEnd && b[k] >= '0' && b[k] <= '9') {
                    value = std::min(value * 10 + (b[k] - '0'), 100000L);
                    digits = true;
                    continue;
                }
                check(!(digits && isRefusedPrivateMode(value)), "a refused DEC private mode in the output",
                      out.mid(i, j - i + 1));
                value = 0;
                digits = false;
            }
        }
        i = j;
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    FuzzInput input(data, size);
    const QList<QByteArray> reads = input.reads();
    const QByteArray bytes = reads.join();

    TerminalSequenceFilter whole;
    const QByteArray expected = whole.filter(bytes);
    checkOutput(expected);

    // The same bytes in pieces; each piece's output must be complete on its own.
    TerminalSequenceFilter pieces;
    QByteArray joined;
    for (const QByteArray &read : reads) {
        const QByteArray out = pieces.filter(read);
        checkOutput(out);
        joined += out;
    }
    check(joined == expected, "the output depends on how the input was cut", bytes);
    check(pieces.refusedCount() == whole.refusedCount(), "the refused count depends on the cuts", bytes);

    // What passed once passes again unchanged.
    TerminalSequenceFilter second;
    check(second.filter(expected) == expected, "a second pass changes the output", expected);
    check(second.refusedCount() == 0, "a second pass refuses something the first let through", expected);
    return 0;
}
