#pragma once

#include <QByteArray>

#include <cstddef>
#include <cstdint>

// One harness per parser of outside bytes. A harness file declares its body once:
//
//     LGPN_FUZZ_TARGET(image_header) { ImageHeader::sniff(bytes); }
//
// and the same source builds two ways:
//  - with LGPN_FUZZ_REPLAY (the normal build): the body registers itself under its name in
//    FuzzTargetRegistry, and test_fuzz_replay feeds it every seed and regression input;
//  - without it (the clang build of packaging/fuzz.sh): the body is libFuzzer's entry point.
// A body throws nothing but what the parser documents for bad input (caught inside it); any
// other exception, a failed invariant (lgpn::fuzz::require) or a sanitizer report is a finding.

namespace lgpn::fuzz {

using FuzzBody = void (*)(const QByteArray &bytes);

// Aborts (a finding) when an invariant the parser promises does not hold.
void require(bool condition, const char *what);

} // namespace lgpn::fuzz

#ifdef LGPN_FUZZ_REPLAY
#include "FuzzTargetRegistry.h"
#define LGPN_FUZZ_TARGET(name)                                                                       \
    static void name##_fuzz_body(const QByteArray &bytes);                                           \
    static const bool name##_fuzz_registered = lgpn::fuzz::FuzzTargetRegistry::add(#name, &name##_fuzz_body); \
    static void name##_fuzz_body(const QByteArray &bytes)
#else
#define LGPN_FUZZ_TARGET(name)                                                                       \
    static void name##_fuzz_body(const QByteArray &bytes);                                           \
    extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)                          \
    {                                                                                                \
        /* A copy, not fromRawData: Qt may rely on the terminating NUL the fuzzer's buffer lacks. */ \
        name##_fuzz_body(QByteArray(reinterpret_cast<const char *>(data), qsizetype(size)));         \
        return 0;                                                                                    \
    }                                                                                                \
    static void name##_fuzz_body(const QByteArray &bytes)
#endif
