#include "Widgets.h"

#include <QLabel>
#include <QPushButton>

namespace fw {

QLabel *wrappingLabel(QWidget *parent, const QString &objectName)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    return label;
}

QPushButton *button(QWidget *parent, const QString &objectName, QStyle::StandardPixmap icon)
{
    auto *b = new QPushButton(parent->style()->standardIcon(icon), QString(), parent);
    b->setObjectName(objectName);
    return b;
}

QPushButton *plainButton(QWidget *parent, const QString &objectName)
{
    auto *b = new QPushButton(parent);
    b->setObjectName(objectName);
    b->setAutoDefault(false);
    return b;
}

} // namespace fw
