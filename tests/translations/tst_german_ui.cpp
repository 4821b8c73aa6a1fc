// The German UI shows German: the catalogue compiled into the shell loads for a German locale
// and the main window's menus and welcome text come out translated.
#include "MainWindow.h"
#include "Translations.h"

#include <QApplication>
#include <QLabel>
#include <QMenuBar>
#include <QStandardPaths>
#include <QTest>

using namespace Qt::StringLiterals;

class GermanUiTest : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void menusAreGerman();
};

void GermanUiTest::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
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

QTEST_MAIN(GermanUiTest)
#include "tst_german_ui.moc"
