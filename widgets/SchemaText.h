#pragma once

#include <QString>

namespace lgpn {

// A name from the hyperparameter schema (data, in English) in the interface's language. The
// names of the embedded RED140 schema, which the zoo schemas share, are translated; any other
// name shows as it is.
QString schemaText(const QString &english);

} // namespace lgpn
