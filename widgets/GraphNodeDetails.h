#pragma once

#include "HierarchyGraphs.h"

#include <QCoreApplication>
#include <QString>

namespace lgpn {

// What the graph inspector says about a clicked node, as rich text: for a hyperparameter (G0)
// its probability, its reliability (the model's held-out AUC; under the bundle's threshold "not
// reliable for unseen generators"), its group and its supernodes; for a supernode its value,
// its own supernode and how many nodes it holds.
class GraphNodeDetails
{
    Q_DECLARE_TR_FUNCTIONS(lgpn::GraphNodeDetails)

public:
    static QString html(const HierarchyGraphs &graphs, int level, int node);

private:
    static QString hyperparameter(const HierarchyGraphs &graphs, int node);
    static QString supernode(const HierarchyGraphs &graphs, int level, int node);
    static QString reliability(const HierarchyGraphs &graphs, int node);
    // "G1·4 (in G2·1)": the node's supernodes up to the top, or "none" at the top level.
    static QString supernodeChain(const HierarchyGraphs &graphs, int level, int node);
};

} // namespace lgpn
