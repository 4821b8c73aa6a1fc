// SPDX-FileCopyrightText: 2026 The virt-console-viewer developers
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "bootlog/LineTypes.h"

#include <QByteArrayView>

#include <vector>

namespace vcv {

/// Finds boots that begin inside a line. A guest reset while its last line was half written (a
/// shell prompt, `login: `, a GRUB menu) leaves no newline before the next boot's first bytes:
///
///     root@demo:~# ESC[6n[    0.000000] Linux version 6.12.118+deb13-amd64 (…) …
///
/// The byte where the new boot begins is a *cut*: LineIndex makes it a line start, so that the
/// line-start rules of BootSegmentDetector, the boot list, "this boot only" and everything else
/// that works per line see the new boot's first line as a line of its own.
///
/// A boot begins inside a line where one of these banners stands (the strong forms only, since a
/// cut is decided from a single line):
/// - the kernel's `linux_banner`: "Linux version " + a release that begins with a digit + " (",
///   with the kernel clock "[    0.000000] " in front of it when there is one;
/// - SeaBIOS: "SeaBIOS (version ";
/// - OVMF's boot manager: "BdsDxe: ".
/// The cut moves back over a screen clear or terminal reset (ESC c, ESC[…J, with cursor homing and
/// SGR sequences around it) right before the banner: firmware clears the screen first.
///
/// Not a cut:
/// - a banner with only escape sequences and control bytes before it on its line, within the
///   first ContextBytes (that line already begins with the boot; the line-start rules see it);
/// - a banner inside an unclosed ' or " among the ContextBytes before it on its line: a command
///   line that quotes one (`grep "Linux version" …`, `echo '[    0.000000] Linux version …'`).
///   Typed unquoted, the kernel banner's "(" is a shell syntax error, so the strong form is not
///   what a command line shows;
/// - a banner glued to the end of a word ("xLinux version …");
/// - a banner right after "kernel: ": a system log shown at the prompt (`journalctl -k`,
///   `grep "Linux version" /var/log/kern.log` print the banner inside their lines).
///
/// Cost: one pass over the bytes for the two anchors ("version ", "BdsDxe: "; SSE2 where there
/// is, memmem otherwise), then per hit a check of at most ContextBytes before it;
/// at most MaxHitsPerLine hits of one line are checked. Linear in the input whatever it holds (a
/// hostile guest may write one line of 256 MiB).
///
/// Threading: a pure function, any thread.
class MidLineBootFinder
{
public:
    /// How far back the checks look before a banner. Callers that feed a stream in pieces put up to
    /// this many bytes of the line open before a piece in front of it (see find()), so that a
    /// banner split between two pieces is still found.
    static constexpr qint64 ContextBytes = 512;
    /// Hits of one line checked at most; the rest of such a line is skipped.
    static constexpr int MaxHitsPerLine = 8;

    /// Appends to `cuts`, ascending, the stream offsets where a boot begins inside a line of
    /// `bytes`, which lie at stream offset `offset`. `startsAtLineStart`: bytes[0] begins a line;
    /// otherwise the line holding bytes[0] began earlier and has text before it. Offsets already in
    /// `cuts` are kept. Empty input gives nothing.
    ///
    /// `newFrom`: where the bytes not given to an earlier call begin (the bytes before it are
    /// context, ContextBytes of the open line at most). A banner that an earlier call could judge
    /// whole is not judged again — with less context before it, a quoted banner could pass now.
    /// Invalid (the default): all bytes are new.
    static void find(QByteArrayView bytes, ByteOffset offset, bool startsAtLineStart, std::vector<ByteOffset> &cuts,
                     ByteOffset newFrom = {});
};

} // namespace vcv
