// SPDX-FileCopyrightText: 2026 The virt-console-viewer developers
// SPDX-License-Identifier: GPL-2.0-or-later
// The --list text for a test-driver node written here, and the errors for URIs that cannot open.
#include "virt/DomainListing.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestDomainListing : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void listsDomainsWithConsolesAndLogs()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"node.xml"_s);
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("<node>"
                "<domain type='test'><name>beta</name><uuid>00000000-0000-4000-8000-000000000002</uuid>"
                "<memory>65536</memory><os><type>hvm</type></os><devices>"
                "<serial type='pty'><log file='/var/log/libvirt/qemu/beta-serial0.log' append='on'/>"
                "<target type='isa-serial' port='0'/></serial>"
                "<serial type='pty'><target type='isa-serial' port='1'/></serial>"
                "<console type='pty'><target type='serial' port='0'/></console>"
                "</devices></domain>"
                "<domain type='test' xmlns:test='http://libvirt.org/schemas/domain/test/1.0'><name>Alpha</name>"
                "<uuid>00000000-0000-4000-8000-000000000001</uuid><memory>65536</memory><os><type>hvm</type></os>"
                "<devices/><test:runstate>5</test:runstate></domain>"
                "</node>");
        f.close();
        QString error;
        const QString text = vcv::DomainListing::text(u"test://"_s + path, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        const QStringList lines = text.split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 4);
        QCOMPARE(lines.at(0), u"Alpha\tshut off\t-\t00000000-0000-4000-8000-000000000001\tpersistent"_s);
        QVERIFY2(lines.at(1).startsWith(u"beta\trunning\t"_s), qPrintable(lines.at(1)));
        QVERIFY(lines.at(1).endsWith(u"\t00000000-0000-4000-8000-000000000002\tpersistent"_s));
        QCOMPARE(lines.at(2), u"\tserial0\tisa-serial\t/var/log/libvirt/qemu/beta-serial0.log"_s);
        QCOMPARE(lines.at(3), u"\tserial1\tisa-serial\t-"_s);
    }

    void brokenUrisSayWhy()
    {
        QString error;
        QVERIFY(vcv::DomainListing::text(u"bogus:///system"_s, &error).isEmpty());
        QVERIFY2(error.contains(u"Unsupported URI"_s), qPrintable(error));
        error.clear();
        QVERIFY(vcv::DomainListing::text(u"test:///nonexistent/node.xml"_s, &error).isEmpty());
        QVERIFY2(error.contains(u"/nonexistent/node.xml"_s), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestDomainListing)
#include "tst_domainlisting.moc"
