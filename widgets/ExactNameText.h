#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace lgpn {

// The line the list's tooltip, the image panel and the pair dialog add under a display path
// that is not the file's exact name (bytes that are not UTF-8 show as U+FFFD), so that an
// investigator can match what the studio shows to the file on the evidence drive.
class ExactNameText
{
    Q_DECLARE_TR_FUNCTIONS(lgpn::ExactNameText)

public:
    // "Exact name: /case/caf%E9.png" (NativePath::percentEscaped); empty when the display path is exact.
    static QString of(const QByteArray &nativePath);
    // `shown` (a display path), followed on the next line by of(nativePath) when that is not empty.
    static QString under(const QString &shown, const QByteArray &nativePath);
};

} // namespace lgpn
