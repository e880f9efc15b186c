#include "ZooStatistics.h"

#include "ZooDesign.h"
#include "evaluation/FamilyPrior.h"
#include "evaluation/Metrics.h"
#include "evaluation/ParsingScores.h"

#include <QJsonArray>

#include <algorithm>
#include <cmath>
#include <map>
#include <set>

namespace lgpn::zoo {

namespace {

// Chi-square of the contingency table of a and b over the given rows, and n (min(r, c) - 1), for
// small non-negative codes.
std::pair<double, double> chiSquare(const std::vector<int> &a, const std::vector<int> &b, const std::vector<size_t> &rows,
                                    size_t rowCodes, size_t columnCodes)
{
    std::vector<double> table(rowCodes * columnCodes, 0.0), rowSums(rowCodes, 0.0), columnSums(columnCodes, 0.0);
    for (size_t i : rows) {
        table[size_t(a[i]) * columnCodes + size_t(b[i])] += 1;
        rowSums[size_t(a[i])] += 1;
        columnSums[size_t(b[i])] += 1;
    }
    const auto levels = [](const std::vector<double> &sums) { return size_t(std::count_if(sums.begin(), sums.end(), [](double s) { return s > 0; })); };
    const size_t r = levels(rowSums);
    const size_t c = levels(columnSums);
    if (r < 2 || c < 2)
        return {0.0, 0.0};
    const double n = double(rows.size());
    double chi = 0;
    for (size_t x = 0; x < rowCodes; ++x) {
        for (size_t y = 0; y < columnCodes; ++y) {
            const double expected = rowSums[x] * columnSums[y] / n;
            if (expected > 0)
                chi += (table[x * columnCodes + y] - expected) * (table[x * columnCodes + y] - expected) / expected;
        }
    }
    return {chi, n * double(std::min(r, c) - 1)};
}

QJsonObject association(const QString &a, const QString &b, double v)
{
    return {{QStringLiteral("factors"), QJsonArray{a, b}}, {QStringLiteral("cramersV"), std::round(v * 1000) / 1000}};
}

// To three decimals; null when undefined (no node of a kind had both labels).
QJsonValue rounded(double value)
{
    return std::isnan(value) ? QJsonValue() : QJsonValue(std::round(value * 1000) / 1000);
}

} // namespace

QJsonObject ZooStatistics::heldOutFamilyPrior(const ZooDesign &design)
{
    std::vector<QString> families;
    for (const GmSpec &spec : design.specs)
        families.push_back(spec.family);
    std::map<GroupKind, std::vector<double>> setMeans;
    for (int set = 1; set <= ZooDesign::kTestSets; ++set) {
        std::vector<int> trainingGms, testGms;
        for (size_t gm = 0; gm < design.specs.size(); ++gm)
            (design.testSet[gm] == set ? testGms : trainingGms).push_back(int(gm));
        const FamilyPrior prior(design.nodes, families, trainingGms);
        std::vector<std::vector<float>> scores;
        for (int gm : testGms)
            scores.push_back(prior.scoresOf(gm));
        const ParsingScores parsing = ParsingScores::compute(design.schema, testGms, scores, design.nodes);
        for (const auto &[kind, name] : ParsingScores::kindNames())
            setMeans[kind].push_back(parsing.kind(kind).auc);
    }
    return {{QStringLiteral("loss"), rounded(metrics::meanSkippingNan(setMeans[GroupKind::Loss]))},
            {QStringLiteral("discrete"), rounded(metrics::meanSkippingNan(setMeans[GroupKind::Discrete]))},
            {QStringLiteral("range"), rounded(metrics::meanSkippingNan(setMeans[GroupKind::Continuous]))}};
}

double ZooStatistics::cramersV(const std::vector<int> &a, const std::vector<int> &b, const std::vector<int> &strata)
{
    if (a.empty())
        return 0.0;
    std::vector<std::vector<size_t>> rowsOf(strata.empty() ? 1 : size_t(*std::max_element(strata.begin(), strata.end())) + 1);
    for (size_t i = 0; i < a.size(); ++i)
        rowsOf[strata.empty() ? 0 : size_t(strata[i])].push_back(i);
    const size_t rowCodes = size_t(*std::max_element(a.begin(), a.end())) + 1;
    const size_t columnCodes = size_t(*std::max_element(b.begin(), b.end())) + 1;
    double chi = 0;
    double maximum = 0;
    for (const std::vector<size_t> &rows : rowsOf) {
        const auto [stratumChi, stratumMaximum] = chiSquare(a, b, rows, rowCodes, columnCodes);
        chi += stratumChi;
        maximum += stratumMaximum;
    }
    return maximum > 0 ? std::sqrt(chi / maximum) : 0.0;
}

std::vector<std::vector<int>> ZooStatistics::factorCodes(const std::vector<GmSpec> &specs, QStringList *names)
{
    std::vector<std::vector<int>> codes;
    std::vector<std::map<QString, int>> vocabulary;
    for (size_t gm = 0; gm < specs.size(); ++gm) {
        const auto factors = ZooDesign::factors(specs[gm]);
        if (codes.empty()) {
            codes.assign(factors.size(), std::vector<int>(specs.size(), 0));
            vocabulary.resize(factors.size());
            if (names) {
                names->clear();
                for (const auto &factor : factors)
                    names->append(factor.first);
            }
        }
        for (size_t f = 0; f < factors.size(); ++f)
            codes[f][gm] = vocabulary[f].emplace(factors[f].second, int(vocabulary[f].size())).first->second;
    }
    return codes;
}

std::vector<int> ZooStatistics::familyCodes(const std::vector<GmSpec> &specs)
{
    std::vector<int> families;
    for (const GmSpec &spec : specs)
        families.push_back(int(GmSpec::kFamilies.indexOf(spec.family)));
    return families;
}

QJsonObject ZooStatistics::compute(const ZooDesign &design)
{
    QStringList names;
    const std::vector<std::vector<int>> codes = factorCodes(design.specs, &names);
    const std::vector<int> families = familyCodes(design.specs);
    QJsonObject largest, largestOverall, testSetLargest;
    double best = -1, bestOverall = -1, bestTestSet = -1;
    QJsonArray strongest;
    std::vector<std::tuple<double, int, int>> pairs;
    for (size_t a = 0; a < codes.size(); ++a) {
        const double withTestSet = cramersV(codes[a], design.testSet, families);
        if (withTestSet > bestTestSet) {
            bestTestSet = withTestSet;
            testSetLargest = association(names[int(a)], QStringLiteral("testSet"), withTestSet);
        }
        for (size_t b = a + 1; b < codes.size(); ++b) {
            const double v = cramersV(codes[a], codes[b], families);
            pairs.emplace_back(v, int(a), int(b));
            const double overall = cramersV(codes[a], codes[b]);
            if (overall > bestOverall) {
                bestOverall = overall;
                largestOverall = association(names[int(a)], names[int(b)], overall);
            }
        }
    }
    std::sort(pairs.rbegin(), pairs.rend());
    for (size_t i = 0; i < std::min<size_t>(5, pairs.size()); ++i) {
        const auto [v, a, b] = pairs[i];
        strongest.append(association(names[a], names[b], v));
    }
    if (!pairs.empty())
        largest = strongest.first().toObject();

    // Coverage of every node in every test set, counted in configurations.
    const HyperparameterSchema &schema = design.schema;
    QJsonArray coverage;
    for (int set = 1; set <= ZooDesign::kTestSets; ++set) {
        std::set<int> configurations;
        int gms = 0;
        std::vector<std::set<int>> positive(size_t(schema.nodeCount())), negative(size_t(schema.nodeCount()));
        for (size_t gm = 0; gm < design.specs.size(); ++gm) {
            if (design.testSet[gm] != set)
                continue;
            ++gms;
            configurations.insert(design.configuration[gm]);
            for (int node = 0; node < schema.nodeCount(); ++node)
                (design.nodes[gm][size_t(node)] > 0.5f ? positive : negative)[size_t(node)].insert(design.configuration[gm]);
        }
        int minPositive = gms, minNegative = gms;
        QJsonArray under;
        for (int node = 0; node < schema.nodeCount(); ++node) {
            const int p = int(positive[size_t(node)].size());
            const int n = int(negative[size_t(node)].size());
            minPositive = std::min(minPositive, p);
            minNegative = std::min(minNegative, n);
            if (p < 2 || n < 2)
                under.append(schema.node(node).id);
        }
        coverage.append(QJsonObject{{QStringLiteral("set"), set},
                                    {QStringLiteral("gms"), gms},
                                    {QStringLiteral("configurations"), int(configurations.size())},
                                    {QStringLiteral("minPositiveConfigurations"), minPositive},
                                    {QStringLiteral("minNegativeConfigurations"), minNegative},
                                    {QStringLiteral("nodesUnderTwo"), under}});
    }

    QJsonObject perFamily, perData, perNode;
    for (const GmSpec &spec : design.specs) {
        perFamily[spec.family] = perFamily.value(spec.family).toInt() + 1;
        const QString data = spec.dataset + QString::number(spec.resolution);
        perData[data] = perData.value(data).toInt() + 1;
    }
    for (int node = 0; node < schema.nodeCount(); ++node) {
        int count = 0;
        for (const auto &vector : design.nodes)
            count += vector[size_t(node)] > 0.5f ? 1 : 0;
        perNode[schema.node(node).id] = count;
    }
    return {{QStringLiteral("gms"), int(design.specs.size())},
            {QStringLiteral("configurations"), int(std::set<int>(design.configuration.begin(), design.configuration.end()).size())},
            {QStringLiteral("largestAssociation"), largest},
            {QStringLiteral("strongestAssociations"), strongest},
            {QStringLiteral("testSetAssociation"), testSetLargest},
            {QStringLiteral("largestAssociationUnstratified"), largestOverall},
            {QStringLiteral("coverage"), coverage},
            {QStringLiteral("heldOutFamilyPrior"), heldOutFamilyPrior(design)},
            {QStringLiteral("gmsPerFamily"), perFamily},
            {QStringLiteral("gmsPerData"), perData},
            {QStringLiteral("positiveGmsPerNode"), perNode}};
}

QJsonObject ZooStatistics::cost(const QJsonArray &gmRecords)
{
    double total = 0;
    int measured = 0;
    std::map<QString, std::pair<double, int>> perFamily;
    for (const QJsonValue value : gmRecords) {
        const QJsonObject gm = value.toObject();
        if (!gm.value(u"cpuSeconds").isDouble())
            continue;
        const double seconds = gm.value(u"cpuSeconds").toDouble();
        total += seconds;
        ++measured;
        auto &family = perFamily[gm.value(u"family").toString() + QString::number(gm.value(u"spec").toObject().value(u"resolution").toInt())];
        family.first += seconds;
        ++family.second;
    }
    QJsonObject means;
    for (const auto &[family, sum] : perFamily)
        means.insert(family, std::round(sum.first / sum.second * 10) / 10);
    return {{QStringLiteral("gmsMeasured"), measured},
            {QStringLiteral("cpuSeconds"), std::round(total)},
            {QStringLiteral("meanCpuSecondsPerFamilyAndSize"), means},
            {QStringLiteral("twoCoreMinutes"), std::round(total / 2 / 60 * 10) / 10}};
}

QString ZooStatistics::text(const QJsonObject &statistics)
{
    auto describe = [](const QJsonObject &pair) {
        const QJsonArray factors = pair.value(u"factors").toArray();
        return QStringLiteral("%1 x %2: V = %3").arg(factors.at(0).toString(), factors.at(1).toString())
            .arg(pair.value(u"cramersV").toDouble(), 0, 'f', 3);
    };
    QString out = QStringLiteral("%1 GMs, %2 configurations\n").arg(statistics.value(u"gms").toInt()).arg(statistics.value(u"configurations").toInt());
    out += QStringLiteral("largest association between two factors (Cramer's V within families): %1\n")
               .arg(describe(statistics.value(u"largestAssociation").toObject()));
    for (const QJsonValue pair : statistics.value(u"strongestAssociations").toArray())
        out += QStringLiteral("  %1\n").arg(describe(pair.toObject()));
    out += QStringLiteral("test set and a factor: %1\n").arg(describe(statistics.value(u"testSetAssociation").toObject()));
    out += QStringLiteral("unstratified (what the families dictate included): %1\n")
               .arg(describe(statistics.value(u"largestAssociationUnstratified").toObject()));
    if (statistics.contains(u"heldOutFamilyPrior")) {
        const QJsonObject prior = statistics.value(u"heldOutFamilyPrior").toObject();
        auto figure = [&](const char16_t *kind) {
            const QJsonValue value = prior.value(QStringView(kind));
            return value.isDouble() ? QString::number(value.toDouble(), 'f', 3) : QStringLiteral("–");
        };
        out += QStringLiteral("family prior on the held-out sets (mean node AUC; 0.5: the sets reward or punish no family's "
                              "label rates): loss %1, discrete %2, range %3\n")
                   .arg(figure(u"loss"), figure(u"discrete"), figure(u"range"));
    }
    for (const QJsonValue value : statistics.value(u"coverage").toArray()) {
        const QJsonObject set = value.toObject();
        QStringList under;
        for (const QJsonValue node : set.value(u"nodesUnderTwo").toArray())
            under.append(node.toString());
        out += QStringLiteral("test set %1: %2 GMs, %3 configurations, every node positive in >= %4 and negative in >= %5 configurations%6\n")
                   .arg(set.value(u"set").toInt()).arg(set.value(u"gms").toInt()).arg(set.value(u"configurations").toInt())
                   .arg(set.value(u"minPositiveConfigurations").toInt()).arg(set.value(u"minNegativeConfigurations").toInt())
                   .arg(under.isEmpty() ? QString() : QStringLiteral("; under 2: ") + under.join(QStringLiteral(", ")));
    }
    auto counts = [](const QJsonObject &object) {
        QStringList parts;
        for (auto it = object.begin(); it != object.end(); ++it)
            parts.append(QStringLiteral("%1 %2").arg(it.key()).arg(it.value().toInt()));
        return parts.join(QStringLiteral(", "));
    };
    out += QStringLiteral("GMs per family: %1\n").arg(counts(statistics.value(u"gmsPerFamily").toObject()));
    out += QStringLiteral("GMs per data set: %1\n").arg(counts(statistics.value(u"gmsPerData").toObject()));
    out += QStringLiteral("positive GMs per node: %1\n").arg(counts(statistics.value(u"positiveGmsPerNode").toObject()));
    if (statistics.contains(u"cost")) {
        const QJsonObject cost = statistics.value(u"cost").toObject();
        QStringList means;
        const QJsonObject perFamily = cost.value(u"meanCpuSecondsPerFamilyAndSize").toObject();
        for (auto it = perFamily.begin(); it != perFamily.end(); ++it)
            means.append(QStringLiteral("%1 %2 s").arg(it.key()).arg(it.value().toDouble()));
        out += QStringLiteral("cost: %1 CPU s over %2 GMs measured = %3 min on two cores (one worker each); mean CPU s per GM: %4\n")
                   .arg(cost.value(u"cpuSeconds").toDouble()).arg(cost.value(u"gmsMeasured").toInt())
                   .arg(cost.value(u"twoCoreMinutes").toDouble()).arg(means.join(QStringLiteral(", ")));
    }
    return out;
}

} // namespace lgpn::zoo
