#include "SettingsDialog.h"

#include "LanguageManager.h"
#include "StudioSettings.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>

namespace lgpn {

SettingsDialog::SettingsDialog(StudioSettings &settings, QWidget *parent)
    : QDialog(parent)
    , m_settings(settings)
    , m_device(new QComboBox(this))
    , m_model(new QLineEdit(this))
    , m_threshold(new QDoubleSpinBox(this))
    , m_similarity(new QDoubleSpinBox(this))
    , m_crops(new QSpinBox(this))
    , m_language(new QComboBox(this))
{
    setWindowTitle(tr("Settings"));
    m_device->addItem(tr("Automatic (CUDA when available)"), QStringLiteral("auto"));
    m_device->addItem(tr("CPU"), QStringLiteral("cpu"));
    m_device->addItem(tr("CUDA"), QStringLiteral("cuda"));
    m_device->setCurrentIndex(std::max(0, m_device->findData(settings.device())));
    m_model->setText(settings.modelBundle());
    m_model->setPlaceholderText(tr("the embedded model"));
    m_model->setClearButtonEnabled(true);
    auto *browse = new QPushButton(tr("Browse…"), this);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Model bundle"), m_model->text(), tr("LGPN model bundles (*.lgpn)"));
        if (!path.isEmpty())
            m_model->setText(path);
    });
    auto *modelRow = new QHBoxLayout;
    modelRow->addWidget(m_model, 1);
    modelRow->addWidget(browse);
    m_threshold->setRange(0.01, 0.99);
    m_threshold->setSingleStep(0.05);
    m_threshold->setValue(settings.threshold());
    m_threshold->setToolTip(tr("A hyperparameter is predicted when its probability reaches this value"));
    m_similarity->setRange(-1, 1);
    m_similarity->setSingleStep(0.01);
    m_similarity->setValue(settings.similarityThreshold());
    m_similarity->setToolTip(tr("Images whose predictions are at least this similar (cosine) are grouped as likely the same generator"));
    m_crops->setRange(1, 64);
    m_crops->setValue(settings.crops());
    m_crops->setToolTip(tr("How many native-resolution crops the model reads from a large image; their predictions are averaged"));
    for (const auto &[code, name] : LanguageManager::available())
        m_language->addItem(name, code);
    m_language->setCurrentIndex(std::max(0, m_language->findData(settings.language())));

    auto *form = new QFormLayout;
    form->addRow(tr("&Device:"), m_device);
    // A row holding a layout gets no buddy by itself: name the line edit so the mnemonic works.
    auto *modelLabel = new QLabel(tr("&Model bundle:"), this);
    modelLabel->setBuddy(m_model);
    form->addRow(modelLabel, modelRow);
    form->addRow(tr("&Decision threshold:"), m_threshold);
    form->addRow(tr("&Similarity threshold:"), m_similarity);
    form->addRow(tr("&Crops per image:"), m_crops);
    form->addRow(tr("&Language:"), m_language);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
}

void SettingsDialog::accept()
{
    m_settings.setDevice(m_device->currentData().toString());
    m_settings.setModelBundle(m_model->text().trimmed());
    m_settings.setThreshold(m_threshold->value());
    m_settings.setSimilarityThreshold(m_similarity->value());
    m_settings.setCrops(m_crops->value());
    m_settings.setLanguage(m_language->currentData().toString());
    m_settings.sync();
    QDialog::accept();
}

} // namespace lgpn
