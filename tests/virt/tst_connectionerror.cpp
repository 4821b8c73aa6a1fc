// SPDX-FileCopyrightText: 2026 The virt-console-viewer developers
// SPDX-License-Identifier: GPL-2.0-or-later
// ConnectionError::classify on the messages libvirt 11 gives on this machine (recorded with virsh).
#include "virt/ConnectionError.h"

#include <QTest>

#include <libvirt/virterror.h>

#include <cerrno>

using namespace Qt::StringLiterals;
using vcv::ConnectionError;
using Kind = vcv::ConnectionError::Kind;

Q_DECLARE_METATYPE(vcv::ConnectionError::Kind)

class TestConnectionError : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void classify_data()
    {
        QTest::addColumn<int>("code");
        QTest::addColumn<int>("sysErrno");
        QTest::addColumn<QString>("message");
        QTest::addColumn<QString>("uri");
        QTest::addColumn<Kind>("kind");

        QTest::newRow("tcp unknown host")
            << int(VIR_ERR_SYSTEM_ERROR) << 0
            << u"Unable to resolve address 'no-such-host.invalid' service '16509': Name or service not known"_s
            << u"qemu+tcp://no-such-host.invalid/system"_s << Kind::UnknownHost;
        QTest::newRow("ssh unknown host")
            << int(VIR_ERR_SYSTEM_ERROR) << 104
            << u"Cannot recv data: ssh: Could not resolve hostname no-such-host.invalid: Name or service not known: Connection reset by peer"_s
            << u"qemu+ssh://root@no-such-host.invalid/system"_s << Kind::UnknownHost;
        QTest::newRow("socket permission")
            << int(VIR_ERR_SYSTEM_ERROR) << EACCES
            << u"Failed to connect socket to '/var/run/libvirt/libvirt-sock': Permission denied"_s
            << u"qemu:///system"_s << Kind::PermissionDenied;
        QTest::newRow("no daemon")
            << int(VIR_ERR_SYSTEM_ERROR) << ENOENT
            << u"Failed to connect socket to '/var/run/libvirt/libvirt-sock': No such file or directory"_s
            << u"qemu:///system"_s << Kind::DaemonNotRunning;
        QTest::newRow("no daemon on tcp") << int(VIR_ERR_SYSTEM_ERROR) << ECONNREFUSED
                                          << u"unable to connect to server at '127.0.0.1:1': Connection refused"_s
                                          << u"qemu+tcp://127.0.0.1:1/system"_s << Kind::DaemonNotRunning;
        QTest::newRow("no driver") << int(VIR_ERR_NO_CONNECT) << 0
                                   << u"no connection driver available for bogus:///system"_s << u"bogus:///system"_s
                                   << Kind::UnsupportedUri;
        QTest::newRow("bad qemu path") << int(VIR_ERR_INTERNAL_ERROR) << 0
                                       << u"internal error: unexpected qemu URI path '/bogus', try qemu:///system"_s
                                       << u"qemu:///bogus"_s << Kind::UnsupportedUri;
        QTest::newRow("unknown driver, no daemon")
            << int(VIR_ERR_SYSTEM_ERROR) << 0
            << u"Failed to connect socket to '/var/run/libvirt/libvirt-sock': Nothing"_s << u"bogus:///system"_s
            << Kind::UnsupportedUri;
        QTest::newRow("sasl") << int(VIR_ERR_AUTH_FAILED) << 0 << u"authentication failed: Failed to start SASL"_s
                              << u"qemu+tcp://host/system"_s << Kind::AuthenticationFailed;
        QTest::newRow("cancelled") << int(VIR_ERR_AUTH_CANCELLED) << 0 << u"authentication cancelled"_s
                                   << u"qemu+tls://host/system"_s << Kind::AuthenticationFailed;
        QTest::newRow("ssh key refused")
            << int(VIR_ERR_SYSTEM_ERROR) << 104
            << u"Cannot recv data: root@127.0.0.1: Permission denied (publickey).: Connection reset by peer"_s
            << u"qemu+ssh://root@127.0.0.1/system"_s << Kind::AuthenticationFailed;
        QTest::newRow("other") << int(VIR_ERR_INTERNAL_ERROR) << 0 << u"something else"_s << u"qemu:///system"_s
                               << Kind::Other;
    }

    void classify()
    {
        QFETCH(int, code);
        QFETCH(int, sysErrno);
        QFETCH(QString, message);
        QFETCH(QString, uri);
        QFETCH(Kind, kind);
        const ConnectionError e = ConnectionError::classify(code, sysErrno, message, uri);
        QCOMPARE(e.kind, kind);
        QCOMPARE(e.message, message);
        QVERIFY(!e.remedy.isEmpty());
        QVERIFY(e.text().contains(message));
        QVERIFY(e.text().contains(e.remedy));
    }

    void checkUri_data()
    {
        QTest::addColumn<QString>("uri");
        QTest::addColumn<bool>("supported");
        QTest::newRow("empty") << QString() << false;
        QTest::newRow("blank") << u"   "_s << false;
        QTest::newRow("not a uri") << u"::not a uri"_s << false;
        QTest::newRow("unknown driver") << u"bogus:///system"_s << false;
        QTest::newRow("qemu") << u"qemu:///system"_s << true;
        QTest::newRow("ssh") << u"qemu+ssh://root@host:2222/system?keyfile=/k"_s << true;
        QTest::newRow("test file") << u"test:///tmp/node.xml"_s << true;
        QTest::newRow("tls") << u"QEMU+TLS://host/system"_s << true;
    }

    void checkUri()
    {
        QFETCH(QString, uri);
        QFETCH(bool, supported);
        const ConnectionError e = ConnectionError::checkUri(uri);
        QCOMPARE(!e.isError(), supported);
        if (!supported) {
            QCOMPARE(e.kind, Kind::UnsupportedUri);
            QVERIFY(!e.remedy.isEmpty());
        }
    }

    void lostHasAReasonAndARemedy()
    {
        for (int reason = 0; reason < 4; ++reason) {
            const ConnectionError e = ConnectionError::lost(reason);
            QCOMPARE(e.kind, Kind::ConnectionLost);
            QVERIFY(!e.message.isEmpty());
            QVERIFY(!e.remedy.isEmpty());
        }
    }
};

QTEST_GUILESS_MAIN(TestConnectionError)
#include "tst_connectionerror.moc"
