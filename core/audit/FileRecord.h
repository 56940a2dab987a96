#pragma once

#include <QMetaType>
#include <QString>

namespace wm {

// Everything the audit knows about one file. A file that could not be
// analysed is still a record: `error` says why, and it counts in the totals.
struct FileRecord
{
    QString path; // relative to the root, '/' separated; directories end in '/'
    qint64 bytes = 0;
    qint64 mtimeMs = 0;
    QString language; // empty when unknown
    bool binary = false;
    qint64 lines = 0;
    qint64 words = 0;
    qint64 code = 0;
    qint64 comments = 0;
    qint64 blanks = 0;
    qint64 tokens = 0;
    QString summary;
    QString error; // empty when the file was read completely

    [[nodiscard]] bool hasError() const { return !error.isEmpty(); }
    [[nodiscard]] QString topLevel() const
    {
        const qsizetype slash = path.indexOf(QLatin1Char('/'));
        return slash < 0 ? QStringLiteral(".") : path.left(slash);
    }
};

} // namespace wm

Q_DECLARE_METATYPE(wm::FileRecord)
