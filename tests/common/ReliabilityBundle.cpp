#include "ReliabilityBundle.h"

#include "bundle/ModelBundle.h"

#include <stdexcept>

namespace lgpn {

ReliabilityBundle saveEmbeddedWithReliability(const QString &path)
{
    ModelBundle bundle = ModelBundle::loadEmbedded();
    ReliabilityBundle made;
    made.path = path;
    made.schema = bundle.schema();
    const std::vector<int> lossGroups = made.schema.groupsOfKind(GroupKind::Loss);
    std::vector<int> lossNodes;
    for (int group : lossGroups)
        lossNodes.insert(lossNodes.end(), made.schema.group(group).nodes.begin(), made.schema.group(group).nodes.end());
    if (lossNodes.size() < 2)
        throw std::logic_error("the embedded schema has fewer than two loss nodes");
    made.reliableNode = made.schema.node(lossNodes[0]).id;
    made.unreliableNode = made.schema.node(lossNodes[1]).id;
    made.reliability.source = QStringLiteral("test: lgpn protocol --data zoo --work runs (made up)");
    made.reliability.heldOutAuc = {{made.reliableNode, 0.9}, {made.unreliableNode, 0.699}};
    bundle.manifest().nodeReliability = made.reliability;
    bundle.save(path);
    return made;
}

} // namespace lgpn
