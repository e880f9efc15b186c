#include "MainWindow.h"

#include "AnalysisSession.h"
#include "CaseCheckTask.h"
#include "ImageFilterBar.h"
#include "ImageFilterModel.h"
#include "GraphInspector.h"
#include "ImageListModel.h"
#include "ImagePanel.h"
#include "LanguageManager.h"
#include "NativePathRecovery.h"
#include "PairDialog.h"
#include "ReportExportTask.h"
#include "PdfPagesDialog.h"
#include "SchemaTreeModel.h"
#include "SettingsDialog.h"
#include "SimilarityView.h"
#include "SpectrumView.h"
#include "StudioSettings.h"

#include "analysis/PairSimilarity.h"
#include "bundle/BundleSchema.h"
#include "bundle/EmbeddedModel.h"
#include "report/CaseFileReader.h"
#include "common/InputError.h"
#include "common/NativePath.h"

#include <QApplication>
#include <QCloseEvent>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QListView>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QProgressBar>
#include <QStatusBar>
#include <QTabWidget>
#include <QTextBrowser>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

namespace lgpn {

namespace {

// Paths relative to the folder they all share, so files with the same name in different
// folders stay distinguishable ("a/001.png", "b/001.png").
QStringList relativeNames(const QStringList &paths)
{
    if (paths.isEmpty())
        return {};
    // Folder by folder, not character by character: "gms/A" is not inside "gms/AB".
    const auto inside = [](const QString &folder, const QString &ancestor) {
        return folder == ancestor || folder.startsWith(ancestor.endsWith(u'/') ? ancestor : ancestor + u'/');
    };
    QString common = QFileInfo(paths.first()).absolutePath();
    for (const QString &path : paths) {
        while (!common.isEmpty() && !inside(QFileInfo(path).absolutePath(), common))
            common = QFileInfo(common).path() == common ? QString() : QFileInfo(common).path();
    }
    QStringList names;
    const QDir base(common);
    for (const QString &path : paths)
        names << (common.isEmpty() ? path : base.relativeFilePath(path));
    return names;
}

} // namespace

MainWindow::MainWindow(StudioSettings &settings, LanguageManager &languages, QWidget *parent)
    : QMainWindow(parent)
    , m_settings(settings)
    , m_languages(languages)
    , m_session(new AnalysisSession(this))
    , m_schema(HyperparameterSchema::red140())
    , m_schemaModel(new SchemaTreeModel(this))
    , m_schemaView(new QTreeView(this))
    , m_imageList(new QListView(this))
    , m_imagesDock(new QDockWidget(this))
    , m_tabs(new QTabWidget(this))
    , m_imagePanel(new ImagePanel(this))
    , m_graphInspector(new GraphInspector(this))
    , m_similarityView(new SimilarityView(this))
    , m_spectrumView(new SpectrumView(this))
    , m_deviceLabel(new QLabel(this))
    , m_modelLabel(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_cancelButton(new QToolButton(this))
    , m_exportTask(new ReportExportTask(this))
    , m_exportProgress(new QProgressBar(this))
    , m_filterModel(new ImageFilterModel(m_session->images(), this))
    , m_filterBar(new ImageFilterBar(this))
    , m_caseSummary(new QLabel(this))
    , m_caseCheck(new CaseCheckTask(this))
{
    setWindowIcon(QIcon(QStringLiteral(":/lgpn/icons/lgpn-studio.svg")));
    setAcceptDrops(true);
    setDockOptions(QMainWindow::AnimatedDocks | QMainWindow::AllowTabbedDocks);

    m_schemaModel->setSchema(m_schema);
    m_schemaView->setModel(m_schemaModel);
    m_schemaView->setAlternatingRowColors(true);
    m_schemaView->setUniformRowHeights(true);
    m_schemaView->expandAll();
    m_schemaView->header()->setSectionResizeMode(QHeaderView::ResizeToContents);

    // The thumbnail list: uniform item sizes keep 10,000 rows cheap to lay out.
    m_imageList->setModel(m_filterModel);
    m_imageList->setViewMode(QListView::ListMode);
    m_imageList->setIconSize(QSize(48, 48));
    m_imageList->setUniformItemSizes(true);
    m_imageList->setSelectionMode(QAbstractItemView::SingleSelection);
    m_imageList->setObjectName(QStringLiteral("imageList"));
    m_imagesDock->setObjectName(QStringLiteral("imagesDock"));
    m_imagesDock->setWidget(createImagesPane());
    m_imagesDock->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetFloatable);
    addDockWidget(Qt::LeftDockWidgetArea, m_imagesDock);
    connect(m_imageList->selectionModel(), &QItemSelectionModel::currentChanged, this, &MainWindow::currentChanged);

    m_tabs->addTab(m_imagePanel, QString());
    m_tabs->addTab(m_graphInspector, QString());
    m_tabs->addTab(m_similarityView, QString());
    m_tabs->addTab(m_spectrumView, QString());
    m_tabs->addTab(m_schemaView, QString());
    m_tabs->setDocumentMode(true);
    setCentralWidget(m_tabs);
    connect(m_tabs, &QTabWidget::currentChanged, this, &MainWindow::refreshCurrentTab);

    connect(m_session, &AnalysisSession::progress, this, &MainWindow::onProgress);
    connect(m_session, &AnalysisSession::runningChanged, this, &MainWindow::updateActions);
    connect(m_session, &AnalysisSession::message, this, [this](const QString &text) { statusBar()->showMessage(text, 10000); });
    connect(m_session, &AnalysisSession::jobFailed, this, [this](const QString &text) {
        statusBar()->showMessage(text, 15000);
        // Not exec(): the worker's signals keep coming while the message is shown.
        auto *box = new QMessageBox(QMessageBox::Warning, tr("The analysis could not start"),
                                    text + u'\n' + tr("Check the model bundle and device in Analysis → Settings, then use Analysis → Analyse Again."),
                                    QMessageBox::Ok, this);
        box->setObjectName(QStringLiteral("analysisFailedMessage"));
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
    });
    connect(m_exportTask, &ReportExportTask::runningChanged, this, &MainWindow::onExportRunning);
    connect(m_exportTask, &ReportExportTask::written, this, [this](const QString &path) {
        statusBar()->showMessage(tr("Report written to %1").arg(QDir::toNativeSeparators(path)), 10000);
        // The case is saved: the old results of Analyse Again are no longer kept beside the new.
        if (ReportExporter::formatOf(path) == ReportFormat::Json)
            m_session->images()->dropPreviousResults();
    });
    connect(m_exportTask, &ReportExportTask::failed, this, [this](const QString &, const QString &message) {
        // Not exec(): the window goes on while the message is shown.
        auto *box = new QMessageBox(QMessageBox::Warning, tr("The report could not be written"), message, QMessageBox::Ok, this);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
    });
    connect(m_session, &AnalysisSession::modelChanged, this, [this] {
        m_schema = m_session->model()->context.schema;
        m_imagePanel->setEvidenceSource(m_session->model()->evidence);
        m_schemaModel->setSchema(m_schema);
        m_schemaView->expandAll();
        updateModelLabel();
        updateCaseSummary();
    });
    connect(m_session, &AnalysisSession::resultArrived, this, [this](int row) {
        m_similarityDirty = true;
        m_groupsDirty = true;
        if (row == m_currentRow || (m_currentRow < 0 && row == 0))
            selectImage(row);
    });
    connect(m_session, &AnalysisSession::idle, this, [this] {
        if (m_tabs->currentIndex() == SimilarityTab)
            refreshSimilarity();
    });
    connect(m_filterBar, &ImageFilterBar::filterChanged, this, &MainWindow::applyFilter);
    connect(m_filterModel, &QAbstractItemModel::rowsInserted, this, [this] { m_filterBar->setShownCount(m_filterModel->rowCount(), m_session->images()->rowCount()); });
    connect(m_filterModel, &QAbstractItemModel::modelReset, this, [this] { m_filterBar->setShownCount(m_filterModel->rowCount(), m_session->images()->rowCount()); });
    connect(m_caseCheck, &CaseCheckTask::checked, this, &MainWindow::onInputChecked);
    connect(m_caseCheck, &CaseCheckTask::finished, this, [this] {
        updateCaseSummary();
        emit caseChecked();
    });
    connect(m_session, &AnalysisSession::modelFailed, this, [this](const QString &text) {
        statusBar()->showMessage(text, 15000);
        updateCaseSummary();
    });
    connect(m_similarityView, &SimilarityView::pairActivated, this, &MainWindow::showPair);
    connect(m_similarityView, &SimilarityView::thresholdChanged, this, [this](double value) { m_settings.setSimilarityThreshold(value); });

    createActions();
    createMenus();
    createStatusBar();
    applySettings();
    retranslate();
    resize(1280, 820);
    restoreGeometry(m_settings.windowGeometry());
    restoreState(m_settings.windowState());
}

MainWindow::~MainWindow() = default;

void MainWindow::createActions()
{
    m_openFilesAction = new QAction(this);
    m_openFilesAction->setShortcut(QKeySequence::Open);
    m_openFilesAction->setIcon(style()->standardIcon(QStyle::SP_DialogOpenButton));
    connect(m_openFilesAction, &QAction::triggered, this, [this] {
        // URLs, not names: a platform dialog (the desktop portal) may give the exact bytes that way.
        const QList<QUrl> files = QFileDialog::getOpenFileUrls(this, tr("Open images"), QUrl(),
                                                               tr("Images (*.png *.jpg *.jpeg *.bmp *.tif *.tiff *.webp);;All files (*)"));
        QList<QByteArray> paths;
        for (const QUrl &file : files)
            paths << NativePathRecovery::fromUrl(file);
        openNativePaths(paths);
    });
    m_openFolderAction = new QAction(this);
    m_openFolderAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    m_openFolderAction->setIcon(style()->standardIcon(QStyle::SP_DirOpenIcon));
    connect(m_openFolderAction, &QAction::triggered, this, [this] {
        const QString folder = QFileDialog::getExistingDirectory(this, tr("Open a folder of images"));
        if (!folder.isEmpty())
            openPaths({folder});
    });
    m_openCaseAction = new QAction(this);
    connect(m_openCaseAction, &QAction::triggered, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Open a case"), QString(), tr("Case files (*.json);;All files (*)"));
        if (!path.isEmpty())
            openCase(path);
    });
    m_exportAction = new QAction(this);
    m_exportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    connect(m_exportAction, &QAction::triggered, this, &MainWindow::exportReport);
    m_clearAction = new QAction(this);
    connect(m_clearAction, &QAction::triggered, this, [this] {
        m_caseCheck->cancel();
        m_session->clear();
        updateCaseSummary();
        m_currentRow = -1;
        m_imagePanel->clear();
        m_graphInspector->clear();
        m_spectrumView->clear();
        m_similarityView->clear();
        updateActions();
    });
    m_quitAction = new QAction(this);
    m_quitAction->setShortcut(QKeySequence::Quit);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);
    m_cancelAction = new QAction(this);
    m_cancelAction->setShortcut(QKeySequence(Qt::Key_Escape));
    m_cancelAction->setIcon(style()->standardIcon(QStyle::SP_BrowserStop));
    connect(m_cancelAction, &QAction::triggered, m_session, &AnalysisSession::cancel);
    m_reanalyseAction = new QAction(this);
    m_reanalyseAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R));
    connect(m_reanalyseAction, &QAction::triggered, this, [this] {
        m_currentRow = -1;
        m_session->reanalyseAll();
    });
    m_settingsAction = new QAction(this);
    m_settingsAction->setShortcut(QKeySequence::Preferences);
    if (m_settingsAction->shortcut().isEmpty())
        m_settingsAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Comma));
    connect(m_settingsAction, &QAction::triggered, this, &MainWindow::showSettings);
    m_aboutAction = new QAction(this);
    connect(m_aboutAction, &QAction::triggered, this, &MainWindow::showAbout);
    m_clearRecentAction = new QAction(this);
    connect(m_clearRecentAction, &QAction::triggered, this, [this] {
        m_settings.clearRecentFiles();
        updateRecentMenu();
    });
    for (int tab = 0; tab < m_tabs->count(); ++tab) {
        auto *action = new QAction(this);
        action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + tab)));
        connect(action, &QAction::triggered, this, [this, tab] { m_tabs->setCurrentIndex(tab); });
        m_tabActions.push_back(action);
    }
    addActions({m_cancelAction});
}

void MainWindow::createMenus()
{
    m_fileMenu = menuBar()->addMenu(QString());
    m_fileMenu->addAction(m_openFilesAction);
    m_fileMenu->addAction(m_openFolderAction);
    m_fileMenu->addAction(m_openCaseAction);
    m_recentMenu = m_fileMenu->addMenu(QString());
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_exportAction);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_clearAction);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_quitAction);
    m_analysisMenu = menuBar()->addMenu(QString());
    m_analysisMenu->addAction(m_cancelAction);
    m_analysisMenu->addAction(m_reanalyseAction);
    m_analysisMenu->addSeparator();
    m_analysisMenu->addAction(m_settingsAction);
    m_viewMenu = menuBar()->addMenu(QString());
    for (QAction *action : m_tabActions)
        m_viewMenu->addAction(action);
    m_viewMenu->addSeparator();
    m_viewMenu->addAction(m_imagesDock->toggleViewAction());
    m_helpMenu = menuBar()->addMenu(QString());
    m_helpMenu->addAction(m_aboutAction);
}

void MainWindow::createStatusBar()
{
    m_progress->setMaximumWidth(240);
    m_progress->setTextVisible(true);
    m_progress->hide();
    m_cancelButton->setDefaultAction(m_cancelAction);
    m_cancelButton->setToolButtonStyle(Qt::ToolButtonIconOnly);
    m_cancelButton->hide();
    m_exportProgress->setObjectName(QStringLiteral("exportProgress"));
    m_exportProgress->setMaximumWidth(120);
    m_exportProgress->setRange(0, 0); // the writers report no progress: busy
    m_exportProgress->hide();
    m_deviceLabel->setObjectName(QStringLiteral("deviceLabel"));
    m_modelLabel->setObjectName(QStringLiteral("modelLabel"));
    statusBar()->addPermanentWidget(m_exportProgress);
    statusBar()->addPermanentWidget(m_progress);
    statusBar()->addPermanentWidget(m_cancelButton);
    statusBar()->addPermanentWidget(m_modelLabel);
    statusBar()->addPermanentWidget(m_deviceLabel);
}

void MainWindow::applySettings()
{
    AnalysisEngineOptions options = m_session->options();
    options.model = m_settings.modelBundle();
    options.device = m_settings.device();
    options.crops = m_settings.crops();
    options.threshold = m_settings.threshold();
    options.similarityThreshold = m_settings.similarityThreshold();
    m_session->setOptions(options);
    m_similarityView->setThreshold(options.similarityThreshold);
    if (m_languages.language() != m_settings.language())
        m_languages.setLanguage(m_settings.language());
    if (m_currentRow >= 0)
        selectImage(m_currentRow);
    updateModelLabel();
}

void MainWindow::retranslate()
{
    setWindowTitle(tr("LGPN Studio"));
    m_imagesDock->setWindowTitle(tr("Images"));
    m_imageList->setToolTip(tr("Drop images or folders here"));
    m_tabs->setTabText(ImageTab, tr("&Image"));
    m_tabs->setTabText(GraphsTab, tr("&Graphs"));
    m_tabs->setTabText(SimilarityTab, tr("&Pair similarity"));
    m_tabs->setTabText(SpectrumTab, tr("Spe&ctrum"));
    m_tabs->setTabText(SchemaTab, tr("Sc&hema"));
    m_tabs->setTabToolTip(ImageTab, tr("The selected image's predicted hyperparameters"));
    m_tabs->setTabToolTip(GraphsTab, tr("The selected image's learned graphs G0, G1, G2 and how they are pooled"));
    m_tabs->setTabToolTip(SimilarityTab, tr("Images likely made by the same generator"));
    m_tabs->setTabToolTip(SpectrumTab, tr("Fourier spectrum of the selected image's high-pass residual"));
    m_tabs->setTabToolTip(SchemaTab, tr("The hyperparameters the model predicts"));
    m_fileMenu->setTitle(tr("&File"));
    m_recentMenu->setTitle(tr("Open &Recent"));
    m_analysisMenu->setTitle(tr("&Analysis"));
    m_viewMenu->setTitle(tr("&View"));
    m_helpMenu->setTitle(tr("&Help"));
    m_openFilesAction->setText(tr("&Open Images…"));
    m_openFilesAction->setStatusTip(tr("Analyse image files"));
    m_openFolderAction->setText(tr("Open &Folder…"));
    m_openFolderAction->setStatusTip(tr("Analyse every image in a folder and its subfolders"));
    m_openCaseAction->setText(tr("Open &Case…"));
    m_openCaseAction->setStatusTip(tr("Show a finished analysis (a JSON report) again without running the model, and check its files"));
    m_exportAction->setText(tr("&Export Report…"));
    m_exportAction->setStatusTip(tr("Write the analysis as a PDF, JSON or CSV report"));
    m_clearAction->setText(tr("C&lear All"));
    m_quitAction->setText(tr("&Quit"));
    m_cancelAction->setText(tr("&Cancel Analysis"));
    m_cancelAction->setToolTip(tr("Cancel the analysis (Esc)"));
    m_reanalyseAction->setText(tr("Analyse &Again"));
    m_reanalyseAction->setStatusTip(tr("Analyse every loaded file again, with the current settings"));
    m_settingsAction->setText(tr("&Settings…"));
    m_aboutAction->setText(tr("&About LGPN Studio"));
    m_clearRecentAction->setText(tr("&Clear Menu"));
    const QStringList tabNames = {tr("Image"), tr("Graphs"), tr("Pair Similarity"), tr("Spectrum"), tr("Schema")};
    for (size_t tab = 0; tab < m_tabActions.size(); ++tab)
        m_tabActions[tab]->setText(tabNames.value(int(tab)));
    m_imagesDock->toggleViewAction()->setText(tr("Image &List"));
    updateRecentMenu();
    updateModelLabel();
    updateActions();
    onProgress(m_session->done(), m_session->total());
    // Views that hold the schema's names build them again in the new language.
    m_schemaModel->setSchema(m_schema);
    m_schemaView->expandAll();
    m_shownGraphRow = -1;
    refreshCurrentTab();
}

void MainWindow::updateRecentMenu()
{
    m_recentMenu->clear();
    const QStringList recent = m_settings.recentFiles();
    for (int i = 0; i < recent.size(); ++i) {
        const QString path = recent[i];
        QAction *action = m_recentMenu->addAction(QStringLiteral("&%1 %2").arg(i + 1).arg(QDir::toNativeSeparators(path)));
        action->setEnabled(QFileInfo::exists(path));
        connect(action, &QAction::triggered, this, [this, path] { openPaths({path}); });
    }
    if (!recent.isEmpty())
        m_recentMenu->addSeparator();
    m_recentMenu->addAction(m_clearRecentAction);
    m_clearRecentAction->setEnabled(!recent.isEmpty());
}

void MainWindow::updateActions()
{
    const bool running = m_session->isRunning();
    const bool any = m_session->images()->rowCount() > 0;
    m_cancelAction->setEnabled(running);
    m_cancelButton->setVisible(running);
    m_progress->setVisible(running);
    m_reanalyseAction->setEnabled(!running && any);
    m_openCaseAction->setEnabled(!running);
    m_exportAction->setEnabled(!running && !m_exportTask->isRunning() && m_session->images()->count(ImageListModel::State::Analysed) > 0);
    m_clearAction->setEnabled(any);
}

void MainWindow::updateModelLabel()
{
    const auto model = m_session->model();
    if (model) {
        m_modelLabel->setText(tr("Model %1").arg(model->context.modelId));
        m_modelLabel->setToolTip(tr("%1\nSHA-256 %2\n%3").arg(QDir::toNativeSeparators(model->context.modelPath), model->context.modelSha256,
                                                          model->context.modelDescription));
        m_deviceLabel->setText(model->context.device.startsWith(QStringLiteral("cuda"), Qt::CaseInsensitive) ? tr("CUDA") : tr("CPU"));
        m_deviceLabel->setToolTip(model->context.device);
    } else {
        const QString bundle = m_settings.modelBundle();
        m_modelLabel->setText(bundle.isEmpty() ? tr("Model: embedded default") : tr("Model: %1").arg(QFileInfo(bundle).fileName()));
        m_modelLabel->setToolTip(tr("Loaded with the first analysis"));
        m_deviceLabel->setText(m_settings.device() == u"cuda" ? tr("CUDA") : m_settings.device() == u"cpu" ? tr("CPU") : tr("Device: auto"));
    }
}

void MainWindow::onProgress(int done, int total)
{
    m_progress->setRange(0, std::max(total, 1));
    m_progress->setValue(done);
    m_progress->setFormat(tr("%1 / %2").arg(done).arg(total));
    updateActions();
}

void MainWindow::openPaths(const QStringList &paths)
{
    openNativePaths(NativePathRecovery::fromDisplay(paths));
}

void MainWindow::openNativePaths(const QList<QByteArray> &paths)
{
    QList<QByteArray> existing;
    for (const QByteArray &path : paths) {
        if (path.isEmpty())
            continue;
        existing << path;
        // Recent files are text: reopened, a name that is not UTF-8 is recovered by the session.
        m_settings.addRecentFile(QFileInfo(NativePath::display(path)).absoluteFilePath());
    }
    if (existing.isEmpty())
        return;
    updateRecentMenu();
    m_session->addNativePaths(existing);
    updateActions();
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (event->mimeData()->hasUrls()) {
        for (const QUrl &url : event->mimeData()->urls()) {
            if (url.isLocalFile()) {
                event->acceptProposedAction();
                return;
            }
        }
    }
}

void MainWindow::dropEvent(QDropEvent *event)
{
    QList<QByteArray> paths;
    for (const QUrl &url : event->mimeData()->urls()) {
        if (url.isLocalFile())
            paths << NativePathRecovery::fromUrl(url); // toLocalFile() would lose bytes that are not UTF-8
    }
    if (paths.isEmpty())
        return;
    event->acceptProposedAction();
    openNativePaths(paths);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    m_session->cancel();
    m_settings.setWindowGeometry(saveGeometry());
    m_settings.setWindowState(saveState());
    m_settings.sync();
    event->accept();
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMainWindow::changeEvent(event);
}

void MainWindow::selectImage(int row)
{
    const QModelIndex source = m_session->images()->index(row);
    if (!source.isValid())
        return;
    const QModelIndex index = m_filterModel->mapFromSource(source);
    if (!index.isValid()) {
        // Hidden by the filter: shown all the same, with no row selected in the list.
        m_currentRow = row;
        showCurrentRow();
    } else if (m_imageList->currentIndex() != index) {
        m_imageList->setCurrentIndex(index); // calls back through currentChanged
    } else {
        currentChanged();
    }
}

void MainWindow::currentChanged()
{
    // Rows are the image list's everywhere; the view shows them filtered and sorted.
    m_currentRow = m_filterModel->mapToSource(m_imageList->currentIndex()).row();
    showCurrentRow();
}

const NodeReliability *MainWindow::shownReliability() const
{
    if (m_session->model())
        return &m_session->model()->context.nodeReliability;
    return m_session->openCase() ? &m_session->openCase()->context.nodeReliability : nullptr;
}

void MainWindow::showCurrentRow()
{
    m_shownGraphRow = -1;
    m_shownSpectrumRow = -1;
    const ImageListModel *images = m_session->images();
    const ImageAnalysis *analysis = images->analysis(m_currentRow);
    if (analysis && shownReliability()) {
        m_imagePanel->setAnalysis(m_schema, *analysis, m_settings.threshold(), *shownReliability());
        m_imagePanel->setCaseState(images->inputCheck(m_currentRow), images->previous(m_currentRow));
    } else {
        m_imagePanel->clear();
    }
    refreshCurrentTab();
}

void MainWindow::refreshCurrentTab()
{
    // Views other than the image panel are filled when shown: they cost more.
    const ImageAnalysis *analysis = m_session->images()->analysis(m_currentRow);
    switch (m_tabs->currentIndex()) {
    case GraphsTab:
        if (m_shownGraphRow != m_currentRow) {
            m_shownGraphRow = m_currentRow;
            // A reopened case carries no learned graphs: the report does not store them.
            if (analysis && analysis->ok && m_session->model() && !analysis->matchingMatrices.empty())
                m_graphInspector->setGraphs(HierarchyGraphs::build(m_schema, m_session->model()->priorAdjacency,
                                                                   m_session->model()->context.nodeReliability, *analysis));
            else
                m_graphInspector->clear();
        }
        break;
    case SpectrumTab:
        if (m_shownSpectrumRow != m_currentRow) {
            m_shownSpectrumRow = m_currentRow;
            if (m_currentRow >= 0) {
                // The other images of its folder, for an averaged spectrum.
                const ImageListModel *images = m_session->images();
                m_spectrumView->setImage(images->nativePath(m_currentRow), images->analysedPeers(m_currentRow, SpectrumView::kMaxAveraged * 2));
            }
            else
                m_spectrumView->clear();
        }
        break;
    case SimilarityTab:
        if (m_similarityDirty)
            refreshSimilarity();
        break;
    default:
        break;
    }
}

void MainWindow::refreshSimilarity()
{
    m_similarityDirty = false;
    const ImageListModel *images = m_session->images();
    std::vector<std::vector<float>> vectors;
    std::vector<int> rows;
    QStringList paths;
    // The similarity view shows the images the list's filter lets through.
    for (int row : images->analysedRows()) {
        if (!m_filterModel->acceptsRow(row))
            continue;
        vectors.push_back(images->analysis(row)->nodeProbabilities);
        rows.push_back(row);
        paths << images->path(row);
    }
    const QStringList labels = relativeNames(paths);
    QApplication::setOverrideCursor(Qt::WaitCursor);
    m_similarityView->setVectors(vectors, rows, labels);
    QApplication::restoreOverrideCursor();
}

QWidget *MainWindow::createImagesPane()
{
    auto *pane = new QWidget(this);
    auto *layout = new QVBoxLayout(pane);
    layout->setContentsMargins(0, 0, 0, 0);
    m_caseSummary->setObjectName(QStringLiteral("caseSummary"));
    m_caseSummary->setWordWrap(true);
    m_caseSummary->setTextFormat(Qt::RichText);
    m_caseSummary->setMargin(4);
    m_caseSummary->hide();
    layout->addWidget(m_caseSummary);
    layout->addWidget(m_filterBar);
    layout->addWidget(m_imageList, 1);
    return pane;
}

void MainWindow::applyFilter()
{
    const ImageFilter filter = m_filterBar->filter();
    if (filter.group > 0 || filter.sortKey == ImageFilter::SortKey::Group)
        ensureGroups();
    m_filterModel->setFilter(filter);
    m_filterBar->setShownCount(m_filterModel->rowCount(), m_session->images()->rowCount());
    m_similarityDirty = true;
    if (m_tabs->currentIndex() == SimilarityTab)
        refreshSimilarity();
}

void MainWindow::ensureGroups()
{
    // A case brings the groups its report found; a live analysis gets them when first asked for.
    if (!m_groupsDirty || (m_session->openCase() && !m_session->caseAnalysedAgain()))
        return;
    m_groupsDirty = false;
    ImageListModel *images = m_session->images();
    std::vector<std::vector<float>> vectors;
    const std::vector<int> rows = images->analysedRows();
    for (int row : rows)
        vectors.push_back(images->analysis(row)->nodeProbabilities);
    QApplication::setOverrideCursor(Qt::WaitCursor);
    std::vector<std::vector<int>> groups = PairSimilarity::groups(vectors, m_similarityView->threshold());
    QApplication::restoreOverrideCursor();
    for (std::vector<int> &group : groups) {
        for (int &member : group)
            member = rows[size_t(member)];
    }
    images->setGroups(groups);
}

bool MainWindow::openCase(const QString &path)
{
    if (m_session->isRunning()) {
        statusBar()->showMessage(tr("Cancel the running analysis before opening a case."), 10000);
        return false;
    }
    try {
        // Read against the configured model's schema: its node ids, bin edges and value ranges.
        const QString bundle = m_settings.modelBundle().isEmpty() ? EmbeddedModel::bundlePath() : m_settings.modelBundle();
        const CaseFile caseFile = CaseFileReader::read(path, BundleSchema::read(bundle));
        m_caseCheck->cancel();
        m_currentRow = -1;
        m_schema = caseFile.context.schema;
        m_session->showCase(caseFile);
        m_groupsDirty = true;
        m_similarityDirty = true;
        m_caseCheck->start(0, caseFile.images);
        if (!m_session->model())
            m_session->loadModel();
        updateCaseSummary();
        updateActions();
        if (!caseFile.images.empty())
            selectImage(0);
        return true;
    } catch (const InputError &error) {
        // Not exec(): tests and the window go on while it is shown.
        auto *box = new QMessageBox(QMessageBox::Warning, tr("The case could not be opened"), error.message(), QMessageBox::Ok, this);
        box->setObjectName(QStringLiteral("caseRefusedMessage"));
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
        return false;
    }
}

void MainWindow::onInputChecked(int row, CaseInputCheck::Result result)
{
    m_session->images()->setInputCheck(row, result);
    if (row == m_currentRow)
        m_imagePanel->setCaseState(result, m_session->images()->previous(row));
    if (m_filterBar->filter().status != ImageFilter::Status::Any)
        m_filterModel->invalidate();
}

void MainWindow::updateCaseSummary()
{
    const CaseFile *openCase = m_session->openCase();
    m_caseSummary->setVisible(openCase);
    if (!openCase)
        return;
    const ImageListModel *images = m_session->images();
    QStringList lines{tr("<b>Case %1</b>: %n image(s), analysed %2 with model %3", nullptr, int(openCase->images.size()))
                          .arg(QFileInfo(openCase->path).fileName().toHtmlEscaped(), openCase->context.startedUtc.toHtmlEscaped(),
                               openCase->context.modelId.toHtmlEscaped())};
    bool warn = false;
    if (m_caseCheck->isRunning()) {
        lines << tr("Checking the files against the case…");
    } else if (!m_session->caseAnalysedAgain()) {
        const int changed = images->count(CaseInputCheck::Result::Changed);
        const int missing = images->count(CaseInputCheck::Result::Missing);
        warn = changed + missing > 0;
        lines << (warn ? tr("Since the analysis: %1 changed, %2 missing (Status filter: Changed or missing).").arg(changed).arg(missing)
                       : tr("Every file is unchanged since the analysis (SHA-256 checked)."));
    } else {
        lines << tr("Analysed again: the old results are shown beside the new until the case is saved (File → Export Report…, JSON).");
    }
    if (const auto model = m_session->model(); model && model->context.modelId != openCase->context.modelId) {
        warn = true;
        lines << tr("⚠ The loaded model is %1, not the case's %2: Analyse Again would give other numbers.")
                     .arg(model->context.modelId.toHtmlEscaped(), openCase->context.modelId.toHtmlEscaped());
    }
    m_caseSummary->setText(lines.join(QStringLiteral("<br>")));
    m_caseSummary->setStyleSheet(warn ? QStringLiteral("QLabel { background: #fff3cd; color: #664d03; }") : QString());
}

void MainWindow::showPair(int rowA, int rowB)
{
    const ImageAnalysis *a = m_session->images()->analysis(rowA);
    const ImageAnalysis *b = m_session->images()->analysis(rowB);
    if (!a || !b || !shownReliability())
        return;
    auto *dialog = new PairDialog(m_schema, *a, *b, m_settings.threshold(), *shownReliability(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::exportReport()
{
    if (!m_session->model() && !m_session->openCase())
        return;
    QString selectedFilter;
    const QString path = QFileDialog::getSaveFileName(this, tr("Export report"), QStringLiteral("lgpn-report.pdf"),
                                                      tr("PDF report (*.pdf);;JSON report (*.json);;CSV table (*.csv)"), &selectedFilter);
    if (path.isEmpty())
        return;
    if (ReportExporter::formatOf(path) == ReportFormat::Pdf) {
        PdfPagesDialog dialog(m_pdfPages, m_settings.threshold(), this);
        if (dialog.exec() != QDialog::Accepted)
            return;
        m_pdfPages = dialog.pdfPages();
    }
    exportReportTo(path, m_pdfPages);
}

bool MainWindow::exportReportTo(const QString &path, PdfPages pdfPages)
{
    const auto model = m_session->model();
    const CaseFile *openCase = m_session->openCase();
    if ((!model && !openCase) || m_exportTask->isRunning())
        return false;
    // A case saved again as it was opened keeps its own model's context; analysed again, the loaded model's.
    const bool asOpened = openCase && !m_session->caseAnalysedAgain();
    ReportContext context = asOpened || !model ? openCase->context : model->context;
    context.threshold = m_settings.threshold();
    context.similarityThreshold = m_similarityView->threshold();
    return m_exportTask->start(ReportExporter::formatOf(path), path, ReportExporter::snapshot(*m_session->images()), context,
                               m_session->analysisSeconds(), pdfPages);
}

void MainWindow::onExportRunning(bool running)
{
    m_exportProgress->setVisible(running);
    if (running) {
        const QString text = tr("Writing the report to %1…").arg(QDir::toNativeSeparators(m_exportTask->path()));
        m_exportProgress->setToolTip(text);
        statusBar()->showMessage(text);
    }
    updateActions();
}

void MainWindow::showSettings()
{
    SettingsDialog dialog(m_settings, this);
    const AnalysisEngineOptions before = m_session->options();
    if (dialog.exec() != QDialog::Accepted)
        return;
    applySettings();
    const AnalysisEngineOptions &after = m_session->options();
    if ((before.model != after.model || before.device != after.device || before.crops != after.crops)
        && m_session->images()->rowCount() > 0)
        statusBar()->showMessage(tr("New settings apply to the next analysis; Analysis → Analyse Again applies them to the loaded files."), 15000);
}

QDialog *MainWindow::createAboutDialog()
{
    auto *dialog = new QDialog(this);
    dialog->setWindowTitle(tr("About LGPN Studio"));
    auto *layout = new QVBoxLayout(dialog);
    auto *heading = new QLabel(tr("<h3>LGPN Studio %1</h3>"
                                  "<p>Predicts the hyperparameters of the generative model that made an image, with the "
                                  "Learnable Graph Pooling Network (LGPN, NeurIPS 2024).</p>"
                                  "<p>Built with Qt, LibTorch, OpenCV, QCustomPlot and Graphviz, under their own licences "
                                  "(LGPL-3.0, BSD-3-Clause, Apache-2.0, GPL-3.0, EPL-1.0).</p>"
                                  "<p>The model it uses by default, and what it can and cannot tell you:</p>")
                                   .arg(QStringLiteral(LGPN_VERSION)),
                               dialog);
    heading->setWordWrap(true);
    layout->addWidget(heading);
    // The model card, as shipped beside the model: an investigator must see its limits.
    auto *card = new QTextBrowser(dialog);
    card->setObjectName(QStringLiteral("modelCard"));
    const QString markdown = EmbeddedModel::card();
    card->setMarkdown(markdown.isEmpty() ? tr("This build carries no model card.") : markdown);
    layout->addWidget(card, 1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, dialog);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    layout->addWidget(buttons);
    dialog->resize(760, 640);
    return dialog;
}

void MainWindow::showAbout()
{
    QDialog *dialog = createAboutDialog();
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

} // namespace lgpn
