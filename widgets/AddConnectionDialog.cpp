// SPDX-FileCopyrightText: 2026 The virt-console-viewer developers
// SPDX-License-Identifier: GPL-2.0-or-later
#include "widgets/AddConnectionDialog.h"

#include "virt/ConnectionError.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QUrlQuery>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace vcv {

QString AddConnectionDialog::buildUri(const Parameters &p)
{
    if (p.hypervisor == Hypervisor::Test)
        return u"test:///default"_s;
    QString driver;
    QString path;
    switch (p.hypervisor) {
    case Hypervisor::QemuSystem:
        driver = u"qemu"_s;
        path = u"/system"_s;
        break;
    case Hypervisor::QemuSession:
        driver = u"qemu"_s;
        path = u"/session"_s;
        break;
    case Hypervisor::Lxc:
        driver = u"lxc"_s;
        path = u"/"_s;
        break;
    case Hypervisor::Xen:
        driver = u"xen"_s;
        path = u"/"_s;
        break;
    case Hypervisor::Test: break;
    }
    if (p.transport == Transport::Local || p.host.trimmed().isEmpty())
        return driver + u"://"_s + path;
    QString scheme = driver;
    switch (p.transport) {
    case Transport::Ssh: scheme += u"+ssh"_s; break;
    case Transport::Tls: scheme += u"+tls"_s; break;
    case Transport::Tcp: scheme += u"+tcp"_s; break;
    case Transport::Local: break;
    }
    QString host = p.host.trimmed();
    if (host.contains(u':') && !host.startsWith(u'['))
        host = u'[' + host + u']'; // an IPv6 address
    QString authority;
    if (!p.user.trimmed().isEmpty())
        authority = QString::fromUtf8(QUrl::toPercentEncoding(p.user.trimmed())) + u'@';
    authority += host;
    if (p.port > 0)
        authority += u':' + QString::number(p.port);
    QString uri = scheme + u"://"_s + authority + path;
    if (p.transport == Transport::Ssh && !p.keyFile.trimmed().isEmpty())
        uri += u"?keyfile="_s + QString::fromUtf8(QUrl::toPercentEncoding(p.keyFile.trimmed(), "/"));
    return uri;
}

AddConnectionDialog::AddConnectionDialog(QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Add Connection"));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;

    m_hypervisor = new QComboBox(this);
    m_hypervisor->addItem(tr("QEMU/KVM"), int(Hypervisor::QemuSystem));
    m_hypervisor->addItem(tr("QEMU/KVM user session"), int(Hypervisor::QemuSession));
    m_hypervisor->addItem(tr("LXC (Linux containers)"), int(Hypervisor::Lxc));
    m_hypervisor->addItem(tr("Xen"), int(Hypervisor::Xen));
    m_hypervisor->addItem(tr("Test driver (test:///default)"), int(Hypervisor::Test));
    form->addRow(tr("&Hypervisor:"), m_hypervisor);

    m_transport = new QComboBox(this);
    m_transport->addItem(tr("Local"), int(Transport::Local));
    m_transport->addItem(tr("SSH"), int(Transport::Ssh));
    m_transport->addItem(tr("TLS"), int(Transport::Tls));
    m_transport->addItem(tr("TCP (unencrypted, SASL)"), int(Transport::Tcp));
    form->addRow(tr("&Transport:"), m_transport);

    m_user = new QLineEdit(this);
    m_user->setPlaceholderText(tr("default: your login name"));
    form->addRow(tr("&User:"), m_user);
    m_host = new QLineEdit(this);
    m_host->setPlaceholderText(tr("host name or address"));
    form->addRow(tr("H&ost:"), m_host);
    m_port = new QSpinBox(this);
    m_port->setRange(0, 65535);
    m_port->setSpecialValueText(tr("default"));
    form->addRow(tr("&Port:"), m_port);

    auto *keyRow = new QHBoxLayout;
    m_keyFile = new QLineEdit(this);
    m_keyFile->setPlaceholderText(tr("ssh's default keys"));
    auto *browse = new QPushButton(tr("Browse…"), this);
    keyRow->addWidget(m_keyFile);
    keyRow->addWidget(browse);
    form->addRow(tr("SSH &key file:"), keyRow);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString f = QFileDialog::getOpenFileName(this, tr("SSH private key"), m_keyFile->text());
        if (!f.isEmpty())
            m_keyFile->setText(f);
    });

    m_uri = new QLineEdit(this);
    m_uri->setObjectName(u"uri"_s);
    form->addRow(tr("&URI:"), m_uri);
    layout->addLayout(form);

    auto *hint = new QLabel(this);
    hint->setWordWrap(true);
    layout->addWidget(hint);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    for (QComboBox *c : {m_hypervisor, m_transport})
        connect(c, &QComboBox::currentIndexChanged, this, &AddConnectionDialog::updateFromFields);
    for (QLineEdit *e : {m_user, m_host, m_keyFile})
        connect(e, &QLineEdit::textEdited, this, &AddConnectionDialog::updateFromFields);
    connect(m_port, &QSpinBox::valueChanged, this, &AddConnectionDialog::updateFromFields);
    connect(m_uri, &QLineEdit::textChanged, this, [this, hint](const QString &text) {
        const ConnectionError e = ConnectionError::checkUri(text);
        hint->setText(e.isError() ? e.message : QString());
        m_ok->setEnabled(!e.isError());
    });
    updateFromFields();
}

AddConnectionDialog::Parameters AddConnectionDialog::parameters() const
{
    Parameters p;
    p.hypervisor = Hypervisor(m_hypervisor->currentData().toInt());
    p.transport = Transport(m_transport->currentData().toInt());
    p.user = m_user->text();
    p.host = m_host->text();
    p.port = m_port->value();
    p.keyFile = m_keyFile->text();
    return p;
}

void AddConnectionDialog::setParameters(const Parameters &p)
{
    m_hypervisor->setCurrentIndex(m_hypervisor->findData(int(p.hypervisor)));
    m_transport->setCurrentIndex(m_transport->findData(int(p.transport)));
    m_user->setText(p.user);
    m_host->setText(p.host);
    m_port->setValue(p.port);
    m_keyFile->setText(p.keyFile);
    updateFromFields();
}

QString AddConnectionDialog::uri() const
{
    return m_uri->text().trimmed();
}

void AddConnectionDialog::updateEnabled()
{
    const auto p = parameters();
    const bool test = p.hypervisor == Hypervisor::Test;
    const bool remote = !test && p.transport != Transport::Local;
    m_transport->setEnabled(!test);
    m_user->setEnabled(remote);
    m_host->setEnabled(remote);
    m_port->setEnabled(remote);
    m_keyFile->setEnabled(remote && p.transport == Transport::Ssh);
}

void AddConnectionDialog::updateFromFields()
{
    updateEnabled();
    m_uri->setText(buildUri(parameters()));
}

} // namespace vcv
