// lgpn_fuzz_seeds DIR: writes every harness's seed and regression inputs to DIR/<harness>/
// (packaging/fuzz.sh's starting corpora; nothing binary is committed).
#include "FuzzSeeds.h"

#include <QCoreApplication>

#include <cstdio>
#include <exception>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (argc != 2) {
        std::fprintf(stderr, "usage: lgpn_fuzz_seeds DIR\n");
        return 2;
    }
    try {
        const int written = lgpn::fuzz::FuzzSeeds::write(QString::fromLocal8Bit(argv[1]));
        std::printf("%d seed inputs written under %s\n", written, argv[1]);
    } catch (const std::exception &error) {
        std::fprintf(stderr, "lgpn_fuzz_seeds: %s\n", error.what());
        return 1;
    }
    return 0;
}
