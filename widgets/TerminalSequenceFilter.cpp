#include "widgets/TerminalSequenceFilter.h"

#include <array>

using namespace Qt::StringLiterals;

namespace vcv {

namespace {

constexpr char kEsc = '\x1b';
constexpr char kBel = '\x07';
constexpr char kCan = '\x18';
constexpr char kSub = '\x1a';

// DEC private modes a guest may not set or reset (see the header for why).
constexpr std::array kRefusedPrivateModes{2, 3, 9, 40, 1000, 1001, 1002, 1003, 1004, 1005, 1006, 1015};

bool isFinal(unsigned char c) { return c >= 0x40 && c <= 0x7e; }

} // namespace

void TerminalSequenceFilter::reset()
{
    m_state = State::Ground;
    m_csi.clear();
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

void TerminalSequenceFilter::step(char c, QByteArray &out)
{
    const auto u = static_cast<unsigned char>(c);
    switch (m_state) {
    case State::Ground:
        if (c == kEsc)
            m_state = State::Escape;
        else if (u == 0xc2)
            m_state = State::Utf8C2;
        else
            out.append(c);
        return;

    case State::Utf8C2:
        m_state = State::Ground;
        if (u >= 0x80 && u <= 0x9f) {
            ++m_refused; // a C1 control in UTF-8: some emulators read U+009B as CSI, U+009D as OSC
            return;
        }
        out.append('\xc2');
        step(c, out);
        return;

    case State::Escape:
        if (c == ']' || c == 'P' || c == 'X' || c == '^' || c == '_') {
            m_state = State::String;
            m_stringLength = 0;
            ++m_refused;
        } else if (c == '[') {
            m_state = State::Csi;
            m_csi = "\x1b["_ba;
        } else if (c == kEsc) {
            // ESC ESC: the terminal drops the first one too.
        } else if (c == kCan || c == kSub) {
            out.append(c);
            m_state = State::Ground;
        } else if (u < 0x20) {
            out.append(c); // executed inside the sequence, as VT100 does
        } else if (u >= 0x80) {
            m_state = State::Ground;
            step(c, out);
        } else {
            out.append(kEsc);
            out.append(c);
            m_state = State::Ground;
        }
        return;

    case State::Csi:
        if (u >= 0x20 && u <= 0x3f) {
            m_csi.append(c);
            if (m_csi.size() > kMaxCsiLength) {
                m_csi.clear();
                m_state = State::CsiSkip;
                ++m_refused;
            }
        } else if (isFinal(u)) {
            m_csi.append(c);
            if (csiAllowed())
                out.append(m_csi);
            else
                ++m_refused;
            m_csi.clear();
            m_state = State::Ground;
        } else if (c == kEsc) {
            m_csi.clear();
            m_state = State::Escape;
        } else if (c == kCan || c == kSub) {
            m_csi.clear();
            out.append(c);
            m_state = State::Ground;
        } else if (u < 0x20 || u == 0x7f) {
            out.append(c);
        } else {
            // Not ASCII: the terminal ends the sequence there with an error; drop it instead.
            m_csi.clear();
            m_state = State::Ground;
            step(c, out);
        }
        return;

    case State::CsiSkip:
        if (isFinal(u)) {
            m_state = State::Ground;
        } else if (c == kEsc) {
            m_state = State::Escape;
        } else if (c == kCan || c == kSub) {
            out.append(c);
            m_state = State::Ground;
        } else if (u < 0x20) {
            out.append(c);
        } else if (u >= 0x80) {
            m_state = State::Ground;
            step(c, out);
        }
        return;

    case State::String:
        if (c == kBel || c == kCan || c == kSub) {
            m_state = State::Ground;
        } else if (c == kEsc) {
            m_state = State::StringEscape;
        } else if (++m_stringLength > kMaxStringLength) {
            m_state = State::Ground;
        }
        return;

    case State::StringEscape:
        if (c == '\\') {
            m_state = State::Ground;
        } else {
            // ESC followed by anything else ends the string and starts a new sequence (xterm).
            m_state = State::Escape;
            step(c, out);
        }
        return;
    }
}

bool TerminalSequenceFilter::csiAllowed() const
{
    // m_csi = ESC [ parameters intermediates final
    const char final = m_csi.back();
    if (final == 't')
        return false;
    const bool isPrivate = m_csi.size() > 2 && m_csi.at(2) == '?';
    if (!isPrivate || (final != 'h' && final != 'l' && final != 's' && final != 'r'))
        return true;
    // Parse the numbers the way the emulator does (it stops growing a number at 4096) so that
    // no spelling of a refused mode slips through.
    int value = 0;
    auto refused = [](int v) {
        for (const int mode : kRefusedPrivateModes) {
            if (mode == v)
                return true;
        }
        return false;
    };
    for (qsizetype i = 3; i < m_csi.size() - 1; ++i) {
        const char c = m_csi.at(i);
        if (c >= '0' && c <= '9') {
            if (value < 4096)
                value = value * 10 + (c - '0');
        } else {
            if (refused(value))
                return false;
            value = 0;
        }
    }
    return !refused(value);
}

} // namespace vcv
