// SPDX-FileCopyrightText: 2026 The virt-console-viewer developers
// SPDX-License-Identifier: GPL-2.0-or-later
// The window as an ordinary desktop admin sees it: the user vcv-admin, a member of group libvirt
// but not root, opens a guest of qemu:///system whose console log virtlogd keeps readable by
// root only. The log pane explains and offers to read it with administrator rights; once
// asked, pkexec runs the privileged reader (the sandbox's polkitd grants it to group libvirt
// without a password) and the pane shows the whole rotated log and follows it, and the domain's
// QEMU log when asked for instead. Agreed once, the
// rest of the run reads without asking; with "Do not ask again", the next run too. The reader
// ends with the window, and with the viewer when that is killed. Run with --as-outsider, the same
// window as vcv-outsider (not in group libvirt): the daemon refuses the connection, the window
// says why and what to change, and no console, log or reader opens.
//
// The process starts as root (the sandbox, polkit, the guest, and the oracle: the log's bytes
// as root reads them), then becomes the user for the tests themselves. It is built beside the
// viewer, where the viewer finds its helpers.
#include "MainWindow.h"
#include "OpenDocument.h"
#include "Sandbox.h"
#include "TestGuest.h"

#include "ConsoleTab.h"
#include "bootlog/LogDocument.h"
#include "bootlog/RotationChain.h"
#include "virt/DomainListModel.h"
#include "widgets/ConsoleSplitView.h"
#include "widgets/TerminalView.h"

#include <QApplication>
#include <QCheckBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QProcess>
#include <QPushButton>
#include <QScopeGuard>
#include <QSettings>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <grp.h>
#include <pwd.h>
#include <sys/prctl.h>
#include <unistd.h>

#include "widgets/QTermWidgetHeaders.h"

using namespace Qt::StringLiterals;
using vcv::test::documentHasLine;
using vcv::test::TestGuest;

namespace {

/// Becomes `name` for good: its groups, its group, its user, its home.
bool becomeUser(const char *name, QString *error)
{
    const passwd *pw = ::getpwnam(name);
    if (!pw) {
        *error = u"no user %1 (tools/devenv makes it)"_s.arg(QString::fromLatin1(name));
        return false;
    }
    gid_t groups[64];
    int count = 64;
    if (::getgrouplist(name, pw->pw_gid, groups, &count) < 0 || ::setgroups(size_t(count), groups) != 0 ||
        ::setgid(pw->pw_gid) != 0 || ::setuid(pw->pw_uid) != 0) {
        *error = u"cannot become %1"_s.arg(QString::fromLatin1(name));
        return false;
    }
    // Changing the user made the process undumpable, which LeakSanitizer (the asan preset)
    // needs it to be.
    ::prctl(PR_SET_DUMPABLE, 1);
    qputenv("HOME", pw->pw_dir);
    qputenv("USER", name);
    qunsetenv("XDG_RUNTIME_DIR");
    return true;
}

/// The privileged readers running now (any user's: /proc/PID/cmdline is readable by all), with
/// the process that started each.
QHash<qint64, qint64> runningReaders()
{
    QHash<qint64, qint64> readers;
    const QString readerName = QFileInfo(QStringLiteral(VCV_LOGREAD_PATH)).fileName();
    for (const QString &entry : QDir(u"/proc"_s).entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        bool isPid = false;
        const qint64 pid = entry.toLongLong(&isPid);
        if (!isPid)
            continue;
        QFile cmdline(u"/proc/%1/cmdline"_s.arg(pid));
        if (!cmdline.open(QIODevice::ReadOnly))
            continue;
        const QByteArray program = cmdline.readAll().split('\0').value(0);
        if (QFileInfo(QString::fromLocal8Bit(program)).fileName() != readerName)
            continue;
        QFile stat(u"/proc/%1/stat"_s.arg(pid));
        if (!stat.open(QIODevice::ReadOnly))
            continue;
        // "PID (comm) STATE PPID …", comm may hold spaces and parentheses: after the last ')'.
        const QByteArray line = stat.readAll();
        const QList<QByteArray> fields = line.mid(line.lastIndexOf(')') + 2).split(' ');
        if (fields.value(0) == "Z")
            continue; // ended, not yet reaped
        readers.insert(pid, fields.value(1).toLongLong());
    }
    return readers;
}

/// The guest's console in `window`, as a user opens it from the domain list.
vcv::ConsoleTab *openGuest(vcv::MainWindow &window, const QString &guest)
{
    window.show();
    window.addConnection(vcv::test::Sandbox::uri());
    window.openWhenAvailable(vcv::test::Sandbox::uri(), guest, {}, false, false);
    if (!QTest::qWaitFor([&] { return window.currentConsole() != nullptr; }, 30000))
        return nullptr;
    return window.currentConsole();
}

template<typename Widget>
Widget *childWithText(QWidget *parent, const QString &text)
{
    for (Widget *w : parent->findChildren<Widget *>())
        if (w->text() == text)
            return w;
    return nullptr;
}

} // namespace

/// As root: the sandbox with its polkit, the guest booted, its log's bytes read.
class PrivilegedFixture
{
public:
    bool prepare(const QString &guestName, QString *error)
    {
        if (!vcv::test::Sandbox::ensureUp(error))
            return false;
        QByteArray err;
        if (vcv::test::Sandbox::runTool(u"desktop"_s, {u"up"_s, QStringLiteral(VCV_LOGREAD_PATH)}, nullptr, &err) !=
            0) {
            *error = QString::fromUtf8(err);
            return false;
        }
        m_guest = std::make_unique<TestGuest>(guestName);
        if (!m_guest->boot(error))
            return false;
        m_chainFiles = m_guest->logChainFiles().size();
        m_chain = m_guest->readLogChain(); // the guest sits at its prompt: the log stays as it is
        QFile qemuLog(u"/var/log/libvirt/qemu/"_s + guestName + u".log"_s);
        if (!qemuLog.open(QIODevice::ReadOnly)) {
            *error = u"cannot read the guest's QEMU log as root: "_s + qemuLog.errorString();
            return false;
        }
        m_qemuLog = qemuLog.readAll();
        return true;
    }

protected:
    std::unique_ptr<TestGuest> m_guest;
    QByteArray m_chain;
    QByteArray m_qemuLog; // the domain's QEMU log as root reads it
    qsizetype m_chainFiles = 0;
};

class PrivilegedWindowTest
    : public QObject
    , public PrivilegedFixture
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(::getuid() != 0);
        QStandardPaths::setTestModeEnabled(true);
        // The wall this is about: vcv-admin may not read the log itself.
        QVERIFY(!QFileInfo(m_guest->logFile()).isReadable());
        QVERIFY(m_chainFiles >= 2); // the log is rotated: the chain is stitched
    }

    void init()
    {
        QSettings().clear(); // every test starts as a user who never agreed
    }

    void readsTheRotatedLogWhenAskedAndFollowsIt()
    {
        vcv::MainWindow window;
        vcv::ConsoleTab *tab = openGuest(window, m_guest->name());
        QVERIFY(tab);
        vcv::ConsoleSplitView *view = tab->view();

        // The pane explains and asks; it does not read on its own.
        QTRY_VERIFY_WITH_TIMEOUT(view->logUnavailableMessage().contains(u"readable by root only"_s), 30000);
        QPushButton *read = childWithText<QPushButton>(view, u"Read as Administrator…"_s);
        QVERIFY(read && read->isVisible());
        QVERIFY(tab->document()->byteSize() == 0);
        QTest::mouseClick(read, Qt::LeftButton);

        // All of it, rotations stitched, as root reads it.
        QTRY_VERIFY_WITH_TIMEOUT(view->logUnavailableMessage().isEmpty(), 30000);
        // (The guest may have printed more since: opening its console redraws its prompt.)
        QTRY_VERIFY_WITH_TIMEOUT(tab->document()->byteSize() >= m_chain.size(), 30000);
        QCOMPARE(tab->document()->chain()->read(vcv::ByteOffset(0), m_chain.size()), m_chain);

        // And it follows: what the guest prints now comes through the reader too.
        QWidget *keys = view->terminal()->terminal()->focusProxy();
        QTest::keyClicks(keys, u"echo vcv-admin-$((20 + 22))"_s);
        QTest::keyClick(keys, Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(documentHasLine(tab->document(), u"vcv-admin-42"_s), 30000);

        // Agreed once, for the rest of the run: the console opened again reads without asking,
        // and nothing was saved for the next run (the box was left unticked).
        auto *tabs = window.findChild<QTabWidget *>();
        QVERIFY(tabs);
        Q_EMIT tabs->tabCloseRequested(tabs->indexOf(view));
        QTRY_VERIFY_WITH_TIMEOUT(window.currentConsole() == nullptr, 30000);
        tab = openGuest(window, m_guest->name());
        QVERIFY(tab);
        QTRY_VERIFY_WITH_TIMEOUT(documentHasLine(tab->document(), u"vcv-admin-42"_s), 30000);
        QVERIFY(childWithText<QPushButton>(tab->view(), u"Read as Administrator…"_s) == nullptr ||
                !childWithText<QPushButton>(tab->view(), u"Read as Administrator…"_s)->isVisible());
        QVERIFY(!QSettings().value(u"view/readRootLogsAsAdministrator"_s).toBool());
    }

    void readsTheQemuLogToo()
    {
        // The QEMU log, root's only as well, through the same reader once the user agreed.
        QVERIFY(!m_qemuLog.isEmpty());
        vcv::MainWindow window;
        vcv::ConsoleTab *tab = openGuest(window, m_guest->name());
        QVERIFY(tab);
        QTRY_VERIFY_WITH_TIMEOUT(tab->view()->logUnavailableMessage().contains(u"readable by root only"_s), 30000);
        QPushButton *read = childWithText<QPushButton>(tab->view(), u"Read as Administrator…"_s);
        QVERIFY(read);
        QTest::mouseClick(read, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(tab->document()->byteSize() >= m_chain.size(), 30000);

        QAction *qemuLog = nullptr;
        for (QAction *action : window.findChildren<QAction *>())
            if (action->text() == u"Show the &QEMU Log Instead"_s)
                qemuLog = action;
        QVERIFY(qemuLog);
        qemuLog->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(tab->document()->byteSize() >= m_qemuLog.size() &&
                                     tab->document()->chain()->read(vcv::ByteOffset(0), m_qemuLog.size()) == m_qemuLog,
                                 30000);
        QVERIFY2(tab->view()->logUnavailableMessage().isEmpty(), qPrintable(tab->view()->logUnavailableMessage()));
    }

    void remembersTheChoiceForTheNextRun()
    {
        {
            vcv::MainWindow window;
            vcv::ConsoleTab *tab = openGuest(window, m_guest->name());
            QVERIFY(tab);
            QTRY_VERIFY_WITH_TIMEOUT(tab->view()->logUnavailableMessage().contains(u"readable by root only"_s), 30000);
            QCheckBox *remember = childWithText<QCheckBox>(tab->view(), u"Do not ask again"_s);
            QPushButton *read = childWithText<QPushButton>(tab->view(), u"Read as Administrator…"_s);
            QVERIFY(remember && remember->isVisible() && read);
            QTest::mouseClick(remember, Qt::LeftButton);
            QTest::mouseClick(read, Qt::LeftButton);
            QTRY_VERIFY_WITH_TIMEOUT(tab->document()->byteSize() >= m_chain.size(), 30000);
        }
        QVERIFY(QSettings().value(u"view/readRootLogsAsAdministrator"_s).toBool());

        // A new window, as the next run: it reads without asking.
        vcv::MainWindow window;
        vcv::ConsoleTab *tab = openGuest(window, m_guest->name());
        QVERIFY(tab);
        QTRY_VERIFY_WITH_TIMEOUT(tab->document()->byteSize() >= m_chain.size(), 30000);
        QCOMPARE(tab->document()->chain()->read(vcv::ByteOffset(0), m_chain.size()), m_chain);
        QVERIFY(tab->view()->logUnavailableMessage().isEmpty());
    }

    void theReaderEndsWithTheWindow()
    {
        QSettings().setValue(u"view/readRootLogsAsAdministrator"_s, true);
        QTRY_VERIFY_WITH_TIMEOUT(runningReaders().isEmpty(), 10000); // those of the tests before
        {
            vcv::MainWindow window;
            vcv::ConsoleTab *tab = openGuest(window, m_guest->name());
            QVERIFY(tab);
            QTRY_VERIFY_WITH_TIMEOUT(tab->document()->byteSize() >= m_chain.size(), 30000);
            // It follows the log: a reader runs while the tab is open (and, while the history
            // is copied, a second one may too), each started by this process.
            QTRY_VERIFY_WITH_TIMEOUT(!runningReaders().isEmpty(), 30000);
            const auto running = runningReaders();
            for (auto it = running.begin(); it != running.end(); ++it)
                QCOMPARE(it.value(), QCoreApplication::applicationPid());
        }
        QTRY_VERIFY_WITH_TIMEOUT(runningReaders().isEmpty(), 10000);
    }

    void theReaderEndsWhenTheViewerIsKilled()
    {
        // The viewer itself, as vcv-admin, with the choice remembered in its settings.
        QTemporaryDir config;
        QVERIFY(config.isValid());
        {
            QSettings settings(config.filePath(u"virt-console-viewer/virt-console-viewer.conf"_s),
                               QSettings::IniFormat);
            settings.setValue(u"view/readRootLogsAsAdministrator"_s, true);
        }
        QProcess viewer;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"XDG_CONFIG_HOME"_s, config.path());
        env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
        viewer.setProcessEnvironment(env);
        viewer.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        viewer.start(QStringLiteral(VCV_APP_PATH), {u"-c"_s, vcv::test::Sandbox::uri(), m_guest->name()});
        QVERIFY(viewer.waitForStarted());
        auto killViewer = qScopeGuard([&] {
            viewer.kill();
            viewer.waitForFinished();
        });
        qint64 reader = 0;
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                const auto readers = runningReaders();
                reader = readers.key(viewer.processId(), 0);
                return reader != 0;
            }(),
            60000);
        // No chance to clean up: the kernel tells the reader that its parent is gone.
        ::kill(pid_t(viewer.processId()), SIGKILL);
        QVERIFY(viewer.waitForFinished());
        QTRY_VERIFY_WITH_TIMEOUT(!runningReaders().contains(reader), 10000);
    }
};

/// The same window as vcv-outsider, who is not in group libvirt: the daemon refuses the
/// connection itself (its read-write socket is group libvirt's, as on a Debian host), so no
/// console opens, the connection says why and what to change, and no reader is started.
/// (The outsider's refusal by polkit, on a read-only connection, is tst_privileged_cli's.)
class OutsiderWindowTest
    : public QObject
    , public PrivilegedFixture
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(::getuid() != 0);
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        QVERIFY(!QFileInfo(m_guest->logFile()).isReadable());
    }

    void isRefusedWithTheRemedyAndNoLog()
    {
        vcv::MainWindow window;
        window.show();
        window.addConnection(vcv::test::Sandbox::uri());
        window.openWhenAvailable(vcv::test::Sandbox::uri(), m_guest->name(), {}, false, false);
        vcv::DomainListModel *model = window.model();
        const auto connectionError = [&] {
            for (int row = 0; row < model->rowCount(); ++row) {
                const QModelIndex index = model->index(row, 0);
                if (index.data(vcv::DomainListModel::UriRole).toString() == vcv::test::Sandbox::uri())
                    return index.data(vcv::DomainListModel::ErrorRole).toString();
            }
            return QString();
        };
        QTRY_VERIFY_WITH_TIMEOUT(!connectionError().isEmpty(), 30000);
        const QString error = connectionError();
        QVERIFY2(error.contains(u"Permission denied"_s) && error.contains(u"\"libvirt\" group"_s), qPrintable(error));
        QVERIFY(window.currentConsole() == nullptr);
        QVERIFY(runningReaders().isEmpty());
    }
};

int main(int argc, char **argv)
{
    // --as-outsider (first argument): the window as vcv-outsider; else as vcv-admin.
    const bool outsider = argc > 1 && qstrcmp(argv[1], "--as-outsider") == 0;
    if (outsider) {
        argv[1] = argv[0];
        ++argv;
        --argc;
    }
    QApplication app(argc, argv);
    std::unique_ptr<QObject> test;
    QString error;
    const QString guest = outsider ? u"vcv-e2e-outsider"_s : u"vcv-e2e-admin"_s;
    bool ready = false;
    if (outsider) {
        auto t = std::make_unique<OutsiderWindowTest>();
        ready = t->prepare(guest, &error);
        test = std::move(t);
    } else {
        auto t = std::make_unique<PrivilegedWindowTest>();
        ready = t->prepare(guest, &error);
        test = std::move(t);
    }
    if (!ready || !becomeUser(outsider ? "vcv-outsider" : "vcv-admin", &error)) {
        std::fprintf(stderr, "tst_privileged_window: %s\n", qPrintable(error));
        return 1;
    }
    return QTest::qExec(test.get(), argc, argv);
}

#include "tst_privileged_window.moc"
