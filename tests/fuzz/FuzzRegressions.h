#pragma once

#include <QByteArray>
#include <QString>

#include <vector>

namespace lgpn::fuzz {

// The inputs of past fuzzer findings, one list per harness, written as text (escaped where a byte
// is not printable) with the finding and its fix beside each. Never remove one.
class FuzzRegressions
{
public:
    static std::vector<QByteArray> of(const QString &harness);
};

} // namespace lgpn::fuzz
