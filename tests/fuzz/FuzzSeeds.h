#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <vector>

namespace lgpn::fuzz {

// The inputs every harness starts from, made here rather than committed as binary files: small
// valid inputs of each format (encoded by OpenCV, serialised by the project's own writers, or
// taken from the embedded model's bundle), some cut short, and the regression inputs of past
// findings. test_fuzz_replay feeds them all through each harness; packaging/fuzz.sh writes them
// out (lgpn_fuzz_seeds DIR) as the fuzzers' starting corpora.
class FuzzSeeds
{
public:
    static QStringList harnesses();
    // Valid and truncated inputs of the harness's format.
    static std::vector<QByteArray> seeds(const QString &harness);
    // Inputs that once crashed, hung or broke an invariant of the harness (each with its finding).
    static std::vector<QByteArray> regressions(const QString &harness);
    // DIR/<harness>/seed-NNN and regression-NNN for every harness; returns the number written.
    static int write(const QString &directory);
};

} // namespace lgpn::fuzz
