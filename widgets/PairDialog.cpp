#include "PairDialog.h"

#include "ExactNameText.h"
#include "SchemaText.h"
#include "ThumbnailCache.h"

#include "analysis/PairSimilarity.h"
#include "common/NativePath.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QGridLayout>
#include <QLabel>
#include <QVBoxLayout>

#include <algorithm>

namespace lgpn {

namespace {

// The predicted hyperparameters (nodes at or above the threshold), strongest first.
QString predictions(const HyperparameterSchema &schema, const ImageAnalysis &analysis, double threshold,
                    const NodeReliability &reliability)
{
    std::vector<std::pair<float, int>> decided;
    for (int node = 0; node < int(analysis.nodeProbabilities.size()) && node < schema.nodeCount(); ++node) {
        if (analysis.nodeProbabilities[size_t(node)] >= threshold)
            decided.emplace_back(analysis.nodeProbabilities[size_t(node)], node);
    }
    std::sort(decided.begin(), decided.end(), [](const auto &x, const auto &y) { return x.first > y.first; });
    QStringList lines;
    for (const auto &[p, node] : decided) {
        // Range nodes already carry their parameter's name ("Layers (high)"); others need their group's.
        const QString group = schemaText(schema.group(schema.node(node).group).displayName);
        const QString name = schemaText(schema.node(node).displayName);
        QString line = QStringLiteral("%1: %2").arg(name.startsWith(group) ? name : group + QStringLiteral(" — ") + name).arg(double(p), 0, 'f', 2);
        const QString &id = schema.node(node).id;
        if (reliability.isReliable(id) == NodeReliability::Verdict::NotReliable)
            line += u' ' + PairDialog::tr("(not reliable for unseen generators: held-out AUC %1)").arg(reliability.aucText(*reliability.auc(id)));
        lines << line;
    }
    return lines.join(u'\n');
}

} // namespace

PairDialog::PairDialog(const HyperparameterSchema &schema, const ImageAnalysis &a, const ImageAnalysis &b, double threshold,
                       const NodeReliability &reliability, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Compare two images"));
    auto *grid = new QGridLayout;
    int column = 0;
    for (const ImageAnalysis *analysis : {&a, &b}) {
        auto *image = new QLabel(this);
        const QByteArray exactPath = NativePath::bytesOf(analysis->path, analysis->pathBytes);
        const QImage preview = ThumbnailCache::load(exactPath, 256);
        image->setPixmap(QPixmap::fromImage(preview));
        image->setAlignment(Qt::AlignCenter);
        image->setMinimumSize(260, 260);
        auto *name = new QLabel(QStringLiteral("<b>%1</b><br>%2").arg(QString(QFileInfo(analysis->path).dir().dirName() + u'/' + QFileInfo(analysis->path).fileName()).toHtmlEscaped(),
                                                                       tr("generated %1 %").arg(analysis->generatedProbability * 100, 0, 'f', 1)),
                                this);
        name->setToolTip(ExactNameText::under(analysis->path, exactPath));
        auto *text = new QLabel(predictions(schema, *analysis, threshold, reliability), this);
        text->setTextInteractionFlags(Qt::TextSelectableByMouse);
        text->setAlignment(Qt::AlignTop | Qt::AlignLeft);
        grid->addWidget(image, 0, column);
        grid->addWidget(name, 1, column);
        grid->addWidget(text, 2, column);
        ++column;
    }
    auto *similarity = new QLabel(tr("Cosine similarity of the predicted hyperparameters: <b>%1</b>")
                                      .arg(PairSimilarity::cosine(a.nodeProbabilities, b.nodeProbabilities), 0, 'f', 3),
                                  this);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(similarity);
    layout->addLayout(grid, 1);
    layout->addWidget(buttons);
}

} // namespace lgpn
