// SPDX-FileCopyrightText: 2026 The virt-console-viewer developers
// SPDX-License-Identifier: GPL-2.0-or-later
// A guest's console open in a tab, as the main window opens one, for the end-to-end tests: a
// Connection of its own to the sandbox (reconnecting fast), a ConsoleSplitView and a ConsoleTab;
// and reading and typing in its terminal.
#pragma once

#include "ConsoleTab.h"
#include "Sandbox.h"
#include "TestGuest.h"

#include "virt/Connection.h"
#include "virt/ConsoleStream.h"
#include "widgets/ConsoleSplitView.h"
#include "widgets/TerminalView.h"

#include <QBuffer>
#include <QSignalSpy>
#include <QTest>

#include "widgets/QTermWidgetHeaders.h"

#include <memory>

namespace vcv::test {

/// What the terminal shows, scrollback included (after everything fed so far is shown).
inline QString terminalText(TerminalView *view)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    view->saveHistory(&buffer);
    return QString::fromUtf8(buffer.data());
}

/// Types `line` and Enter into the terminal, as a user would.
inline void typeLine(TerminalView *view, const QString &line)
{
    QWidget *keys = view->terminal()->focusProxy();
    QTest::keyClicks(keys, line);
    QTest::keyClick(keys, Qt::Key_Return);
}

struct ConsoleTabRig
{
    explicit ConsoleTabRig(const QString &guestName, TestGuest::Options options = {})
        : guest(guestName, options)
        , connection(Sandbox::uri())
    {
        view.resize(1400, 700);
        view.show();
        connection.setReconnectDelays(100, 500);
    }

    /// Connects and opens the tab on the guest, which must be running (boot() or start() it
    /// first); false with *error when it does not get attached.
    bool openTab(QString *error)
    {
        connection.open();
        if (!QTest::qWaitFor([this] { return connection.state() == Connection::State::Connected; }, 30000)) {
            *error = QStringLiteral("the connection did not open");
            return false;
        }
        char uuid[VIR_UUID_STRING_BUFLEN] = {};
        virDomainGetUUIDString(guest.domain(), uuid);
        tab = std::make_unique<ConsoleTab>(
            &connection, ConsoleTarget{Sandbox::uri(), QString::fromLatin1(uuid), guest.name(), {}}, &view);
        messages = std::make_unique<QSignalSpy>(tab.get(), &ConsoleTab::message);
        tab->open();
        // open() makes the stream and asks the worker to attach it: nothing is received before
        // the event loop runs again.
        QObject::connect(tab->stream(), &ConsoleStream::bytesReceived, &view,
                         [this](const QByteArray &bytes) { streamed += bytes; });
        if (!QTest::qWaitFor([this] { return tab->stream()->state() == ConsoleStream::State::Open; }, 30000)) {
            *error = QStringLiteral("the console did not open: ") + tab->stream()->reason();
            return false;
        }
        return true;
    }

    TerminalView *terminal() { return view.terminal(); }

    TestGuest guest;
    Connection connection;
    ConsoleSplitView view;
    /// Every byte the console stream delivered, as libvirt handed it over: what the terminal was
    /// given, before any of the terminal's own work. Declared before the tab, which feeds it.
    QByteArray streamed;
    std::unique_ptr<ConsoleTab> tab;
    std::unique_ptr<QSignalSpy> messages;
};

} // namespace vcv::test
