// SPDX-FileCopyrightText: 2026 The virt-console-viewer developers
// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

// Golden files, as KSyntaxHighlighting's autotests keep them: the input of a test in one file
// (data/NAME.input), what it must give in another (data/NAME.ref), both in the source tree and
// written by hand. The test runs every input, writes what it got to NAME.output in its build
// directory and reports each case whose output differs from the reference.
//
// Both files hold one case a line, "CASE: BYTES" ('#' lines and empty lines are comments), the
// bytes escaped so that any of them can be written and read back: \\ for a backslash, \n \r \t
// \e (ESC), \xNN for any other control byte, for a byte that is not part of valid UTF-8 and for a
// space at the end of the line; valid UTF-8 stays as it is. The reference names the input's cases
// in the same order (a case's name has no colon).
//
// A reference changes only by hand: edit it, or run the test once with VCV_UPDATE_GOLDEN=1, which
// rewrites it with the output (comments kept) — then read `git diff` line by line before
// committing, as every changed line is a changed expectation.

#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QList>
#include <QString>

#include <utility>

namespace vcv::test {

inline QByteArray goldenEscape(QByteArrayView bytes)
{
    QByteArray out;
    qsizetype i = 0;
    while (i < bytes.size()) {
        const auto byte = uchar(bytes.at(i));
        if (byte >= 0x80) {
            qsizetype length = 0;
            for (qsizetype n = 2; n <= 4 && i + n <= bytes.size(); ++n) {
                if (bytes.sliced(i, n).isValidUtf8()) {
                    length = n;
                    break;
                }
            }
            if (length > 0) {
                out += bytes.sliced(i, length);
                i += length;
                continue;
            }
        }
        if (byte == '\\')
            out += "\\\\";
        else if (byte == '\n')
            out += "\\n";
        else if (byte == '\r')
            out += "\\r";
        else if (byte == '\t')
            out += "\\t";
        else if (byte == 0x1b)
            out += "\\e";
        else if (byte < 0x20 || byte >= 0x7f || (byte == ' ' && i == bytes.size() - 1))
            out += "\\x" + QByteArray::number(byte, 16).rightJustified(2, '0');
        else
            out += char(byte);
        ++i;
    }
    return out;
}

/// The bytes goldenEscape() wrote; false in @p ok for an escape it never writes.
inline QByteArray goldenUnescape(QByteArrayView text, bool *ok)
{
    QByteArray out;
    *ok = true;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i) != '\\') {
            out += text.at(i);
            continue;
        }
        const char e = i + 1 < text.size() ? text.at(++i) : '\0';
        switch (e) {
        case '\\': out += '\\'; break;
        case 'n': out += '\n'; break;
        case 'r': out += '\r'; break;
        case 't': out += '\t'; break;
        case 'e': out += '\x1b'; break;
        case 'x': {
            bool hex = false;
            const int value = i + 2 < text.size() ? text.sliced(i + 1, 2).toByteArray().toInt(&hex, 16) : 0;
            if (!hex) {
                *ok = false;
                return {};
            }
            out += char(value);
            i += 2;
            break;
        }
        default: *ok = false; return {};
        }
    }
    return out;
}

class GoldenFile
{
public:
    struct Case
    {
        QByteArray name;
        QByteArray input;
        QByteArray expected;
        QByteArray actual;
    };

    /// Reads @p dir/@p name.input and its reference @p dir/@p name.ref; error() says what is wrong
    /// with them.
    GoldenFile(const QString &dir, const QString &name)
        : m_name(name)
        , m_referencePath(QDir(dir).filePath(name + QStringLiteral(".ref")))
    {
        QList<std::pair<QByteArray, QByteArray>> inputs, references;
        if (!read(QDir(dir).filePath(name + QStringLiteral(".input")), &inputs, nullptr) ||
            !read(m_referencePath, &references, &m_referenceComments))
            return;
        if (inputs.size() != references.size()) {
            m_error = QStringLiteral("%1 inputs but %2 references").arg(inputs.size()).arg(references.size());
            return;
        }
        for (qsizetype i = 0; i < inputs.size(); ++i) {
            if (inputs.at(i).first != references.at(i).first) {
                m_error = QStringLiteral("case %1 of the input is \"%2\", of the reference \"%3\"")
                              .arg(i + 1)
                              .arg(QString::fromUtf8(inputs.at(i).first), QString::fromUtf8(references.at(i).first));
                return;
            }
            m_cases.append({inputs.at(i).first, inputs.at(i).second, references.at(i).second, {}});
        }
        if (m_cases.isEmpty())
            m_error = QStringLiteral("no case in ") + m_referencePath;
    }

    /// Empty when both files were read and name the same cases.
    QString error() const { return m_error; }
    const QList<Case> &cases() const { return m_cases; }
    void setActual(qsizetype index, const QByteArray &actual) { m_cases[index].actual = actual; }

    /// Writes the output (the reference's comments, then every case with its actual bytes) to
    /// @p outputDir/NAME.output, and with VCV_UPDATE_GOLDEN=1 over the reference too. Returns the
    /// cases whose output differs from the reference, one a line; empty when none does.
    QString finish(const QString &outputDir) const
    {
        QByteArray output = m_referenceComments;
        QString differences;
        for (const Case &c : m_cases) {
            const QByteArray escaped = goldenEscape(c.actual);
            output += c.name + (escaped.isEmpty() ? QByteArray(":") : ": " + escaped) + '\n';
            if (c.actual != c.expected) {
                differences += QStringLiteral("\n  %1:\n    expected: %2\n    actual:   %3")
                                   .arg(QString::fromUtf8(c.name), QString::fromUtf8(goldenEscape(c.expected)),
                                        QString::fromUtf8(goldenEscape(c.actual)));
            }
        }
        const QString outputPath = QDir(outputDir).filePath(m_name + QStringLiteral(".output"));
        if (!write(outputPath, output))
            return QStringLiteral("cannot write ") + outputPath;
        if (qEnvironmentVariableIntValue("VCV_UPDATE_GOLDEN") == 1 && !differences.isEmpty()) {
            if (!write(m_referencePath, output))
                return QStringLiteral("cannot write ") + m_referencePath;
            qWarning("%s rewritten from the output: read `git diff` before committing it", qPrintable(m_referencePath));
        }
        if (!differences.isEmpty())
            differences = QStringLiteral("%1 differs from %2 (VCV_UPDATE_GOLDEN=1 rewrites the reference):")
                              .arg(outputPath, m_referencePath) +
                differences;
        return differences;
    }

private:
    bool read(const QString &path, QList<std::pair<QByteArray, QByteArray>> *entries, QByteArray *comments)
    {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            m_error = QStringLiteral("cannot read ") + path;
            return false;
        }
        const QByteArray data = file.readAll();
        QList<QByteArray> lines = data.split('\n');
        if (data.endsWith('\n'))
            lines.removeLast();
        int number = 0;
        bool inHeader = true;
        for (const QByteArray &line : std::as_const(lines)) {
            ++number;
            if (line.isEmpty() || line.startsWith('#')) {
                if (comments && inHeader)
                    *comments += line + '\n';
                continue;
            }
            inHeader = false;
            const qsizetype colon = line.indexOf(':');
            bool ok = colon > 0;
            QByteArray value = ok ? line.mid(colon + 1) : QByteArray();
            if (value.startsWith(' '))
                value.remove(0, 1);
            const QByteArray bytes = ok ? goldenUnescape(value, &ok) : QByteArray();
            if (!ok) {
                m_error = QStringLiteral("%1:%2: not \"CASE: ESCAPED BYTES\"").arg(path).arg(number);
                return false;
            }
            entries->append({line.left(colon), bytes});
        }
        return true;
    }

    static bool write(const QString &path, const QByteArray &bytes)
    {
        QFile file(path);
        return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(bytes) == bytes.size();
    }

    QString m_name;
    QString m_referencePath;
    QByteArray m_referenceComments; // the reference's leading comment lines, kept on a rewrite
    QList<Case> m_cases;
    QString m_error;
};

} // namespace vcv::test
