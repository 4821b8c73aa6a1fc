// SPDX-FileCopyrightText: 2026 The virt-console-viewer developers
// SPDX-License-Identifier: GPL-2.0-or-later
// Settings: the dialog gives back what it was given and what the user changed; the store keeps
// it across runs; defaults are sane.
#include "SettingsStore.h"

#include "widgets/SettingsDialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLineEdit>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTest>

using namespace Qt::StringLiterals;

class SettingsTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void defaults();
    void dialogRoundTrip();
    void storeRoundTrip();
};

void SettingsTest::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(u"virt-console-viewer-tests"_s);
    QCoreApplication::setApplicationName(u"tst_settings"_s);
    QSettings().clear();
}

void SettingsTest::defaults()
{
    const vcv::ViewSettings settings = vcv::SettingsStore::load();
    QCOMPARE(settings.scrollbackLines, 10000);
    QVERIFY(settings.followLog);
    QVERIFY(settings.terminalColorScheme.isEmpty()); // follows the palette
    QVERIFY(settings.logTheme.isEmpty());
    QVERIFY(settings.pasteCharsPerSecond > 0);
    QCOMPARE(settings.appearance, vcv::ViewSettings::Appearance::System);
    // Wiped logs are archived by default, in the default folder, the last 20 per console.
    QVERIFY(settings.archiveWipedLogs);
    QVERIFY(settings.archiveFolder.isEmpty());
    QCOMPARE(settings.archiveKeepLast, 20);
    // Boot notifications on, a boot stalled after 60 silent seconds.
    QVERIFY(settings.notifyBootAlerts);
    QCOMPARE(settings.bootStallSeconds, 60);
}

void SettingsTest::dialogRoundTrip()
{
    vcv::ViewSettings given = vcv::SettingsStore::load();
    given.scrollbackLines = -1;
    given.pasteCharsPerSecond = 1200;
    given.followLog = false;
    given.appearance = vcv::ViewSettings::Appearance::Dark;
    vcv::SettingsDialog dialog(given);
    vcv::ViewSettings back = dialog.settings();
    QCOMPARE(back.scrollbackLines, -1);
    QCOMPARE(back.pasteCharsPerSecond, 1200);
    QCOMPARE(back.followLog, false);
    QCOMPARE(back.appearance, vcv::ViewSettings::Appearance::Dark);

    // The user turns unlimited scrollback off and picks 500 lines.
    const auto checks = dialog.findChildren<QCheckBox *>();
    for (QCheckBox *check : checks)
        if (check->text() == u"Unlimited"_s)
            check->setChecked(false);
    const auto spins = dialog.findChildren<QSpinBox *>();
    for (QSpinBox *spin : spins)
        if (spin->suffix() == u" lines"_s)
            spin->setValue(500);
    QCOMPARE(dialog.settings().scrollbackLines, 500);

    // The archive of wiped logs: the folder and the count follow the check box.
    QCheckBox *archive = nullptr;
    for (QCheckBox *check : checks)
        if (check->text() == u"Archive the earlier text when a log is wiped"_s)
            archive = check;
    QVERIFY(archive);
    QVERIFY(archive->isChecked());
    QLineEdit *folder = dialog.findChild<QLineEdit *>(u"archiveFolder"_s);
    QVERIFY(folder && folder->isEnabled());
    QVERIFY(folder->placeholderText().endsWith(u"/virt-console-viewer/archive"_s));
    folder->setText(u"  /srv/console-archive  "_s);
    QSpinBox *keep = nullptr;
    for (QSpinBox *spin : spins)
        if (spin->suffix() == u" per console"_s)
            keep = spin;
    QVERIFY(keep);
    keep->setValue(0);
    QCOMPARE(keep->text(), u"All"_s);
    archive->setChecked(false);
    QVERIFY(!folder->isEnabled());
    QVERIFY(!keep->isEnabled());
    const vcv::ViewSettings edited = dialog.settings();
    QVERIFY(!edited.archiveWipedLogs);
    QCOMPARE(edited.archiveFolder, u"/srv/console-archive"_s);
    QCOMPARE(edited.archiveKeepLast, 0);

    // Notifications: the stall time follows the check box, 0 is "Never".
    auto *notify = dialog.findChild<QCheckBox *>(u"notifyBootAlerts"_s);
    auto *stall = dialog.findChild<QSpinBox *>(u"bootStallSeconds"_s);
    QVERIFY(notify && stall);
    QVERIFY(notify->isChecked());
    QVERIFY(stall->isEnabled());
    QCOMPARE(stall->value(), 60);
    stall->setValue(0);
    QCOMPARE(stall->text(), u"Never"_s);
    QCOMPARE(dialog.settings().bootStallSeconds, 0);
    notify->setChecked(false);
    QVERIFY(!stall->isEnabled());
    QVERIFY(!dialog.settings().notifyBootAlerts);
}

void SettingsTest::storeRoundTrip()
{
    vcv::ViewSettings settings = vcv::SettingsStore::load();
    settings.scrollbackLines = 1234;
    settings.pasteCharsPerSecond = 0;
    settings.logTheme = u"Breeze Dark"_s;
    settings.terminalFont.setPointSize(15);
    settings.appearance = vcv::ViewSettings::Appearance::Light;
    settings.archiveWipedLogs = false;
    settings.archiveFolder = u"/srv/console-archive"_s;
    settings.archiveKeepLast = 7;
    settings.notifyBootAlerts = false;
    settings.bootStallSeconds = 15;
    vcv::SettingsStore::save(settings);
    const vcv::ViewSettings back = vcv::SettingsStore::load();
    QCOMPARE(back.scrollbackLines, 1234);
    QCOMPARE(back.pasteCharsPerSecond, 0);
    QCOMPARE(back.logTheme, u"Breeze Dark"_s);
    QCOMPARE(back.terminalFont.pointSize(), 15);
    QCOMPARE(back.appearance, vcv::ViewSettings::Appearance::Light);
    QVERIFY(!back.archiveWipedLogs);
    QCOMPARE(back.archiveFolder, u"/srv/console-archive"_s);
    QCOMPARE(back.archiveKeepLast, 7);
    QVERIFY(!back.notifyBootAlerts);
    QCOMPARE(back.bootStallSeconds, 15);
    QCOMPARE(back, settings);
}

QTEST_MAIN(SettingsTest)
#include "tst_settings.moc"
