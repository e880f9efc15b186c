#pragma once

#include <QByteArray>

namespace lgpn {

class CorrelationGraph;
class HyperparameterSchema;

// The correlation graph in the DOT language, nodes named by schema id and labelled with their
// display names, edges labelled with P(head | tail). Written through cgraph.
QByteArray correlationGraphToDot(const CorrelationGraph &graph, const HyperparameterSchema &schema);

} // namespace lgpn
