#include "NativeArguments.h"

#include "common/NativePath.h"

namespace lgpn::cli {

QList<QByteArray> &NativeArguments::raw()
{
    static QList<QByteArray> arguments;
    return arguments;
}

void NativeArguments::keep(int argc, const char *const *argv)
{
    raw().clear();
    for (int i = 0; i < argc; ++i)
        raw() << QByteArray(argv[i]);
}

QList<QByteArray> NativeArguments::exactPaths(const QStringList &paths)
{
    QList<QByteArray> exact;
    qsizetype next = 0; // matched in order, so two names that look alike keep their own bytes
    for (const QString &path : paths) {
        QByteArray bytes = NativePath::fromDisplay(path);
        if (path.contains(QChar::ReplacementCharacter)) {
            for (qsizetype i = next; i < raw().size(); ++i) {
                if (NativePath::display(raw()[i]) == path) {
                    bytes = raw()[i];
                    next = i + 1;
                    break;
                }
            }
        }
        exact << bytes;
    }
    return exact;
}

} // namespace lgpn::cli
