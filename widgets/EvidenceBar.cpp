#include "EvidenceBar.h"

#include "SchemaText.h"

#include "analysis/StrongestNodes.h"

#include <QComboBox>
#include <QEvent>
#include <QGridLayout>
#include <QLabel>
#include <QSignalBlocker>
#include <QSlider>

namespace lgpn {

EvidenceBar::EvidenceBar(QWidget *parent)
    : QWidget(parent)
    , m_nodes(new QComboBox(this))
    , m_opacity(new QSlider(Qt::Horizontal, this))
    , m_opacityLabel(new QLabel(this))
    , m_status(new QLabel(this))
{
    m_nodes->setObjectName(QStringLiteral("evidenceNode"));
    m_opacity->setObjectName(QStringLiteral("evidenceOpacity"));
    m_opacity->setRange(0, 100);
    m_opacity->setValue(70);
    m_status->setObjectName(QStringLiteral("evidenceStatus"));
    m_status->setWordWrap(true);
    auto *layout = new QGridLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    // Chooser and slider keep their size on the left; the legend takes the panel's width, so that
    // it stays on one line in every language (under the preview alone it wrapped and was cut).
    m_nodes->setMinimumWidth(220);
    m_opacity->setMaximumWidth(160);
    layout->addWidget(m_nodes, 0, 0, 1, 2);
    layout->addWidget(m_opacityLabel, 1, 0);
    layout->addWidget(m_opacity, 1, 1);
    layout->addWidget(m_status, 2, 0, 1, 3);
    layout->setColumnStretch(2, 1);
    connect(m_nodes, &QComboBox::currentIndexChanged, this, [this] { emit nodeChosen(node()); });
    connect(m_opacity, &QSlider::valueChanged, this, [this] { emit opacityChanged(opacity()); });
    retranslate();
}

void EvidenceBar::setNodes(const HyperparameterSchema &schema, const ImageAnalysis &analysis)
{
    const QSignalBlocker blocker(m_nodes);
    m_nodes->clear();
    m_nodes->addItem(QString(), -1);
    for (int node : StrongestNodes::of(schema, analysis.nodeProbabilities, schema.nodeCount()))
        m_nodes->addItem(QStringLiteral("%1 (%2)").arg(schemaText(schema.node(node).displayName))
                             .arg(analysis.nodeProbabilities[size_t(node)], 0, 'f', 2), node);
    retranslate();
    m_status->clear();
}

int EvidenceBar::node() const
{
    return m_nodes->currentIndex() < 0 ? -1 : m_nodes->currentData().toInt();
}

double EvidenceBar::opacity() const
{
    return m_opacity->value() / 100.0;
}

void EvidenceBar::setStatus(const QString &text)
{
    m_status->setText(text);
}

void EvidenceBar::retranslate()
{
    if (m_nodes->count() > 0)
        m_nodes->setItemText(0, tr("Evidence map: none"));
    m_nodes->setToolTip(tr("Overlay which pixels drive a node's probability (gradient × input of its logit against the image's "
                           "blur, averaged over the crops the model read)"));
    m_opacityLabel->setText(tr("Opacity"));
}

void EvidenceBar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace lgpn
