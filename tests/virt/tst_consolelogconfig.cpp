// SPDX-FileCopyrightText: 2026 The virt-console-viewer developers
// SPDX-License-Identifier: GPL-2.0-or-later
#include "virt/ConsoleLogConfig.h"
#include "virt/DomainXml.h"

#include <QTest>

using namespace Qt::StringLiterals;
using vcv::ConsoleLogConfig;

class ConsoleLogConfigTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void addsLogToTheSerial();
    void secondSerialAndConsoles();
    void refusals();
};

namespace {
const QString kDomain = uR"(<domain type='qemu'>
  <name>guest</name>
  <uuid>4dea22b3-1d52-d8f3-2516-782e98ab3fa0</uuid>
  <devices>
    <emulator>/usr/bin/qemu-system-x86_64</emulator>
    <disk type='file' device='disk'><source file='/a b&amp;c.img'/><target dev='vda'/></disk>
    <serial type='pty'><target port='0'/></serial>
    <serial type='pty'><log file='/var/log/libvirt/qemu/guest-serial1.log' append='on'/><target port='1'/></serial>
    <console type='pty'><target type='serial' port='0'/></console>
    <console type='pty'><target type='virtio' port='1'/></console>
  </devices>
</domain>)"_s;
} // namespace

void ConsoleLogConfigTest::addsLogToTheSerial()
{
    QString error;
    const auto xml =
        ConsoleLogConfig::withLog(kDomain, u"serial0"_s, u"/var/log/libvirt/qemu/guest-serial0.log"_s, &error);
    QVERIFY2(xml, qPrintable(error));
    const auto parsed = vcv::DomainXml::parse(*xml);
    QVERIFY(parsed);
    const vcv::ConsoleDevice *serial0 = parsed->console(u"serial0"_s);
    QVERIFY(serial0);
    QCOMPARE(serial0->logFile, u"/var/log/libvirt/qemu/guest-serial0.log"_s);
    QVERIFY(serial0->logAppend);
    // Everything else is kept: the other devices, the escaped path, the name and UUID.
    QCOMPARE(parsed->name(), u"guest"_s);
    QCOMPARE(parsed->uuid(), u"4dea22b3-1d52-d8f3-2516-782e98ab3fa0"_s);
    QVERIFY(xml->contains(u"/a b&amp;c.img"_s));
    QCOMPARE(parsed->console(u"serial1"_s)->logFile, u"/var/log/libvirt/qemu/guest-serial1.log"_s);
    QCOMPARE(xml->count(u"<log "_s), 2);
}

void ConsoleLogConfigTest::secondSerialAndConsoles()
{
    // console1 is the virtio console: the second <console> element.
    const auto xml = ConsoleLogConfig::withLog(kDomain, u"console1"_s, u"/tmp/c1.log"_s);
    QVERIFY(xml);
    const int consoleAt = xml->indexOf(u"<target type=\"virtio\""_s);
    QVERIFY(consoleAt > 0);
    QVERIFY(xml->lastIndexOf(u"<log file=\"/tmp/c1.log\" append=\"on\"/>"_s, consoleAt) > xml->indexOf(u"<console"_s));
    QCOMPARE(ConsoleLogConfig::defaultLogPath(u"web"_s, u"serial0"_s), u"/var/log/libvirt/qemu/web-serial0.log"_s);
}

void ConsoleLogConfigTest::refusals()
{
    QString error;
    QVERIFY(!ConsoleLogConfig::withLog(kDomain, u"serial1"_s, u"/x.log"_s, &error));
    QVERIFY(error.contains(u"has a log already"_s));
    QVERIFY(!ConsoleLogConfig::withLog(kDomain, u"serial7"_s, u"/x.log"_s, &error));
    QVERIFY(error.contains(u"no device"_s));
    QVERIFY(!ConsoleLogConfig::withLog(kDomain, u"video0"_s, u"/x.log"_s, &error));
    QVERIFY(!ConsoleLogConfig::withLog(u"<domain><devices>"_s, u"serial0"_s, u"/x.log"_s, &error));
    QVERIFY(error.contains(u"cannot be read"_s));
}

QTEST_GUILESS_MAIN(ConsoleLogConfigTest)
#include "tst_consolelogconfig.moc"
