// RED label tables (architecture_labels.txt, loss_labels.txt, test_sets.txt) against RED140's
// schema. The input holds the three texts separated by form feeds (test sets optional).
#include "FuzzTarget.h"

#include "common/InputError.h"
#include "labels/RedLabelTable.h"

using namespace lgpn;

LGPN_FUZZ_TARGET(red_labels)
{
    static const HyperparameterSchema schema = HyperparameterSchema::red140();
    const QList<QByteArray> parts = bytes.split('\f');
    RedLabelTable::Texts texts;
    texts.architecture = parts.value(0);
    texts.losses = parts.value(1);
    if (parts.size() > 2)
        texts.testSets = parts.value(2);
    try {
        const RedLabelTable table = RedLabelTable::parse(texts, QStringLiteral("fuzz-input"), schema);
        for (const GmLabels &gm : table.models())
            fuzz::require(int(gm.nodes.size()) == schema.nodeCount(), "every GM has one value per node");
        for (const std::vector<int> &set : table.testSets())
            for (int gm : set)
                fuzz::require(gm >= 0 && gm < int(table.models().size()), "test sets name listed GMs");
    } catch (const InputError &) {
    }
}
