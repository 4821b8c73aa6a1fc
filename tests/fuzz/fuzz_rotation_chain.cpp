// SPDX-FileCopyrightText: 2026 The virt-console-viewer developers
// SPDX-License-Identifier: GPL-2.0-or-later
// Fuzz target for the boot-log engine's byte stream: RotationChain (virtlogd's rotated files
// joined, also while following them) and LineIndex (where the lines start, built in chunks and
// joined from two halves as LogDocument's AppendIndexer does).
//
// The input is a random byte stream S and the places where "virtlogd" rotates: the first part of
// S is written as an existing chain f.N … f.0, f, the rest is appended to the live file in pieces
// with rotations (f → f.0, f.0 → f.1 …) between and within pieces, the chain being polled after
// each piece. No file is deleted and nothing truncated, so whatever the cuts:
//   - every byte of S is in the stream exactly once, in order (size() and read() equal S's prefix
//     written so far, also for reads at fuzzer-chosen offsets and lengths);
//   - grown() reports contiguous ranges and no discontinuity is reported;
//   - the line index has one line per '\n' plus an open last line when S does not end in one, its
//     line starts are the bytes after each '\n', and lineAt() agrees — all counted independently
//     here with std::count / a plain loop.
#include "FuzzInput.h"

#include "bootlog/LineIndex.h"
#include "bootlog/RotationChain.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdint>
#include <memory>
#include <vector>

using namespace vcv;
using namespace vcv::fuzz;
using namespace Qt::StringLiterals;

namespace {

std::unique_ptr<QTemporaryDir> g_dir;

QString basePath()
{
    return g_dir->filePath(u"f.log"_s);
}
QString rotatedPath(int i)
{
    return basePath() + u'.' + QString::number(i);
}

void writeFile(const QString &path, const QByteArray &bytes, QIODevice::OpenMode mode)
{
    QFile file(path);
    if (!file.open(mode | QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        fail("harness: cannot write a log file", QFile::encodeName(path));
}

/// virtlogd's rollover (virRotatingFileWriterRollover) with room for every backup: nothing is
/// deleted, so no byte may be lost.
void rotate(int &rotations)
{
    for (int i = rotations - 1; i >= 0; --i)
        QFile::rename(rotatedPath(i), rotatedPath(i + 1));
    QFile::rename(basePath(), rotatedPath(0));
    writeFile(basePath(), {}, QIODevice::Truncate);
    ++rotations;
}

/// The independent oracle of the line index: line starts are 0 and every byte after a '\n'.
std::vector<qint64> expectedLineStarts(const QByteArray &s)
{
    std::vector<qint64> starts;
    if (s.isEmpty())
        return starts;
    starts.push_back(0);
    for (qsizetype i = 0; i + 1 < s.size(); ++i)
        if (s[i] == '\n')
            starts.push_back(i + 1);
    return starts;
}

void checkIndex(const LineIndex &index, const QByteArray &s, qint64 probe)
{
    const std::vector<qint64> starts = expectedLineStarts(s);
    const qint64 newlines = std::count(s.begin(), s.end(), '\n');
    const bool open = !s.isEmpty() && !s.endsWith('\n');
    check(index.lineCount() == newlines + (open ? 1 : 0), "line count differs from the count of '\\n'", s);
    check(qint64(starts.size()) == index.lineCount(), "harness: starts", s);
    check(index.isLastLineOpen() == open, "open last line wrong", s);
    check(index.end() == s.size(), "index end differs from the stream size", s);
    for (qint64 i = 0; i < index.lineCount(); ++i) {
        check(index.start(i) == starts[size_t(i)], "a line starts at the wrong byte", s);
        const qint64 end = i + 1 < qint64(starts.size()) ? starts[size_t(i) + 1] : s.size();
        check(index.lineEnd(i) == end, "a line ends at the wrong byte", s);
    }
    if (!s.isEmpty()) {
        const qint64 offset = probe % s.size();
        const qint64 line = std::count(s.begin(), s.begin() + offset, '\n');
        check(index.lineAt(offset) == line, "lineAt() differs from the count of '\\n' before the byte", s);
    }
    check(index.lineAt(s.size()) == -1 && index.lineAt(-1) == -1, "lineAt() outside the stream", s);
}

void checkStream(const RotationChain &chain, const QByteArray &s, FuzzInput &input)
{
    check(chain.size() == s.size(), "chain size differs from the bytes written", s);
    check(chain.read(ByteOffset(0), s.size() + 16) == s,
          "chain bytes differ from the bytes written (lost, doubled or reordered)", s);
    for (int k = 0; k < 3 && !s.isEmpty(); ++k) {
        const qint64 at = qint64(input.choose(size_t(s.size())));
        const qint64 length = qint64(input.choose(size_t(s.size()) + 8));
        check(chain.read(ByteOffset(at), length) == s.mid(at, length), "a read at an offset differs", s);
    }
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    static QCoreApplication app(*argc, *argv);
    g_dir = std::make_unique<QTemporaryDir>();
    if (!g_dir->isValid())
        fail("harness: no temporary directory");
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    FuzzInput input(data, size);
    const int initialFiles = int(input.choose(6)); // 0: no file yet
    std::vector<size_t> initialCuts;
    for (int i = 0; i + 1 < initialFiles; ++i)
        initialCuts.push_back(input.choose(1 << 16));
    const int pieces = int(input.choose(8));
    std::vector<std::pair<size_t, int>> followSteps; // (cut, rotations before the piece)
    for (int i = 0; i < pieces; ++i)
        followSteps.emplace_back(input.choose(1 << 16), int(input.choose(3)));
    const size_t indexChunk = 1 + input.choose(64);
    const size_t splitAt = input.choose(1 << 16);
    const qint64 probe = qint64(input.choose(1 << 16));
    // The stream itself, then the remaining choices (read offsets) from what is left.
    const QByteArray stream = input.bytes(std::max<size_t>(input.remaining() * 3 / 4, 0));

    QDir(g_dir->path()).removeRecursively();
    QDir().mkpath(g_dir->path());

    // The chain as it exists when it is opened: oldest file first, newest (the live one) last.
    const qsizetype initialEnd = pieces ? qsizetype(followSteps.front().first % (stream.size() + 1)) : stream.size();
    std::sort(initialCuts.begin(), initialCuts.end());
    int rotations = 0;
    if (initialFiles > 0) {
        std::vector<qsizetype> bounds{0};
        for (const size_t cut : initialCuts)
            bounds.push_back(qsizetype(cut % (initialEnd + 1)));
        bounds.push_back(initialEnd);
        std::sort(bounds.begin(), bounds.end());
        rotations = int(bounds.size()) - 2;
        for (size_t f = 0; f + 1 < bounds.size(); ++f) {
            const int age = int(bounds.size()) - 3 - int(f); // -1: the live file
            writeFile(age < 0 ? basePath() : rotatedPath(age), stream.mid(bounds[f], bounds[f + 1] - bounds[f]),
                      QIODevice::Truncate);
        }
    }
    const qsizetype written0 = initialFiles > 0 ? initialEnd : 0;

    RotationChain chain;
    qint64 grownTo = -1;
    bool discontinuity = false;
    QObject::connect(&chain, &RotationChain::grown, [&](ByteOffset from, ByteOffset to) {
        check(grownTo < 0 || from.get() == grownTo, "grown() ranges are not contiguous");
        check(to > from, "grown() with an empty range");
        grownTo = to.get();
    });
    QObject::connect(&chain, &RotationChain::discontinuity, [&] { discontinuity = true; });
    chain.open(basePath());
    chain.setFollowing(true);
    if (grownTo < 0)
        grownTo = chain.size();
    checkStream(chain, stream.first(written0), input);

    // Follow: append the rest in pieces, rotating before some of them.
    qsizetype written = written0;
    for (int i = 0; i < pieces; ++i) {
        const qsizetype to = i + 1 < pieces
            ? std::max(written, qsizetype(followSteps[size_t(i) + 1].first % (stream.size() + 1)))
            : stream.size();
        if (written == 0 && !QFile::exists(basePath()))
            writeFile(basePath(), {}, QIODevice::Truncate);
        for (int r = 0; r < followSteps[size_t(i)].second && rotations < 12; ++r)
            rotate(rotations);
        writeFile(basePath(), stream.mid(written, to - written), QIODevice::Append);
        written = to;
        chain.poll();
        checkStream(chain, stream.first(written), input);
        check(chain.size() == 0 || grownTo == chain.size(), "grown() did not report up to the end");
    }
    check(!discontinuity, "a discontinuity reported although nothing was deleted or truncated", stream);

    // The line index over the stream as the chain reads it, in chunks.
    const QByteArray s = chain.read(ByteOffset(0), chain.size());
    LineIndex index;
    for (qsizetype at = 0; at < s.size(); at += qsizetype(indexChunk)) {
        const qsizetype n = std::min<qsizetype>(qsizetype(indexChunk), s.size() - at);
        index.append(at, s.constData() + at, n);
    }
    checkIndex(index, s, probe);

    // Two halves indexed apart and joined, as a followed log's tail is merged into the document.
    const qsizetype split = s.isEmpty() ? 0 : qsizetype(splitAt % (s.size() + 1));
    // appendIndex's contract: the tail begins at the head's end, or, when the head's last line is
    // still open, at that line's start, holding the line again from there (replacesOpenLine), as
    // a followed log's open line is indexed anew when it grows.
    LineIndex head;
    head.append(0, s.constData(), split);
    const bool open = head.isLastLineOpen() && head.lineCount() > 0;
    const qsizetype tailStart = open ? qsizetype(head.start(head.lineCount() - 1)) : split;
    LineIndex tail(tailStart);
    tail.append(tailStart, s.constData() + tailStart, s.size() - tailStart);
    head.appendIndex(tail, open);
    checkIndex(head, s, probe);
    return 0;
}
