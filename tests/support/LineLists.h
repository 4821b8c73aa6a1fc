// SPDX-FileCopyrightText: 2026 The virt-console-viewer developers
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "bootlog/LineTypes.h"

#include <QList>

namespace vcv::test {

/// Lines as plain numbers, to compare with an expectation written out by hand
/// (QCOMPARE prints the numbers of a QList<qint64> when they differ).
inline QList<qint64> plainLines(const QList<LineNumber> &lines)
{
    QList<qint64> plain;
    plain.reserve(lines.size());
    for (const LineNumber line : lines)
        plain.append(line.get());
    return plain;
}

} // namespace vcv::test
