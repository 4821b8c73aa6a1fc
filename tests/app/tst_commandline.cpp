#include "CommandLine.h"

#include <QTest>

using namespace Qt::StringLiterals;

class CommandLineTest : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void connectAndDomain();
    void tooManyDomains();
    void stripAndRaw();
};

void CommandLineTest::connectAndDomain()
{
    const auto options = vcv::CommandLine::parse({u"virt-console-viewer"_s, u"-c"_s, u"test:///default"_s, u"test"_s});
    QVERIFY(options);
    QCOMPARE(options->connectUri, u"test:///default"_s);
    QCOMPARE(options->domain, u"test"_s);
    QCOMPARE(options->mode, vcv::CommandLineOptions::Mode::Gui);
}

void CommandLineTest::tooManyDomains()
{
    QVERIFY(!vcv::CommandLine::parse({u"virt-console-viewer"_s, u"a"_s, u"b"_s}));
}

void CommandLineTest::stripAndRaw()
{
    const QString app = u"virt-console-viewer"_s;
    const auto raw = vcv::CommandLine::parse({app, u"--print-log"_s, u"--raw"_s, u"g"_s});
    QVERIFY(raw);
    QVERIFY(raw->raw);
    QVERIFY(!raw->strip);
    const auto neither = vcv::CommandLine::parse({app, u"--print-log"_s, u"g"_s});
    QVERIFY(neither);
    QVERIFY(!neither->raw && !neither->strip); // decided by what standard output is
    QVERIFY(!vcv::CommandLine::parse({app, u"--print-log"_s, u"--raw"_s, u"--strip"_s, u"g"_s}));
    QVERIFY(!vcv::CommandLine::parse({app, u"--raw"_s, u"g"_s}));
}

QTEST_GUILESS_MAIN(CommandLineTest)
#include "tst_commandline.moc"
