// SPDX-FileCopyrightText: 2026 The virt-console-viewer developers
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "virt/CredentialRequest.h"

#include <QDialog>
#include <QList>

class QLineEdit;

namespace vcv {

/// Asks the questions of one libvirt credential request (user name, password, passphrase, free
/// prompts), one field each; fields libvirt says must not echo are password fields. The answers
/// go back with answers() after accept(). It knows nothing of Connection.
class CredentialDialog : public QDialog
{
    Q_OBJECT
public:
    CredentialDialog(const QString &uri, const CredentialRequestList &requests, QWidget *parent = nullptr);

    /// The requests with `answer` filled from the fields.
    CredentialRequestList answers() const;
    /// The field of request `i` (for tests); nullptr when out of range.
    QLineEdit *field(int i) const { return m_fields.value(i); }

private:
    CredentialRequestList m_requests;
    QList<QLineEdit *> m_fields;
};

} // namespace vcv
