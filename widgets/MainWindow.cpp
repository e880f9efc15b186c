#include "MainWindow.h"

#include "SchemaTreeModel.h"

#include <QApplication>
#include <QHeaderView>
#include <QMenuBar>
#include <QMessageBox>
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

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About LGPN Studio"),
                       tr("<h3>LGPN Studio %1</h3>"
                          "<p>Predicts the hyperparameters of the generative model that made an image, with the "
                          "Learnable Graph Pooling Network (LGPN, NeurIPS 2024).</p>")
                           .arg(QStringLiteral(LGPN_VERSION)));
}

} // namespace lgpn
