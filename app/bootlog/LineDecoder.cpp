// SPDX-FileCopyrightText: 2026 The virt-console-viewer developers
// SPDX-License-Identifier: GPL-2.0-or-later
#include "bootlog/LineDecoder.h"

#include <cstring>
#include <vector>

namespace vcv {

namespace {

constexpr char32_t RawByteFlag = 0x80000000u; // a cell holding an invalid UTF-8 byte as it was

struct Format
{
    TermColor fg;
    TermColor bg;
    TextAttributes attrs;
    friend bool operator==(const Format &, const Format &) = default;
    bool isDefault() const { return fg.isDefault() && bg.isDefault() && !attrs; }
};

struct Cell
{
    char32_t cp;
    quint16 format; // index into Screen::formats
};

/// One terminal line being written: cells, a cursor, the current format.
struct Screen
{
    std::vector<Cell> cells;
    std::vector<Format> formats{Format{}};
    quint16 current = 0;
    size_t cursor = 0;

    void put(char32_t cp)
    {
        if (cursor < cells.size())
            cells[cursor] = Cell{cp, current};
        else
            cells.push_back(Cell{cp, current});
        ++cursor;
    }
    void setFormat(const Format &f)
    {
        if (formats[current] == f)
            return;
        for (size_t i = 0; i < formats.size(); ++i) {
            if (formats[i] == f) {
                current = quint16(i);
                return;
            }
        }
        if (formats.size() < 0xffff) {
            formats.push_back(f);
            current = quint16(formats.size() - 1);
        }
    }
};

/// Decodes one UTF-8 sequence at data[i]; returns its length, or 0 when the byte at i does not
/// start a valid sequence (the caller then takes that one byte as invalid).
inline int utf8Sequence(const uchar *data, qsizetype i, qsizetype n, char32_t *out)
{
    const uchar b0 = data[i];
    auto cont = [&](qsizetype k) { return i + k < n && (data[i + k] & 0xC0) == 0x80; };
    if (b0 >= 0xC2 && b0 <= 0xDF) {
        if (!cont(1))
            return 0;
        *out = (char32_t(b0 & 0x1F) << 6) | (data[i + 1] & 0x3F);
        return 2;
    }
    if (b0 >= 0xE0 && b0 <= 0xEF) {
        if (!cont(1) || !cont(2))
            return 0;
        const uchar b1 = data[i + 1];
        if ((b0 == 0xE0 && b1 < 0xA0) || (b0 == 0xED && b1 > 0x9F))
            return 0; // overlong, or a surrogate
        *out = (char32_t(b0 & 0x0F) << 12) | (char32_t(b1 & 0x3F) << 6) | (data[i + 2] & 0x3F);
        return 3;
    }
    if (b0 >= 0xF0 && b0 <= 0xF4) {
        if (!cont(1) || !cont(2) || !cont(3))
            return 0;
        const uchar b1 = data[i + 1];
        if ((b0 == 0xF0 && b1 < 0x90) || (b0 == 0xF4 && b1 > 0x8F))
            return 0;
        *out = (char32_t(b0 & 0x07) << 18) | (char32_t(b1 & 0x3F) << 12) | (char32_t(data[i + 2] & 0x3F) << 6) |
            (data[i + 3] & 0x3F);
        return 4;
    }
    return 0;
}

TermColor color256(int n)
{
    return TermColor::indexed(quint8(qBound(0, n, 255)));
}

void applySgr(Screen &screen, const uchar *p, qsizetype len)
{
    // Parameters separated by ';' (or ':' in the ITU form 38:2::r:g:b, read the same way).
    std::vector<int> params;
    int value = 0;
    bool any = false;
    for (qsizetype i = 0; i < len; ++i) {
        const uchar c = p[i];
        if (c >= '0' && c <= '9') {
            value = qMin(value * 10 + (c - '0'), 65535);
            any = true;
        } else if (c == ';' || c == ':') {
            params.push_back(any ? value : 0);
            value = 0;
            any = false;
        }
    }
    params.push_back(any ? value : 0);

    Format f = screen.formats[screen.current];
    for (size_t i = 0; i < params.size(); ++i) {
        const int n = params[i];
        switch (n) {
        case 0: f = Format{}; break;
        case 1: f.attrs |= TextAttribute::Bold; break;
        case 2: f.attrs |= TextAttribute::Faint; break;
        case 3: f.attrs |= TextAttribute::Italic; break;
        case 4: f.attrs |= TextAttribute::Underline; break;
        case 5:
        case 6: f.attrs |= TextAttribute::Blink; break;
        case 7: f.attrs |= TextAttribute::Inverse; break;
        case 9: f.attrs |= TextAttribute::Strike; break;
        case 21:
        case 22: f.attrs &= ~TextAttributes(TextAttribute::Bold | TextAttribute::Faint); break;
        case 23: f.attrs &= ~TextAttributes(TextAttribute::Italic); break;
        case 24: f.attrs &= ~TextAttributes(TextAttribute::Underline); break;
        case 25: f.attrs &= ~TextAttributes(TextAttribute::Blink); break;
        case 27: f.attrs &= ~TextAttributes(TextAttribute::Inverse); break;
        case 29: f.attrs &= ~TextAttributes(TextAttribute::Strike); break;
        case 39: f.fg = TermColor{}; break;
        case 49: f.bg = TermColor{}; break;
        case 38:
        case 48: {
            TermColor c;
            bool ok = false;
            if (i + 2 < params.size() && params[i + 1] == 5) {
                c = color256(params[i + 2]);
                i += 2;
                ok = true;
            } else if (i + 4 < params.size() && params[i + 1] == 2) {
                // 38;2;r;g;b; the ITU form with a colour space id (38:2:id:r:g:b) has one more.
                size_t first = i + 2;
                if (i + 5 < params.size() && std::memchr(p, ':', size_t(len)))
                    first = i + 3;
                c = TermColor::rgb(quint8(qBound(0, params[first], 255)), quint8(qBound(0, params[first + 1], 255)),
                                   quint8(qBound(0, params[first + 2], 255)));
                i = first + 2;
                ok = true;
            } else {
                i = params.size(); // malformed: ignore the rest
            }
            if (ok)
                (n == 38 ? f.fg : f.bg) = c;
            break;
        }
        default:
            if (n >= 30 && n <= 37)
                f.fg = TermColor::indexed(quint8(n - 30));
            else if (n >= 40 && n <= 47)
                f.bg = TermColor::indexed(quint8(n - 40));
            else if (n >= 90 && n <= 97)
                f.fg = TermColor::indexed(quint8(n - 90 + 8));
            else if (n >= 100 && n <= 107)
                f.bg = TermColor::indexed(quint8(n - 100 + 8));
            break; // anything else (fonts, frames, …) is ignored
        }
    }
    screen.setFormat(f);
}

/// Strips the line end: LF, or CR LF.
QByteArrayView withoutLineEnd(QByteArrayView raw)
{
    if (raw.endsWith('\n')) {
        raw.chop(1);
        if (raw.endsWith('\r'))
            raw.chop(1);
    }
    return raw;
}

/// Runs the terminal over the line. `keepSgr` false skips the format bookkeeping.
void run(Screen &screen, QByteArrayView line, bool keepSgr)
{
    const auto *d = reinterpret_cast<const uchar *>(line.data());
    const qsizetype n = line.size();
    qsizetype i = 0;
    while (i < n) {
        const uchar c = d[i];
        if (c >= 0x20 && c < 0x7F) {
            screen.put(c);
            ++i;
            continue;
        }
        if (c >= 0x80) {
            char32_t cp = 0;
            const int len = utf8Sequence(d, i, n, &cp);
            if (len == 0) {
                screen.put(RawByteFlag | c);
                ++i;
            } else {
                screen.put(cp);
                i += len;
            }
            continue;
        }
        switch (c) {
        case '\r':
            if (i + 1 < n)
                screen.cursor = 0;
            ++i;
            continue;
        case '\b':
            if (screen.cursor > 0)
                --screen.cursor;
            ++i;
            continue;
        case '\t':
            screen.put(U'\t');
            ++i;
            continue;
        case 0x1B: break;
        default:
            screen.put(c); // NUL, other C0, DEL: rendered visibly later
            ++i;
            continue;
        }
        // ESC
        if (i + 1 >= n) {
            i = n;
            break;
        }
        const uchar k = d[i + 1];
        if (k == '[') {
            qsizetype j = i + 2;
            const qsizetype paramStart = j;
            while (j < n && d[j] >= 0x30 && d[j] <= 0x3F)
                ++j;
            const qsizetype paramEnd = j;
            while (j < n && d[j] >= 0x20 && d[j] <= 0x2F)
                ++j;
            if (j >= n) { // unterminated: drop the rest
                i = n;
                break;
            }
            const uchar final = d[j];
            if (final >= 0x40 && final <= 0x7E) {
                const bool isPrivate = paramEnd > paramStart && d[paramStart] >= 0x3C; // < = > ?
                if (final == 'm' && keepSgr && !isPrivate && paramEnd == j)
                    applySgr(screen, d + paramStart, paramEnd - paramStart);
                i = j + 1;
            } else {
                i = j; // a malformed CSI: drop what was read, go on with the odd byte
            }
        } else if (k == ']' || k == 'P' || k == 'X' || k == '^' || k == '_') {
            // String: up to BEL (OSC's old terminator) or ST (ESC \). Unterminated: to the end.
            qsizetype j = i + 2;
            while (j < n) {
                if (d[j] == 0x07) {
                    ++j;
                    break;
                }
                if (d[j] == 0x1B && j + 1 < n && d[j + 1] == '\\') {
                    j += 2;
                    break;
                }
                ++j;
            }
            i = j;
        } else if (k >= 0x20 && k <= 0x2F) {
            // ESC with intermediates (charset selection, ESC # 8, …): up to a final byte. A byte
            // outside ASCII ends the sequence without being part of it (it may start a character).
            qsizetype j = i + 2;
            while (j < n && d[j] >= 0x20 && d[j] <= 0x2F)
                ++j;
            i = (j < n && d[j] >= 0x80) ? j : qMin(n, j + 1);
        } else if (k >= 0x80) {
            // Not a sequence: drop the ESC alone; the byte may start a UTF-8 character, which
            // taking it as the final would cut in half. (Found by tests/fuzz/fuzz_linedecoder.)
            ++i;
        } else {
            i += 2; // ESC 7, ESC 8, ESC M, ESC c, ESC =, …
        }
    }
}

inline void appendCodePoint(QString &out, char32_t cp)
{
    if (cp & RawByteFlag) {
        out.append(QChar(0xFFFD));
    } else if (cp < 0x20 && cp != U'\t') {
        out.append(QChar(char16_t(0x2400 + cp)));
    } else if (cp == 0x7F) {
        out.append(QChar(char16_t(0x2421)));
    } else if (cp >= 0x10000) {
        out.append(QChar(QChar::highSurrogate(cp)));
        out.append(QChar(QChar::lowSurrogate(cp)));
    } else {
        out.append(QChar(char16_t(cp)));
    }
}

} // namespace

bool LineDecoder::isPlain(QByteArrayView raw)
{
    raw = withoutLineEnd(raw);
    for (const char ch : raw) {
        const auto c = uchar(ch);
        if ((c < 0x20 && c != '\t') || c == 0x7F)
            return false;
    }
    return true;
}

DecodedLine LineDecoder::decode(QByteArrayView raw)
{
    DecodedLine result;
    raw = withoutLineEnd(raw);
    if (raw.size() > MaxDecodedBytes) {
        raw = raw.first(MaxDecodedBytes);
        result.elided = true;
    }
    Screen screen;
    screen.cells.reserve(size_t(raw.size()));
    run(screen, raw, true);

    result.text.reserve(qsizetype(screen.cells.size()));
    qsizetype runStart = 0;
    quint16 runFormat = 0;
    auto closeRun = [&](qsizetype end) {
        if (end > runStart && !screen.formats[runFormat].isDefault()) {
            const Format &f = screen.formats[runFormat];
            result.runs.append(FormatRun{runStart, end - runStart, f.fg, f.bg, f.attrs});
        }
    };
    for (const Cell &cell : screen.cells) {
        if (cell.format != runFormat) {
            closeRun(result.text.size());
            runStart = result.text.size();
            runFormat = cell.format;
        }
        appendCodePoint(result.text, cell.cp);
    }
    closeRun(result.text.size());
    return result;
}

QString LineDecoder::decodeText(QByteArrayView raw)
{
    raw = withoutLineEnd(raw);
    if (raw.size() > MaxDecodedBytes)
        raw = raw.first(MaxDecodedBytes);
    bool ascii = true;
    bool plain = true;
    for (const char ch : raw) {
        const auto c = uchar(ch);
        if (c >= 0x80)
            ascii = false;
        else if ((c < 0x20 && c != '\t') || c == 0x7F)
            plain = false;
    }
    if (ascii && plain)
        return QString::fromLatin1(raw);
    Screen screen;
    screen.cells.reserve(size_t(raw.size()));
    run(screen, raw, false);
    QString text;
    text.reserve(qsizetype(screen.cells.size()));
    for (const Cell &cell : screen.cells)
        appendCodePoint(text, cell.cp);
    return text;
}

QByteArray LineDecoder::strip(QByteArrayView raw)
{
    raw = withoutLineEnd(raw);
    Screen screen;
    screen.cells.reserve(size_t(raw.size()));
    run(screen, raw, false);
    QByteArray out;
    out.reserve(qsizetype(screen.cells.size()));
    for (const Cell &cell : screen.cells) {
        const char32_t cp = cell.cp;
        if (cp & RawByteFlag) {
            out.append(char(cp & 0xFF));
        } else if (cp < 0x80) {
            out.append(char(cp));
        } else if (cp < 0x800) {
            out.append(char(0xC0 | (cp >> 6)));
            out.append(char(0x80 | (cp & 0x3F)));
        } else if (cp < 0x10000) {
            out.append(char(0xE0 | (cp >> 12)));
            out.append(char(0x80 | ((cp >> 6) & 0x3F)));
            out.append(char(0x80 | (cp & 0x3F)));
        } else {
            out.append(char(0xF0 | (cp >> 18)));
            out.append(char(0x80 | ((cp >> 12) & 0x3F)));
            out.append(char(0x80 | ((cp >> 6) & 0x3F)));
            out.append(char(0x80 | (cp & 0x3F)));
        }
    }
    return out;
}

} // namespace vcv
