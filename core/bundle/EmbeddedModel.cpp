#include "EmbeddedModel.h"

#include <QFile>

namespace lgpn {

QString EmbeddedModel::card()
{
    QFile file(cardPath());
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

} // namespace lgpn
