// SPDX-FileCopyrightText: 2026 The virt-console-viewer developers
// SPDX-License-Identifier: GPL-2.0-or-later
// Fuzz target for DomainXml (app/virt): the XML of a domain comes from libvirtd, which may be a
// remote host's, and `--list`/the domain tree parse it for every domain. For any text:
//   - parse() returns (no crash, no sanitizer report; libFuzzer's -timeout bounds the time);
//   - it fails with a message, or succeeds only for text that has a <domain> root: text without
//     "domain" in it is never accepted;
//   - what it returns is consistent: console(alias) finds each listed device, aliases are unique
//     (a device list that names one chardev twice could not be opened by alias), the default
//     console is one of the list, id() is -1 or a domain id;
//   - it survives a round trip: the result written back as domain XML with QXmlStreamWriter (by
//     this harness, from DomainXml.h's contract) parses to the same name, UUID, type, OS type and
//     devices.
#include "FuzzInput.h"

#include "virt/DomainXml.h"

#include <QCoreApplication>
#include <QSet>
#include <QXmlStreamWriter>

#include <algorithm>
#include <cstdint>

using namespace vcv;
using namespace vcv::fuzz;
using namespace Qt::StringLiterals;

namespace {

QByteArray serialize(const DomainXml &d)
{
    QByteArray out;
    QXmlStreamWriter w(&out);
    w.writeStartDocument();
    w.writeStartElement(u"domain"_s);
    w.writeAttribute(u"type"_s, d.hypervisorType());
    if (d.id() != -1)
        w.writeAttribute(u"id"_s, QString::number(d.id()));
    w.writeTextElement(u"name"_s, d.name());
    w.writeTextElement(u"uuid"_s, d.uuid());
    w.writeStartElement(u"os"_s);
    w.writeTextElement(u"type"_s, d.osType());
    w.writeEndElement();
    w.writeStartElement(u"devices"_s);
    for (const ConsoleDevice &c : d.consoles()) {
        w.writeStartElement(c.kind == ConsoleDevice::Kind::Serial ? u"serial"_s : u"console"_s);
        w.writeAttribute(u"type"_s, c.sourceType);
        if (!c.ptyPath.isEmpty())
            w.writeAttribute(u"tty"_s, c.ptyPath);
        w.writeStartElement(u"target"_s);
        w.writeAttribute(u"type"_s, c.targetType);
        if (c.port != -1)
            w.writeAttribute(u"port"_s, QString::number(c.port));
        w.writeEndElement();
        if (c.hasLog() || c.logAppend) {
            w.writeStartElement(u"log"_s);
            w.writeAttribute(u"file"_s, c.logFile);
            w.writeAttribute(u"append"_s, c.logAppend ? u"on"_s : u"off"_s);
            w.writeEndElement();
        }
        w.writeStartElement(u"alias"_s);
        w.writeAttribute(u"name"_s, c.alias);
        w.writeEndElement();
        w.writeEndElement();
    }
    w.writeEndElement();
    w.writeEndElement();
    w.writeEndDocument();
    return out;
}

void checkConsistent(const DomainXml &d, const QByteArray &input)
{
    QSet<QString> aliases;
    for (const ConsoleDevice &c : d.consoles()) {
        check(!c.alias.isEmpty(), "a device without alias", input);
        check(!aliases.contains(c.alias), "two devices with the same alias", input);
        aliases.insert(c.alias);
        const ConsoleDevice *found = d.console(c.alias);
        check(found && *found == c, "console(alias) does not find the listed device", input);
        check(c.port >= -1, "a negative port other than -1", input);
    }
    const auto defaults =
        std::count_if(d.consoles().cbegin(), d.consoles().cend(), [](const ConsoleDevice &c) { return c.isDefault; });
    check(defaults <= 1, "more than one device marked as the default", input);
    if (const ConsoleDevice *def = d.defaultConsole()) {
        check(aliases.contains(def->alias), "the default console is not in the list", input);
        check(def->isDefault && defaults == 1, "the default console is not the one marked", input);
    } else {
        check(defaults == 0, "a device marked as the default of a domain without one", input);
    }
    check(d.id() >= -1, "a negative domain id other than -1", input);
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    static QCoreApplication app(*argc, *argv); // for QCoreApplication::translate
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input(reinterpret_cast<const char *>(data), qsizetype(size));
    QString error;
    const std::optional<DomainXml> d = DomainXml::parse(input, &error);
    if (!d) {
        check(!error.isEmpty(), "parse() failed without a message", input);
        return 0;
    }
    check(input.contains("domain"), "accepted text that has no <domain> root", input);
    checkConsistent(*d, input);

    const QByteArray again = serialize(*d);
    QString againError;
    const std::optional<DomainXml> e = DomainXml::parse(again, &againError);
    check(e.has_value(), "the result written back as XML does not parse", again + "\n" + againError.toUtf8());
    check(e->name() == d->name() && e->uuid() == d->uuid() && e->id() == d->id() &&
              e->hypervisorType() == d->hypervisorType() && e->osType() == d->osType(),
          "the round trip changes the domain's identity", again);
    // The devices as written back, without which is the default: serialize() writes no <console>
    // mirror of serial0, the element the default comes from.
    const auto withoutDefault = [](ConsoleDeviceList devices) {
        for (ConsoleDevice &c : devices)
            c.isDefault = false;
        return devices;
    };
    check(withoutDefault(e->consoles()) == withoutDefault(d->consoles()), "the round trip changes the devices", again);
    return 0;
}
