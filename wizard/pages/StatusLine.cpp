#include "StatusLine.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QStyle>

namespace fw {

StatusLine::StatusLine(const QString &objectName, QWidget *parent) : QWidget(parent)
{
    auto *row = new QHBoxLayout(this);
    row->setContentsMargins(0, 0, 0, 0);
    m_icon = new QLabel(this);
    m_icon->setObjectName(objectName + QStringLiteral("Icon"));
    const int icon = style()->pixelMetric(QStyle::PM_SmallIconSize);
    m_icon->setFixedSize(icon, icon);
    m_text = new QLabel(this);
    m_text->setObjectName(objectName);
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_text->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_text->setMinimumHeight(fontMetrics().lineSpacing() * 2);
    m_busy = new QProgressBar(this);
    m_busy->setObjectName(objectName + QStringLiteral("Busy"));
    m_busy->setRange(0, 0);
    m_busy->setTextVisible(false);
    m_busy->setMaximumWidth(fontMetrics().averageCharWidth() * 12);
    m_busy->hide();
    row->addWidget(m_icon, 0, Qt::AlignTop);
    row->addWidget(m_busy, 0, Qt::AlignTop);
    row->addWidget(m_text, 1);
}

void StatusLine::setStatus(Kind kind, const QString &text)
{
    QStyle::StandardPixmap icon = QStyle::SP_MessageBoxInformation;
    if (kind == Kind::Done)
        icon = QStyle::SP_DialogApplyButton;
    else if (kind == Kind::Problem)
        icon = QStyle::SP_MessageBoxWarning;
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize);
    m_icon->setPixmap(text.isEmpty() ? QPixmap() : style()->standardIcon(icon).pixmap(size, size));
    m_text->setText(text);
    m_busy->setVisible(kind == Kind::Busy);
}

void StatusLine::setAccessibleNames(const QString &text, const QString &busy)
{
    m_text->setAccessibleName(text);
    m_busy->setAccessibleName(busy);
}

} // namespace fw
