// SPDX-FileCopyrightText: 2026 The virt-console-viewer developers
// SPDX-License-Identifier: GPL-2.0-or-later
#include "widgets/TerminalResizeWatch.h"

#include <QEvent>
#include <QTimer>
#include <QWidget>

#include "widgets/QTermWidgetHeaders.h"

namespace vcv {

TerminalResizeWatch::TerminalResizeWatch(QTermWidget *terminal, QWidget *banner, QObject *parent)
    : QObject(parent)
    , m_terminal(terminal)
    , m_banner(banner)
    , m_settleTimer(new QTimer(this))
{
    m_settleTimer->setSingleShot(true);
    m_settleTimer->setInterval(kSettleMs);
    connect(m_settleTimer, &QTimer::timeout, this, &TerminalResizeWatch::settle);
    // The cells change with the widget's size and with its font (zoom, Ctrl+wheel included),
    // and the font is set on QTermWidget's display, a child widget: watch them all.
    terminal->installEventFilter(this);
    const QList<QWidget *> parts = terminal->findChildren<QWidget *>();
    for (QWidget *part : parts)
        part->installEventFilter(this);
    banner->installEventFilter(this); // its hiding gives the terminal back its size
}

QSize TerminalResizeWatch::screenSize() const
{
    return {m_terminal->screenColumnsCount(), m_terminal->screenLinesCount()};
}

bool TerminalResizeWatch::eventFilter(QObject *watched, QEvent *event)
{
    switch (event->type()) {
    case QEvent::Resize:
    case QEvent::FontChange:
    case QEvent::Show:
    case QEvent::Hide: m_settleTimer->start(); break;
    default: break;
    }
    return QObject::eventFilter(watched, event);
}

void TerminalResizeWatch::settle()
{
    if (!m_terminal->isVisible() || m_banner->isVisible())
        return;
    const QSize cells = screenSize();
    if (cells.isEmpty())
        return;
    m_settled = cells;
    Q_EMIT settled(cells);
}

} // namespace vcv
