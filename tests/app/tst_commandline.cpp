#include "CommandLine.h"

#include <QTest>

using namespace Qt::StringLiterals;

class CommandLineTest : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void connectAndDomain();
    void tooManyDomains();
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

QTEST_GUILESS_MAIN(CommandLineTest)
#include "tst_commandline.moc"
