#pragma once

#include "bundle/ModelBundle.h"

#include <QJsonObject>
#include <QString>

#include <functional>

namespace lgpn {

struct SyntheticEvaluationOptions
{
    int networks = 200;          // fresh networks of the zoo's design space
    int imagesPerNetwork = 8;
    // The stream's seed: not 1 (`lgpn pretrain`'s default) nor 1 + 7777 (`--synthetic-share`'s),
    // so that none of these networks was trained on.
    quint64 seed = 424242;
    int realImages = 500;        // real images of each kind the networks transform
    QString device = QStringLiteral("auto");
};

// `lgpn eval --synthetic N`: how well a bundle parses the architecture of networks that nobody
// trained on, drawn from the synthetic stream (TraceSynthesizer). Every network is new, so these
// are held-out figures by construction; they say whether the traces that pre-training teaches are
// learnable at all, and whether a model trained on the zoo reads them. Loss nodes have no label
// here (no network optimised a loss) and are not scored. Images go through ImageAnalyzer, as in
// `lgpn analyze` and `lgpn eval`.
class SyntheticTraceEvaluation
{
public:
    // {model, seed, networks, images, flatNetworks, parsing (ParsingScores::toJson without the loss
    // kind), perNode, bce {model, constant}}. Throws InputError when Debian's data is missing.
    static QJsonObject run(const ModelBundle &bundle, const SyntheticEvaluationOptions &options,
                           const std::function<void(const QString &)> &progress);
    static QString markdown(const QJsonObject &result);
};

} // namespace lgpn
