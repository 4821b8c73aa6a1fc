// SPDX-FileCopyrightText: 2026 The virt-console-viewer developers
// SPDX-License-Identifier: GPL-2.0-or-later
// Boots that begin inside a line: a guest reset while its last line was half written. Real
// byte sequences (busybox' prompt with its cursor query, a login prompt, a GRUB menu, OVMF), and
// command lines that only quote a banner. The expected offsets are counted by hand.

#include "LogFixtures.h"
#include "OpenDocument.h"

#include "bootlog/LogDocument.h"
#include "bootlog/MidLineBootFinder.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace vcv;
using vcv::test::appendFile;
using vcv::test::openDocument;
using vcv::test::openDocumentFiles;
using vcv::test::writeFile;

namespace {

// 250 bytes: a kernel's first lines.
const QByteArray FirstBoot =
    "[    0.000000] Linux version 6.12.118+deb13-amd64 (debian-kernel@lists.debian.org) (x86_64-linux-gnu-gcc-14) "
    "#1 SMP PREEMPT_DYNAMIC Debian 6.12.118-1 (2026-11-01)\r\n"
    "[    0.000000] Command line: console=ttyS0\r\n"
    "[    1.234567] Run /init as init process\r\n"_ba;

// 208 bytes: the next boot's kernel.
const QByteArray Kernel =
    "[    0.000000] Linux version 6.12.118+deb13-amd64 (debian-kernel@lists.debian.org) (x86_64-linux-gnu-gcc-14) "
    "#1 SMP PREEMPT_DYNAMIC Debian 6.12.118-1 (2026-11-01)\r\n"
    "[    0.000000] Command line: console=ttyS0\r\n"_ba;

// 17 bytes: busybox' prompt and the cursor position query its line editor sends.
const QByteArray ShellPrompt = "root@demo:~# \x1b[6n"_ba;

// 46 bytes: getty's banner and prompt.
const QByteArray LoginPrompt = "Debian GNU/Linux 13 demo ttyS0\r\n\r\ndemo login: "_ba;

// 71 bytes: SeaBIOS on the serial port, then GRUB's loader.
const QByteArray SeaBiosBoot = "SeaBIOS (version 1.16.3-debian-1.16.3-2)\r\n\r\nBooting from Hard Disk...\r\n"_ba;

// 321 bytes: GRUB's menu on a serial terminal, drawn with cursor positioning and no newline,
// counting down (its title holds "version ", which is no banner).
const QByteArray GrubMenu = "\x1b[0m\x1b[37m\x1b[40m\x1b[2J\x1b[1;1H"
                            "\x1b[3;30HGNU GRUB  version 2.12-9"
                            "\x1b[5;2H\x1b[7m*Debian GNU/Linux                                   \x1b[0m"
                            "\x1b[6;2H Advanced options for Debian GNU/Linux"
                            "\x1b[17;7HUse the ^ and v keys to select which entry is highlighted."
                            "\x1b[19;4HThe highlighted entry will be executed automatically in 5s. "
                            "\x1b[19;61H4s. \x1b[19;61H3s. "_ba;

// SeaBIOS after a reset: a terminal reset and a screen clear, then its banner.
const QByteArray SeaBiosAfterReset =
    "\x1b"
    "c\x1b[2J\x1b[1;1HSeaBIOS (version 1.16.3-debian-1.16.3-2)\r\n\r\nBooting from Hard Disk...\r\n"_ba;

// 72 bytes: OVMF's countdown, left on its line.
const QByteArray OvmfCountdown = "Press ESC in 1 seconds to skip startup.nsh or any other key to continue."_ba;

// OVMF after a reset: 29 bytes of clears and modes, then its boot manager.
const QByteArray OvmfAfterReset =
    "\x1b[2J\x1b[01;01H\x1b[=3h\x1b[2J\x1b[01;01H"
    "BdsDxe: loading Boot0001 \"UEFI QEMU HARDDISK QM00001 \" from PciRoot(0x0)/Pci(0x1,0x1)/Ata(0x0)\r\n"_ba;

// 190 bytes: a panic's last lines (ending on a newline).
const QByteArray Panic =
    "[    2.345678] Kernel panic - not syncing: Attempted to kill init! exitcode=0x00000100\r\n"
    "[    2.345679] ---[ end Kernel panic - not syncing: Attempted to kill init! exitcode=0x00000100 ]---\r\n"_ba;

// Command lines that quote a banner, with what they print.
const QByteArray GrepCommand = "root@demo:~# grep \"Linux version\" /var/log/kern.log\r\nroot@demo:~# \x1b[6n"_ba;
const QByteArray EchoCommand =
    "root@demo:~# echo '[    0.000000] Linux version'\r\n[    0.000000] Linux version\r\nroot@demo:~# \x1b[6n"_ba;
const QByteArray EchoFullBanner =
    "root@demo:~# echo '[    0.000000] Linux version 6.12.118+deb13-amd64 (debian-kernel@lists.debian.org)' "
    "> /dev/kmsg\r\n"_ba;

QList<qint64> cutsOf(const QByteArray &bytes, qint64 offset = 0, bool startsAtLineStart = true)
{
    std::vector<ByteOffset> cuts;
    MidLineBootFinder::find(bytes, ByteOffset(offset), startsAtLineStart, cuts);
    QList<qint64> out;
    for (const ByteOffset c : cuts)
        out.append(c.get());
    return out;
}

QList<qint64> bootOffsets(const LogDocument &doc)
{
    QList<qint64> out;
    for (const BootSegment &s : doc.bootSegments())
        out.append(doc.lineOffset(s.firstLine).get());
    return out;
}

} // namespace

class TestMidLineBoots : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void finder_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QList<qint64>>("cuts");
        QTest::newRow("shell prompt, cursor query") << ShellPrompt + Kernel << QList<qint64>{17};
        QTest::newRow("login prompt") << LoginPrompt + Kernel << QList<qint64>{46};
        QTest::newRow("GRUB menu, reset and clear") << GrubMenu + SeaBiosAfterReset << QList<qint64>{321};
        QTest::newRow("OVMF countdown, clears") << OvmfCountdown + OvmfAfterReset << QList<qint64>{72};
        QTest::newRow("kernel without clock") << "login: Linux version 6.1.0 (a@b) (gcc) #1\n"_ba << QList<qint64>{7};
        QTest::newRow("after a panic: a line start") << Panic + Kernel << QList<qint64>{};
        QTest::newRow("clear at line start")
            << "\x1b[2J\x1b[H[    0.000000] Linux version 6.1.0 (a@b) (gcc)\n"_ba << QList<qint64>{};
        QTest::newRow("grep of a banner") << GrepCommand << QList<qint64>{};
        QTest::newRow("echo of a banner") << EchoCommand << QList<qint64>{};
        QTest::newRow("echo of a full banner") << EchoFullBanner << QList<qint64>{};
        QTest::newRow("journalctl -k output")
            << "Dec 01 05:12:44 demo kernel: Linux version 6.12.118+deb13-amd64 (debian-kernel@lists.debian.org) (gcc)\r\n"_ba
            << QList<qint64>{};
        QTest::newRow("grep of kern.log output")
            << "/var/log/kern.log:Dec  1 05:12:44 demo kernel: [    0.000000] Linux version 6.12.118+deb13-amd64 (x@y) (gcc)\n"_ba
            << QList<qint64>{};
        QTest::newRow("glued to a word") << "abcLinux version 6.1.0 (a@b) (gcc)\n"_ba << QList<qint64>{};
        QTest::newRow("no release") << "# Linux version is 6 (six)\n"_ba << QList<qint64>{};
        QTest::newRow("release unfinished") << "# [    0.000000] Linux version 6.12.118+deb13-am"_ba << QList<qint64>{};
        QTest::newRow("two resets") << "a# [    0.000000] Linux version 6.1 (x)\nb# SeaBIOS (version 1.16)\n"_ba
                                    << QList<qint64>{3, 43};
    }

    void finder()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QList<qint64>, cuts);
        QCOMPARE(cutsOf(bytes), cuts);
        // The same bytes elsewhere in the stream: the offsets move with them.
        QList<qint64> moved;
        for (const qint64 c : cuts)
            moved.append(c + 1000);
        QCOMPARE(cutsOf(bytes, 1000), moved);
    }

    void finderWithoutLineStart()
    {
        // Bytes that continue a line begun earlier: a banner at their very start is inside it.
        QCOMPARE(cutsOf("[    0.000000] Linux version 6.1.0 (a@b) (gcc)\n"_ba, 500, false), QList<qint64>{500});
        QCOMPARE(cutsOf("[    0.000000] Linux version 6.1.0 (a@b) (gcc)\n"_ba, 500, true), QList<qint64>{});
    }

    void finderBoundedOnHostileLines()
    {
        // One line of banners: at most MaxHitsPerLine of them are looked at.
        QByteArray line;
        for (int i = 0; i < 200000; ++i)
            line += "x Linux version 6.1 ("_ba;
        const QList<qint64> cuts = cutsOf(line + '\n' + ShellPrompt + Kernel);
        QVERIFY(qsizetype(cuts.size()) <= MidLineBootFinder::MaxHitsPerLine + 1);
        QCOMPARE(cuts.last(), line.size() + 1 + 17);
    }

    void documentSplitsAtTheReset_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QList<qint64>>("boots");
        QTest::addColumn<QByteArray>("tailRow"); // the row before the second boot
        QTest::addColumn<QByteArray>("bootRow"); // how the second boot's first row begins
        QTest::newRow("shell prompt") << FirstBoot + ShellPrompt + Kernel << QList<qint64>{0, 267} << ShellPrompt
                                      << "[    0.000000] Linux version 6.12.118"_ba;
        QTest::newRow("login prompt") << FirstBoot + LoginPrompt + Kernel << QList<qint64>{0, 296} << "demo login: "_ba
                                      << "[    0.000000] Linux version 6.12.118"_ba;
        QTest::newRow("GRUB menu") << SeaBiosBoot + GrubMenu + SeaBiosAfterReset + Kernel << QList<qint64>{0, 392}
                                   << GrubMenu
                                   << "\x1b"
                                      "c\x1b[2J\x1b[1;1HSeaBIOS (version"_ba;
        QTest::newRow("OVMF") << FirstBoot + OvmfCountdown + OvmfAfterReset + Kernel << QList<qint64>{0, 322}
                              << OvmfCountdown << "\x1b[2J\x1b[01;01H\x1b[=3h\x1b[2J\x1b[01;01HBdsDxe: loading"_ba;
        QTest::newRow("after a panic") << FirstBoot + Panic + Kernel << QList<qint64>{0, 440}
                                       << "[    2.345679] ---[ end Kernel panic - not syncing: Attempted to kill init! "
                                          "exitcode=0x00000100 ]---"_ba
                                       << "[    0.000000] Linux version 6.12.118"_ba;
        QTest::newRow("grep at the prompt")
            << FirstBoot + GrepCommand << QList<qint64>{0} << QByteArray() << QByteArray();
        QTest::newRow("echo at the prompt")
            << FirstBoot + EchoCommand << QList<qint64>{0} << QByteArray() << QByteArray();
        QTest::newRow("echo of a full banner")
            << FirstBoot + EchoFullBanner << QList<qint64>{0} << QByteArray() << QByteArray();
    }

    void documentSplitsAtTheReset()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QList<qint64>, boots);
        QFETCH(QByteArray, tailRow);
        QFETCH(QByteArray, bootRow);
        QTemporaryDir dir;
        const QString file = dir.filePath(u"demo-serial0.log"_s);
        QVERIFY(writeFile(file, bytes));
        LogDocument doc;
        QVERIFY(openDocumentFiles(doc, {file}));
        QCOMPARE(bootOffsets(doc), boots);
        if (boots.size() < 2)
            return;
        const LineNumber first = doc.bootSegments().at(1).firstLine;
        QCOMPARE(doc.rawLine(first - 1), tailRow);
        QVERIFY2(doc.rawLine(first).startsWith(bootRow), doc.rawLine(first).constData());
        QCOMPARE(doc.segmentOf(first - 1), 0);
        QCOMPARE(doc.segmentOf(first), 1);
        // Only a boot that began inside a line says so (after a panic, it began on a line of its own).
        QCOMPARE(doc.bootSegments().at(1).beganInsideLine,
                 !QByteArray(QTest::currentDataTag()).startsWith("after a panic"));
        QCOMPARE(doc.bootSegments().at(0).beganInsideLine, false);
    }

    void promptRowsAreShownApart()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(u"demo-serial0.log"_s);
        QVERIFY(writeFile(file, FirstBoot + ShellPrompt + Kernel));
        LogDocument doc;
        QVERIFY(openDocumentFiles(doc, {file}));
        // Lines 0–2: the first boot; 3: the prompt; 4, 5: the second boot.
        QCOMPARE(doc.lineCount(), 6);
        QCOMPARE(doc.line(LineNumber(3)).text, u"root@demo:~# "_s);
        QVERIFY(doc.line(LineNumber(4)).text.startsWith(u"[    0.000000] Linux version 6.12.118"_s));
        QCOMPARE(doc.lineOffset(LineNumber(4)).get(), 267);
        QCOMPARE(doc.lineAt(ByteOffset(266)).get(), 3);
        QCOMPARE(doc.lineAt(ByteOffset(267)).get(), 4);
        QCOMPARE(doc.bootSegments().at(1).reason, BootSegment::Reason::Kernel);
        QVERIFY(doc.bootSegments().at(1).title.startsWith(u"Linux version 6.12.118"_s));
    }

    void longLinesAcrossBlocksAndBackgroundIndexing()
    {
        // A prompt line longer than a read block (1 MiB) whose banner straddles the blocks'
        // border, in the part indexed in the background (the log is larger than what open()
        // indexes itself), then a reset at a prompt near the end.
        const QByteArray junk(qsizetype(1 << 20) - 10, 'x');
        QByteArray bytes = FirstBoot + junk + "\x1b[6n" + Kernel;
        const qint64 firstCut = FirstBoot.size() + junk.size() + 4; // 1048820
        QCOMPARE(firstCut, 1048820);
        for (int i = 0; i < 40000; ++i)
            bytes += "[    1.000000] filler line " + QByteArray::number(i) + "\r\n";
        const qint64 secondCut = bytes.size() + 17;
        bytes += ShellPrompt + Kernel;
        QTemporaryDir dir;
        const QString file = dir.filePath(u"demo-serial0.log"_s);
        QVERIFY(writeFile(file, bytes));
        LogDocument doc;
        QVERIFY(openDocumentFiles(doc, {file}));
        QTRY_VERIFY(doc.isIndexComplete());
        QCOMPARE(bootOffsets(doc), (QList<qint64>{0, firstCut, secondCut}));
        QCOMPARE(doc.rawLine(doc.bootSegments().at(1).firstLine - 1).size(), junk.size() + 4);
    }

    void followedBannerArrivingInPieces()
    {
        // virtlogd writes what the guest's UART gave it: a poll may see half a banner.
        QTemporaryDir dir;
        const QString file = dir.filePath(u"demo-serial0.log"_s);
        QVERIFY(writeFile(file, FirstBoot + ShellPrompt));
        LogDocument doc;
        QVERIFY(openDocument(doc, file, true));
        QCOMPARE(bootOffsets(doc), QList<qint64>{0});
        const QList<QByteArray> pieces = {Kernel.left(18), Kernel.mid(18, 40), Kernel.mid(58)};
        qint64 size = FirstBoot.size() + ShellPrompt.size();
        for (const QByteArray &piece : pieces) {
            QVERIFY(appendFile(file, piece));
            size += piece.size();
            QTRY_COMPARE(doc.byteSize(), size);
        }
        QCOMPARE(bootOffsets(doc), (QList<qint64>{0, 267}));
        QCOMPARE(doc.rawLine(LineNumber(3)), ShellPrompt);
        QCOMPARE(doc.lineCount(), 6);
        QVERIFY(doc.bootSegments().at(1).seenAt.isValid());
    }

    void followedPromptBeginningWithAnEscape()
    {
        // A coloured prompt begins with ESC, so its head is searched for banners: half a banner
        // there must not leave a boot on the prompt's row once the line is cut.
        const QByteArray prompt = "\x1b[1;32mroot@demo\x1b[0m:~# \x1b[6n"_ba; // 28 bytes
        QTemporaryDir dir;
        const QString file = dir.filePath(u"demo-serial0.log"_s);
        QVERIFY(writeFile(file, FirstBoot + prompt));
        LogDocument doc;
        QVERIFY(openDocument(doc, file, true));
        QVERIFY(appendFile(file, Kernel.left(40))); // up to "Linux version 6.12.118+"
        QTRY_COMPARE(doc.byteSize(), FirstBoot.size() + prompt.size() + 40);
        QVERIFY(appendFile(file, Kernel.mid(40)));
        QTRY_COMPARE(doc.byteSize(), FirstBoot.size() + prompt.size() + Kernel.size());
        QTRY_COMPARE(bootOffsets(doc), (QList<qint64>{0, 278}));
        QCOMPARE(doc.rawLine(LineNumber(3)), prompt);
    }

    void followedLongLineCutLate()
    {
        // The open line is longer than the context read again when it grows, and its head (the
        // first 512 bytes) held the banner before the banner was whole: searched again up to
        // the cut, the row before the cut keeps no boot.
        const QByteArray prompt = "\x1b[0m"_ba + QByteArray(469, 'x') + ' '; // 474 bytes; the clock from 474
        const QByteArray firstPiece = Kernel.left(49);                       // "…Linux version 6.12.118+deb13-amd64"
        QCOMPARE(firstPiece.right(6), "-amd64"_ba);
        QTemporaryDir dir;
        const QString file = dir.filePath(u"demo-serial0.log"_s);
        QVERIFY(writeFile(file, FirstBoot + prompt));
        LogDocument doc;
        QVERIFY(openDocument(doc, file, true));
        QVERIFY(appendFile(file, firstPiece));
        QTRY_COMPARE(doc.byteSize(), FirstBoot.size() + prompt.size() + firstPiece.size());
        QVERIFY(appendFile(file, Kernel.mid(49)));
        QTRY_COMPARE(doc.byteSize(), FirstBoot.size() + prompt.size() + Kernel.size());
        QTRY_COMPARE(bootOffsets(doc), (QList<qint64>{0, 250 + 474}));
        QCOMPARE(doc.rawLine(LineNumber(3)), prompt);
    }

    void followedQuotedBannerStaysQuoted()
    {
        // A command line quotes a whole banner, its opening quote 482 bytes before it; then the
        // line grows. Read again with only the last 512 bytes of the line as context, the quote
        // is out of sight: the banner, judged when it arrived, must not be judged again.
        const QByteArray commandLine = "root@demo:~# echo \""_ba + QByteArray(480, 'y') +
            " [    0.000000] Linux version 6.1.0 (a@b) (gcc) #1\""_ba; // 550 bytes
        QCOMPARE(commandLine.size(), 550);
        QTemporaryDir dir;
        const QString file = dir.filePath(u"demo-serial0.log"_s);
        QVERIFY(writeFile(file, FirstBoot + commandLine));
        LogDocument doc;
        QVERIFY(openDocument(doc, file, true));
        QCOMPARE(bootOffsets(doc), QList<qint64>{0});
        QVERIFY(appendFile(file, QByteArray(100, 'z')));
        QTRY_COMPARE(doc.byteSize(), FirstBoot.size() + 650);
        QVERIFY(appendFile(file, "\r\n"_ba));
        QTRY_COMPARE(doc.byteSize(), FirstBoot.size() + 652);
        QCOMPARE(bootOffsets(doc), QList<qint64>{0});
        QCOMPARE(doc.lineCount(), 4);
    }
};

QTEST_GUILESS_MAIN(TestMidLineBoots)
#include "tst_midlineboots.moc"
