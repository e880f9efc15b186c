// The header sniffer: reads the first bytes of every file an investigator points at.
#include "FuzzTarget.h"

#include "image/ImageHeader.h"

using namespace lgpn;

LGPN_FUZZ_TARGET(image_header)
{
    const ImageHeader header = ImageHeader::sniff(bytes);
    fuzz::require(header.frameCount >= 0, "a frame count is never negative");
    fuzz::require(!header.knownSize() || !header.format.isEmpty(), "a size is only known for a known format");
}
