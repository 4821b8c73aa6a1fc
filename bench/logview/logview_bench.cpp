// SPDX-FileCopyrightText: 2026 The virt-console-viewer developers
// SPDX-License-Identifier: GPL-2.0-or-later
// Frame times of the boot-log view against QPlainTextEdit + KSyntaxHighlighting::SyntaxHighlighter
// on the same log (the realistic boot of SampleBootLog.h repeated).
//
//   logview-bench [--lines N] [--peer-mib M] [--seconds S] [--only logview|peer|document|parts]
//
// Scenarios, each for LogView and for the peer:
//   open     time until the end of the log is on screen, and the resident memory afterwards;
//   scroll   one frame = move the scroll bar (3 lines, a page, or a random jump) + repaint() of
//            the viewport (wall clock and CPU time of the GUI thread), and again + only the
//            update the widget schedules itself (a strip after a small step);
//   grow     a writer thread appends to the file at 10 MB/s for S seconds while the view follows;
//            a frame is one paint, a stall is a 16 ms timer tick that came late; also the share
//            of the time the GUI thread was on the CPU.
// The peer is given at most M MiB of the log (default 16): a QTextDocument holds everything in
// memory, and the full log would take minutes and gigabytes. Output: a Markdown table.

#include "SampleBootLog.h"

#include "bootlog/LogDocument.h"
#include "widgets/LogHighlighter.h"
#include "widgets/LogSyntax.h"
#include "widgets/LogView.h"

#include <KSyntaxHighlighting/SyntaxHighlighter>

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFontDatabase>
#include <QPlainTextEdit>
#include <QRandomGenerator>
#include <QScrollBar>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextLayout>
#include <QTextStream>
#include <QTimer>

#include <algorithm>
#include <atomic>
#include <cstdio>
#include <thread>
#include <time.h>

using namespace Qt::StringLiterals;

namespace {

struct Stats
{
    QList<double> ms;
    void add(double v) { ms.append(v); }
    double percentile(double p) const
    {
        if (ms.isEmpty())
            return 0;
        QList<double> s = ms;
        std::sort(s.begin(), s.end());
        return s.at(qMin<qsizetype>(s.size() - 1, qsizetype(p / 100.0 * double(s.size()))));
    }
    double max() const { return ms.isEmpty() ? 0 : *std::max_element(ms.begin(), ms.end()); }
    double mean() const
    {
        double sum = 0;
        for (double v : ms)
            sum += v;
        return ms.isEmpty() ? 0 : sum / double(ms.size());
    }
    qsizetype over(double limit) const
    {
        return std::count_if(ms.begin(), ms.end(), [limit](double v) { return v > limit; });
    }
    QString row(const QString &name) const
    {
        return u"| %1 | %2 | %3 | %4 | %5 | %6 | %7 |"_s.arg(name)
            .arg(ms.size())
            .arg(mean(), 0, 'f', 2)
            .arg(percentile(50), 0, 'f', 2)
            .arg(percentile(99), 0, 'f', 2)
            .arg(max(), 0, 'f', 2)
            .arg(over(16.0));
    }
};

qint64 rssMiB()
{
    QFile status(u"/proc/self/status"_s);
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    const QList<QByteArray> lines = status.readAll().split('\n');
    for (const QByteArray &line : lines) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong() / 1024;
    }
    return -1;
}

class TimedLogView : public vcv::LogView
{
public:
    Stats *paints = nullptr;

protected:
    void paintEvent(QPaintEvent *event) override
    {
        QElapsedTimer t;
        t.start();
        vcv::LogView::paintEvent(event);
        if (paints)
            paints->add(double(t.nsecsElapsed()) / 1e6);
    }
};

class TimedPlainTextEdit : public QPlainTextEdit
{
public:
    Stats *paints = nullptr;

protected:
    void paintEvent(QPaintEvent *event) override
    {
        QElapsedTimer t;
        t.start();
        QPlainTextEdit::paintEvent(event);
        if (paints)
            paints->add(double(t.nsecsElapsed()) / 1e6);
    }
};

double threadCpuMs()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return double(ts.tv_sec) * 1e3 + double(ts.tv_nsec) / 1e6;
}

enum class FramePaint {
    Repaint, ///< repaint() the whole viewport after each move
    Update,  ///< paint what the widget itself asked for (processEvents): a few rows after a small step
};

// Scroll frames: 200 small steps, 200 pages, 200 random jumps. Each frame = move + paint, timed
// on the wall clock and in CPU time of this (the GUI) thread: on a shared machine the wall clock
// includes the time other processes took the core, the CPU time does not.
Stats scrollFrames(QAbstractScrollArea *area, QWidget *paintTarget, FramePaint mode, Stats *cpu = nullptr)
{
    Stats stats;
    QScrollBar *bar = area->verticalScrollBar();
    QRandomGenerator random(42);
    const int page = qMax(1, bar->pageStep());
    int value = 0;
    for (int frame = 0; frame < 600; ++frame) {
        if (frame < 200)
            value = qMin(bar->maximum(), value + 3 * bar->singleStep());
        else if (frame < 400)
            value = qMin(bar->maximum(), value + page);
        else
            value = int(random.bounded(qMax(1, bar->maximum())));
        QElapsedTimer t;
        t.start();
        const double cpuStart = threadCpuMs();
        bar->setValue(value);
        if (mode == FramePaint::Repaint)
            paintTarget->repaint();
        else
            QCoreApplication::processEvents();
        stats.add(double(t.nsecsElapsed()) / 1e6);
        if (cpu)
            cpu->add(threadCpuMs() - cpuStart);
    }
    return stats;
}

// Appends at 10 MB/s from another thread while the event loop runs for `seconds`; returns the
// lateness of a 16 ms timer (event-loop stalls).
// `busyPercent`: the share of the time the GUI thread spent on the CPU meanwhile (load-independent).
Stats growFor(const QString &path, int seconds, const std::function<void()> &onTick = {}, double *busyPercent = nullptr)
{
    std::atomic<bool> stop{false};
    const QByteArray boot = vcv::bench::sampleBootLog();
    std::thread writer([&] {
        QFile file(path);
        if (!file.open(QIODevice::Append))
            return;
        // 100 KB every 10 ms = 10 MB/s.
        QByteArray chunk;
        while (chunk.size() < 100 * 1000)
            chunk += boot;
        chunk.truncate(100 * 1000);
        const int lastNewline = int(chunk.lastIndexOf('\n'));
        chunk.truncate(lastNewline + 1);
        QElapsedTimer clock;
        clock.start();
        qint64 written = 0;
        while (!stop) {
            const qint64 due = clock.elapsed() * 10 * 1000; // bytes due by now at 10 MB/s
            if (written < due) {
                written += file.write(chunk);
                file.flush();
            } else {
                std::this_thread::sleep_for(std::chrono::milliseconds(2));
            }
        }
    });
    Stats lateness;
    QElapsedTimer since;
    since.start();
    QTimer tick;
    tick.setTimerType(Qt::PreciseTimer);
    tick.setInterval(16);
    QObject::connect(&tick, &QTimer::timeout, [&] {
        lateness.add(qMax(0.0, double(since.nsecsElapsed()) / 1e6 - 16.0));
        since.restart();
        if (onTick)
            onTick();
    });
    tick.start();
    const double cpuStart = threadCpuMs();
    QElapsedTimer wall;
    wall.start();
    QTest::qWait(seconds * 1000);
    if (busyPercent)
        *busyPercent = 100.0 * (threadCpuMs() - cpuStart) / double(wall.elapsed());
    tick.stop();
    stop = true;
    writer.join();
    return lateness;
}

} // namespace

int main(int argc, char **argv)
{
    QStandardPaths::setTestModeEnabled(true);
    QApplication app(argc, argv);
    qint64 lines = 3'000'000;
    qint64 peerMiB = 16;
    int seconds = 5;
    QString only; // "logview", "peer" or both: separate processes give honest memory figures
    const QStringList args = app.arguments();
    for (qsizetype i = 1; i + 1 < args.size(); i += 2) {
        if (args.at(i) == u"--lines")
            lines = args.at(i + 1).toLongLong();
        else if (args.at(i) == u"--peer-mib")
            peerMiB = args.at(i + 1).toLongLong();
        else if (args.at(i) == u"--seconds")
            seconds = args.at(i + 1).toInt();
        else if (args.at(i) == u"--only")
            only = args.at(i + 1);
    }
    QTextStream out(stdout);
    QTemporaryDir dir;
    const QString path = dir.filePath(u"bench-serial0.log"_s);
    qint64 bytes = 0;
    {
        const QByteArray boot = vcv::bench::sampleBootLog();
        const qint64 perBoot = boot.count('\n');
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            return 1;
        for (qint64 n = 0; n < lines; n += perBoot)
            bytes += file.write(boot);
    }
    out << "Log: " << lines << " lines, " << bytes / (1024 * 1024) << " MiB; view 1000x700 offscreen\n\n";

    const QSize size(1000, 700);
    Stats ourScroll, ourGrowPaint, ourGrowStall, peerScroll, peerGrowPaint, peerGrowStall;
    Stats ourScrollCpu, peerScrollCpu, ourScrollUpdate, peerScrollUpdate;
    double ourGrowBusy = 0, peerGrowBusy = 0;
    double ourOpenMs = 0, peerOpenMs = 0;
    qint64 ourRss = 0, peerRss = 0;
    vcv::LogSyntax::bootLogDefinition(); // load the repository outside the timings, for both
    if (only.isEmpty() || only == u"logview") {
        vcv::LogSyntax::bootLogDefinition(); // load the repository outside the timings, for both
        QElapsedTimer t;
        t.start();
        vcv::LogDocument doc;
        TimedLogView view;
        view.resize(size);
        view.setDocument(&doc);
        view.show();
        if (!QTest::qWaitForWindowExposed(&view))
            return 1;
        doc.open(path, true);
        if (!QTest::qWaitFor([&] { return !doc.isOpening(); }, 60000))
            return 1;
        view.repaint();
        ourOpenMs = double(t.nsecsElapsed()) / 1e6;
        if (!QTest::qWaitFor([&] { return doc.isIndexComplete(); }, 300000))
            return 1;
        QTest::qWait(100);
        ourRss = rssMiB();
        out << "LogView: end on screen after " << ourOpenMs << " ms; whole log indexed; RSS " << ourRss << " MiB\n";
        view.setFollowing(false);
        Stats scrollPaints;
        view.paints = &scrollPaints;
        ourScroll = scrollFrames(&view, view.viewport(), FramePaint::Repaint, &ourScrollCpu);
        view.paints = nullptr;
        ourScrollUpdate = scrollFrames(&view, view.viewport(), FramePaint::Update);
        out << "LogView: paintEvent alone while scrolling: " << scrollPaints.row(u"paint"_s) << '\n';
        view.scrollToEnd();
        view.paints = &ourGrowPaint;
        ourGrowStall = growFor(path, seconds, {}, &ourGrowBusy);
        view.paints = nullptr;
        out << "LogView: after growing, " << doc.lineCount() << " lines\n";
    }
    if (only == u"parts") {
        // Where the time of a new line goes: reading + decoding, highlighting, layout.
        vcv::LogDocument doc;
        doc.openFiles({path});
        if (!QTest::qWaitFor([&] { return doc.isIndexComplete(); }, 300000))
            return 1;
        const int n = 20000;
        QElapsedTimer t;
        t.start();
        QList<vcv::DecodedLine> decoded;
        for (int i = 0; i < n; ++i)
            decoded.append(doc.line(vcv::LineNumber(i)));
        const double readMs = double(t.nsecsElapsed()) / 1e6;
        vcv::LogHighlighter highlighter;
        highlighter.setTheme(vcv::LogSyntax::themeForPalette(QPalette()));
        highlighter.setLineProvider([&](vcv::LineNumber l) { return decoded.at(l.get()).text; });
        t.restart();
        QList<QList<QTextLayout::FormatRange>> formats;
        for (int i = 0; i < n; ++i)
            formats.append(highlighter.formatRanges(vcv::LineNumber(i)));
        const double highlightMs = double(t.nsecsElapsed()) / 1e6;
        const QFont font = QFontDatabase::systemFont(QFontDatabase::FixedFont);
        t.restart();
        for (int i = 0; i < n; ++i) {
            QTextLayout layout(decoded.at(i).text, font);
            layout.setFormats(formats.at(i));
            layout.beginLayout();
            QTextLine line = layout.createLine();
            line.setLineWidth(1000);
            layout.endLayout();
        }
        const double layoutMs = double(t.nsecsElapsed()) / 1e6;
        out << "per line (us): read+decode " << readMs * 1000 / n << ", highlight " << highlightMs * 1000 / n
            << ", layout " << layoutMs * 1000 / n << "; line-local: " << highlighter.isLineLocal() << '\n';
        return 0;
    }
    if (only == u"document") {
        // The document alone, following the same growth: separates the engine's share of the
        // event-loop time from the view's.
        vcv::LogDocument doc;
        doc.open(path, true);
        if (!QTest::qWaitFor([&] { return doc.isIndexComplete(); }, 300000))
            return 1;
        double busy = 0;
        const Stats stall = growFor(path, seconds, {}, &busy);
        out << "| scenario | frames | mean ms | median ms | p99 ms | max ms | frames > 16 ms "
               "|\n|---|---:|---:|---:|---:|---:|---:|\n";
        out << stall.row(u"LogDocument alone: event-loop lateness while growing"_s) << '\n';
        out << "\nGUI thread on the CPU while growing: " << busy << " %\n";
        return 0;
    }
    if (only.isEmpty() || only == u"peer") {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return 1;
        const QString text = QString::fromUtf8(file.read(peerMiB * 1024 * 1024));
        QElapsedTimer t;
        t.start();
        TimedPlainTextEdit edit;
        edit.setReadOnly(true);
        edit.setLineWrapMode(QPlainTextEdit::NoWrap);
        edit.setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
        auto *highlighter = new KSyntaxHighlighting::SyntaxHighlighter(edit.document());
        highlighter->setDefinition(vcv::LogSyntax::bootLogDefinition());
        highlighter->setTheme(vcv::LogSyntax::themeForPalette(edit.palette()));
        edit.resize(size);
        edit.show();
        if (!QTest::qWaitForWindowExposed(&edit))
            return 1;
        edit.setPlainText(text);
        edit.verticalScrollBar()->setValue(edit.verticalScrollBar()->maximum());
        edit.repaint();
        peerOpenMs = double(t.nsecsElapsed()) / 1e6;
        QTest::qWait(100);
        peerRss = rssMiB();
        out << "QPlainTextEdit: " << peerMiB << " MiB (" << edit.blockCount() << " lines) on screen after "
            << peerOpenMs << " ms; RSS " << peerRss << " MiB\n";
        peerScroll = scrollFrames(&edit, edit.viewport(), FramePaint::Repaint, &peerScrollCpu);
        peerScrollUpdate = scrollFrames(&edit, edit.viewport(), FramePaint::Update);
        // The peer cannot follow a file: feed it the same 10 MB/s through appendPlainText, read
        // back from the file the writer thread grows.
        QFile growing(path);
        if (!growing.open(QIODevice::ReadOnly))
            return 1;
        growing.seek(growing.size());
        edit.paints = &peerGrowPaint;
        peerGrowStall = growFor(
            path, seconds,
            [&] {
                const QByteArray chunk = growing.read(4 * 1024 * 1024);
                const int end = int(chunk.lastIndexOf('\n'));
                if (end < 0)
                    return;
                growing.seek(growing.pos() - (chunk.size() - end - 1));
                edit.appendPlainText(QString::fromUtf8(chunk.left(end)));
                edit.verticalScrollBar()->setValue(edit.verticalScrollBar()->maximum());
            },
            &peerGrowBusy);
        edit.paints = nullptr;
    }

    out << "\n| scenario | frames | mean ms | median ms | p99 ms | max ms | frames > 16 ms |\n";
    out << "|---|---:|---:|---:|---:|---:|---:|\n";
    out << ourScroll.row(u"LogView: scroll (move + repaint)"_s) << '\n';
    out << peerScroll.row(u"QPlainTextEdit + SyntaxHighlighter: scroll"_s) << '\n';
    out << ourScrollCpu.row(u"LogView: scroll, CPU time of the GUI thread"_s) << '\n';
    out << peerScrollCpu.row(u"QPlainTextEdit: scroll, CPU time of the GUI thread"_s) << '\n';
    out << ourScrollUpdate.row(u"LogView: scroll (move + the update it schedules)"_s) << '\n';
    out << peerScrollUpdate.row(u"QPlainTextEdit: scroll (move + the update it schedules)"_s) << '\n';
    out << ourGrowPaint.row(u"LogView: paint while growing 10 MB/s"_s) << '\n';
    out << peerGrowPaint.row(u"QPlainTextEdit: paint while growing 10 MB/s"_s) << '\n';
    out << ourGrowStall.row(u"LogView: event-loop lateness while growing"_s) << '\n';
    out << peerGrowStall.row(u"QPlainTextEdit: event-loop lateness while growing"_s) << '\n';
    out << "\n| open | LogView (" << lines << " lines) | QPlainTextEdit (" << peerMiB << " MiB) |\n|---|---:|---:|\n";
    out << "| end of log on screen | " << qRound(ourOpenMs) << " ms | " << qRound(peerOpenMs) << " ms |\n";
    out << "| resident memory | " << ourRss << " MiB | " << peerRss << " MiB |\n";
    out << "| GUI thread on the CPU while growing | " << qRound(ourGrowBusy) << " % | " << qRound(peerGrowBusy)
        << " % |\n";
    return 0;
}
