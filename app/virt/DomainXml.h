// SPDX-FileCopyrightText: 2026 The virt-console-viewer developers
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "virt/ConsoleDevice.h"

#include <QString>

#include <optional>

namespace vcv {

/// What the viewer needs from a domain's XML (virDomainGetXMLDesc): identity and the console
/// devices with their virtlogd logs. Parsed with QXmlStreamReader; QtCore only, no libvirt, so the
/// boot-log engine and tests can use it on XML from anywhere. A plain value; reentrant.
class DomainXml
{
public:
    /// Parses `xml`. Returns std::nullopt and sets *error (if given) when the text is not
    /// well-formed XML or its root is not <domain>. Unknown elements are ignored.
    static std::optional<DomainXml> parse(const QString &xml, QString *error = nullptr);
    static std::optional<DomainXml> parse(const QByteArray &xml, QString *error = nullptr);

    QString name() const { return m_name; }
    QString uuid() const { return m_uuid; }
    /// <domain id>: the running domain's id, -1 when inactive (no id attribute).
    int id() const { return m_id; }
    /// <domain type>: "qemu", "kvm", "test" …
    QString hypervisorType() const { return m_type; }
    /// <os><type>: "hvm", "xen", "exe" …
    QString osType() const { return m_osType; }

    /// The serial ports in document order, then the consoles that are devices of their own
    /// (virtio, sclp …). The <console> that libvirt adds as the mirror of serial0 is folded into
    /// serial0 (same alias, same chardev): opening either gives the same bytes.
    const ConsoleDeviceList &consoles() const { return m_consoles; }
    /// The device with this alias (an empty alias: defaultConsole()), or nullptr.
    const ConsoleDevice *console(const QString &alias) const;
    /// The device virDomainOpenConsole(dev_name = NULL) opens: the first <console>, which for a
    /// PC guest is the mirror of serial0. nullptr when the domain has none.
    const ConsoleDevice *defaultConsole() const;

private:
    QString m_name;
    QString m_uuid;
    int m_id = -1;
    QString m_type;
    QString m_osType;
    ConsoleDeviceList m_consoles;
    QString m_defaultAlias;
};

} // namespace vcv
