// SPDX-FileCopyrightText: 2026 The virt-console-viewer developers
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "bootlog/BootLineClassifier.h"
#include "bootlog/LineTypes.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

namespace vcv {

class LogBootEndScanner;
class LogDocument;
class LogProblemScanner;

/// Decides when an open console deserves the user's attention while they look elsewhere: what
/// the shell turns into a desktop notification (BootNotifications). It knows no D-Bus and no
/// widget.
///
/// Problems: a kernel panic, an Oops or an emergency shell (BootAlertWatch::alerts()) that
/// arrives in the followed log, as the tab's LogProblemScanner finds it: problemArrived() once
/// per problem line. Lines that were in the log when the document opened, and history put in
/// front later (LogDocument::linesPrepended), are not news: only lines at or after the end the
/// document had when it opened count. Lines are told apart by their ByteOffset, which stays
/// when history is prepended.
///
/// Boot stalled: the log's last boot began while the console was open (BootSegment::seenAt), has
/// no login prompt and no "Startup finished" yet (LogBootEndScanner), had no problem reported
/// here (the silence after a panic is the panic's), and the attached console printed nothing for
/// stallSeconds(): bootStalled(), once; the console's next output arms it again. A console
/// that is not attached (a guest shut off) is never stalled. Boots that began before the console
/// was opened are not watched: the viewer cannot tell a boot that hangs from one that finished
/// at a shell without a login prompt (an initramfs shell).
///
/// Thread: GUI thread (a timer). The document and the problem scanner are not owned and must
/// outlive the watch or be unset (setSources(nullptr, nullptr)).
class BootAlertWatch : public QObject
{
    Q_OBJECT
public:
    /// The default of stallSeconds().
    static constexpr int kDefaultStallSeconds = 60;
    /// How long a stall judgement waits for a rescan of the boot ends (after prepended history).
    static constexpr int kRescanRetryMs = 500;
    /// How much of a line the signals carry (characters).
    static constexpr qsizetype kTextLength = 500;

    explicit BootAlertWatch(QObject *parent = nullptr);
    ~BootAlertWatch() override;

    /// The problems worth an alert: KernelPanic, Oops, EmergencyMode.
    static bool alerts(BootProblemKind kind);

    /// The document to watch and the scanner that finds its problems (the log pane's). What the
    /// document holds now is history.
    void setSources(const LogDocument *document, const LogProblemScanner *problems);
    /// Off: nothing is reported and the stall timer stops (default on).
    void setEnabled(bool on);
    bool isEnabled() const { return m_enabled; }
    /// Seconds without console output before a boot counts as stalled; 0 turns that off.
    void setStallSeconds(int seconds);
    int stallSeconds() const { return m_stallSeconds; }

    /// The console is no longer attached (the guest stopped, the connection went): a silence
    /// is no stall. The stall timer stops until the next output.
    void consoleDetached();
    /// The console printed something: (re)starts the stall timer.
    void consoleOutput();
    /// Whether the stall timer runs (the console printed, no stall reported since).
    bool isStallArmed() const { return m_stallTimer.isActive(); }
    /// Whether the log's last boot began while the console was open and has not ended yet.
    bool isBootInProgress() const;

Q_SIGNALS:
    /// A new problem line (its start); @p text is the line as shown, at most kTextLength characters.
    void problemArrived(vcv::BootProblemKind kind, vcv::ByteOffset line, const QString &text);
    /// The console printed nothing for @p seconds during a boot; @p line is the log's last line
    /// with text.
    void bootStalled(int seconds, vcv::ByteOffset line, const QString &text);

private:
    void onDocumentReset();
    void onProblemsChanged();
    void checkStall();
    QString textOf(LineNumber line) const;

    QPointer<const LogDocument> m_document;
    QPointer<const LogProblemScanner> m_problems;
    LogBootEndScanner *m_ends; // a child, on m_document
    bool m_enabled = true;
    int m_stallSeconds = kDefaultStallSeconds;
    // Problem lines starting here or later have not been looked at: at first the end the
    // document had when it opened (what was there is history), then past the last problem
    // looked at (each problem line is reported once, also when a rescan lists it again).
    ByteOffset m_unseenFrom;
    ByteOffset m_lastProblem; // the last problem reported (a stall in its boot is not news)
    QTimer m_stallTimer;
};

} // namespace vcv
