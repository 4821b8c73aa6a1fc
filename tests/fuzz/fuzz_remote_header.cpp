// SPDX-FileCopyrightText: 2026 The virt-console-viewer developers
// SPDX-License-Identifier: GPL-2.0-or-later
// Fuzz target for what a remote host says before its log (RemoteLogMirror::parseHeader) and the
// plan of the history copy made from it (RemoteLogMirror::planHistory): the header comes from the
// host's shell, so from whatever runs there.
//
// Half the inputs are raw lines; the other half are built from fuzzed numbers, so that valid
// headers with odd sizes reach the planner often. Properties, from a model written here:
// - a line is accepted only when it is "vcv-mirror" then whitespace-separated decimal numbers,
//   an odd count of them (start, then inode and size pairs), at most 33 files, no size over
//   2^57;
// - the plan covers the bytes before min(start, total) exactly once: chunks no longer than the
//   chunk size, inside their file, newest first (each ends where the one after it in time begins
//   — its offset plus length equals the previous chunk's offset), the first ending at the start.
#include "FuzzInput.h"

#include "bootlog/RemoteLogMirror.h"

#include <QRegularExpression>

#include <cstdint>
#include <limits>

using namespace vcv;
using namespace vcv::fuzz;
using namespace Qt::StringLiterals;

namespace {

void checkPlan(const RemoteLogMirror::Header &header, qint64 chunkSize, const QByteArray &detail)
{
    qint64 total = 0;
    QList<qint64> fileStart;
    for (const auto &file : header.files) {
        fileStart << total;
        total += file.size;
    }
    // As the mirror does: no more than MaxHistoryChunks chunks, whatever the host claims.
    chunkSize = qMax(chunkSize, qMin(header.start, total) / RemoteLogMirror::MaxHistoryChunks + 1);
    const auto chunks = RemoteLogMirror::planHistory(header.files, header.start, chunkSize);
    check(chunks.size() <= RemoteLogMirror::MaxHistoryChunks + header.files.size(), "a plan of too many chunks",
          detail);
    qint64 expectedEnd = qMin(header.start, total);
    for (const auto &chunk : chunks) {
        check(chunk.to > chunk.from && chunk.from >= 0, "an empty or inverted chunk", detail);
        check(chunk.to - chunk.from <= chunkSize, "a chunk over the chunk size", detail);
        check(chunk.chainOffset + (chunk.to - chunk.from) == expectedEnd, "chunks not newest first, edge to edge",
              detail);
        bool inFile = false;
        for (qsizetype i = 0; i < header.files.size(); ++i) {
            if (header.files.at(i).inode == chunk.inode && fileStart.at(i) + chunk.from == chunk.chainOffset &&
                chunk.to <= header.files.at(i).size)
                inFile = true;
        }
        check(inFile, "a chunk outside its file", detail);
        expectedEnd = chunk.chainOffset;
    }
    check(expectedEnd == 0, "the plan does not reach the chain's first byte", detail);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    FuzzInput input(data, size);
    QByteArray line;
    if (input.flag()) {
        line = "vcv-mirror";
        const size_t words = input.choose(2 * 34 + 2);
        for (size_t i = 0; i < words; ++i)
            line += ' ' + QByteArray::number(qint64(input.choose(size_t(1) << 40)));
        if (input.flag())
            line += input.bytes(4);
    } else {
        line = input.rest();
    }
    const qint64 chunkSize = qint64(input.choose(1 << 22)) + 1;
    const auto header = RemoteLogMirror::parseHeader(line);

    static const QRegularExpression shape(u"^vcv-mirror( +[0-9]+)+ *\\z"_s);
    QList<QByteArray> words = line.split(' ');
    words.removeAll(QByteArray());
    const bool shaped = shape.match(QString::fromLatin1(line)).hasMatch() && !line.contains('\0');
    const qsizetype numbers = words.size() - 1;
    if (header) {
        check(shaped, "a header accepted that is not \"vcv-mirror\" and numbers", line);
        check(numbers % 2 == 1 && numbers <= 1 + 2 * 33, "a header accepted with a wrong count of numbers", line);
        check(header->files.size() == numbers / 2, "files lost or made up", line);
        checkPlan(*header, chunkSize, line);
    } else if (shaped && numbers % 2 == 1 && numbers <= 1 + 2 * 33) {
        // Refused although well formed: only for a number out of range.
        bool outOfRange = false;
        for (qsizetype i = 1; i < words.size(); ++i) {
            bool ok = false;
            const qint64 v = words.at(i).toLongLong(&ok);
            outOfRange = outOfRange || !ok || (i >= 2 && i % 2 == 1 && v > std::numeric_limits<qint64>::max() / 64);
        }
        check(outOfRange, "a well-formed header refused", line);
    }
    return 0;
}
