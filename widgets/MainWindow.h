#pragma once

#include "report/CaseInputCheck.h"
#include "report/ReportRequest.h"
#include "schema/HyperparameterSchema.h"

#include <QMainWindow>

class QAction;
class QDialog;
class QLabel;
class QListView;
class QMenu;
class QProgressBar;
class QTabWidget;
class QToolButton;
class QTreeView;
class QDockWidget;

namespace lgpn {

class AnalysisSession;
class CaseCheckTask;
class ImageFilterBar;
class ImageFilterModel;
class NodeReliability;
class GraphInspector;
class ImagePanel;
class LanguageManager;
class ReportExportTask;
class SchemaTreeModel;
class SimilarityView;
class SpectrumView;
class StudioSettings;

// The studio's main window: images and folders dropped or opened go into the list on the left
// and are analysed on a worker thread; the tabs show the selected image's predictions, its
// learned graphs and its spectrum, the pair similarity of everything loaded, and the schema.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    MainWindow(StudioSettings &settings, LanguageManager &languages, QWidget *parent = nullptr);
    ~MainWindow() override;

    AnalysisSession *session() const { return m_session; }
    SchemaTreeModel *schemaModel() const { return m_schemaModel; }
    ImagePanel *imagePanel() const { return m_imagePanel; }
    GraphInspector *graphInspector() const { return m_graphInspector; }
    SimilarityView *similarityView() const { return m_similarityView; }
    SpectrumView *spectrumView() const { return m_spectrumView; }
    ReportExportTask *exportTask() const { return m_exportTask; }
    QListView *imageList() const { return m_imageList; }
    ImageFilterModel *imageFilter() const { return m_filterModel; }
    ImageFilterBar *imageFilterBar() const { return m_filterBar; }
    // Above the list while a case is open: its inputs' state and its model against the loaded one.
    QLabel *caseSummary() const { return m_caseSummary; }
    QTabWidget *tabs() const { return m_tabs; }
    // Help > About: version, licences and the embedded model's card (owned by this window).
    QDialog *createAboutDialog();

    enum Tab { ImageTab, GraphsTab, SimilarityTab, SpectrumTab, SchemaTab };
    void selectImage(int row);
    // Re-reads the settings (after the settings dialog) and applies them.
    void applySettings();

public slots:
    void openPaths(const QStringList &paths);
    // The same for paths as the system's bytes (a drop's URLs keep names that are not UTF-8).
    void openNativePaths(const QList<QByteArray> &paths);
    // File > Open Case…: shows a JSON report's finished analysis again without running the model,
    // re-hashes its inputs on pool threads and compares its model with the loaded one. A case that
    // cannot be read is refused with a message naming the file and the reason; false then.
    bool openCase(const QString &path);
    // The two images of a similarity cell side by side (a non-modal PairDialog).
    void showPair(int rowA, int rowB);
    // Writes the loaded analysis to `path` (format by extension; a PDF with the per-image pages
    // `pdfPages` chooses) on a pool thread; the status bar shows it running and then where it went.
    // False when an export is running already.
    bool exportReportTo(const QString &path, PdfPages pdfPages = PdfPages::All);
    // File > Export Report…: asks for the file, and for a PDF which per-image pages it gets.
    void exportReport();

signals:
    // Every input of the opened case has been re-hashed.
    void caseChecked();

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void createActions();
    void createMenus();
    void createStatusBar();
    void retranslate();
    void updateRecentMenu();
    void updateActions();
    void showAbout();
    void showSettings();
    void currentChanged();
    void refreshCurrentTab();
    void refreshSimilarity();
    void updateModelLabel();
    void onProgress(int done, int total);
    void onExportRunning(bool running);
    QWidget *createImagesPane();
    void showCurrentRow();
    void applyFilter();
    // Similarity groups for the list's group column, from the case or computed over every analysed image.
    void ensureGroups();
    void updateCaseSummary();
    void onInputChecked(int row, CaseInputCheck::Result result);
    const NodeReliability *shownReliability() const;

    StudioSettings &m_settings;
    LanguageManager &m_languages;
    AnalysisSession *m_session;
    HyperparameterSchema m_schema;
    SchemaTreeModel *m_schemaModel;
    QTreeView *m_schemaView;
    QListView *m_imageList;
    QDockWidget *m_imagesDock;
    QTabWidget *m_tabs;
    ImagePanel *m_imagePanel;
    GraphInspector *m_graphInspector;
    SimilarityView *m_similarityView;
    SpectrumView *m_spectrumView;
    QLabel *m_deviceLabel;
    QLabel *m_modelLabel;
    QProgressBar *m_progress;
    QToolButton *m_cancelButton;
    ReportExportTask *m_exportTask;
    QProgressBar *m_exportProgress; // busy while a report is written
    ImageFilterModel *m_filterModel;
    ImageFilterBar *m_filterBar;
    QLabel *m_caseSummary;
    CaseCheckTask *m_caseCheck;

    QMenu *m_fileMenu = nullptr;
    QMenu *m_recentMenu = nullptr;
    QMenu *m_analysisMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    QAction *m_openFilesAction = nullptr;
    QAction *m_openFolderAction = nullptr;
    QAction *m_openCaseAction = nullptr;
    QAction *m_exportAction = nullptr;
    QAction *m_clearAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_cancelAction = nullptr;
    QAction *m_reanalyseAction = nullptr;
    QAction *m_settingsAction = nullptr;
    QAction *m_aboutAction = nullptr;
    QAction *m_clearRecentAction = nullptr;
    std::vector<QAction *> m_tabActions;

    int m_currentRow = -1;
    bool m_similarityDirty = true;
    int m_shownGraphRow = -1;
    PdfPages m_pdfPages = PdfPages::All; // the last export's choice, offered again
    int m_shownSpectrumRow = -1;
    bool m_groupsDirty = true;
};

} // namespace lgpn
