// SPDX-FileCopyrightText: 2026 The virt-console-viewer developers
// SPDX-License-Identifier: GPL-2.0-or-later
#include "widgets/LogSelectionController.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QStringList>

#include <utility>

namespace vcv {

namespace {

bool isWordChar(QChar c)
{
    return c.isLetterOrNumber() || c == u'_';
}

} // namespace

LogSelectionController::LogSelectionController(const LogRowMap *rows, LineText lineText, QObject *parent)
    : QObject(parent)
    , m_rows(rows)
    , m_lineText(std::move(lineText))
{
}

void LogSelectionController::set(LogPosition from, LogPosition to)
{
    m_selection.set(from, to);
    Q_EMIT changed();
}

void LogSelectionController::clear()
{
    if (!m_selection.isActive())
        return;
    m_selection.clear();
    Q_EMIT changed();
}

void LogSelectionController::selectAll()
{
    const qint64 rows = m_rows->rowCount();
    if (rows <= 0)
        return;
    const LineNumber last = m_rows->lineForRow(RowIndex(rows - 1));
    set({m_rows->lineForRow(RowIndex(0)), 0}, {last, int(m_lineText(last).size())});
}

void LogSelectionController::reset()
{
    m_selection.clear();
    m_dragging = false;
}

void LogSelectionController::press(LogPosition at, bool extend)
{
    if (extend && m_selection.isActive())
        m_selection.moveCursor(at);
    else
        m_selection.set(at, at);
    m_dragging = true;
    Q_EMIT changed();
}

void LogSelectionController::dragTo(LogPosition at)
{
    if (!m_dragging || !at.isValid() || at == m_selection.cursor())
        return;
    m_selection.moveCursor(at);
    Q_EMIT changed();
}

void LogSelectionController::release()
{
    if (!std::exchange(m_dragging, false))
        return;
    QClipboard *clipboard = QGuiApplication::clipboard();
    if (hasSelection() && clipboard->supportsSelection())
        clipboard->setText(text(), QClipboard::Selection);
}

void LogSelectionController::selectWordAt(LogPosition at)
{
    const QString text = m_lineText(at.line);
    int from = qMin<int>(at.column, text.size());
    int to = from;
    while (from > 0 && isWordChar(text.at(from - 1)))
        --from;
    while (to < text.size() && isWordChar(text.at(to)))
        ++to;
    m_dragging = false;
    set({at.line, from}, {at.line, to});
}

QString LogSelectionController::text() const
{
    if (!hasSelection())
        return {};
    const LogPosition end = m_selection.end();
    QStringList parts;
    qint64 taken = 0;
    for (RowIndex row = m_rows->rowForLine(m_selection.start().line);
         row.get() < m_rows->rowCount() && taken < maxCopyRows(); ++row, ++taken) {
        const LineNumber line = m_rows->lineForRow(row);
        if (line > end.line)
            break;
        const QString text = m_lineText(line);
        const auto [from, to] = m_selection.columnsOn(line, int(text.size()));
        parts.append(text.mid(from, to - from));
    }
    return parts.join(u'\n');
}

bool LogSelectionController::exceedsCopyLimit() const
{
    if (!hasSelection())
        return false;
    const RowIndex lastRow = m_rows->rowForLine(m_selection.start().line) + maxCopyRows();
    return lastRow.get() < m_rows->rowCount() && m_rows->lineForRow(lastRow) <= m_selection.end().line;
}

} // namespace vcv
