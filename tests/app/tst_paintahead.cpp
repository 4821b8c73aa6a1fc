// SPDX-FileCopyrightText: 2026 The virt-console-viewer developers
// SPDX-License-Identifier: GPL-2.0-or-later
// paintAhead on real windows (offscreen): the oracle is what the window's own paintEvent draws,
// read back from the backing store that Qt will paint the shown window into.
#include "PaintAhead.h"

#include <QBackingStore>
#include <QImage>
#include <QPaintDevice>
#include <QPainter>
#include <QTest>
#include <QWidget>

namespace {

/// Paints a known picture: red, with a blue square at (20, 20)–(39, 39). Counts its paints.
class PictureWindow : public QWidget
{
public:
    int paints = 0;

protected:
    void paintEvent(QPaintEvent *) override
    {
        ++paints;
        QPainter painter(this);
        painter.fillRect(rect(), Qt::red);
        painter.fillRect(QRect(20, 20, 20, 20), Qt::blue);
    }
};

const QImage *backingImage(QWidget *window)
{
    QBackingStore *store = window->backingStore();
    if (!store || store->paintDevice()->devType() != QInternal::Image)
        return nullptr;
    return static_cast<const QImage *>(store->paintDevice());
}

} // namespace

class TestPaintAhead : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void paintsIntoTheWindowsOwnBackingStore();
    void theShownWindowIsStillPainted();
};

void TestPaintAhead::paintsIntoTheWindowsOwnBackingStore()
{
    PictureWindow window;
    window.resize(120, 80);
    vcv::paintAhead(&window);

    QVERIFY(!window.isVisible());
    QCOMPARE(window.paints, 1);
    QVERIFY(window.backingStore());
    QCOMPARE(window.backingStore()->size(), QSize(120, 80));
    const QImage *image = backingImage(&window);
    QVERIFY2(image, "the offscreen platform's backing store paints into an image");
    QCOMPARE(image->pixelColor(5, 5), QColor(Qt::red));
    QCOMPARE(image->pixelColor(30, 30), QColor(Qt::blue));
    QCOMPARE(image->pixelColor(119, 79), QColor(Qt::red));
}

void TestPaintAhead::theShownWindowIsStillPainted()
{
    PictureWindow window;
    window.resize(120, 80);
    vcv::paintAhead(&window);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QTRY_VERIFY(window.paints > 1); // painted again when shown, however many times
    QCOMPARE(window.backingStore()->size(), QSize(120, 80));
    QCOMPARE(backingImage(&window)->pixelColor(30, 30), QColor(Qt::blue));
}

QTEST_MAIN(TestPaintAhead)
#include "tst_paintahead.moc"
