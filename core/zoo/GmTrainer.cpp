#include "GmTrainer.h"

#include <cmath>

namespace lgpn::zoo {

namespace {

bool has(const GmSpec &spec, const char *loss)
{
    return spec.losses.contains(QLatin1String(loss));
}

QString adversarialKind(const GmSpec &spec)
{
    for (const char *kind : {"adversarial", "ls", "wgan", "hinge"}) {
        if (has(spec, kind))
            return QLatin1String(kind);
    }
    return {};
}

// Discriminator and generator losses of each adversarial objective.
torch::Tensor criticLoss(const QString &kind, const torch::Tensor &real, const torch::Tensor &fake)
{
    if (kind == u"ls")
        return (real - 1).pow(2).mean() + fake.pow(2).mean();
    if (kind == u"wgan")
        return fake.mean() - real.mean();
    if (kind == u"hinge")
        return torch::relu(1 - real).mean() + torch::relu(1 + fake).mean();
    return torch::binary_cross_entropy_with_logits(real, torch::ones_like(real))
           + torch::binary_cross_entropy_with_logits(fake, torch::zeros_like(fake));
}

torch::Tensor generatorAdversarialLoss(const QString &kind, const torch::Tensor &fake)
{
    if (kind == u"ls")
        return (fake - 1).pow(2).mean();
    if (kind == u"wgan" || kind == u"hinge")
        return -fake.mean();
    return torch::binary_cross_entropy_with_logits(fake, torch::ones_like(fake)); // non-saturating
}

// Squared maximum mean discrepancy with a Gaussian kernel (bandwidth: mean squared distance).
torch::Tensor mmd(const torch::Tensor &a, const torch::Tensor &b)
{
    const torch::Tensor x = a.flatten(1);
    const torch::Tensor y = b.flatten(1);
    const torch::Tensor all = torch::cat({x, y});
    const torch::Tensor distances = torch::cdist(all, all).pow(2);
    const torch::Tensor kernel = torch::exp(-distances / distances.mean().detach().clamp_min(1e-6));
    const int64_t n = x.size(0);
    return kernel.slice(0, 0, n).slice(1, 0, n).mean() + kernel.slice(0, n).slice(1, n).mean()
           - 2 * kernel.slice(0, 0, n).slice(1, n).mean();
}

torch::Tensor reconstruction(const GmSpec &spec, const torch::Tensor &output, const torch::Tensor &target)
{
    if (has(spec, "l1"))
        return (output - target).abs().mean();
    if (has(spec, "l2")) // the L2 norm of each image's error, averaged
        return (output - target).flatten(1).norm(2, 1).mean();
    return (output - target).pow(2).mean();
}

torch::Tensor kl(const torch::Tensor &mean, const torch::Tensor &logVariance)
{
    return -0.5 * (1 + logVariance - mean.pow(2) - logVariance.exp()).sum(1).mean();
}

} // namespace

GmTrainer::GmTrainer(const GmSpec &spec)
    : m_spec(spec)
{
    torch::manual_seed(spec.seed);
    m_generator = ZooGenerator(spec);
    const bool classes = spec.conditional() && spec.family == u"gan";
    if (!adversarialKind(spec).isEmpty())
        m_critic = ZooCritic(spec.channels, spec.resolution, 1, classes ? 10 : 0);
    if (spec.family == u"vae" || spec.family == u"aae")
        m_encoder = ZooCritic(spec.channels, spec.resolution, 2 * spec.latentDim, 0);
    if (spec.conditional() && spec.family != u"gan")
        m_classifier = torch::nn::Linear(spec.family == u"vae" || spec.family == u"aae" ? spec.latentDim : spec.channels * spec.resolution * spec.resolution, 10);
}

torch::Tensor GmTrainer::alphaBar(const torch::Tensor &t)
{
    // Cosine schedule.
    return torch::cos((t + 0.008) / 1.008 * M_PI / 2).pow(2).clamp(1e-4, 0.9999);
}

torch::Tensor GmTrainer::latent(int64_t batch, const torch::Tensor &classes)
{
    torch::Tensor z = torch::randn({batch, m_spec.latentDim});
    if (m_spec.conditional() && m_spec.family == u"gan")
        z = torch::cat({z, torch::one_hot(classes, 10).to(torch::kFloat32)}, 1);
    return z;
}

torch::Tensor GmTrainer::generatorInput(int64_t batch, const torch::Tensor &classes, const torch::Tensor &real)
{
    if (!m_generator->readsImages())
        return latent(batch, classes);
    return torch::randn({batch, m_spec.channels, m_spec.resolution, m_spec.resolution}); // a noise map
}

std::map<QString, double> GmTrainer::train(const torch::Tensor &real, const torch::Tensor &labels)
{
    torch::manual_seed(m_spec.seed + 1);
    std::vector<torch::Tensor> generatorParameters = m_generator->parameters();
    if (!m_encoder.is_empty())
        for (const auto &p : m_encoder->parameters())
            generatorParameters.push_back(p);
    if (!m_classifier.is_empty())
        for (const auto &p : m_classifier->parameters())
            generatorParameters.push_back(p);
    torch::optim::Adam generatorOptimizer(generatorParameters, torch::optim::AdamOptions(2e-4).betas({0.5, 0.999}));
    std::unique_ptr<torch::optim::Adam> criticOptimizer;
    if (!m_critic.is_empty())
        criticOptimizer = std::make_unique<torch::optim::Adam>(m_critic->parameters(), torch::optim::AdamOptions(2e-4).betas({0.5, 0.999}));
    const QString adversarial = adversarialKind(m_spec);
    const int64_t batch = m_spec.batch;
    std::map<QString, double> last;
    m_generator->train();

    for (int step = 0; step < m_spec.steps; ++step) {
        const torch::Tensor index = torch::randint(real.size(0), {batch}, torch::kInt64);
        const torch::Tensor x = real.index_select(0, index);
        const torch::Tensor y = labels.defined() ? labels.index_select(0, index) : torch::Tensor();
        torch::Tensor fake;
        torch::Tensor total = torch::zeros({});
        auto add = [&](const QString &name, const torch::Tensor &value) {
            last[name] = value.item<double>();
            total = total + value;
        };

        if (m_spec.family == u"gan") {
            const torch::Tensor classes = y.defined() ? y : torch::zeros({batch}, torch::kInt64);
            fake = m_generator->forward(generatorInput(batch, classes, x));
        } else if (m_spec.family == u"vae" || m_spec.family == u"aae") {
            const auto statistics = m_encoder->encode(x).chunk(2, 1);
            const torch::Tensor mean = statistics[0];
            const torch::Tensor logVariance = statistics[1].clamp(-8, 8);
            const torch::Tensor z = mean + torch::randn_like(mean) * (0.5 * logVariance).exp();
            const torch::Tensor reconstructed = m_generator->forward(z);
            add(has(m_spec, "l1") ? QStringLiteral("l1") : has(m_spec, "l2") ? QStringLiteral("l2") : QStringLiteral("mse"),
                reconstruction(m_spec, reconstructed, x));
            if (has(m_spec, "kl"))
                add(QStringLiteral("kl"), 0.01 * kl(mean, logVariance));
            if (has(m_spec, "mmd"))
                add(QStringLiteral("mmd"), mmd(z, torch::randn_like(z)));
            if (!m_classifier.is_empty() && y.defined())
                add(QStringLiteral("ce"), torch::cross_entropy_loss(m_classifier->forward(mean), y));
            fake = m_spec.family == u"aae" ? m_generator->forward(torch::randn_like(z)) : reconstructed;
        } else { // diffusion: predict the clean image from a noisy one at a random time
            const torch::Tensor t = torch::rand({batch});
            const torch::Tensor a = alphaBar(t).view({-1, 1, 1, 1});
            const torch::Tensor noisy = a.sqrt() * x + (1 - a).sqrt() * torch::randn_like(x);
            const torch::Tensor predicted = m_generator->forward(noisy, t);
            add(has(m_spec, "l1") ? QStringLiteral("l1") : has(m_spec, "l2") ? QStringLiteral("l2") : QStringLiteral("mse"),
                reconstruction(m_spec, predicted, x));
            if (!m_classifier.is_empty() && y.defined())
                add(QStringLiteral("ce"), torch::cross_entropy_loss(m_classifier->forward(predicted.flatten(1)), y));
        }

        if (!m_critic.is_empty()) {
            // Critic step on detached fakes.
            criticOptimizer->zero_grad();
            const CriticOutput onReal = m_critic->forward(x);
            const CriticOutput onFake = m_critic->forward(fake.detach());
            torch::Tensor dLoss = criticLoss(adversarial, onReal.score, onFake.score);
            if (onReal.classLogits.defined() && y.defined())
                dLoss = dLoss + torch::cross_entropy_loss(onReal.classLogits, y);
            dLoss.backward();
            criticOptimizer->step();
            if (adversarial == u"wgan") {
                torch::NoGradGuard noGrad;
                for (auto &p : m_critic->parameters())
                    p.clamp_(-0.05, 0.05); // weight clipping keeps the critic Lipschitz
            }
            last[QStringLiteral("critic")] = dLoss.item<double>();

            const CriticOutput judged = m_critic->forward(fake);
            add(adversarial, generatorAdversarialLoss(adversarial, judged.score));
            if (judged.classLogits.defined() && y.defined())
                add(QStringLiteral("ce"), torch::cross_entropy_loss(judged.classLogits, y));
            if (m_spec.family == u"gan" && has(m_spec, "l1")) // feature matching
                add(QStringLiteral("l1"), (judged.features.mean(0) - onReal.features.detach().mean(0)).abs().mean());
        }
        if (m_spec.family == u"gan" && has(m_spec, "mmd"))
            add(QStringLiteral("mmd"), mmd(fake, x));

        generatorOptimizer.zero_grad();
        total.backward();
        generatorOptimizer.step();
        last[QStringLiteral("total")] = total.item<double>();
    }
    return last;
}

torch::Tensor GmTrainer::sample(int64_t count, const torch::Tensor &real)
{
    torch::manual_seed(m_spec.seed + 2);
    m_generator->eval();
    torch::NoGradGuard noGrad;
    std::vector<torch::Tensor> batches;
    for (int64_t done = 0; done < count; done += 50) {
        const int64_t batch = std::min<int64_t>(50, count - done);
        const torch::Tensor classes = torch::randint(10, {batch}, torch::kInt64);
        torch::Tensor images;
        if (m_spec.family == u"diffusion") {
            // Deterministic DDIM sampling in 10 steps, from pure noise.
            const int steps = 10;
            torch::Tensor x = torch::randn({batch, m_spec.channels, m_spec.resolution, m_spec.resolution});
            for (int s = steps; s > 0; --s) {
                const torch::Tensor t = torch::full({batch}, double(s) / steps);
                const torch::Tensor a = alphaBar(t).view({-1, 1, 1, 1});
                const torch::Tensor clean = m_generator->forward(x, t);
                const torch::Tensor noise = (x - a.sqrt() * clean) / (1 - a).sqrt();
                const torch::Tensor aNext = s > 1 ? alphaBar(torch::full({batch}, double(s - 1) / steps)).view({-1, 1, 1, 1})
                                                  : torch::ones({batch, 1, 1, 1});
                x = aNext.sqrt() * clean + (1 - aNext).sqrt() * noise;
            }
            images = x;
        } else {
            images = m_generator->forward(m_generator->readsImages() ? torch::randn({batch, m_spec.channels, m_spec.resolution, m_spec.resolution})
                                                                     : latent(batch, classes));
        }
        batches.push_back(images);
    }
    Q_UNUSED(real);
    const torch::Tensor all = torch::cat(batches);
    return (m_spec.unitRange() ? all : (all + 1) / 2).clamp(0, 1);
}

} // namespace lgpn::zoo
