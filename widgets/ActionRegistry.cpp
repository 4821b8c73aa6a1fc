// SPDX-FileCopyrightText: 2026 The virt-console-viewer developers
// SPDX-License-Identifier: GPL-2.0-or-later
#include "ActionRegistry.h"

#include <QAction>
#include <QCoreApplication>
#include <QWidget>

using namespace Qt::StringLiterals;

namespace vcv {

namespace {

// The labels keep the translation context of the class that showed them before the registry
// existed, so their translations carry over.
struct Label
{
    const char *context;
    const char *text;
};

struct Definition
{
    ActionRegistry::Entry entry;
    Label label;
};

QList<QKeySequence> keys(std::initializer_list<QKeySequence> list)
{
    return QList<QKeySequence>(list);
}

/// The platform's keys for @p key, or @p fallback where it has none (Quit and Preferences
/// have none under some platform themes, Windows' key scheme for one).
QList<QKeySequence> standard(QKeySequence::StandardKey key, const QKeySequence &fallback = {})
{
    QList<QKeySequence> result = QKeySequence::keyBindings(key);
    if (result.isEmpty() && !fallback.isEmpty())
        result << fallback;
    return result;
}

// Built on first use: QKeySequence::keyBindings() asks the platform theme, which needs the
// application object.
const QList<Definition> &definitions()
{
    using C = ActionRegistry::Context;
    static const QList<Definition> list = [] {
        const auto window = [](const char *id, const char *text, QList<QKeySequence> defaults) {
            return Definition{{QString::fromLatin1(id), C::Window, std::move(defaults)}, {"vcv::MainWindow", text}};
        };
        const auto terminal = [](const char *id, const char *text, QList<QKeySequence> defaults) {
            return Definition{{QString::fromLatin1(id), C::Terminal, std::move(defaults)}, {"vcv::TerminalView", text}};
        };
        const auto log = [](const char *id, const char *text, QList<QKeySequence> defaults) {
            return Definition{{QString::fromLatin1(id), C::Log, std::move(defaults)}, {"vcv::LogPane", text}};
        };
        const auto ctrl = [](int key) { return QKeySequence(Qt::CTRL | Qt::Key(key)); };
        const auto ctrlShift = [](int key) { return QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key(key)); };
        return QList<Definition>{
            window("window.add-connection", QT_TRANSLATE_NOOP("vcv::MainWindow", "&Add Connection…"),
                   keys({ctrlShift(Qt::Key_N)})),
            window("window.save-log", QT_TRANSLATE_NOOP("vcv::MainWindow", "&Save Log As…"),
                   standard(QKeySequence::SaveAs)),
            window("window.settings", QT_TRANSLATE_NOOP("vcv::MainWindow", "S&ettings…"),
                   standard(QKeySequence::Preferences, QKeySequence(Qt::CTRL | Qt::Key_Comma))),
            window("window.close-console", QT_TRANSLATE_NOOP("vcv::MainWindow", "&Close Console"),
                   keys({ctrlShift(Qt::Key_W)})),
            window("window.quit", QT_TRANSLATE_NOOP("vcv::MainWindow", "&Quit"),
                   standard(QKeySequence::Quit, QKeySequence(Qt::CTRL | Qt::Key_Q))),
            window("window.pop-out-log", QT_TRANSLATE_NOOP("vcv::MainWindow", "&Pop Out Log Pane"),
                   keys({ctrlShift(Qt::Key_P)})),
            window("window.domain-list", QT_TRANSLATE_NOOP("vcv::MainWindow", "&Domain List"),
                   keys({ctrlShift(Qt::Key_L)})),

            // Ctrl+Shift: plain Ctrl+letter keys belong to the guest.
            terminal("terminal.copy", QT_TRANSLATE_NOOP("vcv::TerminalView", "&Copy"), keys({ctrlShift(Qt::Key_C)})),
            terminal("terminal.paste", QT_TRANSLATE_NOOP("vcv::TerminalView", "&Paste"), keys({ctrlShift(Qt::Key_V)})),
            terminal("terminal.find", QT_TRANSLATE_NOOP("vcv::TerminalView", "&Find…"), keys({ctrlShift(Qt::Key_F)})),
            terminal("terminal.zoom-in", QT_TRANSLATE_NOOP("vcv::TerminalView", "Zoom &In"),
                     keys({ctrl(Qt::Key_Plus)})),
            terminal("terminal.zoom-out", QT_TRANSLATE_NOOP("vcv::TerminalView", "Zoom &Out"),
                     keys({ctrl(Qt::Key_Minus)})),
            terminal("terminal.zoom-reset", QT_TRANSLATE_NOOP("vcv::TerminalView", "Reset &Zoom"),
                     keys({ctrl(Qt::Key_0)})),
            terminal("terminal.tell-size", QT_TRANSLATE_NOOP("vcv::TerminalView", "Tell the &Guest the Terminal Size"),
                     keys({ctrlShift(Qt::Key_R)})),

            log("log.find", QT_TRANSLATE_NOOP("vcv::LogPane", "Find…"), standard(QKeySequence::Find)),
            // Not QKeySequence::FindNext: it is Ctrl+G too on some desktops, which is Go to Line here.
            log("log.find-next", QT_TRANSLATE_NOOP("vcv::LogPane", "Find Next"), keys({QKeySequence(Qt::Key_F3)})),
            log("log.find-previous", QT_TRANSLATE_NOOP("vcv::LogPane", "Find Previous"),
                keys({QKeySequence(Qt::SHIFT | Qt::Key_F3)})),
            log("log.go-to-line", QT_TRANSLATE_NOOP("vcv::LogPane", "Go to Line…"), keys({ctrl(Qt::Key_G)})),
            log("log.toggle-bookmark", QT_TRANSLATE_NOOP("vcv::LogPane", "Toggle Bookmark"), keys({ctrl(Qt::Key_B)})),
            log("log.next-bookmark", QT_TRANSLATE_NOOP("vcv::LogPane", "Next Bookmark"),
                keys({QKeySequence(Qt::Key_F2)})),
            log("log.previous-bookmark", QT_TRANSLATE_NOOP("vcv::LogPane", "Previous Bookmark"),
                keys({QKeySequence(Qt::SHIFT | Qt::Key_F2)})),
            log("log.wrap", QT_TRANSLATE_NOOP("vcv::LogPane", "Wrap Long Lines"), keys({QKeySequence(Qt::Key_F10)})),
            log("log.zoom-in", QT_TRANSLATE_NOOP("vcv::LogPane", "Zoom In"),
                standard(QKeySequence::ZoomIn) << ctrl(Qt::Key_Equal)),
            log("log.zoom-out", QT_TRANSLATE_NOOP("vcv::LogPane", "Zoom Out"), standard(QKeySequence::ZoomOut)),
            log("log.zoom-reset", QT_TRANSLATE_NOOP("vcv::LogPane", "Reset Zoom"), keys({ctrl(Qt::Key_0)})),
            log("log.copy", QT_TRANSLATE_NOOP("vcv::LogPane", "Copy"), standard(QKeySequence::Copy)),
            log("log.select-all", QT_TRANSLATE_NOOP("vcv::LogPane", "Select All"), standard(QKeySequence::SelectAll)),
            log("log.save", QT_TRANSLATE_NOOP("vcv::LogPane", "Save Log As…"), standard(QKeySequence::Save)),
        };
    }();
    return list;
}

const Definition *definition(const QString &id)
{
    for (const Definition &d : definitions())
        if (d.entry.id == id)
            return &d;
    return nullptr;
}

} // namespace

ActionRegistry *ActionRegistry::instance()
{
    static auto *registry = new ActionRegistry; // lives as long as the process: actions refer to it
    return registry;
}

const QList<ActionRegistry::Entry> &ActionRegistry::entries()
{
    static const QList<Entry> list = [] {
        QList<Entry> result;
        for (const Definition &d : definitions())
            result << d.entry;
        return result;
    }();
    return list;
}

const ActionRegistry::Entry *ActionRegistry::entry(const QString &id)
{
    const Definition *d = definition(id);
    return d ? &d->entry : nullptr;
}

QString ActionRegistry::label(const QString &id, bool withMnemonic)
{
    const Definition *d = definition(id);
    if (!d)
        return id;
    QString text = QCoreApplication::translate(d->label.context, d->label.text);
    if (!withMnemonic)
        text.remove(u'&');
    return text;
}

QString ActionRegistry::contextName(Context context)
{
    switch (context) {
    case Context::Window: return tr("Window");
    case Context::Terminal: return tr("Terminal");
    case Context::Log: return tr("Boot log");
    }
    return {};
}

QList<QKeySequence> ActionRegistry::shortcutsUnder(const QString &id, const ShortcutOverrides &overrides)
{
    if (const auto it = overrides.constFind(id); it != overrides.constEnd())
        return *it;
    const Entry *e = entry(id);
    return e ? e->defaults : QList<QKeySequence>();
}

QString ActionRegistry::conflict(const QString &id, const QKeySequence &key, const ShortcutOverrides &overrides)
{
    const Entry *mine = entry(id);
    if (!mine || key.isEmpty())
        return {};
    for (const Entry &other : entries()) {
        if (other.id == id || !overlaps(mine->context, other.context))
            continue;
        if (shortcutsUnder(other.id, overrides).contains(key))
            return other.id;
    }
    return {};
}

void ActionRegistry::setOverrides(const ShortcutOverrides &overrides)
{
    ShortcutOverrides known;
    for (auto it = overrides.constBegin(); it != overrides.constEnd(); ++it)
        if (entry(it.key()))
            known.insert(it.key(), it.value());
    if (known == m_overrides)
        return;
    m_overrides = known;
    Q_EMIT shortcutsChanged();
}

QAction *ActionRegistry::createAction(const QString &id, QObject *parent)
{
    const Entry *e = entry(id);
    Q_ASSERT_X(e, "ActionRegistry::createAction", "unknown action id");
    auto *action = new QAction(label(id), parent);
    action->setObjectName(id);
    action->setShortcuts(shortcuts(id));
    if (e && e->context != Context::Window) {
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        if (auto *widget = qobject_cast<QWidget *>(parent))
            widget->addAction(action);
    }
    connect(this, &ActionRegistry::shortcutsChanged, action,
            [this, action] { action->setShortcuts(shortcuts(action->objectName())); });
    return action;
}

} // namespace vcv
