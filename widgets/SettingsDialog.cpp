// SPDX-FileCopyrightText: 2026 The virt-console-viewer developers
// SPDX-License-Identifier: GPL-2.0-or-later
#include "SettingsDialog.h"

#include "LogSyntax.h"
#include "ShortcutsPage.h"
#include "TerminalView.h"

#include "bootlog/LogArchiver.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFontComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace vcv {

SettingsDialog::SettingsDialog(const ViewSettings &settings, QWidget *parent)
    : QDialog(parent)
    , m_appearance(new QComboBox)
    , m_font(new QFontComboBox)
    , m_fontSize(new QSpinBox)
    , m_scheme(new QComboBox)
    , m_scrollback(new QSpinBox)
    , m_unlimited(new QCheckBox(tr("Unlimited")))
    , m_pasteSpeed(new QSpinBox)
    , m_confirmPaste(new QCheckBox(tr("Ask before pasting several lines")))
    , m_seedTerminal(new QCheckBox(tr("Start a console's terminal from the end of its log")))
    , m_logTheme(new QComboBox)
    , m_follow(new QCheckBox(tr("Follow the end of the log when a console opens")))
    , m_readAsAdministrator(new QCheckBox(tr("Read logs only root may read with administrator rights without asking")))
    , m_archive(new QCheckBox(tr("Archive the earlier text when a log is wiped")))
    , m_archiveFolder(new QLineEdit)
    , m_archiveKeep(new QSpinBox)
    , m_notify(new QCheckBox(tr("Notify me when a guest panics or stalls during boot")))
    , m_stallSeconds(new QSpinBox)
    , m_shortcuts(new ShortcutsPage(settings.shortcuts))
{
    setWindowTitle(tr("Settings"));

    m_font->setFontFilters(QFontComboBox::MonospacedFonts);
    m_font->setCurrentFont(settings.terminalFont);
    m_fontSize->setRange(4, 72);
    m_fontSize->setSuffix(tr(" pt"));
    m_fontSize->setValue(settings.terminalFont.pointSize() > 0 ? settings.terminalFont.pointSize() : 10);
    auto *fontRow = new QHBoxLayout;
    fontRow->addWidget(m_font, 1);
    fontRow->addWidget(m_fontSize);

    m_scheme->addItem(tr("Follow the desktop (light or dark)"), QString());
    const QStringList schemes = TerminalView::availableColorSchemes();
    for (const QString &scheme : schemes)
        m_scheme->addItem(scheme, scheme);
    m_scheme->setCurrentIndex(qMax(0, m_scheme->findData(settings.terminalColorScheme)));

    m_scrollback->setRange(0, 10000000);
    m_scrollback->setSingleStep(1000);
    m_scrollback->setSuffix(tr(" lines"));
    m_scrollback->setValue(settings.scrollbackLines < 0 ? 10000 : settings.scrollbackLines);
    m_unlimited->setChecked(settings.scrollbackLines < 0);
    m_scrollback->setEnabled(!m_unlimited->isChecked());
    connect(m_unlimited, &QCheckBox::toggled, m_scrollback, [this](bool on) { m_scrollback->setEnabled(!on); });
    auto *scrollbackRow = new QHBoxLayout;
    scrollbackRow->addWidget(m_scrollback, 1);
    scrollbackRow->addWidget(m_unlimited);

    m_pasteSpeed->setRange(0, 1000000);
    m_pasteSpeed->setSingleStep(100);
    m_pasteSpeed->setSuffix(tr(" characters/s"));
    m_pasteSpeed->setSpecialValueText(tr("One window per echo timeout"));
    m_pasteSpeed->setValue(qMax(0, settings.pasteCharsPerSecond));
    m_pasteSpeed->setToolTip(tr("Pastes go out as fast as the guest echoes them, a line at a time. A guest that "
                                "does not echo (a password prompt, echo turned off) gets them at this pace."));
    m_confirmPaste->setChecked(settings.confirmMultilinePaste);
    m_seedTerminal->setChecked(settings.seedTerminalFromLog);
    m_seedTerminal->setToolTip(tr("A running guest's terminal shows its recent output at once, taken from the "
                                  "console's log, instead of staying empty until the guest prints."));

    m_appearance->addItem(tr("Follow the desktop"), int(ViewSettings::Appearance::System));
    m_appearance->addItem(tr("Light"), int(ViewSettings::Appearance::Light));
    m_appearance->addItem(tr("Dark"), int(ViewSettings::Appearance::Dark));
    m_appearance->setCurrentIndex(qMax(0, m_appearance->findData(int(settings.appearance))));
    auto *window = new QGroupBox(tr("Window"));
    auto *windowForm = new QFormLayout(window);
    windowForm->addRow(tr("&Appearance:"), m_appearance);

    auto *terminal = new QGroupBox(tr("Terminal"));
    auto *terminalForm = new QFormLayout(terminal);
    // Rows holding a layout get no buddy from QFormLayout: without one the '&' would show.
    auto *fontLabel = new QLabel(tr("&Font:"));
    fontLabel->setBuddy(m_font);
    terminalForm->addRow(fontLabel, fontRow);
    terminalForm->addRow(tr("&Colours:"), m_scheme);
    auto *scrollbackLabel = new QLabel(tr("&Scrollback:"));
    scrollbackLabel->setBuddy(m_scrollback);
    terminalForm->addRow(scrollbackLabel, scrollbackRow);
    terminalForm->addRow(tr("&Paste pace without echo:"), m_pasteSpeed);
    terminalForm->addRow(QString(), m_confirmPaste);
    terminalForm->addRow(QString(), m_seedTerminal);

    m_logTheme->addItem(tr("Follow the desktop (light or dark)"), QString());
    const QStringList themes = LogSyntax::themeNames();
    for (const QString &theme : themes)
        m_logTheme->addItem(theme, theme);
    m_logTheme->setCurrentIndex(qMax(0, m_logTheme->findData(settings.logTheme)));
    m_follow->setChecked(settings.followLog);
    m_readAsAdministrator->setChecked(settings.readRootLogsAsAdministrator);
    m_readAsAdministrator->setToolTip(tr("virtlogd writes console logs readable by root only. The viewer's log reader, "
                                         "run by pkexec, reads a console's log for you; off, the log pane asks "
                                         "first."));

    m_archive->setChecked(settings.archiveWipedLogs);
    m_archive->setToolTip(tr("virtlogd deletes a console's log when a domain with <log append='off'> starts, and a "
                             "log may be truncated by hand. The text it held before is then written to a file of "
                             "its own in the archive folder, one subfolder per host."));
    m_archiveFolder->setObjectName(u"archiveFolder"_s);
    m_archiveFolder->setText(settings.archiveFolder);
    m_archiveFolder->setPlaceholderText(LogArchiver::defaultRoot());
    m_archiveFolder->setToolTip(
        tr("Empty: %1. Each host gets a subfolder (\"local\" for this machine).").arg(LogArchiver::defaultRoot()));
    m_archiveFolder->setClearButtonEnabled(true);
    auto *browse = new QPushButton(tr("&Browse…"));
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString current =
            m_archiveFolder->text().isEmpty() ? m_archiveFolder->placeholderText() : m_archiveFolder->text();
        const QString folder = QFileDialog::getExistingDirectory(this, tr("Archive Folder"), current);
        if (!folder.isEmpty())
            m_archiveFolder->setText(folder);
    });
    auto *folderRow = new QHBoxLayout;
    folderRow->addWidget(m_archiveFolder, 1);
    folderRow->addWidget(browse);
    m_archiveKeep->setRange(0, 100000);
    m_archiveKeep->setSpecialValueText(tr("All"));
    m_archiveKeep->setSuffix(tr(" per console"));
    m_archiveKeep->setValue(qMax(0, settings.archiveKeepLast));
    const auto enableArchive = [this, browse](bool on) {
        m_archiveFolder->setEnabled(on);
        browse->setEnabled(on);
        m_archiveKeep->setEnabled(on);
    };
    connect(m_archive, &QCheckBox::toggled, this, enableArchive);
    enableArchive(m_archive->isChecked());

    auto *log = new QGroupBox(tr("Boot log"));
    auto *logForm = new QFormLayout(log);
    logForm->addRow(tr("&Theme:"), m_logTheme);
    logForm->addRow(QString(), m_follow);
    logForm->addRow(QString(), m_readAsAdministrator);
    logForm->addRow(QString(), m_archive);
    auto *folderLabel = new QLabel(tr("Archive &folder:"));
    folderLabel->setBuddy(m_archiveFolder);
    logForm->addRow(folderLabel, folderRow);
    logForm->addRow(tr("&Keep the last:"), m_archiveKeep);

    m_notify->setObjectName(u"notifyBootAlerts"_s);
    m_notify->setChecked(settings.notifyBootAlerts);
    m_notify->setToolTip(tr("A desktop notification when an open console's guest panics, oopses, reaches an "
                            "emergency shell or prints nothing for a while during a boot, unless you are looking "
                            "at that console. Clicking it shows the line."));
    m_stallSeconds->setObjectName(u"bootStallSeconds"_s);
    m_stallSeconds->setRange(0, 86400);
    m_stallSeconds->setSingleStep(10);
    m_stallSeconds->setSuffix(tr(" s"));
    m_stallSeconds->setSpecialValueText(tr("Never"));
    m_stallSeconds->setValue(qMax(0, settings.bootStallSeconds));
    m_stallSeconds->setToolTip(tr("A boot that began while its console was open counts as stalled when the "
                                  "console prints nothing for this long before a login prompt or systemd's "
                                  "\"Startup finished\"."));
    m_stallSeconds->setEnabled(m_notify->isChecked());
    connect(m_notify, &QCheckBox::toggled, m_stallSeconds, &QSpinBox::setEnabled);
    auto *notifications = new QGroupBox(tr("Notifications"));
    auto *notifyForm = new QFormLayout(notifications);
    notifyForm->addRow(QString(), m_notify);
    notifyForm->addRow(tr("Boot sta&lled after:"), m_stallSeconds);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *general = new QWidget;
    auto *generalLayout = new QVBoxLayout(general);
    generalLayout->addWidget(window);
    generalLayout->addWidget(terminal);
    generalLayout->addWidget(log);
    generalLayout->addWidget(notifications);
    generalLayout->addStretch();

    auto *tabs = new QTabWidget;
    tabs->setObjectName(u"pages"_s);
    tabs->addTab(general, tr("&General"));
    tabs->addTab(m_shortcuts, tr("S&hortcuts"));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(tabs);
    layout->addWidget(buttons);
}

ViewSettings SettingsDialog::settings() const
{
    ViewSettings result;
    result.appearance = ViewSettings::Appearance(m_appearance->currentData().toInt());
    result.terminalFont = m_font->currentFont();
    result.terminalFont.setPointSize(m_fontSize->value());
    result.terminalFont.setStyleHint(QFont::TypeWriter);
    result.terminalColorScheme = m_scheme->currentData().toString();
    result.scrollbackLines = m_unlimited->isChecked() ? -1 : m_scrollback->value();
    result.pasteCharsPerSecond = m_pasteSpeed->value();
    result.confirmMultilinePaste = m_confirmPaste->isChecked();
    result.seedTerminalFromLog = m_seedTerminal->isChecked();
    result.logTheme = m_logTheme->currentData().toString();
    result.followLog = m_follow->isChecked();
    result.readRootLogsAsAdministrator = m_readAsAdministrator->isChecked();
    result.archiveWipedLogs = m_archive->isChecked();
    result.archiveFolder = m_archiveFolder->text().trimmed();
    result.archiveKeepLast = m_archiveKeep->value();
    result.notifyBootAlerts = m_notify->isChecked();
    result.bootStallSeconds = m_stallSeconds->value();
    result.shortcuts = m_shortcuts->overrides();
    return result;
}

} // namespace vcv
