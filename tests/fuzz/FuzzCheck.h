#pragma once
// What every fuzz target shares: an invariant that does not hold is a finding, like a crash.

#include <QByteArray>

#include <cstdio>
#include <cstdlib>

/// Aborts (a libFuzzer finding, the input is saved) when @p cond is false.
#define FUZZ_CHECK(cond)                                                                                               \
    do {                                                                                                               \
        if (!(cond)) {                                                                                                 \
            std::fprintf(stderr, "%s:%d: invariant failed: %s\n", __FILE__, __LINE__, #cond);                          \
            std::abort();                                                                                              \
        }                                                                                                              \
    } while (false)

namespace fw::fuzz {

/// The fuzzer's bytes as a QByteArray of their own (a copy: the readers may keep nothing that points into them).
inline QByteArray bytes(const unsigned char *data, size_t size)
{
    return QByteArray(reinterpret_cast<const char *>(data), qsizetype(size));
}

} // namespace fw::fuzz
