// SPDX-FileCopyrightText: 2026 The virt-console-viewer developers
// SPDX-License-Identifier: GPL-2.0-or-later
#include "widgets/TerminalBanner.h"

#include <QAction>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QToolButton>

namespace vcv {

TerminalBanner::TerminalBanner(QWidget *parent)
    : QFrame(parent)
    , m_label(new QLabel(this))
    , m_layout(new QHBoxLayout(this))
{
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    m_label->setWordWrap(true);
    m_label->setTextFormat(Qt::PlainText); // reasons come from libvirt: never interpret them as markup
    m_label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_layout->setContentsMargins(8, 4, 8, 4);
    m_layout->addWidget(m_label, 1);
    hide();
}

void TerminalBanner::showMessage(const QString &text, Tone tone, const QList<QAction *> &actions)
{
    for (QToolButton *button : std::as_const(m_buttons))
        delete button;
    m_buttons.clear();
    m_label->setText(text);
    m_tone = tone;
    for (QAction *action : actions) {
        auto *button = new QToolButton(this);
        button->setDefaultAction(action);
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
        m_layout->addWidget(button);
        m_buttons.append(button);
    }
    applyTone();
    show();
}

void TerminalBanner::clear()
{
    hide();
    m_label->clear();
    for (QToolButton *button : std::as_const(m_buttons))
        delete button;
    m_buttons.clear();
}

QString TerminalBanner::text() const
{
    return isHidden() ? QString() : m_label->text();
}

void TerminalBanner::changeEvent(QEvent *event)
{
    QFrame::changeEvent(event);
    if (!m_applyingTone &&
        (event->type() == QEvent::PaletteChange || event->type() == QEvent::ApplicationPaletteChange))
        applyTone();
}

void TerminalBanner::applyTone()
{
    // Tint the application's own palette rather than hard-coding colours, so dark themes stay dark.
    QPalette pal = parentWidget() ? parentWidget()->palette() : palette();
    const QColor base = pal.color(QPalette::Window);
    QColor tint;
    switch (m_tone) {
    case Tone::Information: tint = pal.color(QPalette::Highlight); break;
    case Tone::Warning: tint = QColor(0xf6, 0x74, 0x00); break;
    case Tone::Error: tint = QColor(0xda, 0x44, 0x53); break;
    }
    const auto mix = [&](int a, int b) { return (a * 4 + b) / 5; };
    const QColor bg(mix(base.red(), tint.red()), mix(base.green(), tint.green()), mix(base.blue(), tint.blue()));
    pal.setColor(QPalette::Window, bg);
    m_applyingTone = true; // setPalette sends PaletteChange back to us
    setPalette(pal);
    m_applyingTone = false;
}

} // namespace vcv
