#include "GripSplitter.h"

#include <QPainter>
#include <QSplitterHandle>

namespace fw {

namespace {

class GripHandle : public QSplitterHandle
{
public:
    GripHandle(Qt::Orientation orientation, QSplitter *parent) : QSplitterHandle(orientation, parent) { }

protected:
    void paintEvent(QPaintEvent *) override
    {
        QPainter painter(this);
        const QColor colour = palette().color(underMouse() ? QPalette::Highlight : QPalette::Mid);
        const QRect r = rect();
        const bool across = orientation() == Qt::Horizontal;
        // A line along the handle, and a grip of five dots in its middle.
        painter.setPen(QPen(colour, 1));
        if (across)
            painter.drawLine(r.center().x(), r.top() + 2, r.center().x(), r.bottom() - 2);
        else
            painter.drawLine(r.left() + 2, r.center().y(), r.right() - 2, r.center().y());
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setPen(Qt::NoPen);
        painter.setBrush(colour);
        const qreal dot = qMax<qreal>(2.0, (across ? r.width() : r.height()) / 3.0);
        for (int i = -2; i <= 2; ++i) {
            const QPointF c = across ? QPointF(r.center().x() + 0.5, r.center().y() + i * dot * 2)
                                     : QPointF(r.center().x() + i * dot * 2, r.center().y() + 0.5);
            painter.drawEllipse(c, dot / 2 + 0.5, dot / 2 + 0.5);
        }
    }
    void enterEvent(QEnterEvent *) override { update(); }
    void leaveEvent(QEvent *) override { update(); }
};

} // namespace

GripSplitter::GripSplitter(Qt::Orientation orientation, QWidget *parent) : QSplitter(orientation, parent)
{
    setHandleWidth(qMax(9, fontMetrics().height() / 2));
}

QSplitterHandle *GripSplitter::createHandle()
{
    return new GripHandle(orientation(), this);
}

} // namespace fw
