#include "JsonReportWriter.h"

#include "common/NativePath.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <cmath>

namespace lgpn {

namespace {

QJsonValue rounded(double value)
{
    return std::isfinite(value) ? QJsonValue(std::round(value * 1e6) / 1e6) : QJsonValue();
}

// true, false, or null when the model does not say.
QJsonValue reliableJson(NodeReliability::Verdict verdict)
{
    return verdict == NodeReliability::Verdict::Unknown ? QJsonValue() : QJsonValue(verdict == NodeReliability::Verdict::Reliable);
}

QByteArray compact(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

} // namespace

JsonReportWriter::JsonReportWriter(const QString &path, bool force, const ReportContext &context)
    : m_output(path, force)
    , m_context(context)
{
    // The header's members, then the image list left open.
    QByteArray head = compact(header(context));
    head.chop(1);
    m_output.write(head + ",\"images\":[\n");
}

QJsonObject JsonReportWriter::header(const ReportContext &context)
{
    return QJsonObject{
        {QStringLiteral("format"), QStringLiteral("lgpn-analysis")},
        {QStringLiteral("formatVersion"), 1},
        {QStringLiteral("tool"), QJsonObject{{QStringLiteral("name"), QStringLiteral("lgpn")}, {QStringLiteral("version"), context.toolVersion}}},
        {QStringLiteral("model"), QJsonObject{{QStringLiteral("id"), context.modelId},
                                              {QStringLiteral("path"), context.modelPath},
                                              {QStringLiteral("sha256"), context.modelSha256},
                                              {QStringLiteral("schema"), context.schema.name()},
                                              {QStringLiteral("description"), context.modelDescription},
                                              {QStringLiteral("trainingData"), context.modelTrainingData},
                                              {QStringLiteral("nodeReliability"), context.nodeReliability.toJson()}}},
        {QStringLiteral("device"), context.device},
        {QStringLiteral("startedUtc"), context.startedUtc},
        {QStringLiteral("threshold"), context.threshold},
        {QStringLiteral("similarityThreshold"), context.similarityThreshold},
        {QStringLiteral("crops"), context.crops},
    };
}

QJsonObject JsonReportWriter::imageJson(const ReportContext &context, const ImageAnalysis &analysis)
{
    QJsonObject image{{QStringLiteral("path"), analysis.path},
                      {QStringLiteral("sha256"), QString::fromLatin1(analysis.sha256)},
                      {QStringLiteral("fileSize"), analysis.fileSize},
                      {QStringLiteral("format"), analysis.format},
                      {QStringLiteral("width"), analysis.width},
                      {QStringLiteral("height"), analysis.height},
                      {QStringLiteral("notes"), QJsonArray::fromStringList(analysis.notes)},
                      {QStringLiteral("status"), analysis.ok ? QStringLiteral("ok") : QStringLiteral("error")}};
    // The exact name, where `path` shows U+FFFD for bytes that are not UTF-8.
    if (const QByteArray exact = NativePath::exactBytesIfLossy(analysis.path, analysis.pathBytes); !exact.isEmpty())
        image.insert(QStringLiteral("pathBytes"), QString::fromLatin1(exact.toBase64()));
    if (!analysis.ok) {
        image.insert(QStringLiteral("error"), analysis.error);
        return image;
    }
    image.insert(QStringLiteral("generatedProbability"), rounded(analysis.generatedProbability));
    image.insert(QStringLiteral("generated"), analysis.generatedProbability >= context.threshold);
    image.insert(QStringLiteral("cropCount"), analysis.cropCount);
    image.insert(QStringLiteral("cropAgreement"), rounded(analysis.cropAgreement));
    // null: the model cannot tell (its bundle has no novelty model).
    image.insert(QStringLiteral("novelty"), analysis.novelty ? rounded(*analysis.novelty) : QJsonValue());
    image.insert(QStringLiteral("unlikeTraining"), analysis.novelty ? QJsonValue(analysis.unlikeTraining()) : QJsonValue());
    QJsonArray nodes;
    const HyperparameterSchema &schema = context.schema;
    for (int n = 0; n < schema.nodeCount() && n < int(analysis.nodeProbabilities.size()); ++n) {
        const double probability = analysis.nodeProbabilities[size_t(n)];
        const QString &id = schema.node(n).id;
        const std::optional<double> auc = context.nodeReliability.auc(id);
        nodes.append(QJsonObject{{QStringLiteral("id"), id},
                                 {QStringLiteral("group"), schema.group(schema.node(n).group).id},
                                 {QStringLiteral("probability"), rounded(probability)},
                                 {QStringLiteral("decision"), probability >= context.threshold},
                                 {QStringLiteral("heldOutAuc"), auc ? rounded(*auc) : QJsonValue()},
                                 {QStringLiteral("reliableForUnseenGenerators"), reliableJson(context.nodeReliability.isReliable(id))}});
    }
    image.insert(QStringLiteral("nodes"), nodes);
    QJsonArray continuous;
    for (const ContinuousFinding &finding : continuousFindings(schema, analysis)) {
        continuous.append(QJsonObject{{QStringLiteral("id"), finding.id},
                                      {QStringLiteral("unit"), finding.unit},
                                      {QStringLiteral("value"), rounded(finding.value)},
                                      {QStringLiteral("normalised"), rounded(finding.normalised)},
                                      {QStringLiteral("range"), finding.range},
                                      {QStringLiteral("rangeProbability"), rounded(finding.rangeProbability)}});
    }
    image.insert(QStringLiteral("continuous"), continuous);
    return image;
}

void JsonReportWriter::add(const ImageAnalysis &analysis)
{
    m_output.write((m_images++ > 0 ? QByteArrayLiteral(",\n") : QByteArray()) + compact(imageJson(m_context, analysis)));
}

void JsonReportWriter::finish(const BatchSummary &summary, const SimilarityReport &similarity)
{
    QJsonArray images;
    for (int index : similarity.images)
        images.append(index);
    QJsonArray order;
    for (int index : similarity.order)
        order.append(index);
    QJsonArray matrix;
    for (int row = 0; row < similarity.matrix.rows; ++row) {
        QJsonArray values;
        for (int column = 0; column < similarity.matrix.columns; ++column)
            values.append(std::round(similarity.matrix.at(row, column) * 1e4) / 1e4);
        matrix.append(values);
    }
    QJsonArray groups;
    for (const std::vector<int> &group : similarity.groups) {
        QJsonArray members;
        for (int index : group)
            members.append(index);
        groups.append(members);
    }
    QJsonObject similarityJson{{QStringLiteral("threshold"), m_context.similarityThreshold},
                               {QStringLiteral("images"), images},
                               {QStringLiteral("matrix"), matrix},
                               {QStringLiteral("clusterOrder"), order},
                               {QStringLiteral("groups"), groups}};
    if (!similarity.note.isEmpty())
        similarityJson.insert(QStringLiteral("note"), similarity.note);
    const QJsonObject summaryJson{{QStringLiteral("files"), summary.files},
                                  {QStringLiteral("analysed"), summary.analysed},
                                  {QStringLiteral("failed"), summary.failed},
                                  {QStringLiteral("cancelled"), summary.cancelled},
                                  {QStringLiteral("seconds"), rounded(summary.seconds)},
                                  {QStringLiteral("finishedUtc"), summary.finishedUtc}};
    m_output.write("\n],\"similarity\":" + compact(similarityJson) + ",\"summary\":" + compact(summaryJson) + "}\n");
    m_output.commit();
}

} // namespace lgpn
