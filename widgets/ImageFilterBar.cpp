#include "ImageFilterBar.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QToolButton>

namespace lgpn {

namespace {

QDoubleSpinBox *thresholdBox(QWidget *parent)
{
    auto *box = new QDoubleSpinBox(parent);
    box->setRange(0, 1);
    box->setSingleStep(0.05);
    box->setDecimals(2);
    return box;
}

} // namespace

ImageFilterBar::ImageFilterBar(QWidget *parent)
    : QWidget(parent)
    , m_sortLabel(new QLabel(this))
    , m_sortKey(new QComboBox(this))
    , m_descending(new QToolButton(this))
    , m_statusLabel(new QLabel(this))
    , m_status(new QComboBox(this))
    , m_generatedLabel(new QLabel(this))
    , m_minGenerated(thresholdBox(this))
    , m_noveltyLabel(new QLabel(this))
    , m_minNovelty(thresholdBox(this))
    , m_groupLabel(new QLabel(this))
    , m_group(new QSpinBox(this))
    , m_folder(new QLineEdit(this))
    , m_shown(new QLabel(this))
{
    setObjectName(QStringLiteral("imageFilterBar"));
    m_descending->setCheckable(true);
    m_descending->setArrowType(Qt::UpArrow);
    m_group->setRange(0, 1 << 20);
    m_folder->setClearButtonEnabled(true);
    m_folder->setObjectName(QStringLiteral("folderFilter"));
    auto *sortRow = new QHBoxLayout;
    sortRow->addWidget(m_sortKey, 1);
    sortRow->addWidget(m_descending);
    auto *form = new QFormLayout(this);
    form->setContentsMargins(4, 4, 4, 4);
    form->addRow(m_sortLabel, sortRow);
    form->addRow(m_statusLabel, m_status);
    form->addRow(m_generatedLabel, m_minGenerated);
    form->addRow(m_noveltyLabel, m_minNovelty);
    form->addRow(m_groupLabel, m_group);
    form->addRow(m_folder);
    form->addRow(m_shown);
    retranslate();
    connect(m_sortKey, &QComboBox::currentIndexChanged, this, &ImageFilterBar::emitChange);
    connect(m_status, &QComboBox::currentIndexChanged, this, &ImageFilterBar::emitChange);
    connect(m_descending, &QToolButton::toggled, this, [this](bool down) {
        m_descending->setArrowType(down ? Qt::DownArrow : Qt::UpArrow);
        emitChange();
    });
    connect(m_minGenerated, &QDoubleSpinBox::valueChanged, this, &ImageFilterBar::emitChange);
    connect(m_minNovelty, &QDoubleSpinBox::valueChanged, this, &ImageFilterBar::emitChange);
    connect(m_group, &QSpinBox::valueChanged, this, &ImageFilterBar::emitChange);
    connect(m_folder, &QLineEdit::textChanged, this, &ImageFilterBar::emitChange);
}

ImageFilter ImageFilterBar::filter() const
{
    ImageFilter filter;
    filter.sortKey = ImageFilter::SortKey(std::max(0, m_sortKey->currentIndex()));
    filter.descending = m_descending->isChecked();
    filter.status = ImageFilter::Status(std::max(0, m_status->currentIndex()));
    filter.minGenerated = m_minGenerated->value();
    filter.minNovelty = m_minNovelty->value();
    filter.group = m_group->value();
    filter.folder = m_folder->text().trimmed();
    return filter;
}

void ImageFilterBar::setFilter(const ImageFilter &filter)
{
    const QSignalBlocker blockers[] = {QSignalBlocker(m_sortKey), QSignalBlocker(m_status), QSignalBlocker(m_descending),
                                       QSignalBlocker(m_minGenerated), QSignalBlocker(m_minNovelty), QSignalBlocker(m_group),
                                       QSignalBlocker(m_folder)};
    m_sortKey->setCurrentIndex(int(filter.sortKey));
    m_descending->setChecked(filter.descending);
    m_descending->setArrowType(filter.descending ? Qt::DownArrow : Qt::UpArrow);
    m_status->setCurrentIndex(int(filter.status));
    m_minGenerated->setValue(filter.minGenerated);
    m_minNovelty->setValue(filter.minNovelty);
    m_group->setValue(filter.group);
    m_folder->setText(filter.folder);
    emitChange();
}

void ImageFilterBar::setShownCount(int shown, int total)
{
    m_shown->setText(shown == total ? tr("%n image(s)", nullptr, total) : tr("%1 of %2 shown").arg(shown).arg(total));
}

void ImageFilterBar::emitChange()
{
    emit filterChanged(filter());
}

void ImageFilterBar::retranslate()
{
    // The items' order is the enums' order.
    const int sortKey = m_sortKey->currentIndex();
    const int status = m_status->currentIndex();
    const QSignalBlocker sortBlocker(m_sortKey);
    const QSignalBlocker statusBlocker(m_status);
    m_sortKey->clear();
    m_sortKey->addItems({tr("List order"), tr("P(generated)"), tr("Novelty"), tr("Similarity group"), tr("Status"), tr("Folder")});
    m_sortKey->setCurrentIndex(std::max(0, sortKey));
    m_status->clear();
    m_status->addItems({tr("Any"), tr("Failed"), tr("Changed since the analysis"), tr("Missing"), tr("Changed or missing")});
    m_status->setCurrentIndex(std::max(0, status));
    m_sortLabel->setText(tr("Sort by"));
    m_descending->setToolTip(tr("Descending"));
    m_statusLabel->setText(tr("Status"));
    m_generatedLabel->setText(tr("P(generated) ≥"));
    m_noveltyLabel->setText(tr("Novelty ≥"));
    m_minNovelty->setToolTip(tr("Above 0, images whose novelty the model cannot tell are hidden"));
    m_groupLabel->setText(tr("Group"));
    m_group->setSpecialValueText(tr("any"));
    m_group->setToolTip(tr("Similarity group, numbered from the largest"));
    m_folder->setPlaceholderText(tr("Folder contains…"));
}

void ImageFilterBar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace lgpn
