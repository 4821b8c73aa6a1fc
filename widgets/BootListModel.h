// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "bootlog/BootSegment.h"
#include "bootlog/LogDocument.h"

#include <QAbstractListModel>
#include <QList>
#include <QPointer>

namespace vcv {

/// The boots of a LogDocument as a list: one row per BootSegment, oldest first.
///
/// Rows are appended as the followed log shows new boots; anything else (reset, prepended
/// history that shifts line numbers) resets the model.
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
    };

    explicit BootListModel(QObject *parent = nullptr);

    void setDocument(const LogDocument *document);
    const LogDocument *document() const { return m_document; }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    void refresh();

    QPointer<const LogDocument> m_document;
    QList<BootSegment> m_segments;
};

} // namespace vcv
