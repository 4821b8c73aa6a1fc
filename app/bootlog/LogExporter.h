// SPDX-FileCopyrightText: 2026 The virt-console-viewer developers
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QCoreApplication>
#include <QIODevice>
#include <QString>
#include <QStringList>

#include <atomic>

namespace vcv {

class LogDocument;

/// Writes a log chain out, for --print-log and "Save log as…".
///
/// Raw: the stitched chain byte for byte as virtlogd wrote it (files oldest first, no
/// separator). Strip: line by line through LineDecoder::strip(), escape sequences removed, each
/// line ended by LF (a last line without newline stays without).
///
/// Threading: blocking, any thread; reads the files itself and holds nothing afterwards.
class LogExporter
{
    Q_DECLARE_TR_FUNCTIONS(vcv::LogExporter)
public:
    enum class Mode { Raw, Strip };

    /// Exports the chain of `basePath` (basePath.N-1 … .0, basePath). False with *error
    /// ("no such file", "permission denied", a write error) when nothing or not all could be
    /// written; a chain with no file at all is an error.
    static bool exportChain(const QString &basePath, QIODevice *out, Mode mode, QString *error = nullptr);
    /// Exports given files, oldest first.
    static bool exportFiles(const QStringList &chronologicalFiles, QIODevice *out, Mode mode, QString *error = nullptr);
    /// Exports what a document holds, history kept across restarts included. Markers are
    /// written as their text line in Strip mode and skipped in Raw mode. Any thread (the
    /// document must outlive the call); `cancel` set stops it (false, with an empty *error).
    static bool exportDocument(const LogDocument &document, QIODevice *out, Mode mode, QString *error = nullptr,
                               const std::atomic<bool> *cancel = nullptr);
};

} // namespace vcv
