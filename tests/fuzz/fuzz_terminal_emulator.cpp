// SPDX-FileCopyrightText: 2026 The virt-console-viewer developers
// SPDX-License-Identifier: GPL-2.0-or-later
// Fuzz target for the terminal as the user has it: guest output, cut into reads wherever the
// fuzzer likes, goes through TerminalView (TerminalSequenceFilter, then the real QTermWidget
// emulation behind its pty, in a window on the offscreen platform), and after every input
// EmulatorRig (tests/support) checks, without looking at what the filter let through, that
//   1. the terminal's lines and columns, the window's size and title, the terminal's title and
//      icon text and the clipboard are unchanged, and the emulation asked the desktop for nothing
//      (titles, colours and other session attributes, a resize, a tab colour, a profile) and
//      never turned mouse reports on, not even for a moment;
//   2. everything the terminal sent back is a standard reply (DA, DSR, CPR, DECREPTPARM), no more
//      of them than the input could ask for;
//   3. clicks, a drag and focus changes afterwards make the terminal send nothing;
//   4. the emulator is back in its ground state and in ANSI mode: a probe fed after the input
//      shows, and a cursor position query after it gets one answer, in the right column.
// One terminal serves every input, reset before each (EmulatorRig::reset: the emulation as after
// RIS, the scrollback, the filter), so a crash replays on its own: about 2,600 inputs a second
// here, against 45 with a new TerminalView per input (measured with -seed=1 for 20 s). libFuzzer's
// coverage comes from the filter and the view (QTermWidget is not instrumented); the emulator is
// the oracle. fuzz_terminal_filter checks the filter's output itself, and much faster.
#include "EmulatorRig.h"
#include "FuzzInput.h"

#include <QApplication>
#include <QStandardPaths>

#include <cstdint>
#include <cstdlib>

using vcv::test::EmulatorRig;
using namespace vcv::fuzz;

namespace {

QApplication *app = nullptr;
EmulatorRig *rig = nullptr;

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QStandardPaths::setTestModeEnabled(true);
    // libFuzzer's arguments are not Qt's.
    static int argc = 1;
    static char name[] = "fuzz_terminal_emulator";
    static char *argv[] = {name, nullptr};
    app = new QApplication(argc, argv);
    // A QTermWidget that no longer behaves as the checks expect would make this fuzzer blind.
    const QString missed = EmulatorRig::selfTest();
    check(missed.isEmpty(), "the checks miss sequences fed straight to the emulator", missed.toUtf8());
    rig = new EmulatorRig;
    // libFuzzer returns from no function at the end, it calls exit(). Deleted then, before the
    // globals Qt made so far (registered later, run earlier), or LeakSanitizer reports Qt's caches.
    std::atexit([] {
        delete rig;
        delete app;
    });
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    FuzzInput input(data, size);
    const QList<QByteArray> reads = input.reads();
    rig->reset();
    for (const QByteArray &read : reads)
        rig->feed(read);
    const QByteArray bytes = reads.join();
    const QString problem = rig->check(bytes);
    check(problem.isEmpty(), problem.toUtf8().constData(), bytes);
    return 0;
}
