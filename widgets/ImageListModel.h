#pragma once

#include "analysis/ImageAnalysis.h"
#include "report/CaseInputCheck.h"

#include <QAbstractListModel>
#include <QHash>

#include <memory>

namespace lgpn {

class ThumbnailCache;

// The files loaded in the studio, one row each, with their state and, once analysed, their
// result. Thumbnails come from a ThumbnailCache as rows are shown.
class ImageListModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum class State { Pending, Analysed, Failed, NotAnalysed };
    enum Role {
        StateRole = Qt::UserRole + 1,
        PathRole,
        GeneratedProbabilityRole,
        NoveltyRole,     // empty when the model cannot tell
        InputCheckRole,  // CaseInputCheck::Result, as int
        GroupRole,       // 1-based similarity group, 0 for none
        FolderRole,      // the folder, for people
    };
    using InputCheck = CaseInputCheck::Result;

    explicit ImageListModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

    // Appends files named by their exact bytes (NativePath), pending; returns the row of the first.
    int append(const QList<QByteArray> &nativePaths);
    void setResult(int row, const ImageAnalysis &analysis);
    // Appends finished results (a reopened case): analysed or failed, their inputs not yet checked.
    int appendResults(const std::vector<ImageAnalysis> &analyses);
    void setInputCheck(int row, InputCheck check);
    InputCheck inputCheck(int row) const { return m_items[size_t(row)].check; }
    int count(InputCheck check) const;
    // Similarity groups as lists of rows; rows in none get group 0.
    void setGroups(const std::vector<std::vector<int>> &groups);
    int group(int row) const { return m_items[size_t(row)].group; }
    // A case analysed again keeps its old results beside the new ones until it is saved: taken
    // from the rows by their exact path, then given to the rows of the new analysis as they come.
    QHash<QByteArray, std::shared_ptr<const ImageAnalysis>> takeResultsAsPrevious() const;
    void setPreviousResults(const QHash<QByteArray, std::shared_ptr<const ImageAnalysis>> &previous) { m_previous = previous; }
    void dropPreviousResults();
    // The old result of a row analysed again; nullptr when there is none.
    std::shared_ptr<const ImageAnalysis> previous(int row) const { return m_items[size_t(row)].previous; }
    // Rows still pending become "not analysed" with this reason (cancelled, model failed).
    void markPending(const QString &reason, int fromRow = 0);
    void clear();

    State state(int row) const { return m_items[size_t(row)].state; }
    // For people: U+FFFD where a byte of the name is not UTF-8.
    const QString &path(int row) const { return m_items[size_t(row)].path; }
    // The exact bytes that open the file.
    const QByteArray &nativePath(int row) const { return m_items[size_t(row)].nativePath; }
    // The result of an analysed or failed row (ok tells which); nullptr while pending.
    const ImageAnalysis *analysis(int row) const;
    // The same, shared: a worker thread can read it while the list changes (report export).
    std::shared_ptr<const ImageAnalysis> sharedAnalysis(int row) const;
    int count(State state) const;
    // Rows of the analysed files, in list order.
    std::vector<int> analysedRows() const;
    QList<QByteArray> nativePaths() const;
    // The analysed files in the same folder as `row` (folders compared by bytes), at most `limit`.
    QList<QByteArray> analysedPeers(int row, int limit) const;

    ThumbnailCache *thumbnails() const { return m_thumbnails; }

private:
    struct Item
    {
        QString path;
        QByteArray nativePath;
        State state = State::Pending;
        std::shared_ptr<const ImageAnalysis> analysis; // immutable once set
        QString reason;
        InputCheck check = InputCheck::NotChecked;
        int group = 0;
        std::shared_ptr<const ImageAnalysis> previous; // before Analyse Again on a case
    };
    QString displayText(const Item &item) const;
    void thumbnailReady(const QByteArray &nativePath);
    QString toolTip(const Item &item) const;

    std::vector<Item> m_items;
    QHash<QByteArray, int> m_rowOfPath; // by the exact bytes: two names may display alike
    QHash<QByteArray, std::shared_ptr<const ImageAnalysis>> m_previous;
    ThumbnailCache *m_thumbnails;
};

} // namespace lgpn
