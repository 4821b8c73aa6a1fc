// SPDX-FileCopyrightText: 2026 The virt-console-viewer developers
// SPDX-License-Identifier: GPL-2.0-or-later
// Measures the boot-log engine on a chain. One line of key=value per measure.
//
//   vcv_bootlog_bench BASE LITERAL REGEX
//       time to first screen, to the full index, RSS beyond the empty process, one literal and one
//       regex search; last, the whole document exported stripped to /dev/null.
//   vcv_bootlog_bench search BASE REPEAT QUERY...
//       the full index, then each QUERY REPEAT times (best and median, matching lines as grep -c
//       counts them, matches), RSS after each and the peak.
//   vcv_bootlog_bench grow INITIAL SOURCE OUT SECONDS [QUERY]
//       OUT starts as a copy of INITIAL and is followed; once indexed, QUERY is started and SOURCE
//       is appended to OUT at 10 MB/s for SECONDS. Measures the GUI thread (CPU share, lateness
//       of a 16 ms timer) while it grows, and how long after the last write the search has
//       counted everything. OUT is left for grep.
//
// A QUERY is MODE:PATTERN, MODE one of F (literal), iF (literal, ignoring case), E (regular
// expression), iE (regular expression, ignoring case) — grep's options for the same search.

#include "bootlog/LogDocument.h"
#include "bootlog/LogExporter.h"
#include "bootlog/Search.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QTimer>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <ctime>
#include <thread>
#include <vector>

using namespace Qt::StringLiterals;
using namespace vcv;

namespace {

/// A field of /proc/self/status in KiB: "VmRSS" (now) or "VmHWM" (the peak so far).
qint64 statusKiB(const char *field)
{
    QFile f(u"/proc/self/status"_s);
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray prefix = QByteArray(field) + ':';
    for (const QByteArray &line : f.readAll().split('\n')) {
        if (line.startsWith(prefix))
            return line.mid(prefix.size()).trimmed().split(' ').first().toLongLong();
    }
    return -1;
}

qint64 rssKiB()
{
    return statusKiB("VmRSS");
}

double threadCpuSeconds()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return double(ts.tv_sec) + double(ts.tv_nsec) / 1e9;
}

/// "iF:call trace" → a caseless literal; false for an unknown mode.
bool parseQuery(const QString &arg, SearchQuery *query)
{
    const qsizetype colon = arg.indexOf(u':');
    if (colon < 0)
        return false;
    const QStringView mode = QStringView(arg).left(colon);
    query->pattern = arg.mid(colon + 1);
    query->caseSensitive = !mode.startsWith(u'i');
    query->wholeWord = false;
    const QStringView kind = query->caseSensitive ? mode : mode.mid(1);
    if (kind == u"F")
        query->regularExpression = false;
    else if (kind == u"E")
        query->regularExpression = true;
    else
        return false;
    return true;
}

double searchSeconds(const LogDocument &doc, const SearchQuery &query, qint64 *lines, qint64 *matches = nullptr)
{
    Search search(&doc);
    QEventLoop loop;
    QObject::connect(&search, &Search::finished, &loop, &QEventLoop::quit);
    QElapsedTimer timer;
    timer.start();
    search.start(query);
    if (search.isRunning())
        loop.exec();
    *lines = search.matchingLineCount(); // grep -c counts lines
    if (matches)
        *matches = search.matchCount();
    return timer.nsecsElapsed() / 1e9;
}

/// Opens `path` and waits for the full index; false when it cannot be opened.
bool openIndexed(LogDocument &doc, const QString &path, bool follow)
{
    bool ok = false;
    QEventLoop openLoop;
    QObject::connect(&doc, &LogDocument::opened, &openLoop, [&](bool success) {
        ok = success;
        openLoop.quit();
    });
    doc.open(path, follow); // opens and indexes the end on the document's I/O thread
    openLoop.exec();
    if (!ok)
        return false;
    QEventLoop loop;
    QObject::connect(&doc, &LogDocument::indexingFinished, &loop, &QEventLoop::quit);
    if (!doc.isIndexComplete())
        loop.exec();
    return true;
}

int runClassic(const QStringList &args)
{
    const qint64 rssEmpty = rssKiB();
    LogDocument doc;
    QEventLoop loop;
    QObject::connect(&doc, &LogDocument::indexingFinished, &loop, &QEventLoop::quit);
    QEventLoop openLoop;
    QObject::connect(&doc, &LogDocument::opened, &openLoop, &QEventLoop::quit);

    QElapsedTimer timer;
    timer.start();
    doc.open(args.at(1), false); // opens and indexes the end on the document's I/O thread
    openLoop.exec();
    const double opened = timer.nsecsElapsed() / 1e9;
    // First screen: the last 60 lines decoded, as a following view shows them.
    const qint64 lines = doc.lineCount();
    const QList<DecodedLine> screen = doc.lines(LineNumber(qMax<qint64>(0, lines - 60)), 60);
    const double firstScreen = timer.nsecsElapsed() / 1e9;
    if (!doc.isIndexComplete())
        loop.exec();
    const double fullIndex = timer.nsecsElapsed() / 1e9;
    const qint64 rssIndexed = rssKiB();
    const qint64 peakIndexed = statusKiB("VmHWM");

    qint64 literalCount = 0;
    qint64 regexCount = 0;
    const double literal = searchSeconds(doc, SearchQuery{args.at(2), false, true, false}, &literalCount);
    const double regex = searchSeconds(doc, SearchQuery{args.at(3), true, true, false}, &regexCount);
    const qint64 rssAfter = rssKiB();

    std::printf("lines=%lld bytes=%lld screen_lines=%lld\n", doc.lineCount(), doc.byteSize(), qint64(screen.size()));
    std::printf("open_s=%.3f\nfirst_screen_s=%.3f\nfull_index_s=%.3f\n", opened, firstScreen, fullIndex);
    std::printf("literal_s=%.3f literal_count=%lld\nregex_s=%.3f regex_count=%lld\n", literal, literalCount, regex,
                regexCount);
    std::printf("rss_empty_kib=%lld rss_indexed_kib=%lld rss_after_search_kib=%lld\n", rssEmpty, rssIndexed, rssAfter);
    std::printf("rss_beyond_empty_mib=%.1f\n", (qMax(rssIndexed, rssAfter) - rssEmpty) / 1024.0);
    // The peaks: what a line read whole, a decode or a search held for a moment.
    const qint64 peakSearched = statusKiB("VmHWM");
    std::printf("peak_rss_indexed_mib=%.1f peak_rss_mib=%.1f\n", peakIndexed / 1024.0, peakSearched / 1024.0);

    // Export --strip of the whole document to /dev/null.
    QFile sink(u"/dev/null"_s);
    if (!sink.open(QIODevice::WriteOnly))
        return 1;
    QElapsedTimer exportTimer;
    exportTimer.start();
    QString error;
    LogExporter::exportDocument(doc, &sink, LogExporter::Mode::Strip, &error);
    std::printf("strip_export_s=%.3f peak_rss_after_export_mib=%.1f\n", exportTimer.nsecsElapsed() / 1e9,
                statusKiB("VmHWM") / 1024.0);
    return 0;
}

int runSearches(const QStringList &args)
{
    if (args.size() < 5) {
        std::fprintf(stderr, "usage: vcv_bootlog_bench search BASE REPEAT QUERY...\n");
        return 2;
    }
    const int repeat = qMax(1, args.at(3).toInt());
    const qint64 rssEmpty = rssKiB();
    LogDocument doc;
    QElapsedTimer timer;
    timer.start();
    if (!openIndexed(doc, args.at(2), false))
        return 1;
    std::printf("lines=%lld bytes=%lld full_index_s=%.3f\n", doc.lineCount(), doc.byteSize(),
                timer.nsecsElapsed() / 1e9);
    const qint64 rssIndexed = rssKiB();
    std::printf("rss_empty_kib=%lld rss_indexed_kib=%lld peak_rss_indexed_kib=%lld\n", rssEmpty, rssIndexed,
                statusKiB("VmHWM"));
    for (qsizetype q = 4; q < args.size(); ++q) {
        SearchQuery query;
        if (!parseQuery(args.at(q), &query)) {
            std::fprintf(stderr, "bad query %s\n", qPrintable(args.at(q)));
            return 2;
        }
        std::vector<double> times;
        qint64 lines = 0;
        qint64 matches = 0;
        for (int r = 0; r < repeat; ++r)
            times.push_back(searchSeconds(doc, query, &lines, &matches));
        std::sort(times.begin(), times.end());
        std::printf("query=%s best_s=%.3f median_s=%.3f lines=%lld matches=%lld rss_kib=%lld peak_rss_kib=%lld\n",
                    qPrintable(args.at(q)), times.front(), times[times.size() / 2], lines, matches, rssKiB(),
                    statusKiB("VmHWM"));
        std::fflush(stdout);
    }
    return 0;
}

int runGrowth(const QStringList &args)
{
    if (args.size() < 6) {
        std::fprintf(stderr, "usage: vcv_bootlog_bench grow INITIAL SOURCE OUT SECONDS [QUERY]\n");
        return 2;
    }
    const QString out = args.at(4);
    const int seconds = args.at(5).toInt();
    SearchQuery query;
    const bool searching = args.size() > 6 && args.at(6) != u"-";
    if (searching && !parseQuery(args.at(6), &query)) {
        std::fprintf(stderr, "bad query %s\n", qPrintable(args.at(6)));
        return 2;
    }
    QFile::remove(out);
    if (!QFile::copy(args.at(2), out))
        return 1;
    QFile source(args.at(3));
    if (!source.open(QIODevice::ReadOnly))
        return 1;

    LogDocument doc;
    if (!openIndexed(doc, out, true))
        return 1;
    Search search(&doc);
    if (searching) {
        QEventLoop loop;
        QObject::connect(&search, &Search::finished, &loop, &QEventLoop::quit);
        search.start(query);
        if (search.isRunning())
            loop.exec();
    }

    // The writer: 100 KB every 10 ms, as the log view's benchmark writes.
    std::atomic<bool> stop{false};
    std::atomic<qint64> written{0};
    std::thread writer([&] {
        QFile file(out);
        if (!file.open(QIODevice::Append))
            return;
        QElapsedTimer clock;
        clock.start();
        while (!stop) {
            const qint64 due = clock.elapsed() * 10 * 1000; // bytes due by now at 10 MB/s
            if (written < due) {
                QByteArray chunk = source.read(100 * 1000);
                if (chunk.isEmpty())
                    break;
                written += file.write(chunk);
                file.flush();
            } else {
                std::this_thread::sleep_for(std::chrono::milliseconds(2));
            }
        }
    });

    std::vector<double> lateness;
    QElapsedTimer since;
    since.start();
    QTimer tick;
    tick.setTimerType(Qt::PreciseTimer);
    tick.setInterval(16);
    QObject::connect(&tick, &QTimer::timeout, [&] {
        lateness.push_back(qMax(0.0, double(since.nsecsElapsed()) / 1e6 - 16.0));
        since.restart();
    });
    tick.start();
    const double cpuStart = threadCpuSeconds();
    QElapsedTimer wall;
    wall.start();
    QEventLoop growing;
    QTimer::singleShot(seconds * 1000, &growing, &QEventLoop::quit);
    growing.exec();
    const double busy = 100.0 * (threadCpuSeconds() - cpuStart) / (double(wall.nsecsElapsed()) / 1e9);
    tick.stop();
    stop = true;
    writer.join();

    // After the last write: until the document holds every byte and the search has them all.
    const qint64 finalSize = QFile(out).size();
    QElapsedTimer catchUp;
    catchUp.start();
    while (doc.byteSize() < finalSize && catchUp.elapsed() < 10000)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 5);
    QCoreApplication::processEvents(); // the batch's signals
    const double caughtUp = double(catchUp.nsecsElapsed()) / 1e6;

    std::sort(lateness.begin(), lateness.end());
    const auto percentile = [&](double p) {
        return lateness.empty() ? 0.0 : lateness[std::min(lateness.size() - 1, size_t(p * double(lateness.size())))];
    };
    std::printf("grow_query=%s written_bytes=%lld seconds=%d final_bytes=%lld lines=%lld\n",
                searching ? qPrintable(args.at(6)) : "-", qint64(written), seconds, finalSize, doc.lineCount());
    std::printf("gui_busy_percent=%.1f lateness_p50_ms=%.2f lateness_p99_ms=%.2f lateness_max_ms=%.2f ticks=%lld\n",
                busy, percentile(0.5), percentile(0.99), lateness.empty() ? 0.0 : lateness.back(),
                qint64(lateness.size()));
    // The open last line is searched too (again on each append), as grep counts it.
    std::printf("catch_up_ms=%.1f lines_matching=%lld matches=%lld\n", caughtUp, search.matchingLineCount(),
                search.matchCount());
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() >= 2 && args.at(1) == u"search")
        return runSearches(args);
    if (args.size() >= 2 && args.at(1) == u"grow")
        return runGrowth(args);
    if (args.size() < 4) {
        std::fprintf(stderr,
                     "usage: vcv_bootlog_bench BASE LITERAL REGEX\n"
                     "       vcv_bootlog_bench search BASE REPEAT QUERY...\n"
                     "       vcv_bootlog_bench grow INITIAL SOURCE OUT SECONDS [QUERY]\n");
        return 2;
    }
    return runClassic(args);
}
