// SPDX-FileCopyrightText: 2026 The virt-console-viewer developers
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace vcv {

/// "Add Connection": builds a libvirt URI from hypervisor, transport, user, host, port and ssh
/// key file the way virt-manager does, and shows it in an editable field; editing the URI by hand
/// wins over the fields until a field changes again. It only produces the URI (uri()); the caller
/// adds the connection.
class AddConnectionDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Hypervisor { QemuSystem, QemuSession, Lxc, Xen, Test };
    Q_ENUM(Hypervisor)
    enum class Transport { Local, Ssh, Tls, Tcp };
    Q_ENUM(Transport)

    struct Parameters
    {
        Hypervisor hypervisor = Hypervisor::QemuSystem;
        Transport transport = Transport::Local;
        QString user;
        QString host;
        int port = 0;    ///< 0: the transport's default
        QString keyFile; ///< ssh only
    };

    /// The URI for the parameters, e.g. qemu+ssh://root@host:2222/system?keyfile=/k.
    /// Test ignores the transport (test:///default); Local ignores user, host and port.
    static QString buildUri(const Parameters &p);

    explicit AddConnectionDialog(QWidget *parent = nullptr);

    /// The URI as it stands in the editable field.
    QString uri() const;
    Parameters parameters() const;
    void setParameters(const Parameters &p);

private:
    void updateFromFields();
    void updateEnabled();

    QComboBox *m_hypervisor = nullptr;
    QComboBox *m_transport = nullptr;
    QLineEdit *m_user = nullptr;
    QLineEdit *m_host = nullptr;
    QSpinBox *m_port = nullptr;
    QLineEdit *m_keyFile = nullptr;
    QLineEdit *m_uri = nullptr;
    QPushButton *m_ok = nullptr;
};

} // namespace vcv
