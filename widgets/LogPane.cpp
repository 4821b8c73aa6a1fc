// SPDX-FileCopyrightText: 2026 The virt-console-viewer developers
// SPDX-License-Identifier: GPL-2.0-or-later
#include "widgets/LogPane.h"

#include "bootlog/LogDocument.h"
#include "bootlog/LogProblemScanner.h"
#include "widgets/ActionRegistry.h"
#include "widgets/BootListModel.h"
#include "widgets/BootListView.h"
#include "widgets/BootTimelineView.h"
#include "widgets/LogGoToLineBar.h"
#include "widgets/LogProblemsModel.h"
#include "widgets/LogProblemsPanel.h"
#include "widgets/LogSearchBar.h"
#include "widgets/LogSyntax.h"
#include "widgets/LogView.h"

#include <QActionGroup>
#include <QEvent>
#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QLabel>
#include <QListView>
#include <QMenu>
#include <QSplitter>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace vcv {

namespace {

QToolButton *toolButton(const QString &text, const QString &tip, bool checkable, QWidget *parent)
{
    auto *button = new QToolButton(parent);
    button->setText(text);
    button->setToolTip(tip);
    button->setCheckable(checkable);
    button->setAutoRaise(true);
    button->setToolButtonStyle(Qt::ToolButtonTextOnly);
    return button;
}

} // namespace

LogPane::LogPane(QWidget *parent)
    : QWidget(parent)
    , m_view(new LogView(this))
    , m_searchBar(new LogSearchBar(m_view, this))
    , m_goToBar(new LogGoToLineBar(m_view, this))
    , m_boots(new BootListView(this))
    , m_splitter(new QSplitter(Qt::Horizontal, this))
    , m_problemsSplitter(new QSplitter(Qt::Vertical, this))
    , m_problemScanner(new LogProblemScanner(this))
    , m_problems(new LogProblemsPanel(this))
    , m_timeline(new BootTimelineView(this))
{
    m_view->setObjectName(u"logView"_s);
    m_problemsButton = toolButton(QString(), QString(), true, this);
    m_problemsButton->setObjectName(u"problemsButton"_s);
    QFont strong = m_problemsButton->font();
    strong.setBold(true);
    m_problemsButton->setFont(strong);
    updateProblemsButtonColour();
    m_problemsButton->hide();
    m_problems->setObjectName(u"problemsPanel"_s);
    m_problems->model()->setScanner(m_problemScanner);
    m_boots->model()->setProblemScanner(m_problemScanner);
    m_timeline->setObjectName(u"timeline"_s);
    m_timelineButton =
        toolButton(tr("Timeline"), tr("Show how long each step of the boot took, and compare two boots"), true, this);
    m_timelineButton->setObjectName(u"timelineButton"_s);
    m_bootsButton = toolButton(tr("Boots"), tr("Show the list of boots in this log"), true, this);
    m_followButton = toolButton(tr("Follow"), tr("Keep the end of the log in view as it grows (End)"), true, this);
    m_wrapButton = toolButton(tr("Wrap"), QString(), true, this);
    m_moreButton = toolButton(u"⋯"_s, tr("More"), false, this);
    m_moreButton->setPopupMode(QToolButton::InstantPopup);
    m_followButton->setChecked(m_view->isFollowing());

    auto *menu = new QMenu(m_moreButton);
    // The view's own actions: the registry's labels and keys, rebound in one place.
    const auto add = [this, menu](const QString &id) { menu->addAction(m_view->action(id)); };
    add(u"log.find"_s);
    add(u"log.go-to-line"_s);
    menu->addSeparator();
    add(u"log.toggle-bookmark"_s);
    add(u"log.next-bookmark"_s);
    add(u"log.previous-bookmark"_s);
    menu->addSeparator();
    add(u"log.zoom-in"_s);
    add(u"log.zoom-out"_s);
    add(u"log.zoom-reset"_s);
    QMenu *themes = menu->addMenu(tr("Colour Theme"));
    auto *themeGroup = new QActionGroup(themes);
    QAction *automatic = themes->addAction(tr("Automatic (light or dark)"));
    automatic->setCheckable(true);
    automatic->setChecked(true);
    automatic->setData(QString());
    themeGroup->addAction(automatic);
    themes->addSeparator();
    // Listing themes loads the repository: do it when the menu opens, not at construction.
    connect(themes, &QMenu::aboutToShow, this, [themes, themeGroup] {
        if (themeGroup->actions().size() > 1)
            return;
        const QStringList names = LogSyntax::themeNames();
        for (const QString &name : names) {
            QAction *action = themes->addAction(name);
            action->setCheckable(true);
            action->setData(name);
            themeGroup->addAction(action);
        }
    });
    connect(themeGroup, &QActionGroup::triggered, m_view,
            [this](QAction *action) { m_view->setThemeName(action->data().toString()); });
    menu->addSeparator();
    add(u"log.save"_s);
    m_moreButton->setMenu(menu);
    // The tool tip names the key, which the user may rebind.
    const auto wrapTip = [this] {
        const QKeySequence key = m_view->action(u"log.wrap"_s)->shortcut();
        m_wrapButton->setToolTip(key.isEmpty()
                                     ? tr("Wrap long lines")
                                     : tr("Wrap long lines (%1)").arg(key.toString(QKeySequence::NativeText)));
    };
    wrapTip();
    connect(m_view->action(u"log.wrap"_s), &QAction::changed, this, wrapTip);

    auto *tools = new QHBoxLayout;
    tools->setContentsMargins(4, 2, 4, 2);
    tools->setSpacing(2);
    auto *title = new QLabel(tr("Boot log"), this);
    QFont bold = title->font();
    bold.setBold(true);
    title->setFont(bold);
    tools->addWidget(title);
    tools->addStretch(1);
    tools->addWidget(m_problemsButton);
    tools->addWidget(m_timelineButton);
    tools->addWidget(m_bootsButton);
    tools->addWidget(m_followButton);
    tools->addWidget(m_wrapButton);
    tools->addWidget(m_moreButton);

    m_splitter->addWidget(m_boots);
    m_splitter->addWidget(m_view);
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setChildrenCollapsible(false);
    m_boots->hide();
    m_problemsSplitter->addWidget(m_splitter);
    m_problemsSplitter->addWidget(m_problems);
    m_problemsSplitter->setStretchFactor(0, 1);
    m_problemsSplitter->setStretchFactor(1, 0);
    m_problemsSplitter->setChildrenCollapsible(false);
    m_problems->hide();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addLayout(tools);
    layout->addWidget(m_timeline);
    layout->addWidget(m_problemsSplitter, 1);
    layout->addWidget(m_goToBar);
    layout->addWidget(m_searchBar);
    m_goToBar->hide();
    m_searchBar->hide();
    m_timeline->hide();

    connect(m_view, &LogView::searchRequested, m_searchBar, &LogSearchBar::activate);
    connect(m_view, &LogView::goToLineRequested, m_goToBar, &LogGoToLineBar::activate);
    connect(m_view, &LogView::exportRequested, this, &LogPane::exportRequested);
    connect(m_view, &LogView::followingChanged, m_followButton, &QToolButton::setChecked);
    connect(m_followButton, &QToolButton::clicked, m_view, &LogView::setFollowing);
    connect(m_view, &LogView::wordWrapChanged, m_wrapButton, &QToolButton::setChecked);
    connect(m_wrapButton, &QToolButton::clicked, m_view, &LogView::setWordWrap);
    connect(m_bootsButton, &QToolButton::toggled, this, &LogPane::setBootListVisible);
    connect(m_boots, &BootListView::bootActivated, m_view, [this](int boot) { m_view->jumpToBoot(boot); });
    connect(m_boots, &BootListView::bootOnlyChanged, m_view, [this](int boot) { m_view->setBootOnly(boot); });
    connect(m_boots->model(), &QAbstractItemModel::rowsInserted, this, &LogPane::updateBootsButton);
    connect(m_boots->model(), &QAbstractItemModel::modelReset, this, &LogPane::updateBootsButton);
    updateBootsButton();

    connect(m_problemsButton, &QToolButton::toggled, this, &LogPane::setProblemsVisible);
    connect(m_problemsButton, &QToolButton::toggled, this, &LogPane::updateProblemsButtonColour);
    connect(m_problemScanner, &LogProblemScanner::changed, this, &LogPane::updateProblems);
    connect(m_problemScanner, &LogProblemScanner::changed, this, &LogPane::updateProblemFilter);
    connect(m_boots, &BootListView::bootOnlyChanged, this, &LogPane::updateProblems);
    connect(m_boots->listView()->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &LogPane::updateProblems);
    connect(m_boots->model(), &QAbstractItemModel::rowsInserted, this, &LogPane::updateProblems);
    connect(m_boots->model(), &QAbstractItemModel::modelReset, this, &LogPane::updateProblems);
    connect(m_problems, &LogProblemsPanel::filterChanged, this, &LogPane::updateProblemFilter);
    connect(m_problems, &LogProblemsPanel::problemActivated, this, &LogPane::showLine);
    connect(m_timeline, &BootTimelineView::lineActivated, this, &LogPane::showLine);
    connect(m_timelineButton, &QToolButton::toggled, this, &LogPane::setTimelineVisible);
    updateProblems();
}

void LogPane::setDocument(LogDocument *document)
{
    m_problemScanner->setDocument(nullptr); // its worker reads the document: stop it first
    m_view->setDocument(document);
    m_boots->setDocument(document);
    m_problemScanner->setDocument(document);
    m_timeline->setDocument(document);
    m_followButton->setChecked(m_view->isFollowing());
}

void LogPane::showLine(LineNumber line)
{
    if (!m_view->document() || !line.isValid())
        return;
    m_view->setFollowing(false);
    m_view->setCurrentLine(line);
    if (m_view->currentLine() == line) // the whole line, so that Ctrl+C copies it
        m_view->setSelection({line, 0}, {line, int(m_view->document()->line(line).text.size())});
}

void LogPane::setBootListVisible(bool visible)
{
    m_boots->setVisible(visible);
    m_bootsButton->setChecked(visible);
    if (visible && m_splitter->sizes().value(0) < m_boots->minimumWidth()) {
        const int total = qMax(m_splitter->width(), width());
        const int list = qMax(m_boots->minimumWidth(), qMin(total / 4, 280));
        m_splitter->setSizes({list, qMax(0, total - list)});
    }
}

void LogPane::setProblemsVisible(bool visible)
{
    m_problems->setVisible(visible);
    m_problemsButton->setChecked(visible);
    if (visible) {
        // Room for the problems there are (a few rows at least), at most a third of the pane.
        const int total = qMax(m_problemsSplitter->height(), height());
        const int rows = qBound(3, m_problems->model()->rowCount(), 10);
        const int list = qMin(total / 3, m_problems->heightForRows(rows));
        m_problemsSplitter->setSizes({qMax(0, total - list), list});
    }
}

void LogPane::setTimelineVisible(bool visible)
{
    m_timeline->setVisible(visible);
    m_timelineButton->setChecked(visible);
}

void LogPane::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        updateProblemsButtonColour();
}

void LogPane::updateProblemsButtonColour()
{
    // Red text while the list is closed, to be noticed; open (checked), the style's own colours.
    // The palette, not a style sheet: a style sheet makes the style draw the button otherwise.
    QPalette colours = palette();
    if (!m_problemsButton->isChecked()) {
        const bool dark = colours.color(QPalette::Window).lightness() < 128;
        colours.setColor(QPalette::ButtonText, dark ? QColor(0xff, 0x6b, 0x5e) : QColor(0xc0, 0x39, 0x2b));
    }
    m_problemsButton->setPalette(colours);
}

int LogPane::problemsBoot() const
{
    const LogDocument *document = m_view->document();
    const qsizetype boots = document ? document->bootSegments().size() : 0;
    if (m_view->bootOnly() >= 0 && m_view->bootOnly() < boots)
        return int(m_view->bootOnly());
    if (m_boots->currentBoot() >= 0 && m_boots->currentBoot() < boots)
        return m_boots->currentBoot();
    return -1;
}

void LogPane::updateProblems()
{
    const LogDocument *document = m_view->document();
    const int boot = problemsBoot();
    LineNumber first, end;
    if (boot >= 0) {
        const QList<BootSegment> segments = document->bootSegments();
        first = segments.at(boot).firstLine;
        if (boot + 1 < segments.size())
            end = segments.at(boot + 1).firstLine;
    }
    m_problems->model()->setRange(first, end);
    m_timeline->setBoot(boot); // the same boot; -1: the last one
    const int count = m_problems->model()->rowCount();
    const int total = int(m_problemScanner->problems().size());
    const qsizetype boots = document ? document->bootSegments().size() : 0;
    if (boot >= 0 && boots > 1)
        m_problems->setTitle(tr("%n problem(s) in boot %1 of %2", nullptr, count).arg(boot + 1).arg(boots));
    else
        m_problems->setTitle(tr("%n problem(s) in this log", nullptr, count));
    m_problemsButton->setText(tr("%n problem(s)", nullptr, count));
    m_problemsButton->setToolTip(
        boot >= 0 && boots > 1 ? tr("Show the problems of boot %1 (%n in the whole log)", nullptr, total).arg(boot + 1)
                               : tr("Show the problems of this log: panics, Oopses, failed units, …"));
    // No room taken while there is nothing to show; the list stays open if it was.
    m_problemsButton->setVisible(total > 0 || m_problems->isVisible());
}

void LogPane::updateProblemFilter()
{
    if (!m_problems->onlyProblems()) {
        m_view->setLineFilter(false);
        return;
    }
    const LogDocument *document = m_view->document();
    const qint64 lineCount = document ? document->lineCount() : 0;
    const qint64 context = m_problems->contextLines();
    QList<LineNumber> lines;
    qint64 next = 0; // the first line not yet listed
    for (const LogProblemScanner::Problem &problem : m_problemScanner->problems()) {
        const qint64 from = qMax(next, problem.line.get() - context);
        const qint64 to = qMin(lineCount, problem.line.get() + context + 1);
        for (qint64 l = from; l < to; ++l)
            lines.append(LineNumber(l));
        next = qMax(next, to);
    }
    m_view->setLineFilter(true, lines);
}

void LogPane::updateBootsButton()
{
    const int boots = m_boots->model()->rowCount();
    m_bootsButton->setText(boots > 0 ? tr("Boots (%1)").arg(boots) : tr("Boots"));
}

} // namespace vcv
