#include "ImageFilterModel.h"

#include "ImageListModel.h"

namespace lgpn {

ImageFilterModel::ImageFilterModel(ImageListModel *images, QObject *parent)
    : QSortFilterProxyModel(parent)
    , m_images(images)
{
    setSourceModel(images);
    setDynamicSortFilter(true);
    sort(0);
}

void ImageFilterModel::setFilter(const ImageFilter &filter)
{
    m_filter = filter;
    invalidate();
    sort(0, filter.descending ? Qt::DescendingOrder : Qt::AscendingOrder);
}

std::vector<int> ImageFilterModel::shownRows() const
{
    std::vector<int> rows;
    rows.reserve(size_t(rowCount()));
    for (int row = 0; row < rowCount(); ++row)
        rows.push_back(mapToSource(index(row, 0)).row());
    return rows;
}

bool ImageFilterModel::statusAccepts(int sourceRow) const
{
    const ImageListModel::InputCheck check = m_images->inputCheck(sourceRow);
    switch (m_filter.status) {
    case ImageFilter::Status::Any:
        return true;
    case ImageFilter::Status::Failed:
        return m_images->state(sourceRow) == ImageListModel::State::Failed;
    case ImageFilter::Status::Changed:
        return check == ImageListModel::InputCheck::Changed;
    case ImageFilter::Status::Missing:
        return check == ImageListModel::InputCheck::Missing;
    case ImageFilter::Status::ChangedOrMissing:
        return check == ImageListModel::InputCheck::Changed || check == ImageListModel::InputCheck::Missing;
    }
    return true;
}

bool ImageFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &) const
{
    if (!statusAccepts(sourceRow))
        return false;
    const ImageAnalysis *analysis = m_images->analysis(sourceRow);
    const bool analysed = analysis && analysis->ok;
    if (m_filter.minGenerated > 0 && !(analysed && analysis->generatedProbability >= m_filter.minGenerated))
        return false;
    if (m_filter.minNovelty > 0 && !(analysed && analysis->novelty && *analysis->novelty >= m_filter.minNovelty))
        return false;
    if (m_filter.group > 0 && m_images->group(sourceRow) != m_filter.group)
        return false;
    const QModelIndex index = m_images->index(sourceRow);
    return m_filter.folder.isEmpty() || index.data(ImageListModel::FolderRole).toString().contains(m_filter.folder, Qt::CaseInsensitive);
}

QVariant ImageFilterModel::sortValue(int sourceRow) const
{
    const QModelIndex index = m_images->index(sourceRow);
    switch (m_filter.sortKey) {
    case ImageFilter::SortKey::ListOrder:
        return sourceRow;
    case ImageFilter::SortKey::GeneratedProbability:
        return index.data(ImageListModel::GeneratedProbabilityRole);
    case ImageFilter::SortKey::Novelty:
        return index.data(ImageListModel::NoveltyRole);
    case ImageFilter::SortKey::Group: {
        const int group = m_images->group(sourceRow);
        return group > 0 ? QVariant(group) : QVariant();
    }
    case ImageFilter::SortKey::Status:
        // Problems first when ascending: failed, missing, changed, then the rest.
        if (m_images->state(sourceRow) == ImageListModel::State::Failed)
            return 0;
        return m_images->inputCheck(sourceRow) == ImageListModel::InputCheck::Missing ? 1
               : m_images->inputCheck(sourceRow) == ImageListModel::InputCheck::Changed ? 2 : 3;
    case ImageFilter::SortKey::Folder:
        return index.data(ImageListModel::PathRole).toString();
    }
    return sourceRow;
}

bool ImageFilterModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const QVariant a = sortValue(left.row());
    const QVariant b = sortValue(right.row());
    const bool descending = sortOrder() == Qt::DescendingOrder;
    // Rows without a value go last in both orders; ties keep the list order.
    if (a.isValid() != b.isValid())
        return a.isValid() != descending;
    if (!a.isValid() || a == b)
        return (left.row() < right.row()) != descending;
    if (a.typeId() == QMetaType::QString)
        return QString::compare(a.toString(), b.toString(), Qt::CaseInsensitive) < 0;
    return a.toDouble() < b.toDouble();
}

} // namespace lgpn
