#pragma once

#include "analysis/ImageAnalysis.h"

#include <QStringList>
#include <QWidget>

#include <optional>
#include <utility>

class QCustomPlot;
class QCPColorMap;
class QCPColorScale;
class QDoubleSpinBox;
class QLabel;
class QListWidget;

namespace lgpn {

// Images likely made by the same generator (paper Sec. 4.2): the cosine similarity of every
// pair's predicted hyperparameter vectors as a heatmap, ordered by clustering so that groups
// show as blocks; the groups above a threshold listed; clicking a cell asks for the pair.
class SimilarityView : public QWidget
{
    Q_OBJECT

public:
    explicit SimilarityView(QWidget *parent = nullptr);

    // vectors[k] belongs to image list row rows[k], shown as labels[k].
    void setVectors(const std::vector<std::vector<float>> &vectors, const std::vector<int> &rows, const QStringList &labels);
    // The same from a ready matrix (tests, and the reports' matrix).
    void setMatrix(const FloatMatrix &similarity, const std::vector<int> &rows, const QStringList &labels);
    void clear();
    void setThreshold(double threshold);
    double threshold() const;

    // The drawing order (indices into the vectors given) and the groups found (indices too).
    const std::vector<int> &order() const { return m_order; }
    const std::vector<std::vector<int>> &groups() const { return m_groups; }
    QListWidget *groupList() const { return m_groupList; }
    QCustomPlot *plot() const { return m_plot; }
    // Beyond this many images the heatmap is ordered by groups, not clustered (clustering is cubic).
    static constexpr int kMaxClusteredImages = 400;
    // Beyond this many, no matrix is made here at all (the CLI handles any number).
    static constexpr int kMaxImages = 1500;

signals:
    // Image list rows of the two images of a clicked cell.
    void pairActivated(int rowA, int rowB);
    void thresholdChanged(double threshold);

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void updateGroups();
    void drawHeatmap();
    void keepCellsSquare();
    void cellClicked(QMouseEvent *event);
    // The two images (indices into the vectors) of the cell under a point of the plot.
    std::optional<std::pair<int, int>> cellAt(const QPointF &position) const;
    void retranslate();

    QCustomPlot *m_plot;
    QCPColorMap *m_map = nullptr;
    QCPColorScale *m_colourScale = nullptr;
    QDoubleSpinBox *m_thresholdBox;
    QLabel *m_thresholdLabel;
    QLabel *m_summary;
    QLabel *m_groupsTitle;
    QListWidget *m_groupList;
    FloatMatrix m_matrix;
    std::vector<int> m_rows;
    QStringList m_labels;
    std::vector<int> m_order;
    std::vector<std::vector<int>> m_groups;
    int m_tooMany = 0;
};

} // namespace lgpn
