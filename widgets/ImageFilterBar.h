#pragma once

#include "ImageFilter.h"

#include <QWidget>

class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QSpinBox;
class QToolButton;

namespace lgpn {

// Above the image list: the sort order and the filters of a big case (P(generated), novelty,
// similarity group, status, folder). Edits an ImageFilter and says when it changes.
class ImageFilterBar : public QWidget
{
    Q_OBJECT

public:
    explicit ImageFilterBar(QWidget *parent = nullptr);

    ImageFilter filter() const;
    void setFilter(const ImageFilter &filter);
    // "12 of 5,000 shown" under the bar.
    void setShownCount(int shown, int total);

signals:
    void filterChanged(const lgpn::ImageFilter &filter);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void emitChange();

    QLabel *m_sortLabel;
    QComboBox *m_sortKey;
    QToolButton *m_descending;
    QLabel *m_statusLabel;
    QComboBox *m_status;
    QLabel *m_generatedLabel;
    QDoubleSpinBox *m_minGenerated;
    QLabel *m_noveltyLabel;
    QDoubleSpinBox *m_minNovelty;
    QLabel *m_groupLabel;
    QSpinBox *m_group;
    QLineEdit *m_folder;
    QLabel *m_shown;
};

} // namespace lgpn
