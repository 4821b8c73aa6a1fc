// SPDX-FileCopyrightText: 2026 The virt-console-viewer developers
// SPDX-License-Identifier: GPL-2.0-or-later
// The real terminal emulation behind the guest-output filter, and what hostile guest output must
// never do to it: shared by tests/widgets/tst_terminalfilter_differential (a Qt Test with its own
// generator) and tests/fuzz/fuzz_terminal_emulator (libFuzzer), so both hold the same promise.
#pragma once

#include <QByteArray>
#include <QString>

#include <memory>

class QTermWidget;

namespace vcv {
class TerminalView;
}

namespace vcv::test {

/// `bytes` as ASCII, everything else (and the backslash) as \xNN: for failure messages.
QString printable(const QByteArray &bytes);

/// A TerminalView (TerminalSequenceFilter + QTermWidget behind its pty) in a shown window, fed
/// guest output, and checks that the output left the desktop and the user's side alone. The checks
/// look at the emulator and the desktop only, never at what the filter let through:
///   - the terminal's lines and columns, the window's size and title, the terminal's title and icon
///     text and the clipboard are as they were; the emulation set no session attribute (titles,
///     colours …), asked for no resize, tab colour or profile change, and never took the mouse,
///     not even for a moment (title updates, which it applies 20 ms late, are applied at once);
///   - everything the terminal sent back is a standard reply (DA, secondary DA, DSR, CPR,
///     DECREPTPARM), and no more of them than the guest could have asked for: one per query
///     introducer (ESC, or CSI as U+009B) or parameter separator in what was fed;
///   - clicks, a drag and focus changes make the terminal send nothing (no mouse or focus reports);
///   - the emulator is in its ground state and speaks ANSI: a probe of digits fed after a line
///     break shows whole, and a cursor position query after it gets exactly one answer, with the
///     column just after the probe (inside a sequence, or in VT52 mode, it would not).
///
/// Needs a QApplication (the offscreen platform will do). GUI thread only; one rig at a time (the
/// clipboard is shared). State carries over from one check() to the next unless reset() is called.
class EmulatorRig
{
public:
    EmulatorRig();
    ~EmulatorRig();
    EmulatorRig(const EmulatorRig &) = delete;
    EmulatorRig &operator=(const EmulatorRig &) = delete;

    /// Guest output, through the view (and so through its filter), as one read.
    void feed(const QByteArray &bytes);

    /// Waits until the emulator has read everything fed so far, then runs every check; `input` is
    /// everything fed since the last check() or reset() (it bounds the replies). Returns the
    /// property broken, with details, or an empty string. Afterwards the view's filter starts
    /// afresh (a half-received sequence is forgotten, as on a new connection).
    QString check(const QByteArray &input);

    /// Back to the state after construction: the emulation's screens, modes, character sets and
    /// decoder, the scrollback, the filter. Takes microseconds, so a fuzzer can run each input on
    /// its own (a crash must replay alone).
    void reset();

    /// Feeds what the filter exists to remove straight into the emulator, past the filter, each in
    /// a rig of its own, and returns those that check() did not notice, or noticed by another
    /// check than the one meant for it (empty if all were seen as meant): the checks rely on
    /// QTermWidget's behaviour, which a new version may change.
    static QString selfTest();

    TerminalView *view() const;
    QTermWidget *terminal() const;

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace vcv::test
