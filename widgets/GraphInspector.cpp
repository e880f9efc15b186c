#include "GraphInspector.h"

#include "GraphNodeItem.h"
#include "GraphView.h"

#include "graphviz/GraphvizGraph.h"

#include <QCheckBox>
#include <QEvent>
#include <QGraphicsLineItem>
#include <QGraphicsScene>
#include <QGraphicsSimpleTextItem>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QSlider>
#include <QSplitter>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>
#include <optional>

namespace lgpn {

namespace {

constexpr double kNodeSide = 34;      // points
constexpr double kLevelGap = 140;     // between the levels' drawings
const QColor kEdgeColour(120, 120, 120);
const QColor kHighlightColour(230, 120, 0);

QString nodeName(int node)
{
    return QStringLiteral("n%1").arg(node);
}

// Graphviz places the nodes of one level; edges are drawn by the inspector (straight lines)
// so that the threshold slider only shows and hides them.
GraphLayout layOutLevel(const HierarchyGraphs::Level &level, bool prior)
{
    GraphvizGraph graph(QStringLiteral("level"));
    // Overlaps are removed below (GraphLayout::spreadApart), not by Graphviz.
    graph.setGraphAttribute(QStringLiteral("overlap"), QStringLiteral("true"));
    graph.setGraphAttribute(QStringLiteral("start"), QStringLiteral("1")); // the same layout every time
    graph.setNodeDefault(QStringLiteral("shape"), QStringLiteral("circle"));
    graph.setNodeDefault(QStringLiteral("fixedsize"), QStringLiteral("true"));
    graph.setNodeDefault(QStringLiteral("width"), QString::number(kNodeSide / 72.0));
    graph.setNodeDefault(QStringLiteral("label"), QString());
    const int n = level.labels.size();
    for (int i = 0; i < n; ++i)
        graph.node(nodeName(i));
    if (prior) {
        for (int i = 0; i < n; ++i) {
            for (int j = i + 1; j < n; ++j) {
                if (std::max(level.adjacency.at(i, j), level.adjacency.at(j, i)) > 0)
                    graph.addEdge(nodeName(i), nodeName(j));
            }
        }
        GraphLayout layout = graph.layout(QStringLiteral("neato"));
        layout.spreadApart(kNodeSide * 1.25, 2400);
        return layout;
    }
    // Supernodes on a ring, in order, so that the same level looks the same from image to image.
    for (int i = 0; i < n && n > 2; ++i)
        graph.addEdge(nodeName(i), nodeName((i + 1) % n));
    return graph.layout(QStringLiteral("circo"));
}

} // namespace

GraphInspector::GraphInspector(QWidget *parent)
    : QWidget(parent)
    , m_view(new GraphView(this))
    , m_scene(new QGraphicsScene(this))
    , m_threshold(new QSlider(Qt::Horizontal, this))
    , m_thresholdLabel(new QLabel(this))
    , m_priorEdges(new QCheckBox(this))
    , m_legend(new QLabel(this))
    , m_membersTitle(new QLabel(this))
    , m_members(new QTreeWidget(this))
    , m_zoomIn(new QToolButton(this))
    , m_zoomOut(new QToolButton(this))
    , m_fit(new QToolButton(this))
{
    m_view->setScene(m_scene);
    m_threshold->setRange(0, 100);
    m_threshold->setValue(50);
    m_threshold->setObjectName(QStringLiteral("edgeThreshold"));
    m_priorEdges->setChecked(true);
    connect(m_threshold, &QSlider::valueChanged, this, &GraphInspector::updateEdges);
    connect(m_threshold, &QSlider::actionTriggered, this, [this] { m_userThreshold = true; });
    connect(m_priorEdges, &QCheckBox::toggled, this, &GraphInspector::updateEdges);

    m_zoomIn->setText(QStringLiteral("+"));
    m_zoomIn->setShortcut(QKeySequence::ZoomIn);
    connect(m_zoomIn, &QToolButton::clicked, this, [this] { m_view->zoomBy(1.25); });
    m_zoomOut->setText(QStringLiteral("−"));
    m_zoomOut->setShortcut(QKeySequence::ZoomOut);
    connect(m_zoomOut, &QToolButton::clicked, this, [this] { m_view->zoomBy(0.8); });
    connect(m_fit, &QToolButton::clicked, m_view, &GraphView::fitAll);

    auto *controls = new QHBoxLayout;
    controls->addWidget(m_thresholdLabel);
    controls->addWidget(m_threshold, 1);
    controls->addWidget(m_priorEdges);
    controls->addSpacing(12);
    controls->addWidget(m_zoomOut);
    controls->addWidget(m_zoomIn);
    controls->addWidget(m_fit);

    m_members->setColumnCount(2);
    m_members->setRootIsDecorated(false);
    m_members->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_members->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_members->header()->setStretchLastSection(false);
    m_membersTitle->setWordWrap(true);
    auto *side = new QWidget(this);
    auto *sideLayout = new QVBoxLayout(side);
    sideLayout->setContentsMargins(0, 0, 0, 0);
    sideLayout->addWidget(m_membersTitle);
    sideLayout->addWidget(m_members, 1);
    m_legend->setWordWrap(true);
    sideLayout->addWidget(m_legend);

    auto *splitter = new QSplitter(this);
    splitter->addWidget(m_view);
    splitter->addWidget(side);
    splitter->setStretchFactor(0, 4);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({850, 330});
    side->setMaximumWidth(480);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(controls);
    layout->addWidget(splitter, 1);
    retranslate();
}

void GraphInspector::clear()
{
    m_graphs = HierarchyGraphs();
    rebuild();
}

void GraphInspector::setGraphs(const HierarchyGraphs &graphs)
{
    m_graphs = graphs;
    // Learned correlations are sigmoid outputs and often all above 0.5: until the user picks a
    // threshold, show the strongest fifth of them.
    std::vector<float> learned;
    for (size_t l = 1; l < m_graphs.levels.size(); ++l) {
        const FloatMatrix &a = m_graphs.levels[l].adjacency;
        for (int i = 0; i < a.rows; ++i) {
            for (int j = i + 1; j < a.columns; ++j)
                learned.push_back(std::max(a.at(i, j), a.at(j, i)));
        }
    }
    if (!m_userThreshold && !learned.empty()) {
        const size_t k = size_t(0.8 * double(learned.size() - 1));
        std::nth_element(learned.begin(), learned.begin() + long(k), learned.end());
        m_threshold->blockSignals(true);
        m_threshold->setValue(int(std::floor(learned[k] * 100)));
        m_threshold->blockSignals(false);
    }
    rebuild();
    m_view->fitAll();
}

void GraphInspector::rebuild()
{
    m_highlighted.clear();
    m_scene->clear();
    m_nodes.clear();
    m_edges.clear();
    m_links.clear();
    m_titles.clear();
    m_members->clear();
    double left = 0;
    std::vector<std::vector<QPointF>> centres;
    for (int l = 0; l < int(m_graphs.levels.size()); ++l) {
        const HierarchyGraphs::Level &level = m_graphs.levels[size_t(l)];
        GraphLayout layout;
        try {
            layout = layOutLevel(level, l == 0);
        } catch (const std::exception &error) {
            m_scene->addSimpleText(tr("Graphviz could not lay out this graph: %1").arg(QString::fromLocal8Bit(error.what())));
            return;
        }
        // Vertically centred on the G0 drawing.
        const double top = l == 0 ? 0 : std::max(0.0, (m_scene->itemsBoundingRect().height() - layout.size.height()) / 2);
        auto *title = m_scene->addSimpleText(QString());
        title->setPos(left, top - 36);
        m_titles.push_back(title);
        std::vector<GraphNodeItem *> items(size_t(level.labels.size()), nullptr);
        std::vector<QPointF> levelCentres(items.size());
        for (int i = 0; i < int(items.size()); ++i) {
            const int at = layout.nodeIndex(nodeName(i));
            const QPointF centre = at >= 0 ? layout.nodes[size_t(at)].centre + QPointF(left, top) : QPointF(left, top + i * 40);
            levelCentres[size_t(i)] = centre;
            const QString label = l == 0 ? level.labels[i].left(6) : QString::number(i + 1);
            auto *item = new GraphNodeItem(l, i, QRectF(centre - QPointF(kNodeSide / 2, kNodeSide / 2), QSizeF(kNodeSide, kNodeSide)),
                                           label, level.values[size_t(i)]);
            item->setToolTip(tr("%1\n%2: %3").arg(l == 0 ? level.descriptions.value(i) : level.labels[i], l == 0 ? tr("probability") : tr("weighted probability of its members"))
                                 .arg(double(level.values[size_t(i)]), 0, 'f', 2)
                             + (l == 0 ? reliabilityLine(level.ids.value(i)) : u'\n' + tr("strongest members: %1").arg(level.descriptions.value(i))));
            item->onHover = [this](GraphNodeItem *node, bool entered) { hover(node, entered); };
            item->onClick = [this](GraphNodeItem *node) { showMembers(node->level(), node->node()); };
            m_scene->addItem(item);
            items[size_t(i)] = item;
        }
        // Edges between the level's nodes, strongest direction of each pair.
        for (int i = 0; i < int(items.size()); ++i) {
            for (int j = i + 1; j < int(items.size()); ++j) {
                const float weight = std::max(level.adjacency.at(i, j), level.adjacency.at(j, i));
                if (weight <= 0)
                    continue;
                auto *line = m_scene->addLine(QLineF(levelCentres[size_t(i)], levelCentres[size_t(j)]));
                line->setZValue(1);
                line->setToolTip(tr("%1 — %2: %3").arg(level.labels[i], level.labels[j]).arg(double(weight), 0, 'f', 2));
                m_edges.push_back({l, i, j, weight, line});
            }
        }
        m_nodes.push_back(std::move(items));
        centres.push_back(std::move(levelCentres));
        left += layout.size.width() + kLevelGap;
    }
    // The matching links: each node to the supernode it belongs to most, as strong as its weight.
    for (int l = 0; l + 1 < int(m_nodes.size()); ++l) {
        for (int i = 0; i < int(m_nodes[size_t(l)].size()); ++i) {
            const int parent = m_graphs.parentOf(l, i);
            if (parent < 0)
                continue;
            const float weight = m_graphs.matching[size_t(l)].at(i, parent);
            auto *line = m_scene->addLine(QLineF(centres[size_t(l)][size_t(i)], centres[size_t(l) + 1][size_t(parent)]));
            QColor colour(90, 140, 200);
            colour.setAlphaF(std::clamp(0.15f + 0.5f * weight, 0.15f, 0.65f));
            line->setPen(QPen(colour, 1, Qt::DashLine));
            line->setZValue(0);
            line->setToolTip(tr("matching weight %1").arg(double(weight), 0, 'f', 2));
            m_links.push_back({l, i, parent, line});
        }
    }
    retranslate();
}

void GraphInspector::styleEdges()
{
    const double threshold = edgeThreshold();
    for (const EdgeItem &edge : m_edges) {
        const bool visible = edge.level == 0 ? m_priorEdges->isChecked() : edge.weight >= threshold;
        edge.line->setVisible(visible);
        edge.line->setPen(QPen(kEdgeColour, edge.level == 0 ? 0.6 : 0.8 + 2.5 * double(edge.weight)));
    }
}

void GraphInspector::updateEdges()
{
    styleEdges();
    const double threshold = edgeThreshold();
    QStringList counts;
    for (int l = 1; l < int(m_graphs.levels.size()); ++l)
        counts << tr("G%1: %2 edges").arg(l).arg(visibleEdgeCount(l));
    m_thresholdLabel->setText(tr("Learned edges ≥ %1 (%2)").arg(threshold, 0, 'f', 2).arg(counts.join(QStringLiteral(", "))));
}

void GraphInspector::setEdgeThreshold(double threshold)
{
    m_userThreshold = true;
    m_threshold->setValue(int(std::lround(threshold * 100)));
}

double GraphInspector::edgeThreshold() const
{
    return m_threshold->value() / 100.0;
}

int GraphInspector::nodeItemCount(int level) const
{
    return level < int(m_nodes.size()) ? int(m_nodes[size_t(level)].size()) : 0;
}

int GraphInspector::visibleEdgeCount(int level) const
{
    return int(std::count_if(m_edges.begin(), m_edges.end(), [level](const EdgeItem &edge) {
        return edge.level == level && edge.line->isVisible();
    }));
}

int GraphInspector::highlightedCount() const
{
    return int(m_highlighted.size());
}

GraphNodeItem *GraphInspector::nodeItem(int level, int node) const
{
    if (level < 0 || level >= int(m_nodes.size()) || node < 0 || node >= int(m_nodes[size_t(level)].size()))
        return nullptr;
    return m_nodes[size_t(level)][size_t(node)];
}

void GraphInspector::hover(GraphNodeItem *item, bool entered)
{
    for (GraphNodeItem *highlighted : m_highlighted)
        highlighted->setHighlighted(false);
    m_highlighted.clear();
    styleEdges();
    for (const LinkItem &link : m_links) {
        QPen pen = link.line->pen();
        pen.setWidthF(1);
        link.line->setPen(pen);
    }
    if (!entered)
        return;
    const int level = item->level();
    const int node = item->node();
    item->setHighlighted(true);
    m_highlighted.push_back(item);
    for (const EdgeItem &edge : m_edges) {
        if (edge.level == level && (edge.from == node || edge.to == node) && edge.line->isVisible())
            edge.line->setPen(QPen(kHighlightColour, std::max(2.0, edge.line->pen().widthF())));
    }
    // Its supernode, its children, and the links to them.
    if (GraphNodeItem *parent = nodeItem(level + 1, m_graphs.parentOf(level, node))) {
        parent->setHighlighted(true);
        m_highlighted.push_back(parent);
    }
    for (int child : m_graphs.childrenOf(level, node)) {
        nodeItem(level - 1, child)->setHighlighted(true);
        m_highlighted.push_back(nodeItem(level - 1, child));
    }
    for (const LinkItem &link : m_links) {
        if ((link.level == level && link.node == node) || (link.level == level - 1 && link.parent == node)) {
            QPen pen = link.line->pen();
            pen.setWidthF(2.5);
            link.line->setPen(pen);
        }
    }
}

void GraphInspector::showMembers(int level, int node)
{
    m_members->clear();
    if (level <= 0 || level >= int(m_graphs.levels.size())) {
        if (level == 0 && node >= 0 && node < m_graphs.nodeCount(0)) {
            const int parent = m_graphs.parentOf(0, node);
            m_membersTitle->setText(tr("<b>%1</b>: probability %2%3")
                                        .arg(m_graphs.levels[0].descriptions.value(node).toHtmlEscaped())
                                        .arg(double(m_graphs.levels[0].values[size_t(node)]), 0, 'f', 2)
                                        .arg(parent < 0 ? QString() : tr(", in supernode %1").arg(m_graphs.levels[1].labels.value(parent))));
        }
        return;
    }
    const HierarchyGraphs::Level &below = m_graphs.levels[size_t(level) - 1];
    m_membersTitle->setText(tr("<b>Members of %1</b> (matching weight ≥ 0.05, strongest first):").arg(m_graphs.levels[size_t(level)].labels.value(node)));
    for (const auto &[member, weight] : m_graphs.membersOf(level, node)) {
        // Hyperparameters by name (their group in the tooltip); supernodes by label and strongest members.
        const QString name = level == 1 ? below.labels.value(member)
                                        : below.labels.value(member) + QStringLiteral(" (") + below.descriptions.value(member) + u')';
        auto *row = new QTreeWidgetItem(m_members, {name, QString::number(double(weight), 'f', 3)});
        row->setToolTip(0, below.descriptions.value(member));
        row->setTextAlignment(1, Qt::AlignRight);
    }
}

QString GraphInspector::reliabilityLine(const QString &nodeId) const
{
    const std::optional<double> auc = m_graphs.reliability.auc(nodeId);
    if (!auc)
        return {};
    if (m_graphs.reliability.isReliable(nodeId) == NodeReliability::Verdict::NotReliable)
        return u'\n' + tr("held-out AUC %1: not reliable for unseen generators (< %2)").arg(*auc, 0, 'f', 2).arg(m_graphs.reliability.thresholdText());
    return u'\n' + tr("held-out AUC %1").arg(*auc, 0, 'f', 2);
}

void GraphInspector::retranslate()
{
    m_priorEdges->setText(tr("Prior edges (G0)"));
    m_priorEdges->setToolTip(tr("Show the edges of the prior correlation graph G0"));
    m_threshold->setToolTip(tr("Hide the learned correlations (G1, G2, …) weaker than this"));
    m_members->setHeaderLabels({tr("Member"), tr("Weight")});
    m_fit->setText(tr("Fit"));
    m_fit->setToolTip(tr("Show the whole hierarchy"));
    m_zoomIn->setToolTip(tr("Zoom in (wheel up)"));
    m_zoomOut->setToolTip(tr("Zoom out (wheel down)"));
    m_legend->setText(tr("Colour: probability, white 0 → dark blue 1. Dashed lines: each node's strongest supernode. "
                         "Hover a node to highlight its edges, supernode and children; click a supernode to list its members."));
    if (m_membersTitle->text().isEmpty() || m_members->topLevelItemCount() == 0)
        m_membersTitle->setText(tr("Click a supernode to list its members."));
    for (int l = 0; l < int(m_titles.size()); ++l) {
        QFont bold = m_titles[size_t(l)]->font();
        bold.setBold(true);
        bold.setPointSizeF(11);
        m_titles[size_t(l)]->setFont(bold);
        m_titles[size_t(l)]->setText(l == 0 ? tr("G0 — prior graph, %n hyperparameter(s)", nullptr, nodeItemCount(0))
                                            : tr("G%1 — %n supernode(s)", nullptr, nodeItemCount(l)).arg(l));
        m_titles[size_t(l)]->setBrush(palette().color(QPalette::Text));
    }
    updateEdges();
}

void GraphInspector::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace lgpn
