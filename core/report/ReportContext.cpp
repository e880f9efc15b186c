#include "ReportContext.h"

#include <cmath>

namespace lgpn {

QString naturalNumber(double value)
{
    const double magnitude = std::abs(value);
    if (magnitude >= 1e6)
        return QString::number(value / 1e6, 'f', 2) + QStringLiteral(" M");
    if (magnitude >= 1e4)
        return QString::number(value / 1e3, 'f', 1) + QStringLiteral(" k");
    return QString::number(value, 'f', magnitude >= 100 ? 0 : 1);
}

std::vector<ContinuousFinding> continuousFindings(const HyperparameterSchema &schema, const ImageAnalysis &analysis)
{
    std::vector<ContinuousFinding> findings;
    const std::vector<int> groups = schema.groupsOfKind(GroupKind::Continuous);
    for (size_t c = 0; c < groups.size(); ++c) {
        const SchemaGroup &group = schema.group(groups[c]);
        ContinuousFinding finding;
        finding.id = group.id;
        finding.displayName = group.displayName;
        finding.unit = group.unit;
        int best = 0;
        for (size_t bin = 0; bin < group.nodes.size(); ++bin) {
            if (analysis.nodeProbabilities[size_t(group.nodes[bin])] > analysis.nodeProbabilities[size_t(group.nodes[size_t(best)])])
                best = int(bin);
        }
        if (!group.nodes.empty()) {
            finding.range = schema.binRangeText(groups[c], best);
            finding.rangeNode = schema.node(group.nodes[size_t(best)]).id;
            finding.rangeProbability = analysis.nodeProbabilities[size_t(group.nodes[size_t(best)])];
        }
        if (c < analysis.continuousValues.size()) {
            finding.normalised = analysis.continuousValues[c];
            finding.value = schema.denormalise(groups[c], finding.normalised);
        }
        findings.push_back(finding);
    }
    return findings;
}

} // namespace lgpn
