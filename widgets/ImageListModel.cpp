#include "ImageListModel.h"

#include "ExactNameText.h"
#include "ThumbnailCache.h"

#include "common/NativePath.h"

#include <QApplication>
#include <QFileInfo>
#include <QIcon>
#include <QPainter>
#include <QPalette>
#include <QStyle>

namespace lgpn {

namespace {

// The folder part of a path, by bytes (empty for a bare name).
QByteArray folderOf(const QByteArray &nativePath)
{
    return nativePath.left(std::max<qsizetype>(nativePath.lastIndexOf('/'), 0));
}

} // namespace

ImageListModel::ImageListModel(QObject *parent)
    : QAbstractListModel(parent)
    , m_thumbnails(new ThumbnailCache(96, this))
{
    connect(m_thumbnails, &ThumbnailCache::thumbnailReady, this, &ImageListModel::thumbnailReady);
}

int ImageListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

QVariant ImageListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= int(m_items.size()))
        return {};
    const Item &item = m_items[size_t(index.row())];
    switch (role) {
    case Qt::DisplayRole:
        return displayText(item);
    case Qt::DecorationRole: {
        if (item.state == State::Failed)
            return QApplication::style()->standardIcon(QStyle::SP_MessageBoxCritical);
        const QImage image = m_thumbnails->thumbnail(item.nativePath);
        if (image.isNull())
            return QVariant();
        return QIcon(QPixmap::fromImage(image));
    }
    case Qt::ToolTipRole:
        return toolTip(item);
    case Qt::ForegroundRole:
        if (item.state == State::Failed || item.check == InputCheck::Changed || item.check == InputCheck::Missing)
            return QColor(200, 40, 40);
        if (item.state != State::Analysed)
            return QApplication::palette().color(QPalette::Disabled, QPalette::Text);
        return {};
    case StateRole:
        return int(item.state);
    case PathRole:
        return item.path;
    case GeneratedProbabilityRole:
        return item.state == State::Analysed ? QVariant(item.analysis->generatedProbability) : QVariant();
    case NoveltyRole:
        return item.state == State::Analysed && item.analysis->novelty ? QVariant(*item.analysis->novelty) : QVariant();
    case InputCheckRole:
        return int(item.check);
    case GroupRole:
        return item.group;
    case FolderRole:
        return QFileInfo(item.path).path();
    default:
        return {};
    }
}

// The name, with what an investigator must see without opening the image: an input that changed
// or went missing since the analysis, and an image unlike the generators the model was trained on.
QString ImageListModel::displayText(const Item &item) const
{
    QString text = QFileInfo(item.path).fileName();
    if (item.check == InputCheck::Changed)
        text = tr("%1 (changed since the analysis)").arg(text);
    else if (item.check == InputCheck::Missing)
        text = tr("%1 (missing)").arg(text);
    if (item.state == State::Analysed && item.analysis->novelty)
        text += item.analysis->unlikeTraining() ? tr("  ·  novelty %1 ⚠").arg(*item.analysis->novelty, 0, 'f', 2)
                                                : tr("  ·  novelty %1").arg(*item.analysis->novelty, 0, 'f', 2);
    return text;
}

QString ImageListModel::toolTip(const Item &item) const
{
    // The exact name beside the display one, when they differ, to match the file on the drive.
    QString text = ExactNameText::under(item.path, item.nativePath);
    switch (item.state) {
    case State::Pending:
        text += u'\n' + tr("Waiting for analysis");
        break;
    case State::Analysed:
        text += u'\n' + tr("Generated: %1 %  ·  %2×%3 px, %4 crop(s)")
                            .arg(item.analysis->generatedProbability * 100, 0, 'f', 1)
                            .arg(item.analysis->width)
                            .arg(item.analysis->height)
                            .arg(item.analysis->cropCount);
        if (!item.analysis->novelty)
            text += u'\n' + tr("Novelty: — (the model cannot tell)");
        else if (item.analysis->unlikeTraining())
            text += u'\n' + tr("Novelty %1: unlike the generators the model was trained on; its hyperparameters are extrapolations")
                                .arg(*item.analysis->novelty, 0, 'f', 2);
        else
            text += u'\n' + tr("Novelty %1").arg(*item.analysis->novelty, 0, 'f', 2);
        break;
    case State::Failed:
        text += u'\n' + tr("Cannot be analysed: %1").arg(item.analysis->error);
        break;
    case State::NotAnalysed:
        text += u'\n' + tr("Not analysed: %1").arg(item.reason);
        break;
    }
    if (item.check == InputCheck::Changed)
        text += u'\n' + tr("The file changed since the analysis: its SHA-256 differs from the case's.");
    else if (item.check == InputCheck::Missing)
        text += u'\n' + tr("The file is missing: it is no longer where the case says.");
    return text;
}

int ImageListModel::append(const QList<QByteArray> &nativePaths)
{
    const int first = int(m_items.size());
    if (nativePaths.isEmpty())
        return first;
    beginInsertRows(QModelIndex(), first, first + int(nativePaths.size()) - 1);
    m_items.reserve(m_items.size() + size_t(nativePaths.size()));
    for (const QByteArray &nativePath : nativePaths) {
        m_rowOfPath.insert(nativePath, int(m_items.size()));
        m_items.push_back({NativePath::display(nativePath), nativePath, State::Pending, {}, {}, InputCheck::NotChecked, 0,
                           m_previous.value(nativePath)});
    }
    endInsertRows();
    return first;
}

void ImageListModel::setResult(int row, const ImageAnalysis &analysis)
{
    if (row < 0 || row >= int(m_items.size()))
        return;
    Item &item = m_items[size_t(row)];
    item.analysis = std::make_shared<const ImageAnalysis>(analysis);
    item.state = analysis.ok ? State::Analysed : State::Failed;
    const QModelIndex changed = index(row);
    emit dataChanged(changed, changed);
}

int ImageListModel::appendResults(const std::vector<ImageAnalysis> &analyses)
{
    QList<QByteArray> paths;
    for (const ImageAnalysis &analysis : analyses)
        paths << NativePath::bytesOf(analysis.path, analysis.pathBytes);
    const int first = append(paths);
    for (size_t i = 0; i < analyses.size(); ++i)
        setResult(first + int(i), analyses[i]);
    return first;
}

void ImageListModel::setInputCheck(int row, InputCheck check)
{
    if (row < 0 || row >= int(m_items.size()))
        return;
    m_items[size_t(row)].check = check;
    emit dataChanged(index(row), index(row));
}

int ImageListModel::count(InputCheck check) const
{
    return int(std::count_if(m_items.begin(), m_items.end(), [check](const Item &item) { return item.check == check; }));
}

void ImageListModel::setGroups(const std::vector<std::vector<int>> &groups)
{
    for (Item &item : m_items)
        item.group = 0;
    for (size_t g = 0; g < groups.size(); ++g) {
        for (int row : groups[g]) {
            if (row >= 0 && row < int(m_items.size()))
                m_items[size_t(row)].group = int(g) + 1;
        }
    }
    if (!m_items.empty())
        emit dataChanged(index(0), index(int(m_items.size()) - 1), {GroupRole});
}

QHash<QByteArray, std::shared_ptr<const ImageAnalysis>> ImageListModel::takeResultsAsPrevious() const
{
    QHash<QByteArray, std::shared_ptr<const ImageAnalysis>> results;
    for (const Item &item : m_items) {
        if (item.analysis)
            results.insert(item.nativePath, item.analysis);
    }
    return results;
}

void ImageListModel::dropPreviousResults()
{
    m_previous.clear();
    for (Item &item : m_items)
        item.previous.reset();
    if (!m_items.empty())
        emit dataChanged(index(0), index(int(m_items.size()) - 1));
}

void ImageListModel::markPending(const QString &reason, int fromRow)
{
    for (int row = std::max(0, fromRow); row < int(m_items.size()); ++row) {
        Item &item = m_items[size_t(row)];
        if (item.state == State::Pending) {
            item.state = State::NotAnalysed;
            item.reason = reason;
            emit dataChanged(index(row), index(row));
        }
    }
}

void ImageListModel::clear()
{
    beginResetModel();
    m_items.clear();
    m_rowOfPath.clear();
    endResetModel();
}

const ImageAnalysis *ImageListModel::analysis(int row) const
{
    if (row < 0 || row >= int(m_items.size()))
        return nullptr;
    const Item &item = m_items[size_t(row)];
    return item.state == State::Analysed || item.state == State::Failed ? item.analysis.get() : nullptr;
}

std::shared_ptr<const ImageAnalysis> ImageListModel::sharedAnalysis(int row) const
{
    return analysis(row) ? m_items[size_t(row)].analysis : nullptr;
}

int ImageListModel::count(State state) const
{
    return int(std::count_if(m_items.begin(), m_items.end(), [state](const Item &item) { return item.state == state; }));
}

std::vector<int> ImageListModel::analysedRows() const
{
    std::vector<int> rows;
    for (size_t row = 0; row < m_items.size(); ++row) {
        if (m_items[row].state == State::Analysed)
            rows.push_back(int(row));
    }
    return rows;
}

QList<QByteArray> ImageListModel::nativePaths() const
{
    QList<QByteArray> result;
    result.reserve(qsizetype(m_items.size()));
    for (const Item &item : m_items)
        result << item.nativePath;
    return result;
}

QList<QByteArray> ImageListModel::analysedPeers(int row, int limit) const
{
    QList<QByteArray> peers;
    if (row < 0 || row >= int(m_items.size()))
        return peers;
    const QByteArray folder = folderOf(m_items[size_t(row)].nativePath);
    for (size_t other = 0; other < m_items.size() && peers.size() < limit; ++other) {
        const Item &item = m_items[other];
        if (int(other) != row && item.state == State::Analysed && folderOf(item.nativePath) == folder)
            peers << item.nativePath;
    }
    return peers;
}

void ImageListModel::thumbnailReady(const QByteArray &nativePath)
{
    const auto found = m_rowOfPath.find(nativePath);
    if (found != m_rowOfPath.end()) {
        const QModelIndex changed = index(found.value());
        emit dataChanged(changed, changed, {Qt::DecorationRole});
    }
}

} // namespace lgpn
