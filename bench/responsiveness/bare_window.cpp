// SPDX-FileCopyrightText: 2026 The virt-console-viewer developers
// SPDX-License-Identifier: GPL-2.0-or-later
// The floor for a Qt Widgets window's first paints: a main window of our window's default size
// with a menu bar, a tree beside a text view and a status bar, doing nothing else. run.py
// pings it as it pings the apps ("bare Qt"), so what our window's first half second costs beyond
// Qt's backing store and the X server shows.
#include <QApplication>
#include <QMainWindow>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QSplitter>
#include <QStatusBar>
#include <QTreeWidget>

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QMainWindow window;
    auto *split = new QSplitter;
    auto *tree = new QTreeWidget;
    tree->setHeaderLabels({QStringLiteral("Name"), QStringLiteral("State")});
    for (int i = 0; i < 5; ++i)
        new QTreeWidgetItem(tree, {QStringLiteral("guest%1").arg(i), QStringLiteral("running")});
    split->addWidget(tree);
    split->addWidget(new QPlainTextEdit(QStringLiteral("The floor for a window's first paints.")));
    window.setCentralWidget(split);
    window.menuBar()->addMenu(QStringLiteral("&File"));
    window.statusBar()->showMessage(QStringLiteral("Ready"));
    window.resize(1400, 860);
    window.show();
    return app.exec();
}
