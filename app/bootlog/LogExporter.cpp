// SPDX-FileCopyrightText: 2026 The virt-console-viewer developers
// SPDX-License-Identifier: GPL-2.0-or-later
#include "bootlog/LogExporter.h"

#include "bootlog/LineDecoder.h"
#include "bootlog/LogDocument.h"
#include "bootlog/LogDocument_p.h"
#include "bootlog/RotationChain.h"

#include <vector>

namespace vcv {

namespace {

/// Where a line longer than a strip piece may be cut: not inside an escape sequence (its rest
/// would come out as text) nor inside a UTF-8 character.
qsizetype pieceCut(QByteArrayView line)
{
    qsizetype cut = line.size();
    // An escape sequence that starts near the end may not be finished: cut before it.
    const qsizetype esc = line.lastIndexOf('\x1b');
    if (esc >= 0 && line.size() - esc <= 256)
        cut = esc;
    // Back to the start of a UTF-8 character.
    for (int i = 0; i < 3 && cut > 0 && (uchar(line.at(cut - 1)) & 0xC0) == 0x80; ++i)
        --cut;
    if (cut > 0 && uchar(line.at(cut - 1)) >= 0xC0)
        --cut;
    return cut > 0 ? cut : line.size();
}

/// Writes [from, to) of the chain, raw or stripped line by line. Memory is bounded by the block
/// and StripPiece, whatever the longest line: a line longer than StripPiece is stripped in
/// pieces of that size (a CR then rewrites only within its piece).
bool writeStream(const RotationChain &chain, qint64 from, qint64 to, QIODevice *out, LogExporter::Mode mode,
                 QString *error, const std::atomic<bool> *cancel = nullptr)
{
    constexpr qint64 Block = 1 << 20;
    constexpr qsizetype StripPiece = LineDecoder::MaxDecodedBytes;
    std::vector<char> buffer(static_cast<size_t>(Block));
    QByteArray carry; // Strip: the unfinished line of the previous block
    qint64 pos = from;
    auto fail = [&](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    while (pos < to) {
        if (cancel && cancel->load(std::memory_order_relaxed))
            return fail({});
        const qint64 n = chain.read(ByteOffset(pos), buffer.data(), qMin(Block, to - pos));
        if (n <= 0)
            return fail(LogExporter::tr("Cannot read the log at byte %1").arg(pos));
        pos += n;
        if (mode == LogExporter::Mode::Raw) {
            if (out->write(buffer.data(), n) != n)
                return fail(out->errorString());
            continue;
        }
        QByteArrayView rest(buffer.data(), qsizetype(n));
        QByteArray stripped;
        while (!rest.isEmpty()) {
            const qsizetype nl = rest.indexOf('\n');
            if (nl < 0) {
                carry.append(rest);
                if (carry.size() > StripPiece) {
                    const qsizetype cut = pieceCut(carry);
                    stripped += LineDecoder::strip(QByteArrayView(carry).first(cut));
                    carry.remove(0, cut);
                }
                break;
            }
            if (carry.isEmpty()) {
                stripped += LineDecoder::strip(rest.first(nl + 1));
            } else {
                carry.append(rest.first(nl + 1));
                stripped += LineDecoder::strip(carry);
                carry.clear();
            }
            stripped += '\n';
            rest = rest.sliced(nl + 1);
        }
        if (out->write(stripped) != stripped.size())
            return fail(out->errorString());
    }
    if (!carry.isEmpty()) {
        const QByteArray last = LineDecoder::strip(carry);
        if (out->write(last) != last.size())
            return fail(out->errorString());
    }
    return true;
}

} // namespace

bool LogExporter::exportChain(const QString &basePath, QIODevice *out, Mode mode, QString *error)
{
    const QStringList files = RotationChain::discover(basePath);
    if (files.isEmpty()) {
        if (error)
            *error = tr("%1: no such file").arg(basePath);
        return false;
    }
    return exportFiles(files, out, mode, error);
}

bool LogExporter::exportFiles(const QStringList &chronologicalFiles, QIODevice *out, Mode mode, QString *error)
{
    RotationChain chain;
    if (!chain.openFiles(chronologicalFiles)) {
        if (error)
            *error = chain.errorString();
        return false;
    }
    return writeStream(chain, 0, chain.size(), out, mode, error);
}

bool LogExporter::exportDocument(const LogDocument &document, QIODevice *out, Mode mode, QString *error,
                                 const std::atomic<bool> *cancel)
{
    // Between markers the document is a plain stretch of the stream; markers are written as
    // their text in Strip mode.
    QList<std::pair<qint64, DecodedLine::Kind>> markers;
    qint64 begin = 0;
    qint64 end = 0;
    {
        std::shared_lock locker(document.d->lock);
        markers = document.d->index.markers();
        begin = document.d->index.begin();
        end = document.d->index.end();
    }
    qint64 pos = begin;
    for (const auto &[line, kind] : std::as_const(markers)) {
        const qint64 at = document.lineOffset(LineNumber(line)).get();
        if (at > pos && !writeStream(*document.d->chain, pos, at, out, mode, error, cancel))
            return false;
        pos = qMax(pos, at);
        if (mode == Mode::Strip) {
            const QByteArray text = LogDocument::markerText(kind).toUtf8() + '\n';
            if (out->write(text) != text.size()) {
                if (error)
                    *error = out->errorString();
                return false;
            }
        }
    }
    return pos >= end || writeStream(*document.d->chain, pos, end, out, mode, error, cancel);
}

} // namespace vcv
