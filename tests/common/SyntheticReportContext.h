#pragma once

#include "report/ReportContext.h"
#include "schema/HyperparameterSchema.h"

// The context of a report written by a test without a model: RED140's schema, a fixed start time.
inline lgpn::ReportContext syntheticReportContext(const QString &toolVersion = QStringLiteral("test"))
{
    lgpn::ReportContext context;
    context.toolVersion = toolVersion;
    context.modelId = QStringLiteral("synthetic");
    context.schema = lgpn::HyperparameterSchema::red140();
    context.startedUtc = QStringLiteral("2024-01-01T00:00:00Z");
    return context;
}
