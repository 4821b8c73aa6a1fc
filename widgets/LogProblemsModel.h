// SPDX-FileCopyrightText: 2026 The virt-console-viewer developers
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "bootlog/LogProblemScanner.h"

#include <QAbstractTableModel>
#include <QPointer>

namespace vcv {

/// The problems of one boot (a line range) of a LogProblemScanner, as a table: kind (in words,
/// translated), line (1-based, as the gutter shows it) and the line's text.
///
/// Problems found later in the range (a followed log) are inserted as rows; any other change
/// (a rescan, another range) resets the model.
///
/// Thread: GUI thread only. The scanner is not owned.
class LogProblemsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { KindColumn, LineColumn, TextColumn, ColumnCount };
    enum Role {
        LineRole = Qt::UserRole + 1, ///< qint64, the 0-based document line
        KindRole,                    ///< int, BootProblemKind
    };

    explicit LogProblemsModel(QObject *parent = nullptr);

    void setScanner(const LogProblemScanner *scanner);
    /// The problems of lines [first, end) only (invalid: from the start / to the end).
    void setRange(LineNumber first, LineNumber end);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// "Kernel panic", "Failed unit", … (translated).
    static QString kindText(BootProblemKind kind);

private:
    void refresh();

    QPointer<const LogProblemScanner> m_scanner;
    LineNumber m_first;
    LineNumber m_end;
    QList<LogProblemScanner::Problem> m_problems;
};

} // namespace vcv
