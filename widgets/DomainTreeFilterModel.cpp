// SPDX-FileCopyrightText: 2026 The virt-console-viewer developers
// SPDX-License-Identifier: GPL-2.0-or-later
#include "widgets/DomainTreeFilterModel.h"

#include "virt/DomainListModel.h"
#include "widgets/LogOverviewRuler.h"
#include "widgets/LogProblemsModel.h"

#include <QApplication>
#include <QIcon>
#include <QStyle>

using namespace Qt::StringLiterals;

namespace vcv {

namespace {

QString domainKey(const QString &uri, const QString &uuid)
{
    return uri + u'\n' + uuid;
}

} // namespace

DomainTreeFilterModel::DomainTreeFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setRecursiveFilteringEnabled(true);
    setFilterCaseSensitivity(Qt::CaseInsensitive);
}

void DomainTreeFilterModel::setFilterText(const QString &text)
{
    if (text == m_text)
        return;
    m_text = text.trimmed();
    invalidateRowsFilter();
}

bool DomainTreeFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (m_text.isEmpty())
        return true;
    const QModelIndex idx = sourceModel()->index(sourceRow, 0, sourceParent);
    if (idx.data(DomainListModel::IsConnectionRole).toBool())
        return idx.data(DomainListModel::UriRole).toString().contains(m_text, Qt::CaseInsensitive);
    // A domain matches by name, UUID or a console alias.
    if (idx.data().toString().contains(m_text, Qt::CaseInsensitive) ||
        idx.data(DomainListModel::UuidRole).toString().startsWith(m_text, Qt::CaseInsensitive))
        return true;
    return idx.siblingAtColumn(DomainListModel::ConsolesColumn).data().toString().contains(m_text, Qt::CaseInsensitive);
}

void DomainTreeFilterModel::setConsoleProblems(const QString &uri, const QString &uuid, const QString &console,
                                               const QList<BootProblemKind> &problems)
{
    const QString key = domainKey(uri, uuid);
    if (m_problems.value(key).value(console) == problems)
        return;
    auto &consoles = m_problems[key];
    if (problems.isEmpty())
        consoles.remove(console);
    else
        consoles.insert(console, problems);
    if (consoles.isEmpty())
        m_problems.remove(key);
    auto *source = qobject_cast<DomainListModel *>(sourceModel());
    const QModelIndex row = source ? mapFromSource(source->indexOfDomain(uri, uuid)) : QModelIndex();
    if (row.isValid())
        Q_EMIT dataChanged(row.siblingAtColumn(0), row.siblingAtColumn(columnCount(row.parent()) - 1));
}

int DomainTreeFilterModel::problemCount(const QString &uri, const QString &uuid) const
{
    int count = 0;
    const auto consoles = m_problems.value(domainKey(uri, uuid));
    for (const auto &problems : consoles)
        count += int(problems.size());
    return count;
}

QString DomainTreeFilterModel::problemsToolTip(const QString &key) const
{
    const auto consoles = m_problems.value(key);
    QStringList lines;
    for (auto it = consoles.cbegin(); it != consoles.cend(); ++it) {
        // In the order they happened, each kind once with how often.
        QList<BootProblemKind> kinds;
        QHash<BootProblemKind, int> counts;
        for (const BootProblemKind kind : it.value()) {
            if (counts[kind]++ == 0)
                kinds.append(kind);
        }
        QStringList named;
        for (const BootProblemKind kind : std::as_const(kinds)) {
            const int n = counts.value(kind);
            named.append(n > 1 ? tr("%1 ×%2").arg(LogProblemsModel::kindText(kind)).arg(n)
                               : LogProblemsModel::kindText(kind));
        }
        const QString console = it.key().isEmpty() ? tr("the console") : it.key();
        lines.append(tr("Last boot on %1: %2").arg(console, named.join(u", "_s)));
    }
    return lines.join(u'\n');
}

QVariant DomainTreeFilterModel::problemData(const QModelIndex &index, int role, int count) const
{
    QVariant base = QSortFilterProxyModel::data(index, role);
    switch (role) {
    case Qt::DisplayRole:
        if (index.column() == DomainListModel::StateColumn)
            return tr("%1 · %n problem(s)", nullptr, count).arg(base.toString());
        break;
    case Qt::ForegroundRole:
        if (index.column() == DomainListModel::StateColumn) {
            const bool dark = QApplication::palette().color(QPalette::Base).lightness() < 128;
            return LogOverviewRuler::errorColor(dark);
        }
        break;
    case Qt::ToolTipRole: {
        const QString problems = problemsToolTip(domainKey(index.data(DomainListModel::UriRole).toString(),
                                                           index.data(DomainListModel::UuidRole).toString()));
        // The model's tooltips are escaped rich text ("<qt>…</qt>"): a console's alias is the
        // guest definition's text and goes in escaped too.
        const QString added = problems.toHtmlEscaped().replace(u'\n', u"<br>"_s);
        QString tip = base.toString();
        if (tip.endsWith(u"</qt>"_s))
            return tip.insert(tip.size() - 5, u"<br>"_s + added);
        return QString(u"<qt>"_s + added + u"</qt>"_s);
    }
    default: break;
    }
    return base;
}

QVariant DomainTreeFilterModel::data(const QModelIndex &index, int role) const
{
    if (!m_problems.isEmpty() && index.isValid() &&
        (role == ProblemCountRole || role == Qt::DisplayRole || role == Qt::ForegroundRole ||
         role == Qt::ToolTipRole) &&
        !index.data(DomainListModel::IsConnectionRole).toBool()) {
        const int count = problemCount(index.data(DomainListModel::UriRole).toString(),
                                       index.data(DomainListModel::UuidRole).toString());
        if (role == ProblemCountRole)
            return count;
        if (count > 0)
            return problemData(index, role, count);
    }
    if (role == ProblemCountRole)
        return 0;
    if (role != Qt::DecorationRole || index.column() != DomainListModel::NameColumn)
        return QSortFilterProxyModel::data(index, role);
    const QString name = QSortFilterProxyModel::data(index, DomainListModel::StateIconNameRole).toString();
    if (name.isEmpty())
        return {};
    // Themes without these names (offscreen, minimal desktops): fall back to the style's icons.
    QStyle::StandardPixmap fallback = QStyle::SP_MediaStop;
    if (name == u"media-playback-start")
        fallback = QStyle::SP_MediaPlay;
    else if (name == u"media-playback-pause")
        fallback = QStyle::SP_MediaPause;
    else if (name == u"dialog-error" || name == u"network-error")
        fallback = QStyle::SP_MessageBoxCritical;
    else if (name.startsWith(u"network-"))
        fallback = QStyle::SP_DriveNetIcon;
    return QIcon::fromTheme(name, QApplication::style()->standardIcon(fallback));
}

} // namespace vcv
