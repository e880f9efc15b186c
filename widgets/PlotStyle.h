#pragma once

class QCustomPlot;

namespace lgpn {

// QCustomPlot draws on white with black axes whatever the desktop's palette; this gives a plot
// the palette's colours so it reads in dark mode too.
void applyPaletteToPlot(QCustomPlot *plot);

} // namespace lgpn
