// SPDX-FileCopyrightText: 2026 The virt-console-viewer developers
// SPDX-License-Identifier: GPL-2.0-or-later
// DomainTree, its filter model and the connection dialogs, offscreen, over libvirt's test driver.
#include "Translations.h"
#include "virt/DomainActions.h"
#include "virt/DomainListModel.h"
#include "virt/EventLoop.h"
#include "widgets/AddConnectionDialog.h"
#include "widgets/CredentialDialog.h"
#include "widgets/DomainTree.h"
#include "widgets/DomainTreeFilterModel.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QColor>
#include <QComboBox>
#include <QFile>
#include <QIcon>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>
#include <QTreeView>

using namespace Qt::StringLiterals;
using namespace vcv;

namespace {

QString writeNode(const QTemporaryDir &dir, int count)
{
    QByteArray xml = "<node>\n";
    for (int i = 0; i < count; ++i) {
        const QByteArray n = QByteArray::number(i).rightJustified(4, '0');
        xml += "<domain type='test' xmlns:test='http://libvirt.org/schemas/domain/test/1.0'><name>guest-" + n +
            "</name><uuid>7a0c5e00-0000-4000-8000-00000000" + n +
            "</uuid><memory>65536</memory>"
            "<os><type>hvm</type></os><devices><serial type='pty'><log file='/var/log/g" +
            n +
            ".log'/>"
            "<target port='0'/></serial><serial type='pty'><target port='1'/></serial>"
            "<console type='pty'><target type='serial' port='0'/></console></devices>";
        if (i % 2)
            xml += "<test:runstate>5</test:runstate>";
        xml += "</domain>\n";
    }
    xml += "</node>\n";
    const QString path = dir.filePath(u"node.xml"_s);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return {};
    f.write(xml);
    return path;
}

QAction *findAction(QMenu *menu, const QString &name)
{
    return menu->findChild<QAction *>(name);
}

} // namespace

class TestDomainTree : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString m_uri;

    QModelIndex viewIndexOf(DomainTree &tree, const QString &name)
    {
        QAbstractItemModel *m = tree.view()->model();
        for (int c = 0; c < m->rowCount(); ++c) {
            const QModelIndex parent = m->index(c, 0);
            for (int r = 0; r < m->rowCount(parent); ++r)
                if (m->index(r, 0, parent).data().toString() == name)
                    return m->index(r, 0, parent);
        }
        return {};
    }

private Q_SLOTS:
    void initTestCase()
    {
        // Plural forms ("3 problems") come from the English catalogue, as in the app.
        QVERIFY(
            vcv::installTranslations(QCoreApplication::instance(), QLocale(QLocale::English, QLocale::UnitedStates)));
        QVERIFY(EventLoop::ensureRegistered());
        m_uri = u"test://"_s + writeNode(m_dir, 20);
    }

    void filtersAsYouType()
    {
        DomainListModel model;
        QAbstractItemModelTester sourceTester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        DomainActions actions(&model);
        DomainTree tree(&model, &actions);
        QAbstractItemModelTester proxyTester(tree.filterModel(),
                                             QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.addConnection(m_uri);
        tree.show();
        QTRY_COMPARE(model.domainCount(m_uri), 20);
        QAbstractItemModel *proxy = tree.view()->model();
        QCOMPARE(proxy->rowCount(proxy->index(0, 0)), 20);
        QVERIFY(!proxy->index(0, 0, proxy->index(0, 0)).data(Qt::DecorationRole).value<QIcon>().isNull());

        QTest::keyClicks(tree.filterField(), u"GUEST-001"_s); // case-insensitive
        QCOMPARE(proxy->rowCount(), 1);
        QCOMPARE(proxy->rowCount(proxy->index(0, 0)), 10); // guest-0010 … guest-0019
        QTest::keyClicks(tree.filterField(), u"7"_s);
        QCOMPARE(proxy->rowCount(proxy->index(0, 0)), 1);
        QCOMPARE(proxy->index(0, 0, proxy->index(0, 0)).data().toString(), u"guest-0017"_s);
        QVERIFY(tree.view()->isExpanded(proxy->index(0, 0)));
        tree.filterField()->clear();
        QCOMPARE(proxy->rowCount(proxy->index(0, 0)), 20);
        QTest::keyClicks(tree.filterField(), u"no such guest"_s);
        QCOMPARE(proxy->rowCount(), 0);
    }

    void markupInNamesStaysText()
    {
        // A domain name is its owner's text: shown as rich text, "<b>…</b><br>" would change what a
        // tool tip (or a confirmation naming the domain) says.
        QTemporaryDir dir;
        // libvirt refuses only '/' in names.
        const QByteArray name = "&lt;b&gt;prod-db&lt;b&gt;&lt;br&gt;&lt;img src='x.png'&gt;";
        QFile f(dir.filePath(u"node.xml"_s));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("<node><domain type='test'><name>" + name +
                "</name><memory>65536</memory>"
                "<os><type>hvm</type></os></domain></node>\n");
        f.close();
        const QString uri = u"test://"_s + f.fileName();
        DomainListModel model;
        model.addConnection(uri);
        QTRY_COMPARE(model.domainCount(uri), 1);
        const QModelIndex domain = model.index(0, 0, model.index(0, 0));
        const QString literal = u"<b>prod-db<b><br><img src='x.png'>"_s;
        QCOMPARE(domain.data().toString(), literal);
        // What Qt's tool tip shows, rendered the way QToolTip renders rich text.
        QTextDocument shown;
        shown.setHtml(domain.data(Qt::ToolTipRole).toString());
        QVERIFY2(shown.toPlainText().startsWith(literal), qPrintable(shown.toPlainText()));
    }

    // What an open console's log pane found in the last boot shows in the State column and its
    // tooltip, per console, as text; an empty list takes it away.
    void showsTheProblemsOfOpenConsoles()
    {
        DomainListModel model;
        DomainActions actions(&model);
        DomainTree tree(&model, &actions);
        DomainTreeFilterModel *proxy = tree.filterModel();
        QAbstractItemModelTester proxyTester(proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.addConnection(m_uri);
        QTRY_COMPARE(model.domainCount(m_uri), 20);
        const QModelIndex guest = proxy->index(3, 0, proxy->index(0, 0));
        const QString uuid = guest.data(DomainListModel::UuidRole).toString();
        const QModelIndex state = guest.siblingAtColumn(DomainListModel::StateColumn);
        const QString plainState = state.data().toString();
        QCOMPARE(guest.data(DomainTreeFilterModel::ProblemCountRole).toInt(), 0);

        QSignalSpy changed(proxy, &QAbstractItemModel::dataChanged);
        proxy->setConsoleProblems(
            m_uri, uuid, u"serial0"_s,
            {vcv::BootProblemKind::FailedUnit, vcv::BootProblemKind::KernelPanic, vcv::BootProblemKind::FailedUnit});
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.first().first().toModelIndex().row(), guest.row());
        proxy->setConsoleProblems(m_uri, uuid, u"<b>serial1</b>"_s, {vcv::BootProblemKind::Oops});
        QCOMPARE(guest.data(DomainTreeFilterModel::ProblemCountRole).toInt(), 4);
        QCOMPARE(state.data().toString(), plainState + u" · 4 problems"_s);
        QVERIFY(state.data(Qt::ForegroundRole).value<QColor>().isValid());
        // Rendered as QToolTip renders it: the alias as the text it is.
        QTextDocument shown;
        shown.setHtml(state.data(Qt::ToolTipRole).toString());
        const QString tip = shown.toPlainText();
        QVERIFY2(tip.contains(u"Last boot on <b>serial1</b>: Kernel Oops"_s), qPrintable(tip));
        QVERIFY2(tip.contains(u"Last boot on serial0: Failed unit ×2, Kernel panic"_s), qPrintable(tip));
        // Other domains are untouched.
        QCOMPARE(proxy->index(4, 0, proxy->index(0, 0)).data(DomainTreeFilterModel::ProblemCountRole).toInt(), 0);

        proxy->setConsoleProblems(m_uri, uuid, u"<b>serial1</b>"_s, {});
        QCOMPARE(state.data().toString(), plainState + u" · 3 problems"_s);
        proxy->setConsoleProblems(m_uri, uuid, u"serial0"_s, {});
        QCOMPARE(guest.data(DomainTreeFilterModel::ProblemCountRole).toInt(), 0);
        QCOMPARE(state.data().toString(), plainState);
        QVERIFY(!state.data(Qt::ForegroundRole).isValid());
    }

    void contextMenuEmitsAndActs()
    {
        DomainListModel model;
        QAbstractItemModelTester sourceTester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        DomainActions actions(&model);
        DomainTree tree(&model, &actions);
        Connection *c = model.addConnection(m_uri);
        QSignalSpy consolesLoaded(c, &Connection::domainConsolesComplete);
        c->setPollInterval(3600 * 1000);
        QTRY_COMPARE(model.domainCount(m_uri), 20);
        QTRY_COMPARE(consolesLoaded.size(), 1); // the submenu needs the consoles, which follow the names
        QSignalSpy open(&tree, &DomainTree::openConsoleRequested);
        QSignalSpy attach(&tree, &DomainTree::startPausedAndAttachRequested);

        // A running guest with two serial ports: a submenu lists both.
        QModelIndex running = viewIndexOf(tree, u"guest-0002"_s);
        QVERIFY(running.isValid());
        std::unique_ptr<QMenu> menu(tree.createContextMenu(running));
        QMenu *sub = menu->findChild<QMenu *>(u"openConsoleMenu"_s);
        QVERIFY(sub);
        QCOMPARE(sub->actions().size(), 2);
        sub->actions().at(1)->trigger();
        QCOMPARE(open.size(), 1);
        QCOMPARE(open.first().at(0).toString(), m_uri);
        QCOMPARE(open.first().at(2).toString(), u"guest-0002"_s);
        QCOMPARE(open.first().at(3).toString(), u"serial1"_s);
        QVERIFY(!findAction(menu.get(), u"startPausedAttach"_s)->isEnabled());

        // A shut-off guest: start paused and attach is offered and emitted.
        QModelIndex off = viewIndexOf(tree, u"guest-0003"_s);
        menu.reset(tree.createContextMenu(off));
        QAction *startAttach = findAction(menu.get(), u"startPausedAttach"_s);
        QVERIFY(startAttach->isEnabled());
        QVERIFY(!findAction(menu.get(), u"forceOff"_s)->isEnabled());
        startAttach->trigger();
        QCOMPARE(attach.size(), 1);
        QCOMPARE(attach.first().at(2).toString(), u"guest-0003"_s);
        QCOMPARE(attach.first().at(3).toString(), u"serial0"_s);

        // Force off asks first; "no" leaves the guest running.
        QStringList asked;
        bool answer = false;
        tree.setConfirm([&](const QString &title, const QString &) {
            asked << title;
            return answer;
        });
        const QString uuid = viewIndexOf(tree, u"guest-0002"_s).data(DomainListModel::UuidRole).toString();
        QSignalSpy finished(c, &Connection::actionFinished);
        menu.reset(tree.createContextMenu(viewIndexOf(tree, u"guest-0002"_s)));
        findAction(menu.get(), u"forceOff"_s)->trigger();
        QCOMPARE(asked.size(), 1);
        // The connection runs its calls in order: once a read asked for after the answer has
        // come back, a force off sent before it would have finished too.
        QSignalSpy read(c, &Connection::definitionRead);
        c->readDefinition(uuid);
        QVERIFY(read.wait(10000));
        QCOMPARE(finished.size(), 0);
        QCOMPARE(model.indexOfDomain(m_uri, uuid).data(DomainListModel::StateRole).toInt(),
                 int(DomainInfo::State::Running));
        answer = true;
        menu.reset(tree.createContextMenu(viewIndexOf(tree, u"guest-0002"_s)));
        findAction(menu.get(), u"forceOff"_s)->trigger();
        QTRY_COMPARE(model.indexOfDomain(m_uri, uuid).data(DomainListModel::StateRole).toInt(),
                     int(DomainInfo::State::ShutOff));
        // Start needs no confirmation.
        menu.reset(tree.createContextMenu(viewIndexOf(tree, u"guest-0002"_s)));
        findAction(menu.get(), u"start"_s)->trigger();
        QTRY_COMPARE(model.indexOfDomain(m_uri, uuid).data(DomainListModel::StateRole).toInt(),
                     int(DomainInfo::State::Running));
        QCOMPARE(asked.size(), 2);

        // A failing action is reported inline: shutting down a guest that is off.
        QSignalSpy failed(&actions, &DomainActions::actionFailed);
        menu.reset(tree.createContextMenu(viewIndexOf(tree, u"guest-0005"_s)));
        QAction *shutdown = findAction(menu.get(), u"shutdown"_s);
        QVERIFY(!shutdown->isEnabled());
        shutdown->setEnabled(true); // as if the state changed while the menu was open
        shutdown->trigger();
        QTRY_COMPARE(failed.size(), 1);
        QVERIFY(tree.statusText().contains(u"guest-0005"_s));
    }

    void connectionMenuRemovesAndReportsTheList()
    {
        DomainListModel model;
        QAbstractItemModelTester sourceTester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setConnectionUris({u"test:///default"_s, m_uri});
        DomainActions actions(&model);
        DomainTree tree(&model, &actions);
        tree.setConfirm([](const QString &, const QString &) { return true; });
        QSignalSpy changed(&tree, &DomainTree::connectionsChanged);
        std::unique_ptr<QMenu> menu(tree.createContextMenu(tree.view()->model()->index(0, 0)));
        QVERIFY(findAction(menu.get(), u"addConnection"_s));
        findAction(menu.get(), u"removeConnection"_s)->trigger();
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.first().first().toStringList(), QStringList{m_uri});
    }

    void buildsUrisLikeVirtManager_data()
    {
        using H = AddConnectionDialog::Hypervisor;
        using T = AddConnectionDialog::Transport;
        QTest::addColumn<int>("hypervisor");
        QTest::addColumn<int>("transport");
        QTest::addColumn<QString>("user");
        QTest::addColumn<QString>("host");
        QTest::addColumn<int>("port");
        QTest::addColumn<QString>("keyFile");
        QTest::addColumn<QString>("uri");
        QTest::newRow("local system") << int(H::QemuSystem) << int(T::Local) << u"u"_s << u"h"_s << 22 << QString()
                                      << u"qemu:///system"_s;
        QTest::newRow("local session") << int(H::QemuSession) << int(T::Local) << QString() << QString() << 0
                                       << QString() << u"qemu:///session"_s;
        QTest::newRow("ssh") << int(H::QemuSystem) << int(T::Ssh) << u"root"_s << u"host.example"_s << 0 << QString()
                             << u"qemu+ssh://root@host.example/system"_s;
        QTest::newRow("ssh port key") << int(H::QemuSystem) << int(T::Ssh) << u"root"_s << u"127.0.0.1"_s << 2222
                                      << u"/home/me/.ssh/id_ed25519"_s
                                      << u"qemu+ssh://root@127.0.0.1:2222/system?keyfile=/home/me/.ssh/id_ed25519"_s;
        QTest::newRow("tls no user") << int(H::QemuSystem) << int(T::Tls) << QString() << u"h"_s << 0 << u"/k"_s
                                     << u"qemu+tls://h/system"_s;
        QTest::newRow("tcp ipv6") << int(H::QemuSystem) << int(T::Tcp) << QString() << u"fe80::1"_s << 16509
                                  << QString() << u"qemu+tcp://[fe80::1]:16509/system"_s;
        QTest::newRow("lxc ssh") << int(H::Lxc) << int(T::Ssh) << u"me"_s << u"box"_s << 0 << QString()
                                 << u"lxc+ssh://me@box/"_s;
        QTest::newRow("xen local") << int(H::Xen) << int(T::Local) << QString() << QString() << 0 << QString()
                                   << u"xen:///"_s;
        QTest::newRow("test") << int(H::Test) << int(T::Ssh) << u"x"_s << u"y"_s << 1 << QString()
                              << u"test:///default"_s;
    }

    void buildsUrisLikeVirtManager()
    {
        QFETCH(int, hypervisor);
        QFETCH(int, transport);
        QFETCH(QString, user);
        QFETCH(QString, host);
        QFETCH(int, port);
        QFETCH(QString, keyFile);
        QFETCH(QString, uri);
        AddConnectionDialog::Parameters p;
        p.hypervisor = AddConnectionDialog::Hypervisor(hypervisor);
        p.transport = AddConnectionDialog::Transport(transport);
        p.user = user;
        p.host = host;
        p.port = port;
        p.keyFile = keyFile;
        QCOMPARE(AddConnectionDialog::buildUri(p), uri);
        AddConnectionDialog dialog;
        dialog.setParameters(p);
        QCOMPARE(dialog.uri(), uri);
    }

    void addConnectionDialogFieldsAndRawUri()
    {
        AddConnectionDialog dialog;
        QCOMPARE(dialog.uri(), u"qemu:///system"_s);
        auto *transport = dialog.findChildren<QComboBox *>().at(1);
        transport->setCurrentIndex(transport->findData(int(AddConnectionDialog::Transport::Ssh)));
        auto edits = dialog.findChildren<QLineEdit *>();
        QLineEdit *uriField = dialog.findChild<QLineEdit *>(u"uri"_s);
        QLineEdit *host = edits.at(1);
        QVERIFY(host->isEnabled());
        QTest::keyClicks(host, u"server"_s);
        QCOMPARE(dialog.uri(), u"qemu+ssh://server/system"_s);
        // The raw URI is editable and wins.
        uriField->setText(u"qemu+ssh://admin@server:2200/system?no_tty=1"_s);
        QCOMPARE(dialog.uri(), u"qemu+ssh://admin@server:2200/system?no_tty=1"_s);
        // An unusable URI disables OK.
        uriField->setText(u"nonsense"_s);
        QList<QPushButton *> buttons = dialog.findChildren<QPushButton *>();
        bool okDisabled = false;
        for (QPushButton *b : buttons)
            okDisabled = okDisabled || (b->text().contains(u"OK"_s) && !b->isEnabled());
        QVERIFY(okDisabled);
    }

    void credentialDialogHidesSecrets()
    {
        CredentialRequestList requests(3);
        requests[0].type = CredentialRequest::Type::Username;
        requests[0].prompt = u"Username"_s;
        requests[0].defaultAnswer = u"alice"_s;
        requests[1].type = CredentialRequest::Type::Password;
        requests[1].prompt = u"Password"_s;
        requests[2].type = CredentialRequest::Type::NoEchoPrompt;
        requests[2].prompt = u"Enter passphrase for key"_s;
        CredentialDialog dialog(u"qemu+ssh://alice@h/system"_s, requests);
        QCOMPARE(dialog.field(0)->echoMode(), QLineEdit::Normal);
        QCOMPARE(dialog.field(0)->text(), u"alice"_s);
        QCOMPARE(dialog.field(1)->echoMode(), QLineEdit::Password);
        QCOMPARE(dialog.field(2)->echoMode(), QLineEdit::Password);
        QTest::keyClicks(dialog.field(1), u"pw"_s);
        QTest::keyClicks(dialog.field(2), u"phrase"_s);
        const auto answers = dialog.answers();
        QCOMPARE(answers.at(0).answer, u"alice"_s);
        QCOMPARE(answers.at(1).answer, u"pw"_s);
        QCOMPARE(answers.at(2).answer, u"phrase"_s);
    }

    void credentialPromptFromTheTreeOpensTheConnection()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"auth.xml"_s);
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("<node><auth><user password='pw'>bob</user></auth></node>");
        f.close();
        DomainListModel model;
        DomainActions actions(&model);
        DomainTree tree(&model, &actions);
        tree.show();
        Connection *c = model.addConnection(u"test://"_s + path);
        // Answer each dialog the tree opens.
        QTRY_VERIFY(c->state() == Connection::State::Connected || [&] {
            const auto dialogs = tree.findChildren<CredentialDialog *>();
            for (CredentialDialog *d : dialogs) {
                if (!d->isVisible())
                    continue;
                for (int i = 0; d->field(i); ++i)
                    d->field(i)->setText(d->field(i)->echoMode() == QLineEdit::Normal ? u"bob"_s : u"pw"_s);
                d->accept();
            }
            return false;
        }());
        QVERIFY(!c->lastError().isError());
    }
};

QTEST_MAIN(TestDomainTree)
#include "tst_domaintree.moc"
