// SPDX-FileCopyrightText: 2026 The virt-console-viewer developers
// SPDX-License-Identifier: GPL-2.0-or-later
#include "widgets/LogProblemsPanel.h"

#include "widgets/LogProblemsModel.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QSpinBox>
#include <QTreeView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace vcv {

LogProblemsPanel::LogProblemsPanel(QWidget *parent)
    : QWidget(parent)
    , m_model(new LogProblemsModel(this))
    , m_title(new QLabel(this))
    , m_list(new QTreeView(this))
    , m_only(new QCheckBox(tr("Only problems"), this))
    , m_context(new QSpinBox(this))
{
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_title->setObjectName(u"problemsTitle"_s);

    m_list->setObjectName(u"problemsList"_s);
    m_list->setModel(m_model);
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setAllColumnsShowFocus(true);
    m_list->setAlternatingRowColors(true);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setTextElideMode(Qt::ElideRight);
    m_list->header()->setStretchLastSection(true);
    m_list->header()->setSectionResizeMode(LogProblemsModel::KindColumn, QHeaderView::ResizeToContents);
    m_list->header()->setSectionResizeMode(LogProblemsModel::LineColumn, QHeaderView::ResizeToContents);

    m_only->setObjectName(u"onlyProblems"_s);
    m_only->setToolTip(tr("Show only the lines with problems and the lines around them"));
    m_context->setObjectName(u"problemContext"_s);
    m_context->setRange(0, 99);
    m_context->setValue(3);
    m_context->setPrefix(tr("± "));
    const auto updateSuffix = [this](int lines) { m_context->setSuffix(tr(" line(s)", nullptr, lines)); };
    updateSuffix(m_context->value());
    connect(m_context, &QSpinBox::valueChanged, this, updateSuffix);
    m_context->setToolTip(tr("Lines of context shown before and after each problem"));

    auto *header = new QHBoxLayout;
    header->setContentsMargins(0, 0, 0, 0);
    header->setSpacing(6);
    header->addWidget(m_title);
    header->addStretch(1);
    header->addWidget(m_only);
    header->addWidget(m_context);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 2);
    layout->setSpacing(2);
    layout->addLayout(header);
    layout->addWidget(m_list, 1);

    const auto activate = [this](const QModelIndex &index) {
        if (index.isValid())
            Q_EMIT problemActivated(LineNumber(index.data(LogProblemsModel::LineRole).toLongLong()));
    };
    connect(m_list, &QTreeView::activated, this, activate);
    connect(m_list, &QTreeView::clicked, this, activate);
    connect(m_only, &QCheckBox::toggled, this, &LogProblemsPanel::filterChanged);
    connect(m_context, &QSpinBox::valueChanged, this, [this] {
        if (m_only->isChecked())
            Q_EMIT filterChanged();
    });
}

void LogProblemsPanel::setTitle(const QString &title)
{
    m_title->setText(title);
}

int LogProblemsPanel::heightForRows(int rows) const
{
    const QMargins margins = layout()->contentsMargins();
    const int header = qMax(m_context->sizeHint().height(), m_only->sizeHint().height());
    const int row = m_list->sizeHintForRow(0) > 0 ? m_list->sizeHintForRow(0) : fontMetrics().height() + 2;
    return margins.top() + margins.bottom() + header + layout()->spacing() + m_list->header()->sizeHint().height() +
        rows * row + 2 * m_list->frameWidth();
}

QString LogProblemsPanel::title() const
{
    return m_title->text();
}

bool LogProblemsPanel::onlyProblems() const
{
    return m_only->isChecked();
}

void LogProblemsPanel::setOnlyProblems(bool only)
{
    m_only->setChecked(only);
}

int LogProblemsPanel::contextLines() const
{
    return m_context->value();
}

void LogProblemsPanel::setContextLines(int lines)
{
    m_context->setValue(lines);
}

} // namespace vcv
