// A hyperparameter schema (a bundle's schema.json, a zoo's, `--schema FILE`), then what is built
// from it when a model is made: the node hierarchy.
#include "FuzzTarget.h"

#include "common/InputError.h"
#include "schema/HyperparameterSchema.h"
#include "schema/SchemaHierarchy.h"

#include <stdexcept>

using namespace lgpn;

LGPN_FUZZ_TARGET(schema)
{
    try {
        const HyperparameterSchema schema = HyperparameterSchema::fromJson(bytes, QStringLiteral("fuzz-input"));
        const SchemaHierarchy hierarchy(schema);
        fuzz::require(hierarchy.sizeAt(0) == schema.nodeCount(), "the hierarchy starts at the schema's nodes");
        const HyperparameterSchema again = HyperparameterSchema::fromJson(schema.toJson(), QStringLiteral("fuzz-input (rewritten)"));
        fuzz::require(again == schema, "a schema written back reads the same");
    } catch (const InputError &) {
    } catch (const std::invalid_argument &) {
    }
}
