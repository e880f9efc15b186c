#include "CsvReportWriter.h"

#include "common/NativePath.h"

namespace lgpn {

CsvReportWriter::CsvReportWriter(const QString &path, bool force, const ReportContext &context)
    : m_output(path, force)
    , m_context(context)
{
    QStringList columns{QStringLiteral("path"), QStringLiteral("path_bytes"), QStringLiteral("sha256"), QStringLiteral("file_size"),
                        QStringLiteral("format"), QStringLiteral("width"), QStringLiteral("height"), QStringLiteral("status"), QStringLiteral("error"),
                        QStringLiteral("notes"), QStringLiteral("generated_probability"), QStringLiteral("crop_count"),
                        QStringLiteral("crop_agreement")};
    for (const SchemaNode &node : context.schema.nodes())
        columns << QStringLiteral("p_") + node.id << QStringLiteral("auc_") + node.id;
    for (int group : context.schema.groupsOfKind(GroupKind::Continuous))
        columns << context.schema.group(group).id + QStringLiteral("_value") << context.schema.group(group).id + QStringLiteral("_range");
    columns << QStringLiteral("unreliable_nodes") << QStringLiteral("novelty") << QStringLiteral("unlike_training");
    m_output.write(columns.join(u',').toUtf8() + "\r\n");
}

QString CsvReportWriter::field(const QString &text)
{
    if (!text.contains(u',') && !text.contains(u'"') && !text.contains(u'\n') && !text.contains(u'\r'))
        return text;
    return u'"' + QString(text).replace(u'"', QStringLiteral("\"\"")) + u'"';
}

void CsvReportWriter::add(const ImageAnalysis &a)
{
    // path_bytes: base64 of the exact name where `path` shows U+FFFD for bytes that are not UTF-8.
    QStringList row{field(a.path), QString::fromLatin1(NativePath::exactBytesIfLossy(a.path, a.pathBytes).toBase64()),
                    QString::fromLatin1(a.sha256), QString::number(a.fileSize), field(a.format),
                    QString::number(a.width), QString::number(a.height), a.ok ? QStringLiteral("ok") : QStringLiteral("error"),
                    field(a.error), field(a.notes.join(QStringLiteral("; ")))};
    if (a.ok) {
        row << QString::number(a.generatedProbability, 'f', 6) << QString::number(a.cropCount) << QString::number(a.cropAgreement, 'f', 6);
        const NodeReliability &reliability = m_context.nodeReliability;
        for (int n = 0; n < m_context.schema.nodeCount(); ++n) {
            const std::optional<double> auc = reliability.auc(m_context.schema.node(n).id);
            row << (n < int(a.nodeProbabilities.size()) ? QString::number(a.nodeProbabilities[size_t(n)], 'f', 6) : QString())
                << (auc ? QString::number(*auc, 'f', 4) : QString());
        }
        for (const ContinuousFinding &finding : continuousFindings(m_context.schema, a))
            row << QString::number(finding.value, 'g', 6) << field(finding.range);
        row << field(reliability.unreliableNodes(m_context.schema).join(u';'));
        // Empty where the model cannot tell.
        row << (a.novelty ? QString::number(*a.novelty, 'f', 4) : QString())
            << (a.novelty ? QString::number(a.unlikeTraining() ? 1 : 0) : QString());
    } else {
        const int empty = 3 + 2 * m_context.schema.nodeCount() + 2 * int(m_context.schema.groupsOfKind(GroupKind::Continuous).size()) + 1 + 2;
        for (int i = 0; i < empty; ++i)
            row << QString();
    }
    m_output.write(row.join(u',').toUtf8() + "\r\n");
}

void CsvReportWriter::finish(const BatchSummary &, const SimilarityReport &)
{
    m_output.commit();
}

} // namespace lgpn
