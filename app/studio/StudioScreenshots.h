#pragma once

#include <QString>

namespace lgpn {

class MainWindow;
class StudioSettings;

// `lgpn-studio --screenshots DIR PATH...`: when the analysis is done, selects the first analysed
// image, saves a picture of every tab (and the About box) in DIR, and quits.
void saveScreenshotsWhenIdle(MainWindow &window, StudioSettings &settings, const QString &folder);

} // namespace lgpn
