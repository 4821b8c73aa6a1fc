// SPDX-FileCopyrightText: 2026 The virt-console-viewer developers
// SPDX-License-Identifier: GPL-2.0-or-later
#include "PaintAhead.h"

#include <QBackingStore>
#include <QRect>
#include <QWidget>

namespace vcv {

void paintAhead(QWidget *window)
{
    Q_ASSERT(window->isWindow() && !window->isVisible());
    // A top-level's winId() creates its platform window (not mapped) and its backing store.
    window->winId();
    QBackingStore *store = window->backingStore();
    if (!store)
        return;
    const QRect all(QPoint(), window->size());
    // The size Qt's first paint will ask for, so that paint keeps this store's memory.
    store->resize(all.size());
    store->beginPaint(all);
    window->render(store->paintDevice(), QPoint(), all);
    store->endPaint();
}

} // namespace vcv
