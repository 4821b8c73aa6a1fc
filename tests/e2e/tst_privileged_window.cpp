// SPDX-FileCopyrightText: 2026 The virt-console-viewer developers
// SPDX-License-Identifier: GPL-2.0-or-later
// The window as an ordinary desktop admin sees it: the user vcv-admin, a member of group libvirt
// but not root, opens a guest of qemu:///system whose console log virtlogd keeps readable by
// root only. The log pane explains and offers to read it with administrator rights; once
// asked, pkexec runs the privileged reader (the sandbox's polkitd grants it to group libvirt
// without a password) and the pane shows the whole rotated log and follows it. Asked with
// "Do not ask again", the next tab reads it without asking.
//
// The process starts as root (the sandbox, polkit, the guest, and the oracle: the log's bytes
// as root reads them), then becomes vcv-admin for the tests themselves. It is built beside the
// viewer, where the viewer finds its helpers.
#include "MainWindow.h"
#include "OpenDocument.h"
#include "Sandbox.h"
#include "TestGuest.h"

#include "ConsoleTab.h"
#include "bootlog/LogDocument.h"
#include "bootlog/RotationChain.h"
#include "widgets/ConsoleSplitView.h"
#include "widgets/TerminalView.h"

#include <QApplication>
#include <QCheckBox>
#include <QFileInfo>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTest>

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

} // namespace

class PrivilegedWindowTest : public QObject
{
    Q_OBJECT
public:
    /// As root: the sandbox with its polkit, the guest booted, its log's bytes read.
    bool prepare(QString *error)
    {
        if (!vcv::test::Sandbox::ensureUp(error))
            return false;
        QByteArray err;
        if (vcv::test::Sandbox::runTool(u"desktop"_s, {u"up"_s, QStringLiteral(VCV_LOGREAD_PATH)}, nullptr, &err) !=
            0) {
            *error = QString::fromUtf8(err);
            return false;
        }
        m_guest = std::make_unique<TestGuest>(u"vcv-e2e-admin"_s);
        if (!m_guest->boot(error))
            return false;
        m_chainFiles = m_guest->logChainFiles().size();
        m_chain = m_guest->readLogChain(); // the guest sits at its prompt: the log stays as it is
        return true;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(::getuid() != 0);
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        // The wall this is about: vcv-admin may not read the log itself.
        QVERIFY(!QFileInfo(m_guest->logFile()).isReadable());
        QVERIFY(m_chainFiles >= 2); // the log is rotated: the chain is stitched
    }

    void readsTheRotatedLogWhenAskedAndFollowsIt()
    {
        vcv::MainWindow window;
        vcv::ConsoleTab *tab = openGuest(window);
        QVERIFY(tab);
        vcv::ConsoleSplitView *view = tab->view();

        // The pane explains and asks; it does not read on its own.
        QTRY_VERIFY_WITH_TIMEOUT(view->logUnavailableMessage().contains(u"readable by root only"_s), 30000);
        QPushButton *read = nullptr;
        for (QPushButton *b : view->findChildren<QPushButton *>())
            if (b->text() == u"Read as Administrator…"_s)
                read = b;
        QVERIFY(read && read->isVisible());
        QCheckBox *remember = nullptr;
        for (QCheckBox *c : view->findChildren<QCheckBox *>())
            if (c->text() == u"Do not ask again"_s)
                remember = c;
        QVERIFY(remember && remember->isVisible());
        QTest::mouseClick(remember, Qt::LeftButton);
        QTest::mouseClick(read, Qt::LeftButton);

        // All of it, rotations stitched, as root reads it.
        QTRY_VERIFY_WITH_TIMEOUT(view->logUnavailableMessage().isEmpty(), 30000);
        // (The guest may have printed more since: opening its console redraws its prompt.)
        QTRY_VERIFY_WITH_TIMEOUT(tab->document()->byteSize() >= m_chain.size(), 30000);
        QCOMPARE(tab->document()->chain()->read(vcv::ByteOffset(0), m_chain.size()), m_chain);
        QVERIFY(QSettings().value(u"view/readRootLogsAsAdministrator"_s).toBool());

        // And it follows: what the guest prints now comes through the reader too.
        QWidget *keys = view->terminal()->terminal()->focusProxy();
        QTest::keyClicks(keys, u"echo vcv-admin-$((20 + 22))"_s);
        QTest::keyClick(keys, Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(documentHasLine(tab->document(), u"vcv-admin-42"_s), 30000);
    }

    void remembersTheChoice()
    {
        // The setting saved by "Do not ask again": a new window reads without asking.
        vcv::MainWindow window;
        vcv::ConsoleTab *tab = openGuest(window);
        QVERIFY(tab);
        QTRY_VERIFY_WITH_TIMEOUT(documentHasLine(tab->document(), u"vcv-admin-42"_s), 30000);
        QVERIFY(tab->view()->logUnavailableMessage().isEmpty());
    }

private:
    /// The guest's console in `window`, as a user opens it from the domain list.
    vcv::ConsoleTab *openGuest(vcv::MainWindow &window)
    {
        window.show();
        window.addConnection(vcv::test::Sandbox::uri());
        window.openWhenAvailable(vcv::test::Sandbox::uri(), m_guest->name(), {}, false, false);
        if (!QTest::qWaitFor([&] { return window.currentConsole() != nullptr; }, 30000))
            return nullptr;
        return window.currentConsole();
    }

    std::unique_ptr<TestGuest> m_guest;
    QByteArray m_chain;
    qsizetype m_chainFiles = 0;
};

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    PrivilegedWindowTest test;
    QString error;
    if (!test.prepare(&error) || !becomeUser("vcv-admin", &error)) {
        std::fprintf(stderr, "tst_privileged_window: %s\n", qPrintable(error));
        return 1;
    }
    return QTest::qExec(&test, argc, argv);
}

#include "tst_privileged_window.moc"
