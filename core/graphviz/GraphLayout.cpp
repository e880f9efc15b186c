#include "GraphLayout.h"

#include <QByteArray>
#include <QLineF>
#include <QList>

#include <algorithm>
#include <limits>

#include <stdexcept>

namespace lgpn {

namespace {

constexpr double kPointsPerInch = 72.0;

// Splits a line of the plain format into words; names with spaces come double-quoted.
QList<QByteArray> words(const QByteArray &line)
{
    QList<QByteArray> result;
    QByteArray word;
    bool quoted = false;
    for (qsizetype i = 0; i < line.size(); ++i) {
        const char c = line[i];
        if (quoted) {
            if (c == '\\' && i + 1 < line.size())
                word += line[++i];
            else if (c == '"')
                quoted = false;
            else
                word += c;
        } else if (c == '"') {
            quoted = true;
        } else if (c == ' ') {
            if (!word.isEmpty())
                result << word;
            word.clear();
        } else {
            word += c;
        }
    }
    if (!word.isEmpty())
        result << word;
    return result;
}

double number(const QByteArray &word)
{
    bool ok = false;
    const double value = word.toDouble(&ok);
    if (!ok)
        throw std::runtime_error("Graphviz wrote a layout that could not be read");
    return value;
}

} // namespace

int GraphLayout::nodeIndex(const QString &name) const
{
    for (size_t i = 0; i < nodes.size(); ++i) {
        if (nodes[i].name == name)
            return int(i);
    }
    return -1;
}

int GraphLayout::clusterIndex(const QString &name) const
{
    for (size_t i = 0; i < clusters.size(); ++i) {
        if (clusters[i].name == name)
            return int(i);
    }
    return -1;
}

void GraphLayout::spreadApart(double minimumDistance, double maximumSide)
{
    double closest = std::numeric_limits<double>::max();
    for (size_t i = 0; i < nodes.size(); ++i) {
        for (size_t j = i + 1; j < nodes.size(); ++j)
            closest = std::min(closest, QLineF(nodes[i].centre, nodes[j].centre).length());
    }
    if (nodes.size() < 2 || closest >= minimumDistance)
        return;
    const double side = std::max({size.width(), size.height(), 1.0});
    const double factor = std::min(minimumDistance / std::max(closest, 1e-6), maximumSide / side);
    if (factor <= 1)
        return;
    for (Node &node : nodes)
        node.centre *= factor;
    for (Edge &edge : edges) {
        for (QPointF &point : edge.points)
            point *= factor;
    }
    size *= factor;
}

GraphLayout GraphLayout::fromPlain(const QByteArray &plain)
{
    GraphLayout layout;
    double height = 0;
    for (const QByteArray &line : plain.split('\n')) {
        const QList<QByteArray> w = words(line);
        if (w.isEmpty())
            continue;
        if (w[0] == "graph" && w.size() >= 4) {
            layout.size = QSizeF(number(w[2]) * kPointsPerInch, number(w[3]) * kPointsPerInch);
            height = layout.size.height();
        } else if (w[0] == "node" && w.size() >= 6) {
            layout.nodes.push_back({QString::fromUtf8(w[1]),
                                    QPointF(number(w[2]) * kPointsPerInch, height - number(w[3]) * kPointsPerInch),
                                    QSizeF(number(w[4]) * kPointsPerInch, number(w[5]) * kPointsPerInch)});
        } else if (w[0] == "edge" && w.size() >= 4) {
            Edge edge{QString::fromUtf8(w[1]), QString::fromUtf8(w[2]), {}};
            const int count = int(number(w[3]));
            if (w.size() < 4 + 2 * count)
                throw std::runtime_error("Graphviz wrote a layout that could not be read");
            for (int p = 0; p < count; ++p)
                edge.points.emplace_back(number(w[4 + 2 * p]) * kPointsPerInch, height - number(w[5 + 2 * p]) * kPointsPerInch);
            layout.edges.push_back(std::move(edge));
        }
    }
    return layout;
}

} // namespace lgpn
