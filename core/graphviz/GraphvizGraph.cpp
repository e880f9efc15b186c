#include "GraphvizGraph.h"

#include <graphviz/cgraph.h>
#include <graphviz/gvc.h>

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

void GraphvizGraph::addEdge(const QString &tail, const QString &head, const QString &label)
{
    Agedge_t *edge = agedge(m_graph, node(tail), node(head), nullptr, 1);
    if (!label.isEmpty()) {
        CString empty{QString()};
        agsafeset(edge, CString(QStringLiteral("label")).get(), CString(label).get(), empty.get());
    }
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

GraphLayout GraphvizGraph::layout(const QString &engine) const
{
    // One gvc context per layout: layouts are rare (a view switching graphs) and contexts are
    // not shared between threads.
    std::unique_ptr<GVC_t, int (*)(GVC_t *)> context(gvContext(), gvFreeContext);
    if (!context)
        throw std::runtime_error("Graphviz could not start");
    if (gvLayout(context.get(), m_graph, CString(engine).get()) != 0)
        throw std::runtime_error("Graphviz could not lay the graph out with " + engine.toStdString());
    char *data = nullptr;
    unsigned int length = 0; // Debian 12's Graphviz 2.42 counts in unsigned int
    const int rendered = gvRenderData(context.get(), m_graph, "plain", &data, &length);
    QByteArray plain = rendered == 0 && data ? QByteArray(data, qsizetype(length)) : QByteArray();
    if (data)
        gvFreeRenderData(data);
    gvFreeLayout(context.get(), m_graph);
    if (rendered != 0)
        throw std::runtime_error("Graphviz could not write the layout");
    return GraphLayout::fromPlain(plain);
}

} // namespace lgpn
