// SPDX-FileCopyrightText: 2026 The virt-console-viewer developers
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "virt/SshAskPass.h"

#include <QHash>
#include <QObject>
#include <QPointer>

class QDialog;
class QWidget;

namespace vcv {

/// Shows ssh's questions (from SshAskPassService) in the window: a passphrase or password in
/// a hidden field, a yes/no question (an unknown host key, with its fingerprint) as Yes/No,
/// a notice as a message. Not modal to the whole app, so the other connections keep updating
/// while one waits; a dialog closes by itself when ssh stops waiting.
class SshPrompter : public QObject
{
    Q_OBJECT
public:
    SshPrompter(SshAskPassService *service, QWidget *parentWindow);

private:
    void show(quint64 id, const QString &prompt, SshAskPassService::PromptKind kind, const QString &destination);

    QPointer<SshAskPassService> m_service;
    QPointer<QWidget> m_parentWindow;
    QHash<quint64, QPointer<QDialog>> m_open;
};

} // namespace vcv
