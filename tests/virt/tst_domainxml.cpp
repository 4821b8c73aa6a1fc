// SPDX-FileCopyrightText: 2026 The virt-console-viewer developers
// SPDX-License-Identifier: GPL-2.0-or-later
// DomainXml on XML as libvirt writes it: inactive definitions (no aliases) and live ones.
#include "virt/DomainXml.h"

#include <QTest>

using namespace Qt::StringLiterals;
using vcv::ConsoleDevice;
using vcv::DomainXml;

class TestDomainXml : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void inactivePcGuestFoldsTheConsoleMirrorIntoSerial0()
    {
        // The shape of tools/sandbox/domain.xml.in after virsh dumpxml --inactive.
        const QString xml = uR"(<domain type='qemu'>
  <name>vcv-a</name>
  <uuid>0b7fa1a8-2b52-4a55-a1d7-4a1b0f1c9a10</uuid>
  <os><type arch='x86_64' machine='pc-i440fx-10.0'>hvm</type><kernel>/k</kernel></os>
  <devices>
    <serial type='pty'>
      <log file='/var/log/libvirt/qemu/vcv-a-serial0.log' append='on'/>
      <target type='isa-serial' port='0'><model name='isa-serial'/></target>
    </serial>
    <console type='pty'>
      <log file='/var/log/libvirt/qemu/vcv-a-serial0.log' append='on'/>
      <target type='serial' port='0'/>
    </console>
  </devices>
</domain>)"_s;
        QString error;
        const auto d = DomainXml::parse(xml, &error);
        QVERIFY2(d, qPrintable(error));
        QCOMPARE(d->name(), u"vcv-a"_s);
        QCOMPARE(d->uuid(), u"0b7fa1a8-2b52-4a55-a1d7-4a1b0f1c9a10"_s);
        QCOMPARE(d->id(), -1);
        QCOMPARE(d->hypervisorType(), u"qemu"_s);
        QCOMPARE(d->osType(), u"hvm"_s);
        QCOMPARE(d->consoles().size(), 1);
        const ConsoleDevice &s = d->consoles().first();
        QCOMPARE(s.kind, ConsoleDevice::Kind::Serial);
        QCOMPARE(s.alias, u"serial0"_s);
        QCOMPARE(s.targetType, u"isa-serial"_s);
        QCOMPARE(s.port, 0);
        QCOMPARE(s.sourceType, u"pty"_s);
        QVERIFY(s.isInteractive());
        QVERIFY(s.hasLog());
        QCOMPARE(s.logFile, u"/var/log/libvirt/qemu/vcv-a-serial0.log"_s);
        QVERIFY(s.logAppend);
        QVERIFY(d->defaultConsole());
        QCOMPARE(d->defaultConsole()->alias, u"serial0"_s);
        QCOMPARE(d->console(u"serial0"_s), d->defaultConsole());
        QCOMPARE(d->console({}), d->defaultConsole());
        QVERIFY(s.isDefault);
        QVERIFY(!d->console(u"console0"_s));
    }

    void liveGuestUsesTheAliasesGiven()
    {
        const QByteArray xml = R"(<domain type='kvm' id='7'>
  <name>web</name>
  <uuid>11111111-2222-3333-4444-555555555555</uuid>
  <os><type>hvm</type></os>
  <devices>
    <serial type='pty'>
      <source path='/dev/pts/4'/>
      <log file='/var/log/libvirt/qemu/web-serial0.log' append='off'/>
      <target type='isa-serial' port='0'/>
      <alias name='serial0'/>
    </serial>
    <serial type='pty'>
      <source path='/dev/pts/5'/>
      <target type='isa-serial' port='1'/>
      <alias name='serial1'/>
    </serial>
    <serial type='file'>
      <source path='/tmp/out.txt'/>
      <target type='isa-serial' port='2'/>
      <alias name='serial2'/>
    </serial>
    <console type='pty' tty='/dev/pts/4'>
      <source path='/dev/pts/4'/>
      <target type='serial' port='0'/>
      <alias name='serial0'/>
    </console>
    <console type='pty'>
      <source path='/dev/pts/6'/>
      <log file='/var/log/libvirt/qemu/web-console1.log' append='on'/>
      <target type='virtio' port='1'/>
      <alias name='console1'/>
    </console>
  </devices>
</domain>)";
        const auto d = DomainXml::parse(xml);
        QVERIFY(d);
        QCOMPARE(d->id(), 7);
        QCOMPARE(d->consoles().size(), 4);
        QStringList aliases;
        for (const ConsoleDevice &c : d->consoles())
            aliases << c.alias;
        QCOMPARE(aliases, QStringList({u"serial0"_s, u"serial1"_s, u"serial2"_s, u"console1"_s}));
        const ConsoleDevice *s0 = d->console(u"serial0"_s);
        QCOMPARE(s0->ptyPath, u"/dev/pts/4"_s);
        QCOMPARE(s0->logFile, u"/var/log/libvirt/qemu/web-serial0.log"_s);
        QVERIFY(!s0->logAppend);
        QVERIFY(!d->console(u"serial1"_s)->hasLog());
        QCOMPARE(d->console(u"serial1"_s)->port, 1);
        QVERIFY(!d->console(u"serial2"_s)->isInteractive());
        const ConsoleDevice *v = d->console(u"console1"_s);
        QCOMPARE(v->kind, ConsoleDevice::Kind::Console);
        QCOMPARE(v->targetType, u"virtio"_s);
        QCOMPARE(v->port, 1);
        QCOMPARE(v->ptyPath, u"/dev/pts/6"_s);
        QVERIFY(v->logAppend);
        QCOMPARE(d->defaultConsole()->alias, u"serial0"_s);
    }

    void aliasesDerivedWhenAbsent_data()
    {
        QTest::addColumn<QString>("devices");
        QTest::addColumn<QString>("os");
        QTest::addColumn<QStringList>("aliases");
        QTest::addColumn<QString>("defaultAlias");

        QTest::newRow("two serials, mirror, virtio")
            << u"<serial type='pty'><target port='0'/></serial><serial type='pty'><target port='1'/></serial>"
               "<console type='pty'><target type='serial' port='0'/></console>"
               "<console type='pty'><target type='virtio' port='1'/></console>"_s
            << u"hvm"_s << QStringList{u"serial0"_s, u"serial1"_s, u"console1"_s} << u"serial0"_s;
        QTest::newRow("virtio console only") << u"<console type='pty'><target type='virtio' port='0'/></console>"_s
                                             << u"hvm"_s << QStringList{u"console0"_s} << u"console0"_s;
        QTest::newRow("console without target type is the mirror")
            << u"<serial type='pty'/><console type='pty'/>"_s << u"hvm"_s << QStringList{u"serial0"_s} << u"serial0"_s;
        QTest::newRow("first console virtio, not a mirror")
            << u"<serial type='pty'/><console type='pty'><target type='virtio'/></console>"_s << u"hvm"_s
            << QStringList{u"serial0"_s, u"console0"_s} << u"console0"_s;
        QTest::newRow("xen pv console is its own device")
            << u"<serial type='pty'/><console type='pty'><target type='serial'/></console>"_s << u"xen"_s
            << QStringList{u"serial0"_s, u"console0"_s} << u"console0"_s;
        QTest::newRow("no consoles") << QString() << u"hvm"_s << QStringList{} << QString();
        QTest::newRow("given alias kept, others derived by position")
            << u"<serial type='pty'><alias name='ua-debug'/></serial><serial type='pty'/>"_s << u"hvm"_s
            << QStringList{u"ua-debug"_s, u"serial1"_s} << QString();
        // Caught by fuzz_domainxml's consistency check: a given alias equal to a derived one.
        QTest::newRow("given alias equal to a derived one: the first device keeps it")
            << u"<serial type='pty'><alias name='serial1'/></serial><serial type='pty'/>"_s << u"hvm"_s
            << QStringList{u"serial1"_s} << QString();
    }

    void aliasesDerivedWhenAbsent()
    {
        QFETCH(QString, devices);
        QFETCH(QString, os);
        QFETCH(QStringList, aliases);
        QFETCH(QString, defaultAlias);
        const QString xml = u"<domain type='test'><name>x</name><os><type>"_s + os + u"</type></os><devices>"_s +
            devices + u"</devices></domain>"_s;
        QString error;
        const auto d = DomainXml::parse(xml, &error);
        QVERIFY2(d, qPrintable(error));
        QStringList got;
        for (const ConsoleDevice &c : d->consoles())
            got << c.alias;
        QCOMPARE(got, aliases);
        if (defaultAlias.isEmpty())
            QVERIFY(!d->defaultConsole() || d->defaultConsole()->alias == aliases.value(0));
        else
            QCOMPARE(d->defaultConsole()->alias, defaultAlias);
    }

    void negativeNumbersAreAbsent()
    {
        // Found by fuzz_domainxml: port='-5' and id='-3' came through as they were.
        const auto d = DomainXml::parse(u"<domain id='-3'><name>n</name><devices><serial type='pty'>"
                                        "<target port='-5'/></serial></devices></domain>"_s);
        QVERIFY(d);
        QCOMPARE(d->id(), -1);
        QCOMPARE(d->consoles().value(0).port, -1);
    }

    void logOnlyOnTheMirrorIsKept()
    {
        const auto d = DomainXml::parse(
            u"<domain><name>m</name><os><type>hvm</type></os><devices><serial type='pty'/>"
            "<console type='pty'><log file='/l' append='on'/><target type='serial'/></console></devices></domain>"_s);
        QVERIFY(d);
        QCOMPARE(d->consoles().size(), 1);
        QCOMPARE(d->consoles().first().logFile, u"/l"_s);
        QVERIFY(d->consoles().first().logAppend);
    }

    void rejectsWhatIsNotADomain_data()
    {
        QTest::addColumn<QString>("xml");
        QTest::newRow("empty") << QString();
        QTest::newRow("not xml") << u"hello"_s;
        QTest::newRow("other root") << u"<network><name>default</name></network>"_s;
        QTest::newRow("truncated") << u"<domain><name>x</name><devices><serial type='pty'>"_s;
        QTest::newRow("mismatched") << u"<domain><name>x</nam></domain>"_s;
    }

    void rejectsWhatIsNotADomain()
    {
        QFETCH(QString, xml);
        QString error;
        QVERIFY(!DomainXml::parse(xml, &error));
        QVERIFY(!error.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestDomainXml)
#include "tst_domainxml.moc"
