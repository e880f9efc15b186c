#include "SchemaText.h"

#include <QCoreApplication>

namespace lgpn {

namespace {

// Listed for lupdate (resources/schemas/red140.json: coarse groups, groups, units, nodes); the
// schema file stays the one source of the names the program uses.
[[maybe_unused]] const char *const kSchemaNames[] = {
    QT_TRANSLATE_NOOP("lgpn::SchemaText", "Loss functions"),
    QT_TRANSLATE_NOOP("lgpn::SchemaText", "Continuous architecture parameters"),
    QT_TRANSLATE_NOOP("lgpn::SchemaText", "Discrete architecture parameters"),
    QT_TRANSLATE_NOOP("lgpn::SchemaText", "Pixel-level losses"),
    QT_TRANSLATE_NOOP("lgpn::SchemaText", "L1"),
    QT_TRANSLATE_NOOP("lgpn::SchemaText", "L2"),
    QT_TRANSLATE_NOOP("lgpn::SchemaText", "Mean squared error (MSE)"),
    QT_TRANSLATE_NOOP("lgpn::SchemaText", "Maximum mean discrepancy (MMD)"),
    QT_TRANSLATE_NOOP("lgpn::SchemaText", "Least squares (LS)"),
    QT_TRANSLATE_NOOP("lgpn::SchemaText", "Discriminator losses"),
    QT_TRANSLATE_NOOP("lgpn::SchemaText", "Wasserstein (WGAN)"),
    QT_TRANSLATE_NOOP("lgpn::SchemaText", "Kullback–Leibler divergence (KL)"),
    QT_TRANSLATE_NOOP("lgpn::SchemaText", "Adversarial"),
    QT_TRANSLATE_NOOP("lgpn::SchemaText", "Hinge"),
    QT_TRANSLATE_NOOP("lgpn::SchemaText", "Classification losses"),
    QT_TRANSLATE_NOOP("lgpn::SchemaText", "Cross-entropy (CE)"),
    QT_TRANSLATE_NOOP("lgpn::SchemaText", "Layers"),
    QT_TRANSLATE_NOOP("lgpn::SchemaText", "layers"),
    QT_TRANSLATE_NOOP("lgpn::SchemaText", "Layers (low)"),
    QT_TRANSLATE_NOOP("lgpn::SchemaText", "Layers (middle)"),
    QT_TRANSLATE_NOOP("lgpn::SchemaText", "Layers (high)"),
    QT_TRANSLATE_NOOP("lgpn::SchemaText", "Convolution layers"),
    QT_TRANSLATE_NOOP("lgpn::SchemaText", "Convolution layers (low)"),
    QT_TRANSLATE_NOOP("lgpn::SchemaText", "Convolution layers (middle)"),
    QT_TRANSLATE_NOOP("lgpn::SchemaText", "Convolution layers (high)"),
    QT_TRANSLATE_NOOP("lgpn::SchemaText", "Fully connected layers"),
    QT_TRANSLATE_NOOP("lgpn::SchemaText", "Fully connected layers (low)"),
    QT_TRANSLATE_NOOP("lgpn::SchemaText", "Fully connected layers (middle)"),
    QT_TRANSLATE_NOOP("lgpn::SchemaText", "Fully connected layers (high)"),
    QT_TRANSLATE_NOOP("lgpn::SchemaText", "Pooling layers"),
    QT_TRANSLATE_NOOP("lgpn::SchemaText", "Pooling layers (low)"),
    QT_TRANSLATE_NOOP("lgpn::SchemaText", "Pooling layers (middle)"),
    QT_TRANSLATE_NOOP("lgpn::SchemaText", "Pooling layers (high)"),
    QT_TRANSLATE_NOOP("lgpn::SchemaText", "Normalization layers"),
    QT_TRANSLATE_NOOP("lgpn::SchemaText", "Normalization layers (low)"),
    QT_TRANSLATE_NOOP("lgpn::SchemaText", "Normalization layers (middle)"),
    QT_TRANSLATE_NOOP("lgpn::SchemaText", "Normalization layers (high)"),
    QT_TRANSLATE_NOOP("lgpn::SchemaText", "Filters"),
    QT_TRANSLATE_NOOP("lgpn::SchemaText", "filters"),
    QT_TRANSLATE_NOOP("lgpn::SchemaText", "Filters (low)"),
    QT_TRANSLATE_NOOP("lgpn::SchemaText", "Filters (middle)"),
    QT_TRANSLATE_NOOP("lgpn::SchemaText", "Filters (high)"),
    QT_TRANSLATE_NOOP("lgpn::SchemaText", "Blocks"),
    QT_TRANSLATE_NOOP("lgpn::SchemaText", "blocks"),
    QT_TRANSLATE_NOOP("lgpn::SchemaText", "Blocks (low)"),
    QT_TRANSLATE_NOOP("lgpn::SchemaText", "Blocks (middle)"),
    QT_TRANSLATE_NOOP("lgpn::SchemaText", "Blocks (high)"),
    QT_TRANSLATE_NOOP("lgpn::SchemaText", "Layers per block"),
    QT_TRANSLATE_NOOP("lgpn::SchemaText", "Layers per block (low)"),
    QT_TRANSLATE_NOOP("lgpn::SchemaText", "Layers per block (middle)"),
    QT_TRANSLATE_NOOP("lgpn::SchemaText", "Layers per block (high)"),
    QT_TRANSLATE_NOOP("lgpn::SchemaText", "Parameters"),
    QT_TRANSLATE_NOOP("lgpn::SchemaText", "parameters"),
    QT_TRANSLATE_NOOP("lgpn::SchemaText", "Parameters (low)"),
    QT_TRANSLATE_NOOP("lgpn::SchemaText", "Parameters (middle)"),
    QT_TRANSLATE_NOOP("lgpn::SchemaText", "Parameters (high)"),
    QT_TRANSLATE_NOOP("lgpn::SchemaText", "Normalization"),
    QT_TRANSLATE_NOOP("lgpn::SchemaText", "Batch normalization"),
    QT_TRANSLATE_NOOP("lgpn::SchemaText", "Instance normalization"),
    QT_TRANSLATE_NOOP("lgpn::SchemaText", "Adaptive instance normalization"),
    QT_TRANSLATE_NOOP("lgpn::SchemaText", "Group normalization"),
    QT_TRANSLATE_NOOP("lgpn::SchemaText", "Nonlinearity in the last layer"),
    QT_TRANSLATE_NOOP("lgpn::SchemaText", "ReLU"),
    QT_TRANSLATE_NOOP("lgpn::SchemaText", "Tanh"),
    QT_TRANSLATE_NOOP("lgpn::SchemaText", "Leaky ReLU"),
    QT_TRANSLATE_NOOP("lgpn::SchemaText", "Sigmoid"),
    QT_TRANSLATE_NOOP("lgpn::SchemaText", "SiLU"),
    QT_TRANSLATE_NOOP("lgpn::SchemaText", "Nonlinearity in the last block"),
    QT_TRANSLATE_NOOP("lgpn::SchemaText", "ELU"),
    QT_TRANSLATE_NOOP("lgpn::SchemaText", "Up-sampling"),
    QT_TRANSLATE_NOOP("lgpn::SchemaText", "Nearest-neighbour up-sampling"),
    QT_TRANSLATE_NOOP("lgpn::SchemaText", "Deconvolution"),
    QT_TRANSLATE_NOOP("lgpn::SchemaText", "Skip connection"),
    QT_TRANSLATE_NOOP("lgpn::SchemaText", "Skip connection used"),
    QT_TRANSLATE_NOOP("lgpn::SchemaText", "Down-sampling"),
    QT_TRANSLATE_NOOP("lgpn::SchemaText", "Down-sampling used"),
};

} // namespace

QString schemaText(const QString &english)
{
    return QCoreApplication::translate("lgpn::SchemaText", english.toUtf8().constData());
}

} // namespace lgpn
