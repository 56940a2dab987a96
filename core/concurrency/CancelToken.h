// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT

#pragma once

#include <atomic>

namespace wm {

// A cooperative cancel flag shared between the thread that asks for a cancel
// and the workers that poll it. Workers check it between units of work (a
// directory, a chunk of a file), so a cancel takes effect within milliseconds.
class CancelToken
{
public:
    void cancel() noexcept { m_cancelled.store(true, std::memory_order_relaxed); }
    void reset() noexcept { m_cancelled.store(false, std::memory_order_relaxed); }
    [[nodiscard]] bool isCancelled() const noexcept
    {
        return m_cancelled.load(std::memory_order_relaxed);
    }

private:
    std::atomic<bool> m_cancelled{false};
};

// Null-safe helper: engines accept an optional token.
inline bool isCancelled(const CancelToken *token) noexcept
{
    return token != nullptr && token->isCancelled();
}

} // namespace wm
