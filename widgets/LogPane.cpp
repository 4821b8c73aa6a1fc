// SPDX-FileCopyrightText: 2026 The virt-console-viewer developers
// SPDX-License-Identifier: GPL-2.0-or-later
#include "widgets/LogPane.h"

#include "widgets/ActionRegistry.h"
#include "widgets/BootListModel.h"
#include "widgets/BootListView.h"
#include "widgets/LogGoToLineBar.h"
#include "widgets/LogSearchBar.h"
#include "widgets/LogSyntax.h"
#include "widgets/LogView.h"

#include <QActionGroup>
#include <QHBoxLayout>
#include <QLabel>
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
{
    m_view->setObjectName(u"logView"_s);
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

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addLayout(tools);
    layout->addWidget(m_splitter, 1);
    layout->addWidget(m_goToBar);
    layout->addWidget(m_searchBar);
    m_goToBar->hide();
    m_searchBar->hide();

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
}

void LogPane::setDocument(LogDocument *document)
{
    m_view->setDocument(document);
    m_boots->setDocument(document);
    m_followButton->setChecked(m_view->isFollowing());
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

void LogPane::updateBootsButton()
{
    const int boots = m_boots->model()->rowCount();
    m_bootsButton->setText(boots > 0 ? tr("Boots (%1)").arg(boots) : tr("Boots"));
}

} // namespace vcv
