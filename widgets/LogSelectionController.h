// SPDX-FileCopyrightText: 2026 The virt-console-viewer developers
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "widgets/LogRowMap.h"
#include "widgets/LogSelection.h"

#include <QObject>
#include <QString>

#include <functional>

namespace vcv {

/// The text selection of a LogView and the mouse gestures that make it: press (Shift extends),
/// drag, double-click for a word, release (which fills the X11 primary selection); and the
/// selected text for copying, taken from the rows shown.
///
/// Positions are document positions (LogPosition): the view maps the mouse to them.
/// Ownership: the row map is not owned and must outlive the controller.
/// Thread: GUI thread only.
class LogSelectionController : public QObject
{
    Q_OBJECT
public:
    /// The decoded text of a document line.
    using LineText = std::function<QString(LineNumber)>;

    LogSelectionController(const LogRowMap *rows, LineText lineText, QObject *parent = nullptr);

    const LogSelection &selection() const { return m_selection; }
    bool hasSelection() const { return m_selection.hasSelection(); }

    /// Selects from @p from to @p to.
    void set(LogPosition from, LogPosition to);
    /// Drops the selection; changed() only when there was an anchor.
    void clear();
    /// Selects every row.
    void selectAll();
    /// A new document: drops the selection without changed().
    void reset();
    /// @p count lines were put in front of the document.
    void linesPrepended(qint64 count) { m_selection.linesPrepended(count); }

    /// The left button went down at @p at: a new anchor there, or with @p extend (Shift) the
    /// cursor of the selection there is moves.
    void press(LogPosition at, bool extend);
    /// The mouse moved to @p at with the button held after press().
    void dragTo(LogPosition at);
    bool isDragging() const { return m_dragging; }
    /// The left button went up: the selected text goes to the X11 primary selection.
    void release();
    /// Selects the word (letters, digits, '_') around @p at.
    void selectWordAt(LogPosition at);

    /// The selection as plain text, rows joined by '\n', at most maxCopyRows() rows.
    QString text() const;
    /// Whether the selection reaches past maxCopyRows() rows (text() has only the first ones).
    bool exceedsCopyLimit() const;
    /// A bound on what text() builds in memory; a whole log is saved, not copied.
    static constexpr qint64 maxCopyRows() { return 1'000'000; }

Q_SIGNALS:
    void changed();

private:
    const LogRowMap *m_rows;
    LineText m_lineText;
    LogSelection m_selection;
    bool m_dragging = false; // the left button went down in the text and is held
};

} // namespace vcv
