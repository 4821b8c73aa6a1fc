// SPDX-FileCopyrightText: 2026 The virt-console-viewer developers
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QToolButton>

namespace vcv {

/// The "N new lines" button a LogView shows at the bottom of its viewport while follow is
/// paused and lines arrive; clicking it resumes follow (the view connects clicked()).
///
/// The view gives it its text, so that the words stay the view's to translate.
///
/// Ownership: a child of the viewport it floats over.
/// Thread: GUI thread only.
class LogNewLinesButton : public QToolButton
{
    Q_OBJECT
public:
    explicit LogNewLinesButton(QWidget *viewport);

    /// Shows @p text, centred at the bottom of the viewport, above the rows.
    void showText(const QString &text);
};

} // namespace vcv
