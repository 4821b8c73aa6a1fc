// SPDX-FileCopyrightText: 2026 The virt-console-viewer developers
// SPDX-License-Identifier: GPL-2.0-or-later
#include "widgets/LogSearchBar.h"

#include "bootlog/LogDocument.h"

#include "widgets/ActionRegistry.h"
#include "widgets/LogView.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QProgressBar>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

#include <limits>

using namespace Qt::StringLiterals;

namespace vcv {

namespace {

QToolButton *toggle(const QString &text, const QString &tip, QWidget *parent)
{
    auto *button = new QToolButton(parent);
    button->setText(text);
    button->setToolTip(tip);
    button->setCheckable(true);
    button->setAutoRaise(true);
    return button;
}

} // namespace

LogSearchBar::LogSearchBar(LogView *view, QWidget *parent)
    : QWidget(parent)
    , m_view(view)
{
    setObjectName(u"logSearchBar"_s);
    m_edit = new QLineEdit(this);
    m_edit->setObjectName(u"searchField"_s);
    m_edit->setPlaceholderText(tr("Search the log"));
    m_edit->setClearButtonEnabled(true);
    m_edit->installEventFilter(this);

    m_regex = toggle(u".*"_s, tr("Regular expression"), this);
    m_case = toggle(u"Aa"_s, tr("Match case"), this);
    m_word = toggle(u"W"_s, tr("Whole words"), this);
    m_regex->setObjectName(u"regexToggle"_s);
    m_case->setObjectName(u"caseToggle"_s);
    m_word->setObjectName(u"wordToggle"_s);

    m_previous = new QToolButton(this);
    m_previous->setArrowType(Qt::UpArrow);
    m_previous->setAutoRaise(true);
    m_previous->setToolTip(tr("Previous match (Shift+F3)"));
    m_next = new QToolButton(this);
    m_next->setArrowType(Qt::DownArrow);
    m_next->setAutoRaise(true);
    m_next->setToolTip(tr("Next match (F3)"));

    m_status = new QLabel(this);
    m_status->setObjectName(u"searchStatus"_s);
    m_status->setTextFormat(Qt::PlainText);
    m_status->setMinimumWidth(m_status->fontMetrics().horizontalAdvance(u"0000000 of 0000000"_s));

    m_progress = new QProgressBar(this);
    m_progress->setMaximumWidth(80);
    m_progress->setMaximumHeight(m_edit->sizeHint().height() / 2);
    m_progress->setTextVisible(false);
    m_progress->hide();

    m_filter = new QComboBox(this);
    m_filter->setObjectName(u"filterMode"_s);
    m_filter->addItem(tr("All lines"), int(LogView::FilterMode::ShowAll));
    m_filter->addItem(tr("Only matching"), int(LogView::FilterMode::OnlyMatching));
    m_filter->addItem(tr("Hide matching"), int(LogView::FilterMode::HideMatching));
    m_filter->setToolTip(tr("Filter the lines of the log by the search"));

    m_close = new QToolButton(this);
    m_close->setText(u"✕"_s);
    m_close->setAutoRaise(true);
    m_close->setToolTip(tr("Close the search bar (Esc)"));

    m_error = new QLabel(this);
    m_error->setObjectName(u"searchError"_s);
    m_error->setWordWrap(true);
    m_error->setTextFormat(Qt::PlainText);
    QPalette errorPalette = m_error->palette();
    errorPalette.setColor(QPalette::WindowText, QColor(0xc0, 0x20, 0x20));
    m_error->setPalette(errorPalette);
    m_error->hide();

    auto *row = new QHBoxLayout;
    row->setContentsMargins(0, 0, 0, 0);
    row->setSpacing(2);
    row->addWidget(m_edit, 1);
    row->addWidget(m_regex);
    row->addWidget(m_case);
    row->addWidget(m_word);
    row->addSpacing(4);
    row->addWidget(m_previous);
    row->addWidget(m_next);
    row->addWidget(m_status);
    row->addWidget(m_progress);
    row->addWidget(m_filter);
    row->addWidget(m_close);
    auto *column = new QVBoxLayout(this);
    column->setContentsMargins(4, 3, 4, 3);
    column->setSpacing(2);
    column->addLayout(row);
    column->addWidget(m_error);

    m_typingTimer = new QTimer(this);
    m_typingTimer->setSingleShot(true);
    m_typingTimer->setInterval(150);
    connect(m_typingTimer, &QTimer::timeout, this, &LogSearchBar::searchNow);
    connect(m_edit, &QLineEdit::textChanged, m_typingTimer, qOverload<>(&QTimer::start));
    for (QToolButton *button : {m_regex, m_case, m_word})
        connect(button, &QToolButton::toggled, this, &LogSearchBar::searchNow);
    connect(m_previous, &QToolButton::clicked, m_view, &LogView::findPrevious);
    connect(m_next, &QToolButton::clicked, m_view, &LogView::findNext);
    connect(m_close, &QToolButton::clicked, this, &LogSearchBar::close);
    connect(m_filter, &QComboBox::currentIndexChanged, this,
            [this](int index) { m_view->setFilterMode(LogView::FilterMode(m_filter->itemData(index).toInt())); });
    connect(m_view, &LogView::searchStatusChanged, this, &LogSearchBar::onStatus);
    connect(m_view, &LogView::searchError, this, &LogSearchBar::onError);
    onStatus(-1, 0, false, 0, 0);
}

SearchQuery LogSearchBar::query() const
{
    SearchQuery q;
    q.pattern = m_edit->text();
    q.regularExpression = m_regex->isChecked();
    q.caseSensitive = m_case->isChecked();
    q.wholeWord = m_word->isChecked();
    return q;
}

QString LogSearchBar::statusText() const
{
    return m_status->text();
}

QString LogSearchBar::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void LogSearchBar::activate()
{
    show();
    const QString selected = m_view->selectedText();
    if (!selected.isEmpty() && !selected.contains(u'\n'))
        m_edit->setText(selected);
    m_edit->setFocus(Qt::ShortcutFocusReason);
    m_edit->selectAll();
}

void LogSearchBar::close()
{
    m_typingTimer->stop();
    hide();
    m_view->setFilterMode(LogView::FilterMode::ShowAll);
    m_filter->setCurrentIndex(0);
    m_view->setSearchQuery({});
    m_error->hide();
    m_view->setFocus(Qt::OtherFocusReason);
}

void LogSearchBar::searchNow()
{
    m_typingTimer->stop();
    const SearchQuery q = query();
    if (q == m_view->searchQuery() && m_view->searchErrorString().isEmpty())
        return;
    m_error->hide();
    m_edit->setStyleSheet(QString());
    m_view->setSearchQuery(q);
}

void LogSearchBar::onStatus(qint64 current, qint64 count, bool running, qint64 done, qint64 total)
{
    const QLocale locale;
    if (m_view->searchQuery().isEmpty())
        m_status->clear();
    else if (count == 0)
        m_status->setText(running ? tr("searching…") : tr("no match"));
    else if (current < 0)
        m_status->setText(tr("%Ln found", nullptr, int(qMin<qint64>(count, std::numeric_limits<int>::max()))));
    else
        m_status->setText(tr("%1 of %2").arg(locale.toString(current + 1), locale.toString(count)));
    // A remote log's history still on its way: what was searched is the newest lines only.
    if (!m_view->searchQuery().isEmpty() && m_view->document() && m_view->document()->isAwaitingHistory())
        m_status->setText(tr("%1 (newest lines; the history is still arriving)").arg(m_status->text()));
    m_progress->setVisible(running && total > 0);
    if (running && total > 0) {
        m_progress->setRange(0, 1000);
        m_progress->setValue(int(1000.0 * double(done) / double(total)));
    }
}

void LogSearchBar::onError(const QString &message)
{
    m_error->setText(message);
    m_error->show();
    m_status->setText(tr("invalid"));
    m_edit->setStyleSheet(u"QLineEdit { border: 1px solid #c02020; }"_s);
}

bool LogSearchBar::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_edit && event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        const bool shift = key->modifiers().testFlag(Qt::ShiftModifier);
        // Find Next and Find Previous by the keys the user gave them in Settings (F3 and Shift+F3
        // unless rebound): the view's actions do not see keys typed here. Enter, Shift+Enter and
        // Escape are the field's own, as in Kate's and Konsole's search bars.
        const QKeySequence pressed(key->keyCombination());
        const ActionRegistry *registry = ActionRegistry::instance();
        const bool next = registry->shortcuts(u"log.find-next"_s).contains(pressed);
        const bool previous = registry->shortcuts(u"log.find-previous"_s).contains(pressed);
        if (next || previous) {
            searchNow();
            previous ? m_view->findPrevious() : m_view->findNext();
            return true;
        }
        switch (key->key()) {
        case Qt::Key_Return:
        case Qt::Key_Enter:
            searchNow();
            shift ? m_view->findPrevious() : m_view->findNext();
            return true;
        case Qt::Key_Escape: close(); return true;
        default: break;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace vcv
