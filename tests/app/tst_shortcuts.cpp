// SPDX-FileCopyrightText: 2026 The virt-console-viewer developers
// SPDX-License-Identifier: GPL-2.0-or-later
// Shortcuts defined once (ActionRegistry) and rebound in Settings: the defaults never clash;
// a key changed on the Settings page's Shortcuts tab is what the real key press then does in a
// real MainWindow, LogView and TerminalView (and the old key no longer does it); a clashing
// key is refused, naming the action that has it; the change survives a new MainWindow; reset
// brings the defaults back.
#include "LineLists.h"
#include "MainWindow.h"
#include "SettingsStore.h"

#include "OpenDocument.h"
#include "bootlog/LogDocument.h"
#include "widgets/ActionRegistry.h"
#include "widgets/DomainTree.h"
#include "widgets/LogPane.h"
#include "widgets/LogSearchBar.h"
#include "widgets/LogView.h"
#include "widgets/SettingsDialog.h"
#include "widgets/ShortcutsPage.h"
#include "widgets/TerminalView.h"

#include <QAction>
#include <QApplication>
#include <QFile>
#include <QKeySequenceEdit>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

#include "widgets/QTermWidgetHeaders.h"

using namespace Qt::StringLiterals;
using vcv::ActionRegistry;

namespace {

/// The Settings dialog the user opens, on its Shortcuts tab.
struct ShortcutsDialog
{
    explicit ShortcutsDialog(const vcv::ViewSettings &settings)
        : dialog(settings)
        , page(dialog.findChild<vcv::ShortcutsPage *>())
    {
        dialog.findChild<QTabWidget *>(u"pages"_s)->setCurrentWidget(page);
    }
    /// Selects @p id and presses @p key in the key editor, as the user does.
    void press(const QString &id, Qt::Key key, Qt::KeyboardModifiers modifiers)
    {
        QVERIFY(page->select(id));
        QCOMPARE(page->selectedId(), id);
        QTest::keyClick(page->editor(), key, modifiers);
    }
    void click(const QString &button) { page->findChild<QPushButton *>(button)->click(); }

    vcv::SettingsDialog dialog;
    vcv::ShortcutsPage *page;
};

} // namespace

class ShortcutsTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(u"virt-console-viewer-tests"_s);
        QCoreApplication::setApplicationName(u"tst_shortcuts"_s);
        QSettings().clear();
    }
    void init()
    {
        QSettings().clear();
        ActionRegistry::instance()->setOverrides({});
    }
    void defaultsAreUniquePerContext();
    void conflictsAreRefusedAndNamed();
    void aNewKeyReplacesTheFirstAndKeepsTheAlternates();
    void rebindingChangesTheLogViewKeys();
    void rebindingChangesTheTerminalKeys();
    void rebindingChangesTheSearchFieldKeys();
    void rebindingSurvivesANewMainWindowAndResets();
    void pageShowsChangedAndRefusedKeys();
};

void ShortcutsTest::defaultsAreUniquePerContext()
{
    const QList<ActionRegistry::Entry> &entries = ActionRegistry::entries();
    QVERIFY(entries.size() >= 25);
    QSet<QString> ids;
    int withKeys = 0;
    for (const ActionRegistry::Entry &a : entries) {
        QVERIFY2(!ids.contains(a.id), qPrintable(a.id));
        ids.insert(a.id);
        QVERIFY(!ActionRegistry::label(a.id, false).isEmpty());
        QVERIFY(!ActionRegistry::label(a.id, false).contains(u'&'));
        withKeys += a.defaults.isEmpty() ? 0 : 1;
        for (const ActionRegistry::Entry &b : entries) {
            if (a.id == b.id || !ActionRegistry::overlaps(a.context, b.context))
                continue;
            for (const QKeySequence &key : a.defaults)
                QVERIFY2(!b.defaults.contains(key),
                         qPrintable(u"%1 and %2 share %3"_s.arg(a.id, b.id, key.toString())));
        }
    }
    QCOMPARE(withKeys, entries.size()); // every action has a key (Quit and Preferences: a fallback)
    // The rule itself: Window clashes with all, Terminal and Log never meet.
    QVERIFY(ActionRegistry::overlaps(ActionRegistry::Context::Window, ActionRegistry::Context::Log));
    QVERIFY(ActionRegistry::overlaps(ActionRegistry::Context::Terminal, ActionRegistry::Context::Window));
    QVERIFY(!ActionRegistry::overlaps(ActionRegistry::Context::Terminal, ActionRegistry::Context::Log));
    // Ctrl+0 is both the terminal's and the log's Reset Zoom: allowed, they never have the focus together.
    QCOMPARE(ActionRegistry::conflict(u"terminal.zoom-reset"_s, QKeySequence(Qt::CTRL | Qt::Key_0), {}), QString());
}

void ShortcutsTest::conflictsAreRefusedAndNamed()
{
    ShortcutsDialog settings(vcv::SettingsStore::load());
    // F2 is Next Bookmark's: refused for Toggle Bookmark, and the page says who has it.
    settings.press(u"log.toggle-bookmark"_s, Qt::Key_F2, Qt::NoModifier);
    QVERIFY(settings.page->overrides().isEmpty());
    QVERIFY2(settings.page->message().contains(u"Next Bookmark"_s), qPrintable(settings.page->message()));
    QCOMPARE(settings.page->editor()->keySequence(), QKeySequence(Qt::CTRL | Qt::Key_B)); // the old key shows again
    // A window key clashes with a log key.
    settings.press(u"log.toggle-bookmark"_s, Qt::Key_N, Qt::ControlModifier | Qt::ShiftModifier);
    QVERIFY(settings.page->overrides().isEmpty());
    QVERIFY2(settings.page->message().contains(u"Add Connection"_s), qPrintable(settings.page->message()));
    // A terminal key does not: the terminal and the log never have the focus together.
    settings.press(u"log.toggle-bookmark"_s, Qt::Key_C, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(settings.page->overrides().value(u"log.toggle-bookmark"_s),
             QList<QKeySequence>{QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C)});
    QVERIFY(settings.page->message().isEmpty());
    // Once moved away, its old key is free for another action.
    settings.press(u"log.next-bookmark"_s, Qt::Key_B, Qt::ControlModifier);
    QCOMPARE(settings.page->overrides().value(u"log.next-bookmark"_s),
             QList<QKeySequence>{QKeySequence(Qt::CTRL | Qt::Key_B)});
    // Reset of Toggle Bookmark now clashes (Next Bookmark has Ctrl+B): refused too.
    QVERIFY(settings.page->select(u"log.toggle-bookmark"_s));
    settings.click(u"resetShortcut"_s);
    QVERIFY(settings.page->overrides().contains(u"log.toggle-bookmark"_s));
    QVERIFY(settings.page->message().contains(u"Next Bookmark"_s));
    // No Key leaves an action without one.
    QVERIFY(settings.page->select(u"log.wrap"_s));
    settings.click(u"clearShortcut"_s);
    QCOMPARE(settings.page->overrides().value(u"log.wrap"_s, {QKeySequence(Qt::Key_F10)}), QList<QKeySequence>());
    QVERIFY(settings.page->editor()->keySequence().isEmpty());
    // Reset All gives every default back.
    settings.click(u"resetAllShortcuts"_s);
    QVERIFY(settings.page->overrides().isEmpty());
    QVERIFY(settings.dialog.settings().shortcuts.isEmpty());
}

void ShortcutsTest::aNewKeyReplacesTheFirstAndKeepsTheAlternates()
{
    ShortcutsDialog settings(vcv::SettingsStore::load());
    const QKeySequence ctrlEqual(Qt::CTRL | Qt::Key_Equal);
    const QKeySequence ctrlAltI(Qt::CTRL | Qt::ALT | Qt::Key_I);
    // Zoom In has the desktop's key first and Ctrl+= after it (no Shift needed on most layouts).
    const QList<QKeySequence> defaults = ActionRegistry::entry(u"log.zoom-in"_s)->defaults;
    QVERIFY(defaults.size() >= 2);
    QCOMPARE(defaults.last(), ctrlEqual);
    const QKeySequence &first = defaults.first();

    settings.press(u"log.zoom-in"_s, Qt::Key_I, Qt::ControlModifier | Qt::AltModifier);
    QVERIFY2(settings.page->message().isEmpty(), qPrintable(settings.page->message()));
    const QList<QKeySequence> edited = settings.page->overrides().value(u"log.zoom-in"_s);
    QCOMPARE(edited.first(), ctrlAltI);
    QVERIFY(!edited.contains(first));
    QCOMPARE(edited.last(), ctrlEqual);
    QCOMPARE(edited.size(), defaults.size());
    // Pressing an alternate makes it the only key: it replaces the first and is not kept twice.
    settings.press(u"log.zoom-in"_s, Qt::Key_Equal, Qt::ControlModifier);
    QCOMPARE(settings.page->overrides().value(u"log.zoom-in"_s).count(ctrlEqual), 1);
    QVERIFY(!settings.page->overrides().value(u"log.zoom-in"_s).contains(ctrlAltI));
    // No Key removes them all.
    settings.click(u"clearShortcut"_s);
    QCOMPARE(settings.page->overrides().value(u"log.zoom-in"_s, {ctrlEqual}), QList<QKeySequence>());
}

void ShortcutsTest::rebindingChangesTheLogViewKeys()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"boot.log"_s);
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        for (int i = 0; i < 50; ++i)
            file.write("line " + QByteArray::number(i) + '\n');
    }
    vcv::LogDocument doc;
    QVERIFY(vcv::test::openDocumentFiles(doc, {path}));
    // A view made before the change: its actions take the new key at once.
    vcv::LogView view;
    view.resize(600, 300);
    view.setDocument(&doc);
    view.show();
    view.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&view));
    view.setFocus();
    view.goToLine(10);
    QTest::keyClick(&view, Qt::Key_B, Qt::ControlModifier);
    QCOMPARE(vcv::test::plainLines(view.bookmarks()), QList<qint64>{9});

    vcv::MainWindow window; // applies the Settings as the app does
    ShortcutsDialog settings(window.viewSettings());
    settings.press(u"log.toggle-bookmark"_s, Qt::Key_K, Qt::ControlModifier);
    settings.press(u"log.wrap"_s, Qt::Key_W, Qt::AltModifier);
    window.setViewSettings(settings.dialog.settings());
    QCOMPARE(view.action(u"log.toggle-bookmark"_s)->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_K));

    view.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&view));
    view.setFocus();
    view.goToLine(20);
    QTest::keyClick(&view, Qt::Key_B, Qt::ControlModifier); // the old key: nothing
    QCOMPARE(vcv::test::plainLines(view.bookmarks()), QList<qint64>{9});
    QTest::keyClick(&view, Qt::Key_K, Qt::ControlModifier);
    QCOMPARE(vcv::test::plainLines(view.bookmarks()), (QList<qint64>{9, 19}));
    QVERIFY(!view.wordWrap());
    QTest::keyClick(&view, Qt::Key_F10);
    QVERIFY(!view.wordWrap());
    QTest::keyClick(&view, Qt::Key_W, Qt::AltModifier);
    QVERIFY(view.wordWrap());
    // Untouched commands keep their keys.
    QTest::keyClick(&view, Qt::Key_F2);
    QCOMPARE(view.currentLine().get(), 9);

    // A view made after the change has the new keys too.
    vcv::LogView later;
    QCOMPARE(later.action(u"log.toggle-bookmark"_s)->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_K));
    QCOMPARE(later.action(u"log.next-bookmark"_s)->shortcut(), QKeySequence(Qt::Key_F2));
}

void ShortcutsTest::rebindingChangesTheTerminalKeys()
{
    vcv::TerminalView view;
    view.resize(800, 400);
    view.show();
    view.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&view));
    view.setFocus();
    QWidget *keys = view.terminal()->focusProxy();
    QVERIFY(keys);
    const auto size = [&view] { return view.terminal()->getTerminalFont().pointSizeF(); };
    const qreal before = size();

    vcv::MainWindow window;
    ShortcutsDialog settings(window.viewSettings());
    settings.press(u"terminal.zoom-in"_s, Qt::Key_Up, Qt::ControlModifier | Qt::AltModifier);
    window.setViewSettings(settings.dialog.settings());

    view.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&view));
    view.setFocus();
    QTest::keyClick(keys, Qt::Key_Plus, Qt::ControlModifier); // the old key: no zoom
    QCOMPARE(size(), before);
    QTest::keyClick(keys, Qt::Key_Up, Qt::ControlModifier | Qt::AltModifier);
    QTRY_VERIFY(size() > before);
}

// Keys typed in the search field never reach the view's actions: the field itself must follow
// Find Next and Find Previous to their new keys, and let go of the old ones.
void ShortcutsTest::rebindingChangesTheSearchFieldKeys()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"boot.log"_s);
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        for (int i = 0; i < 60; ++i)
            file.write(QByteArray(i % 20 == 5 ? "needle " : "hay ") + QByteArray::number(i) + '\n');
    }
    vcv::LogDocument doc;
    QVERIFY(vcv::test::openDocumentFiles(doc, {path}));
    ActionRegistry::instance()->setOverrides({{u"log.find-next"_s, {QKeySequence(Qt::Key_F4)}},
                                              {u"log.find-previous"_s, {QKeySequence(Qt::SHIFT | Qt::Key_F4)}}});
    vcv::LogPane pane;
    pane.resize(700, 300);
    pane.setDocument(&doc);
    pane.show();
    pane.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&pane));
    vcv::LogView *view = pane.view();
    view->setFocus();
    QTest::keyClick(view, Qt::Key_Home);
    QTest::keyClick(view, Qt::Key_F, Qt::ControlModifier);
    QLineEdit *field = pane.searchBar()->lineEdit();
    QTRY_VERIFY(field->hasFocus());
    QTest::keyClicks(field, u"needle"_s);
    QTRY_COMPARE(pane.searchBar()->statusText(), u"1 of 3"_s);
    QCOMPARE(view->currentLine().get(), 5);

    QTest::keyClick(field, Qt::Key_F3); // the old key: nothing
    QCOMPARE(view->currentLine().get(), 5);
    QTest::keyClick(field, Qt::Key_F4);
    QCOMPARE(view->currentLine().get(), 25);
    QTest::keyClick(field, Qt::Key_F4);
    QCOMPARE(view->currentLine().get(), 45);
    QTest::keyClick(field, Qt::Key_F3, Qt::ShiftModifier); // the old key: nothing
    QCOMPARE(view->currentLine().get(), 45);
    QTest::keyClick(field, Qt::Key_F4, Qt::ShiftModifier);
    QCOMPARE(view->currentLine().get(), 25);
    // Enter and Shift+Enter are the field's own and stay.
    QTest::keyClick(field, Qt::Key_Return);
    QCOMPARE(view->currentLine().get(), 45);
    QTest::keyClick(field, Qt::Key_Return, Qt::ShiftModifier);
    QCOMPARE(view->currentLine().get(), 25);
    QCOMPARE(pane.searchBar()->statusText(), u"2 of 3"_s);
}

void ShortcutsTest::rebindingSurvivesANewMainWindowAndResets()
{
    const auto domainList = [](vcv::MainWindow &window) { return window.findChild<vcv::DomainTree *>(); };
    const auto showActive = [](vcv::MainWindow &window) {
        window.resize(800, 500);
        window.show();
        window.activateWindow();
        return QTest::qWaitForWindowActive(&window);
    };
    {
        vcv::MainWindow window;
        QVERIFY(showActive(window));
        QVERIFY(domainList(window)->isVisible());
        ShortcutsDialog settings(window.viewSettings());
        settings.press(u"window.domain-list"_s, Qt::Key_D, Qt::ControlModifier | Qt::ShiftModifier);
        window.setViewSettings(settings.dialog.settings());
        QTest::keyClick(&window, Qt::Key_L, Qt::ControlModifier | Qt::ShiftModifier); // the old key
        QVERIFY(domainList(window)->isVisible());
        QTest::keyClick(&window, Qt::Key_D, Qt::ControlModifier | Qt::ShiftModifier);
        QVERIFY(!domainList(window)->isVisible());
    }
    // As in a new run: the registry forgets, the window reads the stored settings.
    ActionRegistry::instance()->setOverrides({});
    QCOMPARE(vcv::SettingsStore::load().shortcuts.value(u"window.domain-list"_s),
             QList<QKeySequence>{QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D)});
    {
        vcv::MainWindow window;
        QVERIFY(showActive(window));
        QTest::keyClick(&window, Qt::Key_D, Qt::ControlModifier | Qt::ShiftModifier);
        QVERIFY(!domainList(window)->isVisible());
        QTest::keyClick(&window, Qt::Key_D, Qt::ControlModifier | Qt::ShiftModifier);
        QVERIFY(domainList(window)->isVisible());

        // Reset to default: Ctrl+Shift+L again, Ctrl+Shift+D does nothing, nothing stored.
        ShortcutsDialog settings(window.viewSettings());
        QVERIFY(settings.page->select(u"window.domain-list"_s));
        settings.click(u"resetShortcut"_s);
        window.setViewSettings(settings.dialog.settings());
        QTest::keyClick(&window, Qt::Key_D, Qt::ControlModifier | Qt::ShiftModifier);
        QVERIFY(domainList(window)->isVisible());
        QTest::keyClick(&window, Qt::Key_L, Qt::ControlModifier | Qt::ShiftModifier);
        QVERIFY(!domainList(window)->isVisible());
        QVERIFY(vcv::SettingsStore::load().shortcuts.isEmpty());
    }
}

void ShortcutsTest::pageShowsChangedAndRefusedKeys()
{
    // The Shortcuts tab as the user sees it after a changed key and a refused one: each action's
    // row with its key, the changed one in bold, the refused one with its old key, and the
    // message that says why, all on screen.
    ShortcutsDialog settings(vcv::SettingsStore::load());
    settings.press(u"log.wrap"_s, Qt::Key_W, Qt::AltModifier);
    settings.press(u"log.toggle-bookmark"_s, Qt::Key_F2, Qt::NoModifier);
    settings.dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&settings.dialog));
    auto *tree = settings.page->findChild<QTreeWidget *>(u"shortcuts"_s);
    QVERIFY(tree);
    const auto rowOnScreen = [tree](const QString &action) -> QTreeWidgetItem * {
        const QList<QTreeWidgetItem *> rows = tree->findItems(action, Qt::MatchExactly | Qt::MatchRecursive, 0);
        if (rows.size() != 1)
            return nullptr;
        tree->scrollToItem(rows.first());
        const QRect shown = tree->visualItemRect(rows.first());
        return !shown.isEmpty() && tree->viewport()->rect().contains(shown) ? rows.first() : nullptr;
    };

    const QTreeWidgetItem *wrap = rowOnScreen(u"Wrap Long Lines"_s);
    QVERIFY(wrap);
    QCOMPARE(wrap->text(1), u"Alt+W"_s);
    QVERIFY(wrap->font(0).bold());
    QVERIFY(wrap->font(1).bold());
    QCOMPARE(wrap->parent()->text(0), u"Boot log"_s);

    const QTreeWidgetItem *toggle = rowOnScreen(u"Toggle Bookmark"_s);
    QVERIFY(toggle);
    QCOMPARE(toggle->text(1), u"Ctrl+B"_s);
    QVERIFY(!toggle->font(1).bold());
    const QTreeWidgetItem *next = rowOnScreen(u"Next Bookmark"_s);
    QVERIFY(next);
    QCOMPARE(next->text(1), u"F2"_s);
    QVERIFY(!next->font(1).bold());

    const auto *message = settings.page->findChild<QLabel *>(u"shortcutMessage"_s);
    QVERIFY(message);
    QVERIFY(message->isVisible());
    QVERIFY2(message->text().startsWith(u"F2 is already the shortcut of “Next Bookmark” (Boot log)."_s),
             qPrintable(message->text()));
}

QTEST_MAIN(ShortcutsTest)
#include "tst_shortcuts.moc"
