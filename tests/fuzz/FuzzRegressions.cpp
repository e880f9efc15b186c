#include "FuzzRegressions.h"

namespace lgpn::fuzz {

namespace {

struct Regression
{
    const char *harness;
    QByteArray bytes;
    const char *finding; // what went wrong, and the fix
};

const QByteArray kPngSignature = QByteArrayLiteral("\x89PNG\r\n\x1a\n");

// A manifest of ZooFolderFixture's zoo with the given schema path and real-image folder (JSON strings).
QByteArray zooManifest(const QByteArray &schema, const QByteArray &realFolder)
{
    return QByteArrayLiteral("{\"format\": \"lgpn-zoo\", \"version\": 1, \"complete\": true, \"schema\": ") + schema
        + QByteArrayLiteral(", \"gms\": [{\"name\": \"AAE\", \"folder\": \"gms/AAE\"}, {\"name\": \"ACGAN\", \"folder\": \"gms/ACGAN\"}, "
                            "{\"name\": \"ADAGAN_C\", \"folder\": \"gms/ADAGAN_C\"}, {\"name\": \"ADAGAN_P\", \"folder\": \"gms/ADAGAN_P\"}], "
                            "\"real\": [{\"folder\": ")
        + realFolder + QByteArrayLiteral("}]}");
}

const std::vector<Regression> &all()
{
    static const std::vector<Regression> regressions = {
        {"image_header",
         QByteArrayLiteral("BM\xa6\x00\x00\x00\x00\x0e\x00\x00\x00\x00\x00\x19\x00\x78\xf0\x0a\x01\x00\x00\x00\x00\x00\x00\x80"),
         "fuzz_image_header, 2 s: a BMP height of -2^31 negated in 32 bits (UBSan: signed overflow in qAbs); "
         "ImageHeader widens it to 64 bits first"},
        {"image_loader",
         kPngSignature + QByteArrayLiteral("\x00\x00\x00\x0dIHDR\xff\xff\xff\xff\xff\xff\xff\xff\x08\x02\x00\x00\x00"),
         "a PNG header of 2^32-1 x 2^32-1 pixels: width * height overflowed 64 bits in the size check (UBSan); "
         "ImageLoader compares width with maxPixels / height"},
        {"red_labels",
         QByteArrayLiteral("AAE 9 0 7 0 2 0 0 0 1593378 0 1 0 0 1 05555555555555555555555555\n\f1 0 0 0 0 0 0 0 0 0\n"),
         "fuzz_red_labels, 60 s run: a discrete code of 5.6e24 converted to qint64 (UBSan: outside the range of "
         "long long); HyperparameterSchema::encode refuses codes past 2^53 as not integer codes"},
        {"schema",
         QByteArrayLiteral("{\"format\": \"lgpn-schema\", \"version\": 1, \"name\": \"x\", \"architectureColumns\": 1.88889e36}"),
         "fuzz_schema, 10-minute run: an integer field of 1.9e36 converted to int (UBSan: outside the range of int); "
         "the schema reader refuses integers above INT_MAX"},
        {"zoo_manifest", zooManifest(QByteArrayLiteral("\"schema.json\""), QByteArrayLiteral("\"/\"")),
         "a zoo manifest naming \"/\" as a real-image folder: TrainingDataset walked the whole file system (libFuzzer "
         "timeout); the manifest's paths must stay inside the zoo's folder"},
        {"zoo_manifest", zooManifest(QByteArrayLiteral("\"/dev/zero\""), QByteArrayLiteral("\"real/fmnist\"")),
         "a zoo manifest naming /dev/zero as its schema: read forever (libFuzzer timeout); refused as outside the zoo, "
         "and HyperparameterSchema::fromFile reads regular files only"},
        {"zoo_manifest", zooManifest(QByteArrayLiteral("\"schema.json\""), QByteArrayLiteral("\"../..\"")),
         "a zoo manifest naming a folder above the zoo: refused like \"/\""},
    };
    return regressions;
}

} // namespace

std::vector<QByteArray> FuzzRegressions::of(const QString &harness)
{
    std::vector<QByteArray> inputs;
    for (const Regression &regression : all()) {
        // A header finding is a loader finding too: the loader sniffs first.
        if (harness == QLatin1String(regression.harness)
            || (harness == u"image_loader" && QLatin1String(regression.harness) == u"image_header"))
            inputs.push_back(regression.bytes);
    }
    return inputs;
}

} // namespace lgpn::fuzz
