#pragma once

#include <QByteArray>
#include <QList>
#include <QStringList>

namespace lgpn::cli {

// The command line as the system passed it. QCoreApplication::arguments() decodes it as UTF-8,
// which loses the bytes of a file name that is not UTF-8 (a shell glob over an old Windows disk
// gives such names); commands that open the files they are given find the exact bytes here.
class NativeArguments
{
public:
    // Called once by main() with its own argc and argv.
    static void keep(int argc, const char *const *argv);
    // The exact bytes of each of `paths` (arguments as decoded, in command-line order). A path with
    // U+FFFD takes the bytes of the next raw argument that decodes to it; others, their encoding.
    static QList<QByteArray> exactPaths(const QStringList &paths);

private:
    static QList<QByteArray> &raw();
};

} // namespace lgpn::cli
