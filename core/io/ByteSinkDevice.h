// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT

#pragma once

#include "ByteSink.h"

#include <QIODevice>

namespace wm {

// A write-only QIODevice over a ByteSink, for writers that take a QIODevice
// (the JSON, CSV and Markdown reports) but must go to a checked sink
// (SafeOutputFile, checked standard output). The first failed write fails
// the device: later writes return -1, and failed()/errorString() say why in
// the sink's words ("No space left on device", never "Unknown error").
class ByteSinkDevice final : public QIODevice
{
public:
    explicit ByteSinkDevice(ByteSink &sink) : m_sink(sink) {}

    [[nodiscard]] bool isSequential() const override { return true; }
    [[nodiscard]] bool failed() const { return m_failed; }

protected:
    qint64 readData(char *, qint64) override { return -1; }
    qint64 writeData(const char *data, qint64 size) override
    {
        if (m_failed) return -1;
        if (m_sink.write(data, size)) return size;
        m_failed = true;
        setErrorString(m_sink.errorString());
        return -1;
    }

private:
    ByteSink &m_sink;
    bool m_failed = false;
};

} // namespace wm
