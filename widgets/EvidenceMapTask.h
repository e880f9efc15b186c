#pragma once

#include "analysis/ImageAnalysis.h"

#include <QByteArray>
#include <QString>

#include <functional>
#include <memory>

namespace lgpn {

class EvidenceMap;

// What the Image tab overlays for one node: plain data made on a pool thread.
struct EvidenceResult
{
    FloatMatrix map;   // empty when cancelled or failed
    double milliseconds = 0;
    QString error;     // why the image could not be read or mapped; empty when it was
};

// Decodes an image and computes one node's evidence map (EvidenceMap). Safe on any thread: it
// touches no widget.
class EvidenceMapTask
{
public:
    struct Request
    {
        QByteArray path; // the exact bytes of the file (NativePath): any name opens
        int node = -1;
        std::shared_ptr<const EvidenceMap> evidence;
    };
    using Cancelled = std::function<bool()>;

    static EvidenceResult compute(const Request &request, const Cancelled &cancelled);
};

} // namespace lgpn
