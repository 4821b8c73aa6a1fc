// SPDX-FileCopyrightText: 2026 The virt-console-viewer developers
// SPDX-License-Identifier: GPL-2.0-or-later
// Over 600 lines, for now: the one widget around QTermWidget. Its guest-facing side (feed,
// holding the first bytes until the log's tail seeds the screen, the backlog) and its user-facing
// side (paste pacing, zoom, colour schemes, the context menu, the status banner) both reach into
// the same QTermWidget and its emulation. PastePacer, TerminalBanner, TerminalSession and
// TerminalSequenceFilter already live apart; the context menu would be the next to go.
#include "widgets/TerminalView.h"

#include "widgets/ActionRegistry.h"
#include "widgets/PastePacer.h"
#include "widgets/TerminalBanner.h"
#include "widgets/TerminalResizeWatch.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QDeadlineTimer>
#include <QEvent>
#include <QFontDatabase>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QSocketNotifier>
#include <QTimer>
#include <QVBoxLayout>

#include "widgets/QTermWidgetHeaders.h"

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/ioctl.h>
#include <termios.h>
#include <unistd.h>
#include <utility>
#include <vector>

using namespace Qt::StringLiterals;

namespace vcv {

namespace {

bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness() < 128;
}

/// How many of the held stream bytes the history already holds. The log is complete; the stream
/// may begin with bytes QEMU kept in its pty from before the attach and then skip what it
/// dropped until the attach, so the held bytes are not simply a continuation of the history.
/// - The stream mostly runs ahead of the log (virtlogd writes after QEMU): the history's last
///   bytes are then among the held ones, and everything up to them is covered, also stale
///   bytes before a gap.
/// - Else the log is ahead: the latest line end in the held bytes whose preceding bytes the
///   history also has marks what is covered;
/// - failing both, the longest end of the history that the held bytes begin with.
qsizetype longestSuffixPrefix(QByteArrayView text, QByteArrayView pattern);

constexpr qsizetype kAnchor = 256;
constexpr qsizetype kShortestAnchor = 32; // shorter ends of a log match by chance

/// Whether the lines just before `textAt` in `text` and just before `whereAt` in `where` agree:
/// equal, or one the end of the other where it may have been cut at the start of its buffer.
/// Nothing before on either side contradicts nothing.
bool lineBeforeAgrees(QByteArrayView text, qsizetype textAt, QByteArrayView where, qsizetype whereAt)
{
    if (textAt <= 0 || whereAt <= 0)
        return true;
    const qsizetype textStart = text.first(textAt - 1).lastIndexOf('\n') + 1;
    const qsizetype whereStart = where.first(whereAt - 1).lastIndexOf('\n') + 1;
    const QByteArrayView a = text.sliced(textStart, textAt - textStart);
    const QByteArrayView b = where.sliced(whereStart, whereAt - whereStart);
    if (textStart == 0 && b.endsWith(a))
        return true; // `text` may begin inside that line
    if (whereStart == 0 && a.endsWith(b))
        return true;
    return a == b;
}

/// Where the end of `text` ends in `where`, or -1: the last kAnchor bytes of `text`, or, where
/// those span a gap in `where` (a stream that skipped bytes), the shorter ends of them that
/// begin at a line start, longest first, down to kShortestAnchor. Only an end found once
/// counts: a guest's lines often differ in a few bytes only (a counter, a time stamp), and an
/// end without those bytes would place the stream at whichever line came last. A shorter end
/// counts only where the line before it is the same on both sides: a shell's prompt is a line
/// of its own that comes back after every command, and the held bytes "echo x, x, prompt" end
/// with the prompt that a history without the command also ends with.
qsizetype findEnd(QByteArrayView text, QByteArrayView where)
{
    QByteArrayView tail = text.last(std::min(kAnchor, text.size()));
    const qsizetype fullTail = tail.size();
    while (tail.size() >= kShortestAnchor) {
        if (const qsizetype at = where.lastIndexOf(tail); at >= 0) {
            if (where.indexOf(tail) != at)
                return -1; // shorter ends: no better
            if (tail.size() == fullTail || lineBeforeAgrees(text, text.size() - tail.size(), where, at))
                return at + tail.size();
        }
        const qsizetype newline = tail.first(tail.size() - 1).indexOf('\n');
        if (newline < 0)
            break;
        tail = tail.sliced(newline + 1);
    }
    return -1;
}

qsizetype alreadyInHistory(QByteArrayView history, QByteArrayView held)
{
    constexpr int kTries = 256;
    if (const qsizetype end = findEnd(history, held); end >= 0)
        return end;
    qsizetype end = held.size();
    for (int tries = 0; tries < kTries && end >= kAnchor; ++tries) {
        if (history.lastIndexOf(held.sliced(end - kAnchor, kAnchor)) >= 0)
            return end;
        const qsizetype newline = held.first(end - 1).lastIndexOf('\n');
        if (newline < 0)
            break;
        end = newline + 1;
    }
    return longestSuffixPrefix(history, held);
}

/// The length of the longest end of `text` that `pattern` begins with (Knuth–Morris–Pratt:
/// linear in both sizes, where trying every length would be quadratic).
qsizetype longestSuffixPrefix(QByteArrayView text, QByteArrayView pattern)
{
    const qsizetype m = std::min(text.size(), pattern.size());
    if (m == 0)
        return 0;
    pattern = pattern.first(m);
    text = text.last(m);
    std::vector<qsizetype> fail(size_t(m), 0);
    for (qsizetype i = 1, k = 0; i < m; ++i) {
        while (k > 0 && pattern[i] != pattern[k])
            k = fail[size_t(k - 1)];
        if (pattern[i] == pattern[k])
            ++k;
        fail[size_t(i)] = k;
    }
    qsizetype matched = 0;
    for (qsizetype i = 0; i < m; ++i) {
        while (matched > 0 && (matched == m || text[i] != pattern[matched]))
            matched = fail[size_t(matched - 1)];
        if (text[i] == pattern[matched])
            ++matched;
    }
    return matched;
}

} // namespace

TerminalView::TerminalView(QWidget *parent)
    : QWidget(parent)
    , m_banner(new TerminalBanner(this))
    , m_pacer(new PastePacer(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_banner);

    // 0 = do not start a shell: the one-argument constructor would fork /bin/bash.
    m_term = new QTermWidget(0, this);
    layout->addWidget(m_term, 1);
    setFocusProxy(m_term);

    m_font = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    m_term->setTerminalFont(m_font);
    m_term->setHistorySize(m_scrollback);
    m_term->setScrollBarPosition(QTermWidget::ScrollBarRight);
    m_term->setFlowControlEnabled(false); // Ctrl+S / Ctrl+Q belong to the guest
    m_term->setFlowControlWarningEnabled(false);
    // Both are left uninitialised by QTermWidget 2.1: set them or pastes behave at random.
    m_term->setConfirmMultilinePaste(false);
    m_term->setTrimPastedTrailingNewlines(false);
    m_term->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_term, &QWidget::customContextMenuRequested, this, &TerminalView::showContextMenu);

    // Direct connection: the pointer is only valid during the emission.
    connect(m_term, &QTermWidget::sendData, this, &TerminalView::onTerminalSendData, Qt::DirectConnection);
    m_term->startTerminalTeletype();

    m_ptyFd = m_term->getPtySlaveFd();
    if (m_ptyFd >= 0) {
        // Raw: no \n -> \r\n, no echo, no signals; the guest's bytes are shown as sent.
        termios tio{};
        if (::tcgetattr(m_ptyFd, &tio) == 0) {
            ::cfmakeraw(&tio);
            ::tcsetattr(m_ptyFd, TCSANOW, &tio);
        }
        const int flags = ::fcntl(m_ptyFd, F_GETFL);
        if (flags >= 0)
            ::fcntl(m_ptyFd, F_SETFL, flags | O_NONBLOCK);
        m_ptyWriteNotifier = new QSocketNotifier(m_ptyFd, QSocketNotifier::Write, this);
        m_ptyWriteNotifier->setEnabled(false);
        connect(m_ptyWriteNotifier, &QSocketNotifier::activated, this, &TerminalView::writePty);
    } else {
        qWarning("TerminalView: the terminal has no pty; guest output cannot be shown");
    }

    connect(m_pacer, &PastePacer::send, this, &TerminalView::bytesTyped);
    connect(m_pacer, &PastePacer::progress, this, &TerminalView::showPasteProgress);
    connect(m_pacer, &PastePacer::finished, this, [this] { applyStatus(); });

    m_joinTimer = new QTimer(this);
    m_joinTimer->setSingleShot(true);
    connect(m_joinTimer, &QTimer::timeout, this, &TerminalView::joinHeldToHistory);
    // The echo of what the user types comes through the stream: place what is held at once.
    connect(this, &TerminalView::bytesTyped, this, [this] {
        if (!m_joinHistory.isEmpty())
            joinHeldToHistory();
    });

    // The actions with a shortcut come from the registry, which defines their keys; the
    // others only appear in the context menu.
    const auto makeAction = [this](const QString &id, auto slot) {
        QAction *action = ActionRegistry::instance()->createAction(id, this);
        connect(action, &QAction::triggered, this, slot);
        return action;
    };
    const auto makeMenuAction = [this](const QString &text, auto slot) {
        auto *action = new QAction(text, this);
        connect(action, &QAction::triggered, this, slot);
        return action;
    };
    m_copyAction = makeAction(u"terminal.copy"_s, &TerminalView::copy);
    m_pasteAction = makeAction(u"terminal.paste"_s, &TerminalView::paste);
    m_findAction = makeAction(u"terminal.find"_s, &TerminalView::toggleSearchBar);
    m_zoomInAction = makeAction(u"terminal.zoom-in"_s, &TerminalView::zoomIn);
    m_zoomOutAction = makeAction(u"terminal.zoom-out"_s, &TerminalView::zoomOut);
    m_zoomResetAction = makeAction(u"terminal.zoom-reset"_s, &TerminalView::resetZoom);
    m_takeOverAction = makeMenuAction(tr("&Take Over"), &TerminalView::takeOverRequested);
    m_takeOverAction->setToolTip(tr("Disconnect the other client and attach this window to the console"));
    m_reconnectAction = makeMenuAction(tr("&Reconnect"), &TerminalView::reconnectRequested);
    m_typeClipboardAction = makeMenuAction(tr("T&ype Clipboard"), &TerminalView::typeClipboard);
    m_typeClipboardAction->setToolTip(tr("Send the clipboard as typed keys, paced by the guest's echo"));
    m_cancelPasteAction = makeMenuAction(tr("&Cancel Paste"), &TerminalView::cancelPaste);
    m_tellSizeAction = makeAction(u"terminal.tell-size"_s, &TerminalView::tellGuestTerminalSize);
    m_tellSizeAction->setToolTip(tr("Type \"stty rows … cols …\" at the guest's prompt, so that its full-screen "
                                    "programs use the whole terminal"));
    m_tellSizeAction->setEnabled(false);
    // Its button in the banner's size hint: the menu's words do not fit beside the log pane.
    m_tellSizeAction->setIconText(tr("Tell the Guest"));
    m_hideSizeHintAction = makeMenuAction(tr("&Hide"), [this] {
        m_sizeHintsHidden = true;
        applyStatus();
    });
    m_hideSizeHintAction->setToolTip(tr("No more hints about the terminal's size in this console"));
    m_resizeWatch = new TerminalResizeWatch(m_term, m_banner, this);
    connect(m_resizeWatch, &TerminalResizeWatch::settled, this, &TerminalView::offerToTellSize);

    applyColorScheme();
}

TerminalView::~TerminalView() = default;

void TerminalView::feed(const QByteArray &bytes)
{
    if (m_ptyFd < 0 || bytes.isEmpty())
        return;
    if (m_holding) {
        m_held.append(bytes);
        if (m_held.size() > kHeldOutputLimit && !std::exchange(m_heldFullSaid, true))
            Q_EMIT heldOutputFull();
        return;
    }
    if (!m_joinHistory.isEmpty()) {
        m_held.append(bytes);
        if (canJoinHeldToHistory())
            joinHeldToHistory();
        return;
    }
    QByteArrayView fresh(bytes);
    if (!m_seamRepeat.isEmpty()) {
        // Right after a seed from a log that was ahead of the stream: the stream repeats what
        // the log showed past its held bytes. Drop that while it matches; the first byte that
        // differs (or the deadline: a stream that skipped them) ends it.
        qsizetype same = 0;
        if (!m_seamDeadline.hasExpired()) {
            const qsizetype n = std::min(fresh.size(), m_seamRepeat.size());
            while (same < n && fresh[same] == m_seamRepeat[same])
                ++same;
        }
        if (same == fresh.size() && same < m_seamRepeat.size()) {
            m_seamRepeat.remove(0, same);
            return;
        }
        m_seamRepeat.clear();
        fresh = fresh.sliced(same);
        if (fresh.isEmpty())
            return;
    }
    m_pacer->guestOutput(fresh); // the echo a paste waits for
    const QByteArray shown = m_filter.filter(fresh.size() == bytes.size() ? bytes : fresh.toByteArray());
    if (shown.isEmpty())
        return;
    const bool idle = pendingBytes() == 0;
    m_ptyQueue.append(shown);
    if (idle)
        writePty();
    if (!m_backlogged && pendingBytes() > kBacklogPause) {
        m_backlogged = true;
        Q_EMIT backlogChanged(true);
    }
}

void TerminalView::holdOutput()
{
    m_holding = true;
    m_heldFullSaid = false;
    m_held.clear();
    m_seamRepeat.clear();
    m_joinHistory.clear();
    m_joinTimer->stop();
}

bool TerminalView::isHeldOutputIn(QByteArrayView history, qsizetype heldBytes) const
{
    const QByteArrayView held = QByteArrayView(m_held).first(std::clamp<qsizetype>(heldBytes, 0, m_held.size()));
    return held.size() < kShortestAnchor || findEnd(held, history) >= 0;
}

void TerminalView::seedAndRelease(const QByteArray &history)
{
    m_holding = false;
    if (history.isEmpty() || m_ptyFd < 0) {
        feed(std::exchange(m_held, {}));
        return;
    }
    TerminalSequenceFilter historyFilter;
    QByteArray shown = historyFilter.filter(history);
    // Questions the guest asked in the past (cursor position, device attributes) would be
    // answered now, into whatever it runs now.
    static const QRegularExpression queries(u"\\x1b\\[(?:[56]n|[>]?0?c|[01]?x)|\\x1bZ"_s);
    shown = QString::fromLatin1(shown).remove(queries).toLatin1();
    // The mark goes above the history's last, unfinished line (a prompt, usually): the live
    // bytes continue that line where the guest left the cursor.
    const qsizetype lineStart = shown.lastIndexOf('\n') + 1;
    const bool idle = pendingBytes() == 0;
    m_ptyQueue.append(shown.first(lineStart));
    if (idle)
        writePty();
    showNote(tr("── above: from the console log ──"));
    if (lineStart < shown.size()) {
        const bool wasIdle = pendingBytes() == 0;
        m_ptyQueue.append(shown.mid(lineStart));
        if (wasIdle)
            writePty();
    }
    m_joinHistory = history;
    if (canJoinHeldToHistory()) {
        joinHeldToHistory();
        return;
    }
    // Too few held bytes to place in the log (none, often: under load libvirtd's stream lags
    // the log by dozens of lines, and had delivered nothing when the log was read; or a line's
    // tail that every line ends with). What the stream delivers next may be bytes the history
    // above already shows: keep it until it can be placed, until the user types (the echo
    // must not wait) or for kJoinWaitMs (a guest that prints little: its few bytes are then
    // placed as well as they can be).
    m_joinTimer->start(kJoinWaitMs);
}

bool TerminalView::canJoinHeldToHistory() const
{
    // kAnchor bytes that the history does not have are past its end (or past a gap): placed by
    // alreadyInHistory(), as well as waiting longer would.
    return m_held.size() >= kAnchor || (m_held.size() >= kShortestAnchor && findEnd(m_held, m_joinHistory) >= 0);
}

void TerminalView::joinHeldToHistory()
{
    m_joinTimer->stop();
    const QByteArray history = std::exchange(m_joinHistory, {});
    const QByteArray held = std::exchange(m_held, {});
    // The log has the held bytes' end (it caught up, or is ahead: the stream comes through
    // libvirtd, the log straight from virtlogd): all of them are covered, and what the log
    // has past them is what the stream is about to repeat.
    const qsizetype heldEnd = held.size() >= kShortestAnchor ? findEnd(held, history) : -1;
    const qsizetype overlap = heldEnd >= 0 ? held.size() : alreadyInHistory(history, held);
    m_seamRepeat = heldEnd >= 0 ? history.mid(heldEnd) : QByteArray();
    m_seamDeadline.setRemainingTime(kSeamRepeatMs);
    feed(held.mid(overlap));
}

void TerminalView::showNote(const QString &text)
{
    if (m_ptyFd < 0)
        return;
    QString plain;
    for (const QChar c : text)
        plain += c.isPrint() ? c : u' ';
    // CR LF first: the guest may have left the cursor mid-line; SGR 2 dims it, SGR 0 ends it.
    const QByteArray line = "\r\n\x1b[0;2m" + plain.toUtf8() + "\x1b[0m\r\n";
    const bool idle = pendingBytes() == 0;
    m_ptyQueue.append(line);
    if (idle)
        writePty();
}

void TerminalView::resetStream()
{
    m_filter.reset();
}

void TerminalView::writePty()
{
    while (m_ptyQueueOffset < m_ptyQueue.size()) {
        const ssize_t n =
            ::write(m_ptyFd, m_ptyQueue.constData() + m_ptyQueueOffset, size_t(m_ptyQueue.size() - m_ptyQueueOffset));
        if (n > 0) {
            m_ptyQueueOffset += n;
            continue;
        }
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0 && (errno == EAGAIN || errno == EWOULDBLOCK)) {
            // The emulator has not drained the pty yet; it will on this same event loop.
            m_ptyWriteNotifier->setEnabled(true);
            if (m_ptyQueueOffset > 1024 * 1024) {
                m_ptyQueue.remove(0, m_ptyQueueOffset);
                m_ptyQueueOffset = 0;
            }
            updateBacklog();
            return;
        }
        qWarning("TerminalView: writing to the terminal failed: %s", strerror(errno));
        break;
    }
    m_ptyQueue.clear();
    m_ptyQueueOffset = 0;
    m_ptyWriteNotifier->setEnabled(false);
    updateBacklog();
}

void TerminalView::updateBacklog()
{
    if (m_backlogged && pendingBytes() < kBacklogResume) {
        m_backlogged = false;
        Q_EMIT backlogChanged(false);
    }
}

void TerminalView::onTerminalSendData(const char *data, int size)
{
    if (size <= 0)
        return; // QTermWidget "answers" ENQ with an empty string
    const QByteArray bytes(data, size);
    // The emulator's answers to the guest's queries go out at once, also during a paste: a
    // shell that asked where the cursor is (busybox does at every prompt) waits for the answer.
    static const QRegularExpression reply(u"^\\x1b\\[(?:[0-9]+;[0-9]+R|[?>][0-9;]*c|0n)$"_s);
    if (size <= 32 && reply.match(QString::fromLatin1(bytes)).hasMatch()) {
        Q_EMIT bytesTyped(bytes);
        return;
    }
    // Keep order: what is typed during a paste goes after it. And more than a key's or a
    // reply's worth at once is QTermWidget's own paste (middle click, drag and drop): paced too.
    if (m_pacer->isActive() || size > 32) {
        m_pacer->enqueue(bytes);
        return;
    }
    Q_EMIT bytesTyped(bytes);
}

void TerminalView::copy()
{
    m_term->copyClipboard();
}

void TerminalView::paste()
{
    const QString text = QGuiApplication::clipboard()->text(QClipboard::Clipboard);
    if (text.isEmpty())
        return;
    // As terminals do: a paste of several lines runs them all, so ask first (once, if wished).
    const qsizetype lines = QStringView(text).trimmed().count(u'\n') + 1;
    if (lines > 1 && m_confirmMultilinePaste) {
        QMessageBox box(QMessageBox::Question, tr("Paste"),
                        tr("Paste %Ln line(s) into the console? Each line runs as if typed.", nullptr, int(lines)),
                        QMessageBox::NoButton, this);
        box.setTextFormat(Qt::PlainText);
        box.addButton(tr("&Paste"), QMessageBox::AcceptRole);
        QPushButton *cancel = box.addButton(QMessageBox::Cancel);
        box.setDefaultButton(cancel);
        auto *dontAsk = new QCheckBox(tr("&Do not ask again"), &box);
        box.setCheckBox(dontAsk);
        box.exec();
        if (box.clickedButton() == cancel)
            return;
        if (dontAsk->isChecked()) {
            m_confirmMultilinePaste = false;
            Q_EMIT confirmMultilinePasteTurnedOff();
        }
    }
    pasteText(text);
}

void TerminalView::pasteText(const QString &text)
{
    sendPasted(text, true);
}

void TerminalView::typeClipboard()
{
    sendPasted(QGuiApplication::clipboard()->text(QClipboard::Clipboard), false);
}

void TerminalView::sendPasted(const QString &text, bool bracketed)
{
    if (text.isEmpty())
        return;
    // As a terminal does: Enter is CR. The guest's line discipline turns it into what it wants.
    QString converted = text;
    converted.replace(u"\r\n"_s, u"\r"_s);
    converted.replace(u'\n', u'\r');
    if (bracketed)
        m_term->bracketText(converted); // only when the guest turned bracketed paste on
    m_pacer->enqueue(converted.toUtf8());
}

void TerminalView::cancelPaste()
{
    m_pacer->cancel();
}

bool TerminalView::isPasting() const
{
    return m_pacer->isActive();
}

void TerminalView::showPasteProgress(int done, int total)
{
    if (total < 2 || m_status != Status::Connected)
        return;
    m_showingSizeHint = false;
    m_banner->showMessage(tr("Pasting: %1 of %Ln line(s) taken by the guest…", nullptr, total).arg(done),
                          TerminalBanner::Tone::Information, {m_cancelPasteAction});
}

void TerminalView::setSilentPastePace(int bytesPerSecond)
{
    m_pacer->setSilentPace(bytesPerSecond);
}

void TerminalView::setScrollbackLines(int lines)
{
    m_scrollback = lines < 0 ? -1 : lines;
    m_term->setHistorySize(m_scrollback);
}

void TerminalView::setTerminalFont(const QFont &font)
{
    m_font = font;
    m_term->setTerminalFont(font);
}

void TerminalView::zoomIn()
{
    m_term->zoomIn();
}

void TerminalView::zoomOut()
{
    m_term->zoomOut();
}

void TerminalView::resetZoom()
{
    m_term->setTerminalFont(m_font);
}

void TerminalView::toggleSearchBar()
{
    m_term->toggleShowSearchBar();
}

void TerminalView::clearScrollback()
{
    m_term->clear();
}

QStringList TerminalView::availableColorSchemes()
{
    return QTermWidget::availableColorSchemes();
}

void TerminalView::setColorScheme(const QString &name)
{
    m_colorScheme = name;
    applyColorScheme();
}

void TerminalView::applyColorScheme()
{
    QString scheme = m_colorScheme;
    if (scheme.isEmpty()) {
        const QStringList available = QTermWidget::availableColorSchemes();
        const bool dark = isDark(palette());
        const QString preferred = dark ? u"Linux"_s : u"BlackOnWhite"_s;
        const QString fallback = dark ? u"WhiteOnBlack"_s : u"BlackOnLightYellow"_s;
        scheme = available.contains(preferred) ? preferred : fallback;
    }
    if (scheme == m_effectiveScheme)
        return;
    m_effectiveScheme = scheme;
    m_term->setColorScheme(scheme);
}

void TerminalView::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::ApplicationPaletteChange)
        applyColorScheme();
}

void TerminalView::saveHistory(QIODevice *device)
{
    // Let the emulator read everything fed so far: our queue first, then the pty itself.
    QDeadlineTimer deadline(10000);
    while (pendingBytes() > 0 && !deadline.hasExpired())
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
    int queued = 1;
    while (queued > 0 && !deadline.hasExpired()) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
        if (::ioctl(m_ptyFd, TIOCOUTQ, &queued) != 0)
            queued = 0;
    }
    QCoreApplication::processEvents();
    m_term->saveHistory(device);
}

void TerminalView::setStatus(Status status, const QString &reason)
{
    m_status = status;
    m_reason = reason;
    applyStatus();
}

void TerminalView::tellGuestTerminalSize()
{
    if (m_status != Status::Connected)
        return;
    if (m_showingSizeHint) {
        // The size to tell is the terminal's without the hint above it.
        applyStatus();
        layout()->activate();
    }
    m_toldSize = m_resizeWatch->screenSize();
    Q_EMIT bytesTyped(" stty rows " + QByteArray::number(m_toldSize.height()) + " cols " +
                      QByteArray::number(m_toldSize.width()) + '\r');
}

void TerminalView::offerToTellSize(QSize cells)
{
    // Only where telling can help. The watch measures only while the banner is hidden, so it has
    // nothing more important to say (a paste of several lines shows its progress there), and
    // measures again when it hides: a hint that a reconnection or a paste took the banner from
    // comes back. The guest knows the size it was told, else (as far as we know) the first one.
    if (m_status != Status::Connected || m_sizeHintsHidden)
        return;
    if (cells == (m_toldSize.isValid() ? m_toldSize : m_resizeWatch->firstSize()))
        return;
    m_showingSizeHint = true;
    m_banner->showMessage(tr("The guest does not know the terminal's new size."), TerminalBanner::Tone::Information,
                          {m_tellSizeAction, m_hideSizeHintAction});
}

void TerminalView::applyStatus()
{
    m_showingSizeHint = false;
    m_tellSizeAction->setEnabled(m_status == Status::Connected);
    const auto withReason = [this](const QString &text) {
        return m_reason.isEmpty() ? text : tr("%1 %2").arg(text, m_reason);
    };
    switch (m_status) {
    case Status::Connected: m_banner->clear(); break;
    case Status::Connecting:
        m_banner->showMessage(withReason(tr("Connecting to the console…")), TerminalBanner::Tone::Information);
        break;
    case Status::Disconnected:
        m_banner->showMessage(withReason(tr("Disconnected.")), TerminalBanner::Tone::Warning, {m_reconnectAction});
        break;
    case Status::InUse:
        m_banner->showMessage(withReason(tr("The console is in use by another client.")), TerminalBanner::Tone::Warning,
                              {m_takeOverAction, m_reconnectAction});
        break;
    case Status::WaitingForGuest:
        m_banner->showMessage(withReason(tr("The guest is not running; the console reattaches when it starts.")),
                              TerminalBanner::Tone::Information);
        break;
    case Status::Reconnecting:
        m_banner->showMessage(withReason(tr("Reconnecting…")), TerminalBanner::Tone::Information);
        break;
    case Status::Error:
        m_banner->showMessage(withReason(tr("The console failed.")), TerminalBanner::Tone::Error, {m_reconnectAction});
        break;
    }
}

QMenu *TerminalView::createContextMenu(QWidget *parent)
{
    auto *menu = new QMenu(parent);
    menu->addAction(m_copyAction);
    menu->addAction(m_pasteAction);
    menu->addAction(m_typeClipboardAction);
    if (isPasting())
        menu->addAction(m_cancelPasteAction);
    menu->addSeparator();
    menu->addAction(m_findAction);
    menu->addAction(m_zoomInAction);
    menu->addAction(m_zoomOutAction);
    menu->addAction(m_zoomResetAction);
    menu->addAction(tr("C&lear Scrollback"), this, &TerminalView::clearScrollback);
    menu->addSeparator();
    menu->addAction(m_tellSizeAction);

    QMenu *send = menu->addMenu(tr("&Send"));
    send->addAction(tr("Ctrl+&C (interrupt)"), this, [this] { Q_EMIT bytesTyped("\x03"_ba); });
    send->addAction(tr("Ctrl+&D (end of input)"), this, [this] { Q_EMIT bytesTyped("\x04"_ba); });
    send->addAction(tr("Ctrl+&Alt+Del"), this, &TerminalView::ctrlAltDelRequested);
    QMenu *sysrq = send->addMenu(tr("Magic &SysRq"));
    const struct
    {
        char command;
        const char *text;
    } sysrqs[] = {
        {'h', QT_TR_NOOP("h — Help")},
        {'s', QT_TR_NOOP("s — Sync disks")},
        {'u', QT_TR_NOOP("u — Remount read-only")},
        {'b', QT_TR_NOOP("b — Reboot now")},
        {'o', QT_TR_NOOP("o — Power off")},
        {'e', QT_TR_NOOP("e — Terminate all tasks")},
        {'i', QT_TR_NOOP("i — Kill all tasks")},
        {'t', QT_TR_NOOP("t — Show tasks")},
        {'w', QT_TR_NOOP("w — Show blocked tasks")},
        {'m', QT_TR_NOOP("m — Show memory")},
        {'c', QT_TR_NOOP("c — Crash")},
    };
    for (const auto &entry : sysrqs) {
        const char command = entry.command;
        sysrq->addAction(tr(entry.text), this, [this, command] { Q_EMIT sysRqRequested(command); });
    }
    menu->addSeparator();
    menu->addAction(tr("Start Paused and &Attach"), this, &TerminalView::startPausedRequested);
    if (m_status != Status::Connected) {
        menu->addSeparator();
        if (m_status == Status::InUse)
            menu->addAction(m_takeOverAction);
        menu->addAction(m_reconnectAction);
    }
    return menu;
}

void TerminalView::showContextMenu(const QPoint &pos)
{
    QMenu *menu = createContextMenu(this);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    menu->popup(m_term->mapToGlobal(pos));
}

} // namespace vcv
