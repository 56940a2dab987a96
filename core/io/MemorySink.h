// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT

#pragma once

#include "ByteSink.h"

#include <QByteArray>
#include <utility>

namespace wm {

// Collects everything written into a QByteArray, optionally refusing to grow
// beyond `limit` bytes (so a fuzz input cannot exhaust memory).
class MemorySink final : public ByteSink
{
public:
    explicit MemorySink(qint64 limit = -1) : m_limit(limit) {}

    bool write(const char *data, qint64 size) override
    {
        if (m_limit >= 0 && m_data.size() + size > m_limit) return false;
        m_data.append(data, size);
        return true;
    }
    [[nodiscard]] QString errorString() const override
    {
        return QStringLiteral("output larger than %1 bytes").arg(m_limit);
    }
    [[nodiscard]] const QByteArray &data() const { return m_data; }
    QByteArray take() { return std::exchange(m_data, {}); }

private:
    QByteArray m_data;
    qint64 m_limit;
};

} // namespace wm
