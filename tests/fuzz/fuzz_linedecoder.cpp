// SPDX-FileCopyrightText: 2026 The virt-console-viewer developers
// SPDX-License-Identifier: GPL-2.0-or-later
// Fuzz target for LineDecoder (app/bootlog): any bytes a guest wrote to its console end up in the
// log, and each line is decoded on demand when it scrolls into view, exported or searched. For any
// line:
//   - decode(), decodeText() and strip() return (no crash, no sanitizer report, bounded time);
//   - decode().text == decodeText() (the search's fast path shows what the view shows);
//   - the text holds no C0 control but TAB, no DEL and no ESC (they become control pictures or
//     vanish with their sequence) and is at most one UTF-16 unit per raw byte;
//   - format runs are sorted, disjoint, non-empty and inside the text;
//   - strip() holds no ESC, and is valid UTF-8 when the line was;
//   - a line without escape sequences or controls (valid UTF-8) decodes to exactly its UTF-8
//     text, without runs, and isPlain() says so;
//   - the line end ("\n" or "\r\n") changes nothing.
// The expectations come from LineDecoder.h's contract, computed here with Qt's own UTF-8 decoder.
#include "FuzzInput.h"

#include "bootlog/LineDecoder.h"

#include <QString>

#include <cstdint>

using vcv::LineDecoder;
using namespace vcv::fuzz;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray raw(reinterpret_cast<const char *>(data), qsizetype(size));
    const vcv::DecodedLine line = LineDecoder::decode(raw);
    const QString text = LineDecoder::decodeText(raw);
    const QByteArray stripped = LineDecoder::strip(raw);

    check(line.text == text, "decode().text differs from decodeText()", raw);
    check(text.size() <= raw.size(), "more text than raw bytes", raw);
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        check(u >= 0x20 || u == u'\t', "a C0 control in the decoded text", raw);
        check(u != 0x7f, "DEL in the decoded text", raw);
    }
    qsizetype previousEnd = 0;
    for (const vcv::FormatRun &run : line.runs) {
        check(run.length > 0, "an empty format run", raw);
        check(run.start >= previousEnd, "format runs overlap or are out of order", raw);
        check(run.start + run.length <= text.size(), "a format run past the text", raw);
        previousEnd = run.start + run.length;
    }
    check(!stripped.contains('\x1b'), "ESC in strip()", raw);

    // The line's text without its line end, as LineDecoder.h defines it.
    QByteArray body = raw;
    if (body.endsWith("\r\n"))
        body.chop(2);
    else if (body.endsWith('\n'))
        body.chop(1);
    const bool validUtf8 = QByteArrayView(body).isValidUtf8();
    if (validUtf8)
        check(QByteArrayView(stripped).isValidUtf8(), "strip() of valid UTF-8 is not valid UTF-8", raw);

    bool controls = false;
    for (const char ch : std::as_const(body)) {
        const auto u = static_cast<unsigned char>(ch);
        if ((u < 0x20 && u != '\t') || u == 0x7f)
            controls = true;
    }
    check(LineDecoder::isPlain(raw) == !controls, "isPlain() wrong", raw);
    if (!controls && validUtf8) {
        check(text == QString::fromUtf8(body), "a plain UTF-8 line is not shown as its text", raw);
        check(line.runs.isEmpty(), "a plain line has format runs", raw);
        check(stripped == body, "strip() changes a plain line", raw);
    }

    if (!raw.endsWith('\n')) {
        check(LineDecoder::decode(QByteArray(raw + '\n')) == line, "a trailing LF changes the decoded line", raw);
        if (!raw.endsWith('\r'))
            check(LineDecoder::decode(QByteArray(raw + "\r\n")) == line, "a trailing CR LF changes the decoded line",
                  raw);
    }
    return 0;
}
