// SPDX-FileCopyrightText: 2026 The virt-console-viewer developers
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QtGlobal>

namespace vcv {

/// A terminal colour as the log wrote it, without QtGui: the view maps it to its palette.
struct TermColor
{
    enum class Kind : quint8 {
        Default, ///< the view's default foreground/background
        Indexed, ///< value 0–255: 0–7 SGR 30–37/40–47, 8–15 the bright ones (90–97, 100–107), 16–255 the xterm cube and greys
        Rgb, ///< value 0xRRGGBB (SGR 38;2;r;g;b / 48;2;r;g;b)
    };
    Kind kind = Kind::Default;
    quint32 value = 0;

    static constexpr TermColor indexed(quint8 index) { return {Kind::Indexed, index}; }
    static constexpr TermColor rgb(quint8 r, quint8 g, quint8 b)
    {
        return {Kind::Rgb, (quint32(r) << 16) | (quint32(g) << 8) | quint32(b)};
    }
    bool isDefault() const { return kind == Kind::Default; }
    friend bool operator==(const TermColor &, const TermColor &) = default;
};

/// Text attributes of ANSI SGR.
enum class TextAttribute : quint8 {
    None = 0,
    Bold = 0x01,
    Faint = 0x02,
    Italic = 0x04,
    Underline = 0x08,
    Blink = 0x10,
    Inverse = 0x20,
    Strike = 0x40,
};
Q_DECLARE_FLAGS(TextAttributes, TextAttribute)
Q_DECLARE_OPERATORS_FOR_FLAGS(TextAttributes)

/// The format of a stretch of a decoded line, in UTF-16 code units of DecodedLine::text.
struct FormatRun
{
    qsizetype start = 0;
    qsizetype length = 0;
    TermColor foreground;
    TermColor background;
    TextAttributes attributes;

    friend bool operator==(const FormatRun &, const FormatRun &) = default;
};

/// One line of the log as the view shows it: text without escape sequences and the formats
/// the SGR sequences gave it. Runs are sorted, do not overlap, never have length 0, and cover
/// only text whose format is not the default (no run = plain text).
struct DecodedLine
{
    enum class Kind : quint8 {
        Text,         ///< a line of the log
        LogRestarted, ///< marker: the log was truncated or deleted and started again here
        LinesLost,    ///< marker: virtlogd rotated files away (deleted them) before they could be read:
                      ///< lines are missing here. Without this marker nothing is missing.
    };
    QString text;
    QList<FormatRun> runs;
    Kind kind = Kind::Text;
    /// True when the raw line was longer than LineDecoder::MaxDecodedBytes and only its
    /// beginning was decoded (LogDocument::rawLine() still has all of it).
    bool elided = false;

    bool isMarker() const { return kind != Kind::Text; }
    friend bool operator==(const DecodedLine &, const DecodedLine &) = default;
};

} // namespace vcv
