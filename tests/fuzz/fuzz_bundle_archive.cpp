// The model bundle's container: the first thing `--model FILE` reads of a file.
#include "FuzzTarget.h"

#include "bundle/BundleArchive.h"
#include "common/InputError.h"

using namespace lgpn;

LGPN_FUZZ_TARGET(bundle_archive)
{
    try {
        const BundleArchive archive = BundleArchive::deserialize(bytes, QStringLiteral("fuzz-input"));
        // What was read is what would be written: no byte of a bundle goes unaccounted for
        // (section names that are not UTF-8 are the exception: they come back with U+FFFD).
        const QByteArray again = archive.serialize();
        const BundleArchive reread = BundleArchive::deserialize(again, QStringLiteral("fuzz-input (rewritten)"));
        fuzz::require(reread.sections() == archive.sections(), "a rewritten archive reads back the same");
    } catch (const InputError &) {
    }
}
