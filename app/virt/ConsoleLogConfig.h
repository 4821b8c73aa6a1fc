// SPDX-FileCopyrightText: 2026 The virt-console-viewer developers
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace vcv {

/// Turns on virtlogd logging for one console device in a domain's persistent XML: adds
/// `<log file='PATH' append='on'/>` to the device, everything else left as it was. QtCore only;
/// the caller defines the result with virDomainDefineXML (it applies from the next start).
class ConsoleLogConfig
{
    Q_DECLARE_TR_FUNCTIONS(vcv::ConsoleLogConfig)

public:
    /// The log path virt-console-viewer proposes: /var/log/libvirt/qemu/NAME-ALIAS.log.
    static QString defaultLogPath(const QString &domainName, const QString &alias);

    /// `inactiveXml` (virDomainGetXMLDesc with VIR_DOMAIN_XML_INACTIVE) with a log on the device
    /// `alias` ("serialN": the N-th <serial>; "consoleN": the N-th <console>). std::nullopt with
    /// *error when the XML is not well-formed, the device does not exist or already has a log.
    static std::optional<QString> withLog(const QString &inactiveXml, const QString &alias, const QString &logPath,
                                          QString *error = nullptr);
};

} // namespace vcv
