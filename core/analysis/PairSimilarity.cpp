#include "PairSimilarity.h"

#include <algorithm>
#include <cmath>
#include <functional>
#include <numeric>
#include <stdexcept>

namespace lgpn {

namespace {

// Union-find over every pair: connected components of "linked(i, j)", groups of two or more,
// largest first (ties by their first member), members in input order.
std::vector<std::vector<int>> linkedGroups(int count, const std::function<bool(int, int)> &linked)
{
    std::vector<int> parent(static_cast<size_t>(count));
    std::iota(parent.begin(), parent.end(), 0);
    auto root = [&](int x) {
        while (parent[size_t(x)] != x)
            x = parent[size_t(x)] = parent[size_t(parent[size_t(x)])]; // path halving
        return x;
    };
    for (int i = 0; i < count; ++i) {
        for (int j = i + 1; j < count; ++j) {
            if (linked(i, j))
                parent[size_t(root(j))] = root(i);
        }
    }
    std::vector<std::vector<int>> byRoot(static_cast<size_t>(count));
    for (int i = 0; i < count; ++i)
        byRoot[size_t(root(i))].push_back(i);
    std::vector<std::vector<int>> result;
    for (auto &group : byRoot) {
        if (group.size() >= 2)
            result.push_back(std::move(group));
    }
    std::sort(result.begin(), result.end(),
              [](const auto &a, const auto &b) { return a.size() != b.size() ? a.size() > b.size() : a.front() < b.front(); });
    return result;
}

} // namespace

double PairSimilarity::cosine(const std::vector<float> &a, const std::vector<float> &b)
{
    if (a.size() != b.size())
        throw std::invalid_argument("vectors differ in length");
    double dot = 0;
    double normA = 0;
    double normB = 0;
    for (size_t i = 0; i < a.size(); ++i) {
        dot += double(a[i]) * double(b[i]);
        normA += double(a[i]) * double(a[i]);
        normB += double(b[i]) * double(b[i]);
    }
    if (normA == 0 || normB == 0)
        return 0;
    return dot / (std::sqrt(normA) * std::sqrt(normB));
}

FloatMatrix PairSimilarity::matrix(const std::vector<std::vector<float>> &vectors)
{
    const int count = int(vectors.size());
    FloatMatrix result{count, count, std::vector<float>(size_t(count) * size_t(count), 1.0f)};
    for (int i = 0; i < count; ++i) {
        for (int j = i + 1; j < count; ++j) {
            const float value = float(cosine(vectors[size_t(i)], vectors[size_t(j)]));
            result.values[size_t(i) * size_t(count) + size_t(j)] = value;
            result.values[size_t(j) * size_t(count) + size_t(i)] = value;
        }
    }
    return result;
}

std::vector<std::vector<int>> PairSimilarity::groups(const FloatMatrix &similarity, double threshold)
{
    return linkedGroups(similarity.rows, [&](int i, int j) { return similarity.at(i, j) >= threshold; });
}

std::vector<std::vector<int>> PairSimilarity::groups(const std::vector<std::vector<float>> &vectors, double threshold)
{
    return linkedGroups(int(vectors.size()), [&](int i, int j) { return cosine(vectors[size_t(i)], vectors[size_t(j)]) >= threshold; });
}

std::vector<int> PairSimilarity::clusterOrder(const FloatMatrix &similarity)
{
    // Agglomerative clustering with average linkage; the order is the merge tree's leaves.
    const int count = similarity.rows;
    std::vector<std::vector<int>> clusters;
    for (int i = 0; i < count; ++i)
        clusters.push_back({i});
    auto linkage = [&](const std::vector<int> &a, const std::vector<int> &b) {
        double sum = 0;
        for (int i : a)
            for (int j : b)
                sum += similarity.at(i, j);
        return sum / double(a.size() * b.size());
    };
    while (clusters.size() > 1) {
        size_t bestA = 0;
        size_t bestB = 1;
        double best = -2;
        for (size_t a = 0; a < clusters.size(); ++a) {
            for (size_t b = a + 1; b < clusters.size(); ++b) {
                const double value = linkage(clusters[a], clusters[b]);
                if (value > best) {
                    best = value;
                    bestA = a;
                    bestB = b;
                }
            }
        }
        clusters[bestA].insert(clusters[bestA].end(), clusters[bestB].begin(), clusters[bestB].end());
        clusters.erase(clusters.begin() + std::ptrdiff_t(bestB));
    }
    return clusters.empty() ? std::vector<int>{} : clusters.front();
}

} // namespace lgpn
