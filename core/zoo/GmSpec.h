#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace lgpn::zoo {

// The recipe of one generative model of the zoo: its family, architecture and training losses.
// The labels are NOT taken from here but read back from the built model (LabelIntrospector);
// the spec only says what to build. ZooDesign draws the zoo's specs.
struct GmSpec
{
    QString name;                 // e.g. GAN_003
    QString family;               // gan | vae | aae | diffusion
    quint32 seed = 0;
    QString dataset;              // fmnist (32x32 gray, 10 classes) | photo (RGB)
    int resolution = 32;
    int channels = 1;
    int latentDim = 32;
    int baseFilters = 32;         // channels of the last up-sampling block; doubled per level towards 4x4
    int blocks = 3;               // up-sampling blocks plus extra blocks at full resolution
    int layersPerBlock = 1;       // convolutions per block
    int fcLayers = 1;             // linear layers from the latent to the 4x4 map
    QString normalization;        // batch | instance | adain | group | none
    QString upsampling;           // nearest | deconv
    bool skip = false;            // residual / U-Net skip connections
    bool downsampling = false;    // the generator reads an image (noise map or noisy image) and encodes it
    int poolingLevels = 0;        // how many down-sampling levels use average pooling (the rest strided convolutions)
    QString lastLayer;            // relu | tanh | leaky_relu | sigmoid | silu | none
    QString lastBlock;            // elu | relu | leaky_relu | sigmoid | silu
    QStringList losses;           // schema loss ids: l1 l2 mse mmd ls wgan kl adversarial hinge ce
    int steps = 300;
    int batch = 32;

    // Trained with class labels: Fashion-MNIST's classes, or for photos the photograph a patch is from.
    bool conditional() const { return losses.contains(QStringLiteral("ce")); }
    // Images in [0, 1] for outputs that cannot be negative (sigmoid, ReLU, SiLU), else [-1, 1].
    bool unitRange() const;

    QJsonObject toJson() const;
    static GmSpec fromJson(const QJsonObject &object); // throws std::invalid_argument
    static const QStringList kFamilies;
};

} // namespace lgpn::zoo
