// SPDX-FileCopyrightText: 2026 The virt-console-viewer developers
// SPDX-License-Identifier: GPL-2.0-or-later
// vcv-bench-virt: measurements of the virt layer, printed as "key value" lines.
//
//   vcv-bench-virt write-node PATH N     a test-driver node file with N domains
//   vcv-bench-virt define URI N          defines N domains vcv-bench-NNNN (a serial console with a log)
//   vcv-bench-virt undefine URI          undefines them again
//   vcv-bench-virt list URI N            ms from Connection::open() to connected, to N domain rows with
//                                        names and states, and to all their consoles in DomainListModel
//   vcv-bench-virt idle URI SECONDS      after the list: what happens on an idle connection
#include "virt/Connection.h"
#include "virt/DomainListModel.h"
#include "virt/EventLoop.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QTextStream>
#include <QTimer>

#include <libvirt/libvirt.h>
#include <libvirt/virterror.h>

#include <cstdio>

using namespace Qt::StringLiterals;
using namespace vcv;

namespace {

QTextStream out(stdout);

QByteArray domainXml(const QByteArray &type, const QByteArray &name, int i)
{
    const QByteArray n = QByteArray::number(i).rightJustified(4, '0');
    QByteArray xml = "<domain type='" + type + "'><name>" + name +
        "</name>"
        "<uuid>8b0c5e00-0000-4000-8000-00000000" +
        n +
        "</uuid><memory>65536</memory><vcpu>1</vcpu>"
        "<os><type arch='x86_64'>hvm</type></os><devices>"
        "<serial type='pty'><log file='/var/log/libvirt/qemu/" +
        name +
        "-serial0.log' append='on'/>"
        "<target port='0'/></serial><console type='pty'><target type='serial' port='0'/></console>"
        "</devices></domain>";
    return xml;
}

int writeNode(const QString &path, int n)
{
    QByteArray xml = "<node>\n";
    for (int i = 0; i < n; ++i)
        xml += domainXml("test", "vcv-bench-" + QByteArray::number(i).rightJustified(4, '0'), i) + '\n';
    xml += "</node>\n";
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(xml) != xml.size())
        return 1;
    return 0;
}

int defineAll(const QString &uri, int n)
{
    virConnectPtr c = virConnectOpen(uri.toUtf8().constData());
    if (!c)
        return 1;
    for (int i = 0; i < n; ++i) {
        const QByteArray name = "vcv-bench-" + QByteArray::number(i).rightJustified(4, '0');
        virDomainPtr d = virDomainDefineXML(c, domainXml("qemu", name, i).constData());
        if (!d) {
            std::fprintf(stderr, "define %s: %s\n", name.constData(), virGetLastErrorMessage());
            virConnectClose(c);
            return 1;
        }
        virDomainFree(d);
    }
    virConnectClose(c);
    return 0;
}

int undefineAll(const QString &uri)
{
    virConnectPtr c = virConnectOpen(uri.toUtf8().constData());
    if (!c)
        return 1;
    virDomainPtr *doms = nullptr;
    const int n = virConnectListAllDomains(c, &doms, 0);
    for (int i = 0; i < n; ++i) {
        if (QByteArray(virDomainGetName(doms[i])).startsWith("vcv-bench-"))
            virDomainUndefine(doms[i]);
        virDomainFree(doms[i]);
    }
    free(doms);
    virConnectClose(c);
    return 0;
}

struct ListTimes
{
    qint64 connectedMs = -1; ///< open() → Connection::connected
    qint64 namesMs = -1;     ///< open() → N rows with names and states
    qint64 consolesMs = -1;  ///< open() → every row's consoles
};

// Opens the URI in a DomainListModel and runs the event loop until `n` domains are listed and
// their consoles loaded. A time stays -1 when its point was not reached.
ListTimes openAndList(DomainListModel &model, const QString &uri, int n)
{
    ListTimes times;
    QElapsedTimer t;
    t.start();
    Connection *c = model.addConnection(uri);
    QEventLoop loop;
    QTimer timeout;
    timeout.setSingleShot(true);
    QObject::connect(&timeout, &QTimer::timeout, &loop, &QEventLoop::quit);
    QObject::connect(c, &Connection::connected, &loop, [&] { times.connectedMs = t.elapsed(); });
    QObject::connect(&model, &QAbstractItemModel::rowsInserted, &loop, [&] {
        if (times.namesMs < 0 && model.domainCount(uri) >= n)
            times.namesMs = t.elapsed();
    });
    QObject::connect(c, &Connection::domainConsolesComplete, &loop, [&] {
        times.consolesMs = t.elapsed();
        loop.quit();
    });
    QObject::connect(c, &Connection::disconnected, &loop, &QEventLoop::quit);
    timeout.start(600000);
    loop.exec();
    if (times.consolesMs < 0 || times.namesMs < 0)
        std::fprintf(stderr, "listed %d of %d: %s\n", model.domainCount(uri), n, qPrintable(c->lastError().text()));
    return times;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 3) {
        std::fprintf(stderr, "usage: see the head of bench_virt.cpp\n");
        return 2;
    }
    const QString cmd = args.at(1);
    if (cmd == u"write-node" && args.size() == 4)
        return writeNode(args.at(2), args.at(3).toInt());
    if (cmd == u"define" && args.size() == 4)
        return defineAll(args.at(2), args.at(3).toInt());
    if (cmd == u"undefine")
        return undefineAll(args.at(2));

    EventLoop::ensureRegistered();
    DomainListModel model;
    if (cmd == u"list" && args.size() == 4) {
        const ListTimes times = openAndList(model, args.at(2), args.at(3).toInt());
        out << "list_connected_ms " << times.connectedMs << Qt::endl;
        out << "list_names_ms " << times.namesMs << Qt::endl;
        out << "list_consoles_ms " << times.consolesMs << Qt::endl;
        return times.consolesMs < 0 || times.namesMs < 0 ? 1 : 0;
    }
    if (cmd == u"idle" && args.size() == 4) {
        // Wait for the first list and its consoles, whatever its size; then watch.
        Connection *c = model.addConnection(args.at(2));
        QEventLoop loop;
        QObject::connect(c, &Connection::domainConsolesComplete, &loop, &QEventLoop::quit);
        QObject::connect(c, &Connection::disconnected, &loop, &QEventLoop::quit);
        loop.exec();
        if (c->state() != Connection::State::Connected)
            return 1;
        // Let anything the open started settle before counting.
        QTimer::singleShot(500, &loop, &QEventLoop::quit);
        loop.exec();
        const auto before = EventLoop::stats();
        const quint64 callsBefore = Connection::libvirtCallCount();
        int resets = 0;
        int changes = 0;
        QObject::connect(&model, &QAbstractItemModel::modelReset, [&] { ++resets; });
        QObject::connect(&model, &QAbstractItemModel::dataChanged, [&] { ++changes; });
        // UTC wall clock in libvirt's log format, so that a script can cut the log to this window.
        const auto stamp = [] { return QDateTime::currentDateTimeUtc().toString(u"yyyy-MM-dd HH:mm:ss.zzz"_s); };
        out << "idle_begin " << stamp() << Qt::endl;
        QTimer::singleShot(args.at(3).toInt() * 1000, &loop, &QEventLoop::quit);
        loop.exec();
        out << "idle_end " << stamp() << Qt::endl;
        const auto after = EventLoop::stats();
        out << "idle_seconds " << args.at(3) << Qt::endl;
        out << "api_calls_by_viewer " << (Connection::libvirtCallCount() - callsBefore) << Qt::endl;
        out << "fd_dispatches " << (after.handleDispatches - before.handleDispatches) << Qt::endl;
        out << "timer_dispatches " << (after.timeoutDispatches - before.timeoutDispatches) << Qt::endl;
        out << "model_resets " << resets << Qt::endl;
        out << "model_changes " << changes << Qt::endl;
        out << "live_handles " << after.liveHandles << Qt::endl;
        out << "live_timers " << after.liveTimeouts << Qt::endl;
        return 0;
    }
    std::fprintf(stderr, "unknown command\n");
    return 2;
}
