// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT

#include "ArchiveListing.h"

#include "io/NativePath.h"

#include <QDateTime>
#include <algorithm>
#include <string_view>

namespace wm::cli {

namespace {

void appendOctal(QByteArray &out, unsigned char c)
{
    const char octal[] = {'\\', char('0' + (c >> 6)), char('0' + ((c >> 3) & 7)),
                          char('0' + (c & 7))};
    out.append(octal, 4);
}

// Length of the UTF-8 sequence starting at name[i] that prints as a
// character, or 0 when the bytes there must be escaped.
qsizetype printableSequence(const QByteArray &name, qsizetype i)
{
    const auto lead = static_cast<unsigned char>(name[i]);
    const qsizetype n = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 0;
    if (n == 0 || i + n > name.size()) return 0;
    const std::string_view seq(name.constData() + i, size_t(n));
    if (!NativePath::isValidUtf8(seq)) return 0;
    if (lead == 0xC2 && static_cast<unsigned char>(name[i + 1]) < 0xA0) return 0; // C1
    return n;
}

} // namespace

// Names as `tar -t` prints them (GNU tar's default "escape" quoting, in a
// UTF-8 locale): a newline in a name must not look like two members, nor an
// escape sequence reach the terminal; bytes that are not UTF-8, and C1
// controls, are octal escapes (tar prints the same bytes), so two names
// that differ only in such bytes still read differently.
QByteArray ArchiveListing::escapedName(const QByteArray &name)
{
    static const char kNamed[][3] = {{'\a', 'a'}, {'\b', 'b'}, {'\f', 'f'}, {'\n', 'n'},
                                     {'\r', 'r'}, {'\t', 't'}, {'\v', 'v'}, {'\\', '\\'}};
    QByteArray out;
    out.reserve(name.size());
    for (qsizetype i = 0; i < name.size();) {
        const auto c = static_cast<unsigned char>(name[i]);
        if (c >= 0x80) {
            const qsizetype n = printableSequence(name, i);
            if (n == 0) {
                appendOctal(out, c);
                ++i;
            } else {
                out.append(name.constData() + i, n);
                i += n;
            }
            continue;
        }
        ++i;
        const auto named = std::find_if(std::begin(kNamed), std::end(kNamed),
                                        [c](const char *e) { return e[0] == char(c); });
        if (named != std::end(kNamed)) {
            out += '\\';
            out += (*named)[1];
        } else if (c < 0x20 || c == 0x7f) {
            appendOctal(out, c);
        } else {
            out += char(c);
        }
    }
    return out;
}

QByteArray ArchiveListing::longLine(const ArchiveMember &m)
{
    static const char kTypes[] = {'-', 'd', 'l', 'h', '?'};
    QByteArray perms(10, '-');
    perms[0] = kTypes[int(m.type)];
    const char *rwx = "rwxrwxrwx";
    for (int i = 0; i < 9; ++i)
        if (m.mode & (0400u >> i)) perms[i + 1] = rwx[i];
    const QString when =
        QDateTime::fromSecsSinceEpoch(m.mtime).toString(QStringLiteral("yyyy-MM-dd HH:mm"));
    QByteArray line = perms + ' ' + QByteArray::number(m.size).rightJustified(12) + ' ' +
                      when.toUtf8() + ' ' + escapedName(m.name);
    if (m.type == ArchiveMember::Type::Symlink) line += " -> " + escapedName(m.linkTarget);
    if (m.type == ArchiveMember::Type::Hardlink) line += " link to " + escapedName(m.linkTarget);
    return line;
}

} // namespace wm::cli
