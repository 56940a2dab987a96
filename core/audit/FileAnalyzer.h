#pragma once

#include "FileRecord.h"
#include "walk/WalkEntry.h"

#include <string>

namespace wm {

class CancelToken;

// Reads one file once, in a bounded buffer, and fills its FileRecord: binary
// check (a NUL byte in the first 8000 bytes, git's rule), language, counts,
// token estimate and summary.
class FileAnalyzer
{
public:
    struct Options
    {
        qint64 maxFileSize = 0; // 0: no limit
    };

    FileAnalyzer(std::string rootNative, Options options);

    [[nodiscard]] FileRecord analyze(const WalkEntry &entry,
                                     const CancelToken *cancel = nullptr) const;

    static constexpr size_t binaryProbeBytes = 8000;
    static constexpr size_t bufferBytes = 256 * 1024;

private:
    std::string m_root;
    Options m_options;
};

} // namespace wm
