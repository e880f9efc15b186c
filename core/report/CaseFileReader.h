#pragma once

#include "CaseFile.h"

#include <QByteArray>
#include <QString>

namespace lgpn {

class HyperparameterSchema;

// Reads a JSON report of `lgpn analyze` (JsonReportWriter's format) back into a CaseFile. Strict:
// anything the writer would not have written (malformed JSON, a member missing or of the wrong
// type, a probability outside [0, 1], a node the schema does not have, a group naming an image
// that is not there) is refused with an InputError naming the file and the reason. Never trusts
// the bytes: any input either parses or throws.
class CaseFileReader
{
public:
    // Larger than any real case (10,000 images take about 60 MB); Qt's JSON parser holds it all.
    static constexpr qint64 kMaxCaseBytes = qint64(1) << 30;

    // Node ids are mapped to `schema`'s indices (the loaded model's, or red140).
    static CaseFile read(const QString &path, const HyperparameterSchema &schema);
    // The same from the file's bytes; `sourceName` names it in errors.
    static CaseFile parse(const QByteArray &json, const QString &sourceName, const HyperparameterSchema &schema);
};

} // namespace lgpn
