#include "TrainingRecipeFlags.h"

namespace lgpn::cli {

void TrainingRecipeFlags::addTo(CommandParser &parser) const
{
    parser.addOptions({m_balance, m_flips, m_dihedral, m_highpass, m_spectral, m_gated, m_validation, m_epochSteps, m_weightDecay, m_decoupled, m_learningRate, m_syntheticShare});
}

QString TrainingRecipeFlags::read(const CommandParser &parser, TrainingOptions &options) const
{
    const QString balance = parser.value(m_balance);
    if (balance != u"gm" && balance != u"image")
        return QStringLiteral("--balance must be gm or image");
    options.balanceByGm = balance == u"gm";
    options.flips = parser.isSet(m_flips);
    options.dihedral = parser.isSet(m_dihedral);
    options.highpass = parser.isSet(m_highpass);
    options.spectral = parser.isSet(m_spectral);
    options.gatedMessages = parser.isSet(m_gated);
    bool ok = false;
    options.validationFraction = parser.value(m_validation).toDouble(&ok);
    if (!ok || options.validationFraction < 0 || options.validationFraction >= 0.5)
        return QStringLiteral("--validation must be a number from 0 to 0.5");
    if (!parser.integer(m_epochSteps, 0, 0, 1000000, options.epochSteps))
        return QStringLiteral("--epoch-steps must be a non-negative integer");
    options.weightDecay = parser.value(m_weightDecay).toDouble(&ok);
    if (!ok || options.weightDecay < 0)
        return QStringLiteral("--weight-decay must be a non-negative number");
    options.decoupledWeightDecay = parser.isSet(m_decoupled);
    options.learningRate = parser.value(m_learningRate).toDouble(&ok);
    if (!ok || options.learningRate <= 0 || options.learningRate > 1)
        return QStringLiteral("--learning-rate must be a number in (0, 1]");
    options.syntheticShare = parser.value(m_syntheticShare).toDouble(&ok);
    if (!ok || options.syntheticShare < 0 || options.syntheticShare >= 1)
        return QStringLiteral("--synthetic-share must be a number from 0 to below 1");
    options.recipe = commandLine(options);
    return {};
}

QString TrainingRecipeFlags::commandLine(const TrainingOptions &options)
{
    QString line = QStringLiteral("--balance %1 --validation %2 --weight-decay %3 --learning-rate %4")
                       .arg(options.balanceByGm ? QStringLiteral("gm") : QStringLiteral("image"))
                       .arg(options.validationFraction).arg(options.weightDecay).arg(options.learningRate);
    if (options.epochSteps > 0)
        line += QStringLiteral(" --epoch-steps %1").arg(options.epochSteps);
    if (options.flips)
        line += QStringLiteral(" --flips");
    if (options.dihedral)
        line += QStringLiteral(" --dihedral");
    if (options.highpass)
        line += QStringLiteral(" --highpass");
    if (options.spectral)
        line += QStringLiteral(" --spectral");
    if (options.gatedMessages)
        line += QStringLiteral(" --gated-messages");
    if (options.decoupledWeightDecay)
        line += QStringLiteral(" --decoupled-weight-decay");
    if (options.syntheticShare > 0)
        line += QStringLiteral(" --synthetic-share %1").arg(options.syntheticShare);
    return line;
}

} // namespace lgpn::cli
