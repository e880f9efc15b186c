#pragma once

#include "analysis/ImageAnalysis.h"

namespace lgpn {

// Whether an input of a reopened case is still the file that was analysed: its bytes hashed
// again (SHA-256) and compared with the case's. Reads only; runs on a pool thread in the studio.
class CaseInputCheck
{
public:
    enum class Result { NotChecked, Unchanged, Changed, Missing };

    // Missing: no regular file at the exact path any more. Changed: its hash differs (or it can no
    // longer be read). A file the analysis could not read either (no hash recorded) is Unchanged
    // while it exists: there is nothing to compare.
    static Result check(const ImageAnalysis &recorded);
    // The SHA-256 of a file named by its exact bytes (NativePath), lowercase hex; empty when it
    // cannot be read.
    static QByteArray sha256Of(const QByteArray &nativePath);
};

} // namespace lgpn
