// SPDX-FileCopyrightText: 2026 The virt-console-viewer developers
// SPDX-License-Identifier: GPL-2.0-or-later
// The French UI shows French: the catalogue compiled into the shell loads for a French locale and
// the main window's menus and welcome text come out translated, counts in French plural forms
// (zero takes the singular in French, unlike English).
#include "MainWindow.h"
#include "Translations.h"

#include <QApplication>
#include <QLabel>
#include <QMenuBar>
#include <QStandardPaths>
#include <QTest>

using namespace Qt::StringLiterals;

class FrenchUiTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void menusAreFrench();
    void countsAreFrench();
};

namespace {
QString newLines(int n)
{
    return QCoreApplication::translate("vcv::LogView", "↓ %Ln new line(s)", nullptr, n);
}
} // namespace

void FrenchUiTest::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(vcv::installTranslations(qApp, QLocale(QLocale::French, QLocale::France)));
}

void FrenchUiTest::menusAreFrench()
{
    vcv::MainWindow window;
    QStringList titles;
    const auto actions = window.menuBar()->actions();
    for (const QAction *action : actions)
        titles << action->text();
    QCOMPARE(titles, (QStringList{u"&Fichier"_s, u"&Affichage"_s, u"&Console"_s, u"Aid&e"_s}));
    QCOMPARE(window.windowTitle(), u"Virt Console Viewer"_s);
    bool welcomeIsFrench = false;
    const auto labels = window.findChildren<QLabel *>();
    for (const QLabel *label : labels)
        welcomeIsFrench |= label->text().contains(u"Double-cliquez sur un domaine"_s);
    QVERIFY(welcomeIsFrench);
}

void FrenchUiTest::countsAreFrench()
{
    QCOMPARE(newLines(0), u"↓ 0 nouvelle ligne"_s);
    QCOMPARE(newLines(1), u"↓ 1 nouvelle ligne"_s);
    QCOMPARE(newLines(3), u"↓ 3 nouvelles lignes"_s);
}

QTEST_MAIN(FrenchUiTest)
#include "tst_french_ui.moc"
