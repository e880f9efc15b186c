#pragma once

#include <QString>

namespace lgpn {

// Where the model shipped inside the programs lives (Qt resources), and its model card. In
// lgpn_core, so that the studio's About box and every report can show the card without LibTorch.
struct EmbeddedModel
{
    static QString bundlePath() { return QStringLiteral(":/lgpn/models/default.lgpn"); }
    static QString cardPath() { return QStringLiteral(":/lgpn/models/default.md"); }
    // The model card (markdown); empty if the program was built without it.
    static QString card();
};

} // namespace lgpn
