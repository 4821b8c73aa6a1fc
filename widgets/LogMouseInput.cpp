// SPDX-FileCopyrightText: 2026 The virt-console-viewer developers
// SPDX-License-Identifier: GPL-2.0-or-later
#include "widgets/LogMouseInput.h"

#include "widgets/LogSelectionController.h"

#include <QMouseEvent>
#include <QWheelEvent>

#include <utility>

namespace vcv {

LogMouseInput::LogMouseInput(LogSelectionController *selection, Hooks hooks)
    : m_selection(selection)
    , m_hooks(std::move(hooks))
{
}

bool LogMouseInput::press(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton)
        return false;
    m_hooks.takeFocus();
    const QPoint pos = event->position().toPoint();
    const LogPosition at = m_hooks.positionAt(pos);
    if (!at.isValid())
        return true;
    if (pos.x() < m_hooks.gutterWidth()) {
        m_hooks.toggleBookmark(at.line);
        return true;
    }
    m_hooks.clickedLine(at.line);
    m_selection->press(at, event->modifiers().testFlag(Qt::ShiftModifier));
    return true;
}

void LogMouseInput::move(QMouseEvent *event)
{
    if (!(event->buttons() & Qt::LeftButton))
        return;
    const QPoint pos = event->position().toPoint();
    // Dragged past the top or the bottom: the selection goes on, a row at a time.
    if (m_selection->isDragging() && pos.y() < 0)
        m_hooks.scrollBy(-1);
    else if (m_selection->isDragging() && pos.y() > m_hooks.viewportHeight())
        m_hooks.scrollBy(1);
    m_selection->dragTo(m_hooks.positionAt(pos));
}

void LogMouseInput::release(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton)
        m_selection->release();
}

void LogMouseInput::doubleClick(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton)
        return;
    const LogPosition at = m_hooks.positionAt(event->position().toPoint());
    if (at.isValid())
        m_selection->selectWordAt(at);
}

bool LogMouseInput::wheel(QWheelEvent *event)
{
    if (!event->modifiers().testFlag(Qt::ControlModifier))
        return false;
    if (event->angleDelta().y() > 0)
        m_hooks.zoomBy(1);
    else if (event->angleDelta().y() < 0)
        m_hooks.zoomBy(-1);
    event->accept();
    return true;
}

} // namespace vcv
