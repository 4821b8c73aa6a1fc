// SPDX-FileCopyrightText: 2026 The virt-console-viewer developers
// SPDX-License-Identifier: GPL-2.0-or-later
#include "widgets/TerminalView.h"

#include "widgets/ActionRegistry.h"
#include "widgets/PastePacer.h"
#include "widgets/TerminalBanner.h"
#include "widgets/TerminalHistorySeam.h"
#include "widgets/TerminalPtyWriter.h"
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
#include <QTimer>
#include <QVBoxLayout>

#include "widgets/QTermWidgetHeaders.h"

#include <algorithm>
#include <sys/ioctl.h>
#include <utility>

using namespace Qt::StringLiterals;

namespace vcv {

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

    m_pty = new TerminalPtyWriter(m_term->getPtySlaveFd(), this);
    if (!m_pty->isOpen())
        qWarning("TerminalView: the terminal has no pty; guest output cannot be shown");
    connect(m_pty, &TerminalPtyWriter::written, this, &TerminalView::updateBacklog);

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
    if (!m_pty->isOpen() || bytes.isEmpty())
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
    m_pty->write(shown);
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
    return held.size() < TerminalHistorySeam::kShortestAnchor || TerminalHistorySeam::findEnd(held, history) >= 0;
}

void TerminalView::seedAndRelease(const QByteArray &history)
{
    m_holding = false;
    if (history.isEmpty() || !m_pty->isOpen()) {
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
    m_pty->write(shown.first(lineStart));
    showNote(tr("── above: from the console log ──"));
    m_pty->write(shown.sliced(lineStart));
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
    return TerminalHistorySeam::canPlace(m_held, m_joinHistory);
}

void TerminalView::joinHeldToHistory()
{
    m_joinTimer->stop();
    const QByteArray history = std::exchange(m_joinHistory, {});
    const QByteArray held = std::exchange(m_held, {});
    // The log has the held bytes' end (it caught up, or is ahead: the stream comes through
    // libvirtd, the log straight from virtlogd): all of them are covered, and what the log
    // has past them is what the stream is about to repeat.
    const qsizetype heldEnd =
        held.size() >= TerminalHistorySeam::kShortestAnchor ? TerminalHistorySeam::findEnd(held, history) : -1;
    const qsizetype overlap = heldEnd >= 0 ? held.size() : TerminalHistorySeam::alreadyInHistory(history, held);
    m_seamRepeat = heldEnd >= 0 ? history.mid(heldEnd) : QByteArray();
    m_seamDeadline.setRemainingTime(kSeamRepeatMs);
    feed(held.mid(overlap));
}

void TerminalView::showNote(const QString &text)
{
    if (!m_pty->isOpen())
        return;
    QString plain;
    for (const QChar c : text)
        plain += c.isPrint() ? c : u' ';
    // CR LF first: the guest may have left the cursor mid-line; SGR 2 dims it, SGR 0 ends it.
    const QByteArray line = "\r\n\x1b[0;2m" + plain.toUtf8() + "\x1b[0m\r\n";
    m_pty->write(line);
}

void TerminalView::resetStream()
{
    m_filter.reset();
}

qint64 TerminalView::pendingBytes() const
{
    return m_pty->pendingBytes();
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
        const bool dark = palette().color(QPalette::Window).lightness() < 128; // a dark desktop
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
        if (::ioctl(m_pty->fd(), TIOCOUTQ, &queued) != 0)
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
    // comes back. The guest knows the size it was told, else (as far as we know) the size the
    // terminal opened with: laying out a new tab is not something the user did. A size told
    // before that first measurement still counts, so that first one may already be worth a hint.
    if (!m_openedSize.isValid())
        m_openedSize = cells;
    if (m_status != Status::Connected || m_sizeHintsHidden)
        return;
    if (cells == (m_toldSize.isValid() ? m_toldSize : m_openedSize))
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
    case Status::Unsupported:
        // Reconnect would only fail the same way.
        m_banner->showMessage(withReason(tr("No console to attach.")), TerminalBanner::Tone::Warning);
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
