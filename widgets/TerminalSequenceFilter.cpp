// SPDX-FileCopyrightText: 2026 The virt-console-viewer developers
// SPDX-License-Identifier: GPL-2.0-or-later
#include "widgets/TerminalSequenceFilter.h"

#include <QList>

#include <algorithm>
#include <array>
#include <string_view>

using namespace Qt::StringLiterals;

namespace vcv {

namespace {

constexpr char kEsc = '\x1b';
constexpr char kBel = '\x07';
constexpr char kCan = '\x18';
constexpr char kSub = '\x1a';
constexpr char kDel = '\x7f';

// ESC + one of these is forwarded: DECSC, DECRC, DECKPAM, DECKPNM, IND, NEL, HTS, RI, DECID,
// RIS, LS2, LS3. Everything else after a lone ESC is dropped.
constexpr std::string_view kEscapeFinals = "78=>DEHMZcno";

// CSI finals without prefix or intermediate that the emulator implements and that change
// nothing but the screen's contents, its cursor and its attributes, or answer a query
// (c: DA, n: DSR/CPR, x: DECREQTPARM). Not 't' (window manipulation), not 'i' (printing).
constexpr std::string_view kCsiFinals = "@ABCDEFGHIJKLMPSTXZbcdfghlmnqrsuy"
                                        "x";

// DEC private modes a guest may set, reset, save and restore: cursor keys, soft scroll,
// reverse video, origin, autowrap, autorepeat, cursor blink, cursor visible, more(1) fix,
// alternate screen (47, 1047, 1048, 1049), DECBKM, 8-bit input, bracketed paste.
// Not 2 (VT52), 3 and 40 (132 columns: resizes), 9 and 1000-1015 (mouse reports), 1004 (focus
// reports): those make the terminal change shape or talk on its own.
constexpr std::array kAllowedPrivateModes{1, 4, 5, 6, 7, 8, 12, 25, 41, 47, 67, 1034, 1047, 1048, 1049, 2004};

// ANSI modes a guest may set or reset: IRM (insert) and LNM (newline).
constexpr std::array kAllowedAnsiModes{4, 20};

bool isFinal(unsigned char c)
{
    return c >= 0x40 && c <= 0x7e;
}
bool isParameterByte(unsigned char c)
{
    return c >= 0x30 && c <= 0x3f;
}
bool isIntermediate(unsigned char c)
{
    return c >= 0x20 && c <= 0x2f;
}

template<std::size_t N>
bool contains(const std::array<int, N> &list, int value)
{
    return std::find(list.begin(), list.end(), value) != list.end();
}

/// A CSI's parameters as the emulator reads them: numbers separated by ';' or ':', each
/// clamped to kMaxParameter. `canonical` is their spelling without leading zeros.
struct CsiParameters
{
    bool valid = true;
    QList<int> values;
    QByteArray canonical;
};

CsiParameters parseParameters(QByteArrayView text)
{
    CsiParameters result;
    int value = 0;
    bool haveDigits = false;
    auto endField = [&]() {
        result.values.append(value);
        if (haveDigits)
            result.canonical += QByteArray::number(value);
        value = 0;
        haveDigits = false;
    };
    for (const char c : text) {
        if (c >= '0' && c <= '9') {
            value = std::min(value * 10 + (c - '0'), TerminalSequenceFilter::kMaxParameter);
            haveDigits = true;
        } else if (c == ';' || c == ':') {
            endField();
            result.canonical += c;
        } else {
            result.valid = false; // '<', '=', '>' or '?' past the first byte
            return result;
        }
    }
    endField();
    return result;
}

} // namespace

void TerminalSequenceFilter::reset()
{
    m_state = State::Ground;
    m_sequence.clear();
    m_stringLength = 0;
}

QByteArray TerminalSequenceFilter::filter(const QByteArray &bytes)
{
    QByteArray out;
    out.reserve(bytes.size() + 2);
    // Fast path: in ground state, copy runs of bytes that cannot start anything.
    const char *p = bytes.constData();
    const char *const end = p + bytes.size();
    while (p < end) {
        if (m_state == State::Ground) {
            const char *run = p;
            while (p < end && *p != kEsc && static_cast<unsigned char>(*p) != 0xc2)
                ++p;
            out.append(run, p - run);
            if (p == end)
                break;
        }
        step(*p, out);
        ++p;
    }
    return out;
}

void TerminalSequenceFilter::refuse()
{
    ++m_refused;
    m_sequence.clear();
}

void TerminalSequenceFilter::abortSequence()
{
    m_sequence.clear();
    m_state = State::Ground;
}

bool TerminalSequenceFilter::controlInSequence(char c, QByteArray &out)
{
    const auto u = static_cast<unsigned char>(c);
    if (c == kDel || c == '\0')
        return true; // ignored by the VT100 and the emulator alike, also inside sequences
    if (c == kCan || c == kSub) {
        abortSequence();
        out.append(c); // the emulator shows its error glyph for them, as after its own abort
        return true;
    }
    if (c == kEsc) {
        m_sequence = QByteArray(1, kEsc);
        m_state = State::Escape;
        return true;
    }
    if (u < 0x20) {
        // Executed inside the sequence by the emulator; forwarded now, ahead of the sequence,
        // which has the same effect and keeps the emulator in its ground state.
        out.append(c);
        return true;
    }
    return false;
}

void TerminalSequenceFilter::step(char c, QByteArray &out)
{
    const auto u = static_cast<unsigned char>(c);
    switch (m_state) {
    case State::Ground:
        if (c == kEsc) {
            m_sequence = QByteArray(1, kEsc);
            m_state = State::Escape;
        } else if (u == 0xc2) {
            m_state = State::Utf8C2;
        } else {
            out.append(c);
        }
        return;

    case State::Utf8C2:
        m_state = State::Ground;
        if (u >= 0x80 && u <= 0x9f) {
            ++m_refused; // a C1 control in UTF-8: the emulator reads U+009B as CSI
            return;
        }
        if (u >= 0xa0 && u <= 0xbf) {
            out.append('\xc2');
            out.append(c);
            return;
        }
        // 0xC2 without its continuation byte is invalid UTF-8, which the emulator shows as U+FFFD.
        // Show that instead of passing the lone 0xC2 on: whatever this filter lets through next
        // would complete it, and after a removed sequence ("\xc2 ESC [ ? 1000 h \x9b") that can
        // be a C1 control. (Found by tests/fuzz/fuzz_terminal_filter.)
        out.append("\xef\xbf\xbd");
        step(c, out);
        return;

    case State::Escape:
    case State::EscapeIntermediate:
    case State::Csi:
    case State::CsiRefused:
        if (controlInSequence(c, out))
            return;
        if (u >= 0x80) {
            // Not ASCII: the emulator would take the low byte of the character as the final
            // (U+0168 as 'h'); end the sequence here instead and show the character.
            if (m_state != State::CsiRefused)
                ++m_refused;
            abortSequence();
            step(c, out);
            return;
        }
        break;

    case State::String:
        if (c == kEsc)
            m_state = State::StringEscape;
        else if (c == kBel || c == kCan || c == kSub || ++m_stringLength > kMaxStringLength)
            m_state = State::Ground; // ended, or too long to be anything but a flood
        return;

    case State::StringEscape:
        if (c == '\\') {
            m_state = State::Ground;
        } else {
            // ESC followed by anything else ends the string and starts a new sequence (xterm).
            m_sequence = QByteArray(1, kEsc);
            m_state = State::Escape;
            step(c, out);
        }
        return;
    }

    // An ASCII byte from 0x20 to 0x7e inside a sequence.
    switch (m_state) {
    case State::Escape:
        if (c == '[') {
            m_sequence.append(c);
            m_state = State::Csi;
        } else if (c == ']' || c == 'P' || c == 'X' || c == '^' || c == '_') {
            refuse();
            m_state = State::String;
            m_stringLength = 0;
        } else if (c == '(' || c == ')' || c == '*' || c == '+' || c == '#' || c == '%') {
            m_sequence.append(c);
            m_state = State::EscapeIntermediate;
        } else {
            finishEscape(c, out);
        }
        return;

    case State::EscapeIntermediate: finishEscape(c, out); return;

    case State::Csi:
        if (isFinal(u)) {
            finishCsi(c, out);
            m_state = State::Ground;
            return;
        }
        m_sequence.append(c);
        if (m_sequence.size() > kMaxCsiLength) {
            refuse();
            m_state = State::CsiRefused;
        }
        return;

    case State::CsiRefused:
        if (isFinal(u))
            m_state = State::Ground;
        return;

    default: Q_UNREACHABLE();
    }
}

void TerminalSequenceFilter::finishEscape(char final, QByteArray &out)
{
    // m_sequence = ESC [intermediate]
    bool allowed = false;
    if (m_sequence.size() == 1) {
        allowed = kEscapeFinals.find(final) != std::string_view::npos;
    } else {
        const char intermediate = m_sequence.at(1);
        if (intermediate == '#')
            allowed = std::string_view("34568").find(final) != std::string_view::npos;
        else if (intermediate != '%') // ESC % switches the emulator's codec
            allowed = final == '0' || final == 'A' || final == 'B';
    }
    if (allowed) {
        m_sequence.append(final);
        out.append(m_sequence);
        m_sequence.clear();
    } else {
        refuse();
    }
    m_state = State::Ground;
}

void TerminalSequenceFilter::finishCsi(char final, QByteArray &out)
{
    // m_sequence = ESC [ parameter bytes, then intermediate bytes
    QByteArrayView body = QByteArrayView(m_sequence).sliced(2);
    char prefix = 0;
    if (!body.isEmpty() &&
        (body.front() == '?' || body.front() == '>' || body.front() == '!' || body.front() == '<' ||
         body.front() == '=')) {
        prefix = body.front();
        body = body.sliced(1);
    }
    qsizetype parameterEnd = 0;
    while (parameterEnd < body.size() && isParameterByte(static_cast<unsigned char>(body.at(parameterEnd))))
        ++parameterEnd;
    const QByteArrayView intermediates = body.sliced(parameterEnd);
    for (const char c : intermediates) {
        if (!isIntermediate(static_cast<unsigned char>(c))) {
            refuse(); // a parameter byte after an intermediate: malformed
            return;
        }
    }
    const CsiParameters parameters = parseParameters(body.first(parameterEnd));
    if (!parameters.valid) {
        refuse();
        return;
    }
    const int first = parameters.values.front();
    const bool singleParameter = parameters.values.size() == 1;

    bool allowed = false;
    if (!intermediates.isEmpty()) {
        // Only DECSCUSR, `CSI n SP q`, with the single digit the emulator recognises.
        allowed =
            prefix == 0 && intermediates == " " && final == 'q' && body.first(parameterEnd).size() == 1 && first <= 6;
    } else if (prefix == '?') {
        allowed = (final == 'h' || final == 'l' || final == 's' || final == 'r') &&
            std::all_of(parameters.values.begin(), parameters.values.end(),
                        [](int mode) { return contains(kAllowedPrivateModes, mode); });
    } else if (prefix == '>') {
        allowed = final == 'c' && singleParameter && first == 0; // secondary DA
    } else if (prefix == '!') {
        allowed = final == 'p' && parameters.canonical.isEmpty(); // DECSTR, soft reset
    } else if (prefix == 0) {
        allowed = kCsiFinals.find(final) != std::string_view::npos;
        if (final == 'h' || final == 'l')
            allowed = std::all_of(parameters.values.begin(), parameters.values.end(),
                                  [](int mode) { return contains(kAllowedAnsiModes, mode); });
    }
    if (!allowed) {
        refuse();
        return;
    }
    QByteArray canonical = "\x1b["_ba;
    if (prefix)
        canonical += prefix;
    canonical += parameters.canonical;
    canonical += intermediates.toByteArray();
    canonical += final;
    out.append(canonical);
    m_sequence.clear();
}

} // namespace vcv
