#pragma once

#include "GmSpec.h"
#include "schema/HyperparameterSchema.h"

#include <vector>

namespace lgpn::zoo {

// The zoo as an experiment: which GMs to build and which test set each belongs to.
//  - Configurations (architecture and losses) are drawn factor by factor, each factor balanced
//    over the configurations of every family that allows more than one value, and independent
//    of the others: the values are shuffled, then swapped within a family while that lowers the
//    largest family-stratified Cramer's V between two factors.
//  - Each configuration is built twice (replicates): another seed, and Fashion-MNIST swapped for
//    32x32 photos (or back) where the resolution allows it. Replicates share a test set.
//  - Test sets are stratified: configurations are dealt to the four sets within each family, then
//    swapped until every set holds at least two configurations positive and two negative for every
//    node (labels by introspection of the freshly built generators) and the test set is as
//    independent of every factor as the swaps allow.
// Deterministic for (gms, seed, quick); computed without training in about a second.
struct ZooDesign
{
    static constexpr int kReplicates = 2;
    static constexpr int kTestSets = 4;

    std::vector<GmSpec> specs;       // in GM order, named FAMILY_NNN
    std::vector<int> configuration;  // per GM: its configuration (replicates share one)
    std::vector<int> testSet;        // per GM: 1..kTestSets
    std::vector<std::vector<float>> nodes; // per GM: node vector in the zoo schema (by introspection)
    HyperparameterSchema schema;     // RED140's with the zoo's own bin edges

    static ZooDesign make(int gms, quint32 seed, bool quick);

    // One spec drawn at random from the same design space (a random family, then every factor
    // uniformly from the values that family allows), named SYNTH_<seed>: for trace synthesis,
    // where no network is drawn twice. Deterministic for the seed.
    static GmSpec drawSpec(quint64 seed);

    // The design factors of a spec, as (factor, value) pairs in a fixed order: what was drawn
    // independently. Nested choices are one factor (down-sampling: none, strided or pooled).
    static std::vector<std::pair<QString, QString>> factors(const GmSpec &spec);
};

// RED140's schema with each continuous parameter's bin edges at the zoo's tertiles (moved so that
// every bin holds a GM when three distinct values exist) and value ranges from its extremes.
HyperparameterSchema zooSchema(const std::vector<std::vector<double>> &architectureRows);

} // namespace lgpn::zoo
