#pragma once

#include "HierarchyGraphs.h"
#include "LevelGraphviz.h"

#include <QWidget>

#include <utility>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;
class QTimer;
class QToolButton;
class QTreeWidget;

namespace lgpn {

class GraphLevelScene;
class GraphNodeItem;
class GraphView;

// The image's learned graphs, one level at a time, readable at the window's default size:
// G0's hyperparameters grouped into the clusters of the image's G1 supernodes (laid out by
// Graphviz's osage through gvc), G1's supernodes grouped by G2's, or G2's three. G0's ~800
// prior edges are faded (hovering a node shows its own in full); the strongest learned links
// are drawn, by default as many as the linked level has nodes. A level selector steps between
// G2, G1 and G0, and a double-click on a supernode steps down into its cluster. A search box
// finds a hyperparameter by name; a click on a node shows its probability, reliability, group
// and supernode; the view exports as SVG (Graphviz's renderer) or PNG. Fitting the view never
// shrinks a label under kMinimumLabelPoints: a level too big for that scrolls instead.
class GraphInspector : public QWidget
{
    Q_OBJECT

public:
    static constexpr double kLabelPoints = 9;        // the labels' size in the scene
    static constexpr double kMinimumLabelPoints = 8; // on screen, once fitted

    explicit GraphInspector(QWidget *parent = nullptr);

    void setGraphs(const HierarchyGraphs &graphs);
    void clear();

    // Shows one level (0 = G0); with a supernode of the level above, centred on its cluster.
    void showLevel(int level, int focusSupernode = -1);
    int shownLevel() const { return m_level; }
    int shownNodeCount() const;
    // What a double-click on a supernode does: its level's next one down, centred on its members.
    void expand(int level, int supernode);
    // How many of the strongest learned links are drawn.
    void setStrongestLinks(int count);
    int learnedLinkCount() const;
    int visiblePriorEdgeCount() const;
    // Finds the hyperparameter whose name (or id) best matches `text`, shows G0, marks and
    // centres it and shows its details; returns its index, or -1.
    int findHyperparameter(const QString &text);
    // What a click does: the node's details, and a supernode's members.
    void showDetails(int level, int node);
    // Writes the view: .svg through Graphviz's SVG renderer, anything else as a PNG of the scene.
    // Returns an error message, or an empty string.
    QString exportTo(const QString &path);

    // For tests and screenshots.
    const HierarchyGraphs &graphs() const { return m_graphs; }
    GraphNodeItem *nodeItem(int level, int node) const;
    GraphLevelScene *scene() const { return m_scene; }
    GraphView *view() const { return m_view; }
    QLabel *detailsLabel() const { return m_details; }
    QTreeWidget *membersList() const { return m_members; }
    QLineEdit *searchBox() const { return m_search; }
    QComboBox *levelSelector() const { return m_levelSelector; }
    int highlightedCount() const { return m_highlightedCount; }
    int markedNode() const { return m_marked; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void buildControls();
    void buildLayout();
    void rebuildScene();
    LevelGraphviz::Options drawingOptions() const;
    int bestPackColumns() const;
    void onViewResized();
    void connectItems();
    void fillLevelSelector();
    void fillCompleter();
    void showMembers(int level, int node);
    void chooseExportFile();
    int defaultLinkCount(int level) const;
    void retranslate();

    GraphView *m_view;
    GraphLevelScene *m_scene;
    QComboBox *m_levelSelector;
    QLineEdit *m_search;
    QSpinBox *m_linkCount;
    QLabel *m_linkLabel;
    QCheckBox *m_priorEdges;
    QToolButton *m_zoomIn;
    QToolButton *m_zoomOut;
    QToolButton *m_fit;
    QToolButton *m_export;
    QLabel *m_details;
    QLabel *m_membersTitle;
    QTreeWidget *m_members;
    QLabel *m_legend;
    QLabel *m_levelNote;
    QTimer *m_relayout;
    HierarchyGraphs m_graphs;
    int m_level = 0;
    int m_marked = -1;
    int m_packColumns = 0;
    std::pair<int, int> m_detailsOf{-1, -1}; // the level and node whose details are shown
    int m_highlightedCount = 0;
    bool m_userLinkCount = false;
};

} // namespace lgpn
