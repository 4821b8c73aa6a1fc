// SPDX-FileCopyrightText: 2026 The virt-console-viewer developers
// SPDX-License-Identifier: GPL-2.0-or-later
#include "widgets/CredentialDialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace vcv {

CredentialDialog::CredentialDialog(const QString &uri, const CredentialRequestList &requests, QWidget *parent)
    : QDialog(parent)
    , m_requests(requests)
{
    setWindowTitle(tr("Authentication for %1").arg(uri));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("The connection %1 asks for credentials.").arg(uri), this);
    intro->setWordWrap(true);
    intro->setTextFormat(Qt::PlainText);
    layout->addWidget(intro);
    auto *form = new QFormLayout;
    for (const CredentialRequest &r : requests) {
        auto *edit = new QLineEdit(this);
        edit->setText(r.defaultAnswer);
        edit->setEchoMode(r.echo() ? QLineEdit::Normal : QLineEdit::Password);
        QString label = r.prompt;
        if (label.isEmpty()) {
            switch (r.type) {
            case CredentialRequest::Type::Username: label = tr("User name"); break;
            case CredentialRequest::Type::Password: label = tr("Password"); break;
            case CredentialRequest::Type::Realm: label = tr("Realm"); break;
            case CredentialRequest::Type::EchoPrompt:
            case CredentialRequest::Type::NoEchoPrompt: label = tr("Answer"); break;
            }
        }
        if (!label.endsWith(u':'))
            label += u':';
        if (!r.challenge.isEmpty())
            edit->setToolTip(r.challenge);
        form->addRow(label, edit);
        m_fields.append(edit);
    }
    layout->addLayout(form);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    // Focus the first empty field: usually the password, with the user name from the URI given.
    for (QLineEdit *f : std::as_const(m_fields)) {
        if (f->text().isEmpty()) {
            f->setFocus();
            break;
        }
    }
}

CredentialRequestList CredentialDialog::answers() const
{
    CredentialRequestList out = m_requests;
    for (qsizetype i = 0; i < out.size() && i < m_fields.size(); ++i)
        out[i].answer = m_fields.at(i)->text();
    return out;
}

} // namespace vcv
