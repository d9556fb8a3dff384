#include "ExportFormatList.h"

#include "export/ExportSession.h"
#include "system/Tr.h"

#include <QCoreApplication>
#include <QStyle>

namespace fw {

namespace {

/// The texts keep the Export page's translation context: they are its wording, in a widget of their own.
namespace Tr {
FW_TR_CONTEXT(fw::ExportPage)
}

} // namespace

ExportFormatList::ExportFormatList(const QString &preferred, QWidget *parent) : QListWidget(parent)
{
    setObjectName(QStringLiteral("exportFormatList"));
    setSelectionMode(QAbstractItemView::SingleSelection);
    // Every format in view at once, without a scroll bar of its own inside the scrolling column.
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setSizeAdjustPolicy(QAbstractScrollArea::AdjustToContents);
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    // The PDF has a button of its own: it is a document to print, not a file for a firewall.
    for (const QString &id : ExportSession::formats(false)) {
        auto *item = new QListWidgetItem(ExportSession::displayName(id), this);
        item->setData(Qt::UserRole, id);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
        item->setCheckState(id == preferred ? Qt::Checked : Qt::Unchecked);
        if (id == preferred)
            setCurrentItem(item);
    }
    if (!currentItem())
        setCurrentRow(0);
    // A format ticked is also shown: what one ticks is what one sees.
    connect(this, &QListWidget::itemChanged, this, [this](QListWidgetItem *item) {
        if (item->checkState() == Qt::Checked)
            setCurrentItem(item);
    });
}

QString ExportFormatList::currentFormat() const
{
    return currentItem() ? currentItem()->data(Qt::UserRole).toString() : QString();
}

QStringList ExportFormatList::checkedFormats() const
{
    QStringList formats;
    for (int i = 0; i < count(); ++i) {
        if (item(i)->checkState() == Qt::Checked)
            formats << item(i)->data(Qt::UserRole).toString();
    }
    return formats;
}

void ExportFormatList::updateStates(ExportSession &session)
{
    const QSignalBlocker blocker(this);
    const QIcon warning = style()->standardIcon(QStyle::SP_MessageBoxWarning);
    for (int i = 0; i < count(); ++i) {
        QListWidgetItem *it = item(i);
        const QString id = it->data(Qt::UserRole).toString();
        const bool refused = !session.result(id).ok();
        const QString name = ExportSession::displayName(id);
        //: a format in the list that cannot be written for this plan; the preview says why
        it->setText(refused ? Tr::tr("%1 (cannot be written)").arg(name) : name);
        it->setIcon(refused ? warning : QIcon());
        it->setToolTip(exporterFor(id)->description());
    }
    updateGeometry();
}

int ExportFormatList::neededWidth() const
{
    return sizeHintForColumn(0) + 2 * frameWidth();
}

} // namespace fw
