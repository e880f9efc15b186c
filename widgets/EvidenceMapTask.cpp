#include "EvidenceMapTask.h"

#include "analysis/EvidenceMap.h"
#include "common/InputError.h"
#include "image/ImageLoader.h"

#include <QElapsedTimer>

namespace lgpn {

EvidenceResult EvidenceMapTask::compute(const Request &request, const Cancelled &cancelled)
{
    EvidenceResult result;
    QElapsedTimer timer;
    timer.start();
    try {
        const LoadedImage image = ImageLoader().loadNative(request.path);
        if (cancelled())
            return result;
        std::vector<FloatMatrix> maps = request.evidence->compute(image.rgb, {request.node}, EvidenceMap::kStudioSide, cancelled);
        if (!maps.empty())
            result.map = std::move(maps.front());
    } catch (const InputError &error) {
        result.error = error.reason();
    } catch (const std::exception &error) {
        result.error = QString::fromLocal8Bit(error.what());
    }
    result.milliseconds = double(timer.nsecsElapsed()) / 1e6;
    return result;
}

} // namespace lgpn
