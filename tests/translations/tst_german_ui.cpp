// SPDX-FileCopyrightText: 2026 The virt-console-viewer developers
// SPDX-License-Identifier: GPL-2.0-or-later
// The German UI shows German: the catalogue compiled into the shell loads for a German locale
// and the main window's menus and welcome text come out translated, counts in their plural forms.
// Without a catalogue for the locale, English plural forms apply.
#include "MainWindow.h"
#include "Translations.h"

#include <QApplication>
#include <QLabel>
#include <QMenuBar>
#include <QStandardPaths>
#include <QTest>

using namespace Qt::StringLiterals;

class GermanUiTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void englishPluralsWithoutACatalogue();
    void menusAreGerman();
    void countsAreGerman();
};

namespace {
QString newLines(int n)
{
    return QCoreApplication::translate("vcv::LogView", "↓ %Ln new line(s)", nullptr, n);
}
} // namespace

void GermanUiTest::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void GermanUiTest::englishPluralsWithoutACatalogue()
{
    // The "C" locale (or any without a catalogue) is not German, French or English.
    QVERIFY(!vcv::installTranslations(qApp, QLocale::c()));
    QCOMPARE(newLines(1), u"↓ 1 new line"_s);
    QCOMPARE(newLines(3), u"↓ 3 new lines"_s);
    // Then German, for the rest of the tests (the last installed catalogue is asked first).
    QVERIFY(vcv::installTranslations(qApp, QLocale(QLocale::German, QLocale::Germany)));
}

void GermanUiTest::menusAreGerman()
{
    vcv::MainWindow window;
    QStringList titles;
    const auto actions = window.menuBar()->actions();
    for (const QAction *action : actions)
        titles << action->text();
    QCOMPARE(titles, (QStringList{u"&Datei"_s, u"&Ansicht"_s, u"&Konsole"_s, u"&Hilfe"_s}));
    QCOMPARE(window.windowTitle(), u"Virt Console Viewer"_s);
    bool welcomeIsGerman = false;
    const auto labels = window.findChildren<QLabel *>();
    for (const QLabel *label : labels)
        welcomeIsGerman |= label->text().contains(u"Doppelklicken"_s);
    QVERIFY(welcomeIsGerman);
}

void GermanUiTest::countsAreGerman()
{
    QCOMPARE(newLines(1), u"↓ 1 neue Zeile"_s);
    QCOMPARE(newLines(3), u"↓ 3 neue Zeilen"_s);
}

QTEST_MAIN(GermanUiTest)
#include "tst_german_ui.moc"
