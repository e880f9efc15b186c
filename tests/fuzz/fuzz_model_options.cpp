// A bundle's options.json as ModelBundle::load reads it: a JSON object of strings, then
// LgpnOptions::fromKeyValues, which validates them.
#include "FuzzTarget.h"

#include "LgpnOptions.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <stdexcept>

using namespace lgpn;

LGPN_FUZZ_TARGET(model_options)
{
    const QJsonObject object = QJsonDocument::fromJson(bytes).object();
    std::vector<std::pair<std::string, std::string>> keyValues;
    for (auto it = object.begin(); it != object.end(); ++it)
        keyValues.emplace_back(it.key().toStdString(), it.value().toString().toStdString());
    try {
        const LgpnOptions options = LgpnOptions::fromKeyValues(keyValues);
        const LgpnOptions again = LgpnOptions::fromKeyValues(options.toKeyValues());
        fuzz::require(again.toKeyValues() == options.toKeyValues(), "options written back read the same");
    } catch (const std::invalid_argument &) {
    }
}
