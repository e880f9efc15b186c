#pragma once

#include "GmSpec.h"
#include "RealImageSource.h"
#include "schema/HyperparameterSchema.h"

#include <opencv2/core/mat.hpp>

#include <cstdint>
#include <vector>

namespace lgpn::zoo {

// Trace synthesis (issue 13): a stream of freshly drawn, freshly initialised generator networks
// from the zoo's design space (ZooDesign::drawSpec), each applied on the fly to real images, so
// that a model pre-trained on the stream never sees a generator twice and must learn traces
// rather than identities. Labels come from introspection of the network (LabelIntrospector), as
// for the zoo; no loss function was optimised, so the loss nodes are masked out.

struct SyntheticOptions
{
    int imagesPerNetwork = 16;   // images each drawn network makes (1..4096)
    // Adam steps (on all of the network's parameters, batch = the network's images) of L1
    // reconstruction of the real images from the network's input, before the images are made;
    // 0: the images come from the freshly initialised weights.
    int trainingSteps = 0;
    double learningRate = 1e-3;  // of those steps
    // Output size. 0: as drawn (the design space's mix, about one network in seven at 64x64);
    // 32 or 64: only networks of that resolution (specs drawn until one has it, so the other
    // factors keep their distribution given the resolution; 32 includes Fashion-MNIST).
    int resolution = 0;

    // Throws std::invalid_argument naming the first field out of range.
    void validate() const;
};

// The real images the networks transform, loaded once (decoding the photographs takes seconds):
// Fashion-MNIST padded to 32x32 (grey, with classes) and photo patches at 32x32 and 64x64 (RGB,
// classes = photograph index mod 10), as RealImageSource makes them for the zoo.
struct SyntheticRealImages
{
    RealImageSource::LabelledImages fmnist;
    RealImageSource::LabelledImages photo32;
    RealImageSource::LabelledImages photo64;

    // `count` images of each kind (count / 2 at 64x64, at least 1); patches deterministic for the
    // seed. Missing Debian data throws InputError naming the path and the package.
    static SyntheticRealImages load(int count, unsigned seed);
    // The images a spec's network is applied to (its dataset at its resolution).
    // Throws std::invalid_argument when that set is empty.
    const RealImageSource::LabelledImages &forSpec(const GmSpec &spec) const;
};

struct SyntheticImages
{
    // imagesPerNetwork images, 8-bit RGB (CV_8UC3, grey networks replicated to 3 channels),
    // spec.resolution square, quantised as a PNG of the zoo would be: round(255 * v).
    std::vector<cv::Mat> images;
    std::vector<int> realIndices;  // per image: the index of the real image it was made from, in forSpec(spec)
    std::vector<float> nodeLabels; // [N] the network's node vector in the schema (introspection; losses from spec.losses)
    std::vector<float> nodeMask;   // [N] 1 where the label is known, 0 on every loss node (no loss was optimised)
    GmSpec spec;                   // what was drawn (named SYNTH_<network seed>)
    // Health of the network's images, for a consumer that wants to skip useless networks (the
    // stream itself never skips one, so that its specs keep the design space's distribution):
    double spread = 0;             // standard deviation of all their 8-bit values; below ~1 they are flat
    int64_t nonFiniteValues = 0;   // output values that were NaN (written as 0) or infinite (clamped)
};

// Makes the stream. How a network is applied:
//  - image generators (spec.downsampling: a GAN reading a map, a diffusion U-Net) are fed the
//    real image itself in the spec's range ([0, 1] if spec.unitRange(), else [-1, 1]); a
//    denoiser gets a random time t in [0, 1) per image;
//  - latent generators get a latent made from the real image: area-downscaled to 4x4, flattened,
//    mapped by a random projection (seeded per network, not part of the network, so
//    introspection sees only the generator) to spec.latentDim and standardised to zero mean and
//    unit variance; AC-GAN generators (conditional GANs) also get the one-hot of the image's class;
//  - with trainingSteps > 0 the network first learns to reconstruct the real images (L1, Adam);
//  - every batch norm's running statistics are then set to those of the network's own input
//    batch (fresh running statistics, mean 0 and variance 1, would leave eval mode unnormalised
//    and the images flat), and the network is applied in eval mode without gradients;
//  - outputs are mapped to [0, 1] like GmTrainer::sample, clamped and quantised to 8 bits.
// Fresh weights are LibTorch's default initialisation, as for the zoo's GMs before training:
// deep networks without normalisation shrink the signal, so some give low-contrast images
// (see SyntheticImages::spread); a few training steps restore the contrast.
// Deterministic for (seed, index, options, real images) on one machine and thread count.
// network() seeds LibTorch's global generator (weight initialisation draws from it) and restores
// its state before returning, so a caller's own draws are unaffected; but streams must not be
// drawn on two threads of one process at once (use one process per worker, as the zoo does).
class TraceSynthesizer
{
public:
    // schema: the zoo schema (bin edges of the range nodes) the labels are encoded in; real: may be
    // empty for spec() and nodeLabels() alone. Throws std::invalid_argument on invalid options.
    TraceSynthesizer(HyperparameterSchema schema, SyntheticRealImages real, SyntheticOptions options = {});

    // The index-th network of the stream for a seed: built, optionally trained, applied.
    SyntheticImages network(quint64 seed, int64_t index) const;
    // The spec of that network alone (cheap: nothing is built).
    GmSpec spec(quint64 seed, int64_t index) const;
    // The node vector of a spec's network by introspection (builds it, fresh weights).
    std::vector<float> nodeLabels(const GmSpec &spec) const;
    // [N]: 0 on the loss nodes, 1 elsewhere (the same for every network).
    const std::vector<float> &nodeMask() const { return m_mask; }

    const HyperparameterSchema &schema() const { return m_schema; }
    const SyntheticRealImages &realImages() const { return m_real; }
    const SyntheticOptions &options() const { return m_options; }

private:
    quint64 networkSeed(quint64 seed, int64_t index) const;

    HyperparameterSchema m_schema;
    SyntheticRealImages m_real;
    SyntheticOptions m_options;
    std::vector<float> m_mask;
};

} // namespace lgpn::zoo
