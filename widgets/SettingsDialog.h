#pragma once

#include <QDialog>

class QComboBox;
class QDoubleSpinBox;
class QLineEdit;
class QSpinBox;

namespace lgpn {

class StudioSettings;

// Edit → Settings: device, model bundle, decision threshold, similarity threshold, crops and
// language. accept() writes them to the settings; the window applies them.
class SettingsDialog : public QDialog
{
    Q_OBJECT

public:
    SettingsDialog(StudioSettings &settings, QWidget *parent = nullptr);

    void accept() override;

private:
    StudioSettings &m_settings;
    QComboBox *m_device;
    QLineEdit *m_model;
    QDoubleSpinBox *m_threshold;
    QDoubleSpinBox *m_similarity;
    QSpinBox *m_crops;
    QComboBox *m_language;
};

} // namespace lgpn
