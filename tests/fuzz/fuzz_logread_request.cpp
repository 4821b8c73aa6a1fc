// SPDX-FileCopyrightText: 2026 The virt-console-viewer developers
// SPDX-License-Identifier: GPL-2.0-or-later
// Fuzz target for what virt-console-viewer-logread, running as root, takes from its caller: the
// request on its command line (LogReadRequest::parse) and the history's chunk list on its input
// (parseLogReadChunks). Properties, from a model written here:
// - an accepted request is for qemu:///system, a canonical lower-case UUID, an alias of at most
//   64 letters, digits and "_.-" (or none, as always for the QEMU log), and numbers of at most
//   18 digits;
// - its words (toArguments(), what goes over ssh as one command line) are letters, digits and
//   ":/._-" only, and parse back to the same request;
// - an accepted chunk list has from < to in every chunk, at most the maximum of them, and one
//   chunk per three blank-separated words.
#include "FuzzInput.h"

#include "bootlog/LogReadRequest.h"

#include <QRegularExpression>
#include <QStringList>

#include <cstdint>

using namespace vcv;
using namespace vcv::fuzz;
using namespace Qt::StringLiterals;

namespace {

const QStringList kWords{u"--connect"_s,
                         u"--domain"_s,
                         u"--console"_s,
                         u"--qemu-log"_s,
                         u"qemu:///system"_s,
                         u"test:///default"_s,
                         u"live"_s,
                         u"history"_s,
                         u"0"_s,
                         u"1"_s,
                         u"serial0"_s,
                         u"842ccee6-aa40-45e5-b5b7-67dbb4485df5"_s,
                         u"{842ccee6-aa40-45e5-b5b7-67dbb4485df5}"_s};

QStringList arguments(FuzzInput &input)
{
    QStringList args;
    if (input.flag()) {
        // Mostly words a request is made of, now and then fuzzed bytes instead.
        const size_t count = input.choose(14);
        for (size_t i = 0; i < count; ++i)
            args << (input.choose(6) == 0 ? QString::fromUtf8(input.bytes(70))
                                          : kWords.at(qsizetype(input.choose(kWords.size()))));
        return args;
    }
    for (const QByteArray &word : input.rest().split('\0'))
        args << QString::fromUtf8(word);
    return args;
}

void checkRequest(const LogReadRequest &r, const QByteArray &detail)
{
    static const QRegularExpression uuid(u"\\A[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\\z"_s);
    static const QRegularExpression alias(u"\\A[A-Za-z0-9_.-]{0,64}\\z"_s);
    static const QRegularExpression shellSafe(u"\\A[A-Za-z0-9:/._-]+\\z"_s);
    check(r.uri == u"qemu:///system"_s, "a connection other than qemu:///system accepted", detail);
    check(uuid.match(r.uuid).hasMatch(), "a UUID not in canonical form", detail);
    check(alias.match(r.alias).hasMatch(), "an alias with other characters", detail);
    check(r.log == LogReadRequest::Log::Console || r.alias.isEmpty(), "a console named for the QEMU log", detail);
    for (const qint64 n : {r.skip, r.window, r.anchorInode, r.anchorSize})
        check(n >= 0 && n < 1000000000000000000LL, "a number out of range", detail);
    const QStringList words = r.toArguments();
    for (const QString &w : words)
        check(shellSafe.match(w).hasMatch(), "a word a shell would read otherwise", detail);
    QString error;
    const auto again = LogReadRequest::parse(words, &error);
    check(again.has_value(), "its own words refused", detail);
    check(again->uri == r.uri && again->uuid == r.uuid && again->alias == r.alias && again->log == r.log &&
              again->mode == r.mode && again->skip == r.skip && again->follow == r.follow &&
              again->window == r.window && again->anchorInode == r.anchorInode && again->anchorSize == r.anchorSize,
          "its words parse to another request", detail);
}

void checkChunks(const QByteArray &text, qsizetype max)
{
    QString error;
    const auto chunks = parseLogReadChunks(text, max, &error);
    qsizetype words = 0;
    for (const QByteArray &w : QByteArray(text).replace('\n', ' ').replace('\t', ' ').split(' '))
        words += w.isEmpty() ? 0 : 1;
    if (!chunks) {
        check(!error.isEmpty(), "refused without a reason", text);
        return;
    }
    check(words % 3 == 0 && chunks->size() == words / 3, "chunks lost or made up", text);
    check(chunks->size() <= max, "more chunks than allowed", text);
    for (const LogReadChunk &c : *chunks)
        check(c.inode >= 0 && c.from >= 0 && c.from < c.to, "an empty or inverted chunk", text);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    FuzzInput input(data, size);
    if (input.flag()) {
        const qsizetype max = qsizetype(input.choose(20));
        checkChunks(input.rest(), max);
        return 0;
    }
    const QStringList args = arguments(input);
    QString error;
    const auto request = LogReadRequest::parse(args, &error);
    const QByteArray detail = args.join(u'|').toUtf8();
    if (request)
        checkRequest(*request, detail);
    else
        check(!error.isEmpty(), "refused without a reason", detail);
    return 0;
}
