// SPDX-FileCopyrightText: 2026 The virt-console-viewer developers
// SPDX-License-Identifier: GPL-2.0-or-later
// The appearance setting as the window applies it: Dark, saved from an earlier run, makes the
// window come up dark (Fusion with dark colours: its pixels, not only the palette, are dark);
// Light from the Settings makes it light; System gives the style and palette back that the
// application started with.
#include "MainWindow.h"
#include "SettingsStore.h"

#include <QApplication>
#include <QImage>
#include <QSettings>
#include <QStandardPaths>
#include <QStyle>
#include <QTest>

using namespace Qt::StringLiterals;
using Appearance = vcv::ViewSettings::Appearance;

namespace {

/// The mean lightness (0 … 255) of what the window shows.
int meanLightness(QWidget &window)
{
    const QImage image = window.grab().toImage();
    qint64 sum = 0;
    qint64 count = 0;
    for (int y = 0; y < image.height(); y += 4) {
        for (int x = 0; x < image.width(); x += 4) {
            sum += image.pixelColor(x, y).lightness();
            ++count;
        }
    }
    return count ? int(sum / count) : -1;
}

} // namespace

class AppearanceTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(u"virt-console-viewer-tests"_s);
        QCoreApplication::setApplicationName(u"tst_appearance"_s);
        QSettings().clear();
    }
    void darkFromTheSavedSettingsThenLightThenSystem();
};

void AppearanceTest::darkFromTheSavedSettingsThenLightThenSystem()
{
    const QString systemStyle = QApplication::style()->name();
    const QColor systemWindow = QApplication::palette().color(QPalette::Window);
    vcv::ViewSettings saved = vcv::SettingsStore::load();
    saved.appearance = Appearance::Dark;
    vcv::SettingsStore::save(saved);

    vcv::MainWindow window;
    window.resize(700, 500);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QCOMPARE(QApplication::style()->name(), u"fusion"_s);
    const QPalette dark = QApplication::palette();
    QVERIFY(dark.color(QPalette::Window).lightness() < 80);
    QVERIFY(dark.color(QPalette::Base).lightness() < 80);
    QVERIFY(dark.color(QPalette::WindowText).lightness() > 180);
    QVERIFY(dark.color(QPalette::Text).lightness() > 180);
    const int darkShown = meanLightness(window);
    QVERIFY2(darkShown < 80, qPrintable(QString::number(darkShown)));

    // Settings → Appearance: Light.
    vcv::ViewSettings light = window.viewSettings();
    light.appearance = Appearance::Light;
    window.setViewSettings(light);
    QCOMPARE(QApplication::style()->name(), u"fusion"_s);
    QVERIFY(QApplication::palette().color(QPalette::Window).lightness() > 180);
    QVERIFY(QApplication::palette().color(QPalette::WindowText).lightness() < 80);
    // The widgets take the new palette from the change events that follow.
    int lightShown = -1;
    QTRY_VERIFY2((lightShown = meanLightness(window)) > 180, qPrintable(QString::number(lightShown)));
    QCOMPARE(vcv::SettingsStore::load().appearance, Appearance::Light);

    // … and System: what the application had before any of it.
    vcv::ViewSettings system = window.viewSettings();
    system.appearance = Appearance::System;
    window.setViewSettings(system);
    QCOMPARE(QApplication::style()->name(), systemStyle);
    QCOMPARE(QApplication::palette().color(QPalette::Window), systemWindow);
}

QTEST_MAIN(AppearanceTest)
#include "tst_appearance.moc"
