// SPDX-FileCopyrightText: 2026 The virt-console-viewer developers
// SPDX-License-Identifier: GPL-2.0-or-later
#include "bootlog/LogReadRequest.h"

#include <QRegularExpression>
#include <QUuid>

#include <limits>

using namespace Qt::StringLiterals;

namespace vcv {

namespace {

/// A decimal number as the mirror writes it: digits only (no sign, no spaces, no 0x), at most
/// 18 of them, so that sums of a few never overflow.
std::optional<qint64> decimal(QStringView word)
{
    if (word.isEmpty() || word.size() > 18)
        return std::nullopt;
    for (const QChar c : word)
        if (c < u'0' || c > u'9')
            return std::nullopt;
    return word.toLongLong();
}

std::optional<qint64> decimal(QByteArrayView word)
{
    return decimal(QString::fromLatin1(word));
}

} // namespace

bool LogReadRequest::isServedUri(const QString &uri)
{
    return uri == u"qemu:///system"_s;
}

std::optional<LogReadRequest> LogReadRequest::parse(const QStringList &arguments, QString *error)
{
    LogReadRequest request;
    qsizetype i = 0;
    const auto value = [&](const QString &option) -> std::optional<QString> {
        if (i + 1 >= arguments.size()) {
            *error = u"%1 needs a value"_s.arg(option);
            return std::nullopt;
        }
        i += 2;
        return arguments.at(i - 1);
    };
    bool haveUri = false;
    bool haveDomain = false;
    bool haveConsole = false;
    while (i < arguments.size() && arguments.at(i).startsWith(u"--"_s)) {
        const QString &option = arguments.at(i);
        if (option == u"--qemu-log"_s) { // the one option without a value
            if (request.log == Log::Qemu || haveConsole) {
                *error = u"--qemu-log is given once, and not with --console"_s;
                return std::nullopt;
            }
            request.log = Log::Qemu;
            ++i;
            continue;
        }
        const auto v = value(option);
        if (!v)
            return std::nullopt;
        if (option == u"--connect"_s && !haveUri) {
            if (!isServedUri(*v)) {
                *error = u"the connection %1 is not served: only qemu:///system's logs are read with "
                         u"administrator rights"_s.arg(*v);
                return std::nullopt;
            }
            request.uri = *v;
            haveUri = true;
        } else if (option == u"--domain"_s && !haveDomain) {
            const QUuid uuid = QUuid::fromString(*v);
            if (uuid.isNull() || v->size() != 36) {
                *error = u"--domain takes a domain's UUID"_s;
                return std::nullopt;
            }
            request.uuid = uuid.toString(QUuid::WithoutBraces);
            haveDomain = true;
        } else if (option == u"--console"_s && !haveConsole && request.log == Log::Console) {
            // libvirt's aliases: serial0, console1, ua-NAME with letters, digits, '-' and '_'.
            static const QRegularExpression aliasPattern(u"\\A[A-Za-z0-9_.-]{1,64}\\z"_s);
            if (!aliasPattern.match(*v).hasMatch()) {
                *error = u"--console takes a device alias"_s;
                return std::nullopt;
            }
            request.alias = *v;
            haveConsole = true;
        } else {
            *error = u"unknown or repeated option %1"_s.arg(option);
            return std::nullopt;
        }
    }
    if (!haveUri || !haveDomain) {
        *error = u"--connect and --domain are required"_s;
        return std::nullopt;
    }
    const QStringList rest = arguments.mid(i);
    if (rest == QStringList{u"history"_s}) {
        request.mode = Mode::History;
        return request;
    }
    if (rest.size() != 6 || rest.first() != u"live"_s) {
        *error = u"expected \"live SKIP FOLLOW WINDOW ANCHOR ANCHOR-SIZE\" or \"history\""_s;
        return std::nullopt;
    }
    const auto skip = decimal(rest.at(1));
    const auto window = decimal(rest.at(3));
    const auto anchor = decimal(rest.at(4));
    const auto anchorSize = decimal(rest.at(5));
    if (!skip || !window || !anchor || !anchorSize || (rest.at(2) != u"0"_s && rest.at(2) != u"1"_s)) {
        *error = u"live takes decimal numbers and FOLLOW 0 or 1"_s;
        return std::nullopt;
    }
    request.mode = Mode::Live;
    request.skip = *skip;
    request.follow = rest.at(2) == u"1"_s;
    request.window = *window;
    request.anchorInode = *anchor;
    request.anchorSize = *anchorSize;
    return request;
}

QStringList LogReadRequest::toArguments() const
{
    QStringList words{u"--connect"_s, uri, u"--domain"_s, uuid};
    if (log == Log::Qemu)
        words << u"--qemu-log"_s;
    else if (!alias.isEmpty())
        words << u"--console"_s << alias;
    if (mode == Mode::History)
        return words << u"history"_s;
    return words << u"live"_s << QString::number(skip) << (follow ? u"1"_s : u"0"_s) << QString::number(window)
                 << QString::number(anchorInode) << QString::number(anchorSize);
}

std::optional<QList<LogReadChunk>> parseLogReadChunks(const QByteArray &input, qsizetype maxChunks, QString *error)
{
    QList<QByteArrayView> words;
    qsizetype start = -1;
    for (qsizetype i = 0; i <= input.size(); ++i) {
        const bool blank = i == input.size() || input.at(i) == ' ' || input.at(i) == '\n' || input.at(i) == '\t';
        if (!blank && start < 0)
            start = i;
        if (blank && start >= 0) {
            words << QByteArrayView(input).sliced(start, i - start);
            start = -1;
            if (words.size() > 3 * maxChunks) {
                *error = u"more than %1 chunks"_s.arg(maxChunks);
                return std::nullopt;
            }
        }
    }
    if (words.size() % 3 != 0) {
        *error = u"chunks are triples: INODE FROM TO"_s;
        return std::nullopt;
    }
    QList<LogReadChunk> chunks;
    for (qsizetype i = 0; i < words.size(); i += 3) {
        const auto inode = decimal(words.at(i));
        const auto from = decimal(words.at(i + 1));
        const auto to = decimal(words.at(i + 2));
        if (!inode || !from || !to || *from >= *to) {
            *error = u"a chunk is not INODE FROM TO with FROM < TO"_s;
            return std::nullopt;
        }
        chunks << LogReadChunk{*inode, *from, *to};
    }
    return chunks;
}

} // namespace vcv
