// SPDX-FileCopyrightText: 2026 The virt-console-viewer developers
// SPDX-License-Identifier: GPL-2.0-or-later
#include "ConsoleLogConfig.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QXmlStreamReader>
#include <QXmlStreamWriter>

using namespace Qt::StringLiterals;

namespace vcv {

QString ConsoleLogConfig::defaultLogPath(const QString &domainName, const QString &alias)
{
    return u"/var/log/libvirt/qemu/"_s + domainName + u'-' + alias + u".log"_s;
}

std::optional<QString> ConsoleLogConfig::withLog(const QString &inactiveXml, const QString &alias,
                                                 const QString &logPath, QString *error)
{
    const auto fail = [error](const QString &message) -> std::optional<QString> {
        if (error)
            *error = message;
        return std::nullopt;
    };
    static const QRegularExpression aliasPattern(u"^(serial|console)(\\d+)$"_s);
    const QRegularExpressionMatch match = aliasPattern.match(alias);
    if (!match.hasMatch())
        return fail(tr("Logging can be enabled for serial and console devices only, not for \"%1\".").arg(alias));
    const QString wantedElement = match.captured(1);
    const int wantedIndex = match.captured(2).toInt();

    // Copy the document token by token, adding <log> as the first child of the wanted device.
    // (Whitespace and attribute quoting may change; libvirt rewrites the XML anyway.)
    QXmlStreamReader reader(inactiveXml);
    QString output;
    QXmlStreamWriter writer(&output);
    int depth = 0;
    int deviceIndex = -1;
    int targetDepth = -1; // depth of the wanted device's element while inside it
    bool added = false;
    bool hadLog = false;
    while (!reader.atEnd()) {
        reader.readNext();
        if (reader.isStartElement()) {
            ++depth;
            const bool isDevice = depth == 3 && reader.name() == wantedElement;
            if (isDevice)
                ++deviceIndex;
            if (targetDepth > 0 && depth == targetDepth + 1 && reader.name() == "log"_L1)
                hadLog = true;
            writer.writeCurrentToken(reader);
            if (isDevice && deviceIndex == wantedIndex) {
                targetDepth = depth;
                writer.writeEmptyElement(u"log"_s);
                writer.writeAttribute(u"file"_s, logPath);
                writer.writeAttribute(u"append"_s, u"on"_s);
                added = true;
            }
            continue;
        }
        if (reader.isEndElement()) {
            if (depth == targetDepth)
                targetDepth = -1;
            --depth;
        }
        if (reader.tokenType() != QXmlStreamReader::StartDocument || !reader.documentVersion().isEmpty())
            writer.writeCurrentToken(reader);
    }
    if (reader.hasError())
        return fail(tr("The domain XML cannot be read: %1").arg(reader.errorString()));
    if (!added)
        return fail(tr("The domain has no device \"%1\".").arg(alias));
    if (hadLog)
        return fail(tr("The device \"%1\" has a log already.").arg(alias));
    return output;
}

} // namespace vcv
