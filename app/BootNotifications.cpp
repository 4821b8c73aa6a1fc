// SPDX-FileCopyrightText: 2026 The virt-console-viewer developers
// SPDX-License-Identifier: GPL-2.0-or-later
#include "BootNotifications.h"

#include "BootAlertWatch.h"
#include "DesktopNotifier.h"

#include "bootlog/LogDocument.h"
#include "widgets/LogPane.h"
#include "widgets/LogView.h"

#include <QTabWidget>
#include <QWidget>

using namespace Qt::StringLiterals;

namespace vcv {

BootNotifications::BootNotifications(QWidget *window, QTabWidget *tabs, DesktopNotifier *notifier, QObject *parent)
    : QObject(parent)
    , m_window(window)
    , m_tabs(tabs)
    , m_notifier(notifier ? notifier : new DesktopNotifier(this))
{
    connect(m_notifier, &DesktopNotifier::activated, this, &BootNotifications::activate);
}

BootNotifications::~BootNotifications() = default;

void BootNotifications::addConsole(BootAlertWatch *watch, QWidget *page, LogPane *pane, const QString &name)
{
    const QString key = u"console-"_s + QString::number(++m_nextKey);
    m_consoles.insert(key, Console{watch, page, pane, name, {}});
    connect(watch, &BootAlertWatch::problemArrived, this,
            [this, key, name](BootProblemKind kind, ByteOffset line, const QString &text) {
                alert(key, problemSummary(name, kind), text, line);
            });
    connect(
        watch, &BootAlertWatch::bootStalled, this,
        [this, key, name](int seconds, ByteOffset line, const QString &text) {
            alert(
                key, stallSummary(name),
                tr("Nothing on the console for %n second(s) while booting. Last line: %1", nullptr, seconds).arg(text),
                line);
        });
    connect(watch, &QObject::destroyed, this, [this, key] { m_consoles.remove(key); });
}

bool BootNotifications::isLookedAt(const QWidget *page) const
{
    return m_window && m_tabs && m_window->isActiveWindow() && !m_window->isMinimized() &&
        m_tabs->currentWidget() == page;
}

QString BootNotifications::problemSummary(const QString &name, BootProblemKind kind)
{
    switch (kind) {
    case BootProblemKind::KernelPanic: return tr("%1: kernel panic").arg(name);
    case BootProblemKind::Oops: return tr("%1: kernel Oops").arg(name);
    case BootProblemKind::EmergencyMode: return tr("%1: emergency mode").arg(name);
    default: return tr("%1: boot problem").arg(name);
    }
}

QString BootNotifications::stallSummary(const QString &name)
{
    return tr("%1: boot stalled").arg(name);
}

void BootNotifications::alert(const QString &key, const QString &summary, const QString &body, ByteOffset line)
{
    const auto it = m_consoles.find(key);
    if (it == m_consoles.end() || isLookedAt(it->page))
        return;
    it->line = line;
    m_notifier->notify(key, summary, body);
}

void BootNotifications::activate(const QString &key, const QString &activationToken)
{
    const auto it = m_consoles.constFind(key);
    if (it == m_consoles.cend() || !it->page || !m_window || !m_tabs)
        return;
    // Wayland lets a window take the focus only with the token the server handed over
    // (xdg-activation); Qt's requestActivate() reads it from here.
    if (!activationToken.isEmpty())
        qputenv("XDG_ACTIVATION_TOKEN", activationToken.toUtf8());
    m_window->setWindowState((m_window->windowState() & ~Qt::WindowMinimized) | Qt::WindowActive);
    m_window->show();
    m_window->raise();
    m_window->activateWindow();
    m_tabs->setCurrentWidget(it->page);
    if (it->pane && it->pane->view()->document())
        it->pane->showLine(it->pane->view()->document()->lineAt(it->line));
}

} // namespace vcv
