// SPDX-FileCopyrightText: 2026 The virt-console-viewer developers
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "bootlog/BootSegment.h"
#include "bootlog/LogDocument.h"

#include <QAbstractListModel>
#include <QList>
#include <QPointer>

namespace vcv {

class LogProblemScanner;

/// The boots of a LogDocument as a list: one row per BootSegment, oldest first.
///
/// Rows are appended as the followed log shows new boots; anything else (reset, prepended
/// history that shifts line numbers) resets the model. A reset for history put in front says by
/// how many lines it moved the boots known (linesMovedByReset()), so that a view can stay on
/// the boot it showed: history arrives in several steps for a remote log. (Not rows inserted in
/// front: every row's text counts the boots from the oldest, so all of them change anyway.)
///
/// Thread: GUI thread only. The document is not owned.
class BootListModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role {
        FirstLineRole = Qt::UserRole + 1, ///< qint64, 0-based line where the boot starts
        SeenAtRole,                       ///< QDateTime when it arrived while following (may be invalid)
        ReasonRole,                       ///< int, BootSegment::Reason
        ProblemCountRole,                 ///< int, the boot's problems (0 without a scanner)
    };

    explicit BootListModel(QObject *parent = nullptr);

    void setDocument(const LogDocument *document);
    const LogDocument *document() const { return m_document; }
    /// Where each boot's problems are counted from (not owned; nullptr: none). A boot with
    /// problems says how many in its text ("2 problems") and which in its tooltip.
    void setProblemScanner(const LogProblemScanner *scanner);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    /// While modelReset() is being emitted for history put in front: by how many lines the boots
    /// known before moved (each is now at its line + that, or, when it was only the log's start,
    /// in the boot that holds that line). -1 for any other reset, and outside one.
    qint64 linesMovedByReset() const { return m_linesMovedByReset; }

private:
    void refresh();
    void onLinesPrepended(qint64 count);
    /// Recounts each boot's problems; dataChanged() for the rows whose count changed.
    void updateProblemCounts();
    QList<int> countProblems() const;

    QPointer<const LogDocument> m_document;
    QList<BootSegment> m_segments;
    QPointer<const LogProblemScanner> m_problemScanner;
    QList<int> m_problemCounts; // per row of m_segments
    qint64 m_linesMovedByReset = -1;
};

} // namespace vcv
