#pragma once

#include "ImageFilter.h"

#include <QSortFilterProxyModel>

#include <vector>

namespace lgpn {

class ImageListModel;

// The image list as an ImageFilter asks: rows hidden by P(generated), novelty, similarity
// group, status (failed, changed, missing) and folder, sorted by one of them. Rows keep their
// source numbers everywhere else in the studio; mapToSource turns a shown row into one.
class ImageFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit ImageFilterModel(ImageListModel *images, QObject *parent = nullptr);

    void setFilter(const ImageFilter &filter);
    const ImageFilter &filter() const { return m_filter; }
    bool acceptsRow(int sourceRow) const { return filterAcceptsRow(sourceRow, QModelIndex()); }
    // The source rows shown, in the shown order.
    std::vector<int> shownRows() const;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    bool statusAccepts(int sourceRow) const;
    // The value a row is sorted by; rows without one (failed, cannot tell) sort last either way.
    QVariant sortValue(int sourceRow) const;

    ImageListModel *m_images;
    ImageFilter m_filter;
};

} // namespace lgpn
