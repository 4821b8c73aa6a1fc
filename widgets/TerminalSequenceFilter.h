// SPDX-FileCopyrightText: 2026 The virt-console-viewer developers
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QByteArray>

namespace vcv {

/// Lets through only the escape sequences a guest may use, before its console output reaches the
/// terminal emulator. Guest output is untrusted: a guest that could set the window title, write
/// the clipboard, resize the terminal, turn on mouse or focus reports, or make the terminal send
/// anything the guest did not ask for could spoof the desktop, exhaust memory or type into its
/// own shell.
///
/// An allow-list, not a deny-list: a sequence is forwarded only once it has been parsed completely
/// and found on the list, and then in a canonical spelling (numbers clamped to 4096, no stray
/// bytes inside), so the emulator is back in its ground state after every byte this filter
/// returns. Nothing that is half-parsed ever reaches it; this is what makes the emulator's own
/// parser quirks (QTermWidget ignores DEL and executes C0 controls *inside* a sequence, takes only
/// the low byte of a non-ASCII final, ends an OSC string only on BEL or ESC \) unreachable.
///
/// Honoured (docs/terminal.md has the full list):
/// - cursor movement, erasing, scrolling regions, insert/delete, SGR colours and attributes,
///   tab stops, character sets (`ESC ( ) * +` with `0 A B`), DECSC/DECRC, keypad modes, RIS,
///   DECSTR, DECALN and the line-size sequences, cursor shape (`CSI n SP q`);
/// - the reports a guest asks for: DA (`CSI c`, `CSI > c`, `ESC Z`), DSR and CPR (`CSI 5 n`,
///   `CSI 6 n`), DECREQTPARM (`CSI x`);
/// - DEC private modes 1, 4, 5, 6, 7, 8, 12, 25, 41, 47, 67, 1034, 1047, 1048, 1049, 2004.
/// Refused (removed whole): every OSC, DCS, SOS, PM and APC string; `CSI … t` (window
/// manipulation); other private modes (mouse, focus reports, 132 columns, VT52 …); `ESC %`
/// (codec switch); sequences with other prefixes or intermediates; C1 controls encoded in UTF-8
/// (U+0080–U+009F, which the emulator reads as 8-bit CSI). A 0xC2 not followed by its continuation
/// byte becomes U+FFFD, so that no removal can make it the start of a C1 control.
///
/// Inside a sequence, as the VT100 and the emulator do: C0 controls are executed (forwarded at
/// once, ahead of the sequence), NUL and DEL are ignored, CAN and SUB abort the sequence and are
/// forwarded, ESC starts a new sequence, and a byte outside ASCII ends the sequence (dropped).
///
/// Bounded: a CSI longer than kMaxCsiLength is dropped up to its final byte; an OSC/DCS string
/// is dropped up to its terminator (BEL, ST, CAN or SUB) or kMaxStringLength bytes, whichever comes
/// first, so a stray `ESC ]` cannot hide the console for good. Memory is O(kMaxCsiLength).
///
/// Sequences may be split across calls: the filter keeps the unfinished part and decides when
/// the rest arrives, so the output does not depend on how the input was chunked.
///
/// Plain value type, no Qt event loop; not thread-safe (one filter per stream).
class TerminalSequenceFilter
{
public:
    static constexpr int kMaxStringLength = 64 * 1024;
    static constexpr int kMaxCsiLength = 256;
    /// Numeric parameters are clamped to this (the emulator stops growing a number there).
    static constexpr int kMaxParameter = 4096;

    /// Filters the next chunk of guest output; returns what may be shown now.
    QByteArray filter(const QByteArray &bytes);

    /// Forgets any unfinished sequence (a new connection starts from a clean state).
    void reset();

    /// Number of sequences removed so far (for diagnostics and tests).
    qint64 refusedCount() const { return m_refused; }

private:
    enum class State {
        Ground,
        Escape,             // after ESC
        EscapeIntermediate, // after ESC ( ) * + # %: one more byte
        Csi,                // collecting ESC [ …
        CsiRefused,         // a refused or over-long CSI: skipping to its final byte
        String,             // OSC, DCS, SOS, PM, APC: skipping to the terminator
        StringEscape,       // ESC inside a string
        Utf8C2,             // after 0xC2, which may start a C1 control
    };

    void step(char c, QByteArray &out);
    /// Handles a byte common to every in-sequence state; returns false if the state must decide.
    bool controlInSequence(char c, QByteArray &out);
    void abortSequence();
    void finishEscape(char final, QByteArray &out);
    void finishCsi(char final, QByteArray &out);
    void refuse();

    State m_state = State::Ground;
    QByteArray m_sequence; // the sequence being collected, from ESC on
    int m_stringLength = 0;
    qint64 m_refused = 0;
};

} // namespace vcv
