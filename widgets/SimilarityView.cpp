#include "SimilarityView.h"

#include "PlotStyle.h"

#include "analysis/PairSimilarity.h"
#include "report/ChartPainter.h"

#include <QDoubleSpinBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QSplitter>
#include <QVBoxLayout>

#include <qcustomplot.h>

#include <algorithm>

namespace lgpn {

SimilarityView::SimilarityView(QWidget *parent)
    : QWidget(parent)
    , m_plot(new QCustomPlot(this))
    , m_thresholdBox(new QDoubleSpinBox(this))
    , m_thresholdLabel(new QLabel(this))
    , m_summary(new QLabel(this))
    , m_groupsTitle(new QLabel(this))
    , m_groupList(new QListWidget(this))
{
    m_thresholdBox->setRange(-1, 1);
    m_thresholdBox->setSingleStep(0.01);
    m_thresholdBox->setDecimals(2);
    m_thresholdBox->setValue(0.9);
    m_thresholdBox->setObjectName(QStringLiteral("similarityThreshold"));
    m_thresholdLabel->setBuddy(m_thresholdBox);
    connect(m_thresholdBox, &QDoubleSpinBox::valueChanged, this, [this](double value) {
        updateGroups();
        emit thresholdChanged(value);
    });
    m_summary->setWordWrap(true);
    m_groupList->setObjectName(QStringLiteral("groupList"));
    m_groupList->setWordWrap(true);
    m_groupList->setAlternatingRowColors(true);
    m_groupList->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    connect(m_groupList, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        const std::vector<int> &group = m_groups[size_t(item->data(Qt::UserRole).toInt())];
        if (group.size() >= 2)
            emit pairActivated(m_rows[size_t(group[0])], m_rows[size_t(group[1])]);
    });
    applyPaletteToPlot(m_plot);
    // Cells, not coordinates, matter here: no ticks.
    for (QCPAxis *axis : {m_plot->xAxis, m_plot->yAxis}) {
        axis->setTickLabels(false);
        axis->setTicks(false);
        axis->setBasePen(Qt::NoPen);
    }
    m_plot->xAxis->grid()->setVisible(false);
    m_plot->yAxis->grid()->setVisible(false);
    m_plot->yAxis->setRangeReversed(true);
    m_colourScale = new QCPColorScale(m_plot);
    m_plot->plotLayout()->addElement(0, 1, m_colourScale);
    m_colourScale->setDataRange(QCPRange(0, 1));
    m_colourScale->setBarWidth(12);
    QCPColorGradient gradient;
    gradient.clearColorStops();
    for (double t : {0.0, 0.5, 1.0})
        gradient.setColorStopAt(t, ChartPainter::scaleColour(t));
    m_colourScale->setGradient(gradient);
    m_colourScale->axis()->setTickLabelColor(palette().color(QPalette::Text));
    m_colourScale->axis()->setBasePen(QPen(palette().color(QPalette::Text)));
    m_colourScale->axis()->setTickPen(QPen(palette().color(QPalette::Text)));
    auto *margins = new QCPMarginGroup(m_plot);
    m_plot->axisRect()->setMarginGroup(QCP::msBottom | QCP::msTop, margins);
    m_colourScale->setMarginGroup(QCP::msBottom | QCP::msTop, margins);
    m_plot->installEventFilter(this);
    connect(m_plot, &QCustomPlot::mousePress, this, &SimilarityView::cellClicked);
    connect(m_plot, &QCustomPlot::mouseMove, this, [this](QMouseEvent *event) {
        const auto cell = cellAt(event->position());
        m_plot->setToolTip(cell ? tr("%1\n%2\ncosine similarity %3")
                                      .arg(m_labels.value(cell->first), m_labels.value(cell->second))
                                      .arg(double(m_matrix.at(cell->first, cell->second)), 0, 'f', 3)
                                : QString());
    });

    auto *controls = new QHBoxLayout;
    controls->addWidget(m_thresholdLabel);
    controls->addWidget(m_thresholdBox);
    controls->addStretch(1);
    auto *side = new QWidget(this);
    auto *sideLayout = new QVBoxLayout(side);
    sideLayout->setContentsMargins(0, 0, 0, 0);
    sideLayout->addLayout(controls);
    sideLayout->addWidget(m_groupsTitle);
    sideLayout->addWidget(m_groupList, 1);
    sideLayout->addWidget(m_summary);
    auto *splitter = new QSplitter(this);
    splitter->addWidget(m_plot);
    splitter->addWidget(side);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setSizes({700, 420});
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter);
    retranslate();
}

void SimilarityView::clear()
{
    setMatrix(FloatMatrix(), {}, {});
}

void SimilarityView::setVectors(const std::vector<std::vector<float>> &vectors, const std::vector<int> &rows, const QStringList &labels)
{
    if (int(vectors.size()) > kMaxImages) {
        m_tooMany = int(vectors.size());
        setMatrix(FloatMatrix(), {}, {});
        return;
    }
    m_tooMany = 0;
    setMatrix(PairSimilarity::matrix(vectors), rows, labels);
}

void SimilarityView::setMatrix(const FloatMatrix &similarity, const std::vector<int> &rows, const QStringList &labels)
{
    m_matrix = similarity;
    m_rows = rows;
    m_labels = labels;
    m_order.clear();
    updateGroups();
    if (m_matrix.rows > 0 && m_matrix.rows <= kMaxClusteredImages) {
        m_order = PairSimilarity::clusterOrder(m_matrix);
    } else if (m_matrix.rows > 0) {
        // Too many to cluster here (cubic): the groups at the current threshold, largest first,
        // then the images in no group, still show as blocks.
        std::vector<char> placed(size_t(m_matrix.rows), 0);
        for (const std::vector<int> &group : m_groups) {
            for (int member : group) {
                m_order.push_back(member);
                placed[size_t(member)] = 1;
            }
        }
        for (int i = 0; i < m_matrix.rows; ++i) {
            if (!placed[size_t(i)])
                m_order.push_back(i);
        }
    }
    drawHeatmap();
}

void SimilarityView::drawHeatmap()
{
    m_plot->clearPlottables();
    m_map = nullptr;
    const int n = int(m_order.size());
    if (n > 0) {
        m_map = new QCPColorMap(m_plot->xAxis, m_plot->yAxis);
        m_map->data()->setSize(n, n);
        m_map->data()->setRange(QCPRange(0, n - 1), QCPRange(0, n - 1));
        for (int r = 0; r < n; ++r) {
            for (int c = 0; c < n; ++c)
                m_map->data()->setCell(c, r, double(m_matrix.at(m_order[size_t(r)], m_order[size_t(c)])));
        }
        // The reports' colour scale: white (0 or less) to dark blue (1).
        m_map->setColorScale(m_colourScale);
        m_map->setDataRange(QCPRange(0, 1));
        m_map->setInterpolate(false);
        m_plot->xAxis->setRange(-0.5, n - 0.5);
        m_plot->yAxis->setRange(-0.5, n - 0.5);
    }
    keepCellsSquare();
}

void SimilarityView::keepCellsSquare()
{
    // Square cells: the y axis keeps its range, the x axis follows the axis rect's shape.
    if (m_map) {
        const int n = int(m_order.size());
        m_plot->yAxis->setRange(-0.5, n - 0.5);
        m_plot->xAxis->setRange(-0.5, n - 0.5);
        const QRect rect = m_plot->axisRect()->rect();
        if (rect.width() > rect.height())
            m_plot->xAxis->setScaleRatio(m_plot->yAxis, 1.0);
        else
            m_plot->yAxis->setScaleRatio(m_plot->xAxis, 1.0);
    }
    m_plot->replot();
}

bool SimilarityView::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_plot && event->type() == QEvent::Resize)
        QMetaObject::invokeMethod(this, &SimilarityView::keepCellsSquare, Qt::QueuedConnection);
    return QWidget::eventFilter(watched, event);
}

void SimilarityView::updateGroups()
{
    m_groupList->clear();
    m_groups.clear();
    if (m_matrix.rows > 0)
        m_groups = PairSimilarity::groups(m_matrix, threshold());
    for (size_t g = 0; g < m_groups.size(); ++g) {
        QStringList names;
        for (int member : m_groups[g])
            names << m_labels.value(member);
        // Where the group's images come from says most: its folders with their counts, else
        // its first file names; the tooltip lists the files.
        std::vector<std::pair<QString, int>> folders;
        for (const QString &name : names) {
            const QString folder = name.contains(u'/') ? name.section(u'/', 0, -2) : QString();
            auto found = std::find_if(folders.begin(), folders.end(), [&](const auto &entry) { return entry.first == folder; });
            if (found == folders.end())
                folders.emplace_back(folder, 1);
            else
                ++found->second;
        }
        std::stable_sort(folders.begin(), folders.end(), [](const auto &a, const auto &b) { return a.second > b.second; });
        constexpr int kListed = 8;
        QStringList parts;
        if (folders.size() > 1 || (folders.size() == 1 && !folders.front().first.isEmpty())) {
            for (size_t f = 0; f < folders.size() && f < size_t(kListed); ++f)
                parts << QStringLiteral("%1 (%2)").arg(folders[f].first.isEmpty() ? QStringLiteral(".") : folders[f].first).arg(folders[f].second);
            if (folders.size() > size_t(kListed))
                parts << tr("… and %1 more").arg(folders.size() - size_t(kListed));
        } else {
            parts = names.mid(0, kListed);
            if (names.size() > kListed)
                parts << tr("… and %1 more").arg(names.size() - kListed);
        }
        const QString listed = parts.join(QStringLiteral(",  "));
        auto *item = new QListWidgetItem(tr("Group %1 — %n image(s): %2", nullptr, int(m_groups[g].size())).arg(g + 1).arg(listed),
                                         m_groupList);
        item->setData(Qt::UserRole, int(g));
        item->setToolTip(names.mid(0, 60).join(u'\n') + (names.size() > 60 ? QStringLiteral("\n…") : QString()));
    }
    retranslate();
}

std::optional<std::pair<int, int>> SimilarityView::cellAt(const QPointF &position) const
{
    if (!m_map || m_order.empty())
        return std::nullopt;
    const int c = int(std::lround(m_plot->xAxis->pixelToCoord(position.x())));
    const int r = int(std::lround(m_plot->yAxis->pixelToCoord(position.y())));
    const int n = int(m_order.size());
    if (r < 0 || c < 0 || r >= n || c >= n)
        return std::nullopt;
    return std::pair{m_order[size_t(r)], m_order[size_t(c)]};
}

void SimilarityView::cellClicked(QMouseEvent *event)
{
    if (const auto cell = cellAt(event->position()))
        emit pairActivated(m_rows[size_t(cell->first)], m_rows[size_t(cell->second)]);
}

void SimilarityView::setThreshold(double threshold)
{
    m_thresholdBox->setValue(threshold);
}

double SimilarityView::threshold() const
{
    return m_thresholdBox->value();
}

void SimilarityView::retranslate()
{
    m_thresholdLabel->setText(tr("&Same generator at cosine ≥"));
    m_thresholdBox->setToolTip(tr("Images whose predicted hyperparameters are at least this similar are grouped"));
    m_groupsTitle->setText(m_groups.empty() ? tr("No group of images above the threshold.")
                                            : tr("Likely the same generator (double-click a group to compare two of its images):"));
    if (m_tooMany > 0)
        m_summary->setText(tr("%1 analysed images: too many to compare pair by pair here (at most %2). "
                              "`lgpn analyze --json` finds the groups of any number of images.").arg(m_tooMany).arg(kMaxImages));
    else if (m_matrix.rows > kMaxClusteredImages)
        m_summary->setText(tr("%1 analysed images, ordered by their groups (clustering is done for at most %2); "
                              "click a cell to compare its two images.").arg(m_matrix.rows).arg(kMaxClusteredImages));
    else if (m_matrix.rows > 0)
        m_summary->setText(tr("Cosine similarity of the predicted hyperparameter vectors of %n image(s), ordered by clustering; "
                              "click a cell to compare its two images.", nullptr, m_matrix.rows));
    else
        m_summary->setText(tr("Analyse two images or more to compare them."));
}

void SimilarityView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    else if (event->type() == QEvent::PaletteChange)
        applyPaletteToPlot(m_plot);
    QWidget::changeEvent(event);
}

} // namespace lgpn
