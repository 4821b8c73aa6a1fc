// SPDX-FileCopyrightText: 2026 The virt-console-viewer developers
// SPDX-License-Identifier: GPL-2.0-or-later
#include "widgets/LogNewLinesButton.h"

using namespace Qt::StringLiterals;

namespace vcv {

LogNewLinesButton::LogNewLinesButton(QWidget *viewport)
    : QToolButton(viewport)
{
    setObjectName(u"newLinesButton"_s);
    setToolButtonStyle(Qt::ToolButtonTextOnly);
    setCursor(Qt::ArrowCursor);
    setAutoRaise(false);
    hide();
}

void LogNewLinesButton::showText(const QString &text)
{
    setText(text);
    adjustSize();
    const QSize s = sizeHint();
    const QWidget *viewport = parentWidget();
    move((viewport->width() - s.width()) / 2, viewport->height() - s.height() - 8);
    show();
    raise();
}

} // namespace vcv
