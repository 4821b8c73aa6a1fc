// SPDX-FileCopyrightText: 2026 The virt-console-viewer developers
// SPDX-License-Identifier: GPL-2.0-or-later
#include "virt/DomainXml.h"

#include <QCoreApplication>
#include <QXmlStreamReader>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace vcv {

namespace {

struct RawChr
{
    bool isConsole = false;
    ConsoleDevice device;
};

// Reads one <serial> or <console> element; the reader stands on its start element.
RawChr readChr(QXmlStreamReader &xml, bool isConsole)
{
    RawChr raw;
    raw.isConsole = isConsole;
    ConsoleDevice &d = raw.device;
    d.kind = isConsole ? ConsoleDevice::Kind::Console : ConsoleDevice::Kind::Serial;
    d.sourceType = xml.attributes().value(u"type"_s).toString();
    // Older libvirt puts the pty path in a tty attribute as well as in <source path>.
    d.ptyPath = xml.attributes().value(u"tty"_s).toString();
    while (xml.readNextStartElement()) {
        const auto name = xml.name();
        const auto attrs = xml.attributes();
        if (name == u"target") {
            d.targetType = attrs.value(u"type"_s).toString();
            bool ok = false;
            const int port = attrs.value(u"port"_s).toInt(&ok);
            d.port = ok && port >= 0 ? port : -1; // a negative port is no port
        } else if (name == u"alias") {
            d.alias = attrs.value(u"name"_s).toString();
        } else if (name == u"log") {
            d.logFile = attrs.value(u"file"_s).toString();
            d.logAppend = attrs.value(u"append"_s) == u"on";
        } else if (name == u"source") {
            // A source may have several <source> elements (mode='bind'/'connect'); the first path wins.
            if (d.sourceType == u"pty" && d.ptyPath.isEmpty())
                d.ptyPath = attrs.value(u"path"_s).toString();
        }
        xml.skipCurrentElement();
    }
    return raw;
}

} // namespace

std::optional<DomainXml> DomainXml::parse(const QByteArray &xml, QString *error)
{
    return parse(QString::fromUtf8(xml), error);
}

std::optional<DomainXml> DomainXml::parse(const QString &text, QString *error)
{
    QXmlStreamReader xml(text);
    if (!xml.readNextStartElement() || xml.name() != u"domain") {
        if (error) {
            *error = xml.hasError()
                ? QCoreApplication::translate("vcv::DomainXml", "The domain XML is malformed: %1 (line %2)")
                      .arg(xml.errorString())
                      .arg(xml.lineNumber())
                : QCoreApplication::translate("vcv::DomainXml", "The XML does not describe a domain.");
        }
        return std::nullopt;
    }
    DomainXml result;
    result.m_type = xml.attributes().value(u"type"_s).toString();
    bool idOk = false;
    const int id = xml.attributes().value(u"id"_s).toInt(&idOk);
    result.m_id = idOk && id >= 0 ? id : -1; // libvirt's ids are positive; -1 means inactive

    QList<RawChr> serials;
    QList<RawChr> consoles;
    while (xml.readNextStartElement()) {
        const auto name = xml.name();
        if (name == u"name") {
            result.m_name = xml.readElementText();
        } else if (name == u"uuid") {
            result.m_uuid = xml.readElementText().trimmed();
        } else if (name == u"os") {
            while (xml.readNextStartElement()) {
                if (xml.name() == u"type")
                    result.m_osType = xml.readElementText().trimmed();
                else
                    xml.skipCurrentElement();
            }
        } else if (name == u"devices") {
            while (xml.readNextStartElement()) {
                if (xml.name() == u"serial")
                    serials.append(readChr(xml, false));
                else if (xml.name() == u"console")
                    consoles.append(readChr(xml, true));
                else
                    xml.skipCurrentElement();
            }
        } else {
            xml.skipCurrentElement();
        }
    }
    if (xml.hasError()) {
        if (error)
            *error = QCoreApplication::translate("vcv::DomainXml", "The domain XML is malformed: %1 (line %2)")
                         .arg(xml.errorString())
                         .arg(xml.lineNumber());
        return std::nullopt;
    }

    // Aliases the way libvirt's QEMU driver assigns them (qemuAssignDeviceChrAlias): serial N is
    // "serialN", console N is "consoleN" — except that on an HVM guest the first console, when its
    // target type is serial, is the compatibility mirror of serial0 and shares its alias.
    for (qsizetype i = 0; i < serials.size(); ++i) {
        ConsoleDevice &d = serials[i].device;
        if (d.alias.isEmpty())
            d.alias = u"serial"_s + QString::number(i);
        // libvirt never writes two devices with one alias, but XML that mixes given and derived
        // aliases could (<alias name='serial1'/> on the first port, none on the second). Devices
        // are opened by alias, so a second one could not be told apart: keep the first.
        if (result.console(d.alias))
            continue;
        result.m_consoles.append(d);
    }
    const bool hvm = result.m_osType.isEmpty() || result.m_osType == u"hvm";
    for (qsizetype i = 0; i < consoles.size(); ++i) {
        ConsoleDevice &d = consoles[i].device;
        const bool serialTarget = d.targetType.isEmpty() || d.targetType == u"serial";
        const bool mirror = i == 0 && serialTarget && hvm && !serials.isEmpty();
        if (d.alias.isEmpty())
            d.alias = mirror ? result.m_consoles.first().alias : u"console"_s + QString::number(i);
        if (i == 0)
            result.m_defaultAlias = d.alias;
        auto existing = std::find_if(result.m_consoles.begin(), result.m_consoles.end(),
                                     [&](const ConsoleDevice &c) { return c.alias == d.alias; });
        if (existing != result.m_consoles.end()) {
            // The mirror: one chardev. Keep the serial's description, fill what it lacks.
            if (existing->logFile.isEmpty() && !d.logFile.isEmpty()) {
                existing->logFile = d.logFile;
                existing->logAppend = d.logAppend;
            }
            if (existing->ptyPath.isEmpty())
                existing->ptyPath = d.ptyPath;
            continue;
        }
        result.m_consoles.append(d);
    }
    for (ConsoleDevice &d : result.m_consoles)
        d.isDefault = d.alias == result.m_defaultAlias;
    return result;
}

const ConsoleDevice *DomainXml::console(const QString &alias) const
{
    return findConsole(m_consoles, alias);
}

const ConsoleDevice *DomainXml::defaultConsole() const
{
    return findConsole(m_consoles, {});
}

} // namespace vcv
