#pragma once

#include "CommandParser.h"
#include "training/LgpnTrainer.h"

namespace lgpn::cli {

// The flags of a training recipe that `lgpn train` and `lgpn protocol` share: batch balance,
// augmentation, the high-pass input, the spectral branch, gated messages, validation and its interval, regularisation, learning rate, synthetic traces mixed in.
class TrainingRecipeFlags
{
public:
    void addTo(CommandParser &parser) const;
    // Reads the flags into `options`; an empty string, or what is wrong.
    QString read(const CommandParser &parser, TrainingOptions &options) const;
    // The flags as they were given, to repeat in a bundle's reproducing command.
    static QString commandLine(const TrainingOptions &options);

private:
    QCommandLineOption m_balance{QStringLiteral("balance"),
                                 QStringLiteral("gm (default): batches of 2 images of each of their GMs, GMs in turn; image: images in turn."),
                                 QStringLiteral("how"), QStringLiteral("gm")};
    QCommandLineOption m_flips{QStringLiteral("flips"), QStringLiteral("Random horizontal flips.")};
    QCommandLineOption m_dihedral{QStringLiteral("dihedral"),
                                  QStringLiteral("Random flips, transposes and quarter turns of the zoo's crops (the square's 8 symmetries).")};
    QCommandLineOption m_highpass{QStringLiteral("highpass"),
                                  QStringLiteral("The model reads the high-pass residual (image minus its 3x3 Gaussian blur).")};
    QCommandLineOption m_spectral{QStringLiteral("spectral"),
                                  QStringLiteral("The model also reads the residual's log-spectrum and pixel statistics (a spectral branch).")};
    QCommandLineOption m_gated{QStringLiteral("gated-messages"),
                               QStringLiteral("GCN layers keep each node's own transform and let their neighbours' mean in through a "
                                              "gate learnt from 0 (the unpooled features too).")};
    QCommandLineOption m_validation{QStringLiteral("validation"),
                                    QStringLiteral("Share of the training configurations held out to choose the epoch (default 0.125; 0: last epoch)."),
                                    QStringLiteral("F"), QStringLiteral("0.125")};
    QCommandLineOption m_weightDecay{QStringLiteral("weight-decay"), QStringLiteral("Adam's L2 penalty (default 0)."), QStringLiteral("W"),
                                     QStringLiteral("0")};
    QCommandLineOption m_decoupled{QStringLiteral("decoupled-weight-decay"),
                                   QStringLiteral("AdamW: --weight-decay shrinks the weights apart from the gradient instead of "
                                                  "adding an L2 penalty to it.")};
    QCommandLineOption m_epochSteps{QStringLiteral("epoch-steps"),
                                    QStringLiteral("Steps per epoch, between validations (default 0: one pass over the generated images)."),
                                    QStringLiteral("N"), QStringLiteral("0")};
    QCommandLineOption m_syntheticShare{QStringLiteral("synthetic-share"),
                                        QStringLiteral("Share of every batch's generated images made by fresh synthetic networks (loss nodes "
                                                       "masked), the rest by the data set's GMs (default 0)."),
                                        QStringLiteral("F"), QStringLiteral("0")};
    QCommandLineOption m_learningRate{QStringLiteral("learning-rate"), QStringLiteral("Adam's learning rate (default 0.001)."),
                                      QStringLiteral("R"), QStringLiteral("0.001")};
};

} // namespace lgpn::cli
