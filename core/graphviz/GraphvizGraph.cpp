#include "GraphvizGraph.h"

#include <graphviz/cgraph.h>
#include <graphviz/gvc.h>

#include <mutex>
#include <stdexcept>

namespace lgpn {

namespace {

// cgraph's API predates const: it takes char* but does not modify the strings.
struct CString
{
    explicit CString(const QString &text) : bytes(text.toUtf8()) {}
    char *get() { return bytes.data(); }
    QByteArray bytes;
};

// agwrite() sends text through an I/O discipline; this one appends it to a QByteArray.
int appendToByteArray(void *channel, const char *text)
{
    static_cast<QByteArray *>(channel)->append(text);
    return 0;
}
int flushNothing(void *)
{
    return 0;
}

// One Graphviz context for the whole process, never freed, used by one layout at a time. Graphviz
// 2.42's pango plugin keeps, in a static, a pointer to the last font name it measured, and that name
// belongs to the context: with a context per layout, the next layout compared against freed memory
// (ASan, test_studio). The same static makes two layouts at once unsafe, whatever the contexts.
GVC_t *sharedContext()
{
    static GVC_t *const context = gvContext();
    return context;
}

std::mutex &layoutMutex()
{
    static std::mutex mutex;
    return mutex;
}

} // namespace

GraphvizGraph::GraphvizGraph(const QString &name)
{
    static Agiodisc_t byteArrayIo = {AgIoDisc.afread, appendToByteArray, flushNothing};
    static Agdisc_t discipline = {&AgMemDisc, &AgIdDisc, &byteArrayIo};
    m_graph = agopen(CString(name).get(), Agdirected, &discipline);
    if (!m_graph)
        throw std::runtime_error("Graphviz could not create a graph");
}

GraphvizGraph::~GraphvizGraph()
{
    agclose(m_graph);
}

void GraphvizGraph::setGraphAttribute(const QString &name, const QString &value)
{
    agattr(m_graph, AGRAPH, CString(name).get(), CString(value).get());
}

void GraphvizGraph::setNodeDefault(const QString &name, const QString &value)
{
    agattr(m_graph, AGNODE, CString(name).get(), CString(value).get());
}

void GraphvizGraph::setEdgeDefault(const QString &name, const QString &value)
{
    agattr(m_graph, AGEDGE, CString(name).get(), CString(value).get());
}

Agnode_s *GraphvizGraph::node(const QString &name)
{
    return agnode(m_graph, CString(name).get(), 1);
}

void GraphvizGraph::setNodeAttribute(Agnode_s *node, const QString &name, const QString &value)
{
    CString empty{QString()};
    agsafeset(node, CString(name).get(), CString(value).get(), empty.get());
}

Agedge_s *GraphvizGraph::addEdge(const QString &tail, const QString &head, const QString &label)
{
    Agedge_t *edge = agedge(m_graph, node(tail), node(head), nullptr, 1);
    if (!label.isEmpty())
        setEdgeAttribute(edge, QStringLiteral("label"), label);
    return edge;
}

void GraphvizGraph::setEdgeAttribute(Agedge_s *edge, const QString &name, const QString &value)
{
    CString empty{QString()};
    agsafeset(edge, CString(name).get(), CString(value).get(), empty.get());
}

Agraph_s *GraphvizGraph::cluster(const QString &name)
{
    return agsubg(m_graph, CString(QStringLiteral("cluster_") + name).get(), 1);
}

void GraphvizGraph::setClusterAttribute(Agraph_s *cluster, const QString &name, const QString &value)
{
    CString empty{QString()};
    agsafeset(cluster, CString(name).get(), CString(value).get(), empty.get());
}

void GraphvizGraph::addToCluster(Agraph_s *cluster, const QString &name)
{
    agsubnode(cluster, node(name), 1);
}

int GraphvizGraph::nodeCount() const
{
    return agnnodes(m_graph);
}

int GraphvizGraph::edgeCount() const
{
    return agnedges(m_graph);
}

QByteArray GraphvizGraph::toDot() const
{
    QByteArray dot;
    if (agwrite(m_graph, &dot) != 0)
        throw std::runtime_error("Graphviz could not write the graph");
    return dot;
}

void GraphvizGraph::whileLaidOut(const QString &engine, const std::function<void(GVC_s *)> &use) const
{
    const std::lock_guard<std::mutex> oneAtATime(layoutMutex());
    GVC_t *context = sharedContext();
    if (!context)
        throw std::runtime_error("Graphviz could not start");
    if (gvLayout(context, m_graph, CString(engine).get()) != 0)
        throw std::runtime_error("Graphviz could not lay the graph out with " + engine.toStdString());
    try {
        use(context);
    } catch (...) {
        gvFreeLayout(context, m_graph);
        throw;
    }
    gvFreeLayout(context, m_graph);
}

namespace {

QByteArray renderData(GVC_t *context, Agraph_t *graph, const char *format)
{
    char *data = nullptr;
    unsigned int length = 0; // Debian 12's Graphviz 2.42 counts in unsigned int
    const int rendered = gvRenderData(context, graph, format, &data, &length);
    QByteArray bytes = rendered == 0 && data ? QByteArray(data, qsizetype(length)) : QByteArray();
    if (data)
        gvFreeRenderData(data);
    if (rendered != 0)
        throw std::runtime_error(std::string("Graphviz could not write the layout as ") + format);
    return bytes;
}

} // namespace

std::vector<GraphLayout::Cluster> GraphvizGraph::clusterBoxes() const
{
    // Graphviz counts y upwards from the bottom of the drawing, as the plain format does.
    const boxf whole = GD_bb(m_graph);
    const double height = whole.UR.y - whole.LL.y;
    const QString prefix = QStringLiteral("cluster_");
    std::vector<GraphLayout::Cluster> clusters;
    for (Agraph_t *sub = agfstsubg(m_graph); sub; sub = agnxtsubg(sub)) {
        const QString name = QString::fromUtf8(agnameof(sub));
        if (!name.startsWith(prefix) || !AGDATA(sub))
            continue;
        const boxf box = GD_bb(sub);
        clusters.push_back({name.mid(prefix.size()), QRectF(QPointF(box.LL.x - whole.LL.x, height - (box.UR.y - whole.LL.y)),
                                                            QPointF(box.UR.x - whole.LL.x, height - (box.LL.y - whole.LL.y)))});
    }
    return clusters;
}

GraphLayout GraphvizGraph::layout(const QString &engine) const
{
    GraphLayout layout;
    whileLaidOut(engine, [&](GVC_t *context) {
        layout = GraphLayout::fromPlain(renderData(context, m_graph, "plain"));
        layout.clusters = clusterBoxes();
    });
    return layout;
}

QByteArray GraphvizGraph::render(const QString &engine, const QString &format) const
{
    QByteArray bytes;
    const QByteArray formatName = format.toUtf8();
    whileLaidOut(engine, [&](GVC_t *context) { bytes = renderData(context, m_graph, formatName.constData()); });
    return bytes;
}

} // namespace lgpn
