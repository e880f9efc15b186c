#include "HierarchyGraphs.h"

#include "SchemaText.h"

#include "schema/HyperparameterSchema.h"

#include <QCoreApplication>

#include <algorithm>

namespace lgpn {

int HierarchyGraphs::edgeCount(int level, double threshold) const
{
    const FloatMatrix &a = levels[size_t(level)].adjacency;
    int count = 0;
    for (int i = 0; i < a.rows; ++i) {
        for (int j = i + 1; j < a.columns; ++j) {
            if (std::max(a.at(i, j), a.at(j, i)) >= threshold)
                ++count;
        }
    }
    return count;
}

int HierarchyGraphs::parentOf(int level, int node) const
{
    if (level >= int(matching.size()))
        return -1;
    const FloatMatrix &s = matching[size_t(level)];
    int best = -1;
    float bestWeight = -1;
    for (int j = 0; j < s.columns; ++j) {
        if (s.at(node, j) > bestWeight) {
            bestWeight = s.at(node, j);
            best = j;
        }
    }
    return best;
}

std::vector<int> HierarchyGraphs::childrenOf(int level, int node) const
{
    std::vector<int> children;
    if (level <= 0)
        return children;
    for (int child = 0; child < nodeCount(level - 1); ++child) {
        if (parentOf(level - 1, child) == node)
            children.push_back(child);
    }
    return children;
}

std::vector<std::pair<int, float>> HierarchyGraphs::membersOf(int level, int node, float minimumWeight) const
{
    std::vector<std::pair<int, float>> members;
    if (level <= 0)
        return members;
    const FloatMatrix &s = matching[size_t(level - 1)];
    for (int child = 0; child < s.rows; ++child) {
        if (s.at(child, node) >= minimumWeight)
            members.emplace_back(child, s.at(child, node));
    }
    std::stable_sort(members.begin(), members.end(), [](const auto &a, const auto &b) { return a.second > b.second; });
    return members;
}

std::vector<HierarchyGraphs::Link> HierarchyGraphs::strongestLinks(int level, int count) const
{
    const FloatMatrix &a = levels[size_t(level)].adjacency;
    std::vector<Link> links;
    for (int i = 0; i < a.rows; ++i) {
        for (int j = i + 1; j < a.columns; ++j) {
            const float weight = std::max(a.at(i, j), a.at(j, i));
            if (weight > 0)
                links.push_back({i, j, weight});
        }
    }
    // Ties keep their matrix order, so the same image always shows the same links.
    std::stable_sort(links.begin(), links.end(), [](const Link &a, const Link &b) { return a.weight > b.weight; });
    links.resize(std::min(links.size(), size_t(std::max(count, 0))));
    return links;
}

HierarchyGraphs HierarchyGraphs::build(const HyperparameterSchema &schema, const std::vector<float> &priorAdjacency,
                                       const NodeReliability &reliability, const ImageAnalysis &analysis)
{
    HierarchyGraphs graphs;
    graphs.reliability = reliability;
    Level g0;
    const int n = schema.nodeCount();
    for (int i = 0; i < n; ++i) {
        const SchemaNode &node = schema.node(i);
        g0.labels << schemaText(node.displayName);
        g0.ids << node.id;
        g0.groups << schemaText(schema.group(node.group).displayName);
        g0.descriptions << QStringLiteral("%1 / %2").arg(schemaText(schema.group(node.group).displayName), schemaText(node.displayName));
        g0.values.push_back(i < int(analysis.nodeProbabilities.size()) ? analysis.nodeProbabilities[size_t(i)] : 0.0f);
    }
    g0.adjacency.rows = g0.adjacency.columns = n;
    g0.adjacency.values = priorAdjacency.size() == size_t(n) * size_t(n) ? priorAdjacency : std::vector<float>(size_t(n) * size_t(n), 0.0f);
    graphs.levels.push_back(std::move(g0));

    for (size_t l = 0; l < analysis.matchingMatrices.size(); ++l) {
        const FloatMatrix &s = analysis.matchingMatrices[l];
        const Level &below = graphs.levels.back();
        if (s.rows != int(below.values.size()))
            break; // not the shape this image's hierarchy should have: show what is consistent
        Level level;
        for (int j = 0; j < s.columns; ++j) {
            level.labels << QStringLiteral("G%1·%2").arg(l + 1).arg(j + 1);
            // A supernode's colour: its members' values weighted by how much they belong to it.
            double weighted = 0;
            double total = 0;
            for (int i = 0; i < s.rows; ++i) {
                weighted += double(s.at(i, j)) * double(below.values[size_t(i)]);
                total += double(s.at(i, j));
            }
            level.values.push_back(total > 0 ? float(weighted / total) : 0.0f);
        }
        if (l < analysis.learnedCorrelations.size() && analysis.learnedCorrelations[l].rows == s.columns)
            level.adjacency = analysis.learnedCorrelations[l];
        else
            level.adjacency = FloatMatrix{s.columns, s.columns, std::vector<float>(size_t(s.columns) * size_t(s.columns), 0.0f)};
        graphs.matching.push_back(s);
        graphs.levels.push_back(std::move(level));
        // Describe each supernode by its strongest members.
        Level &added = graphs.levels.back();
        for (int j = 0; j < s.columns; ++j) {
            QStringList names;
            for (const auto &[member, weight] : graphs.membersOf(int(l) + 1, j, 0.0f)) {
                if (names.size() == 3)
                    break;
                names << graphs.levels[l].labels[member];
            }
            added.descriptions << names.join(QStringLiteral(", "));
        }
    }
    return graphs;
}

} // namespace lgpn
