// SPDX-FileCopyrightText: 2026 The virt-console-viewer developers
// SPDX-License-Identifier: GPL-2.0-or-later
// vcv-grab-screen FILE.png — writes what the X server's screen shows to a PNG.
// Used by `tools/devenv demo --screenshot` under Xvfb, where no desktop screenshot tool exists.
#include <QGuiApplication>
#include <QPixmap>
#include <QScreen>

#include <cstdio>

int main(int argc, char *argv[])
{
    QGuiApplication app(argc, argv);
    if (argc != 2) {
        std::fprintf(stderr, "usage: vcv-grab-screen FILE.png\n");
        return 2;
    }
    QScreen *screen = QGuiApplication::primaryScreen();
    const QPixmap shot = screen ? screen->grabWindow(0) : QPixmap();
    if (shot.isNull() || !shot.save(QString::fromLocal8Bit(argv[1]), "PNG")) {
        std::fprintf(stderr, "vcv-grab-screen: cannot grab the screen or write %s\n", argv[1]);
        return 1;
    }
    return 0;
}
