// SPDX-FileCopyrightText: 2026 The virt-console-viewer developers
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QObject>
#include <QSize>

class QTermWidget;
class QTimer;
class QWidget;

namespace vcv {

/// Measures the terminal's screen size, in character cells, whenever it may have changed: after
/// the user resized the window or the split, or zoomed, or the banner above it went away, once
/// the change has settled (kSettleMs without another), so that a drag gives one answer and not
/// fifty.
///
/// The size is measured only while the banner above the terminal is hidden: that is the size the
/// user works with. Each measurement is reported, the first and a size unchanged too: what the
/// size means (a size the guest was not told) may have been hidden behind the banner meanwhile,
/// and whether the first one is the terminal as it opened or already the user's resize is for the
/// listener to judge (it may have told the guest a size before). No size is measured while the
/// terminal is hidden (a tab in the background follows the window without being looked at).
///
/// GUI thread only; watches resize, font-change, show and hide events, nothing else.
class TerminalResizeWatch : public QObject
{
    Q_OBJECT
public:
    static constexpr int kSettleMs = 300;

    TerminalResizeWatch(QTermWidget *terminal, QWidget *banner, QObject *parent = nullptr);

    /// The screen size now: width columns, height lines.
    QSize screenSize() const;
    /// The size last measured; invalid until the terminal was first measured.
    QSize settledSize() const { return m_settled; }

Q_SIGNALS:
    /// The terminal was measured at `cells` (width columns, height lines); the size may be the
    /// one measured before.
    void settled(QSize cells);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void settle();

    QTermWidget *m_terminal;
    QWidget *m_banner;
    QTimer *m_settleTimer;
    QSize m_settled;
};

} // namespace vcv
