#pragma once

#include <QString>
#include <QStyle>

class QLabel;
class QPushButton;
class QWidget;

namespace fw {

/// A label named @p objectName that wraps its text, child of @p parent.
QLabel *wrappingLabel(QWidget *parent, const QString &objectName);

/// A push button named @p objectName with the style's @p icon and no text yet, child of @p parent.
QPushButton *button(QWidget *parent, const QString &objectName, QStyle::StandardPixmap icon);

/// A push button named @p objectName with no text yet, child of @p parent, that Enter never presses: it is not an
/// auto-default button, so that Enter stays the wizard's Next (or the dialog's default button).
QPushButton *plainButton(QWidget *parent, const QString &objectName);

} // namespace fw
