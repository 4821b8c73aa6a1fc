// SPDX-FileCopyrightText: 2026 The virt-console-viewer developers
// SPDX-License-Identifier: GPL-2.0-or-later
#include "widgets/SshPrompter.h"

#include <QDialog>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace vcv {

SshPrompter::SshPrompter(SshAskPassService *service, QWidget *parentWindow)
    : QObject(parentWindow)
    , m_service(service)
    , m_parentWindow(parentWindow)
{
    connect(service, &SshAskPassService::promptRequested, this, &SshPrompter::show);
    connect(service, &SshAskPassService::promptWithdrawn, this, [this](quint64 id) {
        if (QPointer<QDialog> dialog = m_open.take(id))
            dialog->reject();
    });
}

void SshPrompter::show(quint64 id, const QString &prompt, SshAskPassService::PromptKind kind,
                       const QString &destination)
{
    QDialog *dialog = nullptr;
    QLineEdit *secret = nullptr;
    if (kind == SshAskPassService::PromptKind::Secret) {
        dialog = new QDialog(m_parentWindow);
        dialog->setObjectName(u"sshSecretPrompt"_s);
        auto *layout = new QVBoxLayout(dialog);
        // ssh's own words name the key or the user and host ("Enter passphrase for key …"); which
        // connection asks is said above them, from ssh's command line, not from the prompt.
        if (!destination.isEmpty()) {
            auto *asker = new QLabel(tr("ssh connecting to %1 asks:").arg(destination), dialog);
            asker->setObjectName(u"sshDestination"_s);
            asker->setTextFormat(Qt::PlainText);
            layout->addWidget(asker);
        }
        auto *label = new QLabel(prompt, dialog);
        label->setObjectName(u"sshPrompt"_s);
        label->setTextFormat(Qt::PlainText);
        label->setWordWrap(true);
        layout->addWidget(label);
        secret = new QLineEdit(dialog);
        secret->setEchoMode(QLineEdit::Password);
        label->setBuddy(secret);
        layout->addWidget(secret);
        auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, dialog);
        connect(buttons, &QDialogButtonBox::accepted, dialog, &QDialog::accept);
        connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
        layout->addWidget(buttons);
        secret->setFocus();
    } else {
        auto *box = new QMessageBox(m_parentWindow);
        box->setObjectName(kind == SshAskPassService::PromptKind::Question ? u"sshQuestionPrompt"_s : u"sshNotice"_s);
        box->setTextFormat(Qt::PlainText);
        box->setText(prompt);
        if (kind == SshAskPassService::PromptKind::Question) {
            box->setIcon(QMessageBox::Question);
            box->setInformativeText(destination.isEmpty()
                                        ? tr("Answer Yes only if you trust this host and its key.")
                                        : tr("Asked by ssh connecting to %1. Answer Yes only if you trust this host "
                                             "and its key.")
                                              .arg(destination));
            box->setStandardButtons(QMessageBox::Yes | QMessageBox::No);
            // Accepting a host key is a trust decision: Enter must not make it.
            box->setDefaultButton(QMessageBox::No);
        } else {
            box->setIcon(QMessageBox::Information);
            box->setStandardButtons(QMessageBox::Ok);
        }
        dialog = box;
    }
    dialog->setWindowTitle(destination.isEmpty() ? tr("SSH") : tr("SSH — %1").arg(destination));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::NonModal);
    m_open.insert(id, dialog);

    QPointer<SshAskPassService> service = m_service;
    connect(dialog, &QDialog::finished, this, [this, id, kind, dialog, secret, service](int result) {
        const bool stillAsked = m_open.remove(id) > 0;
        if (!service || !stillAsked || kind == SshAskPassService::PromptKind::Notice)
            return;
        if (kind == SshAskPassService::PromptKind::Secret) {
            if (result == QDialog::Accepted)
                service->answer(id, secret->text());
            else
                service->cancel(id);
            return;
        }
        // ssh takes the word, not a button code.
        auto *box = static_cast<QMessageBox *>(dialog);
        service->answer(id, box->clickedButton() == box->button(QMessageBox::Yes) ? u"yes"_s : u"no"_s);
    });
    dialog->show();
    dialog->raise();
    dialog->activateWindow();
}

} // namespace vcv
