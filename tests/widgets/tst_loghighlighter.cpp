// SPDX-FileCopyrightText: 2026 The virt-console-viewer developers
// SPDX-License-Identifier: GPL-2.0-or-later
// The "Boot Log" definition and LogHighlighter: golden lines whose format names must land on
// the right ranges, the State chain cache, and the themes.

#include "widgets/LogHighlighter.h"
#include "widgets/LogSyntax.h"

#include <KSyntaxHighlighting/Repository>

#include <QGuiApplication>
#include <QPalette>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QThread>

using namespace Qt::StringLiterals;

namespace {

// "<Format Name>text</>" for every span, plain text left as it is: a failing line shows
// exactly which stretch got which format.
QString markup(const QString &text, const QList<vcv::HighlightSpan> &spans)
{
    QString out;
    int pos = 0;
    for (const auto &span : spans) {
        out += text.mid(pos, span.start - pos);
        out += u'<' + span.format.name() + u'>' + text.mid(span.start, span.length) + u"</>"_s;
        pos = span.start + span.length;
    }
    out += text.mid(pos);
    return out;
}

} // namespace

class TestLogHighlighter : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void preloadedOffTheGuiThread();
    void definitionIsLoaded();
    void goldenLines_data();
    void goldenLines();
    void cachesPerLine();
    void invalidateFromDropsLaterLines();
    void multiLineDefinitionUsesContext();
    void themesFollowPalette();
    void charFormatsUseTheme();
};

void TestLogHighlighter::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestLogHighlighter::preloadedOffTheGuiThread()
{
    // As the application starts: the repository is loaded in the background, then handed to
    // the GUI thread, where it is used (and can be, by QObject's rules: it lives there).
    QVERIFY(!vcv::LogSyntax::isPreloaded());
    vcv::LogSyntax::preload();
    QTRY_VERIFY(vcv::LogSyntax::isPreloaded());
    vcv::LogSyntax::preload(); // once only
    KSyntaxHighlighting::Repository &repository = vcv::LogSyntax::repository();
    QCOMPARE(repository.thread(), QThread::currentThread());
    QVERIFY(repository.definitionForName(u"Boot Log"_s).isValid());
}

void TestLogHighlighter::definitionIsLoaded()
{
    const auto def = vcv::LogSyntax::bootLogDefinition();
    QVERIFY2(def.isValid(), "the Boot Log definition is not in :/org.kde.syntax-highlighting/syntax-addons/");
    QCOMPARE(def.name(), u"Boot Log"_s);
    QVERIFY(def.formats().size() >= 15);
    // the same repository every time
    QCOMPARE(&vcv::LogSyntax::repository(), &vcv::LogSyntax::repository());
}

void TestLogHighlighter::goldenLines_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<QString>("expected");

    // firmware and boot loader
    QTest::newRow("seabios") << u"SeaBIOS (version 1.16.3-debian-1.16.3-2)"_s
                             << u"<Firmware>SeaBIOS (version 1.16.3-debian-1.16.3-2)</>"_s;
    QTest::newRow("seabios boot failed") << u"Boot failed: not a bootable disk"_s
                                         << u"<Error>Boot failed: not a bootable disk</>"_s;
    QTest::newRow("ovmf") << u"BdsDxe: loading Boot0001 \"UEFI QEMU HARDDISK\""_s
                          << u"<Firmware>BdsDxe: loading Boot0001 \"UEFI QEMU HARDDISK\"</>"_s;
    QTest::newRow("grub") << u"Welcome to GRUB!"_s << u"<Firmware>Welcome to GRUB!</>"_s;
    QTest::newRow("grub loading") << u"Loading Linux 6.12.48+deb13-amd64 ..."_s
                                  << u"<Firmware>Loading Linux 6.12.48+deb13-amd64 ...</>"_s;

    // kernel
    QTest::newRow("timestamp") << u"[    0.000000] Command line: console=ttyS0"_s
                               << u"<Timestamp>[    0.000000]</> <Milestone>Command line: console=ttyS0</>"_s;
    QTest::newRow("linux version")
        << u"[    0.000000] Linux version 6.12.48+deb13-amd64 (debian-kernel@lists.debian.org)"_s
        << u"<Timestamp>[    0.000000]</> <Milestone>Linux version 6.12.48+deb13-amd64 (debian-kernel@lists.debian.org)</>"_s;
    QTest::newRow("plain kernel line") << u"[    0.123456] x86/fpu: Supporting XSAVE feature 0x001"_s
                                       << u"<Timestamp>[    0.123456]</> x86/fpu: Supporting XSAVE feature 0x001"_s;
    QTest::newRow("kernel warning")
        << u"[   12.500000] WARNING: CPU: 0 PID: 1 at kernel/foo.c:42 foo+0x10/0x20"_s
        << u"<Timestamp>[   12.500000]</> <Kernel Warning>WARNING: CPU: 0 PID: 1 at kernel/foo.c:42 foo+0x10/0x20</>"_s;
    QTest::newRow("bug")
        << u"[   13.000000] BUG: kernel NULL pointer dereference, address: 0000000000000000"_s
        << u"<Timestamp>[   13.000000]</> <Kernel Bug>BUG: kernel NULL pointer dereference, address: 0000000000000000</>"_s;
    QTest::newRow("oops") << u"[   13.000100] Oops: 0002 [#1] PREEMPT SMP NOPTI"_s
                          << u"<Timestamp>[   13.000100]</> <Kernel Bug>Oops: 0002 [#1] PREEMPT SMP NOPTI</>"_s;
    QTest::newRow("call trace") << u"[   13.000200] Call Trace:"_s
                                << u"<Timestamp>[   13.000200]</> <Call Trace>Call Trace:</>"_s;
    QTest::newRow("trace frame") << u"[   13.000300]  ? do_syscall_64+0x5d/0x90"_s
                                 << u"<Timestamp>[   13.000300]</>  <Trace Frame>? do_syscall_64+0x5d/0x90</>"_s;
    QTest::newRow("task") << u"[   13.000250]  <TASK>"_s << u"<Timestamp>[   13.000250]</>  <Trace Frame><TASK></>"_s;
    QTest::newRow("panic")
        << u"[   14.000000] Kernel panic - not syncing: Attempted to kill init! exitcode=0x00000009"_s
        << u"<Timestamp>[   14.000000]</> <Kernel Panic>Kernel panic - not syncing: Attempted to kill init! exitcode=0x00000009</>"_s;
    QTest::newRow("segfault")
        << u"[   20.000000] myapp[812]: segfault at 0 ip 00005600 sp 00007ffd error 4 in myapp"_s
        << u"<Timestamp>[   20.000000]</> <Kernel Bug>myapp[812]: segfault at 0 ip 00005600 sp 00007ffd error 4 in myapp</>"_s;
    QTest::newRow("oom")
        << u"[   30.000000] Out of memory: Killed process 1234 (stress)"_s
        << u"<Timestamp>[   30.000000]</> <Kernel Bug>Out of memory: Killed process 1234 (stress)</>"_s;
    QTest::newRow("init") << u"[    1.900000] Run /init as init process"_s
                          << u"<Timestamp>[    1.900000]</> <Milestone>Run /init as init process</>"_s;
    QTest::newRow("kernel error word") << u"[    2.000000] ata1: COMRESET failed (errno=-16)"_s
                                       << u"<Timestamp>[    2.000000]</> ata1: COMRESET <Error>failed</> (errno=-16)"_s;
    QTest::newRow("kernel via systemd")
        << u"[    3.100000] systemd[1]: Started systemd-journald.service - Journal Service."_s
        << u"<Timestamp>[    3.100000]</> <Process>systemd[1]:</> <Systemd Action>Started</> systemd-journald.service - Journal Service."_s;

    // systemd
    QTest::newRow("ok")
        << u"[  OK  ] Started systemd-udevd.service - Rule-based Manager for Device Events and Files."_s
        << u"<Status OK>[  OK  ]</> <Systemd Action>Started</> systemd-udevd.service - Rule-based Manager for Device Events and Files."_s;
    QTest::newRow("failed")
        << u"[FAILED] Failed to start nginx.service - A high performance web server."_s
        << u"<Status Failed>[FAILED]</> <Error>Failed to start nginx.service - A high performance web server.</>"_s;
    QTest::newRow("depend")
        << u"[DEPEND] Dependency failed for local-fs.target - Local File Systems."_s
        << u"<Status Depend>[DEPEND]</> <Error>Dependency failed for local-fs.target - Local File Systems.</>"_s;
    QTest::newRow("target")
        << u"[  OK  ] Reached target multi-user.target - Multi-User System."_s
        << u"<Status OK>[  OK  ]</> <Milestone>Reached target multi-user.target - Multi-User System.</>"_s;
    QTest::newRow("stopped")
        << u"[  OK  ] Stopped systemd-networkd.service - Network Configuration."_s
        << u"<Status OK>[  OK  ]</> <Systemd Action>Stopped</> systemd-networkd.service - Network Configuration."_s;
    QTest::newRow("starting")
        << u"         Starting systemd-logind.service - User Login Management..."_s
        << u"         <Systemd Action>Starting</> systemd-logind.service - User Login Management..."_s;
    QTest::newRow("time")
        << u"[ TIME ] Timed out waiting for device dev-vdb.device - /dev/vdb."_s
        << u"<Status Warning>[ TIME ]</> <Error>Timed out waiting for device dev-vdb.device - /dev/vdb.</>"_s;
    QTest::newRow("busy") << u"[  *** ] A start job is running for /dev/vdb (12s / 1min 30s)"_s
                          << u"<Status Info>[  *** ]</> A start job is running for /dev/vdb (12s / 1min 30s)"_s;
    QTest::newRow("welcome") << u"Welcome to Debian GNU/Linux 13 (trixie)!"_s
                             << u"<Milestone>Welcome to Debian GNU/Linux 13 (trixie)!</>"_s;

    // cloud-init
    QTest::newRow("cloud-init")
        << u"Cloud-init v. 25.1.4 running 'init' at Tue, 24 Nov 2026 10:00:00 +0000. Up 9.21 seconds."_s
        << u"<Cloud-init>Cloud-init v. 25.1.4 running 'init' at Tue, 24 Nov 2026 10:00:00 +0000. Up 9.21 seconds.</>"_s;
    QTest::newRow("ci-info") << u"ci-info: +++++++++++++Net device info++++++++++++++"_s
                             << u"<Cloud-init>ci-info: +++++++++++++Net device info++++++++++++++</>"_s;
    QTest::newRow("cloud-init warning")
        << u"[   10.000000] cloud-init[512]: 2026-11-24 10:00:01,000 - util.py[WARNING]: No active metadata service"_s
        << u"<Timestamp>[   10.000000]</> <Process>cloud-init[512]:</> 2026-11-24 10:00:01,000 - util.py[<Warning>WARNING</>]: No active metadata service"_s;

    // login
    QTest::newRow("banner") << u"Debian GNU/Linux 13 demo ttyS0"_s << u"<Login>Debian GNU/Linux 13 demo ttyS0</>"_s;
    QTest::newRow("login") << u"demo login: root"_s << u"<Login>demo login: </>root"_s;
    QTest::newRow("password") << u"Password: "_s << u"<Login>Password: </>"_s;
    QTest::newRow("login incorrect") << u"Login incorrect"_s << u"Login incorrect"_s;
    QTest::newRow("prompt") << u"root@demo:~# uname -a"_s << u"<Prompt>root@demo:~# </>uname -a"_s;
    QTest::newRow("busybox prompt") << u"~ # ls"_s << u"<Prompt>~ # </>ls"_s;

    // words of trouble anywhere, but not inside other words
    QTest::newRow("error word") << u"mount: mounting /dev/vdb on /mnt failed: Invalid argument"_s
                                << u"mount: mounting /dev/vdb on /mnt <Error>failed</>: Invalid argument"_s;
    QTest::newRow("not in words") << u"errorless terrorism warnings"_s << u"errorless terrorism warnings"_s;
    QTest::newRow("plain") << u"vcv-guest-ready"_s << u"vcv-guest-ready"_s;
    QTest::newRow("empty") << QString() << QString();
}

void TestLogHighlighter::goldenLines()
{
    QFETCH(QString, line);
    QFETCH(QString, expected);
    vcv::LogHighlighter highlighter;
    highlighter.setLineProvider([&](vcv::LineNumber) { return line; });
    QCOMPARE(markup(line, highlighter.spans(vcv::LineNumber(0))), expected);
}

void TestLogHighlighter::cachesPerLine()
{
    const QStringList lines = {u"[FAILED] Failed to start a.service."_s, u"[  OK  ] Started b.service."_s, u"plain"_s};
    int asked = 0;
    vcv::LogHighlighter highlighter;
    highlighter.setLineProvider([&](vcv::LineNumber n) {
        ++asked;
        return lines.at(n.get());
    });
    QCOMPARE(highlighter.spans(vcv::LineNumber(1)).first().format.name(), u"Status OK"_s);
    QCOMPARE(asked, 1); // line-local definition: no need to highlight line 0 first
    QCOMPARE(highlighter.spans(vcv::LineNumber(1)).size(), 2);
    QCOMPARE(asked, 1); // cached
    QCOMPARE(highlighter.spans(vcv::LineNumber(0)).first().format.name(), u"Status Failed"_s);
    QCOMPARE(highlighter.spans(vcv::LineNumber(2)).size(), 0);
    QCOMPARE(asked, 3);
    QCOMPARE(highlighter.highlightedLineCount(), 3);
}

void TestLogHighlighter::invalidateFromDropsLaterLines()
{
    QStringList lines = {u"[  OK  ] Started a."_s, u"partial"_s};
    vcv::LogHighlighter highlighter;
    highlighter.setLineProvider([&](vcv::LineNumber n) { return lines.at(n.get()); });
    QCOMPARE(highlighter.spans(vcv::LineNumber(1)).size(), 0);
    lines[1] = u"partial line that failed"_s;                  // the last line grew
    QCOMPARE(highlighter.spans(vcv::LineNumber(1)).size(), 0); // still the cached result
    highlighter.invalidateFrom(vcv::LineNumber(1));
    QCOMPARE(highlighter.spans(vcv::LineNumber(1)).size(), 1);
    QCOMPARE(highlighter.spans(vcv::LineNumber(1)).first().format.name(), u"Error"_s);
    QCOMPARE(highlighter.spans(vcv::LineNumber(0)).size(), 2); // line 0 kept
    QCOMPARE(highlighter.highlightedLineCount(), 3);
}

void TestLogHighlighter::multiLineDefinitionUsesContext()
{
    // C++ block comments span lines: line 3 is inside the comment opened on line 1.
    const auto cpp = vcv::LogSyntax::repository().definitionForName(u"C++"_s);
    QVERIFY(cpp.isValid());
    const QStringList lines = {u"int a;"_s, u"/* open"_s, u"still"_s, u"comment"_s, u"*/ int b;"_s};
    vcv::LogHighlighter highlighter;
    highlighter.setDefinition(cpp);
    highlighter.setLineProvider([&](vcv::LineNumber n) { return lines.at(n.get()); });
    const auto &spans = highlighter.spans(vcv::LineNumber(3)); // cold: needs lines 0..2 first
    QCOMPARE(spans.size(), 1);
    QVERIFY2(spans.first().format.name().contains(u"Comment"_s), qPrintable(spans.first().format.name()));
    QCOMPARE(highlighter.highlightedLineCount(), 4);
}

void TestLogHighlighter::themesFollowPalette()
{
    QPalette light;
    light.setColor(QPalette::Base, Qt::white);
    light.setColor(QPalette::Text, Qt::black);
    light.setColor(QPalette::Window, QColor(0xef, 0xf0, 0xf1));
    QPalette dark;
    dark.setColor(QPalette::Base, QColor(0x23, 0x26, 0x29));
    dark.setColor(QPalette::Text, QColor(0xfc, 0xfc, 0xfc));
    dark.setColor(QPalette::Window, QColor(0x31, 0x36, 0x3b));
    const auto lightTheme = vcv::LogSyntax::themeForPalette(light);
    const auto darkTheme = vcv::LogSyntax::themeForPalette(dark);
    QVERIFY(lightTheme.isValid());
    QVERIFY(darkTheme.isValid());
    QVERIFY(lightTheme.name() != darkTheme.name());
    QVERIFY(QColor(lightTheme.editorColor(KSyntaxHighlighting::Theme::BackgroundColor)).lightness() > 128);
    QVERIFY(QColor(darkTheme.editorColor(KSyntaxHighlighting::Theme::BackgroundColor)).lightness() < 128);

    const QStringList names = vcv::LogSyntax::themeNames();
    QVERIFY(names.contains(lightTheme.name()));
    QVERIFY(names.contains(darkTheme.name()));
    QCOMPARE(vcv::LogSyntax::themeByName(darkTheme.name()).name(), darkTheme.name());
    QVERIFY(!vcv::LogSyntax::themeByName(u"no such theme"_s).isValid());
}

void TestLogHighlighter::charFormatsUseTheme()
{
    vcv::LogHighlighter highlighter;
    const auto theme = vcv::LogSyntax::themeByName(u"Breeze Light"_s);
    QVERIFY(theme.isValid());
    highlighter.setTheme(theme);
    const QString line = u"[FAILED] Failed to start x."_s;
    highlighter.setLineProvider([&](vcv::LineNumber) { return line; });
    const auto ranges = highlighter.formatRanges(vcv::LineNumber(0));
    QCOMPARE(ranges.size(), 2);
    QCOMPARE(ranges.at(0).start, 0);
    QCOMPARE(ranges.at(0).length, 8);
    const QColor alert = QColor::fromRgba(theme.textColor(KSyntaxHighlighting::Theme::Alert));
    QCOMPARE(ranges.at(0).format.foreground().color(), alert);
    QCOMPARE(ranges.at(0).format.fontWeight(), int(QFont::Bold));
    QVERIFY(ranges.at(0).format.background().style() != Qt::NoBrush);

    QSignalSpy changed(&highlighter, &vcv::LogHighlighter::highlightingChanged);
    highlighter.setTheme(vcv::LogSyntax::themeByName(u"Breeze Dark"_s));
    QCOMPARE(changed.size(), 1);
    const auto darkRanges = highlighter.formatRanges(vcv::LineNumber(0));
    QVERIFY(darkRanges.at(0).format.background().color() != ranges.at(0).format.background().color());
}

QTEST_MAIN(TestLogHighlighter)
#include "tst_loghighlighter.moc"
