// SPDX-FileCopyrightText: 2026 The virt-console-viewer developers
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

// The project builds with QT_NO_KEYWORDS (Q_SIGNALS, Q_SLOTS and Q_EMIT only, as KDE does), but
// QTermWidget's installed headers still say `signals:` and `public slots:`. Include them through
// this header, which lends them the two words for as long as they are read.
#ifdef QT_NO_KEYWORDS
#define signals Q_SIGNALS
#define slots Q_SLOTS
#include <qtermwidget.h>
#undef signals
#undef slots
#else
#include <qtermwidget.h>
#endif
