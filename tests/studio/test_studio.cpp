#include "MainWindow.h"
#include "SchemaTreeModel.h"

#include "bundle/EmbeddedModel.h"

#include <QDialog>
#include <QTextBrowser>
#include <QTreeView>
#include <QtTest>

using namespace lgpn;

class TestStudio : public QObject
{
    Q_OBJECT

private slots:
    void mainWindowShowsTheSchemaTree()
    {
        const HyperparameterSchema schema = HyperparameterSchema::red140();
        MainWindow window(schema);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        const SchemaTreeModel *model = window.schemaModel();
        QCOMPARE(model->rowCount(), 3); // loss, continuous, discrete
        int groups = 0;
        int leaves = 0;
        for (int c = 0; c < model->rowCount(); ++c) {
            const QModelIndex coarse = model->index(c, 0);
            groups += model->rowCount(coarse);
            for (int g = 0; g < model->rowCount(coarse); ++g)
                leaves += model->rowCount(model->index(g, 0, coarse));
        }
        QCOMPARE(groups, 18);
        QCOMPARE(leaves, 55);
        auto *view = window.findChild<QTreeView *>();
        QVERIFY(view);
        QVERIFY(view->isExpanded(model->index(0, 0)));
        QCOMPARE(model->index(0, 0).data().toString(), QStringLiteral("Loss functions"));
    }

    void aboutBoxShowsTheModelCard()
    {
        MainWindow window(HyperparameterSchema::red140());
        QDialog *about = window.createAboutDialog();
        about->show();
        QVERIFY(QTest::qWaitForWindowExposed(about));
        auto *card = about->findChild<QTextBrowser *>(QStringLiteral("modelCard"));
        QVERIFY(card);
        const QString text = card->toPlainText();
        // The card as shipped: its title, the model's hash and its limits.
        QVERIFY(!EmbeddedModel::card().isEmpty());
        QVERIFY(text.contains(QStringLiteral("Model card")));
        QVERIFY(text.contains(QStringLiteral("SHA-256")));
        QVERIFY(text.contains(QStringLiteral("Limits")));
        if (qEnvironmentVariableIsSet("LGPN_SCREENSHOTS"))
            about->grab().save(qEnvironmentVariable("LGPN_SCREENSHOTS") + QStringLiteral("/about.png"));
    }
};

QTEST_MAIN(TestStudio)
#include "test_studio.moc"
