// SPDX-FileCopyrightText: 2026 The virt-console-viewer developers
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QFrame>
#include <QList>

class QLabel;
class QHBoxLayout;
class QAction;
class QToolButton;

namespace vcv {

/// A one-line strip above the terminal that says why the console is not (or no longer) live —
/// disconnected, in use by another client, waiting for the guest — with buttons for the actions
/// that fix it. The actions are owned by the caller; the banner only shows them as buttons.
/// GUI thread only.
class TerminalBanner : public QFrame
{
    Q_OBJECT
public:
    enum class Tone { Information, Warning, Error };

    explicit TerminalBanner(QWidget *parent = nullptr);

    /// Shows `text` with one button per action (in order). Replaces what was shown before.
    void showMessage(const QString &text, Tone tone, const QList<QAction *> &actions = {});
    /// Hides the banner.
    void clear();

    QString text() const;
    Tone tone() const { return m_tone; }
    /// The buttons currently shown, in order (for tests and accessibility tools).
    QList<QToolButton *> buttons() const { return m_buttons; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void applyTone();

    QLabel *m_label;
    QHBoxLayout *m_layout;
    QList<QToolButton *> m_buttons;
    Tone m_tone = Tone::Information;
    bool m_applyingTone = false;
};

} // namespace vcv
