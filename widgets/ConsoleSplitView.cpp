// SPDX-FileCopyrightText: 2026 The virt-console-viewer developers
// SPDX-License-Identifier: GPL-2.0-or-later
#include "ConsoleSplitView.h"

#include "LogPane.h"
#include "TerminalView.h"

#include <QCheckBox>
#include <QEvent>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSplitter>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace vcv {

namespace {
// Closing the popped-out window puts the pane back instead of destroying it.
class PopOutWindow : public QWidget
{
public:
    explicit PopOutWindow(ConsoleSplitView *owner)
        : QWidget(nullptr, Qt::Window)
        , m_owner(owner)
    {
    }

protected:
    void closeEvent(QCloseEvent *event) override
    {
        QWidget::closeEvent(event);
        m_owner->setLogPoppedOut(false);
    }

private:
    ConsoleSplitView *m_owner;
};
} // namespace

ConsoleSplitView::ConsoleSplitView(QWidget *parent)
    : QWidget(parent)
    , m_terminal(new TerminalView)
    , m_logPane(new LogPane)
    , m_splitter(new QSplitter(Qt::Horizontal, this))
    , m_logSide(new QStackedWidget)
    , m_unavailablePage(new QWidget)
    , m_unavailableText(new QLabel)
    , m_enableButton(new QPushButton(tr("Enable console logging")))
    , m_adminButton(new QPushButton(tr("Read as Administrator…")))
    , m_rememberAdmin(new QCheckBox(tr("Do not ask again")))
{
    m_unavailableText->setWordWrap(true);
    m_unavailableText->setTextFormat(Qt::PlainText);
    m_unavailableText->setAlignment(Qt::AlignCenter);
    m_unavailableText->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_enableButton->setToolTip(tr("Adds a virtlogd log to this console in the domain's persistent definition. "
                                  "It takes effect the next time the domain starts."));
    auto *pageLayout = new QVBoxLayout(m_unavailablePage);
    pageLayout->addStretch();
    pageLayout->addWidget(m_unavailableText);
    pageLayout->addWidget(m_enableButton, 0, Qt::AlignHCenter);
    m_adminButton->setToolTip(tr("Reads the log through virt-console-viewer-logread, run with administrator rights "
                                 "by pkexec. It reads only this console's log."));
    m_rememberAdmin->setToolTip(tr("Read logs that only root may read this way from now on without asking. "
                                   "Settings can turn it off again."));
    pageLayout->addWidget(m_adminButton, 0, Qt::AlignHCenter);
    pageLayout->addWidget(m_rememberAdmin, 0, Qt::AlignHCenter);
    pageLayout->addStretch();
    pageLayout->setContentsMargins(24, 24, 24, 24);

    m_logSide->addWidget(m_logPane);
    m_logSide->addWidget(m_unavailablePage);

    m_splitter->addWidget(m_terminal);
    m_splitter->addWidget(m_logSide);
    m_splitter->setChildrenCollapsible(true);
    m_splitter->setStretchFactor(0, 1);
    m_splitter->setStretchFactor(1, 1);
    // Half and half to begin with: the panes' size hints differ wildly (the terminal asks for
    // almost nothing), and a splitter left to them would all but hide the terminal.
    m_splitter->setSizes({1000, 1000});
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_splitter);

    connect(m_enableButton, &QPushButton::clicked, this, &ConsoleSplitView::enableLoggingRequested);
    connect(m_adminButton, &QPushButton::clicked, this, [this] {
        m_adminButton->setEnabled(false); // one request; the page changes with its outcome
        Q_EMIT administratorReadRequested(m_rememberAdmin->isChecked());
    });
    connect(m_splitter, &QSplitter::splitterMoved, this, &ConsoleSplitView::layoutChanged);
}

ConsoleSplitView::~ConsoleSplitView()
{
    // The pop-out window has no parent: take the pane back so that it dies with us. Silently:
    // the shell that listens to layoutChanged() may be half destroyed itself (the main window
    // deletes its tabs from its own destructor).
    const QSignalBlocker silent(this);
    setLogPoppedOut(false);
}

void ConsoleSplitView::showLog()
{
    m_logSide->setCurrentWidget(m_logPane);
}

bool ConsoleSplitView::confirmForceOff(const QString &name)
{
    QMessageBox box(QMessageBox::Warning, tr("Restart %1 Paused?").arg(name),
                    tr("%1 is running. Force it off and start it paused so the next boot is shown from its first "
                       "line?")
                        .arg(name),
                    QMessageBox::NoButton, this);
    box.setTextFormat(Qt::PlainText); // the domain's name is the guest owner's text, not markup
    box.setInformativeText(tr("Forcing off is like pulling the plug: what the guest has not written to its disks "
                              "is lost, and its file systems may need a check."));
    QPushButton *restart = box.addButton(tr("Force Off and Restart Paused"), QMessageBox::DestructiveRole);
    QPushButton *cancel = box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(cancel);
    box.setEscapeButton(cancel);
    box.exec();
    return box.clickedButton() == restart;
}

void ConsoleSplitView::showLogUnavailable(const QString &message, bool offerEnableLogging)
{
    m_unavailableText->setText(message);
    m_enableButton->setVisible(offerEnableLogging);
    m_enableButton->setEnabled(true);
    m_adminButton->setVisible(false);
    m_rememberAdmin->setVisible(false);
    m_logSide->setCurrentWidget(m_unavailablePage);
}

void ConsoleSplitView::offerAdministratorRead(const QString &message)
{
    showLogUnavailable(message);
    m_adminButton->setVisible(true);
    m_adminButton->setEnabled(true);
    m_rememberAdmin->setVisible(true);
}

QString ConsoleSplitView::logUnavailableMessage() const
{
    return m_logSide->currentWidget() == m_unavailablePage ? m_unavailableText->text() : QString();
}

void ConsoleSplitView::setOrientation(Qt::Orientation orientation)
{
    m_splitter->setOrientation(orientation);
    Q_EMIT layoutChanged();
}

Qt::Orientation ConsoleSplitView::orientation() const
{
    return m_splitter->orientation();
}

QByteArray ConsoleSplitView::saveState() const
{
    return m_splitter->saveState();
}

bool ConsoleSplitView::restoreState(const QByteArray &state)
{
    return m_splitter->restoreState(state);
}

void ConsoleSplitView::setLogPoppedOut(bool poppedOut)
{
    if (poppedOut == isLogPoppedOut())
        return;
    if (poppedOut) {
        m_popOutWindow = new PopOutWindow(this);
        m_popOutWindow->setWindowTitle(window()->windowTitle() + tr(" — Boot log"));
        auto *layout = new QVBoxLayout(m_popOutWindow);
        layout->setContentsMargins(0, 0, 0, 0);
        layout->addWidget(m_logSide);
        m_popOutWindow->resize(m_logSide->size().expandedTo(QSize(640, 480)));
        m_popOutWindow->show();
    } else {
        QWidget *window = m_popOutWindow;
        m_popOutWindow = nullptr;
        m_splitter->addWidget(m_logSide);
        m_logSide->show();
        window->deleteLater();
    }
    Q_EMIT layoutChanged();
}

bool ConsoleSplitView::isLogPoppedOut() const
{
    return m_popOutWindow != nullptr;
}

} // namespace vcv
