// SPDX-FileCopyrightText: 2026 The virt-console-viewer developers
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QWidget>

class QCheckBox;
class QListView;

namespace vcv {

class BootListModel;
class LogDocument;

/// The list of boots of a log with a "This boot only" switch. Activating a boot asks to jump
/// there; with the switch on, the selected boot is the only one shown.
///
/// Thread: GUI thread only. The document is not owned.
class BootListView : public QWidget
{
    Q_OBJECT
public:
    explicit BootListView(QWidget *parent = nullptr);

    void setDocument(const LogDocument *document);
    BootListModel *model() const { return m_model; }
    QListView *listView() const { return m_list; }
    bool thisBootOnly() const;
    /// The selected boot, -1 when none.
    int currentBoot() const;
    void setCurrentBoot(int boot);

Q_SIGNALS:
    /// The user picked boot @p boot (click, Enter): jump to its first line.
    void bootActivated(int boot);
    /// The boot to restrict the view to, -1 for all.
    void bootOnlyChanged(int boot);

public Q_SLOTS:
    void setThisBootOnly(bool only);

private:
    /// After a reset for history put in front: selects the boot that was selected (by line),
    /// without reporting it as a new choice. False when there is none to select.
    bool reselectMovedBoot();

    BootListModel *m_model;
    QListView *m_list;
    QCheckBox *m_only;
    qint64 m_selectedBootLine = -1; // the selected boot's first line, kept across a model reset
    bool m_reselecting = false;
};

} // namespace vcv
