// SPDX-FileCopyrightText: 2026 The virt-console-viewer developers
// SPDX-License-Identifier: GPL-2.0-or-later
#include "widgets/LogGoToLineBar.h"

#include "widgets/LogView.h"

#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QRegularExpressionValidator>
#include <QToolButton>

using namespace Qt::StringLiterals;

namespace vcv {

LogGoToLineBar::LogGoToLineBar(LogView *view, QWidget *parent)
    : QWidget(parent)
    , m_view(view)
    , m_label(new QLabel(tr("Go to line:"), this))
    , m_edit(new QLineEdit(this))
{
    setObjectName(u"logGoToLineBar"_s);
    m_edit->setObjectName(u"goToLineField"_s);
    m_edit->setValidator(new QRegularExpressionValidator(QRegularExpression(u"[0-9]{1,12}"_s), m_edit));
    m_edit->setMaximumWidth(m_edit->fontMetrics().horizontalAdvance(u"000000000000"_s) + 16);
    m_edit->installEventFilter(this);
    m_label->setBuddy(m_edit);
    auto *close = new QToolButton(this);
    close->setText(u"✕"_s);
    close->setAutoRaise(true);
    close->setToolTip(tr("Close (Esc)"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(4, 3, 4, 3);
    layout->addWidget(m_label);
    layout->addWidget(m_edit);
    layout->addStretch(1);
    layout->addWidget(close);
    connect(close, &QToolButton::clicked, this, &LogGoToLineBar::close);
}

void LogGoToLineBar::activate()
{
    const qint64 lines = m_view->document() ? m_view->document()->lineCount() : 0;
    m_edit->setPlaceholderText(tr("1 – %1").arg(QLocale().toString(qMax<qint64>(1, lines))));
    show();
    m_edit->setFocus(Qt::ShortcutFocusReason);
    m_edit->selectAll();
}

void LogGoToLineBar::close()
{
    hide();
    m_view->setFocus(Qt::OtherFocusReason);
}

bool LogGoToLineBar::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_edit && event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
            bool ok = false;
            const qint64 line = m_edit->text().toLongLong(&ok);
            if (ok) {
                m_view->goToLine(line);
                close();
            }
            return true;
        }
        if (key->key() == Qt::Key_Escape) {
            close();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace vcv
