#include "ExportOptionsColumn.h"

#include "ExportFormatList.h"
#include "ExportSettingsForm.h"
#include "system/Tr.h"

#include <QCoreApplication>
#include <QLabel>
#include <QScrollBar>
#include <QVBoxLayout>

namespace fw {

namespace {

/// The texts keep the Export page's translation context: they are its wording, in a widget of their own.
namespace Tr {
FW_TR_CONTEXT(fw::ExportPage)
}

} // namespace

QLabel *makeWrappedLabel(QWidget *parent, const QString &objectName)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    return label;
}

QScrollArea *makeColumnScrollArea(QScrollArea *area, const QString &objectName)
{
    area->setObjectName(objectName);
    area->setWidgetResizable(true);
    area->setFrameShape(QFrame::NoFrame);
    area->setFocusPolicy(Qt::NoFocus);
    area->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    area->setBackgroundRole(QPalette::Window);
    return area;
}

ExportOptionsColumn::ExportOptionsColumn(const QString &preferred, QWidget *parent) : QScrollArea(parent)
{
    makeColumnScrollArea(this, QStringLiteral("exportOptionsScrollArea"));
    auto *column = new QWidget(this);
    column->setObjectName(QStringLiteral("exportOptions"));
    column->setBackgroundRole(QPalette::Window);
    auto *layout = new QVBoxLayout(column);
    layout->setContentsMargins(0, 0, 4, 0);
    m_label = makeWrappedLabel(column, QStringLiteral("exportFormatsLabel"));
    layout->addWidget(m_label);
    m_formats = new ExportFormatList(preferred, column);
    m_label->setBuddy(m_formats);
    layout->addWidget(m_formats);
    layout->addSpacing(6);
    m_settings = new ExportSettingsForm(column);
    layout->addWidget(m_settings);
    layout->addStretch(1);
    setWidget(column);
}

void ExportOptionsColumn::retranslate(int maxWidth)
{
    m_label->setText(Tr::tr("F&ormats to save:"));
    m_formats->setAccessibleName(Tr::tr("Formats"));
    m_formats->setAccessibleDescription(Tr::tr("The highlighted format is shown in the preview and saved with Save; "
                                               "tick several to save them into a folder. Space ticks or unticks."));
    m_formats->setToolTip(m_formats->accessibleDescription());
    m_settings->retranslate();
    // Wide enough that every choice and placeholder shows whole, in every language; the hints wrap.
    const int width = qMax(m_settings->neededWidth(), m_formats->neededWidth())
        + widget()->layout()->contentsMargins().right() + verticalScrollBar()->sizeHint().width() + 2;
    setMinimumWidth(qMin(width, maxWidth));
}

} // namespace fw
