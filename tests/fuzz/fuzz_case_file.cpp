// A JSON report of `lgpn analyze` read back as a case (CaseFileReader), against RED140's schema;
// then every image it accepted written again as the report writes it, and read back the same way.
#include "FuzzTarget.h"

#include "common/InputError.h"
#include "report/CaseFileReader.h"
#include "report/JsonReportWriter.h"

using namespace lgpn;

LGPN_FUZZ_TARGET(case_file)
{
    static const HyperparameterSchema schema = HyperparameterSchema::red140();
    try {
        const CaseFile reopened = CaseFileReader::parse(bytes, QStringLiteral("fuzz-input"), schema);
        for (const std::vector<int> &group : reopened.similarityGroups)
            for (int image : group)
                fuzz::require(image >= 0 && image < int(reopened.images.size()), "similarity groups name read images");
        for (const ImageAnalysis &image : reopened.images)
            JsonReportWriter::imageJson(reopened.context, image);
    } catch (const InputError &) {
    }
}
