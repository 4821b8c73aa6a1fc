// SPDX-FileCopyrightText: 2026 The virt-console-viewer developers
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QWidget>

class QCheckBox;
class QLabel;
class QPushButton;
class QSplitter;
class QStackedWidget;

namespace vcv {

class LogPane;
class TerminalView;

/// One console's view: the terminal and the boot-log pane side by side in a splitter. The log
/// side shows either the LogPane or, when there is no log to show, a page that says why and
/// what to do (with an "Enable console logging" button when that is the remedy).
///
/// Orientation, collapsing either pane and popping the log pane out into a window of its own
/// are the view's; what the buttons do to a domain is the shell's (enableLoggingRequested).
/// Owns its child widgets. GUI thread only.
class ConsoleSplitView : public QWidget
{
    Q_OBJECT
public:
    explicit ConsoleSplitView(QWidget *parent = nullptr);
    ~ConsoleSplitView() override;

    TerminalView *terminal() const { return m_terminal; }
    LogPane *logPane() const { return m_logPane; }
    QSplitter *splitter() const { return m_splitter; }

    /// Shows the log pane (the default).
    void showLog();
    /// Shows `message` (plain text) instead of the log; with `offerEnableLogging` a button that
    /// emits enableLoggingRequested().
    void showLogUnavailable(const QString &message, bool offerEnableLogging = false);
    /// Shows `message` (plain text) instead of the log, with the offer to read it with
    /// administrator rights: a button, and a box to do so from now on without asking
    /// (administratorReadRequested()).
    void offerAdministratorRead(const QString &message);
    /// The page's text while the log is unavailable; empty while the log pane shows.
    QString logUnavailableMessage() const;

    /// Asks, in a modal box over this view, whether the running domain `name` may be forced off
    /// to restart it paused (Force Off and Restart Paused / Cancel; Cancel is the default and
    /// Escape). True when the user chose to force it off.
    bool confirmForceOff(const QString &name);

    void setOrientation(Qt::Orientation orientation);
    Qt::Orientation orientation() const;
    /// Splitter sizes and orientation, for QSettings.
    QByteArray saveState() const;
    bool restoreState(const QByteArray &state);

    /// Moves the log pane into a window of its own, or back into the splitter.
    void setLogPoppedOut(bool poppedOut);
    bool isLogPoppedOut() const;

Q_SIGNALS:
    void enableLoggingRequested();
    /// The user asked to read the log with administrator rights; `remember`: from now on
    /// without asking.
    void administratorReadRequested(bool remember);
    /// The splitter was moved or turned: the shell may remember it.
    void layoutChanged();

private:
    TerminalView *m_terminal;
    LogPane *m_logPane;
    QSplitter *m_splitter;
    QStackedWidget *m_logSide;
    QWidget *m_unavailablePage;
    QLabel *m_unavailableText;
    QPushButton *m_enableButton;
    QPushButton *m_adminButton;
    QCheckBox *m_rememberAdmin;
    QWidget *m_popOutWindow = nullptr;
};

} // namespace vcv
