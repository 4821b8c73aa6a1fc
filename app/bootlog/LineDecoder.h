// SPDX-FileCopyrightText: 2026 The virt-console-viewer developers
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "bootlog/DecodedLine.h"

#include <QByteArray>
#include <QByteArrayView>

namespace vcv {

/// Turns the raw bytes of one log line into what a terminal would have shown on that line.
/// Pure functions, thread-safe, no state between lines (a colour left on at the end of a line
/// is not carried to the next: each line must be decodable alone, on demand).
///
/// - UTF-8; each invalid byte becomes U+FFFD (never dropped).
/// - A trailing LF or CR LF is removed; a lone CR moves back to column 0 and what follows
///   overwrites the line, as a terminal does (progress bars); a CR at the very end changes
///   nothing. Backspace moves one column left.
/// - SGR (ESC [ … m) becomes format runs: 0 reset, 1 bold, 2 faint, 3 italic, 4 underline,
///   5 blink, 7 inverse, 9 strike, 22–29 resets, 30–37/90–97 and 40–47/100–107, 38/48;5;n and
///   38/48;2;r;g;b, 39/49 default.
/// - Every other escape sequence is removed: CSI (cursor moves, ESC[6n, ESC[K …), OSC
///   (ESC ] … BEL or ESC \), DCS/SOS/PM/APC strings, two-byte ESC sequences, charset selection.
/// - NUL is shown as U+2400; other C0 controls (except TAB) as their control pictures
///   (U+2400 + code); DEL as U+2421. TAB is kept.
class LineDecoder
{
public:
    /// Lines longer than this are decoded only up to here (DecodedLine::elided).
    static constexpr qsizetype MaxDecodedBytes = 1 << 20;

    static DecodedLine decode(QByteArrayView raw);
    /// The decoded text only (what decode().text would be), faster: no runs.
    static QString decodeText(QByteArrayView raw);
    /// The line with every escape sequence removed and the CR rewriting applied, as UTF-8
    /// (invalid bytes kept as they were); for export --strip. The line end is not included.
    static QByteArray strip(QByteArrayView raw);
    /// True when `raw` contains nothing that decoding changes beyond UTF-8 → UTF-16 (no ESC,
    /// CR, BS, NUL or other C0 control except TAB and the final LF): a fast path for search.
    static bool isPlain(QByteArrayView raw);
};

} // namespace vcv
