#pragma once

#include "schema/HyperparameterSchema.h"

#include <vector>

namespace lgpn {

// The loss and discrete-architecture nodes an image's analysis is most sure of, most probable
// first. Continuous range nodes are left out: one range of each parameter is always the likeliest,
// so they would crowd out the findings.
class StrongestNodes
{
public:
    static std::vector<int> of(const HyperparameterSchema &schema, const std::vector<float> &probabilities, int count);
};

} // namespace lgpn
