// SPDX-FileCopyrightText: 2026 The virt-console-viewer developers
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QList>
#include <QMetaType>
#include <QString>

namespace vcv {

/// One question libvirt asks while opening a connection (a virConnectCredential), and the
/// answer. Connection fills the question; the GUI (CredentialDialog) fills `answer`.
struct CredentialRequest
{
    enum class Type {
        Username,     ///< VIR_CRED_USERNAME / VIR_CRED_AUTHNAME: echoed
        Password,     ///< VIR_CRED_PASSPHRASE: not echoed
        EchoPrompt,   ///< VIR_CRED_ECHOPROMPT: a free question, echoed
        NoEchoPrompt, ///< VIR_CRED_NOECHOPROMPT: a free question, not echoed (ssh key passphrase …)
        Realm,        ///< VIR_CRED_REALM: echoed
    };

    Type type = Type::Username;
    int libvirtType = 0;   ///< the original VIR_CRED_* value
    QString prompt;        ///< libvirt's prompt text, untranslated
    QString challenge;     ///< extra text libvirt shows with the prompt; may be empty
    QString defaultAnswer; ///< libvirt's default (the user name from the URI, say); may be empty
    QString answer;

    bool echo() const { return type == Type::Username || type == Type::EchoPrompt || type == Type::Realm; }
};

using CredentialRequestList = QList<CredentialRequest>;

} // namespace vcv

Q_DECLARE_METATYPE(vcv::CredentialRequestList)
