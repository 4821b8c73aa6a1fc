// SPDX-FileCopyrightText: 2026 The virt-console-viewer developers
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "virt/ConsoleStream.h"
#include "widgets/TerminalView.h"

#include <QObject>
#include <QPointer>

namespace vcv {

/// Wires one ConsoleStream to one TerminalView, both ways: guest bytes to the view, typed bytes
/// to the stream, the stream's state to the view's banner, and the view's requests (Take over,
/// Reconnect, Ctrl+Alt+Del, SysRq) to the stream. "Start paused and attach" is passed on as
/// startPausedRequested(): on a running domain it means forcing the domain off, which the shell
/// asks the user about first. Neither side knows the other; this is the only place that knows
/// both. Owns neither. GUI thread only.
class TerminalSession : public QObject
{
    Q_OBJECT
public:
    TerminalSession(TerminalView *view, ConsoleStream *stream, QObject *parent = nullptr);

    TerminalView *view() const { return m_view; }
    ConsoleStream *stream() const { return m_stream; }

Q_SIGNALS:
    /// A request from the view failed (Send key …); for the shell's status bar.
    void requestFailed(const QString &message);
    /// The user asked to start the domain paused and attach (the view's context menu).
    void startPausedRequested();

private:
    void syncStatus();

    QPointer<TerminalView> m_view;
    QPointer<ConsoleStream> m_stream;
};

} // namespace vcv
