#pragma once

#include <QString>

namespace lgpn {

// What the image list shows of a big case, and in which order: plain data that the filter bar
// edits and ImageFilterModel applies (to the list and to the similarity view).
struct ImageFilter
{
    enum class Status { Any, Failed, Changed, Missing, ChangedOrMissing };
    enum class SortKey { ListOrder, GeneratedProbability, Novelty, Group, Status, Folder };

    double minGenerated = 0;   // P(generated) at least this; 0 keeps failed and pending rows too
    double minNovelty = 0;     // novelty at least this; above 0, images the model cannot tell about are hidden
    int group = 0;             // similarity group (1-based); 0: any
    Status status = Status::Any;
    QString folder;            // part of the folder's path, case-insensitive; empty: any
    SortKey sortKey = SortKey::ListOrder;
    bool descending = false;

    bool filtersAnything() const
    {
        return minGenerated > 0 || minNovelty > 0 || group > 0 || status != Status::Any || !folder.isEmpty();
    }
};

} // namespace lgpn
