// Measures the boot-log engine on a chain: time to first screen, to the full index, RSS beyond
// the empty process, literal and regex search. One line of key=value per measure.
//
//   vcv_bootlog_bench BASE LITERAL REGEX
//
// Last, the whole document is exported stripped to /dev/null (time and peak RSS after it).

#include "bootlog/LogDocument.h"
#include "bootlog/LogExporter.h"
#include "bootlog/Search.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>

#include <cstdio>

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

qint64 rssKiB() { return statusKiB("VmRSS"); }

double searchSeconds(const LogDocument &doc, const SearchQuery &query, qint64 *count)
{
    Search search(&doc);
    QEventLoop loop;
    QObject::connect(&search, &Search::finished, &loop, &QEventLoop::quit);
    QElapsedTimer timer;
    timer.start();
    search.start(query);
    if (search.isRunning())
        loop.exec();
    *count = search.matchingLineCount(); // grep -c counts lines
    return timer.nsecsElapsed() / 1e9;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 4) {
        std::fprintf(stderr, "usage: vcv_bootlog_bench BASE LITERAL REGEX\n");
        return 2;
    }
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
    sink.open(QIODevice::WriteOnly);
    QElapsedTimer exportTimer;
    exportTimer.start();
    QString error;
    LogExporter::exportDocument(doc, &sink, LogExporter::Mode::Strip, &error);
    std::printf("strip_export_s=%.3f peak_rss_after_export_mib=%.1f\n", exportTimer.nsecsElapsed() / 1e9,
                statusKiB("VmHWM") / 1024.0);
    return 0;
}
