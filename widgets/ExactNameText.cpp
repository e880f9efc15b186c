#include "ExactNameText.h"

#include "common/NativePath.h"

namespace lgpn {

QString ExactNameText::of(const QByteArray &nativePath)
{
    if (NativePath::isExactUtf8(nativePath))
        return {};
    return tr("Exact name: %1").arg(NativePath::percentEscaped(nativePath));
}

QString ExactNameText::under(const QString &shown, const QByteArray &nativePath)
{
    const QString exact = of(nativePath);
    return exact.isEmpty() ? shown : shown + u'\n' + exact;
}

} // namespace lgpn
