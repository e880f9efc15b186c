#include "MainWindow.h"

#include "SchemaTreeModel.h"

#include "bundle/EmbeddedModel.h"

#include <QApplication>
#include <QDialog>
#include <QDialogButtonBox>
#include <QLabel>
#include <QTextBrowser>
#include <QVBoxLayout>
#include <QHeaderView>
#include <QMenuBar>
#include <QStatusBar>
#include <QTreeView>

namespace lgpn {

MainWindow::MainWindow(const HyperparameterSchema &schema, QWidget *parent)
    : QMainWindow(parent)
    , m_schema(schema)
    , m_schemaModel(new SchemaTreeModel(this))
    , m_schemaView(new QTreeView(this))
{
    setWindowTitle(tr("LGPN Studio"));
    setWindowIcon(QIcon(QStringLiteral(":/lgpn/icons/lgpn-studio.svg")));
    m_schemaModel->setSchema(m_schema);
    m_schemaView->setModel(m_schemaModel);
    m_schemaView->setAlternatingRowColors(true);
    m_schemaView->setUniformRowHeights(true);
    m_schemaView->expandAll();
    m_schemaView->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    setCentralWidget(m_schemaView);
    createMenus();
    statusBar()->showMessage(tr("Schema %1: %n hyperparameter node(s)", nullptr, m_schema.nodeCount()).arg(m_schema.name()));
    resize(900, 700);
}

void MainWindow::createMenus()
{
    QMenu *fileMenu = menuBar()->addMenu(tr("&File"));
    fileMenu->addAction(tr("&Quit"), QKeySequence::Quit, qApp, &QApplication::closeAllWindows);
    QMenu *helpMenu = menuBar()->addMenu(tr("&Help"));
    helpMenu->addAction(tr("&About LGPN Studio"), this, &MainWindow::showAbout);
}

QDialog *MainWindow::createAboutDialog()
{
    auto *dialog = new QDialog(this);
    dialog->setWindowTitle(tr("About LGPN Studio"));
    auto *layout = new QVBoxLayout(dialog);
    auto *heading = new QLabel(tr("<h3>LGPN Studio %1</h3>"
                                  "<p>Predicts the hyperparameters of the generative model that made an image, with the "
                                  "Learnable Graph Pooling Network (LGPN, NeurIPS 2024).</p>"
                                  "<p>Built with Qt, LibTorch, OpenCV, QCustomPlot and Graphviz, under their own licences.</p>"
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
