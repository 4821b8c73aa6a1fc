// SPDX-FileCopyrightText: 2026 The virt-console-viewer developers
// SPDX-License-Identifier: GPL-2.0-or-later
#include "widgets/TerminalSession.h"

#include "virt/ConsoleStream.h"
#include "widgets/TerminalView.h"

namespace vcv {

TerminalSession::TerminalSession(TerminalView *view, ConsoleStream *stream, QObject *parent)
    : QObject(parent)
    , m_view(view)
    , m_stream(stream)
{
    connect(stream, &ConsoleStream::bytesReceived, view, &TerminalView::feed);
    connect(view, &TerminalView::bytesTyped, stream, &ConsoleStream::write);
    // Back-pressure: a guest printing faster than the emulator paints waits in libvirt and QEMU,
    // not in the view's queue.
    connect(view, &TerminalView::backlogChanged, stream, &ConsoleStream::setReceivingPaused);
    connect(stream, &ConsoleStream::stateChanged, this, [this](ConsoleStream::State state, const QString &) {
        if (state == ConsoleStream::State::Open && m_view)
            m_view->resetStream(); // a new session: forget half a sequence from the old one
        syncStatus();
    });
    connect(view, &TerminalView::takeOverRequested, stream, &ConsoleStream::takeOver);
    connect(view, &TerminalView::reconnectRequested, stream, &ConsoleStream::open);
    connect(view, &TerminalView::ctrlAltDelRequested, stream, &ConsoleStream::sendCtrlAltDel);
    connect(view, &TerminalView::sysRqRequested, this, [this](char command) {
        QString error;
        if (m_stream && !m_stream->sendSysRq(command, &error))
            Q_EMIT requestFailed(error);
    });
    // Key sends and Start Paused run on the connection's worker; their failures come later.
    connect(stream, &ConsoleStream::requestFailed, this, &TerminalSession::requestFailed);
    // A running domain must be forced off first: that is the shell's decision, after asking.
    connect(view, &TerminalView::startPausedRequested, this, &TerminalSession::startPausedRequested);
    syncStatus();
}

void TerminalSession::syncStatus()
{
    if (!m_view || !m_stream)
        return;
    using S = ConsoleStream::State;
    using V = TerminalView::Status;
    const QString reason = m_stream->reason();
    switch (m_stream->state()) {
    case S::Open: m_view->setStatus(V::Connected); break;
    case S::Connecting: m_view->setStatus(V::Connecting); break;
    case S::InUse: m_view->setStatus(V::InUse, reason); break;
    case S::WaitingForGuest: m_view->setStatus(V::WaitingForGuest); break;
    case S::Closed:
        // The connection is lost and the stream reattaches when it is back.
        if (m_stream->closeCause() == ConsoleStream::CloseCause::Daemon && m_stream->wantsAttached()) {
            m_view->setStatus(V::Reconnecting, reason);
            break;
        }
        switch (m_stream->closeCause()) {
        case ConsoleStream::CloseCause::Error: m_view->setStatus(V::Error, reason); break;
        case ConsoleStream::CloseCause::Unsupported: m_view->setStatus(V::Unsupported, reason); break;
        default: m_view->setStatus(V::Disconnected, reason); break;
        }
        break;
    }
}

} // namespace vcv
