// SPDX-FileCopyrightText: 2026 The virt-console-viewer developers
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "ViewSettings.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QFontComboBox;
class QLineEdit;
class QSpinBox;

namespace vcv {

class ShortcutsPage;

/// Edits ViewSettings: terminal font, colour scheme, scrollback and paste speed; log theme,
/// follow and the archive of wiped logs; the shortcuts (ShortcutsPage). It reads and returns values only; storing and applying them is the shell's.
class SettingsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit SettingsDialog(const ViewSettings &settings, QWidget *parent = nullptr);
    ViewSettings settings() const;

private:
    QComboBox *m_appearance;
    QFontComboBox *m_font;
    QSpinBox *m_fontSize;
    QComboBox *m_scheme;
    QSpinBox *m_scrollback;
    QCheckBox *m_unlimited;
    QSpinBox *m_pasteSpeed;
    QCheckBox *m_confirmPaste;
    QCheckBox *m_seedTerminal;
    QComboBox *m_logTheme;
    QCheckBox *m_follow;
    QCheckBox *m_readAsAdministrator;
    QCheckBox *m_archive;
    QLineEdit *m_archiveFolder;
    QSpinBox *m_archiveKeep;
    QCheckBox *m_notify;
    QSpinBox *m_stallSeconds;
    ShortcutsPage *m_shortcuts;
};

} // namespace vcv
