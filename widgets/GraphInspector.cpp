#include "GraphInspector.h"

#include "GraphClusterItem.h"
#include "GraphLevelScene.h"
#include "GraphNodeDetails.h"
#include "GraphNodeItem.h"
#include "GraphView.h"
#include "LevelGraphviz.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QEvent>
#include <QFileDialog>
#include <QGraphicsSimpleTextItem>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPainter>
#include <QSaveFile>
#include <QSpinBox>
#include <QSplitter>
#include <QStringListModel>
#include <QTimer>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace lgpn {

namespace {

constexpr double kMaximumFitScale = 1.6; // G2's three nodes are not blown up to fill the view
constexpr double kPngScale = 2;          // the PNG export's pixels per scene point
constexpr int kMostPackColumns = 8;      // tried by bestPackColumns

} // namespace

GraphInspector::GraphInspector(QWidget *parent)
    : QWidget(parent)
    , m_view(new GraphView(this))
    , m_scene(new GraphLevelScene(this))
    , m_levelSelector(new QComboBox(this))
    , m_search(new QLineEdit(this))
    , m_linkCount(new QSpinBox(this))
    , m_linkLabel(new QLabel(this))
    , m_priorEdges(new QCheckBox(this))
    , m_zoomIn(new QToolButton(this))
    , m_zoomOut(new QToolButton(this))
    , m_fit(new QToolButton(this))
    , m_export(new QToolButton(this))
    , m_details(new QLabel(this))
    , m_membersTitle(new QLabel(this))
    , m_members(new QTreeWidget(this))
    , m_legend(new QLabel(this))
    , m_levelNote(new QLabel(this))
    , m_relayout(new QTimer(this))
{
    m_view->setScene(m_scene);
    // Labels are drawn at kLabelPoints: fitting stops at the scale that shows them at the minimum.
    m_view->setFitScaleRange(kMinimumLabelPoints / kLabelPoints * 1.001, kMaximumFitScale);
    buildControls();
    buildLayout();
    retranslate();
}

void GraphInspector::buildControls()
{
    m_levelSelector->setObjectName(QStringLiteral("graphLevel"));
    connect(m_levelSelector, &QComboBox::activated, this, [this](int index) { showLevel(index); });
    m_search->setObjectName(QStringLiteral("graphSearch"));
    m_search->setClearButtonEnabled(true);
    m_search->setCompleter(new QCompleter(new QStringListModel(m_search), m_search));
    m_search->completer()->setCaseSensitivity(Qt::CaseInsensitive);
    m_search->completer()->setFilterMode(Qt::MatchContains);
    connect(m_search, &QLineEdit::returnPressed, this, [this] { findHyperparameter(m_search->text()); });
    connect(m_search->completer(), qOverload<const QString &>(&QCompleter::activated), this,
            [this](const QString &text) { findHyperparameter(text); });
    m_linkCount->setRange(0, 999);
    connect(m_linkCount, &QSpinBox::editingFinished, this, [this] { m_userLinkCount = true; });
    connect(m_linkCount, qOverload<int>(&QSpinBox::valueChanged), this, [this] { rebuildScene(); });
    m_priorEdges->setChecked(true);
    connect(m_priorEdges, &QCheckBox::toggled, m_scene, &GraphLevelScene::setPriorEdgesVisible);
    m_zoomIn->setText(QStringLiteral("+"));
    m_zoomIn->setShortcut(QKeySequence::ZoomIn);
    connect(m_zoomIn, &QToolButton::clicked, this, [this] { m_view->zoomBy(1.25); });
    m_zoomOut->setText(QStringLiteral("−"));
    m_zoomOut->setShortcut(QKeySequence::ZoomOut);
    connect(m_zoomOut, &QToolButton::clicked, this, [this] { m_view->zoomBy(0.8); });
    connect(m_fit, &QToolButton::clicked, m_view, &GraphView::fitAll);
    connect(m_export, &QToolButton::clicked, this, &GraphInspector::chooseExportFile);
    // Re-packed after the resizes settle, never from inside one: rebuilding the scene changes
    // the note above the view, which resizes the view again.
    m_relayout->setSingleShot(true);
    m_relayout->setInterval(150);
    connect(m_relayout, &QTimer::timeout, this, &GraphInspector::onViewResized);
    connect(m_view, &GraphView::resized, m_relayout, qOverload<>(&QTimer::start));
}

void GraphInspector::buildLayout()
{
    auto *controls = new QHBoxLayout;
    controls->addWidget(m_levelSelector);
    controls->addWidget(m_search, 1);
    controls->addWidget(m_linkLabel);
    controls->addWidget(m_linkCount);
    controls->addWidget(m_priorEdges);
    controls->addSpacing(8);
    controls->addWidget(m_zoomOut);
    controls->addWidget(m_zoomIn);
    controls->addWidget(m_fit);
    controls->addWidget(m_export);

    m_members->setColumnCount(2);
    m_members->setRootIsDecorated(false);
    m_members->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_members->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_members->header()->setStretchLastSection(false);
    for (QLabel *label : {m_details, m_membersTitle, m_legend, m_levelNote})
        label->setWordWrap(true);
    m_details->setObjectName(QStringLiteral("graphNodeDetails"));
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *side = new QWidget(this);
    auto *sideLayout = new QVBoxLayout(side);
    sideLayout->setContentsMargins(0, 0, 0, 0);
    sideLayout->addWidget(m_details);
    sideLayout->addWidget(m_membersTitle);
    sideLayout->addWidget(m_members, 1);
    sideLayout->addWidget(m_legend);

    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_levelNote);
    leftLayout->addWidget(m_view, 1);
    auto *splitter = new QSplitter(this);
    splitter->addWidget(left);
    splitter->addWidget(side);
    splitter->setStretchFactor(0, 4);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({950, 230});
    side->setMaximumWidth(420);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(controls);
    layout->addWidget(splitter, 1);
}

void GraphInspector::clear()
{
    setGraphs(HierarchyGraphs());
}

void GraphInspector::setGraphs(const HierarchyGraphs &graphs)
{
    m_graphs = graphs;
    m_marked = -1;
    m_detailsOf = {-1, -1};
    m_members->clear();
    m_membersTitle->clear();
    fillLevelSelector();
    fillCompleter();
    // The first view: G0, grouped by the image's supernodes.
    showLevel(0);
}

void GraphInspector::showLevel(int level, int focusSupernode)
{
    m_level = std::clamp(level, 0, std::max(int(m_graphs.levels.size()) - 1, 0));
    m_levelSelector->setCurrentIndex(m_level);
    if (!m_userLinkCount) {
        const QSignalBlocker blocker(m_linkCount);
        m_linkCount->setValue(defaultLinkCount(m_level));
    }
    if (m_marked >= 0 && m_level != 0)
        m_marked = -1;
    try {
        m_packColumns = m_graphs.levels.empty() ? 0 : bestPackColumns();
    } catch (const std::exception &) {
        m_packColumns = 0; // rebuildScene says why
    }
    rebuildScene();
    m_view->fitAll();
    if (GraphClusterItem *cluster = m_scene->clusterItem(focusSupernode)) {
        cluster->setHighlighted(true);
        m_view->centreOn(cluster->sceneBoundingRect().center());
    }
}

int GraphInspector::defaultLinkCount(int level) const
{
    // As many links as the linked level has nodes: one per supernode on average, so a
    // supernode's strongest correlations show and the level does not turn into a hairball.
    const int linked = level == 0 ? 1 : level;
    return linked < int(m_graphs.levels.size()) ? m_graphs.nodeCount(linked) : 0;
}

LevelGraphviz::Options GraphInspector::drawingOptions() const
{
    LevelGraphviz::Options options;
    options.level = m_level;
    options.strongestLinks = m_linkCount->value();
    options.labelPoints = kLabelPoints;
    options.packColumns = m_packColumns;
    options.priorEdges = false; // they do not move osage's boxes; the scene draws its own
    return options;
}

int GraphInspector::bestPackColumns() const
{
    // The number of columns of clusters whose layout fits the view at the largest scale: a wide
    // window takes more columns, a tall one fewer. osage takes milliseconds for this.
    const QSizeF room = m_view->viewport()->size();
    LevelGraphviz::Options options = drawingOptions();
    int best = 0;
    double bestScale = 0;
    for (int columns = 1; columns <= kMostPackColumns && !room.isEmpty(); ++columns) {
        options.packColumns = columns;
        const QSizeF size = LevelGraphviz(m_graphs, options).layout().size;
        const double scale = std::min(room.width() / std::max(size.width(), 1.0), room.height() / std::max(size.height(), 1.0));
        if (scale > bestScale * 1.02) { // fewer columns unless more clearly gain
            best = columns;
            bestScale = scale;
        }
    }
    return best;
}

void GraphInspector::onViewResized()
{
    if (!m_view->isFitting() || m_graphs.levels.empty() || !isVisible())
        return;
    int columns = 0;
    try {
        columns = bestPackColumns();
    } catch (const std::exception &) {
        return; // rebuildScene says why
    }
    if (columns != m_packColumns) {
        m_packColumns = columns;
        rebuildScene();
        m_view->fitAll();
    }
}

void GraphInspector::rebuildScene()
{
    m_highlightedCount = 0;
    try {
        m_scene->build(m_graphs, LevelGraphviz(m_graphs, drawingOptions()));
    } catch (const std::exception &error) {
        m_scene->clearLevel();
        m_scene->addSimpleText(tr("Graphviz could not lay out this graph: %1").arg(QString::fromLocal8Bit(error.what())));
        return;
    }
    m_scene->setPriorEdgesVisible(m_priorEdges->isChecked());
    connectItems();
    if (GraphNodeItem *marked = nodeItem(0, m_marked))
        marked->setMarked(true);
    retranslate();
}

void GraphInspector::connectItems()
{
    for (GraphNodeItem *item : m_scene->nodes()) {
        const HierarchyGraphs::Level &level = m_graphs.levels[size_t(item->level())];
        item->setToolTip(level.descriptions.value(item->node()));
        item->onHover = [this](GraphNodeItem *node, bool entered) { m_highlightedCount = m_scene->highlight(entered ? node : nullptr); };
        item->onClick = [this](GraphNodeItem *node) { showDetails(node->level(), node->node()); };
        // Later, from the event loop: expanding rebuilds the scene, the double-clicked item with it.
        if (item->level() > 0) {
            item->onDoubleClick = [this](GraphNodeItem *node) {
                QTimer::singleShot(0, this, [this, level = node->level(), supernode = node->node()] { expand(level, supernode); });
            };
        }
    }
    for (GraphClusterItem *cluster : m_scene->clusters()) {
        if (cluster)
            cluster->onClick = [this](GraphClusterItem *item) { showDetails(m_level + 1, item->supernode()); };
    }
}

void GraphInspector::expand(int level, int supernode)
{
    if (level <= 0)
        return;
    showLevel(level - 1, supernode);
    showDetails(level, supernode);
}

void GraphInspector::setStrongestLinks(int count)
{
    m_userLinkCount = true;
    m_linkCount->setValue(count);
}

int GraphInspector::learnedLinkCount() const
{
    return m_scene->learnedLinkCount();
}

int GraphInspector::visiblePriorEdgeCount() const
{
    return m_scene->visiblePriorEdgeCount();
}

int GraphInspector::shownNodeCount() const
{
    return m_scene->nodeCount();
}

GraphNodeItem *GraphInspector::nodeItem(int level, int node) const
{
    return level == m_scene->level() ? m_scene->nodeItem(node) : nullptr;
}

int GraphInspector::findHyperparameter(const QString &text)
{
    const QString wanted = text.trimmed();
    if (wanted.isEmpty() || m_graphs.levels.empty())
        return -1;
    const HierarchyGraphs::Level &g0 = m_graphs.levels[0];
    // An exact name first, then a name that starts with the text, then one that holds it.
    int found = -1;
    for (auto matches : {+[](const QString &name, const QString &w) { return name.compare(w, Qt::CaseInsensitive) == 0; },
                         +[](const QString &name, const QString &w) { return name.startsWith(w, Qt::CaseInsensitive); },
                         +[](const QString &name, const QString &w) { return name.contains(w, Qt::CaseInsensitive); }}) {
        for (int i = 0; i < g0.labels.size() && found < 0; ++i) {
            if (matches(g0.labels[i], wanted) || matches(g0.ids.value(i), wanted))
                found = i;
        }
        if (found >= 0)
            break;
    }
    if (found < 0)
        return -1;
    if (GraphNodeItem *previous = nodeItem(0, m_marked))
        previous->setMarked(false);
    m_marked = found;
    if (m_level != 0)
        showLevel(0);
    GraphNodeItem *item = nodeItem(0, found);
    item->setMarked(true);
    m_highlightedCount = m_scene->highlight(item);
    m_view->centreOn(item->sceneBoundingRect().center());
    showDetails(0, found);
    return found;
}

void GraphInspector::showDetails(int level, int node)
{
    m_detailsOf = {level, node};
    m_details->setText(GraphNodeDetails::html(m_graphs, level, node));
    showMembers(level, node);
}

void GraphInspector::showMembers(int level, int node)
{
    m_members->clear();
    if (level <= 0 || level >= int(m_graphs.levels.size())) {
        m_membersTitle->clear();
        return;
    }
    const HierarchyGraphs::Level &below = m_graphs.levels[size_t(level) - 1];
    m_membersTitle->setText(tr("<b>Members of %1</b> (matching weight ≥ 0.05, strongest first):").arg(m_graphs.levels[size_t(level)].labels.value(node)));
    for (const auto &[member, weight] : m_graphs.membersOf(level, node)) {
        auto *row = new QTreeWidgetItem(m_members, {below.labels.value(member), QString::number(double(weight), 'f', 3)});
        row->setToolTip(0, below.descriptions.value(member));
        row->setTextAlignment(1, Qt::AlignRight);
    }
}

QString GraphInspector::exportTo(const QString &path)
{
    QByteArray bytes;
    if (path.endsWith(QStringLiteral(".svg"), Qt::CaseInsensitive)) {
        LevelGraphviz::Options options = drawingOptions();
        options.priorEdges = m_priorEdges->isChecked();
        try {
            bytes = LevelGraphviz(m_graphs, options).svg();
        } catch (const std::exception &error) {
            return QString::fromLocal8Bit(error.what());
        }
    } else {
        const QRectF whole = m_scene->sceneRect();
        QImage image((whole.size() * kPngScale).toSize(), QImage::Format_ARGB32);
        image.fill(Qt::white);
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        m_scene->render(&painter, QRectF(QPointF(), image.size()), whole);
        painter.end();
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly) || !image.save(&file, "PNG") || !file.commit())
            return file.errorString();
        return {};
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return file.errorString();
    return {};
}

void GraphInspector::chooseExportFile()
{
    QString filter;
    const QString path = QFileDialog::getSaveFileName(this, tr("Export Graph"), QString(),
                                                      tr("SVG image (*.svg);;PNG image (*.png)"), &filter);
    if (path.isEmpty())
        return;
    const QString error = exportTo(path);
    if (!error.isEmpty())
        QMessageBox::warning(this, tr("Export Graph"), tr("Could not write %1: %2").arg(path, error));
}

void GraphInspector::fillLevelSelector()
{
    m_levelSelector->clear();
    for (int l = 0; l < int(m_graphs.levels.size()); ++l)
        m_levelSelector->addItem(QString());
    retranslate();
}

void GraphInspector::fillCompleter()
{
    auto *model = static_cast<QStringListModel *>(m_search->completer()->model());
    model->setStringList(m_graphs.levels.empty() ? QStringList() : m_graphs.levels[0].labels);
}

void GraphInspector::retranslate()
{
    for (int l = 0; l < m_levelSelector->count(); ++l) {
        m_levelSelector->setItemText(l, l == 0 ? tr("G0: %n hyperparameter(s)", nullptr, m_graphs.nodeCount(0))
                                               : tr("G%1: %n supernode(s)", nullptr, m_graphs.nodeCount(l)).arg(l));
    }
    m_levelSelector->setToolTip(tr("The level shown; double-click a supernode to step down into it"));
    m_search->setPlaceholderText(tr("Find a hyperparameter…"));
    m_linkLabel->setText(tr("Strongest learned links:"));
    m_linkCount->setToolTip(tr("How many of the strongest learned correlations to draw"));
    m_priorEdges->setText(tr("Prior edges (G0)"));
    m_priorEdges->setToolTip(tr("Show the edges of the prior correlation graph G0, faded (hover a node to see its own)"));
    m_fit->setText(tr("Fit"));
    m_fit->setToolTip(tr("Show the whole level, as far as its labels stay readable"));
    m_export->setText(tr("Export…"));
    m_export->setToolTip(tr("Save the level shown as SVG or PNG"));
    m_zoomIn->setToolTip(tr("Zoom in (wheel up)"));
    m_zoomOut->setToolTip(tr("Zoom out (wheel down)"));
    m_members->setHeaderLabels({tr("Member"), tr("Weight")});
    m_legend->setText(tr("Colour: probability, white 0 → dark blue 1. Boxes around nodes: the supernode each belongs to most. "
                         "Orange lines: the strongest learned correlations. Hover a node to see its edges; click it for its details."));
    const QString details = GraphNodeDetails::html(m_graphs, m_detailsOf.first, m_detailsOf.second);
    m_details->setText(details.isEmpty() ? tr("Click a node for its details.") : details);
    if (m_graphs.levels.empty())
        m_levelNote->clear();
    else if (m_level + 1 < int(m_graphs.levels.size()))
        m_levelNote->setText(tr("G%1 grouped by the supernodes of G%2; the %n strongest learned link(s) of G%3.", nullptr, learnedLinkCount())
                                 .arg(m_level).arg(m_level + 1).arg(m_level == 0 ? 1 : m_level));
    else
        m_levelNote->setText(tr("G%1, the top level; the %n strongest learned link(s).", nullptr, learnedLinkCount()).arg(m_level));
}

void GraphInspector::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace lgpn
