#pragma once

#include <QByteArray>

namespace vcv {

/// Removes the escape sequences a guest must not use from the bytes it writes to its console,
/// before they reach the terminal emulator. Guest output is untrusted: a guest that could set the
/// window title, write the clipboard, resize the window or make the terminal send reports the
/// user did not ask for could spoof the desktop or type into its own shell.
///
/// Refused (removed whole, the terminal never sees them):
/// - OSC strings `ESC ] … BEL|ESC \` of every number (title 0/1/2, colours 4/10/11/…, cwd 7,
///   hyperlinks 8, profile 50, clipboard 52 …);
/// - DCS, SOS, PM and APC strings (`ESC P`, `ESC X`, `ESC ^`, `ESC _` … `ESC \`);
/// - CSI … t (window manipulation: resize, title stack and reports, tab colour);
/// - DEC private modes that make the terminal talk or change shape on its own: focus reports
///   (?1004), mouse tracking (?9, ?1000–?1003, ?1005, ?1006, ?1015), 132-column switching (?3, ?40),
///   VT52 mode (?2);
/// - C1 control characters encoded in UTF-8 (U+0080–U+009F), which some emulators read as
///   8-bit CSI/OSC.
/// Everything else passes unchanged, in order, including the standard reports the terminal
/// answers (DA `ESC [ c`, DSR `ESC [ 5 n`, CPR `ESC [ 6 n`, DECID `ESC Z`, DECREQTPARM).
///
/// Sequences may be split across calls: the filter keeps the unfinished part and decides when
/// the rest arrives. A string left open is dropped up to its terminator, BEL, CAN or SUB, or
/// kMaxStringLength bytes, whichever comes first, so a stray `ESC ]` cannot hide the console
/// forever.
///
/// Plain value type, no Qt event loop; not thread-safe (one filter per stream).
class TerminalSequenceFilter {
public:
    static constexpr int kMaxStringLength = 64 * 1024;
    static constexpr int kMaxCsiLength = 256;

    /// Filters the next chunk of guest output; returns what may be shown now.
    QByteArray filter(const QByteArray &bytes);

    /// Forgets any unfinished sequence (a new connection starts from a clean state).
    void reset();

    /// Number of sequences removed so far (for diagnostics and tests).
    qint64 refusedCount() const { return m_refused; }

private:
    enum class State { Ground, Escape, Csi, CsiSkip, String, StringEscape, Utf8C2 };

    void step(char c, QByteArray &out);
    bool csiAllowed() const;

    State m_state = State::Ground;
    QByteArray m_csi;     // the CSI being collected, from ESC on
    int m_stringLength = 0;
    qint64 m_refused = 0;
};

} // namespace vcv
