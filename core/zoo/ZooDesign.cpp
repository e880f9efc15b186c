#include "ZooDesign.h"

#include "LabelIntrospector.h"
#include "ZooGenerator.h"
#include "ZooStatistics.h"

#include <algorithm>
#include <array>
#include <random>

namespace lgpn::zoo {

namespace {

constexpr int kFamilyCount = 4; // GmSpec::kFamilies: gan, vae, aae, diffusion
// Base filters per width level; full-resolution layers dominate a GM's cost, so 64x64 GMs stay narrower.
constexpr std::array<int, 5> kBaseFilters32 = {8, 12, 16, 24, 32};
constexpr std::array<int, 5> kBaseFilters64 = {8, 10, 12, 14, 16};

int widthLevel(const GmSpec &spec)
{
    const auto &filters = spec.resolution == 64 ? kBaseFilters64 : kBaseFilters32;
    return int(std::find(filters.begin(), filters.end(), spec.baseFilters) - filters.begin());
}

// A design factor and the values each family allows (one value: the family dictates it).
struct FactorDefinition
{
    QString name;
    std::array<QStringList, kFamilyCount> values;
};

std::array<QStringList, kFamilyCount> everyFamily(const QStringList &values)
{
    return {values, values, values, values};
}

const std::vector<FactorDefinition> &factorDefinitions()
{
    // Lists may repeat a value to weight it (one GM in seven at 64x64: they cost about four times more).
    static const std::vector<FactorDefinition> definitions = {
        {QStringLiteral("data"), everyFamily({QStringLiteral("fmnist32"), QStringLiteral("photo32"), QStringLiteral("photo64"),
                                             QStringLiteral("fmnist32"), QStringLiteral("photo32"), QStringLiteral("fmnist32"),
                                             QStringLiteral("photo32")})},
        {QStringLiteral("normalization"), everyFamily({QStringLiteral("batch"), QStringLiteral("instance"), QStringLiteral("adain"),
                                                      QStringLiteral("group"), QStringLiteral("none")})},
        {QStringLiteral("upsampling"), everyFamily({QStringLiteral("nearest"), QStringLiteral("deconv")})},
        {QStringLiteral("skip"), everyFamily({QStringLiteral("no"), QStringLiteral("yes")})},
        // Pooled twice as often as strided: pooling layers are a range node of three bins.
        {QStringLiteral("downsampling"), {QStringList{QStringLiteral("pooled"), QStringLiteral("none"), QStringLiteral("pooled"), QStringLiteral("strided")},
                                          QStringList{QStringLiteral("none")}, QStringList{QStringLiteral("none")},
                                          QStringList{QStringLiteral("pooled"), QStringLiteral("strided"), QStringLiteral("pooled")}}},
        {QStringLiteral("lastLayer"), everyFamily({QStringLiteral("tanh"), QStringLiteral("sigmoid"), QStringLiteral("relu"),
                                                  QStringLiteral("leaky_relu"), QStringLiteral("silu"), QStringLiteral("none")})},
        {QStringLiteral("lastBlock"), everyFamily({QStringLiteral("elu"), QStringLiteral("relu"), QStringLiteral("leaky_relu"),
                                                  QStringLiteral("sigmoid"), QStringLiteral("silu")})},
        {QStringLiteral("extraBlocks"), everyFamily({QStringLiteral("0"), QStringLiteral("1"), QStringLiteral("2")})},
        {QStringLiteral("layersPerBlock"), everyFamily({QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("3")})},
        {QStringLiteral("fcLayers"), everyFamily({QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("3")})},
        // Width level 0..4: the base filters of kBaseFilters at the GM's resolution.
        {QStringLiteral("width"), everyFamily({QStringLiteral("0"), QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("3"), QStringLiteral("4")})},
        {QStringLiteral("latentDim"), everyFamily({QStringLiteral("16"), QStringLiteral("32"), QStringLiteral("64"), QStringLiteral("100")})},
        // VAE-GANs with weight clipping are left out: the clipped critic cannot keep up with the reconstruction.
        {QStringLiteral("adversarial"),
         {QStringList{QStringLiteral("adversarial"), QStringLiteral("ls"), QStringLiteral("wgan"), QStringLiteral("hinge")},
          QStringList{QStringLiteral("none"), QStringLiteral("adversarial"), QStringLiteral("ls"), QStringLiteral("hinge")},
          QStringList{QStringLiteral("ls"), QStringLiteral("wgan"), QStringLiteral("hinge"), QStringLiteral("adversarial")},
          QStringList{QStringLiteral("none")}}},
        {QStringLiteral("reconstruction"), {QStringList{QStringLiteral("none")}, QStringList{QStringLiteral("l1"), QStringLiteral("l2"), QStringLiteral("mse")},
                                            QStringList{QStringLiteral("l2"), QStringLiteral("mse"), QStringLiteral("l1")},
                                            QStringList{QStringLiteral("mse"), QStringLiteral("l1"), QStringLiteral("l2")}}},
        {QStringLiteral("latentLoss"), {QStringList{QStringLiteral("none")}, QStringList{QStringLiteral("kl")},
                                        QStringList{QStringLiteral("kl"), QStringLiteral("mmd")}, QStringList{QStringLiteral("none")}}},
        {QStringLiteral("classifier"), everyFamily({QStringLiteral("no"), QStringLiteral("yes")})},
        {QStringLiteral("extraMmd"), {QStringList{QStringLiteral("no"), QStringLiteral("yes")}, QStringList{QStringLiteral("no")},
                                      QStringList{QStringLiteral("no")}, QStringList{QStringLiteral("no")}}},
        {QStringLiteral("featureMatching"), {QStringList{QStringLiteral("no"), QStringLiteral("yes")}, QStringList{QStringLiteral("no")},
                                             QStringList{QStringLiteral("no")}, QStringList{QStringLiteral("no")}}},
    };
    return definitions;
}

size_t factorIndex(const QString &name)
{
    const auto &definitions = factorDefinitions();
    return size_t(std::find_if(definitions.begin(), definitions.end(), [&](const FactorDefinition &f) { return f.name == name; })
                  - definitions.begin());
}

// A portable shuffle (std::shuffle's results differ between standard libraries).
template <typename T>
void shuffle(std::vector<T> &values, std::mt19937 &random)
{
    for (size_t i = values.size(); i > 1; --i)
        std::swap(values[i - 1], values[random() % i]);
}

// The configurations of each family, by configuration index.
std::array<std::vector<int>, kFamilyCount> configurationsByFamily(int configurations)
{
    std::array<std::vector<int>, kFamilyCount> byFamily;
    for (int c = 0; c < configurations; ++c)
        byFamily[size_t(c % kFamilyCount)].push_back(c);
    return byFamily;
}

// Values [factor][configuration]: each factor's values dealt over a family's configurations in
// turn (a repeated value is dealt as often as it is listed), preferring the values other families
// were dealt least, so that a small zoo still meets every value; then shuffled within the family.
std::vector<std::vector<QString>> dealFactors(int configurations, std::mt19937 &random)
{
    const auto byFamily = configurationsByFamily(configurations);
    std::vector<std::vector<QString>> table;
    for (const FactorDefinition &factor : factorDefinitions()) {
        std::vector<QString> column(static_cast<size_t>(configurations));
        std::map<QString, int> dealtOverall;
        for (int family = 0; family < kFamilyCount; ++family) {
            const QStringList &values = factor.values[size_t(family)];
            std::vector<int> dealtHere(size_t(values.size()), 0);
            std::vector<QString> share;
            for (size_t i = 0; i < byFamily[size_t(family)].size(); ++i) {
                size_t best = 0;
                for (size_t slot = 1; slot < dealtHere.size(); ++slot) {
                    if (std::make_pair(dealtHere[slot], dealtOverall[values[int(slot)]])
                        < std::make_pair(dealtHere[best], dealtOverall[values[int(best)]]))
                        best = slot;
                }
                ++dealtHere[best];
                ++dealtOverall[values[int(best)]];
                share.push_back(values[int(best)]);
            }
            shuffle(share, random);
            for (size_t i = 0; i < share.size(); ++i)
                column[size_t(byFamily[size_t(family)][i])] = share[i];
        }
        table.push_back(column);
    }
    return table;
}

std::vector<int> codesOf(const std::vector<QString> &column)
{
    QStringList vocabulary;
    std::vector<int> codes;
    for (const QString &value : column) {
        if (!vocabulary.contains(value))
            vocabulary.append(value);
        codes.push_back(int(vocabulary.indexOf(value)));
    }
    return codes;
}

std::vector<int> familiesOf(int configurations)
{
    std::vector<int> families;
    for (int c = 0; c < configurations; ++c)
        families.push_back(c % kFamilyCount);
    return families;
}

// Swaps two configurations' values of one factor within a family while that does not raise the
// largest family-stratified Cramer's V between two factors (ties broken by the sum of squares).
void decorrelate(std::vector<std::vector<QString>> &table, int iterations, std::mt19937 &random)
{
    const int configurations = int(table.front().size());
    const std::vector<int> families = familiesOf(configurations);
    const auto byFamily = configurationsByFamily(configurations);
    const size_t factors = table.size();
    std::vector<std::vector<int>> codes;
    for (const auto &column : table)
        codes.push_back(codesOf(column));
    std::vector<std::vector<double>> v(factors, std::vector<double>(factors, 0.0));
    auto pairV = [&](size_t a, size_t b) { return ZooStatistics::cramersV(codes[a], codes[b], families); };
    for (size_t a = 0; a < factors; ++a)
        for (size_t b = a + 1; b < factors; ++b)
            v[a][b] = v[b][a] = pairV(a, b);
    auto score = [&] {
        double largest = 0, squares = 0;
        for (size_t a = 0; a < factors; ++a)
            for (size_t b = a + 1; b < factors; ++b) {
                largest = std::max(largest, v[a][b]);
                squares += v[a][b] * v[a][b];
            }
        return largest + 1e-3 * squares;
    };
    double current = score();
    for (int iteration = 0; iteration < iterations; ++iteration) {
        const size_t factor = random() % factors;
        const auto &members = byFamily[random() % kFamilyCount];
        if (members.size() < 2)
            continue;
        const size_t x = size_t(members[random() % members.size()]);
        const size_t y = size_t(members[random() % members.size()]);
        if (codes[factor][x] == codes[factor][y])
            continue;
        std::swap(codes[factor][x], codes[factor][y]);
        const std::vector<double> before = v[factor];
        for (size_t b = 0; b < factors; ++b)
            if (b != factor)
                v[factor][b] = v[b][factor] = pairV(factor, b);
        const double candidate = score();
        if (candidate <= current) {
            current = candidate;
            std::swap(table[factor][x], table[factor][y]);
        } else {
            std::swap(codes[factor][x], codes[factor][y]);
            for (size_t b = 0; b < factors; ++b)
                v[factor][b] = v[b][factor] = before[b];
        }
    }
}

GmSpec specOf(const std::map<QString, QString> &factor, int family, int poolingLevels, int replicate, bool quick,
              std::mt19937 &random)
{
    GmSpec spec;
    spec.family = GmSpec::kFamilies[family];
    spec.seed = quint32(random());
    QString data = factor.at(QStringLiteral("data"));
    if (replicate % 2 == 1 && data != u"photo64") // the replicate sees the other content at the same size
        data = data == u"fmnist32" ? QStringLiteral("photo32") : QStringLiteral("fmnist32");
    spec.dataset = data.startsWith(u"fmnist") ? QStringLiteral("fmnist") : QStringLiteral("photo");
    spec.resolution = data.endsWith(u"64") ? 64 : 32;
    spec.channels = spec.dataset == u"fmnist" ? 1 : 3;
    const int upBlocks = spec.resolution == 64 ? 4 : 3;
    spec.latentDim = factor.at(QStringLiteral("latentDim")).toInt();
    spec.baseFilters = (spec.resolution == 64 ? kBaseFilters64 : kBaseFilters32)[size_t(factor.at(QStringLiteral("width")).toInt())];
    spec.blocks = upBlocks + factor.at(QStringLiteral("extraBlocks")).toInt();
    spec.layersPerBlock = factor.at(QStringLiteral("layersPerBlock")).toInt();
    spec.fcLayers = factor.at(QStringLiteral("fcLayers")).toInt();
    spec.normalization = factor.at(QStringLiteral("normalization"));
    spec.upsampling = factor.at(QStringLiteral("upsampling"));
    spec.skip = factor.at(QStringLiteral("skip")) == u"yes";
    spec.lastLayer = factor.at(QStringLiteral("lastLayer"));
    spec.lastBlock = factor.at(QStringLiteral("lastBlock"));
    const QString downsampling = factor.at(QStringLiteral("downsampling"));
    spec.downsampling = downsampling != u"none";
    spec.poolingLevels = downsampling == u"pooled" ? std::min(poolingLevels, upBlocks) : 0;

    const QString adversarial = factor.at(QStringLiteral("adversarial"));
    const QString reconstruction = factor.at(QStringLiteral("reconstruction"));
    const QString latentLoss = factor.at(QStringLiteral("latentLoss"));
    if (latentLoss != u"none")
        spec.losses.append(latentLoss);
    if (reconstruction != u"none")
        spec.losses.append(reconstruction);
    if (adversarial != u"none")
        spec.losses.append(adversarial);
    if (factor.at(QStringLiteral("featureMatching")) == u"yes" && !spec.losses.contains(QStringLiteral("l1")))
        spec.losses.append(QStringLiteral("l1"));
    if (factor.at(QStringLiteral("extraMmd")) == u"yes" && !spec.losses.contains(QStringLiteral("mmd")))
        spec.losses.append(QStringLiteral("mmd"));
    if (factor.at(QStringLiteral("classifier")) == u"yes")
        spec.losses.append(QStringLiteral("ce"));

    // AAEs (three networks) and diffusion models (an encoder too, and ten sampling passes) cost
    // two to three times a GAN step: fewer steps keep the default zoo within its time.
    const int fullSteps = spec.family == u"aae" ? 110 : spec.family == u"diffusion" ? 90 : 160;
    spec.steps = quick ? 6 : (spec.resolution == 64 ? fullSteps / 2 : fullSteps);
    spec.batch = quick ? 8 : 32;
    return spec;
}

// Per configuration and node: does one of its GMs have the node (positive) / lack it (negative)?
struct NodePresence
{
    std::vector<std::vector<char>> positive, negative; // [configuration][node]
};

// Node coverage shortfall of a test-set assignment: for every set and node, how many
// configurations short of two positive and two negative it is.
int coverageShortfall(const NodePresence &presence, const std::vector<int> &setOf, int nodes)
{
    int shortfall = 0;
    std::vector<int> positive(size_t(ZooDesign::kTestSets * nodes), 0), negative(positive.size(), 0);
    for (size_t c = 0; c < setOf.size(); ++c)
        for (int node = 0; node < nodes; ++node) {
            const size_t at = size_t((setOf[c] - 1) * nodes + node);
            positive[at] += presence.positive[c][size_t(node)];
            negative[at] += presence.negative[c][size_t(node)];
        }
    for (size_t i = 0; i < positive.size(); ++i)
        shortfall += std::max(0, 2 - positive[i]) + std::max(0, 2 - negative[i]);
    return shortfall;
}

// Test sets per configuration: dealt in turn within each family, in the order of the factors'
// values (so that the first factors start balanced over the sets), then swapped within a family
// while the coverage shortfall and the test set's association with the factors do not grow.
std::vector<int> assignTestSets(const std::vector<std::vector<QString>> &table, const NodePresence &presence, int nodes,
                                int iterations, std::mt19937 &random)
{
    const int configurations = int(table.front().size());
    const auto byFamily = configurationsByFamily(configurations);
    const std::vector<int> families = familiesOf(configurations);
    std::vector<int> setOf(size_t(configurations), 1);
    size_t dealt = 0;
    for (auto members : byFamily) {
        std::stable_sort(members.begin(), members.end(), [&](int a, int b) {
            for (const auto &column : table)
                if (column[size_t(a)] != column[size_t(b)])
                    return column[size_t(a)] < column[size_t(b)];
            return false;
        });
        for (size_t i = 0; i < members.size(); ++i)
            setOf[size_t(members[i])] = int((dealt + i) % ZooDesign::kTestSets) + 1;
        dealt += members.size();
    }
    std::vector<std::vector<int>> codes;
    for (const auto &column : table)
        codes.push_back(codesOf(column));
    auto score = [&] {
        double largest = 0, squares = 0;
        for (const auto &column : codes) {
            const double v = ZooStatistics::cramersV(column, setOf, families);
            largest = std::max(largest, v);
            squares += v * v;
        }
        return double(coverageShortfall(presence, setOf, nodes)) + largest + 1e-2 * squares;
    };
    double current = score();
    for (int iteration = 0; iteration < iterations; ++iteration) {
        const auto &members = byFamily[random() % kFamilyCount];
        if (members.size() < 2)
            continue;
        const size_t x = size_t(members[random() % members.size()]);
        const size_t y = size_t(members[random() % members.size()]);
        if (setOf[x] == setOf[y])
            continue;
        std::swap(setOf[x], setOf[y]);
        const double candidate = score();
        if (candidate <= current)
            current = candidate;
        else
            std::swap(setOf[x], setOf[y]);
    }
    return setOf;
}

// Bin edges [a, b] for a continuous parameter from the zoo's values: near the tertiles, moved
// so that each of the three bins holds at least one GM whenever three distinct values exist.
std::vector<double> tertileEdges(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    std::vector<double> distinct = values;
    distinct.erase(std::unique(distinct.begin(), distinct.end()), distinct.end());
    auto quantile = [&](double q) { return values[std::min(values.size() - 1, size_t(q * double(values.size())))]; };
    double a = quantile(1.0 / 3);
    double b = quantile(2.0 / 3);
    auto nextAbove = [&](double v) {
        const auto it = std::upper_bound(distinct.begin(), distinct.end(), v);
        return it == distinct.end() ? v + 1 : *it;
    };
    if (a <= distinct.front())
        a = nextAbove(distinct.front());
    if (b <= a)
        b = nextAbove(a);
    return {a, b};
}

} // namespace

HyperparameterSchema zooSchema(const std::vector<std::vector<double>> &architectureRows)
{
    HyperparameterSchema schema = HyperparameterSchema::red140();
    for (int group : schema.groupsOfKind(GroupKind::Continuous)) {
        const int column = schema.group(group).architectureColumn;
        std::vector<double> values;
        for (const auto &row : architectureRows)
            values.push_back(row[size_t(column)]);
        const QString id = schema.group(group).id;
        schema = schema.withBinEdges(id, tertileEdges(values), QStringLiteral("zoo"));
        const auto [low, high] = std::minmax_element(values.begin(), values.end());
        schema = schema.withValueRange(id, *low, std::max(*high, *low + 1));
    }
    return schema;
}

std::vector<std::pair<QString, QString>> ZooDesign::factors(const GmSpec &spec)
{
    auto has = [&](const char *loss) { return spec.losses.contains(QLatin1String(loss)); };
    auto firstOf = [&](std::initializer_list<const char *> losses) {
        for (const char *loss : losses)
            if (has(loss))
                return QString::fromLatin1(loss);
        return QStringLiteral("none");
    };
    const int upBlocks = spec.resolution == 64 ? 4 : 3;
    const bool gan = spec.family == u"gan";
    return {{QStringLiteral("data"), spec.dataset + QString::number(spec.resolution)},
            {QStringLiteral("normalization"), spec.normalization},
            {QStringLiteral("upsampling"), spec.upsampling},
            {QStringLiteral("skip"), spec.skip ? QStringLiteral("yes") : QStringLiteral("no")},
            {QStringLiteral("downsampling"), !spec.downsampling ? QStringLiteral("none")
                                             : spec.poolingLevels > 0 ? QStringLiteral("pooled") : QStringLiteral("strided")},
            {QStringLiteral("lastLayer"), spec.lastLayer},
            {QStringLiteral("lastBlock"), spec.lastBlock},
            {QStringLiteral("extraBlocks"), QString::number(spec.blocks - upBlocks)},
            {QStringLiteral("layersPerBlock"), QString::number(spec.layersPerBlock)},
            {QStringLiteral("fcLayers"), QString::number(spec.fcLayers)},
            {QStringLiteral("width"), QString::number(widthLevel(spec))},
            {QStringLiteral("latentDim"), QString::number(spec.latentDim)},
            {QStringLiteral("adversarial"), firstOf({"adversarial", "ls", "wgan", "hinge"})},
            {QStringLiteral("reconstruction"), gan ? QStringLiteral("none") : firstOf({"l1", "l2", "mse"})},
            {QStringLiteral("latentLoss"), spec.family == u"vae" || spec.family == u"aae" ? firstOf({"kl", "mmd"}) : QStringLiteral("none")},
            {QStringLiteral("classifier"), has("ce") ? QStringLiteral("yes") : QStringLiteral("no")},
            {QStringLiteral("extraMmd"), gan && has("mmd") ? QStringLiteral("yes") : QStringLiteral("no")},
            {QStringLiteral("featureMatching"), gan && has("l1") ? QStringLiteral("yes") : QStringLiteral("no")}};
}

GmSpec ZooDesign::drawSpec(quint64 seed)
{
    std::mt19937 random(quint32(seed * 2654435761u + 12345u) ^ quint32(seed >> 32));
    const int family = int(random() % kFamilyCount);
    std::map<QString, QString> factor;
    for (const FactorDefinition &definition : factorDefinitions()) {
        const QStringList &values = definition.values[size_t(family)];
        factor[definition.name] = values[int(random() % unsigned(values.size()))];
    }
    const int poolingLevels = 1 + int(random() % 3);
    GmSpec spec = specOf(factor, family, poolingLevels, 0, false, random);
    spec.name = QStringLiteral("SYNTH_%1").arg(seed);
    return spec;
}

ZooDesign ZooDesign::make(int gms, quint32 seed, bool quick)
{
    std::mt19937 random(seed * 7919u + 17u);
    const int configurations = std::max(1, (gms + kReplicates - 1) / kReplicates);
    std::vector<std::vector<QString>> table = dealFactors(configurations, random);
    decorrelate(table, 600 * configurations, random);

    ZooDesign design;
    std::vector<std::vector<double>> rows;
    std::vector<std::vector<int>> lossRows;
    // Pooling levels 1, 2, 3 in turn over the configurations that pool.
    std::vector<int> poolingLevels(static_cast<size_t>(configurations), 0);
    int pooled = 0;
    for (size_t c = 0; c < poolingLevels.size(); ++c)
        if (table[factorIndex(QStringLiteral("downsampling"))][c] == u"pooled")
            poolingLevels[c] = 1 + pooled++ % 3;
    for (int index = 0; index < gms; ++index) {
        const int c = index / kReplicates;
        std::map<QString, QString> factor;
        for (size_t f = 0; f < table.size(); ++f)
            factor[factorDefinitions()[f].name] = table[f][size_t(c)];
        GmSpec spec = specOf(factor, c % kFamilyCount, poolingLevels[size_t(c)], index % kReplicates, quick, random);
        spec.name = QStringLiteral("%1_%2").arg(spec.family.toUpper()).arg(index, 3, 10, QLatin1Char('0'));
        const ZooGenerator generator(spec);
        rows.push_back(LabelIntrospector::architectureRow(generator));
        lossRows.push_back(LabelIntrospector::lossRow(spec.losses));
        design.specs.push_back(spec);
        design.configuration.push_back(c);
    }
    design.schema = zooSchema(rows);
    NodePresence presence;
    const int nodes = design.schema.nodeCount();
    presence.positive.assign(size_t(configurations), std::vector<char>(size_t(nodes), 0));
    presence.negative = presence.positive;
    for (int index = 0; index < gms; ++index) {
        design.nodes.push_back(design.schema.encode(rows[size_t(index)], lossRows[size_t(index)]));
        for (int node = 0; node < nodes; ++node)
            (design.nodes.back()[size_t(node)] > 0.5f ? presence.positive : presence.negative)[size_t(index / kReplicates)][size_t(node)] = 1;
    }
    const std::vector<int> setOf = assignTestSets(table, presence, nodes, 400 * configurations, random);
    for (int index = 0; index < gms; ++index)
        design.testSet.push_back(setOf[size_t(index / kReplicates)]);
    return design;
}

} // namespace lgpn::zoo
