// SPDX-FileCopyrightText: 2026 The virt-console-viewer developers
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QByteArray>
#include <QDeadlineTimer>
#include <QFont>
#include <QWidget>

#include "widgets/TerminalSequenceFilter.h"

class QTermWidget;
class QAction;
class QMenu;
class QIODevice;
class QTimer;

namespace vcv {

class PastePacer;
class TerminalBanner;
class TerminalPtyWriter;
class TerminalResizeWatch;

/// An interactive terminal on a remote byte stream (a guest's serial console): QTermWidget in
/// teletype mode with a status banner above it.
///
/// Bytes flow one way each: feed() takes what the guest wrote; bytesTyped() gives what the user
/// typed or pasted and the terminal's standard replies (the answer to ESC[6n, say). The view knows
/// nothing of libvirt; the shell connects it to a ConsoleStream and turns the request signals
/// (takeOverRequested, ctrlAltDelRequested …) into calls.
///
/// Guest output is untrusted: it passes TerminalSequenceFilter first, so title, clipboard and
/// window sequences never reach the emulator (docs/terminal.md lists what is honoured).
///
/// GUI thread only. feed() never blocks: bytes are queued and written to the terminal's pty as
/// fast as the emulator drains it (a blocking write would deadlock, the same thread reads the
/// other end).
class TerminalView : public QWidget
{
    Q_OBJECT
public:
    /// What the banner says. Connected hides it.
    enum class Status {
        Connected,
        Connecting,
        Disconnected,    ///< closed; offers Reconnect
        InUse,           ///< another client holds the console; offers Take over and Retry
        WaitingForGuest, ///< the domain is not running; the console reattaches when it starts
        Reconnecting,
        Error,       ///< offers Reconnect
        Unsupported, ///< the connection cannot open consoles at all; offers nothing
    };
    Q_ENUM(Status)

    explicit TerminalView(QWidget *parent = nullptr);
    ~TerminalView() override;

    /// The emulator widget (for tests: keys go to terminal()->focusProxy(), the text shown comes
    /// out of saveHistory()). Do not call its feeding or paste functions directly.
    QTermWidget *terminal() const { return m_term; }
    TerminalBanner *banner() const { return m_banner; }

    /// Shows the state of the console in the banner; `reason` is shown verbatim (plain text).
    void setStatus(Status status, const QString &reason = {});
    Status status() const { return m_status; }

    /// Pastes go out at the pace the guest echoes them (PastePacer). This is the pace for a
    /// guest that does not echo at all (a password prompt, echo off): bytes per second, <= 0 for
    /// one window per echo timeout. Default 0.
    void setSilentPastePace(int bytesPerSecond);
    /// Ask before a paste of several lines goes to the guest (default on).
    void setConfirmMultilinePaste(bool ask) { m_confirmMultilinePaste = ask; }
    bool confirmMultilinePaste() const { return m_confirmMultilinePaste; }
    /// True while a paste is still being sent.
    bool isPasting() const;
    PastePacer *pastePacer() const { return m_pacer; }

    /// Scrollback in lines: < 0 unlimited (kept in a temporary file), 0 none. Default 10000.
    void setScrollbackLines(int lines);
    int scrollbackLines() const { return m_scrollback; }

    /// The font at zoom level 0. Default: the system's fixed-width font.
    void setTerminalFont(const QFont &font);
    QFont terminalFont() const { return m_font; }

    /// A QTermWidget colour scheme by name; empty (the default) follows the application's
    /// palette: a dark scheme on dark palettes, a light one otherwise.
    void setColorScheme(const QString &name);
    QString colorScheme() const { return m_colorScheme; }
    QString effectiveColorScheme() const { return m_effectiveScheme; }
    static QStringList availableColorSchemes();

    /// Writes the scrollback and the screen as plain text to `device`, after everything fed so
    /// far has been shown (spins the event loop until the pty is drained).
    void saveHistory(QIODevice *device);

    /// Bytes fed but not yet handed to the emulator.
    qint64 pendingBytes() const;
    /// Above this many pending bytes the view asks its source to stop (backlogChanged(true)); it
    /// asks again below kBacklogResume. Nothing fed is ever dropped: the limit bounds memory only
    /// when the source honours the request (TerminalSession pauses the ConsoleStream).
    static constexpr qint64 kBacklogPause = 4 * 1024 * 1024;
    static constexpr qint64 kBacklogResume = 1024 * 1024;
    /// See holdOutput().
    static constexpr qsizetype kHeldOutputLimit = 4 * 1024 * 1024;
    bool isBacklogged() const { return m_backlogged; }
    /// Escape sequences removed from guest output so far.
    qint64 refusedSequences() const { return m_filter.refusedCount(); }

    /// The context menu (Copy, Paste, Find, Zoom, Send, Start paused …), built fresh; the caller
    /// owns it. Exposed for the shell's own menus and for tests.
    QMenu *createContextMenu(QWidget *parent);

    QAction *copyAction() const { return m_copyAction; }
    QAction *pasteAction() const { return m_pasteAction; }
    QAction *findAction() const { return m_findAction; }
    QAction *tellSizeAction() const { return m_tellSizeAction; }
    /// The banner's Hide button of the size hint.
    QAction *hideSizeHintAction() const { return m_hideSizeHintAction; }
    /// True while the banner shows the size hint (see tellGuestTerminalSize()).
    bool isShowingSizeHint() const { return m_showingSizeHint; }
    /// Reports the terminal's settled size changes (the size hint's trigger).
    const TerminalResizeWatch *resizeWatch() const { return m_resizeWatch; }
    QAction *takeOverAction() const { return m_takeOverAction; }
    QAction *reconnectAction() const { return m_reconnectAction; }
    /// Held output (see holdOutput()).
    bool isHoldingOutput() const { return m_holding; }
    qsizetype heldOutputSize() const { return m_held.size(); }
    /// Whether `history` already has the end of the first `heldBytes` held bytes (or there are
    /// none): the log has caught up with what the stream had then, and seeding from it now
    /// leaves nothing to guess at the seam.
    bool isHeldOutputIn(QByteArrayView history, qsizetype heldBytes) const;

public Q_SLOTS:
    /// Shows bytes the guest wrote. Never blocks.
    void feed(const QByteArray &bytes);
    /// Forgets half-received escape sequences (call when a new connection starts).
    void resetStream();
    /// Seeding a freshly attached terminal with the console's recent past (from its log):
    /// holdOutput() keeps what feed() gets from then on; seedAndRelease() shows `history` first
    /// (through the same filter, with the guest's queries removed, so the terminal answers no
    /// question of the past), a dimmed mark above its last, unfinished line (the live bytes go on
    /// with that line where the guest left the cursor), then the held bytes less
    /// those `history` already has (the log is complete; the stream may begin with bytes QEMU
    /// kept in its pty from before the attach, then skip what it dropped meanwhile). Where the
    /// log is ahead of the held bytes, what the stream then repeats of it is dropped as it comes.
    /// Held bytes too few to place in `history` (none yet, or bytes every line has) are not
    /// guessed at: the history shows at once, and the stream's bytes are kept until they can be
    /// placed, the user types, or kJoinWaitMs passed.
    /// Held output is bounded: past kHeldOutputLimit bytes heldOutputFull() asks the holder to
    /// seed now (the bytes are still kept: dropping them would lose what the log may lack).
    void holdOutput();
    void seedAndRelease(const QByteArray &history);

    /// Writes a line of the viewer's own into the terminal, dimmed, on a line of its own (a gap
    /// in the console, say). Printable characters of `text` only; never mistaken for guest
    /// output by a paste in progress.
    void showNote(const QString &text);

    void copy();
    /// Pastes the clipboard, paced by the guest's echo; several lines are confirmed first
    /// (setConfirmMultilinePaste).
    void paste();
    /// Sends `text` as a paste: newlines become CR, bracketed if the guest asked for it.
    void pasteText(const QString &text);
    /// Types the clipboard as keystrokes (never bracketed), paced like a paste: for guests where
    /// a paste means something else.
    void typeClipboard();
    /// Stops a paste under way; what was sent stays sent.
    void cancelPaste();
    void zoomIn();
    void zoomOut();
    void resetZoom();
    void toggleSearchBar();
    void clearScrollback();
    /// Types " stty rows R cols C" and Enter for the user, R × C being the terminal's size now: a
    /// serial line cannot carry a window's size, so the guest's programs assume 80×24 (or 0×0)
    /// until told. Only on request, and only while connected (the guest should be at a shell
    /// prompt; the leading space keeps the line out of bash's history). After the user resizes or
    /// zooms the connected terminal to a size the guest was not told, the banner offers this (a
    /// hint, never typed on its own); Hide there ends the hints for this terminal.
    void tellGuestTerminalSize();

Q_SIGNALS:
    /// The emulator has fallen behind the guest by more than kBacklogPause bytes (true), or has
    /// caught up to below kBacklogResume (false): stop and resume reading the guest.
    void backlogChanged(bool backlogged);
    /// The user ticked "do not ask again" in the multi-line paste question.
    void confirmMultilinePasteTurnedOff();
    /// More than kHeldOutputLimit bytes are held (once per holdOutput()).
    void heldOutputFull();
    /// Bytes for the guest: typed keys, pastes and terminal replies, in order.
    void bytesTyped(const QByteArray &bytes);
    void takeOverRequested();
    void reconnectRequested();
    void ctrlAltDelRequested();
    /// Magic SysRq with its command letter ('b' reboot, 's' sync, 'h' help …).
    void sysRqRequested(char command);
    /// Restart the domain paused, attach, then resume, so the whole boot is seen.
    void startPausedRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void onTerminalSendData(const char *data, int size);
    bool canJoinHeldToHistory() const;
    void joinHeldToHistory();
    void updateBacklog();
    void sendPasted(const QString &text, bool bracketed);
    void showPasteProgress(int done, int total);
    void applyColorScheme();
    void applyStatus();
    void offerToTellSize(QSize cells);
    void showContextMenu(const QPoint &pos);

    QTermWidget *m_term = nullptr;
    TerminalBanner *m_banner = nullptr;
    TerminalSequenceFilter m_filter;

    TerminalPtyWriter *m_pty = nullptr; // filtered guest bytes on their way to the emulator
    bool m_backlogged = false;          // backlogChanged(true) emitted, not yet (false)
    bool m_holding = false;             // holdOutput(): feed() keeps bytes in m_held
    bool m_heldFullSaid = false;        // heldOutputFull() was emitted for this hold
    QByteArray m_held;
    // seedAndRelease() from a log ahead of the stream: the bytes the stream will repeat, dropped
    // as they come (until one differs or the deadline passes).
    QByteArray m_seamRepeat;
    // seedAndRelease() with too few held bytes to place: the history shown, kept for the join
    // (joinHeldToHistory()) while feed() collects more, until they can be placed
    // (canJoinHeldToHistory()), the user types or m_joinTimer fires.
    QByteArray m_joinHistory;
    QTimer *m_joinTimer = nullptr;
    static constexpr int kJoinWaitMs = 2000;
    QDeadlineTimer m_seamDeadline;
    static constexpr int kSeamRepeatMs = 2000;

    PastePacer *m_pacer = nullptr; // pastes (and keys typed during them) on their way out
    bool m_confirmMultilinePaste = true;

    int m_scrollback = 10000;
    QFont m_font;
    QString m_colorScheme;
    QString m_effectiveScheme;
    Status m_status = Status::Connected;
    QString m_reason;

    QAction *m_copyAction = nullptr;
    QAction *m_pasteAction = nullptr;
    QAction *m_findAction = nullptr;
    QAction *m_zoomInAction = nullptr;
    QAction *m_zoomOutAction = nullptr;
    QAction *m_zoomResetAction = nullptr;
    QAction *m_takeOverAction = nullptr;
    QAction *m_reconnectAction = nullptr;
    QAction *m_typeClipboardAction = nullptr;
    QAction *m_tellSizeAction = nullptr;
    QAction *m_hideSizeHintAction = nullptr;
    QAction *m_cancelPasteAction = nullptr;

    TerminalResizeWatch *m_resizeWatch = nullptr;
    QSize m_toldSize;               // what tellGuestTerminalSize() last typed (columns × lines)
    QSize m_openedSize;             // the terminal's first measured size, the guest's if never told
    bool m_showingSizeHint = false; // the banner shows offerToTellSize()'s hint
    bool m_sizeHintsHidden = false; // the user hid the hint: no more in this terminal
};

} // namespace vcv
