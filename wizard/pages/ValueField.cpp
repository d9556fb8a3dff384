#include "ValueField.h"

#include "PageBase.h"
#include "Widgets.h"
#include "catalog/Product.h"

#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>

namespace fw {

ValueField::ValueField(const ValueDef &def, QGridLayout *grid, int &gridRow, QWidget *parent) : m_id(def.id)
{
    const auto name = [&def](const char *suffix) {
        return PageBase::objectNameFor(QStringLiteral("value"), def.id, QLatin1String(suffix));
    };
    // Wrapped, so that a long name ("Puerto del daemon del proveedor (Palisade.exe) (opcional):") fits a small window.
    m_label = wrappingLabel(parent, name("Label"));
    m_edit = new QLineEdit(parent);
    m_edit->setObjectName(name("Edit"));
    m_edit->setMaxLength(def.type == ValueType::Port ? 16 : 255);
    // Wide enough for a host name, narrow enough to leave room for the reason beside it.
    m_edit->setMinimumWidth(m_edit->fontMetrics().horizontalAdvance(QLatin1Char('x')) * 24);
    m_label->setBuddy(m_edit);
    m_status = wrappingLabel(parent, name("Error"));
    // Two lines are kept for what is said beside the field, so that nothing moves when it appears or goes.
    m_status->setMinimumHeight(m_status->fontMetrics().lineSpacing() * 2);
    m_status->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_description = wrappingLabel(parent, name("Description"));
    // Over the field's row and its description's, so that a wrapped label has room for all of its lines.
    m_label->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    grid->addWidget(m_label, gridRow, 0, 2, 1);
    grid->addWidget(m_edit, gridRow, 1, Qt::AlignTop);
    grid->addWidget(m_status, gridRow, 2);
    grid->addWidget(m_description, gridRow + 1, 1, 1, 2);
    gridRow += 2;
    if (def.licenseFile == LicenseFileEntry::VendorPort) {
        m_hint = wrappingLabel(parent, name("Hint"));
        grid->addWidget(m_hint, gridRow++, 1, 1, 2);
    }
}

ValueField::~ValueField()
{
    for (QWidget *w : std::initializer_list<QWidget *> {m_label, m_edit, m_status, m_description, m_hint})
        delete w;
}

void ValueField::setShown(bool shown)
{
    for (QWidget *w : std::initializer_list<QWidget *> {m_label, m_edit, m_status, m_description, m_hint}) {
        if (w)
            w->setVisible(shown);
    }
}

void ValueField::showText(const QString &text)
{
    if (m_edit->text().trimmed() != text)
        m_edit->setText(text);
}

void ValueField::setStatus(const QString &message, Tone tone, const QString &description)
{
    setTone(m_status, tone);
    m_status->setText(message);
    m_edit->setAccessibleDescription(message.isEmpty() ? description : message);
}

void ValueField::setTone(QLabel *label, Tone tone)
{
    const QPalette parent = label->parentWidget() ? label->parentWidget()->palette() : label->palette();
    const QColor text = parent.color(QPalette::WindowText);
    const QColor window = parent.color(QPalette::Window);
    QColor colour;
    if (tone == Tone::Error)
        colour = window.lightness() < 128 ? QColor(0xff, 0x8a, 0x80) : QColor(0xb0, 0x00, 0x20);
    else // two thirds of the way from the background to the text: plainly secondary, still well above 4.5:1
        colour = QColor((text.red() * 2 + window.red()) / 3, (text.green() * 2 + window.green()) / 3,
            (text.blue() * 2 + window.blue()) / 3);
    QPalette palette = label->palette();
    palette.setColor(QPalette::WindowText, colour);
    label->setPalette(palette);
}

} // namespace fw
